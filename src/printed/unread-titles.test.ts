/**
 * A table disclosures publish that the library knows of but does not read (a 决算's 项目支出绩效
 * 自评表, a 部门预算's 政府购买服务预算表) is a gap of the library: reported as `unread-table`
 * (info, coverage), never as an error of the document. A title no disclosure table has stays
 * `unknown-title`.
 */
import { describe, expect, it } from "vitest";
import { final2024 } from "../final";
import { henan2024, nationalMinimum, shanghai, type Template } from "../templates";
import { formatReadProblem } from "./messages";
import { readPrintedTable } from "./read";

const selfAssessment = {
  unit: "万元",
  headers: ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
  rows: [["产出指标", "数量指标", "补贴人数", "≥3000人", "3120人", "20", "20"]],
};

describe("a table disclosures publish that the template does not read", () => {
  it.each<[string, Template, string]>([
    ["2024年度项目支出绩效自评表", final2024, "projectSelfAssessment"],
    ["某区民政局2024年度项目支出绩效自评表（续）", final2024, "projectSelfAssessment"],
    ["表10 项目支出绩效自评表", final2024, "projectSelfAssessment"],
    ["附表11 2024年度部门整体支出绩效自评表", final2024, "departmentSelfAssessment"],
    ["部门（单位）整体支出绩效自评表", final2024, "departmentSelfAssessment"],
    ["2024年度绩效自评结果", final2024, "selfAssessmentResults"],
    ["某市教育局2024年度国有资产占用情况表", final2024, "assets"],
    ["2025年政府购买服务预算表", henan2024, "purchasedServices"],
    ["预算14表 某县财政局2025年政府购买服务预算表（续）", nationalMinimum, "purchasedServices"],
    ["2025年部门（单位）整体支出绩效目标表", shanghai, "departmentTargets"],
  ])("%s: unread-table (info), no error or warning", (title, template, id) => {
    const r = readPrintedTable({ ...selfAssessment, title }, { template });
    expect(r.table).toBeUndefined();
    expect(r.problems).toEqual([
      { code: "unread-table", severity: "info", path: { title }, table: id },
    ]);
  });

  it("says so in zh-CN and en", () => {
    const title = "2024年度项目支出绩效自评表";
    const [p] = readPrintedTable({ ...selfAssessment, title }, { template: final2024 }).problems;
    if (p === undefined) throw new Error("no problem");
    expect(formatReadProblem(p)).toBe(`表“${title}”：项目支出绩效自评表是公开的表，本库尚不读取`);
    expect(formatReadProblem(p, "en")).toBe(
      `table "${title}": the project spending self-assessment table is a table disclosures publish that this library does not read yet`,
    );
  });

  it("a table the template reads is still read as its kind", () => {
    const r = readPrintedTable(
      { ...selfAssessment, title: "2025年部门（单位）整体支出绩效目标表" },
      { template: henan2024 },
    );
    expect(r.problems.map((p) => p.code)).not.toContain("unread-table");
    expect(r.kind).toBe("departmentTargets");
  });

  it.each<[string, Template]>([
    ["2024年人员名单", final2024],
    ["某某情况说明", henan2024],
    ["2024年度项目支出决算表", final2024],
  ])("a title no disclosure table has stays unknown-title (error): %s", (title, template) => {
    const r = readPrintedTable({ ...selfAssessment, title }, { template });
    expect(r.problems).toEqual([{ code: "unknown-title", severity: "error", path: { title } }]);
  });
});
