import { describe, expect, it } from "vitest";
import { amount } from "../../amount";
import type { Fact } from "../../facts";
import type { AnyFact, DerivedFact } from "../derive";
import { messageLabels } from "../labels";
import type { Finding, Mismatch, RuleContext } from "../types";
import { natureRule, sameFactRule, truncatedRule } from "./identities";

/**
 * The identity rules on comparisons handed to them (the context's `comparisons`, as buildContext
 * fills them): which statuses become which findings and outcomes, and the words for each sum.
 */

const fact = (raw: string, row: string): Fact => ({
  concept: "spending",
  coords: {},
  value: amount(raw),
  source: { table: "expenditure", row, column: "total", raw },
});
const derived = (raw: string, via: DerivedFact["via"], parts: Fact[]): DerivedFact => ({
  concept: "spending",
  coords: {},
  value: amount(raw),
  table: "expenditure",
  via,
  parts,
  sources: parts.map((x) => x.source),
});

const printed = fact("6.50", "total");
const parts = [fact("4.00", "a"), fact("2.51", "b")];
const sum = derived("6.51", { kind: "decomposition", id: "nature.total" }, parts);

const ctxOf = (
  rule: string,
  count: number,
  mismatches: Mismatch["status"][],
  checked: AnyFact[] = [],
) =>
  ({
    tables: [],
    comparisons: new Map([
      [
        rule,
        {
          count,
          mismatches: mismatches.map((status) => ({
            rule,
            status,
            expected: sum,
            actual: printed,
          })),
          checked,
        },
      ],
    ]),
  }) as unknown as RuleContext;

describe("an identity rule's findings by status", () => {
  it("differ: a failing finding at the rule's severity, 6.50 − 6.51 = −0.01", () => {
    const r = natureRule.check(ctxOf("nature", 1, ["differ"], [printed, sum]), "error");
    expect(r.outcome).toBe("fail");
    expect(
      r.findings.map((f) => [f.severity, f.outcome, f.params.status, f.params.via, f.difference]),
    ).toEqual([["error", "fail", "differ", "nature.total", "-0.01"]]);
    expect(r.checked.map((s) => s.row)).toEqual(["total", "a", "b"]);
  });

  it("rounding: an info finding, the rule passes", () => {
    const r = natureRule.check(ctxOf("nature", 1, ["rounding"]), "warning");
    expect(r.outcome).toBe("pass");
    expect(r.findings.map((f) => [f.severity, f.outcome])).toEqual([["info", "fail"]]);
  });

  it("incomplete: insufficient data at info, and the rule says so when nothing failed", () => {
    const r = natureRule.check(ctxOf("nature", 2, ["incomplete"]), "error");
    expect(r.outcome).toBe("insufficient-data");
    expect(r.findings.map((f) => [f.severity, f.outcome, f.params.status])).toEqual([
      ["info", "insufficient-data", "incomplete"],
    ]);
    // a real failure beside it decides the outcome
    expect(natureRule.check(ctxOf("nature", 2, ["incomplete", "differ"]), "error").outcome).toBe(
      "fail",
    );
  });

  it("truncated: left to precision.truncated, which reports it at its own severity", () => {
    const ctx = ctxOf("nature", 1, ["truncated"]);
    const r = natureRule.check(ctx, "error");
    expect([r.outcome, r.findings]).toEqual(["pass", []]);
    const t = truncatedRule.check(ctx, "warning");
    expect(t.outcome).toBe("fail");
    expect(t.findings.map((f) => [f.ruleId, f.severity, f.expected, f.actual])).toEqual([
      ["precision.truncated", "warning", "6.51", "6.50"],
    ]);
    expect(t.checked).toEqual([]);
  });

  it("no comparison, or none counted: not applicable", () => {
    const none = { tables: [], comparisons: new Map() } as unknown as RuleContext;
    expect(natureRule.check(none, "error").outcome).toBe("not-applicable");
    expect(natureRule.check(ctxOf("nature", 0, []), "error").outcome).toBe("not-applicable");
    expect(truncatedRule.check(none, "warning").outcome).toBe("not-applicable");
    expect(truncatedRule.check(ctxOf("nature", 0, []), "warning").outcome).toBe("not-applicable");
    expect(truncatedRule.check(ctxOf("nature", 3, []), "warning").outcome).toBe("pass");
  });

  it("all equal: a pass citing the compared cells", () => {
    const r = sameFactRule.check(ctxOf("same-fact", 1, [], [printed, printed]), "error");
    expect(r).toEqual({ outcome: "pass", findings: [], checked: [printed.source, printed.source] });
  });
});

describe("which sum a finding names", () => {
  const labels = messageLabels();
  const via = (v: Mismatch["expected"]) => {
    const ctx = {
      tables: [],
      comparisons: new Map([
        [
          "nature",
          {
            count: 1,
            mismatches: [{ rule: "nature", status: "differ", expected: v, actual: printed }],
            checked: [],
          },
        ],
      ]),
    } as unknown as RuleContext;
    const f = natureRule.check(ctx, "error").findings[0] as Finding;
    return [f.params.via, natureRule.message(f, labels).en, natureRule.message(f, labels)["zh-CN"]];
  };

  it("another printed statement: the same figure printed elsewhere", () => {
    const [v, en, zh] = via(fact("6.51", "other"));
    expect(v).toBe("same");
    expect(en).toContain("but the same figure printed elsewhere gives 6.51");
    expect(zh).toContain("按 同一数字在另一处的印刷值 应为 6.51");
  });

  it("a roll-up: the sum of its child rows", () => {
    const [v, en, zh] = via(derived("6.51", { kind: "rollup", column: "total" }, parts));
    expect(v).toBe("rollup");
    expect(en).toContain("but the sum of its child rows gives 6.51");
    expect(zh).toContain("按 下级行之和 应为 6.51");
  });

  it("a decomposition: its formula; one not listed: its id", () => {
    const [v, en] = via(sum);
    expect(v).toBe("nature.total");
    expect(en).toContain("but total = basic + project gives 6.51");
    const [w, en2, zh2] = via(derived("6.51", { kind: "decomposition", id: "my.own" }, parts));
    expect(w).toBe("my.own");
    expect(en2).toContain("but my.own gives 6.51");
    expect(zh2).toContain("按 my.own 应为 6.51");
  });

  it("the incomplete and rounding wordings", () => {
    const f = (status: string): Finding => ({
      ruleId: "nature",
      severity: "info",
      outcome: "fail",
      params: {
        status,
        via: "rollup",
        expected: "6.51",
        actual: "6.5",
        difference: "0.01",
        unit: "万元",
      },
      evidence: [],
      path: printed.source,
    });
    expect(natureRule.message(f("incomplete"), labels)).toEqual({
      "zh-CN":
        "【expenditure】合计行「total」列 为 6.5，按 下级行之和 得 6.51（），但该表有未能识别的行或列，无法判断。",
      en: '[expenditure] total row, column "total" is 6.5 and the sum of its child rows gives 6.51 (), but the table has rows or columns the reader could not place: not checked.',
    });
    expect(natureRule.message(f("rounding"), labels)).toEqual({
      "zh-CN":
        "【expenditure】合计行「total」列 为 6.5，按 下级行之和 应为 6.51（），相差 0.01万元，可由不同精度的四舍五入解释。",
      en: '[expenditure] total row, column "total" is 6.5; by the sum of its child rows it should be 6.51 (); the difference 0.01 万元 is within rounding of the printed precisions.',
    });
  });
});
