import { normalizeLabel } from "../codes";
import { type ColumnMatch, headerLevels } from "./headers";

/**
 * The rows that repeat the table's headers: a table split by a page break prints its header rows
 * again on the next page, and a text layer gives them as rows. Such a row prints nothing but
 * header words (each non-blank cell, up to `normalizeLabel`, a level of one of the table's header
 * paths: `合计`, `基本支出`, `科目编码`, `类`), and either one of them in an amount column, where a
 * row of the table prints a number, or each under its own column's header, two at least (a table
 * of text, as the 绩效目标 tables: `一级指标`, `二级指标`, `指标值`). A total row (`合计` and its
 * amounts) is no such row. Linear: one label per printed cell at most, and most rows stop at
 * their first cell. @internal
 */
export function repeatedHeaderRows(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  columns: readonly ColumnMatch[],
): ReadonlySet<number> {
  const own = headers.map((h) => new Set(headerLevels(h)));
  const levels = new Set(own.flatMap((l) => [...l]));
  const amount = new Set(columns.filter((c) => c.column?.role === "amount").map((c) => c.index));
  const repeated = new Set<number>();
  rows.forEach((row, index) => {
    let inAmount = false;
    let underOwn = 0;
    let printed = 0;
    for (let i = 0; i < row.length; i++) {
      const cell = row[i] ?? "";
      if (cell.trim() === "") continue;
      printed++;
      const label = normalizeLabel(cell);
      // a level that normalises away (`其中：`) is a header word too
      if (label !== "" && !levels.has(label)) return;
      if (amount.has(i)) inAmount = true;
      if (label === "" || own[i]?.has(label) === true) underOwn++;
    }
    if (inAmount || (underOwn === printed && underOwn >= 2)) repeated.add(index);
  });
  return repeated;
}
