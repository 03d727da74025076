import { roundValue } from "./decimal";
import { assertDecimals } from "./make";
import type { Amount, FormatAmountOptions } from "./types";

/** Inserts `,` between groups of three integer digits of a canonical value. */
function group(value: string): string {
  const sign = value.startsWith("-") ? "-" : "";
  const unsigned = sign === "" ? value : value.slice(1);
  const point = unsigned.indexOf(".");
  const integer = point < 0 ? unsigned : unsigned.slice(0, point);
  const rest = point < 0 ? "" : unsigned.slice(point);
  const head = integer.length % 3 || 3;
  const groups = [integer.slice(0, head)];
  for (let i = head; i < integer.length; i += 3) groups.push(integer.slice(i, i + 3));
  return `${sign}${groups.join(",")}${rest}`;
}

/**
 * Prints an amount as a plain decimal string (without the unit).
 *
 * By default it prints `a.value` as is: no grouping, `a.decimals` fraction digits. With
 * `grouping` it inserts `,` every three integer digits; with `decimals` it rounds (half-up by
 * default, or `rounding: "truncate"`) or pads to that many fraction digits. The output parses
 * back with {@link parseAmount}.
 *
 * @param a - the amount
 * @param options - see {@link FormatAmountOptions}
 * @throws RangeError when `options.decimals` is not a non-negative integer
 *
 * @example
 * ```ts
 * import { amount, formatAmount } from "yusuan";
 * const a = amount("1212.125");
 * formatAmount(a);                                         // "1212.125"
 * formatAmount(a, { grouping: true, decimals: 2 });        // "1,212.13"
 * formatAmount(a, { decimals: 2, rounding: "truncate" });  // "1212.12"
 * formatAmount(amount("7"), { decimals: 2 });              // "7.00"
 * ```
 */
export function formatAmount(a: Amount, options: FormatAmountOptions = {}): string {
  let value = a.value;
  if (options.decimals !== undefined) {
    assertDecimals(options.decimals, "formatAmount");
    value = roundValue(a.value, options.decimals, options.rounding ?? "half-up");
  }
  return options.grouping === true ? group(value) : value;
}
