import { parseAmount } from "../amount/parse";
import { trailingNoteMarks } from "../codes/note-marks";
import type { ColumnMatch } from "./headers";
import type { ReadProblem } from "./problems";

/** A code as printed in a code column: digits, spaced or joined by `-` / `.` (`201 31 01`). */
const CODE = /^[0-9][0-9 .-]*$/u;

/** Whether a cell's last character may close a note mark (not a digit, which most end with). */
function mayEndWithMark(cell: string): boolean {
  const last = cell.charCodeAt(cell.length - 1);
  return cell.length > 0 && !(last >= 0x30 && last <= 0x39) && last !== 0x20;
}

/**
 * The figure and code cells printed with a note mark after them (`12.00*`, `12.00（注1）`,
 * `2013101※`, `12.00①`: a flag or a pointer to a note under the table) read without it, each
 * noted as `note-mark` (info, the marks kept). Only where what is left is a figure of the amount
 * column (or a code of the code column): a cell that is no figure with or without its marks is
 * reported as before. The rows themselves when no cell has a mark. @internal
 */
export function readMarkedCells(
  rows: readonly (readonly string[])[],
  columns: readonly ColumnMatch[],
  problems: ReadProblem[],
): readonly (readonly string[])[] {
  const read = columns.filter((c) => c.column?.role === "amount" || c.column?.role === "code");
  let out: (readonly string[])[] | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as readonly string[];
    let copy: string[] | undefined;
    for (const c of read) {
      const cell = row[c.index];
      if (cell === undefined || !mayEndWithMark(cell.trimEnd())) continue;
      const marked = trailingNoteMarks(cell);
      if (marked === undefined) continue;
      const isAmount = c.column?.role === "amount";
      if (isAmount ? !parseAmount(marked.text).ok : !CODE.test(marked.text)) continue;
      copy ??= [...row];
      copy[c.index] = marked.text;
      problems.push({
        code: "note-mark",
        severity: "info",
        path: { row: r, cell: c.index },
        raw: cell,
        marks: marked.marks,
      });
    }
    if (copy !== undefined) {
      out ??= rows.slice();
      out[r] = copy;
    }
  }
  return out ?? rows;
}
