/**
 * 绩效目标 tables in a province printing neither Henan's nor Shanghai's set: the national template
 * reads the 部门整体 and 项目 绩效目标 tables where printed (not required), under the titles printers
 * use, the 2021 national forms' `申报表` / `批复表` included, and the checker compares them with the
 * 项目支出表: a matching figure is silent, a wrong one is still found.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Table } from "../src/disclosure";
import { readTargets } from "../src/performance";
import { readPrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile, nationalProfile } from "../src/rules";
import { henan2024, nationalMinimum } from "../src/templates";

const read = (title: string, headers: string[], rows: string[][], template = nationalMinimum) =>
  readPrintedTable(
    { title, unit: "单位：万元", headers, rows },
    { template, catalog: catalog2024.functional },
  );

const projectsTable = (a: string) =>
  read(
    "2025年项目支出表",
    ["项目名称", "项目类型", "合计"],
    [
      ["合计", "", (Number(a) + 40).toFixed(2)],
      ["学生资助", "特定目标类", a],
      ["校舍维修", "特定目标类", "40.00"],
    ],
  ).table as Table;

const targetsTable = (title: string, a: string) =>
  read(
    title,
    ["项目名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值"],
    [
      ["学生资助", a, "产出指标", "数量指标", "资助人数", "≥100人"],
      ["", "", "满意度指标", "服务对象满意度指标", "学生满意度", "≥95%"],
      ["校舍维修", "40.00", "产出指标", "数量指标", "维修面积", "≥500平方米"],
      ["", "", "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"],
    ],
  );

describe("绩效目标 tables under the national template", () => {
  it.each([
    "2025年项目支出绩效目标表",
    "2025年某县教育局项目支出绩效目标表",
    "2025年重点项目支出绩效目标表",
    "项目支出绩效目标申报表",
    "2025年项目支出绩效目标批复表",
  ])("%s: read as the 项目 绩效目标 table", (title) => {
    const r = targetsTable(title, "120.00");
    expect(r.table?.kind).toBe("projectTargets");
    const targets = readTargets(r.table === undefined ? [] : [r.table], nationalMinimum).targets;
    expect(targets?.projects.map((p) => [p.name, p.money.total])).toEqual([
      ["学生资助", "120.00"],
      ["校舍维修", "40.00"],
    ]);
  });
  it.each([
    "2025年部门整体支出绩效目标表",
    "部门（单位）整体支出绩效目标申报表",
    "2025年部门整体绩效目标申报表",
    "部门整体支出绩效目标批复表",
  ])("%s: read as the 部门整体 绩效目标 table (Henan's template too)", (title) => {
    for (const template of [nationalMinimum, henan2024]) {
      const r = read(title, ["年度履职目标"], [["做好教育保障工作。"]], template);
      expect(r.table?.kind).toBe("departmentTargets");
    }
  });
  it("checked against the 项目支出表: equal figures are silent, a wrong one is found", () => {
    const meta = {
      year: 2025,
      documentKind: "部门",
      template: "nationalMinimum",
      department: { name: "某县教育局" },
      units: [],
    } as const;
    const targetFindings = (printed: string) =>
      checkDisclosure(
        {
          meta,
          tables: [
            projectsTable("120.00"),
            targetsTable("2025年项目支出绩效目标表", printed).table as Table,
          ],
          texts: [],
        },
        { profile: nationalProfile, template: nationalMinimum },
      )
        .findings.filter((f) => f.ruleId.startsWith("targets") && f.severity !== "info")
        .map((f) => `${f.severity} ${f.ruleId}`);
    expect(targetFindings("120.00")).toEqual([]);
    expect(targetFindings("102.00")).toContain("error targets.money");
  });
});

describe("targets of some projects only, under the national template", () => {
  const meta = {
    year: 2025,
    documentKind: "部门",
    template: "nationalMinimum",
    department: { name: "某县教育局" },
    units: [],
  } as const;
  const expenditure = read(
    "2025年部门支出总表",
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    [
      ["", "合计", "900.00", "200.00", "700.00"],
      ["205", "教育支出", "900.00", "200.00", "700.00"],
      ["20502", "普通教育", "900.00", "200.00", "700.00"],
      ["2050203", "初中教育", "900.00", "200.00", "700.00"],
    ],
  ).table as Table;
  const findingsOf = (tables: Table[]) =>
    checkDisclosure(
      { meta, tables, texts: [] },
      { profile: nationalProfile, template: nationalMinimum },
    )
      .findings.filter((f) => f.ruleId.startsWith("targets") && f.severity !== "info")
      .map((f) => `${f.severity} ${f.ruleId}`);
  it("no 项目支出表: the targets' money is at most 项目支出, not equal to it", () => {
    for (const title of ["2025年项目支出绩效目标表", "2025年重点项目绩效目标表"])
      expect(findingsOf([expenditure, targetsTable(title, "120.00").table as Table])).toEqual([]);
    // more than 项目支出 is still wrong
    expect(
      findingsOf([expenditure, targetsTable("2025年项目支出绩效目标表", "700.00").table as Table]),
    ).toContain("error targets.sum");
  });
  it("a project of the 项目支出表 without targets is no finding; Henan's template still wants them", () => {
    const projects = read(
      "2025年项目支出表",
      ["项目名称", "项目类型", "合计"],
      [
        ["合计", "", "700.00"],
        ["学生资助", "特定目标类", "120.00"],
        ["校舍维修", "特定目标类", "40.00"],
        ["营养餐补助", "特定目标类", "540.00"],
      ],
    ).table as Table;
    const targets = targetsTable("2025年项目支出绩效目标表", "120.00").table as Table;
    expect(findingsOf([expenditure, projects, targets])).toEqual([]);
    const henan = checkDisclosure(
      {
        meta: { ...meta, template: "henan2024" },
        tables: [
          readPrintedTable(
            {
              title: "2025年项目支出表",
              unit: "单位：万元",
              headers: ["项目名称", "项目类型", "合计"],
              rows: [
                ["合计", "", "700.00"],
                ["学生资助", "特定目标类", "120.00"],
                ["校舍维修", "特定目标类", "40.00"],
                ["营养餐补助", "特定目标类", "540.00"],
              ],
            },
            { template: henan2024 },
          ).table as Table,
          readPrintedTable(
            {
              title: "2025年项目支出绩效目标表",
              unit: "单位：万元",
              headers: ["项目名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值"],
              rows: [
                ["学生资助", "120.00", "产出指标", "数量指标", "资助人数", "≥100人"],
                ["", "", "满意度指标", "服务对象满意度指标", "学生满意度", "≥95%"],
                ["校舍维修", "40.00", "产出指标", "数量指标", "维修面积", "≥500平方米"],
                ["", "", "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"],
              ],
            },
            { template: henan2024 },
          ).table as Table,
        ],
        texts: [],
      },
      { profile: henan2024Profile, template: henan2024 },
    ).findings.filter((f) => f.ruleId === "targets.coverage" && f.severity !== "info");
    expect(henan).toHaveLength(1);
  });
});
