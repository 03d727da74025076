import { convertAmount } from "./convert";
import { addValues, compareValues, subtractValues, sumValues } from "./decimal";
import { assertDecimals, makeAmount } from "./make";
import type { Amount, Unit } from "./types";
import { finerUnit } from "./units";

/** Both amounts restated in the finer of their units. */
function common(a: Amount, b: Amount): readonly [Amount, Amount] {
  const unit = finerUnit(a.unit, b.unit);
  return [convertAmount(a, unit), convertAmount(b, unit)];
}

/**
 * A zero amount: `"0"`, or `"0.00"` with `decimals` 2.
 *
 * @param unit - default `"万元"`
 * @param decimals - printed precision, default 0
 * @throws RangeError when `decimals` is not a non-negative integer
 *
 * @example
 * ```ts
 * import { zeroAmount } from "yusuan";
 * zeroAmount("元", 2).value; // "0.00"
 * ```
 */
export function zeroAmount(unit: Unit = "万元", decimals = 0): Amount {
  assertDecimals(decimals, "zeroAmount");
  return makeAmount(decimals === 0 ? "0" : `0.${"0".repeat(decimals)}`, unit, decimals);
}

/**
 * `a + b`, exactly. Amounts in different units are added in the finer unit (元 < 万元 < 亿元);
 * the result has the larger of the two precisions.
 *
 * @example
 * ```ts
 * import { addAmounts, amount } from "yusuan";
 * addAmounts(amount("0.1"), amount("0.2")).value;      // "0.3"
 * addAmounts(amount("1.5"), amount("3", "元")).value;  // "15003" (元)
 * ```
 */
export function addAmounts(a: Amount, b: Amount): Amount {
  if (a.unit === b.unit) {
    // The common case: nothing to restate, so no pair and no converted copies are made.
    const decimals = Math.max(a.decimals, b.decimals);
    return makeAmount(addValues(a.value, b.value, decimals), a.unit, decimals);
  }
  const [x, y] = common(a, b);
  const decimals = Math.max(x.decimals, y.decimals);
  return makeAmount(addValues(x.value, y.value, decimals), x.unit, decimals);
}

/**
 * `a − b`, exactly, with the same unit and precision rules as {@link addAmounts}.
 *
 * @example
 * ```ts
 * import { amount, subtractAmounts } from "yusuan";
 * subtractAmounts(amount("6.50"), amount("7.50")).value; // "-1.00"
 * ```
 */
export function subtractAmounts(a: Amount, b: Amount): Amount {
  if (a.unit === b.unit) {
    const decimals = Math.max(a.decimals, b.decimals);
    return makeAmount(subtractValues(a.value, b.value, decimals), a.unit, decimals);
  }
  const [x, y] = common(a, b);
  const decimals = Math.max(x.decimals, y.decimals);
  return makeAmount(subtractValues(x.value, y.value, decimals), x.unit, decimals);
}

/**
 * The exact sum of a list. The result is stated in `unit` when given, otherwise in the finest
 * unit of the list; an empty list sums to zero in `unit` (default `"万元"`) with `decimals` 0.
 *
 * @example
 * ```ts
 * import { amount, sumAmounts } from "yusuan";
 * sumAmounts([amount("0"), amount("4.00"), amount("2.50")]).value; // "6.50"
 * sumAmounts([]).value;                                           // "0"
 * ```
 */
export function sumAmounts(list: readonly Amount[], unit?: Unit): Amount {
  const first = list[0];
  if (first === undefined) return zeroAmount(unit ?? "万元", 0);
  // One unit throughout (the common case): one pass over the values, one amount made, rather
  // than a new amount per addition. The pairwise sum gives the same: the one unit and the
  // largest precision.
  let decimals = first.decimals;
  let sameUnit = true;
  for (let i = 1; i < list.length; i++) {
    const a = list[i] as Amount;
    if (a.unit !== first.unit) sameUnit = false;
    if (a.decimals > decimals) decimals = a.decimals;
  }
  let total = first;
  if (sameUnit) {
    if (list.length > 1) {
      const values: string[] = new Array(list.length);
      for (let i = 0; i < list.length; i++) values[i] = (list[i] as Amount).value;
      total = makeAmount(sumValues(values, decimals), first.unit, decimals);
    }
  } else for (let i = 1; i < list.length; i++) total = addAmounts(total, list[i] as Amount);
  return unit === undefined ? total : convertAmount(total, unit);
}

/**
 * `−a` (zero stays `"0…"`, never `"-0…"`).
 *
 * @example
 * ```ts
 * import { amount, negateAmount } from "yusuan";
 * negateAmount(amount("1.00")).value; // "-1.00"
 * ```
 */
export function negateAmount(a: Amount): Amount {
  if (a.value.startsWith("-")) return makeAmount(a.value.slice(1), a.unit, a.decimals);
  return isZero(a) ? a : makeAmount(`-${a.value}`, a.unit, a.decimals);
}

/**
 * Numeric comparison, across units and precisions: `-1` if `a < b`, `0` if equal, `1` if `a > b`.
 *
 * @example
 * ```ts
 * import { amount, compareAmounts } from "yusuan";
 * compareAmounts(amount("1"), amount("9999", "元")); // 1
 * ```
 */
export function compareAmounts(a: Amount, b: Amount): -1 | 0 | 1 {
  if (a.unit === b.unit) return compareValues(a.value, b.value);
  const [x, y] = common(a, b);
  return compareValues(x.value, y.value);
}

/**
 * Numeric equality: `"1.0"` equals `"1.00"`, and 1 万元 equals 10000 元.
 *
 * @example
 * ```ts
 * import { amount, amountsEqual } from "yusuan";
 * amountsEqual(amount("1"), amount("10,000.00", "元")); // true
 * ```
 */
export function amountsEqual(a: Amount, b: Amount): boolean {
  return compareAmounts(a, b) === 0;
}

/**
 * A digit other than zero. Kept at module level: a regex literal inside a function makes a new
 * RegExp object on every call (≈ 56 bytes, and a check calls this hundreds of times).
 */
const NONZERO_DIGIT = /[1-9]/;

/**
 * Whether the amount is zero (`"0"`, `"0.00"`, …).
 *
 * @example
 * ```ts
 * import { amount, isZero } from "yusuan";
 * isZero(amount("0.00")); // true
 * ```
 */
export function isZero(a: Amount): boolean {
  return !NONZERO_DIGIT.test(a.value);
}

/**
 * Whether the amount is below zero (zero is not negative).
 *
 * @example
 * ```ts
 * import { amount, isNegative } from "yusuan";
 * isNegative(amount("-1.00")); // true
 * ```
 */
export function isNegative(a: Amount): boolean {
  return a.value.startsWith("-") && !isZero(a);
}

/**
 * `|a|`, exactly: the amount without its sign, in its unit and precision (a shared helper of the
 * checks and the narrative; not part of the package's entry). @internal
 */
export const absAmount = (a: Amount): Amount => (isNegative(a) ? negateAmount(a) : a);
