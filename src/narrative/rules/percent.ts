import {
  type Amount,
  addAmounts,
  amount,
  compareAmounts,
  isNegative,
  isZero,
  percentage,
  subtractAmounts,
} from "../../amount";
import { absAmount } from "../../amount/arithmetic";
import { L, outcomeOf, p } from "../../rules/builtin/shared";
import type { Finding, Rule, Severity } from "../../rules/types";
import type { Claim, PercentClaim } from "../types";
import { half, percentWithinRounding } from "./compare";
import { phrase, readTexts, tableValue } from "./read";
import { distinct, textAt, textFinding } from "./shared";

interface Operands {
  readonly part: Amount;
  readonly whole: Amount;
  /** How far rounding of the printed figures behind `part` and `whole` may move them. */
  readonly partSlack: Amount;
  readonly wholeSlack: Amount;
  /** The direction the figures show, for a growth rate (none for a share, or no change). */
  readonly direction?: "up" | "down" | undefined;
  /** The direction the change word before the rate states (`增加…，下降…%`). */
  readonly word?: "up" | "down" | "flat";
}

const sign = (a: Amount): "up" | "down" | undefined =>
  isZero(a) ? undefined : isNegative(a) ? "down" : "up";

/** The part and whole a percentage recomputes from, with the figures `figure` gives. */
function operands(
  claims: readonly Claim[],
  c: PercentClaim,
  figure: (i: number | undefined) => Amount | undefined,
  current: () => Amount | undefined,
  base: () => Amount | undefined,
): Operands | undefined {
  if (c.relation === "share") {
    const part = figure(c.part);
    const whole = c.whole === undefined ? base() : figure(c.whole);
    return part === undefined || whole === undefined
      ? undefined
      : { part, whole, partSlack: half(part), wholeSlack: half(whole) };
  }
  const change = c.delta === undefined ? undefined : claims[c.delta];
  if (change?.kind === "change") {
    const now = figure(c.current) ?? current();
    if (change.delta === undefined || now === undefined) return undefined;
    return {
      part: absAmount(change.delta),
      whole: subtractAmounts(now, change.delta),
      partSlack: half(change.delta),
      wholeSlack: addAmounts(half(now), half(change.delta)),
      direction: sign(change.delta),
      word: change.direction,
    };
  }
  const previous = figure(c.previous);
  const now = figure(c.current);
  if (previous === undefined || now === undefined) return undefined;
  const d = subtractAmounts(now, previous);
  return {
    part: absAmount(d),
    whole: previous,
    partSlack: addAmounts(half(now), half(previous)),
    wholeSlack: half(previous),
    direction: sign(d),
  };
}

const same = (a: string, b: string) => compareAmounts(amount(a), amount(b)) === 0;

/**
 * I15: every percentage of the narrative recomputes from the figures beside it (shares; growth =
 * Δ / (current − Δ); changes from last year's execution), with the direction its word states.
 * A rate that matches only truncation is a warning; a rate from a zero base has no value and is
 * not compared (info `zero-base`, never an error). When the figures the
 * text prints disagree with the tables but the rate recomputes from the tables' figures, the
 * amount is blamed (by `narrative.amount`), not the rate. @internal
 */
export const narrativePercentRule: Rule = {
  id: "narrative.percent",
  severity: "error",
  domain: "I15",
  reads: ["text sections (情况说明)"],
  title: /*#__PURE__*/ L("说明中的百分比可复算", "Narrative percentages recompute"),
  message: (f) => {
    const at = textAt(f);
    const kind = p(f, "kind");
    if (kind === "zero-base")
      return L(
        `${at["zh-CN"]} 以零为基数，增减幅度无定义，未核对。`,
        `${at.en} is a rate from a zero base, which has no value: not compared.`,
      );
    if (kind === "direction")
      return L(
        `${at["zh-CN"]} 的增减方向与数字相反。`,
        `${at.en} states the wrong direction of change.`,
      );
    if (kind === "rounding")
      return L(
        `${at["zh-CN"]} 中的 ${p(f, "actual")}% 按印出的数字复算为 ${p(f, "expected")}%，差异在数字的舍入范围内。`,
        `${at.en} says ${p(f, "actual")}%; the printed figures give ${p(f, "expected")}%, within their rounding.`,
      );
    const trunc = kind === "truncated";
    return L(
      `${at["zh-CN"]} 中的 ${p(f, "actual")}% 按数字复算应为 ${p(f, "expected")}%${trunc ? "（与截尾结果相符，而非四舍五入）" : ""}。`,
      `${at.en} says ${p(f, "actual")}%, the figures give ${p(f, "expected")}%${trunc ? " (it matches truncation, not rounding)" : ""}.`,
    );
  },
  check: (ctx, severity) => {
    const findings: Finding[] = [];
    let checked = 0;
    for (const read of readTexts(ctx)) {
      const claims = read.reading.claims;
      const own = (i: number | undefined) => {
        const x = i === undefined ? undefined : claims[i];
        return x?.kind === "amount" ? x.value : undefined;
      };
      // The tables' figure for an amount the text states (its own where the tables have none).
      const fromTables = (i: number | undefined) => {
        const x = i === undefined ? undefined : claims[i];
        if (x?.kind !== "amount") return undefined;
        return x.basis === "budget" ? (tableValue(ctx, x.subject, x.period) ?? x.value) : x.value;
      };
      for (const c of claims) {
        if (c.kind !== "percent") continue;
        const current = () => tableValue(ctx, c.subject, "current");
        // A whole named but not printed (`占本年支出合计的…`): the tables' figure, of the part's year.
        const part = c.part === undefined ? undefined : claims[c.part];
        const base = () =>
          c.base === undefined || part?.kind !== "amount"
            ? undefined
            : tableValue(ctx, c.base, part.period);
        const o = operands(claims, c, own, current, base);
        if (o === undefined) continue;
        checked++;
        const words = phrase(read.section.body, c.span);
        const push = (sev: Severity, kind: string, expected?: string) =>
          findings.push(
            textFinding(
              "narrative.percent",
              sev,
              read,
              c.span,
              words,
              { kind, ...(expected === undefined ? {} : { expected, actual: c.percent }) },
              [],
              expected === undefined ? {} : { expected, actual: c.percent },
            ),
          );
        const decimals = (c.percent.split(".")[1] ?? "").length;
        const r = percentage(o.part, o.whole, { decimals });
        const t = percentage(o.part, o.whole, { decimals, rounding: "truncate" });
        if (!r.ok || !t.ok) {
          // A rate from a zero base has no value (printers write 100%, or any figure): not
          // compared, said as info, and not counted as checked.
          checked--;
          push("info", "zero-base");
          continue;
        }
        const words2 = o.word === "flat" ? undefined : o.word;
        if (
          c.direction !== undefined &&
          ((o.direction !== undefined && o.direction !== c.direction) ||
            (words2 !== undefined && words2 !== c.direction))
        )
          push(severity, "direction");
        if (same(r.value, c.percent)) continue;
        // The tables' figures first: a part printed in 万元 over a whole from a 元 table
        // (950.12 / 1,212.1164 = 78.385) truncates to what the tables alone round to (78.38).
        const again = operands(claims, c, fromTables, current, base);
        const r2 =
          again === undefined ? undefined : percentage(again.part, again.whole, { decimals });
        if (r2?.ok === true && same(r2.value, c.percent)) continue;
        // A whole named without its fund may be the whole of every fund (`一般公共预算支出…，其中
        // 项目支出…，占本年支出合计的…`): the share holds when it recomputes from that one.
        const every =
          c.alsoBase === undefined || part?.kind !== "amount"
            ? undefined
            : tableValue(ctx, c.alsoBase, part.period);
        const r3 =
          every === undefined || o.part === undefined
            ? undefined
            : percentage(fromTables(c.part) ?? o.part, every, { decimals });
        if (r3?.ok === true && same(r3.value, c.percent)) continue;
        if (same(t.value, c.percent)) {
          push("warning", "truncated", r.value);
          continue;
        }
        // Computed from the unrounded figures behind the printed ones (whole 万元 restating 元)?
        const near = (x: Operands | undefined) =>
          x !== undefined &&
          percentWithinRounding(c.percent, x.part, x.whole, x.partSlack, x.wholeSlack);
        if (near(o) || near(again)) push("info", "rounding", r.value);
        else push(severity, "differ", r.value);
      }
    }
    const once = distinct(findings);
    return { outcome: outcomeOf(once, checked > 0), findings: once, checked: [] };
  },
};
