/**
 * A one-row kind (the 三公 table) printed in several rows: with its items across and a row per
 * unit under a total (`单位名称 | 合计 | 因公出国（境）费 …`, rows `合计`, `某局本级`, `某中心`), the
 * total row states the department's figures, the table's one row; in any other such layout no
 * row is guessed to be it.
 */
import type { TableKind } from "../templates";
import { cellsBlank, isTotalLabel } from "./cells";
import type { ColumnMatch } from "./headers";
import { hasPeriodMark, isChangeLabel } from "./periods";
import type { ReadProblem } from "./problems";
import { HAN } from "./transposed";
import type { BuiltRow } from "./wrapped-rows";

/**
 * The row of `built` that is the table's one row where a one-row kind prints a row per unit
 * and their total: the labels' column (after a 序号 column or not) is none of the kind's, the rows' figures are under the
 * kind's item columns (`byItem`), exactly one row is labelled as a total (`合计`, `总计`), and every
 * other row printing anything is labelled by a name (a unit's: no total, no period such as
 * `2024年预算数` nor a change between years, which are read as periods elsewhere). Whose the
 * other rows are is no row of the kind (they stay unplaced, coverage); the total is the
 * whole table's, whichever units it sums. Gives the total row (`at`) and the row read (`row`:
 * without its label's cells); `undefined` where the layout is any other.
 * @internal
 */
export function unitRowsTotal(
  built: readonly BuiltRow[],
  columns: readonly ColumnMatch[],
  rows: readonly (readonly string[])[],
  byItem: boolean,
): { readonly at: BuiltRow; readonly row: BuiltRow } | undefined {
  // The columns before the first of the kind's: the labels (and a 序号 column's numbers).
  const first = columns.findIndex((c) => c.column !== undefined);
  if (!byItem || first < 1 || columns[first]?.column?.role !== "amount") return undefined;
  const before = columns.slice(0, first).map((c) => c.index);
  let total: BuiltRow | undefined;
  for (const b of built) {
    const row = rows[b.source] ?? [];
    const label = before.map((i) => (row[i] ?? "").trim()).find((t) => HAN.test(t)) ?? "";
    if (isTotalLabel(label)) {
      if (total !== undefined) return undefined;
      total = b;
    } else if (!HAN.test(label) || hasPeriodMark(label) || isChangeLabel(label)) return undefined;
  }
  if (total === undefined || built.length < 2) return undefined;
  // The total's label (`合计`) is the row's, no cell of an unknown column (a gap of its sums).
  const labels = new Set(columns.slice(0, first).map((c) => c.key));
  const cells = Object.fromEntries(Object.entries(total.cells).filter(([k]) => !labels.has(k)));
  return { at: total, row: { ...total, cells } };
}

/**
 * A one-row kind printed in several rows that print something, or in one labelled in a first
 * column the kind does not place (`项目 | 预算数`, `出国考察费 | 1.00`), in a layout no reshaping
 * explains (labels that are no item's): which of them is the one row, and which item a figure
 * is, is not guessed, so each row is kept unplaced (`unplaced-row`), its figures unread, never
 * read as the one row printed again (false `duplicate-row`s, and the checker's `rows.duplicate`
 * and `same-fact` between the items) or as its total (a row per unit: see `unitRowsTotal`).
 * @internal
 */
export function oneRowKind(
  built: readonly BuiltRow[],
  kind: TableKind,
  columns: readonly ColumnMatch[],
  rows: readonly (readonly string[])[],
  problems: ReadProblem[],
): readonly BuiltRow[] {
  if (kind.rowKinds.length !== 1 || kind.rowKinds[0] !== "single") return built;
  // One row labelled in a first column the kind does not place, its figures under a heading
  // that names no item (`项目 | 预算数`: `预算数` only a level below the items): an item it does
  // not know.
  const byItem = columns.some((c) => c.column?.role === "amount" && c.match !== "partial");
  const labelled =
    !byItem &&
    columns[0]?.column === undefined &&
    built.some((b) => HAN.test(rows[b.source]?.[0] ?? ""));
  if (!labelled && built.filter((b) => !cellsBlank(b.cells)).length < 2) return built;
  const total = unitRowsTotal(built, columns, rows, byItem);
  return built.map((b) => {
    if (b === total?.at) return total.row;
    const cells = rows[b.source] ?? [];
    problems.push({ code: "unplaced-row", severity: "warning", path: { row: b.source }, cells });
    const label = cells.find((c) => c.trim() !== "")?.trim() ?? "";
    return { ...b, key: { kind: "unplaced", label } };
  });
}
