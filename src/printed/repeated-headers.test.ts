import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { matchHeaders } from "./headers";
import { readPrintedTable } from "./read";
import { repeatedHeaderRows } from "./repeated-headers";

const HEADERS = [
  "科目编码/类",
  "科目编码/款",
  "科目编码/项",
  "单位（科目名称）",
  "合计",
  "基本支出",
  "项目支出",
];
const kind = henan2024.tables.find((t) => t.id === "expenditure");

describe("repeatedHeaderRows: the header rows a page break prints again", () => {
  it("finds each level of a repeated header, however letter-spaced or merged", () => {
    if (kind === undefined) throw new Error("no expenditure kind");
    const { columns } = matchHeaders(HEADERS, kind);
    const rows = [
      ["", "", "", "合计", "77.00", "70.00", "7.00"],
      ["科目编码", "", "", "单位（科目名称）", "合计", "基本支出", "项目支出"],
      ["类", "款", "项", "", "合  计", "", ""],
      ["201", "31", "01", "行政运行", "70.00", "70.00", ""],
      ["201", "31", "02", "一般行政管理事务", "7.00", "", "7.00"],
    ];
    expect([...repeatedHeaderRows(HEADERS, rows, columns)]).toEqual([1, 2]);
  });

  it("keeps a total row, a named row and the code-only rows of a table", () => {
    if (kind === undefined) throw new Error("no expenditure kind");
    const { columns } = matchHeaders(HEADERS, kind);
    const rows = [
      ["", "", "", "合计", "77.00", "70.00", "7.00"],
      ["", "", "", "合 计", "", "", ""],
      ["201", "31", "01", "行政运行", "70.00", "70.00", ""],
      ["类", "", "", "", "", "", ""],
    ];
    expect([...repeatedHeaderRows(HEADERS, rows, columns)]).toEqual([]);
  });

  it("in a table of text, a row of header words each under its own header", () => {
    const headers = ["一级指标", "二级指标", "三级指标", "指标值"];
    const rows = [
      ["产出指标", "数量指标", "保障人数", "≥10人"],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["指标值", "", "", ""],
    ];
    expect([...repeatedHeaderRows(headers, rows, [])]).toEqual([1]);
  });
});

describe("readPrintedTable skips a repeated header, with an info problem", () => {
  it("reads the rows around it as without it", () => {
    const rows = [
      ["", "", "", "合计", "77.00", "70.00", "7.00"],
      ["201", "31", "01", "行政运行", "70.00", "70.00", ""],
      ["类", "款", "项", "单位（科目名称）", "合计", "基本支出", "项目支出"],
      ["201", "31", "02", "一般行政管理事务", "7.00", "", "7.00"],
    ];
    const title = "2024年部门支出预算表";
    const r = readPrintedTable(
      { title, unit: "万元", headers: HEADERS, rows },
      { template: henan2024 },
    );
    const without = readPrintedTable(
      { title, unit: "万元", headers: HEADERS, rows: rows.filter((_, i) => i !== 2) },
      { template: henan2024 },
    );
    expect(r.table?.rows).toEqual(without.table?.rows);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.problems.filter((p) => p.code === "repeated-header")).toEqual([
      { code: "repeated-header", severity: "info", path: { row: 2 } },
    ]);
    expect(r.rowSources).toEqual([0, 1, 3]);
  });
});
