/**
 * Figures worked out from printed ones (`本年 − 增加额`, `货物 + 工程 + 服务`) with the printed
 * figures behind them, so that a comparison across printed precisions (`增加0.12亿元` beside
 * `12345.67万元`) allows the rounding of the coarser figures and no more. One helper for every such
 * comparison (the 决算 text's changes, sums, bounds and words), the XBRL model of a printed value:
 * half-up `v ± ½·10⁻ᵈ` in its unit. Internal.
 */
import {
  absAmount,
  addAmounts,
  compareAmounts,
  isZero,
  negateAmount,
  subtractAmounts,
} from "./arithmetic";
import { makeAmount } from "./make";
import type { Amount } from "./types";
import { unitExponent } from "./units";

/** An exact value worked out from printed figures, with those figures. Internal. */
export interface Span {
  readonly value: Amount;
  /** The printed figures it is worked out from, each standing for what rounds half-up to it. */
  readonly printed: readonly Amount[];
}

/** A printed figure as a span (itself, behind itself); a span as it is. Internal. */
export const spanOf = (a: Amount | Span): Span =>
  "printed" in a ? a : Object.freeze({ value: a, printed: [a] });

/** `a + b` with the printed figures of both behind it. Internal. */
export function spanPlus(a: Amount | Span, b: Amount | Span): Span {
  const x = spanOf(a);
  const y = spanOf(b);
  return { value: addAmounts(x.value, y.value), printed: [...x.printed, ...y.printed] };
}

/** `a − b` with the printed figures of both behind it. Internal. */
export function spanMinus(a: Amount | Span, b: Amount | Span): Span {
  const x = spanOf(a);
  const y = spanOf(b);
  return { value: subtractAmounts(x.value, y.value), printed: [...x.printed, ...y.printed] };
}

/** `−a`, behind the same printed figures. Internal. */
export function spanNegate(a: Amount | Span): Span {
  const x = spanOf(a);
  return { value: negateAmount(x.value), printed: x.printed };
}

/** The sum of a non-empty list, behind all their printed figures; `undefined` for none. Internal. */
export function spanSum(list: readonly (Amount | Span)[]): Span | undefined {
  const [first, ...rest] = list;
  if (first === undefined) return undefined;
  return rest.reduce<Span>((s, a) => spanPlus(s, a), spanOf(first));
}

/**
 * The power of ten, in 元, of the last digit a figure prints: `307.82` 万元 is 2 (to the hundred
 * 元), `0.12` 亿元 is 6, `3,078,234.00` 元 is −2. Figures in different units compare by this, not by
 * their count of decimals. Internal.
 */
export const printedStep = (a: Amount): number => unitExponent(a.unit) - a.decimals;

/** Half a unit of a figure's last printed digit, in its unit (`0.12` 亿元: `0.005`). Internal. */
export const halfStep = (a: Amount): Amount =>
  makeAmount(`0.${"0".repeat(a.decimals)}5`, a.unit, a.decimals + 1);

/**
 * How far rounding may move `a − b`: the half steps of the printed figures behind either that are
 * printed coarser than the finest among them all. Figures of the finest precision are taken as
 * they are (one prepared set: two figures in 万元 to the cent agree exactly or not at all); one
 * printed coarser (`0.12亿元`) stands for every value that rounds to it. A printed zero within a sum
 * or difference (`工程采购金额0万元`) is nothing, exactly: it sets no precision (as in the tables'
 * sums); a zero compared alone keeps its own. `undefined` when every figure shares one precision.
 * Internal.
 */
export function roundingSlack(a: Amount | Span, b: Amount | Span): Amount | undefined {
  const behind = (s: Span) =>
    s.printed.length > 1 ? s.printed.filter((p) => !isZero(p)) : s.printed;
  const all = [...behind(spanOf(a)), ...behind(spanOf(b))];
  let finest = Number.POSITIVE_INFINITY;
  for (const p of all) finest = Math.min(finest, printedStep(p));
  let slack: Amount | undefined;
  for (const p of all)
    if (printedStep(p) > finest)
      slack = slack === undefined ? halfStep(p) : addAmounts(slack, halfStep(p));
  return slack;
}

/**
 * How two figures agree, each printed or worked out from printed ones: `equal`, `rounding`
 * (within the rounding of the figures printed coarser than the finest, {@link roundingSlack}:
 * `11150.12万元` for `12345.67万元 − 0.12亿元`, 11,095.67 to 11,195.67) or `differ` (figures of one
 * precision that are not equal differ). Internal.
 */
export function spanAgreement(a: Amount | Span, b: Amount | Span): "equal" | "rounding" | "differ" {
  const d = subtractAmounts(spanOf(a).value, spanOf(b).value);
  if (isZero(d)) return "equal";
  const slack = roundingSlack(a, b);
  return slack !== undefined && compareAmounts(absAmount(d), slack) <= 0 ? "rounding" : "differ";
}

/** Whether `a` is more than `b` beyond what the rounding of either explains. Internal. */
export const spanExceeds = (a: Amount | Span, b: Amount | Span): boolean =>
  compareAmounts(spanOf(a).value, spanOf(b).value) > 0 && spanAgreement(a, b) === "differ";

/**
 * The ends of what a span's exact value may be when every printed figure behind it was rounded
 * (each moving it by its half step): the range a percentage of it is worked out on. Internal.
 */
export function spanEnds(a: Amount | Span): { readonly low: Amount; readonly high: Amount } {
  const s = spanOf(a);
  let low = s.value;
  let high = s.value;
  for (const p of s.printed) {
    low = subtractAmounts(low, halfStep(p));
    high = addAmounts(high, halfStep(p));
  }
  return { low, high };
}
