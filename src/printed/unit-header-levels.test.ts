/**
 * The money unit printed as a header level of its own under (or over) each column's name, a
 * header row of units (`合计/万元`, `基本支出/（万元）`, `人民币元/合计`): the level is the unit,
 * read as the table's, never part of the column's name. Before, every amount header was unknown
 * (`unknown-header`) and the table's figures unread. A unit the reader does not take there
 * (`千元`) leaves the unit unknown (coverage), and a wrong figure is still caught.
 */
import { describe, expect, it } from "vitest";
import { checkNational, readNational, serious } from "./test-support";
import type { PrintedTable } from "./types";

const ROWS = (total: string) => [
  ["", "合计", total, "300.00", "800.00"],
  ["212", "城乡社区支出", "1,100.00", "300.00", "800.00"],
  ["21201", "城乡社区管理事务", "1,100.00", "300.00", "800.00"],
  ["2120101", "行政运行", "300.00", "300.00", ""],
  ["2120104", "城管执法", "800.00", "", "800.00"],
];

const table = (unit: (name: string) => string, total = "1,100.00"): PrintedTable => ({
  title: "2025年部门支出总表",
  headers: ["科目编码", "科目名称", ...["合计", "基本支出", "项目支出"].map(unit)],
  rows: ROWS(total),
});

const UNDER: readonly (readonly [string, (n: string) => string, string])[] = [
  ["万元 under each name", (n) => `${n}/万元`, "万元"],
  ["（万元） under each name", (n) => `${n}/（万元）`, "万元"],
  ["(元) under each name", (n) => `${n}/(元)`, "元"],
  ["人民币万元 over each name", (n) => `人民币万元/${n}`, "万元"],
  ["亿元 under each name", (n) => `${n}/亿元`, "亿元"],
];

describe("a header level naming the money unit alone", () => {
  it.each(UNDER)("%s: the table's unit, the columns placed, no finding", (_, unit, expected) => {
    const r = readNational(table(unit));
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.table?.unit).toBe(expected);
    expect(r.table?.rows[0]?.cells).toMatchObject({
      total: "1,100.00",
      basic: "300.00",
      project: "800.00",
    });
    expect(serious(checkNational(table(unit)))).toEqual([]);
  });

  it("a wrong total is still caught", () => {
    const found = serious(checkNational(table((n) => `${n}/万元`, "1,200.00")));
    expect(found.map((f) => f.path)).toContainEqual(
      expect.objectContaining({ row: "total", column: "total" }),
    );
  });

  it("a unit the reader does not take (千元): the unit unknown, coverage, no finding", () => {
    const p = table((n) => `${n}/千元`);
    const r = readNational(p);
    expect(r.table?.unknownUnit).toBeDefined();
    expect(r.problems.map((x) => x.code)).toContain("unknown-unit");
    expect(serious(checkNational(p))).toEqual([]);
  });

  it("two units under the columns: unknown, never one of them", () => {
    const p: PrintedTable = {
      ...table((n) => `${n}/万元`),
      headers: ["科目编码", "科目名称", "合计/万元", "基本支出/元", "项目支出/万元"],
    };
    expect(readNational(p).table?.unknownUnit).toBeDefined();
  });
});

describe("a unit caption printed in the header grid over a column of no money", () => {
  const yuan = (headers: string[], total = "11,000,000"): PrintedTable => ({
    title: "2025年部门支出总表",
    headers,
    rows: [
      ["", "合计", total, "3,000,000", "8,000,000"],
      ["212", "城乡社区支出", "11,000,000", "3,000,000", "8,000,000"],
      ["2120101", "行政运行", "3,000,000", "3,000,000", ""],
      ["2120104", "城管执法", "8,000,000", "", "8,000,000"],
    ],
  });
  const FIGURES = ["合计", "基本支出", "项目支出"];
  it.each([
    ["over the code column", ["单位：元/科目编码", "科目名称", ...FIGURES]],
    ["under the code column", ["科目编码/单位：元", "科目名称", ...FIGURES]],
    ["over the name column, labelled 金额单位", ["科目编码", "金额单位：元/科目名称", ...FIGURES]],
    ["over the code and name columns", ["单位:元/科目编码", "单位:元/科目名称", ...FIGURES]],
  ])("%s: the table's unit (元), never the default", (_, headers) => {
    const r = readNational(yuan(headers));
    expect(r.table?.unit).toBe("元");
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(serious(checkNational(yuan(headers)))).toEqual([]);
  });

  it("a wrong total is still caught", () => {
    const p = yuan(["单位：元/科目编码", "科目名称", ...FIGURES], "11,000,001");
    expect(serious(checkNational(p)).length).toBeGreaterThan(0);
  });

  it("a caption naming another unit than the amount headers': unknown", () => {
    const p = yuan(["单位：元/科目编码", "科目名称", "合计（万元）", "基本支出", "项目支出"]);
    expect(readNational(p).table?.unknownUnit).toBeDefined();
  });

  it("a bracketed note of another column's measure (单价（元）) is no table unit", () => {
    const p = yuan(["科目编码", "科目名称", ...FIGURES]);
    const r = readNational({ ...p, headers: [...p.headers, "单价（元）"] });
    expect(r.table?.unit).toBe("万元");
  });
});
