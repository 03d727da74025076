import { type Amount, formatAmount, subtractAmounts } from "../../amount";
import type { SourceCell } from "../../facts";
import type { Localized } from "../../locale";
import { type AnyFact, sourcesOf } from "../derive";
import { cellLabel, cellsLabel, evidenceOf } from "../evidence";
import type { Finding, RuleContext, RuleResult, Severity } from "../types";

/** Grouped amount formatting used in messages. @internal */
export const fmt = (a: Amount | null): string =>
  a === null ? "空" : formatAmount(a, { grouping: true });

/** A finding about two statements of one quantity (expected vs actual). @internal */
export function mismatchFinding(
  ruleId: string,
  severity: Severity,
  expected: AnyFact,
  actual: AnyFact,
  ctx: RuleContext,
  extra: Readonly<Record<string, string | number>> = {},
): Finding {
  const e = expected.value;
  const a = actual.value;
  const diff =
    e !== null && a !== null
      ? subtractAmounts(a, e)
      : (a ?? (e === null ? null : subtractAmounts(e, e)));
  const actualCells = sourcesOf(actual);
  const expectedCells = sourcesOf(expected);
  const unitSource = diff ?? a ?? e;
  const primary: SourceCell | undefined = actualCells[0];
  const at =
    primary === undefined ? { "zh-CN": "", en: "" } : cellLabel(primary, ctx.template, false);
  // Blank parts add nothing to a sum: name the printed numbers only (the evidence keeps them all).
  const printedCells = expectedCells.filter((c) => c.raw.trim() !== "");
  const from = cellsLabel(printedCells.length > 0 ? printedCells : expectedCells, ctx.template);
  return {
    ruleId,
    severity,
    outcome: "fail",
    params: {
      expected: fmt(e),
      actual: fmt(a),
      difference: diff === null ? "" : fmt(diff),
      unit: unitSource?.unit ?? "",
      atZh: at["zh-CN"],
      atEn: at.en,
      fromZh: from["zh-CN"],
      fromEn: from.en,
      ...extra,
    },
    evidence: [evidenceOf(actual), evidenceOf(expected)],
    ...(primary === undefined ? {} : { path: primary }),
    ...(e === null ? {} : { expected: e.value }),
    ...(a === null ? {} : { actual: a.value }),
    ...(diff === null ? {} : { difference: diff.value }),
    ...(unitSource === null ? {} : { unit: unitSource.unit }),
  };
}

/** Outcome from findings: fail when any finding is above info. @internal */
export function outcomeOf(
  findings: readonly Finding[],
  applicable: boolean,
): RuleResult["outcome"] {
  if (!applicable) return "not-applicable";
  return findings.some((f) => f.severity !== "info" && f.outcome === "fail") ? "fail" : "pass";
}

/** Both locales from a pair. @internal */
export const L = (zh: string, en: string): Localized => ({ "zh-CN": zh, en });

/** Reads a string param. @internal */
export const p = (f: Finding, key: string): string => String(f.params[key] ?? "");

/** The printed cells of a list of facts. @internal */
export const cellsOf = (facts: readonly AnyFact[]): SourceCell[] =>
  facts.flatMap((f) => sourcesOf(f));
