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
 * How much a {@link ReadProblem} matters: `error` (a table could not be read, or a printed cell is
 * no valid amount), `warning` (kept aside or placed with a doubt: nothing is lost), `info`
 * (nothing lost, nothing doubtful).
 *
 * @example
 * ```ts
 * import type { ReadSeverity } from "yusuan/printed";
 * const s: ReadSeverity = "info";
 * ```
 */
export type ReadSeverity = "error" | "warning" | "info";
