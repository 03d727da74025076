/**
 * Exact arithmetic on canonical decimal strings for evaluation (internal): the amount module's
 * BigInt / decimal.js helpers, so no indicator value or score passes through a binary float.
 */

import type { Rounding } from "../../amount";
import {
  addValues,
  compareValues,
  divideValues,
  multiplyValues,
  roundValue,
  subtractValues,
} from "../../amount/decimal";

const digits = (v: string): number => {
  const point = v.indexOf(".");
  return point < 0 ? 0 : v.length - point - 1;
};

/** `a + b`. @internal */
export const add = (a: string, b: string): string =>
  addValues(a, b, Math.max(digits(a), digits(b)));
/** `a − b`. @internal */
export const sub = (a: string, b: string): string =>
  subtractValues(a, b, Math.max(digits(a), digits(b)));
/** `a × b`. @internal */
export const mul = multiplyValues;
/** Numeric comparison. @internal */
export const cmp = compareValues;
/** Whether `a` is zero. @internal */
export const isZero = (a: string): boolean => !/[1-9]/.test(a);
/** `|a|`. @internal */
export const abs = (a: string): string => (a.startsWith("-") ? a.slice(1) : a);
/** `a ÷ b` rounded once to `decimals` (`b` must not be zero). @internal */
export const div = (a: string, b: string, decimals: number, rounding: Rounding): string =>
  divideValues(a, b, decimals, rounding);
/** `a` rounded to `decimals`. @internal */
export const round = (a: string, decimals: number, rounding: Rounding = "half-up"): string =>
  roundValue(a, decimals, rounding);
/** The smaller of two values. @internal */
export const min = (a: string, b: string): string => (cmp(a, b) <= 0 ? a : b);
/** `a` limited to `[low, high]`. @internal */
export const clamp = (a: string, low: string, high: string): string =>
  cmp(a, low) < 0 ? low : cmp(a, high) > 0 ? high : a;
