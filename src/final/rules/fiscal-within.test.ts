/**
 * Edges of final.fiscalWithin (a 财政拨款 figure is at most all spending on its 科目 and nature):
 * on small 决算 built from the tables it reads, and on a context of hand-made facts for what the
 * tables cannot print (a non-fiscal fund, a budget column, a derived whole). Every expected figure
 * is worked out by hand in the test.
 */
import { describe, expect, it } from "vitest";
import { amount } from "../../amount";
import type { Row, Table } from "../../disclosure";
import { type Concept, type Coordinates, type Fact, factKey } from "../../facts";
import type { AnyFact } from "../../rules/derive";
import { renderFinding } from "../../rules/render";
import type { RuleContext, RuleResult, Severity } from "../../rules/types";
import { finalDisclosure, runOn } from "../narrative/test-support";
import { finalProfile } from "../profile";
import { final2024 } from "../template";
import { fiscalWithinRule } from "./fiscal-within";

const fn = (code: string, cells: Row["cells"]): Row => ({
  key: { kind: "functional", code },
  cells,
});
const table = (kind: string, rows: readonly Row[]): Table => ({
  kind,
  unit: "万元",
  rows: [...rows],
});
/** 支出决算表 (all funds): 本年支出合计 and 基本支出 of a 科目. */
const all = (code: string, total: string, basic = "") =>
  table("expenditure", [fn(code, { total, basic })]);
/** 一般公共预算财政拨款支出决算表: 合计 and 基本支出 of a 科目. */
const gpb = (code: string, total: string, basic = "") =>
  table("gpbExpenditure", [fn(code, { total, basic })]);

const run = (tables: readonly Table[], severity: Severity = "error"): RuleResult =>
  runOn(fiscalWithinRule, finalDisclosure([], tables), severity);

/** A finding as `table row column severity: actual vs expected (difference)`. */
const lines = (r: RuleResult) =>
  r.findings.map(
    (f) =>
      `${f.path?.table} ${f.path?.row} ${f.path?.column} ${f.severity}: ${f.actual} vs ${f.expected} (${f.difference})`,
  );

describe("final.fiscalWithin on the tables", () => {
  it("passes a 一般公共预算 figure equal to all spending, citing both cells as checked", () => {
    const r = run([all("2010101", "100.00"), gpb("2010101", "100.00")]);
    expect([r.outcome, r.findings]).toEqual(["pass", []]);
    expect(r.checked.map((c) => `${c.table} ${c.row} ${c.column}`).sort()).toEqual([
      "expenditure functional:2010101 total",
      "gpbExpenditure functional:2010101 total",
    ]);
  });

  it("passes a fiscal figure below all spending (the rest is other money)", () => {
    const r = run([all("2010101", "100.00", "60.00"), gpb("2010101", "80.00", "59.99")]);
    expect([r.outcome, r.findings]).toEqual(["pass", []]);
  });

  it("finds 100.01 over 100.00 at the severity asked, by 0.01", () => {
    const r = run([all("2010101", "100.00"), gpb("2010101", "100.01")], "warning");
    expect(r.outcome).toBe("fail");
    expect(lines(r)).toEqual([
      "gpbExpenditure functional:2010101 total warning: 100.01 vs 100.00 (0.01)",
    ]);
    expect(r.findings[0]?.ruleId).toBe("final.fiscalWithin");
  });

  it("compares each nature with the same nature: 基本支出 60.01 over 60.00", () => {
    const r = run([all("2010101", "100.00", "60.00"), gpb("2010101", "100.00", "60.01")]);
    expect(lines(r)).toEqual([
      "gpbExpenditure functional:2010101 basic error: 60.01 vs 60.00 (0.01)",
    ]);
  });

  it("renders the finding in both locales, naming both cells", () => {
    const r = run([all("2010101", "100.00"), gpb("2010101", "100.01")]);
    const f = r.findings[0];
    expect(f).toBeDefined();
    if (f === undefined) return;
    expect(renderFinding(f, finalProfile.rules, "zh-CN", final2024)).toBe(
      "【一般公共预算财政拨款支出决算表】2010101 行「合计」列 为 100.01，大于同一科目的全部支出 100.00（【支出决算表】2010101 行「本年支出合计」列（100.00））：财政拨款只是其中一部分。",
    );
    expect(renderFinding(f, finalProfile.rules, "en", final2024)).toBe(
      '[General public budget appropriation expenditure final accounts] row 2010101, column "合计" is 100.01, more than all spending on the code, 100.00 ([Expenditure final accounts] row 2010101, column "本年支出合计" (100.00)): fiscal money is only part of it.',
    );
  });

  it("names each figure's unit when the tables print in different units", () => {
    // 100.01万元 is 1,000,100 元: over the 支出决算表's 1,000,000.00 元, by far more than rounding
    const yuan: Table = { ...all("2010101", "1000000.00"), unit: "元" };
    const r = run([yuan, gpb("2010101", "100.01")]);
    const f = r.findings[0];
    expect(r.findings.map((x) => x.severity)).toEqual(["error"]);
    if (f === undefined) return;
    expect(renderFinding(f, finalProfile.rules, "zh-CN", final2024)).toBe(
      "【一般公共预算财政拨款支出决算表】2010101 行「合计」列 为 100.01万元，大于同一科目的全部支出 1,000,000.00元（【支出决算表】2010101 行「本年支出合计」列（1000000.00））：财政拨款只是其中一部分。",
    );
    expect(renderFinding(f, finalProfile.rules, "en", final2024)).toBe(
      '[General public budget appropriation expenditure final accounts] row 2010101, column "合计" is 100.01 万元, more than all spending on the code, 1,000,000.00 元 ([Expenditure final accounts] row 2010101, column "本年支出合计" (1000000.00)): fiscal money is only part of it.',
    );
  });

  describe("rounding: only a difference of precision is info", () => {
    it.each([
      // all spending printed 100.0 stands for 99.95 … 100.05
      ["100.04", "info"],
      ["100.05", "info"],
      ["100.06", "error"],
    ] as const)("100.0 against 100.00-precision %s is %s", (fiscal, severity) => {
      const r = run([all("2010101", "100.0"), gpb("2010101", fiscal)]);
      expect(r.findings.map((f) => [f.severity, f.actual, f.expected])).toEqual([
        [severity, fiscal, "100.0"],
      ]);
      expect(r.outcome).toBe(severity === "info" ? "pass" : "fail");
    });

    it("the same precision leaves nothing to rounding: 100.00 against 100.01 is an error", () => {
      const r = run([all("2010101", "100.00"), gpb("2010101", "100.01")]);
      expect(r.findings.map((f) => f.severity)).toEqual(["error"]);
    });
  });

  it.each([
    [
      "government (财政拨款 合计)",
      table("fiscalSummary", [fn("2010101", { "spending.total": "120.00" })]),
      "fiscalSummary spending.total",
    ],
    [
      "gpb (财政拨款总表)",
      table("fiscalSummary", [fn("2010101", { "spending.gpb": "120.00" })]),
      "fiscalSummary spending.gpb",
    ],
    ["govFund", table("govFund", [fn("2010101", { total: "120.00" })]), "govFund total"],
    ["soe", table("soe", [fn("2010101", { total: "120.00" })]), "soe total"],
  ] as const)("judges the %s fund", (_, fiscal, cell) => {
    const r = run([all("2010101", "100.00"), fiscal]);
    expect(lines(r)).toEqual([
      `${cell.split(" ")[0]} functional:2010101 ${cell.split(" ")[1]} error: 120.00 vs 100.00 (20.00)`,
    ]);
  });

  it("judges a figure printed twice once, at its first table in the template's order", () => {
    const summary = table("fiscalSummary", [fn("2010101", { "spending.gpb": "120.00" })]);
    const expected = [
      "fiscalSummary functional:2010101 spending.gpb error: 120.00 vs 100.00 (20.00)",
    ];
    const tables = [all("2010101", "100.00"), summary, gpb("2010101", "120.00")];
    expect(lines(run(tables))).toEqual(expected);
    // bound in another order, the same figure is judged
    expect(lines(run([gpb("2010101", "120.00"), summary, all("2010101", "100.00")]))).toEqual(
      expected,
    );
  });

  it("takes all spending from the table first in the template's order (总表 before 支出决算表)", () => {
    const summary = table("summary", [fn("201", { "spending.amount": "100.00" })]);
    const tables = [summary, all("201", "100.02"), gpb("201", "100.01")];
    const expected = ["gpbExpenditure functional:201 total error: 100.01 vs 100.00 (0.01)"];
    expect(lines(run(tables))).toEqual(expected);
    expect(lines(run([all("201", "100.02"), gpb("201", "100.01"), summary]))).toEqual(expected);
  });

  it("judges nothing without all spending on the 科目, nor a blank fiscal figure", () => {
    for (const tables of [
      [gpb("2010101", "100.00")],
      [all("2010102", "50.00"), gpb("2010101", "100.00")],
      [all("2010101", "100.00"), gpb("2010101", "")],
      [all("2010101", ""), gpb("2010101", "100.00")],
    ]) {
      const r = run(tables);
      expect([r.outcome, r.findings]).toEqual(["not-applicable", []]);
    }
  });
});

describe("final.fiscalWithin on hand-made facts", () => {
  let row = 0;
  const fact = (concept: Concept, coords: Coordinates, raw: string, t: string): Fact => ({
    concept,
    coords,
    value: raw === "" ? null : amount(raw),
    source: { table: t, row: `r${++row}`, column: "c", raw },
  });
  const derived = (coords: Coordinates, raw: string): AnyFact => ({
    concept: "spending",
    coords,
    value: amount(raw),
    table: "expenditure",
    via: { kind: "rollup", column: "total" },
    parts: [],
    sources: [],
  });

  /** A context of these facts, grouped by identity (the derived ones in the groups only). */
  function check(printed: readonly Fact[], more: readonly AnyFact[] = []): RuleResult {
    const groups = new Map<string, AnyFact[]>();
    for (const f of [...printed, ...more]) {
      const k = factKey(f.concept, f.coords);
      groups.set(k, [...(groups.get(k) ?? []), f]);
    }
    const ctx = {
      template: final2024,
      tables: [{ rows: [{ facts: printed }] }],
      groups,
      catalog: undefined,
      disclosure: { meta: { year: 2024 } },
    } as unknown as RuleContext;
    return fiscalWithinRule.check(ctx, "error");
  }
  const code = { functional: "2010101" };

  it("compares spending only: 财政拨款 revenue over all revenue is another rule's", () => {
    const r = check([
      fact("revenue", code, "100.00", "income"),
      fact("revenue", { ...code, fund: "gpb" }, "120.00", "fiscalSummary"),
    ]);
    expect([r.outcome, r.findings]).toEqual(["not-applicable", []]);
  });

  it("compares fiscal funds only, not 单位资金", () => {
    const r = check([
      fact("spending", code, "100.00", "expenditure"),
      fact("spending", { ...code, fund: "unitFunds" }, "120.00", "expenditure"),
    ]);
    expect([r.outcome, r.findings]).toEqual(["not-applicable", []]);
  });

  it("compares outcomes only: a budget above the outcome is no finding", () => {
    const r = check([
      fact("spending", code, "100.00", "expenditure"),
      fact("spending", { ...code, fund: "gpb", period: "budget" }, "120.00", "gpbExpenditure"),
    ]);
    expect([r.outcome, r.findings]).toEqual(["not-applicable", []]);
  });

  it("compares outcomes only, even where all funds print a budget too", () => {
    const r = check([
      fact("spending", { ...code, period: "budget" }, "100.00", "expenditure"),
      fact("spending", { ...code, fund: "gpb", period: "budget" }, "120.00", "gpbExpenditure"),
    ]);
    expect([r.outcome, r.findings]).toEqual(["not-applicable", []]);
  });

  it("compares with a printed whole, not a derived one nor a blank", () => {
    const fiscal = fact("spending", { ...code, fund: "gpb" }, "120.00", "gpbExpenditure");
    expect(check([fiscal], [derived(code, "100.00")]).outcome).toBe("not-applicable");
    const blank = fact("spending", code, "", "expenditure");
    const printed = fact("spending", code, "130.00", "expenditure");
    const r = check([blank, printed, fiscal], [derived(code, "100.00")]);
    expect([r.outcome, r.findings]).toEqual(["pass", []]);
  });
});
