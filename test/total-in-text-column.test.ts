/**
 * A total row whose label a printer put in a text column left of the names (`合计` under 项目单位
 * or 单位名称, the name cell blank: a merged cell given in its first column) is the table's total:
 * before, an `unplaced-row` warning on a correct table and the total left unchecked. A wrong total
 * is still caught; a row printing a name keeps it (a 项目单位 of `合计` beside a project's name is
 * no total).
 */
import { describe, expect, it } from "vitest";
import { type PrintedTable, readPrintedTable } from "../src/printed";
import { NOT_SHANGHAI as TEMPLATES } from "../src/printed/test-support";
import { totalsAndProblems } from "./layouts/check";

const projects = (total: string, label = "合计"): PrintedTable => ({
  title: "2025年部门项目支出预算表",
  unit: "单位：万元",
  headers: [
    "项目单位",
    "项目名称",
    "项目类型",
    "合计",
    "本年拨款/一般公共预算",
    "财政拨款结转结余",
  ],
  rows: [
    ["某县农业技术推广中心", "农作物病虫害绿色防控项目", "特定目标类", "20.00", "20.00", ""],
    ["某县农业技术推广中心", "高标准农田建设技术指导", "特定目标类", "10.00", "10.00", ""],
    ["某县动物疫病预防控制中心", "重大动物疫病强制免疫", "其他运转类", "40.00", "30.00", "10.00"],
    [label, "", "", total, "60.00", "10.00"],
  ],
});

const expenditure = (total: string): PrintedTable => ({
  title: "2025年部门支出总表",
  unit: "单位：万元",
  headers: ["单位名称", "科目编码", "科目名称", "合计", "基本支出", "项目支出"],
  rows: [
    ["", "213", "农林水支出", "300.00", "245.00", "55.00"],
    ["", "21301", "农业农村", "300.00", "245.00", "55.00"],
    ["", "2130101", "行政运行", "120.00", "120.00", ""],
    ["", "2130104", "事业运行", "125.00", "125.00", ""],
    ["", "2130108", "病虫害控制", "55.00", "", "55.00"],
    ["合  计", "", "", total, "245.00", "55.00"],
  ],
});

const check = (p: PrintedTable) => totalsAndProblems(p, "某县农业农村局");

describe("a total labelled in a text column left of the names", () => {
  it.each([
    ["项目单位 合计", projects("70.00")],
    ["项目单位 总计", projects("70.00", "总计")],
    ["单位名称 合  计 (at the end)", expenditure("300.00")],
  ])("%s is the table's total, no finding", (_, table) => {
    for (const r of check(table)) expect(r).toEqual({ totals: 1, problems: [] });
  });

  it.each([
    ["项目单位", projects("71.00")],
    ["单位名称", expenditure("301.00")],
  ])("a wrong total under %s is caught", (_, table) => {
    for (const r of check(table)) expect(r.problems.join()).toMatch(/error/);
  });

  it("a 合计 beside a project's name is no total", () => {
    const p = projects("70.00");
    const rows = [...p.rows.slice(0, 3), ["合计", "某项目", "特定目标类", "1.00", "1.00", ""]];
    for (const [template] of TEMPLATES) {
      const r = readPrintedTable({ ...p, rows }, { template, year: 2025 });
      expect(r.table?.rows.map((row) => row.key.kind)).toEqual([
        "project",
        "project",
        "project",
        "project",
      ]);
    }
  });
});

describe("a total labelled in a text column, beside a column of last year's figures", () => {
  it("is the table's total, no finding", () => {
    const p = projects("70.00");
    const t: PrintedTable = {
      ...p,
      headers: [...p.headers, "上年预算数"],
      rows: p.rows.map((r, i) => [...r, i === 3 ? "65.00" : "20.00"]),
    };
    for (const r of check(t)) expect(r).toEqual({ totals: 1, problems: [] });
  });
});
