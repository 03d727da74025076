import type { DisclosureMeta, LoweredTable, Row, Table } from "../disclosure";
import { tablesSetAside } from "../disclosure/first-tables";
import { joinPages } from "../disclosure/joined-pages";
import {
  isResidueRow,
  loweredStatement,
  printedStatement,
  type RowStatement,
  unitHeadings,
} from "../disclosure/residue";
import { documentClassed } from "./classed-rows";
import { sectionClassed } from "./section-classed";
import { thisYearTables } from "./this-year-tables";
import type { RepeatedTable } from "./types";

/**
 * What a lowered row states: its facts', or, for a row the reader could not place (no facts), its
 * printed cells' (its figures, not read, are no residue: the sums over its table lack them).
 */
const statement = (t: LoweredTable, r: LoweredTable["rows"][number]): RowStatement =>
  r.row.key.kind === "unplaced"
    ? printedStatement(r.row, t.kind, t.table.unit)
    : loweredStatement(r);

/** Whether a row states no figure (blank cells and zeros only). */
const noFigure = (t: LoweredTable, r: LoweredTable["rows"][number]): boolean =>
  statement(t, r) !== "figures";

/**
 * A table without the repeats of a row key that state nothing, or only zeros beside a repeat that
 * states a figure: template residue (a former name's row left beside the current one, `（九）医疗卫生
 * 与计划生育支出` 0.00 beside `（十）卫生健康支出` 47.28; see {@link isResidueRow}), which
 * `rows.duplicate` reports and which takes part in neither derivations nor comparisons.
 */
function withoutResidueRows(t: LoweredTable): LoweredTable {
  // Only a row stating no figure can be dropped: most tables have none (their ids are not read).
  if (!t.rows.some((r) => noFigure(t, r))) return t;
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
  const statements = t.rows.map((r) => statement(t, r));
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
 * A table without its units' headings: a unit's row that prints nothing in any amount column
 * (a 部门's table naming each unit above its rows, its figures in its 小计 or nowhere) heads
 * the rows under it (lowering read them as the unit's) and states no figure, not a blank total
 * the unit's rows are compared with.
 */
function withoutUnitHeadings(t: LoweredTable): LoweredTable {
  const headings = unitHeadings(t.rows);
  if (headings.size === 0) return t;
  return { ...t, rows: t.rows.filter((r) => !headings.has(r)) };
}

/**
 * The tables to check, one of each kind the template knows (the first bound, or the one listing
 * every unit: see {@link readTables}), and those set aside: another table of a kind (a unit's own
 * 单位预算 table inside a 部门预算) states the same facts of another scope, so it is compared with
 * nothing (`tables.repeated` says so). A table continued on the next pages (`支出决算表（续）`, a
 * page titled `续表`) is read as one: its pages' rows in order, lowered together by `lower` (a
 * unit's row on the first page stays over the codes and projects of the next).
 */
function oneOfEachKind(
  all: readonly LoweredTable[],
  meta: DisclosureMeta | undefined,
  lower: (table: Table) => LoweredTable,
): {
  tables: readonly LoweredTable[];
  repeated: RepeatedTable[];
} {
  const { aside, continued } = tablesSetAside(
    all.map((t) => ({ kind: t.kind, title: t.table.title, rows: rowsOf(t), unit: unitOf(t) })),
    meta,
  );
  if (aside.size === 0 && continued.size === 0) return { tables: all, repeated: [] };
  const repeated: RepeatedTable[] = [];
  for (const [index, first] of aside)
    repeated.push({
      index,
      ...(first === undefined ? {} : { first }),
      table: all[index] as LoweredTable,
    });
  // The pages of each run after its head, in order (a table of targets too: its figures are one
  // table's, and the targets reader reads the disclosure's tables in turn).
  const pages = new Map<number, LoweredTable[]>();
  for (const [index, head] of continued) {
    if (aside.has(index) || aside.has(head)) continue;
    const list = pages.get(head);
    if (list === undefined) pages.set(head, [all[index] as LoweredTable]);
    else list.push(all[index] as LoweredTable);
  }
  const merged = new Map<number, LoweredTable>();
  for (const [head, rest] of pages) {
    const h = all[head] as LoweredTable;
    // A page's first lines read in the blocks the pages before leave open (`二、上年结转` cut).
    const { rows } = joinPages(h.kind, [h.table.rows, ...rest.map((t) => t.table.rows)]);
    const table = { ...h.table, rows };
    merged.set(head, lower(table));
  }
  const folded = (i: number) => {
    const head = continued.get(i);
    return head !== undefined && !aside.has(i) && !aside.has(head);
  };
  const tables = all.flatMap((t, i) => (aside.has(i) || folded(i) ? [] : [merged.get(i) ?? t]));
  return { tables, repeated };
}

const rowsOf = (t: LoweredTable): readonly Row[] => t.rows.map((r) => r.row);

/** A table's unit of measure, when it is known (not a `千元` the reader kept as printed). */
const unitOf = (t: LoweredTable): string | undefined =>
  t.table.unknownUnit === undefined ? t.table.unit : undefined;

/**
 * What a check reads of a disclosure's lowered tables: one table of each kind (`tables`, every
 * row kept, for the rules about rows), the others set aside (`repeated`), and the ones read
 * without their residue rows (`stating`: what is derived and compared). Whatever else reads
 * the tables' figures as the check does (last year's disclosure, for the narrative) reads
 * `stating`. `lower` lowers a table (the pages of one, joined). @internal
 */
export function tablesRead(
  lowered: readonly LoweredTable[],
  meta: DisclosureMeta | undefined,
  lower: (table: Table) => LoweredTable,
): {
  readonly tables: readonly LoweredTable[];
  readonly repeated: readonly RepeatedTable[];
  readonly stating: readonly LoweredTable[];
} {
  const { tables, repeated } = oneOfEachKind(lowered, meta, lower);
  // A template row repeating another row's key (rows.duplicate reports it) that states nothing,
  // or only zeros beside a figure, takes part in neither derivations nor comparisons.
  // A unit's row printing nothing heads its rows: it states no blank total either.
  // A 支出表 of a fund printed without the carry-over it spends states this year's appropriation.
  const stating = thisYearTables(
    tables.map((t) => documentClassed(sectionClassed(withoutResidueRows(withoutUnitHeadings(t))))),
  );
  return { tables, repeated, stating };
}
