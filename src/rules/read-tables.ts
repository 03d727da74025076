import type { DisclosureMeta, LoweredTable, Row } from "../disclosure";
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
  // rows after the first's. Targets tables stay apart (the targets reader reads each in turn).
  const merged = new Map<number, LoweredTable>();
  const folded = new Set<number>();
  for (const [index, head] of continued) {
    const t = all[index] as LoweredTable;
    if (t.kind?.targets !== undefined || aside.has(index)) continue;
    const h = merged.get(head) ?? (all[head] as LoweredTable);
    merged.set(head, {
      ...h,
      table: { ...h.table, rows: [...h.table.rows, ...t.table.rows] },
      rows: [...h.rows, ...t.rows],
      problems: [...h.problems, ...t.problems],
    });
    folded.add(index);
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
 * `stating`. @internal
 */
export function tablesRead(
  lowered: readonly LoweredTable[],
  meta: DisclosureMeta | undefined,
): {
  readonly tables: readonly LoweredTable[];
  readonly repeated: readonly RepeatedTable[];
  readonly stating: readonly LoweredTable[];
} {
  const { tables, repeated } = oneOfEachKind(lowered, meta);
  // A template row repeating another row's key (rows.duplicate reports it) that states nothing,
  // or only zeros beside a figure, takes part in neither derivations nor comparisons.
  return { tables, repeated, stating: tables.map(withoutResidueRows) };
}
