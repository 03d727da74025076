import { UNITS } from "../amount";
import type { LoweredTable, OtherPeriod } from "../disclosure";
import type { Fact } from "../facts";
import type { Locale } from "../locale";
import type { ColumnSpec } from "../templates";
import type { RepeatedTable } from "./types";

/**
 * Why printed cells were not understood, discriminated on `code`. These are gaps of the reading
 * (or of the template), not problems of the document, except `malformed-amount` (printed text
 * that is no amount), which is also a `cell.unreadable` finding.
 *
 * - `unknown-table`: the template has no table kind `table`; every cell of it.
 * - `repeated-table`: a second (third …) table of a kind the disclosure already binds (`first`,
 *   the first one's place among the disclosure's tables, from 0): set aside, every cell of it
 *   (the check reads the first table of a kind only; `tables.repeated` reports it).
 * - `unplaced-row`: a row the reader could not place (`label` as printed: a code it cannot read,
 *   a line label the template does not know).
 * - `unreadable-code`: a row whose key code does not parse (`row` as given).
 * - `unknown-line`: a line id the table kind does not have.
 * - `ambiguous-line`: a line whose place decides what it states, printed where its place cannot
 *   be told (用事业基金弥补收支差额 in a 收支总表 without a 本年收入合计 line): it states nothing, and
 *   the table's sums are incomplete.
 * - `unknown-column`: a column key the table kind does not have (`column`), all rows together.
 * - `other-period-column`: a column the reader placed as another period's (`Table.otherPeriods`,
 *   `period`: last year's figures `prior` as `上年预算数` / `2023年预算数`, a change `change` as
 *   `增减额`, a 决算's budget `budget` as `年初预算数/…`), all rows together: read apart on purpose,
 *   no figure of this year and compared with nothing (so not checked), not a column the reader
 *   failed to place.
 * - `unknown-value`: an attribute cell (项目类别 …) whose text is not in the template's
 *   vocabulary (`raw`).
 * - `text-in-amount`: an amount cell of an indicator row (a performance table's text line).
 * - `malformed-amount`: an amount cell that is no amount (`raw`).
 * - `unknown-unit`: the amount cells of a table whose unit is none of 元 / 万元 / 亿元 (`unit`, e.g.
 *   `千元` cast from a spreadsheet): no amount is read in a unit the library cannot convert; or
 *   of a table whose printed unit line names no known unit (`Table.unknownUnit`, `unit` the line
 *   as printed: `单位：千元`, `单位：元（万元）`): its amounts are summed within the table only,
 *   never compared with another table's or the narrative's figures.
 * - `wrong-type`: values of a table given from plain JavaScript with another type than the one
 *   they must have (a boolean cell, rows that are no list); number cells are read, not counted.
 *
 * `cells` counts the non-blank printed cells concerned.
 *
 * @example
 * ```ts
 * import type { CoverageGap } from "yusuan/check";
 * const g: CoverageGap = { code: "unknown-column", table: "expenditure", column: "extra:备注", cells: 3 };
 * ```
 */
export type CoverageGap =
  | { readonly code: "unknown-table"; readonly table: string; readonly cells: number }
  | {
      readonly code: "repeated-table";
      readonly table: string;
      readonly first: number;
      readonly cells: number;
    }
  | {
      readonly code: "unplaced-row" | "unreadable-code" | "unknown-line" | "ambiguous-line";
      readonly table: string;
      readonly row: string;
      readonly cells: number;
    }
  | {
      readonly code: "unknown-column" | "text-in-amount";
      readonly table: string;
      readonly column: string;
      readonly cells: number;
    }
  | {
      readonly code: "other-period-column";
      readonly table: string;
      readonly column: string;
      readonly period: OtherPeriod;
      readonly cells: number;
    }
  | {
      readonly code: "unknown-unit";
      readonly table: string;
      readonly unit: string;
      readonly cells: number;
    }
  | { readonly code: "wrong-type"; readonly table: string; readonly cells: number }
  | {
      readonly code: "unknown-value" | "malformed-amount";
      readonly table: string;
      readonly row: string;
      readonly column: string;
      readonly raw: string;
      readonly cells: number;
    };

/**
 * How much of one table the library understood: non-blank cells `printed`, `placed` (each a
 * fact, or text under a known column), `notUnderstood` (printed − placed), and why (`gaps`).
 *
 * @example
 * ```ts
 * import type { TableCoverage } from "yusuan/check";
 * const complete = (t: TableCoverage) => t.notUnderstood === 0;
 * ```
 */
export interface TableCoverage {
  readonly table: string;
  readonly printed: number;
  readonly placed: number;
  readonly notUnderstood: number;
  readonly gaps: readonly CoverageGap[];
}

/**
 * A figure of a text section the narrative reader could not place on a fact (`reason`, the
 * number as printed, its sentence, offsets into the section's body).
 *
 * @example
 * ```ts
 * import type { TextGap } from "yusuan/check";
 * const g: TextGap = { reason: "no-subject", text: "12", sentence: "另有12个…", start: 40, end: 42 };
 * ```
 */
export interface TextGap {
  readonly reason: string;
  readonly text: string;
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
}

/**
 * How much of one text section (情况说明) the narrative reader understood: the numeric
 * statements it found, how many it placed on a fact, and the figures it could not place.
 *
 * @example
 * ```ts
 * import type { TextCoverage } from "yusuan/check";
 * const all = (t: TextCoverage) => t.notUnderstood === 0;
 * ```
 */
export interface TextCoverage {
  readonly section: string;
  readonly figures: number;
  readonly placed: number;
  readonly notUnderstood: number;
  readonly gaps: readonly TextGap[];
}

/**
 * What the library understood of a disclosure's tables (and, when the narrative rules run, of
 * its texts), apart from the findings about the document: totals over every table, each table's
 * {@link TableCoverage}, and each text section's {@link TextCoverage}. What was not understood is
 * a gap of the library (or of the template), never a warning about the document.
 *
 * @example
 * ```ts
 * import type { Coverage } from "yusuan/check";
 * const share = (c: Coverage) => (c.printed === 0 ? 1 : c.placed / c.printed);
 * ```
 */
export interface Coverage {
  readonly printed: number;
  readonly placed: number;
  readonly notUnderstood: number;
  readonly tables: readonly TableCoverage[];
  /** The text sections a rule read (the narrative rules), empty when none did. */
  readonly texts: readonly TextCoverage[];
}

type Row = LoweredTable["rows"][number];

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
  const spec = t.kind?.lines?.find((l) => l.id === key.line);
  if (spec === undefined) return "unknown-line";
  if (
    spec.outside !== undefined &&
    t.problems.some((p) => p.code === "ambiguous-line" && p.row === r.id)
  )
    return "ambiguous-line";
  return undefined;
}

/** How many values of the table were given with a type they cannot have. */
const wrongTypes = (t: LoweredTable): number =>
  t.problems.filter((p) => p.code === "wrong-type").length;

/**
 * Every non-blank cell of a table not read: of a kind the template lacks, or set aside as a
 * repeat of a kind already bound (`first`, the first one's place).
 */
function unreadTable(t: LoweredTable, first?: number): TableCoverage {
  let printed = 0;
  for (const r of t.table.rows)
    for (const raw of Object.values(r.cells)) if (raw.trim() !== "") printed++;
  const table = t.table.kind;
  const gaps: CoverageGap[] =
    printed === 0
      ? []
      : first === undefined
        ? [{ code: "unknown-table", table, cells: printed }]
        : [{ code: "repeated-table", table, first, cells: printed }];
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
      else if (spec.role === "amount" && !statesAt(facts, next - 1, column))
        gaps.push({
          code: "malformed-amount",
          table: t.table.kind,
          row: r.id,
          column,
          raw,
          cells: 1,
        });
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
  for (const r of repeated) each.push(unreadTable(r.table, r.first));
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
  for (const t of texts) {
    figures += t.figures;
    unplaced += t.notUnderstood;
  }
  if (locale === "en") {
    const line = `coverage: ${tables.length} tables, ${grouped(printed)} printed cells, ${grouped(placed)} understood, ${grouped(notUnderstood)} not understood`;
    return texts.length === 0
      ? line
      : `${line}; texts: ${grouped(figures)} figures, ${grouped(unplaced)} not placed`;
  }
  const line = `覆盖：${tables.length} 张表印出 ${grouped(printed)} 个数据单元格，理解 ${grouped(placed)} 个，未理解 ${grouped(notUnderstood)} 个`;
  return texts.length === 0
    ? line
    : `${line}；说明文字 ${grouped(figures)} 个数字，未能定位 ${grouped(unplaced)} 个`;
}
