import {
  type Amount,
  convertAmount,
  formatAmount,
  subtractAmounts,
  zeroAmount,
} from "../../amount";
import type { SourceCell } from "../../facts";
import type { Locale, Localized } from "../../locale";
import { type AnyFact, sourcesOf } from "../derive";
import { flatSources } from "../derived";
import { evidenceOf } from "../evidence";
import type { MessageLabels } from "../labels";
import type { Finding, RuleResult, Severity } from "../types";

/** An amount param as printed, grouped by thousands; `""` when there is no value. @internal */
export const fmt = (a: Amount | null): string =>
  a === null ? "" : formatAmount(a, { grouping: true });

/**
 * An amount param in a message: as printed (with its unit when the two figures of the finding are
 * printed in different units), or the word for "no value" (空 / blank). @internal
 */
export const amountOf = (f: Finding, key: string, locale: Locale): string => {
  const v = p(f, key);
  if (v === "") return locale === "en" ? "blank" : "空";
  const unit = p(f, `${key}Unit`);
  return unit === "" ? v : locale === "en" ? `${v} ${unit}` : `${v}${unit}`;
};

/**
 * A finding about two statements of one quantity (expected vs actual): its path is the actual
 * statement's first cell, its evidence `[actual, expected]`. @internal
 */
export function mismatchFinding(
  ruleId: string,
  severity: Severity,
  expected: AnyFact,
  actual: AnyFact,
  extra: Readonly<Record<string, string | number>> = {},
): Finding {
  const e = expected.value;
  const a = actual.value;
  // A blank counts as zero here, as in the comparison that found the difference.
  const diff =
    e === null && a === null
      ? null
      : subtractAmounts(a ?? zeroAmount((e ?? a)?.unit), e ?? zeroAmount((a ?? e)?.unit));
  const unitSource = diff ?? a ?? e;
  // `expected`, `actual` and `difference` are stated in one unit (the difference's, the finer of
  // the two); the params keep each figure as printed, with its own unit when the units differ.
  const unit = unitSource?.unit;
  const inUnit = (x: Amount | null) =>
    x === null || unit === undefined ? x : convertAmount(x, unit);
  const ex = inUnit(e);
  const ac = inUnit(a);
  const mixed = e !== null && a !== null && e.unit !== a.unit;
  const primary: SourceCell | undefined = sourcesOf(actual)[0];
  return {
    ruleId,
    severity,
    outcome: "fail",
    params: {
      expected: fmt(e),
      actual: fmt(a),
      difference: diff === null ? "" : fmt(diff),
      unit: unit ?? "",
      ...(mixed ? { expectedUnit: e.unit, actualUnit: a.unit } : {}),
      ...extra,
    },
    evidence: [evidenceOf(actual), evidenceOf(expected)],
    ...(primary === undefined ? {} : { path: primary }),
    ...(ex === null ? {} : { expected: ex.value }),
    ...(ac === null ? {} : { actual: ac.value }),
    ...(diff === null ? {} : { difference: diff.value }),
    ...(unit === undefined ? {} : { unit }),
  };
}

/**
 * The finding's own cell (its path), named; empty when it has none. Where the statement it is
 * about is a sum of several cells (a derived statement, whose first cell the path is), it is named
 * as the sum of its printed cells, never as that one cell (`row 301 … is 5,364.76` for 301 + 302 +
 * 303 + 310).
 * @internal
 */
export const atOf = (f: Finding, labels: MessageLabels, withValue = true): Localized => {
  if (f.path === undefined) return L("", "");
  const own = f.evidence[0];
  const first = own?.sources[0];
  if (
    own?.derived === true &&
    own.sources.length > 1 &&
    first !== undefined &&
    sameCell(first, f.path)
  ) {
    const cells = labels.cells(own.sources);
    return L(`${cells["zh-CN"]} 之和`, `The sum of ${cells.en}`);
  }
  return labels.cell(f.path, withValue);
};

const sameCell = (a: SourceCell, b: SourceCell) =>
  a.table === b.table && a.row === b.row && a.column === b.column;

/** The cells a compared figure comes from (the second evidence of a mismatch), named. @internal */
export const fromOf = (f: Finding, labels: MessageLabels): Localized =>
  labels.cells(f.evidence[1]?.sources ?? []);

/** The message of an insufficient-data finding: the rule's title and what the tables lack. @internal */
export const insufficientMessage = (title: Localized, need: Localized): Localized =>
  L(
    `${title["zh-CN"]}：缺少${need["zh-CN"]}，无法检查。`,
    `${title.en}: not checked, the tables lack ${need.en}.`,
  );

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

/** The printed cells of a list of facts (the derivations' own {@link flatSources}). @internal */
export const cellsOf: (facts: readonly AnyFact[]) => SourceCell[] = flatSources;

/**
 * The year of a catalog (or mapping) when the document states another year: codes are added,
 * retired and renamed between years, so what that catalog does not confirm is unverified, not
 * wrong. `undefined` when the years agree or the document's is not known. @internal
 */
export function otherCatalogYear(catalogYear: number, documentYear: number): number | undefined {
  return Number.isInteger(documentYear) && documentYear > 0 && catalogYear !== documentYear
    ? catalogYear
    : undefined;
}

/** The finding's outcome is insufficient-data: the rule's, when nothing failed. @internal */
export function unverifiedOutcome(
  findings: readonly Finding[],
  outcome: RuleResult["outcome"],
): RuleResult["outcome"] {
  return outcome === "pass" && findings.some((f) => f.outcome === "insufficient-data")
    ? "insufficient-data"
    : outcome;
}

/** A finding of a rule on one cell, with no evidence. @internal */
export function plain(
  ruleId: string,
  severity: Severity,
  cell: SourceCell,
  params: Record<string, string | number> = {},
): Finding {
  return {
    ruleId,
    severity,
    outcome: "fail",
    params,
    evidence: [],
    path: cell,
  };
}
