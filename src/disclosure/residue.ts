import { type Amount, amountsEqual, isZero, parseAmount } from "../amount";
import { isUnit } from "../amount/units";
import type { TableKind } from "../templates";
import type { LoweredRow } from "./lowered";
import type { Row } from "./types";

/**
 * What a row states in its amount cells: nothing (every one blank), only zeros (blanks aside), or
 * a figure (some amount other than zero). @internal
 */
export type RowStatement = "blank" | "zeros" | "figures";

/** What amounts state together (`null` a blank). */
function statementOf<T>(items: readonly T[], value: (x: T) => Amount | null): RowStatement {
  let out: RowStatement = "blank";
  for (let i = 0; i < items.length; i++) {
    const v = value(items[i] as T);
    if (v === null) continue;
    if (!isZero(v)) return "figures";
    out = "zeros";
  }
  return out;
}

const factValue = (f: LoweredRow["facts"][number]): Amount | null => f.value;
const itself = (v: Amount | null): Amount | null => v;

/** What a lowered row states (its facts' values). @internal */
export const loweredStatement = (r: LoweredRow): RowStatement => statementOf(r.facts, factValue);

/**
 * The unit headings among a table's lowered rows: a unit's row printing no figure at all (every
 * amount cell blank) right above rows by 科目 or project. In a 部门's table naming each unit
 * above its rows (its figures in its 小计, or nowhere) it heads them (lowering read them as the
 * unit's) and states no blank total. A blank unit row over no rows of its own (a list of units)
 * is none: a blank there may be a figure the layout lost. @internal
 */
export function unitHeadings(rows: readonly LoweredRow[]): ReadonlySet<LoweredRow> {
  const out = new Set<LoweredRow>();
  for (let i = 0; i + 1 < rows.length; i++) {
    const r = rows[i] as LoweredRow;
    if (r.row.key.kind !== "org") continue;
    const next = (rows[i + 1] as LoweredRow).row.key.kind;
    if (next !== "functional" && next !== "economic" && next !== "project") continue;
    if (loweredStatement(r) === "blank") out.add(r);
  }
  return out;
}

/**
 * What a row as given states: its cells under the kind's amount columns (every cell when the kind
 * is not known; an indicator row's text is a figure), read as amounts (in 万元 where the unit is not known: zero is zero in any unit).
 * Text that is no amount counts as a figure (nothing is taken for residue that may state money).
 * @internal
 */
export function printedStatement(
  row: Row,
  kind: TableKind | undefined,
  unit: string,
): RowStatement {
  // An indicator row states text (its amount columns are none of its own): any text is a figure.
  if (row.key.kind === "indicator")
    return Object.values(row.cells).every((v) => typeof v === "string" && v.trim() === "")
      ? "blank"
      : "figures";
  const amounts = kind === undefined ? undefined : amountColumns(kind);
  const readIn = isUnit(unit) ? unit : "万元";
  const values: (Amount | null)[] = [];
  for (const [column, raw] of Object.entries(row.cells)) {
    if (amounts !== undefined && !amounts.has(column)) continue;
    if (typeof raw !== "string") return "figures";
    const parsed = parseAmount(raw, readIn);
    if (!parsed.ok) return "figures";
    values.push(parsed.value);
  }
  return statementOf(values, itself);
}

/** A kind's amount column keys, made once per kind's column list (asked for every row). */
const AMOUNT_COLUMNS = /*#__PURE__*/ new WeakMap<TableKind["columns"], ReadonlySet<string>>();
function amountColumns(kind: TableKind): ReadonlySet<string> {
  let keys = AMOUNT_COLUMNS.get(kind.columns);
  if (keys === undefined) {
    keys = new Set(kind.columns.filter((c) => c.role === "amount").map((c) => c.key));
    AMOUNT_COLUMNS.set(kind.columns, keys);
  }
  return keys;
}

/**
 * Whether two rows repeating one row key conflict: both state a figure. Any other repeat is
 * template residue (a former name's row, `（九）医疗卫生与计划生育支出`, left blank or printed with
 * zeros beside `（十）卫生健康支出` 47.28): reported lower, and see {@link isResidueRow}. The one rule
 * `validateDisclosure`'s `duplicate-row` and the check's `rows.duplicate` and comparisons follow.
 * @internal
 */
export function repeatConflicts(a: RowStatement, b: RowStatement): boolean {
  return a === "figures" && b === "figures";
}

/**
 * Whether a row repeating another's key is residue left out of the check's derivations and
 * comparisons: it states nothing, or only zeros where a row of its key states a figure (two rows
 * of zeros agree, and are both kept). @internal
 */
export function isResidueRow(own: RowStatement, keyStatesFigures: boolean): boolean {
  return own === "blank" || (own === "zeros" && keyStatesFigures);
}

/** Whether two values state the same: both "no value", or equal amounts (`300.0` is `300.00`). */
const sameValue = (a: Amount | null, b: Amount | null): boolean =>
  a === null || b === null ? a === b : amountsEqual(a, b);

/**
 * Whether two rows repeating one key state the same figures, amount column by amount column (a
 * blank beside a blank, a figure beside an equal one however dressed: `1,300.00` is `1300.00`;
 * every cell when the kind is not known, text compared as printed). Two totals that agree (a 合计
 * at the top of a table and again at its foot) are one statement printed twice. @internal
 */
export function printedAgree(
  a: Pick<Row, "cells">,
  b: Pick<Row, "cells">,
  kind: TableKind | undefined,
  unit: string,
): boolean {
  const amounts = kind === undefined ? undefined : amountColumns(kind);
  const readIn = isUnit(unit) ? unit : "万元";
  const read = (raw: string | undefined): Amount | null | string => {
    const text = typeof raw === "string" ? raw.trim() : "";
    const parsed = parseAmount(text, readIn);
    return parsed.ok ? parsed.value : text;
  };
  for (const column of new Set([...Object.keys(a.cells), ...Object.keys(b.cells)])) {
    if (amounts !== undefined && !amounts.has(column)) continue;
    const x = read(a.cells[column]);
    const y = read(b.cells[column]);
    if (typeof x === "string" || typeof y === "string") {
      if (x !== y) return false;
    } else if (!sameValue(x, y)) return false;
  }
  return true;
}

/**
 * {@link printedAgree} of two lowered rows: their facts, column by column, state the same values
 * (a column one row states no fact of is a blank). @internal
 */
export function loweredAgree(a: LoweredRow, b: LoweredRow): boolean {
  const values = new Map<string, Amount | null>();
  for (const f of a.facts) values.set(f.source.column, f.value);
  const seen = new Set<string>();
  for (const f of b.facts) {
    seen.add(f.source.column);
    if (!sameValue(values.get(f.source.column) ?? null, f.value)) return false;
  }
  for (const [column, v] of values) if (!seen.has(column) && v !== null) return false;
  return true;
}

/**
 * Whether a row key is one statement a printer may print twice, so that a repeat stating the same
 * figures repeats nothing: the table's total (`合计` at the top and again at the foot), or a line of
 * a table of economic 科目 (a nature's total, `人员经费` heading its section of 301 / 303 rows and
 * `人员经费合计` again in the footer), which no sum of the table counts. A 科目 or project row is
 * counted by the sums it is in, so its repeat stays a conflict. @internal
 */
export const statedOnce = (key: Row["key"], kind: TableKind | undefined): boolean =>
  key.kind === "total" || (key.kind === "line" && kind?.rowKinds.includes("economic") === true);
