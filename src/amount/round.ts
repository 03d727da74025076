import { roundValue } from "./decimal";
import { assertDecimals, makeAmount } from "./make";
import type { Amount, Rounding } from "./types";

/**
 * Rounds an amount to `decimals` fraction digits (or pads it, when it has fewer). Half-up sends
 * a tie away from zero (`-0.125 → -0.13`); truncate drops digits toward zero (`-1.29 → -1.2`).
 *
 * @param a - the amount
 * @param decimals - fraction digits of the result, a non-negative integer
 * @param rounding - `"half-up"` (default) or `"truncate"`
 * @throws RangeError when `decimals` is not a non-negative integer
 *
 * @example
 * ```ts
 * import { amount, roundAmount } from "yusuan";
 * roundAmount(amount("328661.81", "元"), 0).value;             // "328662"
 * roundAmount(amount("328661.81", "元"), 0, "truncate").value; // "328661"
 * roundAmount(amount("-0.125"), 2).value;                      // "-0.13"
 * ```
 */
export function roundAmount(a: Amount, decimals: number, rounding: Rounding = "half-up"): Amount {
  assertDecimals(decimals, "roundAmount");
  return makeAmount(roundValue(a.value, decimals, rounding), a.unit, decimals);
}
