/**
 * Why a string is not an amount, or why a ratio has no value. A union discriminated on a stable
 * `code`; every variant carries the `input` it is about and a `position`: the 0-based index
 * (in UTF-16 code units, as string indexing counts) of the offending character in
 * `input`, or 0 when no single character is to blame. Render it with {@link formatAmountError}.
 *
 * - `invalid-character`: a character that has no place in an amount (`char` holds it).
 * - `misplaced-sign`: a `+`/`-` that is not the first character.
 * - `multiple-points`: a second decimal point (`12.3.4`).
 * - `bad-grouping`: thousands separators not in groups of three before the point, or a separator
 *   after the point; `position` is the separator next to the wrongly sized group.
 * - `no-digits`: a sign without digits (`+`), or a point without digits on one side (`.`, `.5`,
 *   `1.`); `position` is the point, or the start of the amount.
 * - `exponent-not-allowed`: scientific notation (`1e5`); `position` is the `e`.
 * - `not-a-number`: `NaN`, `Infinity`, `-Infinity`, `inf`, `∞` (any case); `position` is the
 *   start of the amount.
 * - `unknown-unit`: the unit is none of 元, 万元, 亿元 (`千元`, cast from a spreadsheet); `unit` holds
 *   it as text and `position` is 0. No amount is made in a unit the library cannot convert.
 * - `unit-not-taken`: a well-formed figure printed with a money unit after it (`11.00百万元`,
 *   `1100千元`, `1,100.00 万元`, `11.00（百万元）`); `unit` holds the word as printed and `position`
 *   is where it starts. Not a malformed figure: the unit is one this reader does not take.
 * - `not-text`: the input is not a string (`type` says what it is: `number`, `null`, `object` …);
 *   `input` is `""` and `position` 0. Printed amounts are text: pass `"6.50"`, not `6.5`.
 * - `division-by-zero`: {@link ratio} or {@link percentage} of a zero whole; `input` is the
 *   whole's value and `position` is 0.
 *
 * @example
 * ```ts
 * import { parseAmount } from "yusuan";
 * parseAmount("12.3.4"); // { ok: false, error: { code: "multiple-points", input: "12.3.4", position: 4 } }
 * ```
 */
export type AmountError =
  | {
      readonly code: "invalid-character";
      readonly input: string;
      readonly position: number;
      readonly char: string;
    }
  | { readonly code: "misplaced-sign"; readonly input: string; readonly position: number }
  | { readonly code: "multiple-points"; readonly input: string; readonly position: number }
  | { readonly code: "bad-grouping"; readonly input: string; readonly position: number }
  | { readonly code: "no-digits"; readonly input: string; readonly position: number }
  | { readonly code: "exponent-not-allowed"; readonly input: string; readonly position: number }
  | { readonly code: "not-a-number"; readonly input: string; readonly position: number }
  | {
      readonly code: "unknown-unit";
      readonly input: string;
      readonly position: number;
      readonly unit: string;
    }
  | {
      readonly code: "unit-not-taken";
      readonly input: string;
      readonly position: number;
      readonly unit: string;
    }
  | {
      readonly code: "not-text";
      readonly input: string;
      readonly position: number;
      readonly type: string;
    }
  | { readonly code: "division-by-zero"; readonly input: string; readonly position: number };

/**
 * The `code` of an {@link AmountError}.
 *
 * @example
 * ```ts
 * import type { AmountErrorCode } from "yusuan";
 * const code: AmountErrorCode = "bad-grouping";
 * ```
 */
export type AmountErrorCode = AmountError["code"];
