import type { ReadProblem } from "./problems";
import type { PrintedTable } from "./types";

/**
 * Adds a `row-width` problem for each printed row of another width than the headers: a warning,
 * or info where the row is wider only by blank cells (an extractor's trailing blanks: nothing
 * unread). @internal
 */
export function rowWidthProblems(printed: PrintedTable, problems: ReadProblem[]): void {
  const width = printed.headers.length;
  printed.rows.forEach((row, index) => {
    if (row.length === width) return;
    const blankSurplus = row.length > width && row.slice(width).every((c) => c.trim() === "");
    problems.push({
      code: "row-width",
      severity: blankSurplus ? "info" : "warning",
      path: { row: index },
      expected: width,
      actual: row.length,
    });
  });
}
