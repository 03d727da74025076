import { describe, expect, it } from "vitest";
import { final2024 } from "../final/template";
import { henan2024, type TableKind } from "../templates";
import { continuations } from "./first-tables";
import { joinPages } from "./joined-pages";
import { inOpenBlocks } from "./line-blocks";
import type { Row } from "./types";

const kindOf = (t: { tables: readonly TableKind[] }, id: string) =>
  t.tables.find((k) => k.id === id) as TableKind;
const budget = kindOf(henan2024, "fiscalSummary");
const final = kindOf(final2024, "fiscalSummary");

/** A row as the printed reader gives it: a line, or a label it could not place. */
const line = (id: string, name: string, amount = "1.00", column = "income.amount"): Row => ({
  key: { kind: "line", line: id },
  name,
  cells: { [column]: amount },
});
const unplaced = (name: string, column = "income.amount"): Row => ({
  key: { kind: "unplaced", label: name },
  name,
  cells: { [column]: "1.00" },
});
const spend = (code: string): Row => ({
  key: { kind: "functional", code },
  cells: { "spending.total": "1.00" },
});
const ids = (rows: readonly Row[]) =>
  rows.map((r) => (r.key.kind === "line" ? r.key.line : r.key.kind));

describe("a line table's block of lines carried over a page break", () => {
  const finalFirst = [
    line("revenue.gpb", "一、一般公共预算财政拨款"),
    spend("201"),
    line("revenue", "本年收入合计"),
    line("carryover", "年初财政拨款结转和结余"),
  ];

  it.each([
    // The 决算 form's fund lines, as printed and as other printers word them.
    ["一、一般公共预算财政拨款", "revenue.gpb", "carryover.gpb"],
    ["1.一般公共预算财政拨款", "revenue.gpb", "carryover.gpb"],
    ["（二）政府性基金预算财政拨款", "revenue.govFund", "carryover.govFund"],
    ["三、国有资本经营预算财政拨款", "revenue.soe", "carryover.soe"],
  ])("决算: %s on the next page is the 年初 block's (%s → %s)", (name, read, carried) => {
    const { rows } = joinPages(final, [
      finalFirst,
      [line(read, name), line("revenue.total", "总计")],
    ]);
    expect(ids(rows).slice(-2)).toEqual([carried, "revenue.total"]);
  });

  it.each([
    "（一）一般公共预算拨款",
    "1、一般公共预算",
    "（一）一般公共预算拨款收入",
    "一般公共预算资金",
  ])("budget: %s left unplaced on the next page is the 上年结转 block's", (name) => {
    const first = [line("revenue", "一、本年收入"), line("revenue.carryover", "二、上年结转")];
    const next = [
      unplaced(name),
      unplaced("（二）政府性基金预算拨款"),
      line("revenue.total", "收入合计"),
    ];
    const { rows } = joinPages(budget, [first, next]);
    expect(ids(rows).slice(2)).toEqual([
      "revenue.carryover.gpb",
      "revenue.carryover.govFund",
      "revenue.total",
    ]);
  });

  it("each side carries its own block (年末, the spending side in one 决算数 column)", () => {
    const first = [
      line("revenue", "本年收入合计"),
      line("spending.carryforward", "年末财政拨款结转和结余", "1.00", "spending.total"),
    ];
    // The income side's block is closed (本年收入合计): its fund line stays the income's.
    const next = [
      line("revenue.gpb", "一、一般公共预算财政拨款"),
      unplaced("一、一般公共预算财政拨款", "spending.total"),
    ];
    expect(ids(joinPages(final, [first, next]).rows).slice(2)).toEqual([
      "revenue.gpb",
      "carryforward.gpb",
    ]);
  });

  it("a line outside the block closes it; a heading opens its own", () => {
    const open = inOpenBlocks(final, new Map(), finalFirst).open;
    expect([...open]).toEqual([["income", "carryover"]]);
    expect([...inOpenBlocks(final, open, [line("revenue.total", "总计")]).open]).toEqual([]);
    const closed = [line("revenue.total", "总计"), line("revenue.gpb", "一、一般公共预算财政拨款")];
    expect(ids(inOpenBlocks(final, open, closed).rows)).toEqual(["revenue.total", "revenue.gpb"]);
  });

  it("leaves rows as given where no block is open, or the kind has none", () => {
    const rows = [line("revenue.gpb", "一、一般公共预算财政拨款")];
    expect(inOpenBlocks(final, new Map(), rows).rows).toBe(rows);
    const summary = kindOf(final2024, "summary");
    expect(joinPages(summary, [rows, rows]).rows).toEqual([...rows, ...rows]);
  });

  it("joins the unmarked next page; a unit's own table of the title after it is none", () => {
    const title = "财政拨款收入支出决算总表";
    const next = [
      line("revenue.gpb", "一、一般公共预算财政拨款"),
      line("revenue.govFund", "二、政府性基金预算财政拨款"),
      line("revenue.total", "总计"),
    ];
    const own = [...finalFirst, ...next];
    const bound = [finalFirst, next, own].map((rows) => ({ kind: final, title, rows }));
    expect([...continuations(bound)]).toEqual([[1, 0]]);
    // A first page that closed its block (总计): the same line again is another table's.
    const closed = [[...finalFirst, line("revenue.total", "总计")], [next[0] as Row]];
    expect([...continuations(closed.map((rows) => ({ kind: final, title, rows })))]).toEqual([]);
  });
});
