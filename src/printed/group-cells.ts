import type { RowKey } from "../disclosure";
import type { ColumnMatch } from "./headers";

/** A row as far as {@link fillGroupCells} needs it: its kind and printed cells. */
export interface GroupedRow {
  readonly key: RowKey;
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * The runs of a column's cells, one per group: consecutive rows of one row kind; a row of another
 * kind (a unit, the total) ends a run, except an indicator continuation line, which belongs to the
 * row above and is no part of any run.
 */
function runs(rows: readonly GroupedRow[], key: string): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  let kind: string | undefined;
  rows.forEach((row, index) => {
    if (row.key.kind === "indicator") return;
    if (row.key.kind !== kind && run.length > 0) {
      out.push(run);
      run = [];
    }
    kind = row.key.kind;
    if (row.cells[key] !== undefined) run.push(index);
  });
  if (run.length > 0) out.push(run);
  return out;
}

/**
 * Whether a column prints its value once over a group of rows (a merged cell): somewhere a blank
 * cell is followed by a printed one in its run, no two adjacent rows print the same value (a
 * column printing its value on every row repeats it), and the pattern is no accident of a column
 * printed on every row with a blank here and there: somewhere two blanks to carry into follow
 * each other, or the blanks to carry into outnumber the printed cells below a run's first row.
 * `A, blank, B` is not merged (the blank may be neither A's 类型 nor B's): the blank stays
 * unknown, never the value above, and sums by 类型 lacking it are incomplete, never wrong.
 */
function merged(rows: readonly GroupedRow[], runs: readonly (readonly number[])[], key: string) {
  let closedBlank = false;
  let carried = 0;
  let printedBelow = 0;
  let twoInARow = false;
  for (const run of runs) {
    let previous: string | undefined;
    let blank = false;
    let seen = false;
    let streak = 0;
    for (const index of run) {
      const text = (rows[index]?.cells[key] ?? "").trim();
      if (text === "") {
        blank = true;
        previous = undefined;
        if (seen) {
          carried++;
          streak++;
          if (streak > 1) twoInARow = true;
        }
        continue;
      }
      if (text === previous) return false;
      if (blank) closedBlank = true;
      if (seen) printedBelow++;
      seen = true;
      streak = 0;
      previous = text;
    }
  }
  return closedBlank && (twoInARow || carried > printedBelow);
}

/**
 * The rows with the cells of a kind's grouping attribute columns (项目类型) merged over a group of
 * rows filled in: where the column shows merged cells (see {@link merged}), the value printed on a
 * group's first row is carried down to the blank cells of the rows of the same row kind that
 * follow; a row of another kind (a unit, the total) ends the group, an indicator continuation
 * line does not. Elsewhere a blank stays blank.
 */
export function fillGroupCells<R extends GroupedRow>(
  rows: readonly R[],
  columns: readonly ColumnMatch[],
): R[] {
  const out = [...rows];
  for (const c of columns) {
    if (c.column?.grouping !== true) continue;
    const groups = runs(rows, c.key);
    if (!merged(rows, groups, c.key)) continue;
    for (const run of groups) {
      let above: string | undefined;
      for (const index of run) {
        const row = out[index];
        if (row === undefined) continue;
        const printed = row.cells[c.key] ?? "";
        if (printed.trim() !== "") above = printed;
        else if (above !== undefined)
          out[index] = { ...row, cells: { ...row.cells, [c.key]: above } };
      }
    }
  }
  return out;
}
