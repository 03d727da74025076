import { shiftValue } from "./decimal";
import { makeAmount } from "./make";
import type { Amount, Unit } from "./types";
import { unitExponent } from "./units";

/**
 * Restates an amount in another unit, exactly (1 万元 = 10⁴ 元, 1 亿元 = 10⁸ 元 = 10⁴ 万元).
 *
 * To a finer unit the value is multiplied and the precision shrinks by as many digits, never
 * below 0 (`"1.50"` 万元 → `"15000"` 元); to a coarser unit it is divided and the precision grows
 * by as many digits (`"15000"` 元 → `"1.5000"` 万元), so nothing is rounded and 元 → 万元 → 元 and
 * 万元 → 亿元 → 万元 give back the same value.
 *
 * @param a - the amount
 * @param to - the target unit
 *
 * @example
 * ```ts
 * import { amount, convertAmount } from "yusuan";
 * convertAmount(amount("969.06"), "元").value;           // "9690600"
 * convertAmount(amount("328,661.81", "元"), "万元").value; // "32.866181"
 * ```
 */
export function convertAmount(a: Amount, to: Unit): Amount {
  if (a.unit === to) return a;
  const places = unitExponent(a.unit) - unitExponent(to);
  const decimals = Math.max(0, a.decimals - places);
  return makeAmount(shiftValue(a.value, places, decimals), to, decimals);
}
