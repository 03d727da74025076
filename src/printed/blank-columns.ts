import type { ReadProblem } from "./problems";
import type { PrintedTable } from "./types";

/** Whether a header prints no text at any level (`""`, `" "`, `"//"`). */
const blankHeader = (header: string): boolean => header.replaceAll("/", "").trim() === "";

/**
 * Columns a table extractor added that carry nothing (PDF and Excel extractors often give a
 * column between printed ones, or at either end): no header text at any level and nothing in any
 * row. Such a column is kept as printed (its blank cells under `extra:#<index>`) and noted as a
 * `blank-column` (info), never an unknown column. A blank-headed column that prints something in
 * any row is none (its cells are unread: an unknown column, a warning). Columns in `skip` (already
 * read as unheaded: a blank twin, a remark or row-number column) are left to their own note. One
 * pass over the rows per blank-headed column. @internal
 */
export function blankColumns(
  printed: PrintedTable,
  skip: ReadonlySet<number>,
): readonly (ReadProblem & { readonly code: "blank-column" })[] {
  const { headers, rows } = printed;
  return headers.flatMap((header, i) =>
    !skip.has(i) && blankHeader(header) && rows.every((r) => (r[i] ?? "").trim() === "")
      ? [{ code: "blank-column", severity: "info", path: { header: i, text: header } } as const]
      : [],
  );
}
