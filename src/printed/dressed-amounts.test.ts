/**
 * Figures printed dressed: a currency sign before (`￥1,100.00`), spaces grouping the thousands
 * (`1 100.00`, thin and no-break spaces too), the table's unit after (`1,100.00万元`,
 * `1,100.00（万元）`) or a remark in brackets after (`1,100.00（含结转）`) read as the figure (they
 * were `malformed-amount` errors and `cell.unreadable` findings on a correct document). A unit
 * other than the table's is never rescaled: `cell-unit`, the cell kept. Wrong groups stay
 * malformed, and a wrong dressed figure is still caught.
 */
import { describe, expect, it } from "vitest";
import { parseAmount } from "../amount";
import { undressAmount } from "./dressed-amounts";
import { checkNational, readNational, serious } from "./test-support";
import type { PrintedTable } from "./types";

const table = (total: string): PrintedTable => ({
  title: "2025年部门支出总表",
  unit: "单位：万元",
  headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
  rows: [
    ["", "合计", total, "300.00", "800.00"],
    ["212", "城乡社区支出", "1,100.00", "300.00", "800.00"],
    ["21201", "城乡社区管理事务", "1,100.00", "300.00", "800.00"],
    ["2120101", "行政运行", "300.00", "300.00", ""],
    ["2120104", "城管执法", "800.00", "", "800.00"],
  ],
});

const read = (p: PrintedTable) => readNational(p);
const findings = (p: PrintedTable) => serious(checkNational(p));

const totalOf = (p: PrintedTable) => {
  const cell = read(p).table?.rows[0]?.cells.total ?? "";
  const parsed = parseAmount(cell);
  return parsed.ok ? parsed.value?.value : `unread ${cell}`;
};

describe("dressed figures", () => {
  it.each([
    "￥1,100.00",
    "¥1,100.00",
    "¥ 1,100.00",
    "1 100.00",
    "1\u2009100.00",
    "1\u202f100.00",
    "1\u00a0100.00",
    "1,100.00万元",
    "1100.00 万元",
    "1,100.00（万元）",
    "1,100.00（含结转）",
    "1,100.00(含上年结转资金)",
    "￥1 100.00万元",
  ])("%s reads as 1100.00, no finding", (cell) => {
    expect(totalOf(table(cell))).toBe("1100.00");
    const r = read(table(cell));
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.problems.map((p) => p.code)).toContain("dressed-amount");
    expect(findings(table(cell))).toEqual([]);
  });

  it("a table printing no unit is in the unit its figures print", () => {
    const { unit: _, ...rest } = table("");
    const p: PrintedTable = {
      ...rest,
      rows: [["", "合计", "11,000,000.00元", "3,000,000.00元", "8,000,000.00元"]],
    };
    const r = read(p);
    expect(r.table?.unit).toBe("元");
    expect(r.problems.filter((x) => x.severity !== "info")).toEqual([]);
  });

  it.each([
    ["1,100.00元", "元"],
    ["0.11亿元", "亿元"],
    ["11,000,000（元）", "元"],
  ])("%s in a table in 万元: cell-unit, kept as printed, never rescaled", (cell, unit) => {
    const r = read(table(cell));
    const problem = r.problems.find((p) => p.code === "cell-unit");
    expect(problem).toMatchObject({ severity: "error", unit, tableUnit: "万元" });
    expect(r.problems.map((p) => p.code)).not.toContain("malformed-amount");
    expect(r.table?.rows[0]?.cells.total).toBe(cell);
    // A well-formed figure in a stated unit is no `cell.unreadable` finding (the amount error is
    // `unit-not-taken`): the read problem `cell-unit` says the two units disagree.
    expect(findings(table(cell)).map((f) => f.ruleId)).not.toContain("cell.unreadable");
  });

  it.each(["1 1000.00", "11 00.00", "1,100.00（含结转）x", "（含结转）", "￥"])(
    "%s stays malformed",
    (cell) => {
      expect(read(table(cell)).problems.map((p) => p.code)).toContain("malformed-amount");
    },
  );

  it("a wrong dressed figure is still caught", () => {
    expect(findings(table("￥1,200.00")).length).toBeGreaterThan(0);
    expect(findings(table("1 200.00万元")).length).toBeGreaterThan(0);
  });

  it("undresses what it knows, nothing else", () => {
    expect(undressAmount("1,100.00")).toBeUndefined();
    expect(undressAmount("1,100.00（含结转）")).toEqual({
      text: "1,100.00",
      unit: undefined,
      remark: "（含结转）",
    });
    expect(undressAmount("（1.00）")?.remark).toBeUndefined();
  });
});

describe("two figures an extractor may have merged (5 100.00): no telling them from one", () => {
  // `5 100.00` in a row one cell short of the headers: two cells merged (`5` | `100.00`), or
  // `5,100.00` grouped by a space in a row whose last blank cell the extractor dropped. Read as
  // the one figure; where that breaks a sum, the finding's evidence names the cell.
  const p: PrintedTable = {
    title: "2025年部门支出总表",
    unit: "万元",
    headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    rows: [
      ["", "合计", "105.00", "5.00", "100.00"],
      ["2010101", "行政运行", "105.00", "5 100.00"],
    ],
  };

  it("reads the one figure, and a sum it breaks names its cell", () => {
    const r = read(p);
    expect(r.table?.rows[1]?.cells.basic).toBe("5,100.00");
    expect(r.problems.map((x) => x.code)).toEqual(
      expect.arrayContaining(["row-width", "dressed-amount"]),
    );
    const found = findings(p);
    expect(found.length).toBeGreaterThan(0);
    const names = (row: string, column: string) =>
      found.filter((f) =>
        f.evidence.some((e) => e.sources.some((x) => x.row === row && x.column === column)),
      );
    // the 基本支出 read as 5,100.00 (its 合计 and its 类's), and the 项目支出 left blank
    expect(names("functional:2010101", "basic").map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(["rollup", "nature"]),
    );
    expect(names("functional:2010101", "project").length).toBeGreaterThan(0);
  });
});
