import { isZero, parseAmount, type Unit } from "../amount";
import { isNoValue } from "../amount/parse";
import { normalizeLabel } from "../codes";
import type { RowKind, TableKind } from "../templates";
import type { ColumnMatch } from "./headers";
import type { ReadProblem } from "./problems";

/** A printed text without its widths and spaces (NFKC, whitespace removed), to compare cells. @internal */
export const plainText = (text: string): string => text.normalize("NFKC").replace(/\s+/gu, "");

/** Whether one printed cell is blank (absent, or whitespace only; a dash is printed). @internal */
export const blankCell = (v: string | undefined): boolean => v === undefined || v.trim() === "";

/** Whether every cell of a row is blank or prints "no value" (a dash, a slash). @internal */
export function isBlank(cells: readonly string[]): boolean {
  return cells.every(isNoValue);
}

/** Whether the kind accepts rows of this kind. @internal */
export function accepts(kind: TableKind, rowKind: RowKind): boolean {
  return kind.rowKinds.includes(rowKind);
}

/** Whether a column's cells go into `row.cells` (amount, text, attribute, unknown). @internal */
export function isValueColumn(c: ColumnMatch): boolean {
  const role = c.column?.role;
  return role === undefined || role === "amount" || role === "text" || role === "attribute";
}

/**
 * A row's cells keyed by column key, for the given value columns (`""` kept for blanks);
 * `consumed` is a cell read as the row key (blanked); surplus printed cells go under `extra:#<i>`.
 * @internal
 */
export function cellsOf(
  row: readonly string[],
  columns: readonly ColumnMatch[],
  consumed: number | undefined,
  surplusFrom: number | undefined,
): Readonly<Record<string, string>> {
  const cells: Record<string, string> = {};
  for (const c of columns) cells[c.key] = c.index === consumed ? "" : (row[c.index] ?? "");
  if (surplusFrom !== undefined) {
    for (let i = surplusFrom; i < row.length; i++) cells[`extra:#${i}`] = row[i] ?? "";
  }
  return cells;
}

/** The first non-blank cell among a row's name columns (optionally of one side). @internal */
export function labelOf(
  row: readonly string[],
  columns: readonly ColumnMatch[],
  side?: string,
): { readonly text: string; readonly cell: number } | undefined {
  for (const c of columns) {
    if (c.column?.role !== "name") continue;
    if (side !== undefined && c.side !== side) continue;
    const text = row[c.index] ?? "";
    if (text.trim() !== "") return { text, cell: c.index };
  }
  return undefined;
}

/** The words a total's label is made of. */
const TOTAL_WORDS = ["合计", "总计", "共计"] as const;

/** A short note in brackets at a label's end (`合计（第2栏）`), and a colon: bounded, so linear. */
const TRAILING_NOTE = /[:：]?(?:[（(][^（）()]{0,12}[）)])?$/u;

/** Whether a label's text ends with a total's word or a subtotal's. */
const endsWithTotalWord = (t: string): boolean =>
  t.endsWith("小计") || TOTAL_WORDS.some((w) => t.endsWith(w));

/** A closing bracket at a label's end, a colon after it or not (`某局（本级）（小计）：`). */
const CLOSING_BRACKET = /[）)][:：]?$/u;

/**
 * Whether a label ends as a total's or a group's subtotal does (`人员经费合计`, `小 计`, `合计：`, a
 * block's `合计（第2栏）`, the word bracketed: `（小计）`, `某局（本级）（合计）`): a row of its own,
 * never the rest of a name. @internal
 */
export function endsAsTotal(text: string): boolean {
  const t = text.replace(/\s+/gu, "");
  return (
    endsWithTotalWord(t.replace(TRAILING_NOTE, "")) ||
    endsWithTotalWord(t.replace(CLOSING_BRACKET, ""))
  );
}

/**
 * What a total's label names before its word: what it totals (`本年支出合计` in a 支出决算表,
 * `收入合计` in a 收入决算表, `支出总计`, `支出预算合计`) or whose total it is (`部门合计`,
 * `总合计`, `部门预算总计`, all units' `所有单位合计` / `全部单位合计` / `各单位合计`). Not `本单位合计` / `单位合计`: in a department's table printed by unit it
 * closes a unit's section, and read as the table's total where no grand total is printed it gave
 * false roll-up errors; a one-unit table so labelled stays unplaced (coverage).
 */
const TOTAL_OF = [
  "",
  "本年",
  "收入",
  "支出",
  "本年收入",
  "本年支出",
  "预算",
  "收入预算",
  "支出预算",
  "部门",
  "本部门",
  "全部门",
  "部门预算",
  "总",
  "所有单位",
  "全部单位",
  "各单位",
] as const;

/**
 * The words a table's total is labelled with: a total's (see `TOTAL_WORDS`) and 汇总 (`汇总`,
 * `部门汇总`, `总汇总`). Only for the whole label: a label merely ending in 汇总 is no unit's total.
 */
const TABLE_TOTAL_WORDS = [...TOTAL_WORDS, "汇总"] as const;

/**
 * A table's total row as printers label it: 合计 / 总计 / 共计 / 汇总, alone or naming what it totals or
 * whose total it is (see `TOTAL_OF`), with the figure it prints named or not (`合计数` in a 决算
 * table, `支出合计数`, `合计金额`).
 */
const TOTAL_LABELS: ReadonlySet<string> = /*#__PURE__*/ new Set(
  TOTAL_OF.flatMap((of) =>
    TABLE_TOTAL_WORDS.flatMap((w) => ["", "数", "金额"].map((n) => `${of}${w}${n}`)),
  ),
);

/**
 * What a label ending as a total does names before the total's word (`某县农业农村局` of
 * `某县农业农村局合计`, `某局 总计`); `undefined` for any other label, a subtotal's too (`本级小计`).
 * @internal
 */
export function grandTotalStem(text: string): string | undefined {
  const t = text.replace(/\s+/gu, "").replace(TRAILING_NOTE, "");
  const word = TOTAL_WORDS.find((w) => t.endsWith(w));
  return word === undefined ? undefined : t.slice(0, -word.length);
}

/** Whether a printed label is a total (`合计`, `总 计`, `合计：`, `本年支出合计`, `合计数`). @internal */
export function isTotalLabel(text: string): boolean {
  return TOTAL_LABELS.has(normalizeLabel(text));
}

/**
 * Whether a row's cells state no figure: each blank, "no value" or zero (a row printed again
 * under a 类's former name with `0.00`s states nothing either; the check tells a former name from
 * a wrong one). For a duplicate's severity. @internal
 */
export function statesNoFigure(cells: Readonly<Record<string, string>>): boolean {
  return Object.values(cells).every((v) => {
    if (isNoValue(v)) return true;
    const read = parseAmount(v);
    return read.ok && read.value !== null && isZero(read.value);
  });
}

/** Whether a row's cells are all blank or "no value". @internal */
export function cellsBlank(cells: Readonly<Record<string, string>>): boolean {
  return Object.values(cells).every(isNoValue);
}

/** Whether two rows print the same figures (at least one), cell by cell. @internal */
export function sameFigures(
  a: Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  let printed = false;
  for (const k of keys) {
    const x = (a[k] ?? "").trim();
    if (x !== (b[k] ?? "").trim()) return false;
    if (x !== "") printed = true;
  }
  return printed;
}

/**
 * A `malformed-amount` problem for every printed amount cell that is no amount, but those
 * `reported` already (`row:cell`: a figure in another unit, `cell-unit`). @internal
 */
export function checkAmounts(
  built: readonly { readonly cells: Readonly<Record<string, string>>; readonly source: number }[],
  columns: readonly ColumnMatch[],
  unit: Unit,
  problems: ReadProblem[],
  reported: ReadonlySet<string> = new Set(),
): void {
  const amountColumns = columns.filter((c) => c.column?.role === "amount");
  for (const b of built) {
    for (const c of amountColumns) {
      const raw = b.cells[c.key];
      if (raw === undefined || raw.trim() === "") continue;
      const parsed = parseAmount(raw, unit);
      if (parsed.ok || reported.has(`${b.source}:${c.index}`)) continue;
      const path = { row: b.source, cell: c.index };
      problems.push({
        code: "malformed-amount",
        severity: "error",
        path,
        column: c.key,
        raw,
        error: parsed.error,
      });
    }
  }
}
