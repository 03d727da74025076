/**
 * A Shanghai department printing its major projects' targets in one table, a project a block of
 * rows (`项目支出绩效目标表`, `重点项目绩效目标表`, as most provinces print them), rather than one
 * 申报表 form each: read with the Shanghai template, checked against the 项目支出 of its tables
 * (silent when within it, found when beyond it), while a form still reads as the form.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Table } from "../src/disclosure";
import { readTargets } from "../src/performance";
import { type PrintedTable, readPrintedTable } from "../src/printed";
import { checkDisclosure, shanghaiProfile } from "../src/rules";
import { shanghai } from "../src/templates";
import { shanghaiWelfare2024Fixture } from "./fixtures/shanghai-welfare-2024";
import { fixtureDisclosure, readPrintedTargets } from "./support/disclosures";

const grid = (title: string, a = "50.00", b = "30.00"): PrintedTable => ({
  title,
  unit: "单位：万元",
  headers: ["项目名称", "资金总额", "年度目标", "一级指标", "二级指标", "三级指标", "指标值"],
  rows: [
    ["社区养老服务补贴", a, "完成年度补贴发放", "产出指标", "数量指标", "补贴人数", "≥3000人"],
    ["", "", "", "满意度指标", "服务对象满意度指标", "老人满意度", "≥90%"],
    ["低保家庭临时救助", b, "及时救助困难家庭", "产出指标", "时效指标", "救助办理时限", "≤15日"],
    ["", "", "", "效益指标", "社会效益指标", "困难家庭基本生活", "有效保障"],
    ["", "", "", "满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"],
  ],
});

describe("the projects' targets in one table, Shanghai template", () => {
  it.each([
    "2024年项目支出绩效目标表",
    "上海市某区民政局2024年项目支出绩效目标表",
    "2024年重点项目绩效目标表",
    "2024年一般公共预算项目支出绩效目标表",
  ])("%s: read as the table of projects' targets", (title) => {
    const r = readPrintedTable(grid(title), { template: shanghai });
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.table?.kind).toBe("projectTargets");
    const targets = readTargets(r.table === undefined ? [] : [r.table], shanghai).targets;
    expect(targets?.projects.map((p) => [p.name, p.money.total, p.indicators.length])).toEqual([
      ["社区养老服务补贴", "50.00", 2],
      ["低保家庭临时救助", "30.00", 3],
    ]);
  });

  it("a 申报表 or 批复表 printed one project a form still reads as the form", () => {
    for (const title of ["2024年项目支出绩效目标申报表", "2024年项目支出绩效目标批复表"]) {
      const form: PrintedTable = {
        title,
        headers: ["项目", "内容"],
        rows: [
          ["项目名称", "社区养老服务补贴"],
          ["主管部门", "某区民政局"],
          ["年度资金总额", "50.00"],
          ["年度绩效目标", "完成年度补贴发放"],
        ],
      };
      const indicators: PrintedTable = {
        title,
        headers: ["一级指标", "二级指标", "三级指标", "指标值"],
        rows: [["产出指标", "数量指标", "补贴人数", "≥3000人"]],
      };
      const { targets, left } = readPrintedTargets([form, indicators], shanghai);
      expect(left).toEqual([]);
      expect(targets?.projects.map((p) => [p.name, p.money.total, p.indicators.length])).toEqual([
        ["社区养老服务补贴", "50.00", 1],
      ]);
    }
  });

  const findingsWith = (a: string, b: string) => {
    const { disclosure } = fixtureDisclosure(shanghaiWelfare2024Fixture, shanghai);
    const table = readPrintedTable(grid("2024年项目支出绩效目标表", a, b), { template: shanghai })
      .table as Table;
    const report = checkDisclosure(
      { ...disclosure, tables: [...disclosure.tables, table] },
      { profile: shanghaiProfile, template: shanghai, catalog: catalog2024 },
    );
    return report.findings
      .filter((f) => f.ruleId.startsWith("targets") && f.severity !== "info")
      .map((f) => `${f.severity} ${f.ruleId}`);
  };

  it("checked against the 项目支出 (262 万元): some projects within it are silent", () => {
    expect(findingsWith("50.00", "30.00")).toEqual([]);
  });

  it("bites: targets beyond the 项目支出 are found", () => {
    expect(findingsWith("250.00", "30.00").length).toBeGreaterThan(0);
  });
});
