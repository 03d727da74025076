import {
  type Amount,
  addAmounts,
  amount,
  amountsEqual,
  compareAmounts,
  isNegative,
  isZero,
  percentage,
  subtractAmounts,
  sumAmounts,
  zeroAmount,
} from "../../amount";
import { absAmount } from "../../amount/arithmetic";
import { type CoordinatePattern, factKey } from "../../facts";
import { L, outcomeOf, p } from "../../rules/builtin/shared";
import type { Finding, Rule, RuleContext } from "../../rules/types";
import type { Claim, ClaimSubject, Span } from "../types";
import { half, percentWithinRounding } from "./compare";
import { paragraphsIn, rangeOf } from "./layout";
import { phrase, readTexts, type SectionReading, tableValue } from "./read";
import { textAt, textFinding } from "./shared";
import { partsOf, textDecompositions } from "./subjects";

/** A change the text states: where, of what, whether it is none, and how large it is. */
interface Stated {
  readonly subject: ClaimSubject;
  readonly span: Span;
  readonly paragraph: number;
  readonly zero: boolean;
  /** `from0` (from nothing to something), a percentage at least the threshold, or undefined. */
  readonly large?: string;
  /** The change as an amount (0 when none), when the text states it as one. */
  readonly delta?: Amount;
  /** The change as a growth rate (`增长16.08%`) and this year's figure, when stated so. */
  readonly rate?: { readonly percent: string; readonly now: Amount };
}

const key = (s: ClaimSubject) => factKey(s.concept, s.coords);
/** A subject's changes: none or explained, not, not stated, or stated only in some parts, each explained. */
type Explained = boolean | "partial" | undefined;
const nulls = (coords: CoordinatePattern["coords"]) => Object.values(coords).includes(null);

/** The changes of a section, with their size against last year's figure where it is known. */
function changesOf(ctx: RuleContext, read: SectionReading, threshold: Amount): Stated[] {
  const paragraphs = paragraphsIn(read);
  const claims = read.reading.claims;
  const current = new Map<string, Amount>();
  const execution = new Map<string, Amount>();
  const out: Stated[] = [];
  const large = (part: Amount, whole: Amount | undefined): string | undefined => {
    if (whole === undefined) return undefined;
    if (!isNegative(whole) && !isZero(whole)) {
      const pct = percentage(absAmount(part), whole, { decimals: 2 });
      return pct.ok && compareAmounts(amount(pct.value), threshold) >= 0 ? pct.value : undefined;
    }
    return isZero(part) ? undefined : "from0";
  };
  for (const c of claims as readonly Claim[]) {
    if (c.kind === "amount" && c.period === "current" && c.relation === "equals") {
      (c.basis === "execution" ? execution : current).set(key(c.subject), c.value);
      continue;
    }
    if (c.kind === "amount" && c.basis === "execution") execution.set(key(c.subject), c.value);
    const paragraph = rangeOf(paragraphs, c.span);
    if (c.kind === "change") {
      const zero = c.direction === "flat" || (c.delta !== undefined && isZero(c.delta));
      const k = key(c.subject);
      const now = current.get(k) ?? tableValue(ctx, c.subject, "current");
      const previous =
        c.delta === undefined
          ? undefined
          : c.against === "execution"
            ? execution.get(k)
            : now === undefined
              ? undefined
              : subtractAmounts(now, c.delta);
      const size = zero || c.delta === undefined ? undefined : large(c.delta, previous);
      const delta = c.direction === "flat" ? zeroAmount("万元") : c.delta;
      out.push({
        subject: c.subject,
        span: c.span,
        paragraph,
        zero,
        ...(size === undefined ? {} : { large: size }),
        ...(delta === undefined ? {} : { delta }),
      });
    } else if (c.kind === "percent" && c.relation === "growth") {
      const at = compareAmounts(amount(c.percent), threshold) >= 0;
      const now = current.get(key(c.subject)) ?? tableValue(ctx, c.subject, "current");
      out.push({
        subject: c.subject,
        span: c.span,
        paragraph,
        zero: isZero(amount(c.percent)),
        ...(at ? { large: c.percent } : {}),
        ...(now === undefined ? {} : { rate: { percent: c.percent, now } }),
      });
    }
  }
  return out;
}

/**
 * A change large enough to need a reason gives one: when it is at least `threshold` percent of
 * last year's figure (default 10%) or grows from nothing, the paragraph that states it (or the
 * next paragraph, when that one only gives reasons: `财政拨款收入支出增加的主要原因是…`) has a 主要原因;
 * or the change is that of its parts (三公 = 出国 + 车辆 + 接待) and each part that changed is
 * explained. A change without any reason is a warning; an empty reason is `narrative.reason`'s.
 * @internal
 */
export function changeReasonRule(threshold = "10"): Rule {
  const limit = amount(threshold);
  return {
    id: "narrative.changeReason",
    severity: "warning",
    domain: "wording",
    reads: ["changes in text sections", "reasons (主要原因)", "profile decompositions"],
    title: L("较大的增减说明原因", "A large change gives its reason"),
    message: (f) => {
      const at = textAt(f);
      const size =
        p(f, "percent") === "from0"
          ? L("由零增加", "grows from nothing")
          : L(
              `变动为上年的 ${p(f, "percent")}%（不低于 ${p(f, "threshold")}%）`,
              `changes by ${p(f, "percent")}% of last year's figure (at least ${p(f, "threshold")}%)`,
            );
      return L(
        `${at["zh-CN"]} ${size["zh-CN"]}，但没有说明原因。`,
        `${at.en} ${size.en}, but no reason is given.`,
      );
    },
    check: (ctx, severity) => {
      const findings: Finding[] = [];
      let large = 0;
      const decompositions = textDecompositions(ctx);
      for (const read of readTexts(ctx)) {
        const stated = changesOf(ctx, read, limit);
        const paragraphs = paragraphsIn(read);
        const reasons = new Set<number>();
        const figures = new Set<number>();
        for (const r of read.reading.remarks)
          if (r.kind === "reason") reasons.add(rangeOf(paragraphs, r.span));
        for (const c of read.reading.claims) figures.add(rangeOf(paragraphs, c.span));
        const explainedAt = (i: number) =>
          reasons.has(i) || (reasons.has(i + 1) && !figures.has(i + 1));
        const byKey = new Map<string, Stated[]>();
        for (const s of stated) {
          const list = byKey.get(key(s.subject));
          if (list === undefined) byKey.set(key(s.subject), [s]);
          else list.push(s);
        }
        // Whether a subject's changes are none or explained, from its own words or its parts'
        // (each subject worked out once per depth; undefined: the text states none of it;
        // `partial`: not stated itself, and the parts the text states are each none or explained).
        const memo = new Map<string, Explained>();
        // A part has every coordinate of its whole (no part of a decomposition drops one): a
        // subject with a coordinate no stated change has leads to none, and its parts need no
        // search (三公 by fund × nature × item: thousands of subjects, none stated).
        const stays = decompositions.every((d) => d.children.every((c) => !nulls(c.coords)));
        const dims = new Set(stated.flatMap((s) => Object.keys(s.subject.coords)));
        const hopeless = (s: ClaimSubject) =>
          stays && Object.keys(s.coords).some((d) => !dims.has(d));
        const ownDelta = (s: ClaimSubject): Amount | undefined =>
          byKey.get(key(s))?.find((x) => x.delta !== undefined)?.delta;
        // Whether the parts' changes make up the subject's, however the text states it: as an
        // amount (`增加134.22万元`), or only as a rate (`增长16.08%`) the parts' sum gives from this
        // year's figure, within the printed figures' rounding.
        const makesUp = (s: ClaimSubject, sum: Amount): boolean | undefined => {
          const whole = ownDelta(s);
          if (whole !== undefined) return amountsEqual(sum, whole);
          const rate = byKey.get(key(s))?.find((x) => x.rate !== undefined)?.rate;
          if (rate === undefined || isZero(sum)) return undefined;
          const base = subtractAmounts(rate.now, sum);
          if (isNegative(base) || isZero(base)) return undefined;
          return percentWithinRounding(
            rate.percent,
            absAmount(sum),
            base,
            half(sum),
            addAmounts(half(rate.now), half(sum)),
          );
        };
        // The change the text states of a subject, or the sum of its stated parts' (the parts it
        // does not state are taken as unchanged).
        // (each subject worked out once per depth, as `state` below: the parts' parts are shared)
        const deltas = new Map<string, Amount | undefined>();
        const deltaOf = (s: ClaimSubject, depth: number): Amount | undefined => {
          const k = key(s);
          if (byKey.has(k)) return ownDelta(s);
          if (depth > 4 || hopeless(s)) return undefined;
          const at = `${depth}|${k}`;
          if (deltas.has(at)) return deltas.get(at);
          let out: Amount | undefined;
          for (const list of partsOf(s, decompositions)) {
            const ds = list.flatMap((x) => {
              const d = deltaOf(x, depth + 1);
              return d === undefined ? [] : [d];
            });
            if (ds.length > 0) {
              out = sumAmounts(ds);
              break;
            }
          }
          deltas.set(at, out);
          return out;
        };
        const state = (s: ClaimSubject, depth: number): Explained => {
          const at = `${depth}|${key(s)}`;
          if (memo.has(at)) return memo.get(at);
          const own = byKey.get(key(s));
          const out =
            own === undefined
              ? parts(s, depth)
              : own.every((x) => x.zero) ||
                own.some((x) => explainedAt(x.paragraph)) ||
                parts(s, depth) === true;
          memo.set(at, out);
          return out;
        };
        // Whether the parts of the first decomposition whose parts the text all states are each
        // none or explained; or, where it states some of them, each none or explained and (for a
        // subject whose change it states) adding up to that change: the rest did not change
        // (`“三公”经费…减少1.00万元。公务接待费减少2万元，主要原因是…；公务用车运行维护费增加1万元，
        // 主要原因是…`).
        const parts = (s: ClaimSubject, depth: number): Explained => {
          if (depth > 4 || hopeless(s)) return undefined;
          let partial: Explained;
          for (const list of partsOf(s, decompositions)) {
            const states = list.map((x) => state(x, depth + 1));
            if (states.every((x) => x === true || x === false)) return states.every((x) => x);
            if (states.every((x) => x === undefined) || states.some((x) => x === false)) continue;
            // a part the text states a change of below it, not explained there, is not unchanged
            const ds = list.map((x) => deltaOf(x, depth + 1));
            if (states.some((x, i) => x === undefined && ds[i] !== undefined)) continue;
            const stated = ds.flatMap((d) => (d === undefined ? [] : [d]));
            const made = makesUp(s, sumAmounts(stated));
            if (made === undefined) partial = "partial";
            else if (made) return true;
          }
          return partial;
        };
        const seen = new Set<string>();
        const spans = new Set<string>();
        const spanOf = (s: Stated) => `${s.span.start}-${s.span.end}`;
        // `收支预算…比上年增加…。收入预算…其中一般公共预算拨款收入…增加…，主要原因是…`: one figure
        // of two measures' changes (收 and 支, equal in a budget) is explained when either is.
        const byParts = new Set<string>();
        for (const s of stated)
          if (s.large !== undefined && parts(s.subject, 0) === true) byParts.add(spanOf(s));
        for (const s of stated) {
          if (s.large === undefined) continue;
          const k = `${s.paragraph}|${key(s.subject)}`;
          if (seen.has(k)) continue;
          seen.add(k);
          large++;
          const at = spanOf(s);
          if (explainedAt(s.paragraph) || byParts.has(at)) continue;
          // `收支…各增加…`: one figure, two measures' changes: one finding.
          if (spans.has(at)) continue;
          spans.add(at);
          findings.push(
            textFinding(
              "narrative.changeReason",
              severity,
              read,
              s.span,
              phrase(read.section.body, s.span),
              { percent: s.large, threshold },
            ),
          );
        }
      }
      return { outcome: outcomeOf(findings, large > 0), findings, checked: [] };
    },
  };
}
