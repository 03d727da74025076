/**
 * The only module that touches decimal.js (internal, not exported from the barrel). Every
 * function takes and returns canonical plain decimal strings, so no other module sees a
 * `Decimal` and no amount ever passes through a binary `number`. Addition, subtraction and
 * comparison use exact BigInt arithmetic on scaled integers; decimal.js does shifting, rounding
 * and division.
 */
import Decimal from "decimal.js";
import type { Rounding } from "./types";

/**
 * A private constructor, made on first use (importing the module runs nothing, and a bundle
 * that does no decimal arithmetic drops it): the global `Decimal` settings are never read or
 * changed.
 */
let made: typeof Decimal | undefined;
const D = (): typeof Decimal =>
  (made ??= Decimal.clone({
    precision: 60,
    rounding: Decimal.ROUND_HALF_UP,
    toExpNeg: -100,
    toExpPos: 100,
  }));

function mode(rounding: Rounding): Decimal.Rounding {
  return rounding === "half-up" ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN;
}

/** Plain string with exactly `decimals` fraction digits and no negative zero. */
function plain(x: Decimal, decimals: number): string {
  const s = x.toFixed(decimals);
  return x.isZero() && s.startsWith("-") ? s.slice(1) : s;
}

/** A canonical plain decimal string as an integer count of `10^-decimals` (exact, via BigInt). */
function scaled(value: string, decimals: number): bigint {
  const negative = value.startsWith("-");
  const body = negative ? value.slice(1) : value;
  const point = body.indexOf(".");
  const int = point < 0 ? body : body.slice(0, point);
  const frac = point < 0 ? "" : body.slice(point + 1);
  const digits = BigInt(int + frac.padEnd(decimals, "0").slice(0, decimals));
  return negative ? -digits : digits;
}

/** An integer count of `10^-decimals` as a plain string with exactly `decimals` digits. */
function unscaled(n: bigint, decimals: number): string {
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(decimals + 1, "0");
  const int = digits.slice(0, digits.length - decimals);
  const body = decimals === 0 ? int : `${int}.${digits.slice(digits.length - decimals)}`;
  return negative ? `-${body}` : body;
}

const fractionDigits = (v: string): number => {
  const point = v.indexOf(".");
  return point < 0 ? 0 : v.length - point - 1;
};

/**
 * `a + b`, printed with `decimals` fraction digits (at least those of `a` and `b`): as safe
 * integers where both and the sum fit (no BigInt, no string beyond the result), else on BigInt,
 * exact at any size.
 */
export function addValues(a: string, b: string, decimals: number): string {
  return (
    smallSum(a, b, 1, decimals) ?? unscaled(scaled(a, decimals) + scaled(b, decimals), decimals)
  );
}

/**
 * The digits of a canonical value at `decimals` places as a safe integer, or `undefined` (more
 * than 15 characters, more fraction digits than `decimals`, or beyond the safe range). Read
 * digit by digit: no string is built (this runs for every value summed or compared). @internal
 */
export function smallUnits(value: string, decimals: number): number | undefined {
  const length = value.length;
  if (length > 15) return undefined;
  const negative = value.charCodeAt(0) === 45; // "-"
  let n = 0;
  let frac = -1;
  for (let i = negative ? 1 : 0; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c === 46 && frac < 0) {
      frac = 0; // "."
      continue;
    }
    const digit = c - 48;
    if (digit < 0 || digit > 9) return undefined;
    n = n * 10 + digit;
    if (frac >= 0) frac++;
  }
  if (frac < 0) frac = 0;
  if (frac > decimals) return undefined;
  n *= 10 ** (decimals - frac);
  if (!Number.isSafeInteger(n)) return undefined;
  return negative ? -n : n;
}

/**
 * A safe integer count of `10^-decimals` as a plain string (no BigInt). @internal
 *
 * Builds one digit string and cuts it once: no padding unless the value is below one unit
 * (`padStart` and a template made two more strings per sum, and this runs for every derived fact).
 */
export function unscaledSmall(n: number, decimals: number): string {
  if (decimals === 0) return String(n === 0 ? 0 : n); // `String(-0)` is "0" as well
  const negative = n < 0;
  let digits = String(negative ? -n : n);
  if (digits.length <= decimals) digits = digits.padStart(decimals + 1, "0");
  const cut = digits.length - decimals;
  const body = `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return negative ? `-${body}` : body;
}

/**
 * `a + b` (`sign` 1) or `a − b` (`sign` −1) as safe integers of `10^-decimals` where both and
 * the result fit, else `undefined` (the caller takes BigInt).
 */
function smallSum(a: string, b: string, sign: 1 | -1, decimals: number): string | undefined {
  const m = smallUnits(a, decimals);
  if (m === undefined) return undefined;
  const n = smallUnits(b, decimals);
  if (n === undefined) return undefined;
  const total = m + sign * n;
  return Number.isSafeInteger(total) ? unscaledSmall(total, decimals) : undefined;
}

/**
 * The exact sum of canonical values, printed with `decimals` fraction digits (at least those of
 * every value). Up to 15 digits a value is summed as a safe integer count of `10^-decimals`;
 * beyond, or when the total leaves the safe range, on BigInt.
 */
export function sumValues(values: readonly string[], decimals: number): string {
  let total = 0;
  for (const v of values) {
    const n = smallUnits(v, decimals);
    if (n === undefined || !Number.isSafeInteger(total + n)) {
      let big = 0n;
      for (const w of values) big += scaled(w, decimals);
      return unscaled(big, decimals);
    }
    total += n;
  }
  return unscaledSmall(total, decimals);
}

/** `a − b`, printed with `decimals` fraction digits (at least those of `a` and `b`). */
export function subtractValues(a: string, b: string, decimals: number): string {
  return (
    smallSum(a, b, -1, decimals) ?? unscaled(scaled(a, decimals) - scaled(b, decimals), decimals)
  );
}

/** `a × b`, exactly, printed with the sum of their fraction digits. */
export function multiplyValues(a: string, b: string): string {
  const da = fractionDigits(a);
  const db = fractionDigits(b);
  return unscaled(scaled(a, da) * scaled(b, db), da + db);
}

/** Numeric comparison. */
export function compareValues(a: string, b: string): -1 | 0 | 1 {
  // The same digits are the same number; up to 15 digits both compare as safe integers.
  if (a === b) return 0;
  const d = Math.max(fractionDigits(a), fractionDigits(b));
  const m = smallUnits(a, d);
  const n = smallUnits(b, d);
  if (m !== undefined && n !== undefined) return m < n ? -1 : m > n ? 1 : 0;
  const x = scaled(a, d);
  const y = scaled(b, d);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `value × 10^places` (exact: only the exponent moves), printed with `decimals` digits. */
export function shiftValue(value: string, places: number, decimals: number): string {
  return plain(new (D())(`${value}e${places}`), decimals);
}

/** `value` rounded to `decimals` fraction digits. */
export function roundValue(value: string, decimals: number, rounding: Rounding): string {
  return plain(new (D())(value).toDecimalPlaces(decimals, mode(rounding)), decimals);
}

/**
 * `dividend ÷ divisor` rounded once, exactly, to `decimals` fraction digits: both are taken as
 * integers of one scale (BigInt), the quotient of `dividend·10^decimals` by `divisor` is taken
 * toward zero, and for half-up the remainder decides whether to step away from zero. (Rounding
 * a long quotient a second time could misround a value just below a tie.) The divisor must not
 * be zero.
 */
export function divideValues(
  dividend: string,
  divisor: string,
  decimals: number,
  rounding: Rounding,
): string {
  const scale = Math.max(fractionDigits(dividend), fractionDigits(divisor));
  const n = scaled(dividend, scale) * 10n ** BigInt(decimals);
  const m = scaled(divisor, scale);
  let units = n / m;
  if (rounding === "half-up") {
    const rest = n - units * m;
    const abs = (x: bigint) => (x < 0n ? -x : x);
    if (2n * abs(rest) >= abs(m)) units += n < 0n === m < 0n ? 1n : -1n;
  }
  return unscaled(units, decimals);
}
