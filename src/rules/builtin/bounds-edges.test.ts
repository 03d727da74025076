import { describe, expect, it } from "vitest";
import { amount } from "../../amount";
import type { Concept, Coordinates, Fact } from "../../facts";
import { messageLabels } from "../labels";
import { printedFacts } from "../per-check";
import type { Finding, RuleContext } from "../types";
import { atMost, boundMessage, ofWhichRule, projectSplitRule } from "./bounds";

/**
 * Edges of projectSplit (I11) and of `atMost`, on facts handed to the rule directly (a context
 * holding only the printed facts the rule reads): which statements count as "all spending on a
 * 款" and which as its basic 一般公共预算 spending, and when rounding explains a part over its
 * whole. Every expected figure is worked out in the test.
 */

let rowNo = 0;
const fact = (concept: Concept, coords: Coordinates, raw: string, table = "t"): Fact => ({
  concept,
  coords,
  value: raw === "" ? null : amount(raw),
  source: { table, row: `r${++rowNo}`, column: "c", raw },
});
/** A fact printed on a given row (two columns of one row). */
const onRow = (f: Fact, row: string, column: string): Fact => ({
  ...f,
  source: { ...f.source, row, column },
});

const ctxOf = (facts: Fact[]): RuleContext =>
  ({
    tables: [{ rows: [{ facts }] }],
    catalog: undefined,
    disclosure: { meta: { year: 2024 } },
  }) as unknown as RuleContext;

const run = (facts: Fact[]) => projectSplitRule.check(ctxOf(facts), "error");

/** All spending on 30201 (no fund, nature, …) and its basic 一般公共预算 spending. */
const wide = (raw: string, more: Coordinates = {}) =>
  fact("spending", { econ: "30201", ...more }, raw, "economicSummary");
const basic = (raw: string, more: Coordinates = {}) =>
  fact("spending", { econ: "30201", fund: "gpb", nature: "basic", ...more }, raw, "gpbBasic");

describe("projectSplit: what counts as all spending on a 款", () => {
  it("basic 12.00 over all spending 10.00 fails, by 2.00", () => {
    const r = run([wide("10.00"), basic("12.00")]);
    expect(r.outcome).toBe("fail");
    expect(r.findings.map((f) => [f.severity, f.expected, f.actual, f.difference])).toEqual([
      ["error", "10.00", "12.00", "2.00"],
    ]);
    expect(r.checked.map((s) => s.table)).toEqual(["gpbBasic", "economicSummary"]);
  });

  it.each([
    ["a fund", { fund: "gpb" }],
    ["a nature", { nature: "project" }],
    ["a 功能分类 code", { functional: "2010101" }],
    ["a project", { project: "P1" }],
    ["a unit", { org: "101001" }],
  ] as const)(
    "a statement with %s is no statement of all spending (10.00 alone < 12.00)",
    (_, more) => {
      const r = run([wide("10.00"), wide("5.00", more), basic("12.00")]);
      expect(r.outcome).toBe("fail");
      expect(r.findings[0]?.expected).toBe("10.00");
    },
  );

  it("only spending counts: an operating cost on 30201 is no spending", () => {
    const r = run([
      wide("10.00"),
      fact("operatingCost", { econ: "30201" }, "5.00"),
      basic("12.00"),
    ]);
    expect(r.findings.map((f) => f.expected)).toEqual(["10.00"]);
  });

  it("a 类 (3 digits) is not a 款: alone it makes the rule not applicable", () => {
    const r = run([
      fact("spending", { econ: "302" }, "20.00"),
      fact("spending", { econ: "302", fund: "gpb", nature: "basic" }, "25.00"),
    ]);
    expect(r).toEqual({ outcome: "not-applicable", findings: [], checked: [] });
  });

  it("a 款 with no basic spending is not compared; none compared is not applicable", () => {
    const r = run([wide("10.00")]);
    expect(r.outcome).toBe("not-applicable");
    expect(r.findings).toEqual([]);
    expect(r.checked).toEqual([]);
  });

  it("the same statement printed twice counts once (10.00, not 20.00, against 12.00)", () => {
    const r = run([wide("10.00"), wide("10.00"), basic("12.00")]);
    expect(r.findings.map((f) => f.expected)).toEqual(["10.00"]);
  });
});

describe("projectSplit: what counts as basic 一般公共预算 spending", () => {
  it.each([
    ["basic", "basic"],
    ["basic.personnel", "basic.personnel"],
    ["basic.public", "basic.public"],
  ] as const)("a %s statement counts (12.00 > 10.00 fails)", (_, nature) => {
    const r = run([wide("10.00"), basic("12.00", { nature })]);
    expect(r.outcome).toBe("fail");
  });

  it.each([
    ["of another fund", { fund: "govFund" }],
    ["of no fund", { fund: undefined }],
    ["of project spending", { nature: "project" }],
    ["of no nature", { nature: undefined }],
    ["by 功能分类 code", { functional: "2010101" }],
    ["of a project", { project: "P1" }],
  ] as const)("a statement %s is not counted (no finding against 15.00)", (_, more) => {
    const r = run([wide("15.00"), basic("12.00"), basic("20.00", more as Coordinates)]);
    expect(r.outcome).toBe("pass");
    expect(r.findings).toEqual([]);
  });

  it("only spending counts as basic spending", () => {
    const r = run([
      wide("15.00"),
      basic("12.00"),
      fact("operatingCost", { econ: "30201", fund: "gpb", nature: "basic" }, "20.00"),
    ]);
    expect(r.outcome).toBe("pass");
  });

  it("one printed row is one statement: its second column is not added (12.00 ≤ 12.50)", () => {
    const total = onRow(basic("12.00"), "economic:30201", "total");
    const personnel = onRow(basic("1.00", { nature: "basic.personnel" }), "economic:30201", "x");
    const r = run([wide("12.50"), total, personnel]);
    expect(r.outcome).toBe("pass");
  });

  it("adds statements of one 款 under two 政府经济分类 codes: 8.00 + 5.00 = 13.00 > 12.00", () => {
    const r = run([
      wide("12.00"),
      basic("8.00", { gov: "50201" }),
      basic("5.00", { gov: "50209" }),
    ]);
    const f = r.findings[0];
    expect([f?.expected, f?.actual, f?.difference]).toEqual(["12.00", "13.00", "1.00"]);
    // the basic side is the sum, citing both printed cells
    expect(f?.evidence[0]).toMatchObject({
      concept: "spending",
      coords: { econ: "30201" },
      value: "13.00",
      derived: true,
    });
    expect(f?.evidence[0]?.sources).toHaveLength(2);
  });

  it("two blank statements of a 款 sum to no value: nothing to compare", () => {
    const r = run([wide("12.00"), basic("", { gov: "50201" }), basic("", { gov: "50209" })]);
    expect(r.outcome).toBe("pass");
    expect(r.findings).toEqual([]);
  });

  it("a basic figure over all spending by less than their rounding is info, and passes", () => {
    // 12.0 stands for [11.95, 12.05), 11.96 for [11.955, 11.965): they may be the same amount
    const r = run([wide("11.96"), basic("12.0")]);
    expect(r.outcome).toBe("pass");
    expect(r.findings.map((f) => f.severity)).toEqual(["info"]);
  });
});

describe("atMost", () => {
  const f = (raw: string) => fact("spending", {}, raw);
  it("a part at most its whole is ok, a blank side too", () => {
    expect(atMost(f("1.00"), f("2.00"))).toBe("ok");
    expect(atMost(f("2.00"), f("2.00"))).toBe("ok");
    expect(atMost(f(""), f("2.00"))).toBe("ok");
    expect(atMost(f("3.00"), f(""))).toBe("ok");
  });

  it("over by less than the rounding of a coarser figure: rounding", () => {
    expect(atMost(f("12.0"), f("11.96"))).toBe("rounding");
    expect(atMost(f("12.00"), f("12.0"))).toBe("ok");
    expect(atMost(f("12.04"), f("12.0"))).toBe("rounding");
  });

  it("over at the same precision, or beyond any rounding: fail", () => {
    expect(atMost(f("12.0"), f("11.9"))).toBe("fail");
    expect(atMost(f("12.01"), f("12.00"))).toBe("fail");
    expect(atMost(f("12.1"), f("11.96"))).toBe("fail");
  });
});

describe("ofWhich, on facts handed to it", () => {
  it("is not applicable to tables the template does not know", () => {
    const ctx = {
      tables: [{ kind: undefined, rows: [{ facts: [fact("spending", {}, "1.00")] }] }],
    } as unknown as RuleContext;
    expect(ofWhichRule.check(ctx, "error")).toEqual({
      outcome: "not-applicable",
      findings: [],
      checked: [],
    });
  });

  it("finds a part's whole by its row and column, whatever characters they hold", () => {
    // Row "r#x" prints only the part; row "r" prints 1.00 under an extra column "x#whole". A key
    // `row#column` would read both as "r#x#whole" and compare 5.00 with 1.00.
    const kind = { columns: [{ key: "whole" }, { key: "part", ofWhich: "whole" }] };
    const part = onRow(fact("spending", {}, "5.00"), "r#x", "part");
    const other = onRow(fact("spending", {}, "1.00"), "r", "x#whole");
    const ctx = {
      tables: [{ kind, rows: [{ facts: [other] }, { facts: [part] }] }],
    } as unknown as RuleContext;
    expect(ofWhichRule.check(ctx, "error").findings).toEqual([]);
    // With its own whole on its row, the part is judged against it.
    const whole = onRow(fact("spending", {}, "4.00"), "r#x", "whole");
    const judged = {
      tables: [{ kind, rows: [{ facts: [other] }, { facts: [whole, part] }] }],
    } as unknown as RuleContext;
    expect(ofWhichRule.check(judged, "error").findings.map((f) => f.params.expected)).toEqual([
      "4.00",
    ]);
  });

  it("a part over its whole by less than the rounding of the coarser is info, beyond it the rule's severity", () => {
    const kind = { columns: [{ key: "whole" }, { key: "part", ofWhich: "whole" }] };
    const judged = (whole: string, part: string) =>
      ofWhichRule.check(
        {
          tables: [
            {
              kind,
              rows: [
                {
                  facts: [
                    onRow(fact("spending", {}, whole), "r", "whole"),
                    onRow(fact("spending", {}, part), "r", "part"),
                  ],
                },
              ],
            },
          ],
        } as unknown as RuleContext,
        "error",
      );
    // 12.0 stands for [11.95, 12.05): 12.04 may be the same amount, printed finer
    const rounded = judged("12.0", "12.04");
    expect(rounded.findings.map((f) => f.severity)).toEqual(["info"]);
    expect(rounded.outcome).toBe("pass");
    const over = judged("12.0", "12.10");
    expect(over.findings.map((f) => f.severity)).toEqual(["error"]);
    expect(over.outcome).toBe("fail");
  });
});

describe("printedFacts", () => {
  it("lists every printed fact of every table and row, in order", () => {
    const a = fact("spending", {}, "1.00");
    const b = fact("spending", {}, "2.00");
    const c = fact("sanGong", {}, "3.00");
    const ctx = {
      tables: [{ rows: [{ facts: [a, b] }, { facts: [] }] }, { rows: [{ facts: [c] }] }],
    } as unknown as RuleContext;
    expect(printedFacts(ctx)).toEqual([a, b, c]);
  });
});

describe("boundMessage", () => {
  const finding = (ruleId: string, more: Partial<Finding> = {}): Finding => ({
    ruleId,
    severity: "error",
    outcome: "fail",
    params: { expected: "10.00", actual: "12.00", difference: "2.00", unit: "万元" },
    path: { table: "gpbBasic", row: "economic:30201", column: "total", raw: "12.00" },
    evidence: [
      {
        concept: "spending",
        coords: {},
        value: "12.00",
        unit: "万元",
        derived: false,
        sources: [{ table: "gpbBasic", row: "economic:30201", column: "total", raw: "12.00" }],
      },
      {
        concept: "spending",
        coords: {},
        value: "10.00",
        unit: "万元",
        derived: false,
        sources: [
          { table: "economicSummary", row: "economic:30201", column: "total", raw: "10.00" },
        ],
      },
    ],
    ...more,
  });

  it("names the part, both figures, the whole's cells and the rule's reason, in both locales", () => {
    expect(boundMessage(finding("projectSplit"), messageLabels())).toEqual({
      "zh-CN":
        "【gpbBasic】30201 行「total」列 为 12.00，不应大于 10.00（【economicSummary】30201 行「total」列（10.00））：基本支出不应超过该科目全部支出。",
      en: '[gpbBasic] row 30201, column "total" is 12.00, more than 10.00 ([economicSummary] row 30201, column "total" (10.00)): basic spending exceeds all spending on the code.',
    });
  });

  it("gives each rule its reason", () => {
    const labels = messageLabels();
    expect(boundMessage(finding("ofWhich"), labels).en).toMatch(/: a part exceeds its whole\.$/u);
    expect(boundMessage(finding("ofWhich"), labels)["zh-CN"]).toMatch(/：“其中”数大于所属数。$/u);
    const op = boundMessage(finding("operatingCost.definition"), labels);
    expect(op.en).toMatch(/: operating costs cover public spending only\.$/u);
    expect(op["zh-CN"]).toMatch(/：机关运行经费只含行政和参公单位的公用经费。$/u);
    // a rule with no reason listed ends on the empty reason
    expect(boundMessage(finding("other"), labels).en).toMatch(/\(10\.00\)\): \.$/u);
  });

  it("states figures in different units with their units, blank as 空 / blank", () => {
    const mixed = finding("projectSplit", {
      params: {
        expected: "",
        actual: "120,000",
        actualUnit: "元",
        expectedUnit: "万元",
        unit: "元",
      },
    });
    const m = boundMessage(mixed, messageLabels());
    expect(m["zh-CN"]).toContain("为 120,000元，不应大于 空（");
    expect(m.en).toContain("is 120,000 元, more than blank (");
  });
});
