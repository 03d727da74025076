import { describe, expect, it } from "vitest";
import type { Disclosure, Row, Table } from "../disclosure";
import { henan2024 } from "../templates";
import { buildContext } from "./context";
import { henan2024Profile } from "./profiles";
import type { Definitions } from "./types";

/**
 * The shared context of a check (`buildContext`) on small Henan tables: which rule owns each
 * comparison of two statements of one fact, which statement is the reference, and what a blank
 * repeated row takes part in. Figures are worked out by hand in each test.
 */

const disclosure = (...tables: Table[]): Disclosure => ({
  meta: {
    year: 2024,
    documentKind: "单位",
    template: "henan2024",
    department: { name: "某单位" },
    units: [],
  },
  tables,
  texts: [],
});
const expenditure = (...rows: Row[]): Table => ({ kind: "expenditure", unit: "万元", rows });
const fn = (code: string, cells: Record<string, string>): Row => ({
  key: { kind: "functional", code },
  cells,
});
const total = (cells: Record<string, string>): Row => ({ key: { kind: "total" }, cells });
/** A 收支总表 printing its 本年支出合计 only: the 支出表 total's figure. */
const summarySpending = (amount: string): Table => ({
  kind: "summary",
  unit: "万元",
  rows: [{ key: { kind: "line", line: "spending" }, cells: { "spending.amount": amount } }],
});
const ctxOf = (d: Disclosure, definitions: Definitions = henan2024Profile.definitions) =>
  buildContext(d, henan2024, undefined, definitions);
const comparisons = (d: Disclosure, definitions?: Definitions) =>
  [...ctxOf(d, definitions).comparisons].map(([rule, c]) => [
    rule,
    c.count,
    c.mismatches.map((m) => [m.status, m.expected.value?.value, m.actual.value?.value]),
  ]);

describe("buildContext: comparisons", () => {
  it("a printed total against the sum of its rows: rollup, the sum expected", () => {
    // 1.00 + 2.00 = 3.00, printed 3.50
    expect(
      comparisons(
        disclosure(
          expenditure(
            total({ total: "3.50" }),
            fn("2010101", { total: "1.00" }),
            fn("2010102", { total: "2.00" }),
          ),
        ),
      ),
    ).toEqual([["rollup", 1, [["differ", "3.00", "3.50"]]]]);
  });

  it("a decomposition's owner is its rule (基本 + 项目 = 合计: nature)", () => {
    // basic 2.00 + project 1.00 = 3.00, printed 3.10
    const c = comparisons(
      disclosure(expenditure(total({ total: "3.10", basic: "2.00", project: "1.00" }))),
    );
    expect(c).toEqual([["nature", 1, [["differ", "3.00", "3.10"]]]]);
  });

  it("a decomposition of one's own is counted under the rule it names", () => {
    const definitions: Definitions = {
      ...henan2024Profile.definitions,
      decompositions: [
        {
          id: "mine",
          rule: "mine",
          parent: { coords: { nature: null } },
          children: [{ coords: { nature: "basic" } }, { coords: { nature: "project" } }],
        },
      ],
    };
    const d = disclosure(expenditure(total({ total: "3.10", basic: "2.00", project: "1.00" })));
    expect(comparisons(d, definitions)).toEqual([["mine", 1, [["differ", "3.00", "3.10"]]]]);
  });

  it("a second table of a kind already bound is set aside: compared with nothing", () => {
    // A unit's own 支出表 bound after the department's: another scope, not a second statement.
    const d = disclosure(
      expenditure(total({ total: "3.00" })),
      { kind: "gpbExpenditure", unit: "万元", rows: [total({ total: "1.00" })] },
      { kind: "expenditure", unit: "万元", rows: [total({ total: "3.20" })] },
    );
    const ctx = ctxOf(d);
    expect(ctx.comparisons.get("same-fact")).toBeUndefined();
    expect(ctx.tables.map((t) => t.table.kind)).toEqual(["expenditure", "gpbExpenditure"]);
    expect(ctx.repeated?.map((r) => [r.index, r.first, r.table.table.kind])).toEqual([
      [2, 0, "expenditure"],
    ]);
    expect(ctx.disclosure.tables.map((t) => t.kind)).toEqual(["expenditure", "gpbExpenditure"]);
  });

  it("the reference is the figure of the table first in the template, whichever is bound first", () => {
    // 收支总表 (summary) comes before 支出表 (expenditure) in the Henan template: its 本年支出合计
    // is the reference, and the 支出表 total is the statement judged, in either binding order.
    const summary: Table = {
      kind: "summary",
      unit: "万元",
      rows: [{ key: { kind: "line", line: "spending" }, cells: { "spending.amount": "3.00" } }],
    };
    const spending = expenditure(total({ total: "3.20" }));
    expect(comparisons(disclosure(spending, summary))).toEqual([
      ["same-fact", 1, [["differ", "3.00", "3.20"]]],
    ]);
    expect(comparisons(disclosure(summary, spending))).toEqual([
      ["same-fact", 1, [["differ", "3.00", "3.20"]]],
    ]);
  });

  it("two later tables of the template: the earlier one's figure is the reference in either order", () => {
    // 一般公共预算支出表 (gpbExpenditure, 5th) 合计 基本支出 and 一般公共预算基本支出表 (gpbBasic,
    // 6th) 合计: one figure.
    const gpb: Table = { kind: "gpbExpenditure", unit: "万元", rows: [total({ basic: "3.00" })] };
    const basic: Table = { kind: "gpbBasic", unit: "万元", rows: [total({ total: "3.20" })] };
    const sameFact = (d: Disclosure) => comparisons(d).find(([rule]) => rule === "same-fact");
    expect(sameFact(disclosure(basic, gpb))).toEqual([
      "same-fact",
      1,
      [["differ", "3.00", "3.20"]],
    ]);
    expect(sameFact(disclosure(gpb, basic))).toEqual([
      "same-fact",
      1,
      [["differ", "3.00", "3.20"]],
    ]);
  });

  it("with nothing printed, the roll-up of the table first in the template is the reference, in either order", () => {
    // 人员经费 of the 一般公共预算 summed in two tables, neither printing the total: the
    // gpbExpenditure (by 功能科目) sum is the reference, the gpbBasic (by 经济科目) sum is judged.
    const gpb: Table = {
      kind: "gpbExpenditure",
      unit: "万元",
      rows: [fn("2010101", { "basic.personnel": "2.00" })],
    };
    const basic: Table = {
      kind: "gpbBasic",
      unit: "万元",
      rows: [{ key: { kind: "economic", econ: "30101" }, cells: { personnel: "1.00" } }],
    };
    const rollup = (d: Disclosure) => comparisons(d).find(([rule]) => rule === "rollup");
    expect(rollup(disclosure(gpb, basic))).toEqual(["rollup", 1, [["differ", "1.00", "2.00"]]]);
    expect(rollup(disclosure(basic, gpb))).toEqual(["rollup", 1, [["differ", "1.00", "2.00"]]]);
  });

  it("with blanks only printed, the blank of the table first in the template is the reference, in either order", () => {
    // 基本支出 合计 left blank in the gpbExpenditure (5th) and the gpbBasic (6th); the gpbBasic's
    // 经济科目 rows sum to 1.00: that sum is judged against the gpbExpenditure blank.
    const gpb: Table = { kind: "gpbExpenditure", unit: "万元", rows: [total({ basic: "" })] };
    const basic: Table = {
      kind: "gpbBasic",
      unit: "万元",
      rows: [
        total({ total: "" }),
        { key: { kind: "economic", econ: "30101" }, cells: { total: "1.00" } },
      ],
    };
    const cited = (d: Disclosure) =>
      [...ctxOf(d).comparisons.values()].flatMap((c) =>
        c.mismatches.map((m) => [
          m.rule,
          m.expected.value?.value,
          "source" in m.actual ? m.actual.source.table : "",
        ]),
      );
    expect(cited(disclosure(gpb, basic))).toEqual([["rollup", "1.00", "gpbExpenditure"]]);
    expect(cited(disclosure(basic, gpb))).toEqual([["rollup", "1.00", "gpbExpenditure"]]);
  });

  it("the reference is the first printed statement with a value, not a blank one", () => {
    // 收支总表 comes first in the template, but its blank is judged against the 支出表's 3.00.
    const d = disclosure(summarySpending(""), expenditure(total({ total: "3.00" })));
    // the blank is judged against 3.00, not 3.00 against the blank
    expect(comparisons(d)).toEqual([["same-fact", 1, [["differ", "3.00", undefined]]]]);
  });

  it("a blank counts as zero: it agrees with 0.00 and with another blank, not with 0.01", () => {
    // DOMAIN: a blank cell states no amount, read as zero in sums and comparisons
    const same = (a: string, b: string) =>
      comparisons(disclosure(summarySpending(a), expenditure(total({ total: b }))));
    expect(same("", "0.00")).toEqual([["same-fact", 1, []]]);
    expect(same("0", "")).toEqual([["same-fact", 1, []]]);
    expect(same("", "")).toEqual([["same-fact", 1, []]]);
    expect(same("", "0.01")).toEqual([["same-fact", 1, [["differ", "0.01", undefined]]]]);
    // 1 万元 printed as 1.0 and as 1.00: one figure at two precisions, equal
    expect(same("1.0", "1.00")).toEqual([["same-fact", 1, []]]);
    // a 类 whose 款 are all blank sums to zero: it agrees with a printed 0.00 and differs from 2.00
    const rolled = (printed: string) =>
      comparisons(
        disclosure(
          expenditure(
            fn("201", { total: printed }),
            fn("20101", { total: "" }),
            fn("20102", { total: "" }),
          ),
        ),
      ).find(([rule]) => rule === "rollup");
    expect(rolled("0.00")).toEqual(["rollup", 1, []]);
    expect(rolled("2.00")?.[2]).toEqual([["differ", undefined, "2.00"]]);
  });

  it("a sum over a table with an unplaced row is incomplete, not a difference", () => {
    const d = disclosure(
      expenditure(total({ total: "9.00" }), fn("2010101", { total: "1.00" }), {
        key: { kind: "unplaced", label: "某项" },
        cells: { total: "8.00" },
      }),
    );
    expect(comparisons(d)).toEqual([["rollup", 1, [["incomplete", "1.00", "9.00"]]]]);
  });

  it("an equal comparison is counted and its cells checked, with no mismatch", () => {
    const ctx = ctxOf(
      disclosure(expenditure(total({ total: "3.00" }), fn("2010101", { total: "3.00" }))),
    );
    const c = ctx.comparisons.get("rollup");
    expect([c?.count, c?.mismatches]).toEqual([1, []]);
    expect(c?.checked.map((f) => f.value?.value)).toEqual(["3.00", "3.00"]);
  });
});

describe("buildContext: blank repeated rows", () => {
  it("a blank row repeating another's key takes part in nothing", () => {
    const ctx = ctxOf(
      disclosure(
        expenditure(
          total({ total: "3.00" }),
          fn("2010101", { total: "3.00" }),
          fn("2010101", { total: "" }),
        ),
      ),
    );
    // the blank repeat neither joins the roll-up (3.00 + blank) nor the same-fact comparison
    expect([...ctx.comparisons.keys()]).toEqual(["rollup"]);
    expect(ctx.derived.find((f) => f.coords.functional === undefined)?.parts).toHaveLength(1);
    // the report still sees every printed row
    expect(ctx.tables[0]?.rows).toHaveLength(3);
  });

  it("a repeated row with a figure stays: the repeat is compared as the same fact", () => {
    const ctx = ctxOf(
      disclosure(expenditure(fn("2010101", { total: "3.00" }), fn("2010101", { total: "3.10" }))),
    );
    const c = ctx.comparisons.get("same-fact");
    expect(
      c?.mismatches.map((m) => [m.status, m.expected.value?.value, m.actual.value?.value]),
    ).toEqual([["differ", "3.00", "3.10"]]);
  });

  it("rows printed once are kept even when blank", () => {
    const ctx = ctxOf(
      disclosure(expenditure(fn("2010101", { total: "" }), fn("2010102", { total: "2.00" }))),
    );
    expect(ctx.derived.find((f) => f.coords.functional === undefined)?.parts).toHaveLength(2);
  });
});

describe("buildContext: what rules read", () => {
  it("the shaped tables, the template, catalog and definitions given", () => {
    const d = disclosure(expenditure(fn("2010101", { total: "1.00" })));
    const ctx = ctxOf(d);
    expect(ctx.disclosure.tables.map((t) => t.kind)).toEqual(["expenditure"]);
    expect(ctx.disclosure.meta).toBe(d.meta);
    expect(ctx.template).toBe(henan2024);
    expect(ctx.catalog).toBeUndefined();
    expect(ctx.definitions).toBe(henan2024Profile.definitions);
    // the groups by key are built once, on first read
    expect(ctx.groups).toBe(ctx.groups);
    expect([...ctx.groups.keys()]).toEqual([
      "spending|functional=2010101",
      "spending|functional=20101",
      "spending|functional=201",
      "spending",
    ]);
  });
});
