/**
 * A 类 row printed with no code (an extractor dropped it) under a 款 or 项 row: read by the table's
 * structure — the block it heads opens a 类 whose row is not printed, in a table printing its 类
 * rows — as that 类's row, never the rest of the name above; with or without a catalog.
 */
import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import { henan2024 } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const HEADERS = ["科目编码/类", "科目编码/款", "科目编码/项", "科目名称", "合计", "基本支出"];
/** The same table with its code in one column (`2013101`). */
const ONE_COLUMN = ["科目编码", "科目名称", "合计", "基本支出"];

const table = (rows: readonly (readonly string[])[], one = false): PrintedTable => ({
  title: "2024年一般公共预算支出预算表",
  unit: "万元",
  headers: one ? ONE_COLUMN : HEADERS,
  rows: one ? rows.map((r) => [r.slice(0, 3).join(""), ...r.slice(3)]) : rows,
});

const read = (t: PrintedTable, catalog: boolean) =>
  readPrintedTable(
    t,
    catalog ? { template: henan2024, catalog: functional2024 } : { template: henan2024 },
  );

const rowsOf = (t: PrintedTable, catalog: boolean) =>
  read(t, catalog).table?.rows.map((r) => [
    r.key.kind === "functional" ? r.key.code : r.key.kind,
    r.name,
    r.cells.total ?? "",
  ]) ?? [];

const serious = (t: PrintedTable, catalog: boolean) =>
  read(t, catalog)
    .problems.filter((p) => p.severity !== "info")
    .map((p) => p.code);

/** 201's block ending on a 项 (`last`), then `line` with no code, then 205's block. */
const blocks = (last: string, line: readonly string[], next: readonly (readonly string[])[]) => [
  ["", "", "", "合计", "160.00", "160.00"],
  ["201", "", "", "一般公共服务支出", "60.00", "60.00"],
  ["201", "31", "", "党委办公厅（室）及相关机构事务", "60.00", "60.00"],
  ["201", "31", "01", last, "60.00", "60.00"],
  ["", "", "", ...line],
  ...next,
];
const EDUCATION = [
  ["205", "01", "", "教育管理事务", "100.00", "100.00"],
  ["205", "01", "01", "行政运行", "100.00", "100.00"],
];

describe("a 类 row printed with no code under a 项 row", () => {
  it("heads the block below when that block's 类 row is not printed", () => {
    for (const one of [false, true])
      for (const catalog of [false, true])
        for (const [line, total] of [
          [["教育支出", "", ""], ""],
          [["教育支出", "100.00", "100.00"], "100.00"],
          [["教 育 支 出", "", ""], ""],
        ] as const) {
          const t = table(blocks("行政运行", line, EDUCATION), one);
          const at = `${one} ${catalog} ${line[0]}`;
          expect(rowsOf(t, catalog).slice(3, 5), at).toEqual([
            ["2013101", "行政运行", "60.00"],
            ["205", line[0], total],
          ]);
          expect(serious(t, catalog), at).toEqual([]);
          expect(read(t, catalog).folded, at).toBeUndefined();
        }
  });

  it("heads another 类's block whatever the 项 above (a name the catalog does not list)", () => {
    const t = table(
      blocks(
        "某某专项事务",
        ["社会保障和就业支出", "", ""],
        [
          ["208", "05", "", "行政事业单位养老支出", "100.00", "100.00"],
          ["208", "05", "05", "机关事业单位基本养老保险缴费支出", "100.00", "100.00"],
        ],
      ),
    );
    expect(rowsOf(t, false).slice(3, 5)).toEqual([
      ["2013101", "某某专项事务", "60.00"],
      ["208", "社会保障和就业支出", ""],
    ]);
  });
});

describe("the rest of a name still joins", () => {
  it("where the block below prints its 类 row (`其他` / `一般公共服务支出`)", () => {
    const rows = [
      ["", "", "", "合计", "160.00", "160.00"],
      ["201", "", "", "一般公共服务支出", "60.00", "60.00"],
      ["201", "99", "", "其他一般公共服务支出", "60.00", "60.00"],
      ["201", "99", "99", "其他", "", ""],
      ["", "", "", "一般公共服务支出", "60.00", "60.00"],
      ["205", "", "", "教育支出", "100.00", "100.00"],
      ...EDUCATION,
    ];
    for (const catalog of [false, true])
      expect(rowsOf(table(rows), catalog)[3], `${catalog}`).toEqual([
        "2019999",
        "其他一般公共服务支出",
        "60.00",
      ]);
  });

  it("where the catalog reads the two lines as the code's name, the 类 row below unprinted", () => {
    // The catalog lists 20199 (其他一般公共服务支出) with no 项.
    const rows = [
      ["201", "", "", "一般公共服务支出", "60.00", "60.00"],
      ["201", "99", "", "其他", "", ""],
      ["", "", "", "一般公共服务支出", "60.00", "60.00"],
      ...EDUCATION,
    ];
    expect(rowsOf(table(rows), true)[1]).toEqual(["20199", "其他一般公共服务支出", "60.00"]);
  });

  it("where the rows below are of the same 类, or none follows, or the table prints no 类 row", () => {
    const same = [
      ["201", "", "", "一般公共服务支出", "77.00", "77.00"],
      ["201", "31", "", "党委办公厅（室）及相关机构事务", "77.00", "77.00"],
      ["201", "31", "02", "一般行政管理", "77.00", "77.00"],
      ["", "", "", "事务", "", ""],
      ["201", "32", "", "组织事务", "", ""],
    ];
    expect(rowsOf(table(same), false)[2]?.[1]).toBe("一般行政管理事务");
    expect(rowsOf(table(same.slice(0, 4)), false)[2]?.[1]).toBe("一般行政管理事务");
    const noClass = [
      ["201", "31", "02", "一般行政管理", "77.00", "77.00"],
      ["", "", "", "事务", "", ""],
      ["205", "01", "01", "行政运行", "100.00", "100.00"],
    ];
    expect(rowsOf(table(noClass), false)[0]?.[1]).toBe("一般行政管理事务");
  });
});
