import { err, ok, type Result } from "../result/result";
import { isZero } from "./arithmetic";
import { convertAmount } from "./convert";
import { divideValues, shiftValue } from "./decimal";
import type { AmountError } from "./error";
import { assertDecimals } from "./make";
import type { Amount, RatioOptions } from "./types";
import { finerUnit } from "./units";

function divide(
  part: Amount,
  whole: Amount,
  scale: number,
  options: RatioOptions,
  name: string,
): Result<string, AmountError> {
  assertDecimals(options.decimals, name);
  if (isZero(whole)) return err({ code: "division-by-zero", input: whole.value, position: 0 });
  const unit = finerUnit(part.unit, whole.unit);
  const x = convertAmount(part, unit);
  const y = convertAmount(whole, unit);
  const dividend = shiftValue(x.value, scale, Math.max(0, x.decimals - scale));
  return ok(divideValues(dividend, y.value, options.decimals, options.rounding ?? "half-up"));
}

/**
 * `part ÷ whole` as a plain decimal string, rounded once and exactly to `options.decimals`
 * fraction digits (half-up by default). Units may differ. A zero `whole` gives a
 * `division-by-zero` error whose `input` is the whole's value.
 *
 * @param part - the numerator
 * @param whole - the denominator
 * @param options - the scale and rounding of the result
 * @throws RangeError when `options.decimals` is not a non-negative integer
 *
 * @example
 * ```ts
 * import { amount, ratio } from "yusuan";
 * ratio(amount("682.06"), amount("969.06"), { decimals: 4 }); // { ok: true, value: "0.7038" }
 * ```
 */
export function ratio(
  part: Amount,
  whole: Amount,
  options: RatioOptions,
): Result<string, AmountError> {
  return divide(part, whole, 0, options, "ratio");
}

/**
 * `part ÷ whole × 100` as a plain decimal string (without `%`), rounded once and exactly to
 * `options.decimals` fraction digits (half-up by default). This is how a disclosure's text
 * states shares and growth rates. A zero `whole` gives a `division-by-zero` error.
 *
 * @param part - the numerator
 * @param whole - the denominator
 * @param options - the scale and rounding of the result
 * @throws RangeError when `options.decimals` is not a non-negative integer
 *
 * @example
 * ```ts
 * import { amount, percentage } from "yusuan";
 * percentage(amount("134.22"), amount("834.84"), { decimals: 2 }); // { ok: true, value: "16.08" }
 * percentage(amount("1"), amount("0.00"), { decimals: 2 }).ok;     // false
 * ```
 */
export function percentage(
  part: Amount,
  whole: Amount,
  options: RatioOptions,
): Result<string, AmountError> {
  return divide(part, whole, 2, options, "percentage");
}
