/**
 * 类 / 款 / 项 columns each printing the whole code at its level (`205 | |`, `| 20502 |`,
 * `| | 2050203`: 浙江 and 广东 exports): each row is that code, no misprint, where its leading digits
 * agree with the row above. A code disagreeing with the rows above is still reported. The same
 * with every level's cell printed on each row, each the code whole at its level (`205 | 20502 |
 * 2050203`, a spreadsheet export that repeats the 类 and 款 columns): the row is its deepest code
 * (was: a `malformed-code` warning on every row below a 类).
 */
import { describe, expect, it } from "vitest";
import { type PrintedTable, readPrintedTable } from "../src/printed";
import {
  readWarnings as above,
  checkNational,
  readNational as read,
} from "../src/printed/test-support";
import { nationalMinimum } from "../src/templates";
import { serious } from "./layouts/check";

const functional = (rows: string[][]): PrintedTable => ({
  title: "2025年部门支出总表",
  unit: "单位：万元",
  headers: ["科目编码/类", "科目编码/款", "科目编码/项", "科目名称", "合计"],
  rows,
});

const WHOLE = [
  ["", "", "", "合计", "100.00"],
  ["205", "", "", "教育支出", "100.00"],
  ["", "20502", "", "普通教育", "100.00"],
  ["", "", "2050202", "小学教育", "60.00"],
  ["", "", "2050203", "初中教育", "40.00"],
];

const check = (p: PrintedTable) => serious(checkNational(p, {}, "某区教育局").findings);

describe("level columns each printing the whole code", () => {
  it("reads each row as its code, no misprint", () => {
    const r = read(functional(WHOLE));
    expect(r.table?.rows.map((x) => JSON.stringify(x.key))).toEqual([
      '{"kind":"total"}',
      '{"kind":"functional","code":"205"}',
      '{"kind":"functional","code":"20502"}',
      '{"kind":"functional","code":"2050202"}',
      '{"kind":"functional","code":"2050203"}',
    ]);
    expect(above(r)).toEqual([]);
    expect(check(functional(WHOLE))).toEqual([]);
  });

  it("reads them mixed with segments, over two 类, and over a second 款", () => {
    const rows = [
      ["", "", "", "合计", "150.00"],
      ["205", "", "", "教育支出", "100.00"],
      ["", "20502", "", "普通教育", "100.00"],
      ["", "", "02", "小学教育", "60.00"],
      ["", "", "2050203", "初中教育", "40.00"],
      ["208", "", "", "社会保障和就业支出", "50.00"],
      ["", "20805", "", "行政事业单位养老支出", "50.00"],
      ["", "", "2080505", "机关事业单位基本养老保险缴费支出", "30.00"],
      ["", "", "2080506", "机关事业单位职业年金缴费支出", "20.00"],
    ];
    const r = read(functional(rows));
    expect(above(r)).toEqual([]);
    expect(r.table?.rows.at(-1)?.key).toEqual({ kind: "functional", code: "2080506" });
    expect(check(functional(rows))).toEqual([]);
  });

  it("reads 部门预算经济分类 columns the same (301 | | then | 30101)", () => {
    const r = readPrintedTable(
      {
        title: "2025年一般公共预算基本支出表",
        unit: "单位：万元",
        headers: [
          "部门预算支出经济分类科目/科目编码/类",
          "部门预算支出经济分类科目/科目编码/款",
          "科目名称",
          "合计",
        ],
        rows: [
          ["", "", "合计", "30.00"],
          ["301", "", "工资福利支出", "30.00"],
          ["", "30101", "基本工资", "20.00"],
          ["", "30102", "津贴补贴", "10.00"],
        ],
      },
      { template: nationalMinimum, year: 2025 },
    );
    expect(above(r)).toEqual([]);
    expect(r.table?.rows.at(-1)?.key).toEqual({ kind: "economic", econ: "30102" });
  });

  it("still reports a code disagreeing with the rows above, and catches a wrong figure", () => {
    const wrongCode = WHOLE.map((row) =>
      row[2] === "2050203" ? ["", "", "2060203", ...row.slice(3)] : row,
    );
    expect(above(read(functional(wrongCode))).join()).toMatch(/code/);
    const wrongFigure = WHOLE.map((row) =>
      row[2] === "2050203" ? [...row.slice(0, 4), "41.00"] : row,
    );
    expect(check(functional(wrongFigure)).join()).toMatch(/rollup/);
  });

  it("reads rows printing every level's cell whole (205 | 20502 | 2050203)", () => {
    const cumulative = [
      ["", "", "", "合计", "100.00"],
      ["205", "", "", "教育支出", "100.00"],
      ["205", "20502", "", "普通教育", "100.00"],
      ["205", "20502", "2050202", "小学教育", "60.00"],
      ["205", "20502", "2050203", "初中教育", "40.00"],
    ];
    const r = read(functional(cumulative));
    expect(above(r)).toEqual([]);
    expect(r.table?.rows.map((x) => JSON.stringify(x.key))).toEqual([
      '{"kind":"total"}',
      '{"kind":"functional","code":"205"}',
      '{"kind":"functional","code":"20502"}',
      '{"kind":"functional","code":"2050202"}',
      '{"kind":"functional","code":"2050203"}',
    ]);
    expect(check(functional(cumulative))).toEqual([]);
    // a deeper cell that does not go on from the cells before it is still no code of the row
    const broken = cumulative.map((row) =>
      row[2] === "2050203" ? ["205", "20502", "2060203", ...row.slice(3)] : row,
    );
    expect(above(read(functional(broken))).join()).toMatch(/code/);
  });
});
