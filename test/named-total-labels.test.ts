/**
 * A table's total row labelled with whose total it is: `部门合计`, `本单位合计`, `总合计`,
 * `支出预算合计`, or the department's name before the total word (`某县农业农村局合计`) at the head
 * of the table. Such a row is the table's total, read and checked as one (before, an `unplaced-row`
 * warning on a correct table, its figures left unchecked). A wrong total is still caught.
 */
import { describe, expect, it } from "vitest";
import { type PrintedTable, readPrintedTable } from "../src/printed";
import { NOT_SHANGHAI as TEMPLATES } from "../src/printed/test-support";
import { totalsAndProblems } from "./layouts/check";

const BODY = [
  ["213", "农林水支出", "300.00", "245.00", "55.00"],
  ["21301", "农业农村", "300.00", "245.00", "55.00"],
  ["2130101", "行政运行", "120.00", "120.00", "0.00"],
  ["2130104", "事业运行", "125.00", "125.00", "0.00"],
  ["2130108", "病虫害控制", "55.00", "0.00", "55.00"],
  ["221", "住房保障支出", "14.00", "14.00", "0.00"],
  ["22102", "住房改革支出", "14.00", "14.00", "0.00"],
  ["2210201", "住房公积金", "14.00", "14.00", "0.00"],
];

const table = (label: string, total: string, atEnd = false): PrintedTable => {
  const head = ["", label, total, "259.00", "55.00"];
  return {
    title: "2025年部门支出总表",
    unit: "单位：万元",
    headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    rows: atEnd ? [...BODY, head] : [head, ...BODY],
  };
};

const check = (p: PrintedTable) => totalsAndProblems(p, "某县农业农村局");

describe("a total labelled with whose total it is", () => {
  it.each([
    ["部门合计", false],
    ["总合计", false],
    ["支出预算合计", true],
    ["部门预算总计", true],
    ["某县农业农村局合计", false],
    ["某县农业农村局 总计", false],
  ])("%s (at the end: %s) is the table's total, no finding", (label, atEnd) => {
    for (const r of check(table(label, "314.00", atEnd)))
      expect(r).toEqual({ totals: 1, problems: [] });
  });

  it.each([
    ["部门合计", false],
    ["支出预算合计", true],
    ["某县农业农村局合计", false],
  ])("%s with a wrong figure is caught", (label, atEnd) => {
    for (const r of check(table(label, "315.00", atEnd)))
      expect(r.problems.join()).toMatch(/error/);
  });

  it("a name ending in 合计 below the first row is no total", () => {
    const p = table("合计", "314.00");
    const rows = [...p.rows, ["", "某县农业农村局合计", "1.00", "1.00", "0.00"]];
    for (const [template] of TEMPLATES) {
      const r = readPrintedTable({ ...p, rows }, { template, year: 2025 });
      expect(r.table?.rows.filter((row) => row.key.kind === "total").length).toBe(1);
    }
  });
});

describe("a first row labelled as a part's total", () => {
  it("人员经费合计 heading a 基本支出表's rows is no table total", () => {
    const p: PrintedTable = {
      title: "2025年一般公共预算基本支出表",
      unit: "单位：万元",
      headers: ["经济分类科目编码", "经济分类科目名称", "合计", "人员经费", "公用经费"],
      rows: [
        ["", "人员经费合计", "200.00", "200.00", ""],
        ["301", "工资福利支出", "200.00", "200.00", ""],
        ["", "公用经费合计", "40.00", "", "40.00"],
        ["302", "商品和服务支出", "40.00", "", "40.00"],
        ["", "合计", "240.00", "200.00", "40.00"],
      ],
    };
    for (const [template] of TEMPLATES) {
      const r = readPrintedTable(p, { template, year: 2025 });
      expect(r.table?.rows[0]?.key.kind).not.toBe("total");
      expect(r.table?.rows.filter((row) => row.key.kind === "total").length).toBe(1);
    }
  });
});
