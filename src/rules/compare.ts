import {
  type Amount,
  addAmounts,
  amountInterval,
  amountsEqual,
  compareAmounts,
  isZero,
  subtractAmounts,
  zeroAmount,
} from "../amount";
import { sumValues } from "../amount/decimal";
import { makeAmount } from "../amount/make";
import type { LoweredTable } from "../disclosure";
import type { Fact } from "../facts";
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
  /**
   * The interval it stands for if every printed value behind it was truncated instead of rounded
   * half-up (a sum's: its parts' truncation intervals summed), `undefined` when it has none.
   */
  readonly truncated?: { readonly low: Amount; readonly high: Amount } | undefined;
}

const zeroLike = (unit: Amount["unit"]): Amount => zeroAmount(unit, 0);

/** Exactly equal amounts, decided on the text first (the same printed figure). */
const sameValue = (a: Amount, b: Amount): boolean =>
  (a.value === b.value && a.unit === b.unit) || amountsEqual(a, b);

/**
 * Whether two statements' values agree exactly, as {@link compareBounds} decides first (a fact's
 * bounds hold its value, or zero for a blank or a sum of blanks), told on the values alone: most
 * comparisons are such agreements. @internal
 */
export const agreesExactly = (a: Amount | null, b: Amount | null): boolean =>
  a === null ? b === null || isZero(b) : b === null ? isZero(a) : sameValue(a, b);

/** `unit:decimals` strings, built once per pair (one per printed figure otherwise). */
const REGIMES = new Map<string, string[]>();
function regimeOf(a: Amount): string {
  let byDecimals = REGIMES.get(a.unit);
  if (byDecimals === undefined) {
    byDecimals = [];
    REGIMES.set(a.unit, byDecimals);
  }
  let r = byDecimals[a.decimals];
  if (r === undefined) {
    r = `${a.unit}:${a.decimals}`;
    byDecimals[a.decimals] = r;
  }
  return r;
}

/**
 * Bounds whose interval ends are computed when first read: most comparisons are exact
 * agreements, decided on the values alone, so most facts never need their interval.
 */
class LazyBounds implements Bounds {
  readonly value: Amount;
  readonly precision: string;
  readonly printed: Amount | undefined;
  readonly #parts: readonly Bounds[] | undefined;
  #low: Amount | undefined;
  #high: Amount | undefined;

  constructor(
    value: Amount,
    precision: string,
    printed: Amount | undefined,
    parts: readonly Bounds[] | undefined,
  ) {
    this.value = value;
    this.precision = precision;
    this.printed = printed;
    this.#parts = parts;
  }

  get low(): Amount {
    if (this.#low === undefined) this.#ends();
    return this.#low as Amount;
  }

  get high(): Amount {
    if (this.#high === undefined) this.#ends();
    return this.#high as Amount;
  }

  get truncated(): { readonly low: Amount; readonly high: Amount } | undefined {
    if (this.printed !== undefined) return amountInterval(this.printed, "truncate");
    const parts = this.#parts;
    if (parts === undefined || parts.length === 0) return undefined;
    // A sum of parts each truncated: the parts' truncation intervals summed (a blank, or a part
    // exactly zero, adds its value).
    let low: Amount | undefined;
    let high: Amount | undefined;
    let printed = false;
    for (const p of parts) {
      const t =
        p.truncated ?? (p.precision === "blank" ? { low: p.value, high: p.value } : undefined);
      if (t === undefined) return undefined;
      if (p.precision !== "blank") printed = true;
      low = low === undefined ? t.low : addAmounts(low, t.low);
      high = high === undefined ? t.high : addAmounts(high, t.high);
    }
    return printed && low !== undefined && high !== undefined ? { low, high } : undefined;
  }

  #ends(): void {
    const parts = this.#parts;
    const first = parts?.[0];
    if (parts === undefined || first === undefined) {
      if (this.printed === undefined) {
        this.#low = this.value;
        this.#high = this.value;
      } else {
        const i = amountInterval(this.printed);
        this.#low = i.low;
        this.#high = i.high;
      }
      return;
    }
    // One pass over the parts: the ends summed at once (exact, on integers) when they share a unit.
    const unit = first.low.unit;
    let sameUnit = true;
    let lowDecimals = 0;
    let highDecimals = 0;
    const lows: string[] = [];
    const highs: string[] = [];
    for (const p of parts) {
      if (p.low.unit !== unit || p.high.unit !== unit) sameUnit = false;
      if (p.low.decimals > lowDecimals) lowDecimals = p.low.decimals;
      if (p.high.decimals > highDecimals) highDecimals = p.high.decimals;
      lows.push(p.low.value);
      highs.push(p.high.value);
    }
    let low = first.low;
    let high = first.high;
    if (parts.length > 1 && sameUnit) {
      low = makeAmount(sumValues(lows, lowDecimals), unit, lowDecimals);
      high = makeAmount(sumValues(highs, highDecimals), unit, highDecimals);
    } else
      for (const p of parts.slice(1)) {
        low = addAmounts(low, p.low);
        high = addAmounts(high, p.high);
      }
    this.#low = low;
    this.#high = high;
  }
}

/**
 * Bounds of a printed or derived fact; a blank counts as zero, and so does a printed zero
 * within a sum, exactly (a sum's printed zeros set no precision). A check passes its `cache`, so
 * the parts shared by nested sums are bounded once. @internal
 */
export function boundsOf(f: AnyFact, cache?: Map<AnyFact, Bounds>): Bounds {
  if (cache === undefined) return computeBounds(f, undefined);
  let b = cache.get(f);
  if (b === undefined) {
    b = computeBounds(f, cache);
    cache.set(f, b);
  }
  return b;
}

/**
 * The bounds a part brings to a sum: its own, except that a printed zero is exactly zero (0 is
 * 0 at any precision: a `0` among figures printed `0.00` does not make the sum tolerant) and,
 * like a blank, has no precision of its own.
 */
function partBounds(p: AnyFact, cache: Map<AnyFact, Bounds> | undefined): Bounds {
  if (!isDerived(p) && p.value !== null && isZero(p.value))
    return new LazyBounds(p.value, "blank", undefined, undefined);
  return boundsOf(p, cache);
}

function computeBounds(f: AnyFact, cache: Map<AnyFact, Bounds> | undefined): Bounds {
  if (!isDerived(f)) {
    if (f.value === null) return new LazyBounds(zeroLike("万元"), "blank", undefined, undefined);
    return new LazyBounds(f.value, regimeOf(f.value), f.value, undefined);
  }
  const parts: Bounds[] = [];
  for (const p of f.parts) parts.push(partBounds(p, cache));
  const first = parts[0];
  if (first === undefined)
    return new LazyBounds(f.value ?? zeroLike("万元"), "blank", undefined, undefined);
  let regime: string | undefined;
  let mixed = false;
  for (const p of parts) {
    if (p.precision === "blank") continue;
    if (regime === undefined) regime = p.precision;
    else if (regime !== p.precision) mixed = true;
  }
  const value = f.value ?? zeroLike(first.value.unit);
  const precision = mixed ? "mixed" : (regime ?? "blank");
  return new LazyBounds(value, precision, undefined, parts);
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
  if (truncationExplains(a, b) || truncationExplains(b, a)) return "truncated";
  return "differ";
}

/** Whether `x` stands for a wider interval than `y` (it was printed at a coarser precision). @internal */
export function coarser(x: Bounds, y: Bounds): boolean {
  return compareAmounts(subtractAmounts(x.high, x.low), subtractAmounts(y.high, y.low)) > 0;
}

/**
 * Whether `x`'s printed value (a sum's printed parts), truncated instead of rounded half-up, meets
 * `y`: `x` is then the statement a `truncated` comparison blames. @internal
 */
export function truncationExplains(x: Bounds, y: Bounds): boolean {
  const t = x.truncated;
  return t !== undefined && meets(t.low, t.high, y.low, y.high);
}

/** `actual − expected` in the finer unit. @internal */
export function differenceOf(expected: Amount, actual: Amount): Amount {
  return subtractAmounts(actual, expected);
}

/**
 * The zeros printed `0` in the tables that print every other figure with decimals (`0.10`,
 * `2.50`): there a `0` is the printer's way of writing nothing, not a figure rounded to whole
 * 万元, so it stands for exactly zero (a 合计 printed `0` against parts printing 0.30 is an
 * error, as against `0.00`). Decided per table from the figures it prints: a table printing
 * whole figures (`4`, `12`), or only zeros, keeps a `0`'s half step. Linear in the facts. @internal
 */
export function exactZeros(tables: readonly LoweredTable[]): ReadonlySet<Fact> {
  const exact = new Set<Fact>();
  for (const t of tables) {
    const zeros: Fact[] = [];
    let decimals = false;
    let whole = false;
    for (const row of t.rows)
      for (const f of row.facts) {
        if (f.value === null) continue;
        if (isZero(f.value)) {
          if (f.value.decimals === 0) zeros.push(f);
        } else if (f.value.decimals > 0) decimals = true;
        else whole = true;
      }
    if (decimals && !whole) for (const z of zeros) exact.add(z);
  }
  return exact;
}

/** The bounds of a printed zero {@link exactZeros} found exact: zero, at no precision. @internal */
export function exactZeroBounds(f: Fact): Bounds {
  return new LazyBounds(f.value ?? zeroLike("万元"), "blank", undefined, undefined);
}
