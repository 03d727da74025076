import { describe, expect, it } from "vitest";
import { henan2024, type TableKind } from "../templates";
import { layoutRows } from "./layout-rows";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";
import { readUnitLine } from "./unit-line";

const HEADERS = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"];
const EXPENDITURE = henan2024.tables.find((k) => k.id === "expenditure") as TableKind;

/** A 部门支出预算表 in 万元, or with no unit line (`null`). */
const table = (rows: string[][], unit: string | null = "万元"): PrintedTable => ({
  title: "2024年部门支出预算表",
  ...(unit === null ? {} : { unit }),
  headers: HEADERS,
  rows,
});

const kinds = (rows: string[][]) => {
  const t = table(rows);
  return [...layoutRows(t, EXPENDITURE, readUnitLine(t.unit ?? "")).rows.values()];
};

describe("layoutRows", () => {
  it.each([
    ["continued", ["续表", "", "", "", ""]],
    ["continued", ["", "（续）", "", "", ""]],
    ["continued", ["接上表", "", "", "", ""]],
    ["unit", ["", "", "", "", "单位：万元"]],
    ["unit", ["", "", "", "金额单位： 万元", ""]],
    ["unit", ["（单位：万元）", "", "", "", ""]],
    ["unit", ["编制单位：某区某局", "", "", "单位：万元", ""]],
    ["unit", ["编制单位：某区某局  单位：万元", "", "", "", ""]],
    ["title", ["", "2024年部门支出预算表（续）", "", "", ""]],
    ["title", ["上海市某局2024年度部门支出预算表", "", "", "", "预算03表"]],
    ["title", ["某区某局部门支出预算表", "", "", "", ""]],
    ["title", ["", "", "", "", "公开 03 表"]],
    ["column-numbers", ["", "栏次", "1", "2", "3"]],
    ["column-numbers", ["甲", "乙", "1", "2", "3"]],
    ["column-numbers", ["行次", "", "1", "", ""]],
    ["column-numbers", ["", "", "１", "２", "３"]],
    ["column-numbers", ["", "栏次", "(1)", "(2)", "(3)"]],
    ["column-numbers", ["", "栏次", "（1）", "（2）", "（3）"]],
    ["page", ["", "第 2 页", "", "", ""]],
    ["page", ["", "", "", "", "第2页，共5页"]],
  ])("reads a %s row %j", (what, row) => {
    expect(kinds([["2010101", "行政运行", "1.00", "1.00", ""], row])).toEqual([what]);
  });

  it.each([
    ["a data row", ["2010101", "行政运行", "1.00", "1.00", ""]],
    ["a row with a figure after its layout words", ["", "单位：万元", "5.00", "", ""]],
    ["a unit line naming another unit", ["", "", "", "", "单位：元"]],
    ["two column numbers without 栏次", ["", "", "1", "2", ""]],
    ["column numbers out of order", ["", "栏次", "1", "3", "4"]],
    ["negative amounts in brackets", ["2010101", "行政运行", "(1.00)", "(1.00)", ""]],
    ["bracketed numbers without 栏次", ["", "", "(1)", "(2)", ""]],
    ["an amount of 1 after 栏次 words", ["", "栏次", "2", "", ""]],
    ["a name that has 单位 in it", ["", "事业单位医疗", "", "", ""]],
    ["another table's number and a figure", ["预算03表", "", "1.00", "", ""]],
    ["the title of another kind", ["", "2024年一般公共预算“三公”经费预算表", "", "", ""]],
  ])("leaves %s as data", (_, row) => {
    expect(kinds([row])).toEqual([]);
  });

  it("takes the unit from a unit line among the rows when the table printed none, only one", () => {
    const one = table(
      [
        ["", "", "", "", "单位：元"],
        ["", "合计", "1", "1", ""],
      ],
      undefined,
    );
    expect(layoutRows(one, EXPENDITURE, readUnitLine("")).unit).toBe("元");
    const two = table(
      [
        ["", "", "", "", "单位：元"],
        ["", "", "", "", "单位：万元"],
      ],
      undefined,
    );
    const read = layoutRows(two, EXPENDITURE, readUnitLine(""));
    expect([read.unit, read.rows.size]).toEqual([undefined, 0]);
  });
});

describe("readPrintedTable skips the layout printed among the rows", () => {
  const rows = [
    ["", "合计", "5.00", "3.00", "2.00"],
    ["续表", "", "", "", ""],
    ["", "部门支出预算表（续）", "", "", "单位：万元"],
    ["", "栏次", "1", "2", "3"],
    ["2010101", "行政运行", "5.00", "3.00", "2.00"],
    ["", "第2页", "", "", ""],
  ];
  const data = [rows[0] ?? [], rows[4] ?? []];

  it("as info, reading the rest as it would without them", () => {
    const r = readPrintedTable(table(rows), { template: henan2024 });
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.problems.filter((p) => p.code === "layout-row")).toEqual([
      { code: "layout-row", severity: "info", path: { row: 1 }, what: "continued" },
      { code: "layout-row", severity: "info", path: { row: 2 }, what: "title" },
      { code: "layout-row", severity: "info", path: { row: 3 }, what: "column-numbers" },
      { code: "layout-row", severity: "info", path: { row: 5 }, what: "page" },
    ]);
    const plain = readPrintedTable(table(data), { template: henan2024 });
    expect(r.table?.rows).toEqual(plain.table?.rows);
  });

  it("reads the table in the unit a unit row names when the table printed no unit line", () => {
    const r = readPrintedTable(table([["", "", "", "", "单位：元"], ...data], null), {
      template: henan2024,
    });
    expect(r.table?.unit).toBe("元");
  });

  it("keeps a unit row naming another unit than the table's (its amounts would be misread)", () => {
    const r = readPrintedTable(table([["", "", "", "", "单位：元"], ...data]), {
      template: henan2024,
    });
    expect(r.table?.unit).toBe("万元");
    expect(r.problems.some((p) => p.code === "layout-row")).toBe(false);
    // read as a row of the table (here its unlabelled first row, the total), and reported
    const onIt = r.problems.filter(
      (p) => p.severity !== "info" && "row" in p.path && p.path.row === 0,
    );
    expect(onIt.map((p) => p.code)).toEqual(["malformed-amount"]);
  });
});
