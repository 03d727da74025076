/**
 * A target's money printed with its unit in the cell (`10万元`, `125,000元`, `12.35 万元`), as
 * project forms and some printers' 绩效 tables do: read in the unit it prints and at its printed
 * precision (`12.35万元` is 12.35 ± 0.005 万元, not 123,500 ± 0.5 元), so it is compared, never
 * called malformed, and never more precise than printed. A wrong figure is still caught.
 */
import { describe, expect, it } from "vitest";
import { type Targets, tableBuilder } from "../src/disclosure";
import { disclosureTargets, readTargets, validateTargets } from "../src/performance";
import { readPrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024, shanghai } from "../src/templates";

/** A 项目支出表 of two projects, in `unit`. */
function projects(unit: "元" | "万元", a: string, b: string, total: string) {
  return tableBuilder(henan2024, "projects", { unit })
    .total({ total })
    .project("学生资助", { type: "特定目标类", total: a })
    .project("校舍维修", { type: "特定目标类", total: b })
    .build().value;
}

function check(table: ReturnType<typeof projects>, unit: "元" | "万元", a: string, b: string) {
  const targets: Targets = {
    unit,
    projects: [
      {
        name: "学生资助",
        money: { total: a },
        indicators: [{ level1: "产出指标", name: "人数", value: "≥100人" }],
      },
      {
        name: "校舍维修",
        money: { total: b },
        indicators: [{ level1: "产出指标", name: "面积", value: "≥500平方米" }],
      },
    ],
  };
  const meta = {
    year: 2024,
    documentKind: "部门",
    template: "henan2024",
    department: { name: "某区教育局" },
    units: [],
  } as const;
  const d = { meta, tables: [table], texts: [], targets };
  const report = checkDisclosure(d, { profile: henan2024Profile, template: henan2024 });
  return {
    validate: validateTargets(targets)
      .map((p) => p.code)
      .filter((c) => c.includes("money")),
    findings: report.findings
      .filter((f) => f.ruleId === "targets.money" || f.ruleId === "targets.sum")
      .map((f) => `${f.severity} ${f.ruleId} ${f.params?.status ?? f.outcome}`),
    reading: disclosureTargets(d, henan2024),
  };
}

describe("money printed with its unit", () => {
  it("equal figures in any unit printed: compared, equal", () => {
    for (const [a, b] of [
      ["120万元", "80万元"],
      ["1,200,000元", "800,000元"],
      ["120.00 万元", "800000.00元"],
      ["0.012亿元", "80"],
    ]) {
      const r = check(
        projects("万元", "120.00", "80.00", "200.00"),
        "万元",
        a as string,
        b as string,
      );
      expect(r.validate).toEqual([]);
      expect(r.findings).toEqual([]);
    }
  });

  it("its printed precision is kept: 12.35万元 against 123,456元 is rounding, not an error", () => {
    const table = projects("元", "123456", "80000", "203456");
    // targets in 元: 12.35万元 stands for [123,450, 123,550]元, not exactly 123,500元
    const r = check(table, "元", "12.35万元", "80000");
    expect(r.findings.filter((f) => !f.startsWith("info"))).toEqual([]);
    expect(r.findings).toContain("info targets.money rounding");
    // the figure kept as printed, with its unit
    expect(r.reading.targets?.projects[0]?.money.total).toBe("12.35万元");
  });

  it("a project form's 年度资金总额 and 其中：财政拨款 with units are read and checked against each other", () => {
    const form = (total: string, grant: string) => {
      const head = [
        ["项目名称", "甲项目"],
        ["主管部门", "某局"],
        ["实施单位", "某单位"],
        ["项目资金（万元）", ""],
        ["年度资金总额", total],
        ["其中：财政拨款", grant],
        ["其他资金", ""],
        ["总体目标", "完成"],
      ];
      const grid = [
        ["产出指标", "数量指标", "次数", "≥2次"],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥95%"],
      ];
      const t = readPrintedTable(
        {
          title: "2024年项目绩效目标申报表",
          unit: "万元",
          headers: ["项目", "内容", "一级指标", "二级指标", "三级指标", "指标值"],
          rows: [...head.map((r) => [...r, "", "", "", ""]), ...grid.map((r) => ["", "", ...r])],
        },
        { template: shanghai },
      ).table;
      const targets = t === undefined ? undefined : readTargets([t], shanghai).targets;
      return targets === undefined ? ["unread"] : validateTargets(targets).map((p) => p.code);
    };
    expect(form("10万元", "10万元")).toEqual([]);
    expect(form("12.50万元", "125,000元")).toEqual([]);
    expect(form("100000元", "10.00")).toEqual([]);
    // truly wrong: the part falls short of, or exceeds, the whole
    expect(form("10万元", "8万元")).toEqual(["money-sum"]);
    expect(form("100000元", "120000元")).toEqual(["money-part-exceeds"]);
  });

  it("a wrong figure is still an error, and text that is no amount is still malformed", () => {
    const r = check(projects("万元", "120.00", "80.00", "200.00"), "万元", "125万元", "80万元");
    expect(r.findings).toContain("error targets.money differ");
    expect(r.findings).toContain("error targets.sum differ");
    const bad = check(projects("万元", "120.00", "80.00", "200.00"), "万元", "12O万元", "80万元");
    expect(bad.validate).toEqual(["malformed-money"]);
  });
});
