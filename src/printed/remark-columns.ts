import { parseAmount } from "../amount";
import { normalizeLabel } from "../codes";
import type { ReadProblem } from "./problems";
import type { PrintedTable } from "./types";

/** Headers of a column of remarks (after `normalizeLabel`: spacing and brackets folded). */
const REMARK_HEADERS: ReadonlySet<string> = /*#__PURE__*/ new Set([
  "备注",
  "说明",
  "附注",
  "备注说明",
  "备注栏",
]);

/** A cell that prints a figure, as the amount reader reads one (`1,200.00`, `-3`, `△1.00`, `(1.00)`). */
const figure = (cell: string): boolean => {
  const read = parseAmount(cell, "万元");
  return read.ok && read.value !== null;
};

/**
 * A column of remarks printed beside a table's figures (`备注`, `说明`, `附注`: `含上年结转`,
 * `据实列支`), which no table kind has: text about the row, no part of it. Read as an unheaded
 * blank column (nothing to read, so no unknown column that each sum of the table would fall to
 * insufficient data over, and no row that prints only a remark read as printing something), its
 * printed cells kept in a `remark-column` problem (info). A column so headed that prints a figure
 * in any row stays as printed (an unknown column: which figure it is is not guessed). One pass
 * over the rows per remark column. @internal
 */
export function remarkColumns(printed: PrintedTable): {
  readonly table: PrintedTable;
  readonly problems: readonly ReadProblem[];
} {
  const { headers, rows } = printed;
  const remarks = headers.flatMap((header, i) =>
    REMARK_HEADERS.has(normalizeLabel(header.replaceAll("/", ""))) &&
    !rows.some((r) => figure(r[i] ?? ""))
      ? [i]
      : [],
  );
  if (remarks.length === 0) return { table: printed, problems: [] };
  const at = new Set(remarks);
  const problems: ReadProblem[] = remarks.map((i) => ({
    code: "remark-column",
    severity: "info",
    path: { header: i, text: headers[i] ?? "" },
    cells: rows.map((r) => r[i] ?? ""),
  }));
  const blanked = (r: readonly string[]) => r.map((cell, i) => (at.has(i) ? "" : cell));
  return {
    table: { ...printed, headers: blanked(headers), rows: rows.map(blanked) },
    problems,
  };
}
