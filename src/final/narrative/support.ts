import {
  type Amount,
  compareAmounts,
  convertAmount,
  isNegative,
  isZero,
  parseAmount,
  percentage,
  subtractAmounts,
} from "../../amount";
import {
  addValues,
  compareValues,
  divideValues,
  multiplyValues,
  subtractValues,
} from "../../amount/decimal";
import { type Span, spanAgreement, spanEnds, spanOf } from "../../amount/span";
import { finerUnit } from "../../amount/units";
import type { Concept, Coordinates, Fact } from "../../facts";
import type { Locale, Localized } from "../../locale";
import { outcomeOf } from "../../rules/builtin/shared";
import type { TextCoverage } from "../../rules/coverage";
import { evidenceOf } from "../../rules/evidence";
import { groupOf } from "../../rules/groups";
import { perCheck } from "../../rules/per-check";
import type { Finding, Rule, RuleContext, Severity } from "../../rules/types";
import { inTemplateOrder } from "../../templates/order";
import { finalTextCoverage } from "./coverage";
import { paragraphsOf } from "./paragraphs";
import { readFinalText } from "./read";
import type { FinalNarrative } from "./types";

/**
 * Each text section's paragraphs (its lines a PDF wrapped joined), once per check: the reader, the
 * coverage and the rules that read the text whole share them. @internal
 */
export const sectionParagraphs = /*#__PURE__*/ perCheck((ctx) =>
  ctx.disclosure.texts.map((t) => paragraphsOf(t.body.split("\n"))),
);

/** The reading of the checked disclosure's text sections (all of them, one text), once per check. */
const readingOf = /*#__PURE__*/ perCheck((ctx) =>
  readFinalText(sectionParagraphs(ctx), ctx.disclosure.meta.year),
);

/** The 决算 narrative of the checked disclosure (all its text sections), read once per check. @internal */
export const narrativeOf = (ctx: RuleContext): FinalNarrative => readingOf(ctx).narrative;

/** What the 决算 narrative reader understood of each text section, for the report's coverage. @internal */
export const finalTexts = (ctx: RuleContext): TextCoverage[] =>
  finalTextCoverage(ctx.disclosure.texts, sectionParagraphs(ctx), readingOf(ctx).reads);

/**
 * The printed (not derived) fact with a value at these coordinates, from the table first in the
 * template (whatever order the tables are bound in). @internal
 */
export function printed(ctx: RuleContext, concept: Concept, coords: Coordinates): Fact | undefined {
  return printedAll(ctx, concept, coords)[0];
}

/**
 * Every printed (not derived) fact with a value at these coordinates, in the template's order of
 * their tables: a figure of the text agreeing with any of them is no error of the text (two tables
 * that disagree are the tables' own finding). @internal
 */
export function printedAll(
  ctx: RuleContext,
  concept: Concept,
  coords: Coordinates,
): readonly Fact[] {
  const facts = (groupOf(ctx, concept, coords) ?? []).filter(
    (f): f is Fact => !("via" in f) && f.value !== null,
  );
  return inTemplateOrder(ctx.template, facts, (f) => f.source.table);
}

/**
 * How a figure of the text agrees with a figure of the tables (or one worked out from printed
 * figures), whatever unit each is printed in: `equal`, `rounding` (within half a unit of the coarser
 * printed precision: the text may round a table in 元 to 万元, `307.82` of `3,078,234.00`; a change
 * in 亿元 moves last year's figure by up to half its last digit), or `differ`; see
 * {@link spanAgreement}. @internal
 */
export const agreement = (
  text: Amount | Span,
  table: Amount | Span,
): "equal" | "rounding" | "differ" => spanAgreement(text, table);

/** `part ÷ whole × 100` rounded half-up to the printed percentage's decimals; absent on a zero whole. @internal */
export function percentOf(part: Amount, whole: Amount, printedPercent: string): string | undefined {
  if (isZero(whole)) return undefined;
  const dot = printedPercent.indexOf(".");
  const decimals = dot < 0 ? 0 : printedPercent.length - dot - 1;
  const r = percentage(part, whole, { decimals });
  return r.ok ? r.value : undefined;
}

/**
 * How a printed percentage agrees with `part ÷ whole × 100`: `equal` when the printed figures
 * give it (rounded half-up to its decimals), `rounding` when only some exact values printing as
 * `part` and `whole` give it (each within its printed rounding, the XBRL Calculations 1.1 model:
 * the text may compute on a table's finer figures, `0.39` 万元 of `3,912.00` 元 being 100.00%, or on
 * figures it rounds, `51.32 ÷ 52.00` printed `98.70%`), else `differ`; `undefined` on a zero
 * whole. Either may be worked out from printed figures (last year's, `12345.67万元 − 0.12亿元`): its
 * range is then every printed figure's rounding; one that may be zero or less bounds no rate from
 * above. A negative figure has no rounding interval here. @internal
 */
export function percentAgreement(
  partPrinted: Amount | Span,
  wholePrinted: Amount | Span,
  printedPercent: string,
): "equal" | "rounding" | "differ" | undefined {
  const part = spanOf(partPrinted).value;
  const whole = spanOf(wholePrinted).value;
  const computed = percentOf(part, whole, printedPercent);
  if (computed === undefined) return undefined;
  if (samePercent(computed, printedPercent)) return "equal";
  if (isNegative(part) || isNegative(whole)) return "differ";
  const p = spanEnds(partPrinted);
  const q = spanEnds(wholePrinted);
  const unit = finerUnit(p.low.unit, q.low.unit);
  const at = (a: Amount) => convertAmount(a, unit).value;
  if (compareValues(at(q.high), "0") <= 0) return "differ";
  const pct = parseAmount(printedPercent, "元");
  if (!pct.ok || pct.value === null) return "differ";
  const dot = printedPercent.indexOf(".");
  const d = dot < 0 ? 0 : printedPercent.length - dot - 1;
  // the quotients' range ×100, to six digits past the percentage's (truncated: the high end
  // one unit of its last digit up), against the percentage's own rounding interval
  const low = divideValues(multiplyValues(at(p.low), "100"), at(q.high), d + 6, "truncate");
  const unbounded = compareValues(at(q.low), "0") <= 0;
  const high = unbounded
    ? undefined
    : divideValues(multiplyValues(at(p.high), "100"), at(q.low), d + 6, "truncate");
  const step = d === 0 ? "0.5" : `0.${"0".repeat(d)}5`;
  const ulp = `0.${"0".repeat(d + 5)}1`;
  const fits =
    compareValues(low, addValues(pct.value.value, step, d + 1)) <= 0 &&
    (high === undefined ||
      compareValues(addValues(high, ulp, d + 6), subtractValues(pct.value.value, step, d + 1)) >=
        0);
  return fits ? "rounding" : "differ";
}

/** Whether two percentages as printed state the same number (`0` and `0.00`). @internal */
export function samePercent(a: string, b: string): boolean {
  const x = parseAmount(a, "元");
  const y = parseAmount(b, "元");
  return (
    x.ok && y.ok && x.value !== null && y.value !== null && compareAmounts(x.value, y.value) === 0
  );
}

/** A finding about the narrative: its kind and the text it is about, figures as printed. @internal */
export function textFinding(
  ruleId: string,
  severity: Severity,
  kind: string,
  text: string,
  values: Readonly<Record<string, string>>,
  facts: readonly Fact[] = [],
  amounts?: { readonly actual: Amount; readonly expected: Amount },
): Finding {
  // Both figures and their difference in the finer of their units (a text in 亿元 or 万元 against
  // a table in 万元 or 元), so `actual`, `expected` and `unit` agree.
  const unit =
    amounts === undefined ? undefined : finerUnit(amounts.actual.unit, amounts.expected.unit);
  const both =
    amounts === undefined || unit === undefined
      ? undefined
      : {
          actual: convertAmount(amounts.actual, unit),
          expected: convertAmount(amounts.expected, unit),
        };
  const diff = both === undefined ? undefined : subtractAmounts(both.actual, both.expected);
  const snippet = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return {
    ruleId,
    severity,
    outcome: "fail",
    params: { kind, text: snippet, ...values },
    evidence: facts.map(evidenceOf),
    ...(facts[0] === undefined ? {} : { path: facts[0].source }),
    ...(both === undefined
      ? {}
      : {
          actual: both.actual.value,
          expected: both.expected.value,
          ...(diff === undefined ? {} : { difference: diff.value, unit: diff.unit }),
        }),
  };
}

/**
 * An amount as a finding's parameter: in 万元, the unit the messages print (a table's cell in 元
 * keeps its precision: `3,078,234.00` 元 is `307.823400`, which {@link wan} prints `307.8234`). @internal
 */
export const w = (a: Amount): string => convertAmount(a, "万元").value;

/** A parameter of a finding as a string. @internal */
export const param = (f: Finding, key: string): string => String(f.params[key] ?? "");

/**
 * An amount parameter in 万元 as a message prints it: a figure the text printed in 元 is read in
 * 万元 with four more decimals (its precision kept in the parameter: `2946.250000`) and prints
 * without the zeros past two decimals (`2946.25`; `2946.2513` stays). @internal
 */
export function wan(f: Finding, key: string): string {
  const v = param(f, key);
  const dot = v.indexOf(".");
  if (dot < 0) return v;
  let end = v.length;
  while (end > dot + 3 && v[end - 1] === "0") end--;
  return v.slice(0, end);
}

/** Both locales of a message. @internal */
export const L = (zh: string, en: string): Localized => ({ "zh-CN": zh, en });

/** The message of a finding, by its `kind`, from a table of both locales' templates. @internal */
export function messageBy(
  templates: Readonly<Record<string, (f: Finding, locale: Locale) => string>>,
): (f: Finding) => Localized {
  return (f) => {
    const t = templates[param(f, "kind")];
    if (t === undefined) return L(param(f, "text"), param(f, "text"));
    return { "zh-CN": t(f, "zh-CN"), en: t(f, "en") };
  };
}

/** What a 决算 narrative rule checks: it pushes findings and says whether anything was compared. @internal */
export type Check = (ctx: RuleContext, severity: Severity, out: Finding[]) => boolean;

/** A rule over the 决算 narrative (a warning by default), from its id, title, reads, messages and check. @internal */
export function narrativeRule(
  id: string,
  title: [string, string],
  reads: readonly string[],
  templates: Readonly<Record<string, (f: Finding, locale: Locale) => string>>,
  check: Check,
  texts?: (ctx: RuleContext) => readonly TextCoverage[],
): Rule {
  return {
    id,
    severity: "warning",
    domain: "narrative (决算)",
    reads,
    title: L(title[0], title[1]),
    message: messageBy(templates),
    check: (ctx, severity) => {
      const findings: Finding[] = [];
      const applicable = check(ctx, severity, findings);
      const outcome = outcomeOf(findings, applicable);
      if (texts === undefined) return { outcome, findings, checked: [] };
      return { outcome, findings, checked: [], texts: texts(ctx) };
    },
  };
}

/** Whether a message renders in Chinese. @internal */
export const zh = (l: Locale): boolean => l === "zh-CN";

/** The finding's quoted text (its `text` param in “ ”). @internal */
export const q = (f: Finding): string => `“${param(f, "text")}”`;
