import type { ReadProblem } from "./problems";
import type { PrintedTable } from "./types";

/**
 * Whether a row's other width is an extractor's, carrying nothing unread: wider only by blank
 * cells (trailing blanks a PDF extractor adds), or shorter with its last cell printed (a
 * spreadsheet reader leaving out a row's trailing blank cells, as SheetJS's `sheet_to_json` does;
 * the missing cells are read as blank). A short row ending in a blank cell is no such row.
 */
function extractorWidth(row: readonly string[], width: number): boolean {
  if (row.length > width) return row.slice(width).every((c) => c.trim() === "");
  const last = row.at(-1);
  return last === undefined || last.trim() !== "";
}

/**
 * Adds a `row-width` problem for each printed row of another width than the headers: info where
 * the other width is an extractor's (see {@link extractorWidth}), else a warning. @internal
 */
export function rowWidthProblems(printed: PrintedTable, problems: ReadProblem[]): void {
  const width = printed.headers.length;
  printed.rows.forEach((row, index) => {
    if (row.length === width) return;
    problems.push({
      code: "row-width",
      severity: extractorWidth(row, width) ? "info" : "warning",
      path: { row: index },
      expected: width,
      actual: row.length,
    });
  });
}
