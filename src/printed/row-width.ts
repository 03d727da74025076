import type { ReadProblem } from "./problems";
import type { PrintedTable } from "./types";

/** Adds a `row-width` warning for each printed row of another width than the headers. @internal */
export function rowWidthProblems(printed: PrintedTable, problems: ReadProblem[]): void {
  const width = printed.headers.length;
  printed.rows.forEach((row, index) => {
    if (row.length === width) return;
    problems.push({
      code: "row-width",
      severity: "warning",
      path: { row: index },
      expected: width,
      actual: row.length,
    });
  });
}
