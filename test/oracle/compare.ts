import {
  type Amount,
  addAmounts,
  amountInterval,
  amountsEqual,
  compareAmounts,
  isZero,
  subtractAmounts,
  zeroAmount,
} from "../../src/amount";
import { type AnyFact, isDerived } from "./derive";

/** A fact's value with the interval it stands for (XBRL-style) and its precision regime. @internal */
export interface Bounds {
  readonly value: Amount;
  readonly low: Amount;
  readonly high: Amount;
  /** `unit:decimals` when every printed value behind it shares one precision, else `mixed`. */
  readonly precision: string;
  /** The coarsest printed value behind it, for the truncation check. */
  readonly printed: Amount | undefined;
}

const zeroLike = (unit: Amount["unit"]): Amount => zeroAmount(unit, 0);

/** Bounds of a printed or derived fact; a blank counts as zero. @internal */
export function boundsOf(f: AnyFact): Bounds {
  if (!isDerived(f)) {
    const v = f.value ?? zeroLike("万元");
    if (f.value === null)
      return { value: v, low: v, high: v, precision: "blank", printed: undefined };
    const i = amountInterval(v);
    return { value: v, low: i.low, high: i.high, precision: `${v.unit}:${v.decimals}`, printed: v };
  }
  // A printed zero is exactly zero within a sum, with no precision of its own (like a blank).
  const parts = f.parts.map((p): Bounds => {
    if (isDerived(p) || p.value === null || !isZero(p.value)) return boundsOf(p);
    return { value: p.value, low: p.value, high: p.value, precision: "blank", printed: undefined };
  });
  const first = parts[0];
  if (first === undefined) {
    const v = f.value ?? zeroLike("万元");
    return { value: v, low: v, high: v, precision: "blank", printed: undefined };
  }
  let low = first.low;
  let high = first.high;
  const precisions = new Set<string>();
  for (const [i, p] of parts.entries()) {
    if (i > 0) {
      low = addAmounts(low, p.low);
      high = addAmounts(high, p.high);
    }
    if (p.precision !== "blank") precisions.add(p.precision);
  }
  const value = f.value ?? zeroLike(first.value.unit);
  const precision =
    precisions.size === 1
      ? ([...precisions][0] ?? "mixed")
      : precisions.size === 0
        ? "blank"
        : "mixed";
  return { value, low, high, precision, printed: undefined };
}

/**
 * How two statements of the same quantity compare:
 * - `equal`: exactly equal;
 * - `rounding`: different, but printed at different precisions whose intervals meet, so
 *   rounding can explain the difference (reported at info, never silently passed);
 * - `truncated`: only explained if the coarser value was truncated instead of rounded;
 * - `differ`: a real difference.
 * @internal
 */
export type Comparison = "equal" | "rounding" | "truncated" | "differ";

const meets = (aLow: Amount, aHigh: Amount, bLow: Amount, bHigh: Amount): boolean =>
  compareAmounts(aLow, bHigh) <= 0 && compareAmounts(bLow, aHigh) <= 0;

/** Compares two bounds (see {@link Comparison}). @internal */
export function compareBounds(a: Bounds, b: Bounds): Comparison {
  if (amountsEqual(a.value, b.value)) return "equal";
  const regime = (x: Bounds) => (x.precision === "blank" ? undefined : x.precision);
  const ra = regime(a);
  const rb = regime(b);
  if (ra === undefined || rb === undefined || (ra === rb && ra !== "mixed")) return "differ";
  if (meets(a.low, a.high, b.low, b.high)) return "rounding";
  if (truncates(a, b) || truncates(b, a)) return "truncated";
  return "differ";
}

/** Whether `x`'s coarsest printed value, truncated, meets `y` (`x` is the one truncated). */
export function truncates(x: Bounds, y: Bounds): boolean {
  if (x.printed === undefined) return false;
  const t = amountInterval(x.printed, "truncate");
  return meets(t.low, t.high, y.low, y.high);
}

/** The width of the interval a statement stands for. */
export const widthOf = (x: Bounds): Amount => subtractAmounts(x.high, x.low);

/** `actual − expected` in the finer unit. @internal */
export function differenceOf(expected: Amount, actual: Amount): Amount {
  return subtractAmounts(actual, expected);
}
