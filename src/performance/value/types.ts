/**
 * A comparison operator of a quantitative indicator value, in its canonical (half-width or
 * mathematical) form: `≥` at least, `≤` at most, `>` more than, `<` less than, `=` exactly.
 * Printed forms such as `＞`, `≧`, `>=`, `不低于`, `不超过`, `以上`, `以内` parse to these.
 *
 * @example
 * ```ts
 * import type { Comparator } from "yusuan/performance";
 * const op: Comparator = "≥";
 * ```
 */
export type Comparator = "≥" | "≤" | ">" | "<" | "=";

/**
 * A date in an indicator value (时效指标): the year when printed, the month, and the day, `"end"`
 * for 月底 / 年底, or absent when only the month is printed.
 *
 * @example
 * ```ts
 * import type { TargetDate } from "yusuan/performance";
 * const d: TargetDate = { year: 2024, month: 12, day: 31 };
 * ```
 */
export interface TargetDate {
  readonly year?: number;
  readonly month: number;
  readonly day?: number | "end";
}

/**
 * A parsed indicator value (指标值): a union discriminated on `kind`.
 *
 * - `quantity`: `(op)?number(unit)?`, e.g. `≥600条` → `{ op: "≥", value: "600", unit: "条" }`.
 *   `op` is absent for a bare value (`100%`); `value` is an exact canonical decimal string (as in
 *   an `Amount`: printed decimals kept, no grouping); `unit` is the printed unit after NFKC
 *   (`次／天` → `次/天`), `""` when none.
 * - `range`: `80%-90%`, `90-100分` → `{ low: "80", high: "90", unit: "%" }`. A range with a
 *   suffix is a bound of one end: `85%-90%以上` is the quantity `≥85%`, `3-5天内` is `≤5天`;
 *   an at-least and an at-most bound joined (`≥90%，≤100%`) are a range.
 * - `date`: a deadline or date, `2024年12月31日前` → `{ op: "≤", date: { year: 2024, month: 12, day: 31 } }`
 *   (`前` is `≤`, `后` is `≥`, none is absent).
 * - `qualitative`: anything else that is not malformed (`保障到位`, `按需确定`), the trimmed text.
 *
 * Values are plain frozen data, canonical: {@link formatIndicatorValue} prints one and
 * {@link parseIndicatorValue} reads the print back to an equal value.
 *
 * @example
 * ```ts
 * import type { IndicatorValue } from "yusuan/performance";
 * const v: IndicatorValue = { kind: "quantity", op: "≤", value: "3000", unit: "元/人" };
 * ```
 */
export type IndicatorValue =
  | {
      readonly kind: "quantity";
      readonly op?: Comparator;
      readonly value: string;
      readonly unit: string;
    }
  | { readonly kind: "range"; readonly low: string; readonly high: string; readonly unit: string }
  | { readonly kind: "date"; readonly op?: Comparator; readonly date: TargetDate }
  | { readonly kind: "qualitative"; readonly text: string };

/**
 * Why a printed indicator value could not be read: a union discriminated on a stable `code`, each
 * with the `input` as given. Render it with {@link formatIndicatorValueError}.
 *
 * - `empty`: blank.
 * - `missing-number`: an operator (`≥`, `不低于` …) without a number after it, or a template's
 *   placeholder in its place, with an operator or without (`≥X%`, `≤XX元/人`, `X%`, `XX万元`,
 *   `某某`, `X%-Y%`, a date's part `2024年X月底前`); a letter that begins a word (`≤X光机辐射剂量`) is a qualitative standard.
 * - `malformed-number`: digits that do not make a number (`9..5`, `1,00`).
 * - `malformed-unit`: a quantity with an operator whose unit is not a unit (punctuation,
 *   operators or digits in it: `≥90%≥`, `≥1次/2`); words too long for a unit
 *   (`≥1个标准化示范点`) are read as printed.
 * - `conflicting-operators`: a prefix and a suffix that disagree (`≤90%以上`).
 * - `operator-with-range`: no longer reported (kept for compatibility): an operator in front of a
 *   range (`≥80%-90%`) is redundant and the range is read.
 * - `inverted-range`: the low end above the high end (`90%-80%`).
 * - `range-units-differ`: no longer reported (kept for compatibility): the ends of a range in
 *   different magnitudes of one measure (`100万-200万元`, `5千-1万元`) read in the high end's
 *   unit, and ends in units that differ (`80%-90分`) are read as printed.
 * - `invalid-date`: a month or day that does not exist (`13月`, `2023年2月29日`).
 *
 * @example
 * ```ts
 * import { parseIndicatorValue } from "yusuan/performance";
 * const r = parseIndicatorValue("≥");
 * r.ok ? "" : r.error.code; // "missing-number"
 * ```
 */
export type IndicatorValueError =
  | { readonly code: "empty"; readonly input: string }
  | { readonly code: "missing-number"; readonly input: string }
  | { readonly code: "malformed-number"; readonly input: string }
  | { readonly code: "malformed-unit"; readonly input: string; readonly unit: string }
  | { readonly code: "conflicting-operators"; readonly input: string }
  | { readonly code: "operator-with-range"; readonly input: string }
  | { readonly code: "inverted-range"; readonly input: string }
  | { readonly code: "range-units-differ"; readonly input: string }
  | { readonly code: "invalid-date"; readonly input: string }
  /** From plain JavaScript, a value that is no text (`found`: `boolean`, `object` …). */
  | { readonly code: "not-text"; readonly input: string; readonly found: string };
