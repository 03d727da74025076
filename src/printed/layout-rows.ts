import type { Unit } from "../amount";
import { onlyContinuation } from "../disclosure/continued";
import type { TableKind } from "../templates";
import { plainText as compact } from "./cells";
import type { ReadProblem } from "./problems";
import { isTableNumber, normalizeTableTitle } from "./title";
import type { PrintedTable } from "./types";
import { readUnitLine, type UnitLine } from "./unit-line";

/**
 * What a row of a table's layout (not of its data) prints, as a text layer gives it among the
 * rows: a page break's continuation mark (`续表`), the unit line or the preparer (`单位：万元`,
 * `编制单位：某局`), the title again (`支出决算表（续）`, its number `预算05表`), the column
 * numbers (`栏次 1 2 3`), a page number (`第2页`). @internal
 */
export type LayoutRowKind = Extract<ReadProblem, { code: "layout-row" }>["what"];

/** Labels of a preparer line, before its colon (`编制单位：某局`). */
const PREPARER = ["编制单位", "填报单位", "编报单位"];

/** The word of a column-numbers row (`栏次`), and the letters of the columns that print no amount. */
const COLUMN_NUMBERS_WORDS: ReadonlySet<string> = /*#__PURE__*/ new Set(["栏次", "行次"]);
const COLUMN_LETTERS: ReadonlySet<string> = /*#__PURE__*/ new Set(["甲", "乙", "丙", "丁"]);

/**
 * A column number (1–99), bare or bracketed (`(1)`, `（2）` after NFKC: a negative amount's
 * spelling too, so read as a number only on a column-numbers row), and a page number (`第2页`,
 * `第2页，共5页`, `共5页`).
 */
const COLUMN_NUMBER = /^(?:[1-9][0-9]?|\([1-9][0-9]?\))$/u;
const PAGE = /^第[0-9]{1,4}页(?:,?共[0-9]{1,4}页)?$|^共[0-9]{1,4}页(?:,?第[0-9]{1,4}页)?$/u;

/** A cell as compared: NFKC, no whitespace. */

/** The unit a unit line among the rows may name: the table's, any one (it printed none), none. */
type UnitAllowed = Unit | "any" | "none";

/** What the cells of one row read so far. */
interface RowReading {
  kind: LayoutRowKind | undefined;
  unit: Unit | undefined;
  /** The last column number read (0 before any), and whether `栏次` came after it. */
  last: number;
  restart: boolean;
  words: number;
  numbers: number;
}

/** A title of the table (after the unit's name: `上海市某局收入决算表`), as `normalizeTableTitle` gives it. */
function isTitle(title: string, titles: readonly string[]): boolean {
  return title !== "" && titles.some((t) => title === t || (t.length >= 4 && title.endsWith(t)));
}

/** A preparer line and nothing else (`编制单位：某局`; `编制单位：某局 单位：万元` is a unit line). */
function isPreparer(text: string): boolean {
  const label = PREPARER.find((p) => text.startsWith(`${p}:`));
  return label !== undefined && !text.includes("单位", label.length + 1);
}

/** Whether a cell is a column number, or the word or letter of a column-numbers row. */
function readColumnNumber(text: string, r: RowReading): boolean | undefined {
  if (COLUMN_NUMBERS_WORDS.has(text)) {
    r.words++;
    r.restart = true;
    return true;
  }
  if (COLUMN_LETTERS.has(text)) return true;
  if (!COLUMN_NUMBER.test(text)) return undefined;
  const n = Number(text.startsWith("(") ? text.slice(1, -1) : text);
  if (n !== r.last + 1 && !(n === 1 && r.restart)) return false;
  r.last = n;
  r.restart = false;
  r.numbers++;
  return true;
}

/** The layout a printed cell is part of, or `undefined` when it is data. */
function cellKind(
  cell: string,
  r: RowReading,
  titles: readonly string[],
  allowed: UnitAllowed,
): LayoutRowKind | undefined {
  const text = compact(cell);
  const numbers = readColumnNumber(text, r);
  if (numbers !== undefined) return numbers ? "column-numbers" : undefined;
  if (PAGE.test(text)) return "page";
  if (onlyContinuation(text)) return "continued";
  if (isPreparer(text)) return "unit";
  if (isTableNumber(text)) return "title";
  if (isTitle(normalizeTableTitle(text), titles)) return "title";
  if (!text.includes("单位") && !text.startsWith("(")) return undefined;
  const line = readUnitLine(text);
  if (line.kind !== "unit" || allowed === "none") return undefined;
  if ((allowed !== "any" && line.unit !== allowed) || (r.unit ?? line.unit) !== line.unit)
    return undefined;
  r.unit = line.unit;
  return "unit";
}

/**
 * The rows of a printed table that print its layout, not its data (see {@link LayoutRowKind}):
 * every printed cell is a continuation mark, a unit line naming the table's unit, a preparer line,
 * the table's title (or a title of its kind, or its number), a page number, or the column numbers
 * (`栏次`, then 1, 2, 3 … in order; without the word, three numbers at least). A unit line among
 * the rows of a table that printed none gives the table's unit, when the rows name one unit.
 * Linear: each cell read once, by bounded patterns. @internal
 *
 * @param unitLine - the table's own unit line as read
 */
export function layoutRows(
  printed: PrintedTable,
  kind: TableKind,
  unitLine: UnitLine,
): { readonly rows: ReadonlyMap<number, LayoutRowKind>; readonly unit: Unit | undefined } {
  const titles = [
    ...new Set([printed.title, ...kind.titles].map(normalizeTableTitle).filter((t) => t !== "")),
  ];
  const allowed: UnitAllowed =
    unitLine.kind === "unit" ? unitLine.unit : unitLine.kind === "none" ? "any" : "none";
  const rows = new Map<number, LayoutRowKind>();
  const unitRows = new Map<number, Unit>();
  printed.rows.forEach((row, index) => {
    const r: RowReading = {
      kind: undefined,
      unit: undefined,
      last: 0,
      restart: false,
      words: 0,
      numbers: 0,
    };
    for (const cell of row) {
      if (cell.trim() === "") continue;
      const what = cellKind(cell, r, titles, allowed);
      if (what === undefined) return;
      r.kind ??= what;
    }
    if (r.kind === undefined || (r.numbers > 0 && r.words === 0 && r.numbers < 3)) return;
    rows.set(index, r.kind);
    if (r.unit !== undefined) unitRows.set(index, r.unit);
  });
  const units = new Set(unitRows.values());
  // Rows naming two units say nothing certain: they stay rows of the table.
  if (units.size > 1) for (const index of unitRows.keys()) rows.delete(index);
  const [only] = units;
  return { rows, unit: allowed === "any" && units.size === 1 ? only : undefined };
}
