/**
 * Rows printed twice in a table being validated: the same key within one unit group, an error or
 * a warning by what the two rows state.
 */
import type { TableKind } from "../templates";
import type { BuildProblem } from "./problems";
import { printedAgree, printedStatement, repeatConflicts } from "./residue";
import { rowKeyId, unitCloser } from "./row-key";
import type { Row, Table } from "./types";

/**
 * Reports keys seen before within the same unit group (rows after an `org` row; a unit's row
 * printed again after its own rows is none): an error when both rows state figures, but for the
 * total stating the same figures twice, column by column (one statement printed twice: a 合计 at
 * the top and again at the foot, which no sum counts), a warning; a warning when one of them
 * states nothing, or only
 * zeros (a row printed twice, under an old and a current name, one line left blank or zero:
 * template residue, which the checker leaves out of its comparisons and reports as
 * `rows.duplicate`). @internal
 */
export function checkDuplicates(
  table: Table,
  kind: TableKind | undefined,
  rows: readonly Row[],
  problems: BuildProblem[],
): void {
  const seen = new Map<string, number>();
  const statement = (row: Row) => printedStatement(row, kind, table.unit);
  let group = "";
  // A unit's row printed again after its own rows (its 小计) repeats none (the checker compares
  // the two).
  const closes = unitCloser();
  rows.forEach((row, index) => {
    if (row.key.kind === "unplaced") return;
    const id = rowKeyId(row.key);
    if (closes(row.key)) return;
    if (row.key.kind === "org") group = id;
    const scoped = row.key.kind === "org" || row.key.kind === "total" ? id : `${group}\u0000${id}`;
    const first = seen.get(scoped);
    if (first === undefined) {
      seen.set(scoped, index);
      return;
    }
    const path = ["rows", index, "key"];
    const earlier = rows[first];
    const conflict =
      earlier !== undefined &&
      repeatConflicts(statement(row), statement(earlier)) &&
      !(row.key.kind === "total" && printedAgree(row, earlier, kind, table.unit));
    problems.push({
      code: "duplicate-row",
      severity: conflict ? "error" : "warning",
      path,
      table: table.kind,
      row: index,
      rowKey: id,
      first,
    });
  });
}
