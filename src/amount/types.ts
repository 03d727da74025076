/**
 * The unit a disclosure prints its amounts in: 元, 万元 (10⁴ 元) or 亿元 (10⁸ 元).
 *
 * @example
 * ```ts
 * import type { Unit } from "yusuan";
 * const unit: Unit = "万元";
 * ```
 */
export type Unit = "元" | "万元" | "亿元";

/**
 * How a value is rounded to fewer fraction digits.
 *
 * - `half-up`: to the nearest, a tie (…5) away from zero: `0.125 → 0.13`, `-0.125 → -0.13`.
 * - `truncate`: toward zero, dropping the extra digits: `328661.81 → 328661`, `-1.29 → -1.2`.
 *
 * @example
 * ```ts
 * import { amount, roundAmount } from "yusuan";
 * roundAmount(amount("328661.81", "元"), 0, "truncate").value; // "328661"
 * ```
 */
export type Rounding = "half-up" | "truncate";

/**
 * An exact money amount as printed: a plain decimal string, its unit and its printed precision.
 *
 * `value` is canonical: an optional `-`, no leading zeros, no grouping, exactly `decimals`
 * fraction digits (so trailing zeros are kept) and never a negative zero. Amounts are plain
 * frozen objects; build them with {@link parseAmount}, {@link amount} or {@link zeroAmount} and
 * compare them with {@link amountsEqual} (which is numeric) rather than `===`.
 *
 * Arithmetic is exact for results of up to 60 significant digits, far beyond any budget.
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * amount("1,212.10"); // { value: "1212.10", unit: "万元", decimals: 2 }
 * ```
 */
export interface Amount {
  /** Canonical plain decimal string with exactly `decimals` fraction digits, e.g. `"969.06"`. */
  readonly value: string;
  /** The unit the value is stated in. */
  readonly unit: Unit;
  /** The printed precision: the number of fraction digits (0 or more). */
  readonly decimals: number;
}

/**
 * Options of {@link formatAmount}.
 *
 * @example
 * ```ts
 * import type { FormatAmountOptions } from "yusuan";
 * const options: FormatAmountOptions = { grouping: true, decimals: 2 };
 * ```
 */
export interface FormatAmountOptions {
  /** Insert `,` between groups of three integer digits. Default `false`. */
  readonly grouping?: boolean;
  /** Print this many fraction digits (rounding or padding). Default: the amount's own `decimals`. */
  readonly decimals?: number;
  /** How to drop digits when `decimals` is smaller than the amount's. Default `"half-up"`. */
  readonly rounding?: Rounding;
}

/**
 * Options of {@link ratio} and {@link percentage}: the scale of the result and how to round to it.
 *
 * @example
 * ```ts
 * import type { RatioOptions } from "yusuan";
 * const options: RatioOptions = { decimals: 2, rounding: "half-up" };
 * ```
 */
export interface RatioOptions {
  /** Number of fraction digits of the result (0 or more). */
  readonly decimals: number;
  /** How to round the exact quotient. Default `"half-up"`. */
  readonly rounding?: Rounding;
}

/**
 * The set of exact values a printed amount stands for, given how it was rounded (the XBRL
 * Calculations 1.1 model). Both ends are in the amount's unit with one more fraction digit.
 *
 * For a positive value printed half-up it is `[v − ½·10⁻ᵈ, v + ½·10⁻ᵈ)`; for a negative value
 * the open end flips, since ties round away from zero; for zero both ends are open. Truncated
 * values stand for `[v, v + 10⁻ᵈ)` when positive, `(v − 10⁻ᵈ, v]` when negative and
 * `(−10⁻ᵈ, 10⁻ᵈ)` when zero, because truncation goes toward zero.
 *
 * @example
 * ```ts
 * import { amount, amountInterval } from "yusuan";
 * const { low, high, lowInclusive, highInclusive } = amountInterval(amount("6.50"));
 * [low.value, high.value]; // ["6.495", "6.505"]
 * [lowInclusive, highInclusive]; // [true, false]
 * ```
 */
export interface AmountInterval {
  /** The lower end. */
  readonly low: Amount;
  /** The upper end. */
  readonly high: Amount;
  /** Whether `low` itself belongs to the interval. */
  readonly lowInclusive: boolean;
  /** Whether `high` itself belongs to the interval. */
  readonly highInclusive: boolean;
}
