import { normalizeLabel } from "../codes";
import type { ReadProblem } from "./problems";
import { listNumber } from "./transposed";
import type { PrintedTable } from "./types";

/** Headers of a column numbering the rows (its last level, after `normalizeLabel`). */
const NUMBER_HEADERS: ReadonlySet<string> = /*#__PURE__*/ new Set(["序号", "行次", "栏次"]);

/** Whether a header heads a column numbering the rows (`行次`, `收入/行次`, `序号`). @internal */
export const numbersRows = (header: string): boolean =>
  NUMBER_HEADERS.has(normalizeLabel(header.split("/").at(-1) ?? ""));

/**
 * Columns numbering the rows (`序号`, `行次`, `栏次`: `1`, `2`, `2.1`, `（一）`, `一、`), which no
 * table kind reads: the layout's, no data. Read as unheaded blank columns (no unknown column that
 * each sum would fall to insufficient data over), their cells kept in a `number-column` problem
 * (info). A column so headed that prints anything else (a code, a figure, a name) stays as
 * printed. An empty table's (no rows: the form's 序号 over nothing) is the layout's too. One pass
 * over the rows per such column. @internal
 */
export function numberColumns(printed: PrintedTable): {
  readonly table: PrintedTable;
  readonly problems: readonly ReadProblem[];
} {
  const { headers, rows } = printed;
  const numbers = headers.flatMap((header, i) =>
    numbersRows(header) &&
    rows.every((r) => listNumber(r[i] ?? "") !== undefined) &&
    (rows.length === 0 || rows.some((r) => (r[i] ?? "").trim() !== ""))
      ? [i]
      : [],
  );
  if (numbers.length === 0) return { table: printed, problems: [] };
  const at = new Set(numbers);
  const problems: ReadProblem[] = numbers.map((i) => ({
    code: "number-column",
    severity: "info",
    path: { header: i, text: headers[i] ?? "" },
    cells: rows.map((r) => r[i] ?? ""),
  }));
  const blanked = (r: readonly string[]) => r.map((cell, i) => (at.has(i) ? "" : cell));
  return { table: { ...printed, headers: blanked(headers), rows: rows.map(blanked) }, problems };
}
