import type { CodeError, CodeSystem } from "../codes";

/**
 * Where in a printed table a {@link ReadProblem} is: the title, a header (0-based column index
 * and its printed text), or a row (0-based index into the printed rows, with the 0-based column
 * index of the cell when one cell is at fault).
 *
 * @example
 * ```ts
 * import type { ReadProblemPath } from "yusuan/printed";
 * const path: ReadProblemPath = { row: 3, cell: 0 };
 * ```
 */
export type ReadProblemPath =
  | { readonly title: string }
  | { readonly header: number; readonly text: string }
  | { readonly row: number; readonly cell?: number };

/**
 * How much a {@link ReadProblem} matters: `error` (something printed could not be placed),
 * `warning` (placed with a doubt, or kept aside), `info` (nothing lost).
 *
 * @example
 * ```ts
 * import type { ReadSeverity } from "yusuan/printed";
 * const s: ReadSeverity = "info";
 * ```
 */
export type ReadSeverity = "error" | "warning" | "info";

/**
 * Something {@link readPrintedTable} could not place, discriminated on `code`. Every problem
 * has a `severity` and a `path` into the printed table. Render it with {@link formatReadProblem}.
 *
 * - `unknown-title` (error): no table kind of the template has this title; no table is built.
 * - `unknown-kind` (error): the kind forced through the options is not in the template.
 * - `unknown-unit` (error): the printed unit is not 元 / 万元 / 亿元; the kind's default is used.
 * - `unknown-header` (warning): no column of the kind has this header; its cells are kept under
 *   the cell key `key` (`extra:<header>`), which lowering reports as an unknown column.
 * - `duplicate-header` (warning): the header names a column another header already took; kept
 *   under `key` like an unknown header.
 * - `missing-column` (info): a column of the kind that the printed table does not have.
 * - `row-width` (warning): a row with more or fewer cells than headers (missing cells read as
 *   blank, surplus cells kept under `extra:#<index>`).
 * - `malformed-code` (error): a printed code that does not parse; the row is left out of the
 *   table (its printed cells are in `cells`). A blank segment between filled ones (`201 | | 01`)
 *   is a `bad-segment` error on the blank segment.
 * - `unplaced-row` (error): a row that carries nothing the kind accepts as a row key (no code,
 *   unit, project, line label or total label); left out of the table, its cells kept in `cells`.
 * - `unknown-line-label` (error) / `ambiguous-line` (error): a label of a line table that
 *   matches no line / several lines (`candidates`); that side of the row is left out.
 * - `functional-by-ordinal` (info when other labels of the table confirm that it numbers 类 by
 *   code − 200, warning when that is assumed): a 类 label resolved from its ordinal alone.
 * - `duplicate-row` (info when one of the two rows is blank, error otherwise): two rows with the
 *   same key (`rows` holds both printed indexes); both are kept.
 *
 * @example
 * ```ts
 * import type { ReadProblem } from "yusuan/printed";
 * const p: ReadProblem = {
 *   code: "unknown-header", severity: "warning", path: { header: 4, text: "备注" }, key: "extra:备注",
 * };
 * ```
 */
export type ReadProblem =
  | {
      readonly code: "unknown-title";
      readonly severity: "error";
      readonly path: { readonly title: string };
    }
  | {
      readonly code: "unknown-kind";
      readonly severity: "error";
      readonly path: { readonly title: string };
      readonly kind: string;
    }
  | {
      readonly code: "unknown-unit";
      readonly severity: "error";
      readonly path: { readonly title: string };
      readonly unit: string;
      readonly used: string;
    }
  | {
      readonly code: "unknown-header" | "duplicate-header";
      readonly severity: "warning";
      readonly path: { readonly header: number; readonly text: string };
      readonly key: string;
    }
  | {
      readonly code: "missing-column";
      readonly severity: "info";
      readonly path: { readonly title: string };
      readonly column: string;
      readonly header: string;
    }
  | {
      readonly code: "row-width";
      readonly severity: "warning";
      readonly path: { readonly row: number };
      readonly expected: number;
      readonly actual: number;
    }
  | {
      readonly code: "malformed-code";
      readonly severity: "error";
      readonly path: { readonly row: number; readonly cell: number };
      readonly system: CodeSystem;
      readonly error: CodeError;
      readonly cells: readonly string[];
    }
  | {
      readonly code: "unplaced-row";
      readonly severity: "error";
      readonly path: { readonly row: number };
      readonly cells: readonly string[];
    }
  | {
      readonly code: "unknown-line-label" | "ambiguous-line";
      readonly severity: "error";
      readonly path: { readonly row: number; readonly cell: number };
      readonly label: string;
      readonly candidates: readonly string[];
    }
  | {
      readonly code: "functional-by-ordinal";
      readonly severity: "info" | "warning";
      readonly path: { readonly row: number; readonly cell: number };
      readonly label: string;
      readonly functional: string;
    }
  | {
      readonly code: "duplicate-row";
      readonly severity: "info" | "error";
      readonly path: { readonly row: number };
      readonly key: string;
      readonly rows: readonly [number, number];
    };
