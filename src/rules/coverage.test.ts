import { describe, expect, it } from "vitest";
import { lowerTable, type Table } from "../disclosure";
import { henan2024 } from "../templates";
import { type Coverage, coverageOf, formatCoverage, type TextCoverage } from "./coverage";

/**
 * Coverage: what the library understood of each table, counted cell by cell on small tables
 * lowered directly (no rules run), and the one-line summary. Each count is worked out from the
 * cells listed in the test.
 */

const cover = (...tables: Table[]) => coverageOf(tables.map((t) => lowerTable(t, henan2024)));
const counts = (c: { printed: number; placed: number; notUnderstood: number }) => [
  c.printed,
  c.placed,
  c.notUnderstood,
];

describe("coverageOf, per gap", () => {
  it("counts the non-blank cells of a table the template lacks, and places none", () => {
    const c = cover({
      kind: "balanceSheet",
      unit: "万元",
      rows: [
        { key: { kind: "total" }, cells: { total: "3.00", note: " ", other: "x" } },
        { key: { kind: "total" }, cells: { total: "" } },
      ],
    });
    // "3.00" and "x": two cells; " " and "" are blank
    expect(c.tables).toEqual([
      {
        table: "balanceSheet",
        printed: 2,
        placed: 0,
        notUnderstood: 2,
        gaps: [{ code: "unknown-table", table: "balanceSheet", cells: 2 }],
      },
    ]);
    expect(counts(c)).toEqual([2, 0, 2]);
  });

  it("an unknown table with only blank cells has no gap", () => {
    const c = cover({
      kind: "balanceSheet",
      unit: "万元",
      rows: [{ key: { kind: "total" }, cells: { total: " " } }],
    });
    expect(c.tables[0]?.gaps).toEqual([]);
    expect(counts(c)).toEqual([0, 0, 0]);
  });

  it("a row the reader could not place: every non-blank cell of it, as one gap", () => {
    const c = cover({
      kind: "expenditure",
      unit: "万元",
      rows: [
        { key: { kind: "total" }, cells: { total: "9.00" } },
        {
          key: { kind: "unplaced", label: "某行" },
          cells: { total: "6.00", basic: "", project: "6.00" },
        },
      ],
    });
    expect(c.tables[0]).toEqual({
      table: "expenditure",
      printed: 3,
      placed: 1,
      notUnderstood: 2,
      gaps: [{ code: "unplaced-row", table: "expenditure", row: "unplaced:某行", cells: 2 }],
    });
  });

  it("a row whose code does not parse is an unreadable code; a line the kind lacks an unknown line", () => {
    const expenditure = cover({
      kind: "expenditure",
      unit: "万元",
      rows: [{ key: { kind: "functional", code: "20x" }, cells: { total: "1.00", basic: "1.00" } }],
    });
    expect(expenditure.tables[0]?.gaps).toEqual([
      { code: "unreadable-code", table: "expenditure", row: "functional:20x", cells: 2 },
    ]);
    expect(counts(expenditure)).toEqual([2, 0, 2]);
    const summary = cover({
      kind: "summary",
      unit: "万元",
      rows: [
        { key: { kind: "line", line: "nonsense" }, cells: { "income.amount": "1.00" } },
        { key: { kind: "line", line: "revenue.total" }, cells: { "income.amount": "1.00" } },
      ],
    });
    expect(summary.tables[0]?.gaps).toEqual([
      { code: "unknown-line", table: "summary", row: "line:nonsense", cells: 1 },
    ]);
    expect(counts(summary)).toEqual([2, 1, 1]);
  });

  it("an unknown column is one gap for all its rows, after the row gaps", () => {
    const c = cover({
      kind: "expenditure",
      unit: "万元",
      rows: [
        { key: { kind: "total" }, cells: { total: "3.00", extra: "1.00" } },
        { key: { kind: "functional", code: "201" }, cells: { total: "3.00", extra: "2.00" } },
        { key: { kind: "unplaced", label: "某行" }, cells: { extra: "5.00" } },
      ],
    });
    expect(c.tables[0]?.gaps).toEqual([
      { code: "unplaced-row", table: "expenditure", row: "unplaced:某行", cells: 1 },
      { code: "unknown-column", table: "expenditure", column: "extra", cells: 2 },
    ]);
    expect(counts(c)).toEqual([5, 2, 3]);
  });

  it("a category value outside the vocabulary; a known one is placed", () => {
    const c = cover({
      kind: "projects",
      unit: "万元",
      rows: [
        { key: { kind: "project", name: "甲" }, cells: { type: "未知类", total: "1.00" } },
        { key: { kind: "project", name: "乙" }, cells: { type: "特定目标类", total: "2.00" } },
      ],
    });
    expect(c.tables[0]?.gaps).toEqual([
      {
        code: "unknown-value",
        table: "projects",
        row: "project:甲",
        column: "type",
        raw: "未知类",
        cells: 1,
      },
    ]);
    expect(counts(c)).toEqual([4, 3, 1]);
  });

  it("text that is no amount is a malformed amount, kept as printed", () => {
    const c = cover({
      kind: "expenditure",
      unit: "万元",
      rows: [{ key: { kind: "total" }, cells: { total: " 12.3.4 ", basic: "1.00" } }],
    });
    expect(c.tables[0]?.gaps).toEqual([
      {
        code: "malformed-amount",
        table: "expenditure",
        row: "total",
        column: "total",
        raw: " 12.3.4 ",
        cells: 1,
      },
    ]);
    expect(counts(c)).toEqual([2, 1, 1]);
  });

  it("a figure whose line states no fact is unstated, not malformed (其中：财政拨款 of a targets form)", () => {
    const c = cover({
      kind: "departmentTargets",
      unit: "万元",
      rows: [
        { key: { kind: "line", line: "budget.total" }, cells: { amount: "274,520.00" } },
        { key: { kind: "line", line: "budget.grant" }, cells: { amount: "270,520.00" } },
        { key: { kind: "line", line: "budget.other" }, cells: { amount: "4000" } },
        { key: { kind: "line", line: "budget.carryover" }, cells: { amount: "12.3.4" } },
      ],
    });
    expect(c.tables[0]?.gaps.map((g) => [g.code, "row" in g ? g.row : ""])).toEqual([
      ["unstated-amount", "line:budget.grant"],
      ["unstated-amount", "line:budget.other"],
      ["malformed-amount", "line:budget.carryover"],
    ]);
    expect(counts(c)).toEqual([4, 1, 3]);
  });

  it("a unit the library cannot convert: every amount cell, as one gap naming the unit", () => {
    const c = cover({
      kind: "expenditure",
      unit: "千元" as Table["unit"],
      rows: [
        { key: { kind: "total" }, cells: { total: "3.00", basic: "1.00" } },
        { key: { kind: "functional", code: "201" }, cells: { total: "3.00" } },
      ],
    });
    expect(c.tables[0]?.gaps).toEqual([
      { code: "unknown-unit", table: "expenditure", unit: "千元", cells: 3 },
    ]);
    expect(counts(c)).toEqual([3, 0, 3]);
  });

  it("values of the wrong type count as printed and not understood", () => {
    const c = cover({
      kind: "expenditure",
      unit: "万元",
      rows: [{ key: { kind: "total" }, cells: { total: true, basic: "1.00" } }],
    } as unknown as Table);
    expect(c.tables[0]?.gaps).toEqual([{ code: "wrong-type", table: "expenditure", cells: 1 }]);
    expect(counts(c)).toEqual([2, 1, 1]);
    const unknown = cover({
      kind: "balanceSheet",
      unit: "万元",
      rows: [{ key: { kind: "total" }, cells: { total: true, other: "x" } }],
    } as unknown as Table);
    expect(unknown.tables[0]?.gaps).toEqual([
      { code: "unknown-table", table: "balanceSheet", cells: 1 },
      { code: "wrong-type", table: "balanceSheet", cells: 1 },
    ]);
    expect(counts(unknown)).toEqual([2, 0, 2]);
  });

  it("adds up the tables and passes the text sections through", () => {
    const texts: TextCoverage[] = [
      { section: "情况说明", figures: 3, placed: 2, notUnderstood: 1, gaps: [] },
    ];
    const c = coverageOf(
      [
        lowerTable(
          {
            kind: "expenditure",
            unit: "万元",
            rows: [{ key: { kind: "total" }, cells: { total: "1.00", extra: "2" } }],
          },
          henan2024,
        ),
        lowerTable(
          {
            kind: "sanGong",
            unit: "万元",
            rows: [{ key: { kind: "single" }, cells: { total: "6.50", reception: "6.50" } }],
          },
          henan2024,
        ),
      ],
      texts,
    );
    // 2 + 2 printed, 1 + 2 placed
    expect(counts(c)).toEqual([4, 3, 1]);
    expect(c.tables.map((t) => t.table)).toEqual(["expenditure", "sanGong"]);
    expect(c.texts).toBe(texts);
    expect(coverageOf([]).texts).toEqual([]);
  });
});

describe("formatCoverage", () => {
  const of = (
    printed: number,
    placed: number,
    tables = 2,
    texts: TextCoverage[] = [],
  ): Coverage => ({
    printed,
    placed,
    notUnderstood: printed - placed,
    tables: Array.from({ length: tables }, (_, i) => ({
      table: `t${i}`,
      printed: 0,
      placed: 0,
      notUnderstood: 0,
      gaps: [],
    })),
    texts,
  });

  it("groups thousands: 999, 1,000, 1,234,567", () => {
    expect(formatCoverage(of(1_234_567, 1_000), "en")).toBe(
      "coverage: 2 tables, 1,234,567 printed cells, 1,000 understood, 1,233,567 not understood",
    );
    expect(formatCoverage(of(999, 0, 0))).toBe(
      "覆盖：0 张表印出 999 个数据单元格，理解 0 个，未理解 999 个",
    );
    expect(formatCoverage(of(100_000, 99_999, 1))).toBe(
      "覆盖：1 张表印出 100,000 个数据单元格，理解 99,999 个，未理解 1 个",
    );
  });

  it("adds the texts' figures and those not placed, summed over the sections", () => {
    const texts: TextCoverage[] = [
      { section: "a", figures: 1_200, placed: 1_190, notUnderstood: 10, gaps: [] },
      { section: "b", figures: 3, placed: 0, notUnderstood: 3, gaps: [] },
    ];
    expect(formatCoverage(of(10, 10, 1, texts))).toBe(
      "覆盖：1 张表印出 10 个数据单元格，理解 10 个，未理解 0 个；说明文字 1,203 个数字，未能定位 13 个",
    );
    expect(formatCoverage(of(10, 10, 1, texts), "en")).toBe(
      "coverage: 1 tables, 10 printed cells, 10 understood, 0 not understood; texts: 1,203 figures, 13 not placed",
    );
  });
});
