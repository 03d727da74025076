import type { DisclosureMeta, LoweredTable, Row, Table } from "../disclosure";
import { tablesSetAside } from "../disclosure/first-tables";
import { isResidueRow, loweredStatement, type RowStatement } from "../disclosure/residue";
import type { RepeatedTable } from "./types";

/** Whether a row states no figure (blank cells and zeros only). */
const noFigure = (r: LoweredTable["rows"][number]): boolean => loweredStatement(r) !== "figures";

/**
 * A table without the repeats of a row key that state nothing, or only zeros beside a repeat that
 * states a figure: template residue (a former name's row left beside the current one, `（九）医疗卫生
 * 与计划生育支出` 0.00 beside `（十）卫生健康支出` 47.28; see {@link isResidueRow}), which
 * `rows.duplicate` reports and which takes part in neither derivations nor comparisons.
 */
function withoutResidueRows(t: LoweredTable): LoweredTable {
  // Only a row stating no figure can be dropped: most tables have none (their ids are not read).
  if (!t.rows.some(noFigure)) return t;
  // Most tables repeat no key: one pass finds whether any does before anything is counted.
  const seen = new Set<string>();
  let repeated = false;
  for (const r of t.rows) {
    if (seen.has(r.id)) {
      repeated = true;
      break;
    }
    seen.add(r.id);
  }
  if (!repeated) return t;
  const count = new Map<string, number>();
  const stated = new Set<string>();
  const statements = t.rows.map(loweredStatement);
  t.rows.forEach((r, i) => {
    count.set(r.id, (count.get(r.id) ?? 0) + 1);
    if (statements[i] === "figures") stated.add(r.id);
  });
  const rows = t.rows.filter(
    (r, i) =>
      (count.get(r.id) ?? 0) < 2 || !isResidueRow(statements[i] as RowStatement, stated.has(r.id)),
  );
  return rows.length === t.rows.length ? t : { ...t, rows };
}

/**
 * The tables to check, one of each kind the template knows (the first bound, or the one listing
 * every unit: see {@link readTables}), and those set aside: another table of a kind (a unit's own
 * 单位预算 table inside a 部门预算) states the same facts of another scope, so it is compared with
 * nothing (`tables.repeated` says so).
 */
function oneOfEachKind(
  all: readonly LoweredTable[],
  meta: DisclosureMeta | undefined,
  lower: (t: Table) => LoweredTable,
): {
  tables: readonly LoweredTable[];
  repeated: RepeatedTable[];
} {
  const { aside, continued } = tablesSetAside(
    all.map((t) => ({ kind: t.kind, title: t.table.title, rows: rowsOf(t) })),
    meta,
  );
  if (aside.size === 0 && continued.size === 0) return { tables: all, repeated: [] };
  const repeated: RepeatedTable[] = [];
  for (const [index, first] of aside)
    repeated.push({ index, first, table: all[index] as LoweredTable });
  // A table continued on the next page (`支出决算表（续）`) is read as the rest of the first: its
  // rows after the first's, lowered as one table (a unit row on the first page heads the code rows
  // on the next; a 收支总表's heading line places the lines under it).
  const parts = new Map<number, Row[]>();
  const folded = new Set<number>();
  for (const [index, head] of continued) {
    const t = all[index] as LoweredTable;
    if (aside.has(index)) continue;
    let rows = parts.get(head);
    if (rows === undefined) {
      rows = [...(all[head] as LoweredTable).table.rows];
      parts.set(head, rows);
    }
    rows.push(...t.table.rows);
    folded.add(index);
  }
  const merged = new Map<number, LoweredTable>();
  for (const [head, rows] of parts) {
    const h = all[head] as LoweredTable;
    merged.set(head, lower({ ...h.table, rows }));
  }
  const tables = all.flatMap((t, i) => (aside.has(i) || folded.has(i) ? [] : [merged.get(i) ?? t]));
  return { tables, repeated };
}

const rowsOf = (t: LoweredTable): readonly Row[] => t.rows.map((r) => r.row);

/**
 * What a check reads of a disclosure's lowered tables: one table of each kind (`tables`, every
 * row kept, for the rules about rows), the others set aside (`repeated`), and the ones read
 * without their residue rows (`stating`: what is derived and compared). Whatever else reads
 * the tables' figures as the check does (last year's disclosure, for the narrative) reads
 * `stating`. `lower` lowers a table of the disclosure (a table continued on the next page is
 * lowered again as one). @internal
 */
export function tablesRead(
  lowered: readonly LoweredTable[],
  meta: DisclosureMeta | undefined,
  lower: (t: Table) => LoweredTable,
): {
  readonly tables: readonly LoweredTable[];
  readonly repeated: readonly RepeatedTable[];
  readonly stating: readonly LoweredTable[];
} {
  const { tables, repeated } = oneOfEachKind(lowered, meta, lower);
  // A template row repeating another row's key (rows.duplicate reports it) that states nothing,
  // or only zeros beside a figure, takes part in neither derivations nor comparisons.
  return { tables, repeated, stating: tables.map(withoutResidueRows) };
}
