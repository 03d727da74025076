import {
  type Amount,
  amount,
  compareAmounts,
  formatAmount,
  percentage,
  subtractAmounts,
  type Unit,
} from "../../amount";
import { absAmount } from "../../amount/arithmetic";
import { factKey } from "../../facts";
import type { Localized } from "../../locale";
import { L, p } from "../../rules/builtin/shared";
import { isDerived } from "../../rules/derive";
import { evidenceOf } from "../../rules/evidence";
import { groupOf } from "../../rules/groups";
import type { Finding, Rule, RuleContext, Severity } from "../../rules/types";
import { compact } from "../text";
import type { Span } from "../types";
import { rangeOf, sentencesIn } from "./layout";
import { phrase, readTexts, type SectionReading, tableValue } from "./read";
import { textAt, textFinding } from "./shared";

/**
 * A check of the wording or plausibility of a document as data, turned into a rule by
 * {@link hygieneRule}. `message` is a sentence in which `{at}` stands for where it was found and
 * `{0}` for what was found (the doubled words, the percentage, the units, the amount):
 * - `repeated`: a pair of punctuation marks (`。。`, `；。`) or a doubled word (`的的`, `万元万元`);
 * - `percentDecimals`: a percentage printed with more than `max` decimals;
 * - `mixedUnits`: one sentence stating amounts in more than one unit (元 and 万元);
 * - `amountAtLeast`: an amount of a table in `unit` of at least `atLeast` (100亿 in a 万元 table:
 *   a 元 figure typed into it); at `info` when the document's own total is that large;
 * - `changeAbove`: a change of more than `percent` percent of last year's figure.
 *
 * @example
 * ```ts
 * import { HYGIENE } from "yusuan/narrative";
 * HYGIENE.map((h) => h.kind); // ["repeated", "percentDecimals", "mixedUnits", "amountAtLeast", "changeAbove"]
 * ```
 */
export type Hygiene = {
  readonly id: string;
  readonly severity: Severity;
  readonly title: Localized;
  readonly message: Localized;
} & (
  | {
      readonly kind: "repeated";
      readonly marks: readonly string[];
      readonly words: readonly string[];
      /**
       * For a one-character word of `words`, the characters that make it one word with the
       * character before it (`before`: 目 of `目的的`) or after it (`after`: 解 of `为了了解`):
       * its doubling there is two words meeting, never flagged.
       */
      readonly joins?: Readonly<
        Record<string, { readonly before?: string; readonly after?: string }>
      >;
    }
  | { readonly kind: "percentDecimals"; readonly max: number }
  | { readonly kind: "mixedUnits" }
  | { readonly kind: "amountAtLeast"; readonly unit: Unit; readonly atLeast: string }
  | { readonly kind: "changeAbove"; readonly percent: string }
);

/**
 * The built-in wording and plausibility checks, low in severity: doubled punctuation or words
 * (warning), a percentage with more than two decimals and mixed units in a sentence (info), an
 * amount of at least 100亿 in a 万元 table (warning: a unit slip), a change of more than 50% of
 * last year's figure (info).
 *
 * @example
 * ```ts
 * import { HYGIENE } from "yusuan/narrative";
 * HYGIENE.find((h) => h.id === "plausibility.unitSlip")?.severity; // "warning"
 * ```
 */
export const HYGIENE: readonly Hygiene[] = [
  {
    id: "hygiene.repeated",
    severity: "warning",
    kind: "repeated",
    marks: [
      "。。",
      "，，",
      "；；",
      "、、",
      "：：",
      "；。",
      "，。",
      "。，",
      "，；",
      "；，",
      "、。",
      "、，",
      "，、",
      "。；",
      "：。",
    ],
    // One character doubled is most often two words meeting (`和和谐`, `以及及时`, `存在在建`,
    // `针对对口`, `合并并入`): only 的 and 了 are looked for, and not where they join a word.
    words: ["的", "了", "万元", "支出", "预算", "收入", "经费"],
    joins: {
      // `目的的实现`, `标的的`, `的的确确`, `的士`
      的: { before: "目标", after: "确士" },
      // `为了了解`, `完成了了结`, `一目了然`, `了却`, `了如指掌`, `了不起`, `了无`
      了: { after: "解结然却断如不无得" },
    },
    title: /*#__PURE__*/ L("没有重复的标点或字词", "No doubled punctuation or words"),
    message: /*#__PURE__*/ L("{at} 中有重复的“{0}”。", '{at} doubles "{0}".'),
  },
  {
    id: "hygiene.percentDecimals",
    severity: "info",
    kind: "percentDecimals",
    max: 2,
    title: /*#__PURE__*/ L("百分比至多两位小数", "Percentages with at most two decimals"),
    message: /*#__PURE__*/ L(
      "{at} 的百分比 {0}% 多于两位小数。",
      "{at}: the percentage {0}% has more than two decimals.",
    ),
  },
  {
    id: "hygiene.mixedUnits",
    severity: "info",
    kind: "mixedUnits",
    title: /*#__PURE__*/ L("一句中金额单位一致", "One unit of money a sentence"),
    message: /*#__PURE__*/ L("{at} 一句中混用了 {0}。", "{at} mixes {0} in one sentence."),
  },
  {
    id: "plausibility.unitSlip",
    severity: "warning",
    kind: "amountAtLeast",
    unit: "万元",
    atLeast: "1000000",
    title: /*#__PURE__*/ L(
      "万元表中没有百亿以上的金额",
      "No amount of 100亿 or more in a 万元 table",
    ),
    message: /*#__PURE__*/ L(
      "{at} 为 {0}，在万元表中达百亿以上：是否把元填进了万元表？",
      "{at} is {0}, 100亿 or more in a 万元 table: a figure in 元 typed into it?",
    ),
  },
  {
    id: "plausibility.largeChange",
    severity: "info",
    kind: "changeAbove",
    percent: "50",
    title: /*#__PURE__*/ L("与上年相比变动不超过一半", "A change of at most half of last year's"),
    message: /*#__PURE__*/ L(
      "{at} 的变动为上年的 {0}%，超过一半。",
      "{at} changes by {0}% of last year's figure, more than half.",
    ),
  },
];

/**
 * A place and what was found there, before it is made a finding: words of a text section, or a
 * table cell (its finding made already, at a severity of its own where the cell's size calls for it).
 */
type Hit =
  | { readonly read: SectionReading; readonly span: Span; readonly found: string }
  | {
      readonly found: string;
      readonly finding: Omit<Finding, "ruleId" | "severity">;
      readonly severity?: Severity;
    };

function repeated(
  read: SectionReading,
  marks: readonly string[],
  words: readonly string[],
  joins: Extract<Hygiene, { kind: "repeated" }>["joins"] = {},
): Hit[] {
  const body = read.section.body;
  const c = compact(body);
  const hits: { span: Span; found: string }[] = [];
  for (const pattern of [...marks, ...words.map((w) => w + w)]) {
    const join = pattern.length === 2 ? joins[pattern.charAt(0)] : undefined;
    for (let i = c.text.indexOf(pattern); i >= 0; i = c.text.indexOf(pattern, i + pattern.length)) {
      // `为了了解`: the second begins a word; `目的的`: the first ends one
      if (
        join !== undefined &&
        ((i > 0 && join.before?.includes(c.text.charAt(i - 1)) === true) ||
          (i + 2 < c.text.length && join.after?.includes(c.text.charAt(i + 2)) === true))
      )
        continue;
      const start = c.at[i] ?? 0;
      const end = (c.at[i + pattern.length - 1] ?? start) + 1;
      hits.push({ span: { start, end, text: body.slice(start, end) }, found: pattern });
    }
  }
  return hits.sort((a, b) => a.span.start - b.span.start).map((h) => ({ read, ...h }));
}

function percentDecimals(read: SectionReading, max: number): Hit[] {
  const printed = [
    ...read.reading.claims.flatMap((c) =>
      c.kind === "percent" ? [{ span: c.span, value: c.percent }] : [],
    ),
    ...read.reading.unplaced.flatMap((u) =>
      u.span.text.endsWith("%")
        ? [{ span: u.span, value: u.span.text.replace(/[%\s]/gu, "") }]
        : [],
    ),
  ];
  return printed
    .filter((x) => (x.value.split(".")[1] ?? "").length > max)
    .map((x) => ({ read, span: x.span, found: x.value }));
}

function mixedUnits(read: SectionReading): Hit[] {
  const sentences = sentencesIn(read);
  const seen = new Map<number, { units: Set<string>; span?: Span }>();
  const note = (span: Span, unit: string) => {
    const i = rangeOf(sentences, span);
    let e = seen.get(i);
    if (e === undefined) {
      e = { units: new Set() };
      seen.set(i, e);
    }
    if (e.units.has(unit)) return;
    e.units.add(unit);
    if (e.units.size === 2) e.span = span;
  };
  for (const c of read.reading.claims)
    if (c.kind === "amount" && c.relation !== "none") note(c.span, c.value.unit);
  for (const u of read.reading.unplaced) {
    if (!u.carriesAmount || u.reason === "threshold") continue;
    const t = u.span.text;
    note(u.span, t.endsWith("万元") ? "万元" : t.endsWith("亿元") ? "亿元" : "元");
  }
  return [...seen.values()].flatMap((e) =>
    e.span === undefined ? [] : [{ read, span: e.span, found: [...e.units].join("、") }],
  );
}

function amountAtLeast(ctx: RuleContext, unit: Unit, atLeast: string): Hit[] {
  const limit = amount(atLeast, unit);
  const totals = ["revenue.total", "spending.total", "revenue", "spending"] as const;
  const big = totals
    .flatMap((concept) => groupOf(ctx, concept, {}) ?? [])
    .some((f) => !isDerived(f) && f.value !== null && compareAmounts(f.value, limit) >= 0);
  const hits: Hit[] = [];
  for (const t of ctx.tables) {
    // A table whose unit line names no known unit: its amounts are of no unit to judge.
    if (t.table.unit !== unit || t.table.unknownUnit !== undefined) continue;
    for (const r of t.rows)
      for (const f of r.facts) {
        if (f.value === null || compareAmounts(absAmount(f.value), limit) < 0) continue;
        hits.push({
          found: `${formatAmount(f.value, { grouping: true })}${f.value.unit}`,
          finding: { outcome: "fail", params: {}, evidence: [evidenceOf(f)], path: f.source },
          ...(big ? { severity: "info" as const } : {}),
        });
      }
  }
  return hits;
}

function changeAbove(ctx: RuleContext, read: SectionReading, above: string): Hit[] {
  const limit = amount(above);
  const current = new Map<string, Amount>();
  const hits: Hit[] = [];
  for (const c of read.reading.claims) {
    const k = "subject" in c ? factKey(c.subject.concept, c.subject.coords) : "";
    if (c.kind === "amount" && c.period === "current" && c.basis === "budget")
      current.set(k, c.value);
    let pct: string | undefined;
    if (c.kind === "change" && c.delta !== undefined && c.against === "budget") {
      const now = current.get(k) ?? tableValue(ctx, c.subject, "current");
      const previous = now === undefined ? undefined : subtractAmounts(now, c.delta);
      // A zero base gives no rate, a base below zero a negative one: neither is large.
      if (previous === undefined) continue;
      const r = percentage(absAmount(c.delta), previous, { decimals: 2 });
      pct = r.ok ? r.value : undefined;
    } else if (c.kind === "percent" && c.relation === "growth") pct = c.percent;
    if (pct !== undefined && compareAmounts(amount(pct), limit) > 0)
      hits.push({ read, span: c.span, found: pct });
  }
  return hits;
}

/**
 * A rule from a {@link Hygiene} definition: not applicable when there is nothing of its kind to
 * look at (no text, no table in its unit), a finding at each place it finds.
 *
 * @example
 * ```ts
 * import { HYGIENE, hygieneRule } from "yusuan/narrative";
 * const [first] = HYGIENE;
 * first === undefined ? undefined : hygieneRule(first).id; // "hygiene.repeated"
 * ```
 */
export function hygieneRule(def: Hygiene): Rule {
  return {
    id: def.id,
    severity: def.severity,
    domain: def.kind === "amountAtLeast" || def.kind === "changeAbove" ? "plausibility" : "wording",
    reads: [
      def.kind === "amountAtLeast" ? `amounts of ${def.unit} tables` : "text sections (情况说明)",
    ],
    title: def.title,
    message: (f, labels) => {
      const at =
        f.path?.table === "text"
          ? textAt(f)
          : f.path === undefined
            ? L("", "")
            : labels.cell(f.path, false);
      const fill = (s: string, locale: "zh-CN" | "en") =>
        s.replace("{at}", at[locale]).replace("{0}", p(f, "found"));
      return L(fill(def.message["zh-CN"], "zh-CN"), fill(def.message.en, "en"));
    },
    check: (ctx, severity) => {
      const hits: Hit[] =
        def.kind === "amountAtLeast"
          ? amountAtLeast(ctx, def.unit, def.atLeast)
          : readTexts(ctx).flatMap((read) =>
              def.kind === "repeated"
                ? repeated(read, def.marks, def.words, def.joins)
                : def.kind === "percentDecimals"
                  ? percentDecimals(read, def.max)
                  : def.kind === "mixedUnits"
                    ? mixedUnits(read)
                    : changeAbove(ctx, read, def.percent),
            );
      const applicable =
        def.kind === "amountAtLeast"
          ? ctx.tables.some((t) => t.table.unit === def.unit && t.table.unknownUnit === undefined)
          : ctx.disclosure.texts.length > 0;
      const findings = hits.map((h): Finding => {
        if ("read" in h)
          return textFinding(
            def.id,
            severity,
            h.read,
            h.span,
            phrase(h.read.section.body, h.span),
            {
              found: h.found,
            },
          );
        return {
          ruleId: def.id,
          severity: h.severity ?? severity,
          ...h.finding,
          params: { found: h.found },
        };
      });
      if (!applicable) return { outcome: "not-applicable", findings: [], checked: [] };
      return {
        outcome: findings.some((f) => f.severity !== "info") ? "fail" : "pass",
        findings,
        checked: [],
      };
    },
  };
}
