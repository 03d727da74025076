import {
  type Amount,
  convertAmount,
  isZero,
  percentage,
  type Rounding,
  subtractAmounts,
  sumAmounts,
} from "../amount";
import { err, ok, type Result } from "../result";

/**
 * Why there is no percentage: a zero base (a share of nothing, growth from zero: never "100%"),
 * or a negative part in a set of shares.
 *
 * @example
 * ```ts
 * import type { NoPercentage } from "yusuan/measures";
 * const none: NoPercentage = { code: "zero-base" };
 * ```
 */
export interface NoPercentage {
  readonly code: "zero-base" | "negative-part";
}

/**
 * Options of {@link share}, {@link growth} and {@link shares}: fraction digits of the percentage
 * (default 2) and how to round (default half-up, as the narratives print).
 *
 * @example
 * ```ts
 * import type { PercentOptions } from "yusuan/measures";
 * const o: PercentOptions = { decimals: 2, rounding: "truncate" };
 * ```
 */
export interface PercentOptions {
  readonly decimals?: number;
  readonly rounding?: Rounding;
}

const zeroBase = <T>(): Result<T, NoPercentage> => err({ code: "zero-base" });

/**
 * `part` as a percentage of `whole`, rounded once (682.06 of 969.06 → `"70.38"`). A zero whole
 * gives no percentage.
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import { share } from "yusuan/measures";
 * share(amount("682.06"), amount("969.06")); // { ok: true, value: "70.38" }
 * share(amount("1.00"), amount("0.00")).ok; // false
 * ```
 */
export function share(
  part: Amount,
  whole: Amount,
  options: PercentOptions = {},
): Result<string, NoPercentage> {
  const r = percentage(part, whole, {
    decimals: options.decimals ?? 2,
    rounding: options.rounding ?? "half-up",
  });
  return r.ok ? r : zeroBase();
}

/**
 * Growth of `current` over `prior` in percent: (current − prior) ÷ prior × 100, rounded once
 * (969.06 against 834.84: +134.22 → `"16.08"`). From a zero prior there is no percentage, never
 * 100%. The change itself is `subtractAmounts(current, prior)`.
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import { growth } from "yusuan/measures";
 * growth(amount("969.06"), amount("834.84")); // { ok: true, value: "16.08" }
 * growth(amount("6.50"), amount("7.50")); // { ok: true, value: "-13.33" }
 * growth(amount("5.00"), amount("0.00")); // { ok: false, error: { code: "zero-base" } }
 * ```
 */
export function growth(
  current: Amount,
  prior: Amount,
  options: PercentOptions = {},
): Result<string, NoPercentage> {
  return share(subtractAmounts(current, prior), prior, options);
}

/** An amount as an integer count of `10^-decimals` of `unit` (exact: `decimals` ≥ its own). */
function scaled(a: Amount, unit: Amount["unit"], decimals: number): bigint {
  const v = convertAmount(a, unit);
  const [int = "0", frac = ""] = v.value.replace("-", "").split(".");
  const n = BigInt(int + frac.padEnd(decimals, "0"));
  return v.value.startsWith("-") ? -n : n;
}

const plain = (units: bigint, decimals: number): string => {
  const digits = units.toString().padStart(decimals + 1, "0");
  return decimals === 0
    ? digits
    : `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`;
};

/**
 * Each part's share of their total, in percent. `method: "round"` (default) rounds each share
 * on its own, as most texts do (the printed shares may then total 99.99 or 100.01);
 * `"largest-remainder"` truncates each and hands the missing 0.01s to the largest remainders, so
 * they total exactly 100. A zero total gives no percentage; a negative part gives none with
 * `"largest-remainder"`.
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import { shares } from "yusuan/measures";
 * const parts = [amount("1"), amount("1"), amount("1")];
 * shares(parts); // { ok: true, value: ["33.33", "33.33", "33.33"] }
 * shares(parts, { method: "largest-remainder" }); // { ok: true, value: ["33.34", "33.33", "33.33"] }
 * shares([amount("682.06"), amount("287.00")]); // { ok: true, value: ["70.38", "29.62"] }
 * ```
 */
export function shares(
  parts: readonly Amount[],
  options: PercentOptions & { readonly method?: "round" | "largest-remainder" } = {},
): Result<readonly string[], NoPercentage> {
  const decimals = options.decimals ?? 2;
  if (parts.length === 0) return ok([]);
  const whole = sumAmounts(parts);
  if (isZero(whole)) return zeroBase();
  if (options.method !== "largest-remainder") {
    const out: string[] = [];
    for (const p of parts) {
      const r = share(p, whole, options);
      if (!r.ok) return zeroBase();
      out.push(r.value);
    }
    return ok(out);
  }
  const d = Math.max(...parts.map((p) => convertAmount(p, whole.unit).decimals));
  const values = parts.map((p) => scaled(p, whole.unit, d));
  const total = values.reduce((s, v) => s + v, 0n);
  if (values.some((v) => v < 0n) || total < 0n) return err({ code: "negative-part" });
  const full = 100n * 10n ** BigInt(decimals);
  const floors = values.map((v) => (v * full) / total);
  const remainders = values.map((v, i) => v * full - (floors[i] as bigint) * total);
  let missing = full - floors.reduce((s, v) => s + v, 0n);
  const order = remainders
    .map((r, i) => [r, i] as const)
    .sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] > b[0] ? -1 : 1));
  const units = [...floors];
  for (const [, i] of order) {
    if (missing === 0n) break;
    units[i] = (units[i] as bigint) + 1n;
    missing -= 1n;
  }
  return ok(units.map((u) => plain(u, decimals)));
}
