import { isZero, parseAmount, UNITS, type Unit } from "../amount";
import type { LoweredTable } from "../disclosure";
import type { Fact } from "../facts";
import type { Locale } from "../locale";
import type { ColumnSpec, LineSpec, TableKind } from "../templates";
import type { Coverage, CoverageGap, TableCoverage, TextCoverage } from "./coverage-types";
import type { RepeatedTable } from "./types";

export type { Coverage, CoverageGap, TableCoverage, TextCoverage, TextGap } from "./coverage-types";

type Row = LoweredTable["rows"][number];

/** A table kind's lines by id (the first of an id), made once per kind (a template's data). */
const LINES = new WeakMap<
  TableKind,
  { of: TableKind["lines"]; byId: ReadonlyMap<string, LineSpec> }
>();
function linesOf(kind: TableKind): ReadonlyMap<string, LineSpec> {
  const known = LINES.get(kind);
  if (known !== undefined && known.of === kind.lines) return known.byId;
  const byId = new Map<string, LineSpec>();
  for (const l of kind.lines ?? []) if (!byId.has(l.id)) byId.set(l.id, l);
  LINES.set(kind, { of: kind.lines, byId });
  return byId;
}

/** Why a whole row is not understood, if it is not. */
function rowGap(
  t: LoweredTable,
  r: Row,
): "unplaced-row" | "unreadable-code" | "unknown-line" | "ambiguous-line" | undefined {
  const key = r.row.key;
  if (key.kind === "unplaced") return "unplaced-row";
  if ((key.kind === "functional" || key.kind === "economic") && r.coords === undefined)
    return "unreadable-code";
  if (key.kind !== "line") return undefined;
  const spec = t.kind === undefined ? undefined : linesOf(t.kind).get(key.line);
  if (spec === undefined) return "unknown-line";
  if (
    spec.outside !== undefined &&
    t.problems.some((p) => p.code === "ambiguous-line" && p.row === r.id)
  )
    return "ambiguous-line";
  return undefined;
}

/** How many values of the table were given with a type they cannot have. */
function wrongTypes(t: LoweredTable): number {
  let n = 0;
  for (const p of t.problems) if (p.code === "wrong-type") n++;
  return n;
}

/**
 * Every non-blank cell of a table not read: of a kind the template lacks, or set aside as a
 * repeat of a kind already bound (`first`, the first one's place; none where none of the kind is
 * read, each a unit's own).
 */
/** A repeat's `first`, where one of its kind is read. */
const firstOf = (r: { readonly first?: number }) =>
  r.first === undefined ? {} : { first: r.first };

function unreadTable(t: LoweredTable, repeated?: { readonly first?: number }): TableCoverage {
  let printed = 0;
  for (const r of t.table.rows)
    for (const raw of Object.values(r.cells)) if (raw.trim() !== "") printed++;
  const table = t.table.kind;
  const gaps: CoverageGap[] =
    printed === 0
      ? []
      : repeated === undefined
        ? [{ code: "unknown-table", table, cells: printed }]
        : [{ code: "repeated-table", table, ...firstOf(repeated), cells: printed }];
  const wrongType = wrongTypes(t);
  if (wrongType > 0) gaps.push({ code: "wrong-type", table: t.table.kind, cells: wrongType });
  printed += wrongType;
  return { table: t.table.kind, printed, placed: 0, notUnderstood: printed, gaps };
}

/** A table kind's columns by key, made once per kind (a template's kinds are shared). */
const COLUMNS = new WeakMap<object, ReadonlyMap<string, ColumnSpec>>();
function columnsOf(columns: readonly ColumnSpec[]): ReadonlyMap<string, ColumnSpec> {
  let byKey = COLUMNS.get(columns);
  if (byKey === undefined) {
    byKey = new Map(columns.map((c) => [c.key, c]));
    COLUMNS.set(columns, byKey);
  }
  return byKey;
}

/** Whether a row states a fact printed in `column` (a fact per amount cell, in the cells' order). */
function statesAt(facts: readonly Fact[], at: number, column: string): boolean {
  if (facts[at]?.source.column === column) return true;
  for (const f of facts) if (f.source.column === column) return true;
  return false;
}

function tableCoverage(t: LoweredTable): TableCoverage {
  const kind = t.kind;
  if (kind === undefined) return unreadTable(t);
  let printed = 0;
  let placed = 0;
  const gaps: CoverageGap[] = [];
  type ColumnGap = "unknown-column" | "text-in-amount" | "other-period-column";
  const byColumn = new Map<string, { code: ColumnGap; cells: number }>();
  const kept = (column: string, code: ColumnGap) => {
    const g = byColumn.get(column);
    if (g === undefined) byColumn.set(column, { code, cells: 1 });
    else {
      g.code = code;
      g.cells++;
    }
  };
  const columns = columnsOf(kind.columns);
  // Columns read apart as another period's (`上年预算数`, `增减额`): named so, not unknown.
  const other = t.table.otherPeriods;
  // A table read with a unit line naming no known unit (`unknownUnit`) has its amounts read, in
  // no known unit: they are summed within the table only, so they are not understood here.
  const unit: string = t.table.unknownUnit ?? t.table.unit;
  const knownUnit =
    t.table.unknownUnit === undefined && (UNITS as readonly string[]).includes(unit);
  let inUnknownUnit = 0;
  // Indexed and for-in loops: this runs once per check over every cell, often before the
  // optimising compiler has taken it over (a for-of loop then allocates per step).
  for (let ri = 0; ri < t.rows.length; ri++) {
    const r = t.rows[ri] as LoweredTable["rows"][number];
    const whole = rowGap(t, r);
    const cells = r.row.cells;
    const facts = r.facts;
    // Facts are lowered in the order of the cells: the next one is the one to look for first.
    let next = 0;
    let missed = 0;
    for (const column in cells) {
      if (!Object.hasOwn(cells, column)) continue;
      if (facts[next]?.source.column === column) next++;
      const raw = cells[column] as string;
      const text = raw.trim();
      if (text === "") continue;
      printed++;
      if (whole !== undefined) {
        missed++;
        continue;
      }
      const spec = columns.get(column);
      if (spec === undefined)
        kept(column, other?.[column] === undefined ? "unknown-column" : "other-period-column");
      else if (
        spec.role === "attribute" &&
        (spec.values === undefined || !Object.hasOwn(spec.values, text))
      )
        gaps.push({ code: "unknown-value", table: t.table.kind, row: r.id, column, raw, cells: 1 });
      else if (spec.role === "amount" && r.row.key.kind === "indicator")
        kept(column, "text-in-amount");
      else if (spec.role === "amount" && !knownUnit) inUnknownUnit++;
      else if (
        spec.role === "amount" &&
        !statesAt(facts, next - 1, column) &&
        !(r.row.key.kind === "line" && statesNothing(text, t.table.unit))
      )
        gaps.push(amountGap(text, r.row.key.kind === "line", t.table, r.id, column, raw));
      else {
        placed++;
      }
    }
    if (whole !== undefined && missed > 0)
      gaps.push({ code: whole, table: t.table.kind, row: r.id, cells: missed });
  }
  for (const [column, g] of byColumn) {
    const period = g.code === "other-period-column" ? other?.[column] : undefined;
    if (period !== undefined)
      gaps.push({
        code: "other-period-column",
        table: t.table.kind,
        column,
        period,
        cells: g.cells,
      });
    else if (g.code !== "other-period-column")
      gaps.push({ code: g.code, table: t.table.kind, column, cells: g.cells });
  }
  if (inUnknownUnit > 0)
    gaps.push({ code: "unknown-unit", table: t.table.kind, unit, cells: inUnknownUnit });
  // Values of another type were read as blanks: they were given, and not understood.
  const wrongType = wrongTypes(t);
  if (wrongType > 0) gaps.push({ code: "wrong-type", table: t.table.kind, cells: wrongType });
  printed += wrongType;
  return { table: t.table.kind, printed, placed, notUnderstood: printed - placed, gaps };
}

/**
 * The coverage of lowered tables (see {@link Coverage}), and of the tables set aside as repeats
 * of a kind (`repeated`, see {@link RepeatedTable}: every cell not understood, gap
 * `repeated-table`). `checkDisclosure` reports it as `report.coverage`.
 *
 * @example
 * ```ts
 * import { lowerTable } from "yusuan";
 * import { coverageOf } from "yusuan/check";
 * import { henan2024 } from "yusuan/templates";
 * const lt = lowerTable({ kind: "sanGong", unit: "万元", rows: [{ key: { kind: "single" },
 *   cells: { total: "6.50", remark: "见说明" } }] }, henan2024);
 * const c = coverageOf([lt]);
 * [c.printed, c.placed, c.notUnderstood]; // [2, 1, 1]
 * c.tables[0]?.gaps[0]?.code; // "unknown-column"
 * ```
 */
export function coverageOf(
  tables: readonly LoweredTable[],
  texts: readonly TextCoverage[] = [],
  repeated: readonly RepeatedTable[] = [],
): Coverage {
  const each = tables.map(tableCoverage);
  for (const r of repeated) each.push(unreadTable(r.table, r));
  let printed = 0;
  let placed = 0;
  for (const t of each) {
    printed += t.printed;
    placed += t.placed;
  }
  return { printed, placed, notUnderstood: printed - placed, tables: each, texts };
}

/** `1333` → `1,333`. */
function grouped(n: number): string {
  const digits = String(n);
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits.charAt(i);
  }
  return out;
}

/**
 * One line saying how much was understood, in Chinese by default or in English.
 *
 * @example
 * ```ts
 * import { formatCoverage } from "yusuan/check";
 * const c = { printed: 1333, placed: 1330, notUnderstood: 3, tables: [], texts: [] };
 * formatCoverage(c); // "覆盖：0 张表印出 1,333 个数据单元格，理解 1,330 个，未理解 3 个"
 * formatCoverage(c, "en"); // "coverage: 0 tables, 1,333 printed cells, 1,330 understood, 3 not understood"
 * ```
 */
export function formatCoverage(coverage: Coverage, locale: Locale = "zh-CN"): string {
  const { printed, placed, notUnderstood, tables, texts } = coverage;
  let figures = 0;
  let unplaced = 0;
  // figures placed on what no table gives (`not-compared`): read, not checked
  let unchecked = 0;
  for (const t of texts) {
    figures += t.figures;
    unplaced += t.notUnderstood;
    for (const g of t.gaps) if (g.reason === "not-compared") unchecked++;
  }
  unplaced -= unchecked;
  if (locale === "en") {
    const line = `coverage: ${tables.length} tables, ${grouped(printed)} printed cells, ${grouped(placed)} understood, ${grouped(notUnderstood)} not understood`;
    const rest = unchecked === 0 ? "" : `, ${grouped(unchecked)} not compared`;
    return texts.length === 0
      ? line
      : `${line}; texts: ${grouped(figures)} figures, ${grouped(unplaced)} not placed${rest}`;
  }
  const line = `覆盖：${tables.length} 张表印出 ${grouped(printed)} 个数据单元格，理解 ${grouped(placed)} 个，未理解 ${grouped(notUnderstood)} 个`;
  const rest = unchecked === 0 ? "" : `，${grouped(unchecked)} 个无表格可对照`;
  return texts.length === 0
    ? line
    : `${line}；说明文字 ${grouped(figures)} 个数字，未能定位 ${grouped(unplaced)} 个${rest}`;
}

/**
 * The gap of an amount cell that states no fact: a well-formed figure on a line that states none
 * (`unstated-amount`), a well-formed figure in a money unit the library does not take
 * (`unit-not-taken`: `11.00百万元`, `0.11亿元` in 万元), or text that is no amount
 * (`malformed-amount`).
 */
function amountGap(
  text: string,
  line: boolean,
  table: LoweredTable["table"],
  row: string,
  column: string,
  raw: string,
): CoverageGap {
  const read = parseAmount(text, table.unit);
  if (read.ok)
    return line
      ? { code: "unstated-amount", table: table.kind, row, column, raw, cells: 1 }
      : { code: "malformed-amount", table: table.kind, row, column, raw, cells: 1 };
  if (read.error.code === "unit-not-taken")
    return {
      code: "unit-not-taken",
      table: table.kind,
      row,
      column,
      raw,
      unit: read.error.unit,
      cells: 1,
    };
  return { code: "malformed-amount", table: table.kind, row, column, raw, cells: 1 };
}

/**
 * Whether a printed cell states no figure (a dash) or zero: lowering reads such a cell of a line
 * (only) under a column of no part of it as stating nothing (a 财政拨款总表's 年末 line of one fund under
 * another fund's column), which is understood, no malformed amount.
 */
function statesNothing(text: string, unit: Unit): boolean {
  const read = parseAmount(text, unit);
  return read.ok && (read.value === null || isZero(read.value));
}
