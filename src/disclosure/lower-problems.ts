import type { AmountError } from "../amount";
import type { CodeError } from "../codes";

/**
 * A cell that could not become a fact as printed, kept with its path so nothing is lost silently.
 * Two families:
 *
 * - the document's own faults: `malformed-amount` (printed text that is no amount: `6.5O`),
 *   `misprinted-code` (a code read as the one it unambiguously `denotes`, `301 2` → 30102: the
 *   row states its facts under that code; `raw` is the print);
 * - reading gaps, which the check reports as coverage, never as findings: `malformed-code` (a key
 *   code that cannot be read; the row states nothing), `unplaced-row` (a row the reader could not
 *   place), `unknown-column`, `unknown-line`, `unknown-table-kind`, `unknown-attribute-value`,
 *   `ambiguous-line` (a line whose place decides what it states, printed where its place cannot
 *   be told: 用事业基金弥补收支差额 without a 本年收入合计 line; it states nothing);
 * - misuse from plain JavaScript, also coverage: `wrong-type` (a value of another type than
 *   `expected` at `path` in the table: a boolean cell, rows that are no list; number cells are
 *   read as their decimal text and `null` as blank, without a problem) and `invalid-value` (text
 *   at `path` that is none of the `expected` values: a unit such as `千元`, whose table then
 *   states no amount, or a row-key kind, whose row is kept as `unplaced`).
 *
 * @example
 * ```ts
 * import type { LoweringProblem } from "yusuan";
 * const p: LoweringProblem = { code: "unknown-column", table: "expenditure", row: "total", column: "x", raw: "1.00" };
 * ```
 */
export type LoweringProblem =
  | {
      readonly code: "malformed-amount";
      readonly table: string;
      readonly row: string;
      readonly column: string;
      readonly raw: string;
      readonly error: AmountError;
    }
  | {
      readonly code: "malformed-code";
      readonly table: string;
      readonly row: string;
      readonly raw: string;
      readonly error: CodeError;
    }
  | {
      readonly code: "misprinted-code";
      readonly table: string;
      readonly row: string;
      readonly raw: string;
      /** The code the print denotes. */
      readonly denotes: string;
    }
  | {
      readonly code: "unplaced-row";
      readonly table: string;
      readonly row: string;
      readonly label: string;
    }
  | {
      readonly code: "unknown-column";
      readonly table: string;
      readonly row: string;
      readonly column: string;
      readonly raw: string;
    }
  | {
      readonly code: "wrong-type";
      readonly table: string;
      readonly path: readonly (string | number)[];
      readonly expected: "text" | "object" | "array" | "integer";
      readonly actual: string;
    }
  | {
      readonly code: "invalid-value";
      readonly table: string;
      readonly path: readonly (string | number)[];
      readonly input: string;
      readonly expected: readonly string[];
    }
  | {
      readonly code: "unknown-line" | "ambiguous-line";
      readonly table: string;
      readonly row: string;
    }
  | { readonly code: "unknown-table-kind"; readonly table: string }
  | {
      readonly code: "unknown-attribute-value";
      readonly table: string;
      readonly row: string;
      readonly column: string;
      readonly raw: string;
    };
