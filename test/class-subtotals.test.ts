/**
 * A `小计` closing each 类's block (广东 style: no 类 row, its 款 and 项 then `小计`; or a 类 row and
 * `教育支出小计` after its rows): read as the 类's row where it prints no row (so it is checked against
 * its rows), skipped as layout where it repeats the 类 row's figures. A block whose 类 goes on
 * elsewhere (a unit's rows, a second block) stays unplaced (coverage), never guessed.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { checkNational, readNational as read, readWarnings } from "../src/printed/test-support";
import { serious } from "./layouts/check";

const H = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"];
const table = (rows: string[][], headers = H, title = "2025年部门支出总表"): PrintedTable => ({
  title,
  unit: "单位：万元",
  headers,
  rows,
});
const warnings = (p: PrintedTable) => readWarnings(read(p));
const check = (p: PrintedTable) => serious(checkNational(p, {}, "某区实验小学").findings);

/** 广东 style: 款 and 项 rows, then the 类's 小计; the 合计 at the end. */
const GUANGDONG = (label = "小计", educationTotal = "100.00") => [
  ["20502", "普通教育", "100.00", "80.00", "20.00"],
  ["2050202", "小学教育", "100.00", "80.00", "20.00"],
  ["", label, educationTotal, "80.00", "20.00"],
  ["20805", "行政事业单位养老支出", "30.00", "30.00", ""],
  ["2080505", "机关事业单位基本养老保险缴费支出", "20.00", "20.00", ""],
  ["2080506", "机关事业单位职业年金缴费支出", "10.00", "10.00", ""],
  ["", label, "30.00", "30.00", ""],
  ["", "合计", "130.00", "110.00", "20.00"],
];

describe("a 小计 closing each 类's block", () => {
  it("is the 类's row where the 类 prints none (广东 style), no warning, no finding", () => {
    for (const label of ["小计", "小 计", "小计：", "小计(万元)"]) {
      const p = table(GUANGDONG(label));
      expect(warnings(p), label).toEqual([]);
      const keys = read(p).table?.rows.map((r) => JSON.stringify(r.key));
      expect(keys, label).toContain('{"kind":"functional","code":"205"}');
      expect(keys, label).toContain('{"kind":"functional","code":"208"}');
      expect(check(p), label).toEqual([]);
    }
  });

  it("is skipped as layout where it repeats the 类 row (类 row, its rows, 教育支出小计)", () => {
    const rows = [
      ["", "合计", "130.00", "110.00", "20.00"],
      ["205", "教育支出", "100.00", "80.00", "20.00"],
      ["20502", "普通教育", "100.00", "80.00", "20.00"],
      ["2050202", "小学教育", "100.00", "80.00", "20.00"],
      ["", "教育支出小计", "100.00", "80.00", "20.00"],
      ["208", "社会保障和就业支出", "30.00", "30.00", ""],
      ["20805", "行政事业单位养老支出", "30.00", "30.00", ""],
      ["2080505", "机关事业单位基本养老保险缴费支出", "30.00", "30.00", ""],
      ["", "小计", "30.00", "30.00", ""],
    ];
    expect(warnings(table(rows))).toEqual([]);
    expect(read(table(rows)).table?.rows).toHaveLength(7);
    expect(check(table(rows))).toEqual([]);
  });

  it("reads a 部门预算经济分类 table's 小计 per 类 the same", () => {
    const rows = [
      ["30101", "基本工资", "20.00"],
      ["30102", "津贴补贴", "10.00"],
      ["", "小计", "30.00"],
      ["30201", "办公费", "5.00"],
      ["", "小计", "5.00"],
      ["", "合计", "35.00"],
    ];
    const p = table(
      rows,
      ["经济分类科目编码", "经济分类科目名称", "合计"],
      "2025年一般公共预算基本支出表",
    );
    expect(warnings(p)).toEqual([]);
    expect(read(p).table?.rows.map((r) => JSON.stringify(r.key))).toContain(
      '{"kind":"economic","econ":"301"}',
    );
  });

  it("still catches a wrong 小计", () => {
    expect(check(table(GUANGDONG("小计", "101.00"))).join()).toMatch(/rollup/);
  });

  it("leaves unplaced a 小计 whose 类 goes on elsewhere, or naming another 类, or repeating other figures", () => {
    const split = [
      ["2050202", "小学教育", "60.00", "60.00", ""],
      ["", "小计", "60.00", "60.00", ""],
      ["2050203", "初中教育", "40.00", "20.00", "20.00"],
      ["", "小计", "40.00", "20.00", "20.00"],
      ["", "合计", "100.00", "80.00", "20.00"],
    ];
    expect(warnings(table(split)).filter((w) => w.startsWith("unplaced-row"))).toHaveLength(2);
    expect(check(table(split))).toEqual([]);
    const named = GUANGDONG().map((r) =>
      r[1] === "小计" && r[2] === "30.00" ? ["", "教育支出小计", ...r.slice(2)] : r,
    );
    expect(warnings(table(named)).filter((w) => w.startsWith("unplaced-row"))).toHaveLength(1);
    const other = [
      ["205", "教育支出", "100.00", "80.00", "20.00"],
      ["2050202", "小学教育", "100.00", "80.00", "20.00"],
      ["", "小计", "90.00", "80.00", "10.00"],
      ["", "合计", "100.00", "80.00", "20.00"],
    ];
    expect(warnings(table(other)).filter((w) => w.startsWith("unplaced-row"))).toHaveLength(1);
  });
});
