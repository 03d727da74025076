import { rangeShift, shifted } from "../value/measure";
import { parseIndicatorValue } from "../value/parse";
import type { Comparator, IndicatorValue, TargetDate } from "../value/types";
import { abs, clamp, cmp, div, isZero, min, sub } from "./exact";

/**
 * An actual result to evaluate an indicator against: a printed value (`92%`, `3`, `2024年12月20日`)
 * or a judgment made by a person (the only way a qualitative target such as `保障到位` is met).
 *
 * @example
 * ```ts
 * import type { Actual } from "yusuan/performance";
 * const measured: Actual = "96.5%";
 * const judged: Actual = { judgment: "met" };
 * ```
 */
export type Actual = string | { readonly judgment: "met" | "not-met" };

/**
 * Options of {@link evaluateIndicator}: how a bare value (`100%`, no operator) is read (`≥` by
 * default: completion and satisfaction rates, counts; or `=`), and the year of a date target
 * printed without one (`12月底前`). A bare zero (`0起`, `0次`, `0%`) is a ceiling whatever `bare`
 * says: read as `≤0` (none at all), for `≥0` would be met by any count.
 *
 * @example
 * ```ts
 * import type { EvaluateOptions } from "yusuan/performance";
 * const o: EvaluateOptions = { bare: "=", year: 2024 };
 * ```
 */
export interface EvaluateOptions {
  readonly bare?: "≥" | "=";
  readonly year?: number;
}

/**
 * Why an evaluation needs a person's judgment: a qualitative target without a judgment, an actual
 * in another unit, a target or actual that does not parse (or is of another kind), or a date
 * without a year.
 *
 * @example
 * ```ts
 * import type { JudgmentReason } from "yusuan/performance";
 * const r: JudgmentReason = "unit-mismatch";
 * ```
 */
export type JudgmentReason =
  | "qualitative"
  | "unit-mismatch"
  | "malformed-target"
  | "malformed-actual"
  | "no-year";

/**
 * The outcome of evaluating one indicator, exact:
 *
 * - `status`: `met`, `not-met`, or `needs-judgment` (with its `reason`);
 * - `margin`: how far the actual is on the good side of the target, in `unit` (`≥90%` and 92%:
 *   `"2"`; `≤20%` and 25%: `"-5"`; a range: the distance to the nearer end; a date: days, unit
 *   `天`), negative when not met;
 * - `credit`: the share of the indicator's weight earned, `"1"` when met, proportional when a
 *   quantity misses (`≥`: actual ÷ target; `≤`: target ÷ actual; `=`: 1 − |actual − target| ÷
 *   target; a range: as for its nearer end), truncated to 4 decimals and never below 0; a missed
 *   date or a qualitative target judged not met earns `"0"`.
 *
 * @example
 * ```ts
 * import type { Evaluation } from "yusuan/performance";
 * const e: Evaluation = { status: "not-met", margin: "-5", unit: "%", credit: "0.8000" };
 * ```
 */
export interface Evaluation {
  readonly status: "met" | "not-met" | "needs-judgment";
  readonly margin?: string;
  readonly unit?: string;
  readonly credit?: string;
  readonly reason?: JudgmentReason;
}

const judgment = (reason: JudgmentReason): Evaluation => ({ status: "needs-judgment", reason });
const CREDIT_DECIMALS = 4;

/** part ÷ whole as a credit in [0, 1], truncated (so a miss never rounds up to full credit). */
function credit(part: string, whole: string): string {
  if (isZero(whole) || cmp(part, "0") <= 0 || cmp(whole, "0") < 0) return "0";
  return clamp(div(part, whole, CREDIT_DECIMALS, "truncate"), "0", "1");
}

/** Met, margin and credit of a quantity against `op target`. */
function quantity(op: Comparator, target: string, actual: string, unit: string): Evaluation {
  let margin: string;
  let met: boolean;
  let partial: string;
  switch (op) {
    case "≥":
    case ">":
      margin = sub(actual, target);
      met = op === "≥" ? cmp(margin, "0") >= 0 : cmp(margin, "0") > 0;
      partial = credit(actual, target);
      break;
    case "≤":
    case "<":
      margin = sub(target, actual);
      met = op === "≤" ? cmp(margin, "0") >= 0 : cmp(margin, "0") > 0;
      partial = credit(target, actual);
      break;
    case "=": {
      const off = abs(sub(actual, target));
      margin = isZero(off) ? "0" : `-${off}`;
      met = isZero(off);
      partial = isZero(target) ? "0" : credit(sub(abs(target), off), abs(target));
      break;
    }
  }
  return met
    ? { status: "met", margin, unit, credit: "1" }
    : { status: "not-met", margin, unit, credit: partial };
}

/** Days since 1970-01-01 of a date (day `end` or absent: the month's last day, or first for `from`). */
function dayNumber(d: TargetDate, year: number, from: boolean): number {
  const last = new Date(Date.UTC(year, d.month, 0)).getUTCDate();
  const day = d.day === "end" ? last : (d.day ?? (from ? 1 : last));
  return Date.UTC(year, d.month - 1, day) / 86_400_000;
}

function date(
  target: Extract<IndicatorValue, { kind: "date" }>,
  actual: IndicatorValue,
  options: EvaluateOptions,
): Evaluation {
  if (actual.kind !== "date" || actual.date.day === undefined || actual.date.day === "end")
    return judgment("malformed-actual");
  const actualYear = actual.date.year ?? options.year;
  const targetYear = target.date.year ?? options.year ?? actualYear;
  if (actualYear === undefined || targetYear === undefined) return judgment("no-year");
  const op = target.op ?? "≤";
  const t = dayNumber(target.date, targetYear, op === "≥" || op === ">");
  const a = dayNumber(actual.date, actualYear, false);
  const r = quantity(op, String(t), String(a), "天");
  return r.status === "met" ? r : { ...r, credit: "0" };
}

/**
 * The operator of a bare target (printed without one): `options.bare` (`≥` by default), but `≤`
 * for a zero (`0起` 安全事故, `0次` 有效投诉: none at all; `≥0` would hold for any count).
 */
function bareOp(target: string, options: EvaluateOptions): Comparator {
  return isZero(target) ? "≤" : (options.bare ?? "≥");
}

/**
 * An actual's value in the target's unit: as printed when it prints none or the same, shifted when
 * it prints another magnitude of the same measure (`12000元` is `1.2` in `万元`, `9.5万` in
 * `万人次`), `undefined` for another measure (`人` for `人次`).
 */
function inUnit(value: string, unit: string, target: string): string | undefined {
  if (unit === "" || unit === target) return value;
  const places = rangeShift(unit, target);
  return places === undefined ? undefined : shifted(value, places);
}

/**
 * Evaluates an indicator's target against an actual result, exactly (decimal strings, no
 * floating point). Quantities compare with their operator (a bare value as `options.bare`, `≥` by
 * default; a bare zero, `0起`, as `≤0`); an actual without a unit is taken in the target's unit, one in another magnitude of
 * its measure is converted exactly (`12000元` against `≥1万元`), one in another unit needs
 * judgment; ranges include both ends; dates compare by day (`前` = by that day; a month-only or
 * 月底 target means the month's last day). A qualitative target needs a person's judgment,
 * passed as `{ judgment: "met" | "not-met" }` (which any target accepts). See {@link Evaluation}.
 *
 * @param target - the 指标值 as printed, or already parsed
 * @param actual - the actual result (see {@link Actual})
 * @param options - see {@link EvaluateOptions}
 *
 * @example
 * ```ts
 * import { evaluateIndicator } from "yusuan/performance";
 * evaluateIndicator("≥90%", "92.5%"); // { status: "met", margin: "2.5", unit: "%", credit: "1" }
 * evaluateIndicator("≥600条", "540"); // { status: "not-met", margin: "-60", unit: "条", credit: "0.9000" }
 * evaluateIndicator("≤20%", "25%"); // { status: "not-met", margin: "-5", unit: "%", credit: "0.8000" }
 * evaluateIndicator("0起", "1起"); // { status: "not-met", margin: "-1", unit: "起", credit: "0" }
 * evaluateIndicator("12月底前", "2024年12月20日"); // { status: "met", margin: "11", unit: "天", credit: "1" }
 * evaluateIndicator("保障到位", "保障到位"); // { status: "needs-judgment", reason: "qualitative" }
 * evaluateIndicator("保障到位", { judgment: "met" }); // { status: "met", credit: "1" }
 * ```
 */
export function evaluateIndicator(
  target: string | IndicatorValue,
  actual: Actual,
  options: EvaluateOptions = {},
): Evaluation {
  if (typeof actual !== "string")
    return actual.judgment === "met"
      ? { status: "met", credit: "1" }
      : { status: "not-met", credit: "0" };
  let t: IndicatorValue;
  if (typeof target === "string") {
    const parsed = parseIndicatorValue(target);
    if (!parsed.ok) return judgment("malformed-target");
    t = parsed.value;
  } else t = target;
  if (t.kind === "qualitative") return judgment("qualitative");
  const parsed = parseIndicatorValue(actual);
  if (!parsed.ok) return judgment("malformed-actual");
  const a = parsed.value;
  if (t.kind === "date") return date(t, a, options);
  if (a.kind !== "quantity" || (a.op !== undefined && a.op !== "="))
    return judgment("malformed-actual");
  const value = inUnit(a.value, a.unit, t.unit);
  if (value === undefined) return judgment("unit-mismatch");
  if (t.kind === "quantity")
    return quantity(t.op ?? bareOp(t.value, options), t.value, value, t.unit);
  const low = quantity("≥", t.low, value, t.unit);
  const high = quantity("≤", t.high, value, t.unit);
  const margin = min(low.margin ?? "0", high.margin ?? "0");
  if (low.status === "met" && high.status === "met")
    return { status: "met", margin, unit: t.unit, credit: "1" };
  const miss = low.status === "met" ? high : low;
  return { status: "not-met", margin, unit: t.unit, credit: miss.credit ?? "0" };
}
