/**
 * A project form (申报表: label / content pairs, then its indicator grid) printed under a title a
 * table of projects shares, read by a layout of projects: its labels fill the project column.
 */
import { moneyUnitWord } from "../../amount/unit-words";
import { normalizeName } from "../../codes";
import { type Row, rowKeyId, type Table } from "../../disclosure";
import { PROJECT_FORM_LABELS } from "../../templates/targets";
import type { Reader } from "./reader";

/** {@link PROJECT_FORM_LABELS}, normalised as a project's name is (once, when first asked). */
let formLabels: ReadonlySet<string> | undefined;

/** A normalised label without a money unit in brackets after it (`资金情况(万元)` → `资金情况`). */
function withoutUnit(label: string): string {
  if (!label.endsWith(")")) return label;
  const open = label.lastIndexOf("(");
  return open > 0 && moneyUnitWord(label.slice(open)) !== undefined ? label.slice(0, open) : label;
}

/**
 * Whether a project's name is a form's label (`主管部门`, `项目资金（万元）`), as listed, without
 * a money unit in brackets after it (`资金情况（万元）`), or without `项目` before it
 * (`项目主管部门`). @internal
 */
export function isFormLabel(name: string): boolean {
  formLabels ??= new Set(PROJECT_FORM_LABELS.map(normalizeName));
  const labels = formLabels;
  const label = withoutUnit(normalizeName(name));
  return (
    labels.has(label) ||
    (label.length > 2 && label.startsWith("项目") && labels.has(label.slice(2)))
  );
}

/**
 * Where a form printed as a table of projects starts (`-1`: the table is none): the first row
 * printing a form's label in its project column and nothing in the columns the layout reads
 * (`columns`; a label's row printing in them is a header row read as a row), or the table's first
 * row when the rows above that label print nothing in them either (the form's own rows under
 * labels not listed, `申报单位`). From it on, none of its rows is a project (the grid's `一级指标`
 * header, `产出指标`, `满意度指标` are the form's indicator rows, not projects). @internal
 */
export function formStart(table: Table, columns: ReadonlySet<string>): number {
  const rows = table.rows;
  const reads = (row: Row | undefined): boolean => {
    for (const column of columns) if ((row?.cells[column] ?? "").trim() !== "") return true;
    return false;
  };
  // (a label's row printing in the columns read is a header row read as a row, no form's)
  const first = rows.findIndex(
    (r) => r.key.kind === "project" && isFormLabel(r.key.name) && !reads(r),
  );
  if (first <= 0) return first;
  for (let i = 0; i < first; i++) if (reads(rows[i])) return first;
  return 0;
}

/**
 * Reports a row of a form read as a table of projects: a label's row as unread cells (its label
 * too), any other row as an `orphan-row` (rows the reader gave no project: a project's targets it
 * could not place, so no project is said to lack them). @internal
 */
export function unreadFormRow(reader: Reader, table: Table, row: Row): void {
  const key = row.key;
  if (key.kind === "project" && isFormLabel(key.name)) {
    reader.problems.push({
      code: "unread-cell",
      table: table.kind,
      row: rowKeyId(key),
      column: "name",
      raw: key.name,
    });
    reader.unreadBut(table, row, new Set());
  } else reader.problems.push({ code: "orphan-row", table: table.kind, row: rowKeyId(key) });
}
