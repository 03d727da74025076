import { isNegative, isZero } from "./arithmetic";
import { addValues, roundValue, shiftValue, subtractValues } from "./decimal";
import { makeAmount } from "./make";
import type { Amount, AmountInterval, Rounding } from "./types";

/**
 * The interval of exact values that print as `a` under `rounding` (the XBRL Calculations 1.1
 * model of a reported value; see {@link AmountInterval} for every case). Both ends have
 * `a.decimals + 1` fraction digits, in `a.unit`.
 *
 * - half-up (default), `v > 0`: `[v − ½·10⁻ᵈ, v + ½·10⁻ᵈ)`; `v < 0`: `(v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]`
 *   (ties go away from zero); `v = 0`: both ends open.
 * - truncate, `v > 0`: `[v, v + 10⁻ᵈ)`; `v < 0`: `(v − 10⁻ᵈ, v]` (truncation is toward zero);
 *   `v = 0`: `(−10⁻ᵈ, 10⁻ᵈ)`.
 *
 * @param a - a printed amount
 * @param rounding - how it was rounded when printed, `"half-up"` (default) or `"truncate"`
 *
 * @example
 * ```ts
 * import { amount, amountInterval } from "yusuan";
 * const i = amountInterval(amount("328661", "元"), "truncate");
 * [i.low.value, i.high.value]; // ["328661.0", "328662.0"]
 * [i.lowInclusive, i.highInclusive]; // [true, false]
 * ```
 */
export function amountInterval(a: Amount, rounding: Rounding = "half-up"): AmountInterval {
  const decimals = a.decimals + 1;
  const zero = isZero(a);
  const negative = isNegative(a);
  const end = (value: string): Amount => makeAmount(value, a.unit, decimals);
  // A canonical value (exactly `decimals` fraction digits, no negative zero) is padded and its
  // half step written out directly: this runs for every printed figure a check compares.
  const point = a.value.indexOf(".");
  const canonical =
    (point < 0 ? 0 : a.value.length - point - 1) === a.decimals &&
    !(zero && a.value.startsWith("-"));
  if (rounding === "half-up") {
    const half = canonical
      ? `0.${"0".repeat(decimals - 1)}5`
      : shiftValue("5", -decimals, decimals);
    return Object.freeze({
      low: end(subtractValues(a.value, half, decimals)),
      high: end(addValues(a.value, half, decimals)),
      lowInclusive: !zero && !negative,
      highInclusive: negative,
    });
  }
  const step = !canonical
    ? shiftValue("1", -a.decimals, decimals)
    : a.decimals === 0
      ? "1.0"
      : `0.${"0".repeat(a.decimals - 1)}10`;
  // only pads: one more digit
  const value = !canonical
    ? roundValue(a.value, decimals, rounding)
    : a.decimals === 0
      ? `${a.value}.0`
      : `${a.value}0`;
  return Object.freeze({
    low: end(negative || zero ? subtractValues(value, step, decimals) : value),
    high: end(negative ? value : addValues(value, step, decimals)),
    lowInclusive: !zero && !negative,
    highInclusive: negative,
  });
}
