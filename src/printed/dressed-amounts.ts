import type { Unit } from "../amount";
import { parseAmount } from "../amount/parse";
import { moneyUnitAtEnd, moneyUnitWord } from "../amount/unit-words";
import type { ColumnMatch } from "./headers";
import type { ReadProblem } from "./problems";

/**
 * Figures a printer dresses: a currency sign before (`￥1,100.00`, `¥1,100.00`), spaces grouping
 * the thousands (`1 100.00`, a thin or no-break space too), a unit after (`1,100.00万元`) and a
 * remark in brackets after (`1,100.00（含结转）`), spaces beside the commas (`1, 100.00`), no zero
 * before the point (`.00`, `.50`, `-.50`:
 * a spreadsheet's format `#,###.00` prints 0 and 0.5 so). Read as the figure where what is left is one;
 * a unit other than the table's is never rescaled: the cell is kept as printed (`cell-unit`), and
 * a unit the library does not take (`百万元`, `千元`) neither (`unit-not-taken`); `万` is 万元.
 */

/** Currency signs printed before a figure (yen / yuan, half- and full-width). */
const CURRENCY = "¥￥";
/** Spaces a printer groups thousands with: normal, no-break, thin, narrow no-break. */
const GROUP_SPACES = " \u00a0\u2009\u202f";
/** The longest remark read off a figure's end (`（含上年结转资金）`). */
const MAX_REMARK = 12;

const isDigit = (c: string): boolean => (c >= "0" && c <= "9") || (c >= "０" && c <= "９");

/**
 * What a dressed figure is: its text read, the unit it printed (`万` is 万元), or the money unit
 * word it printed that the library does not take (`百万元`), the remark after it.
 */
interface Undressed {
  readonly text: string;
  readonly unit: Unit | undefined;
  readonly notTaken?: string;
  readonly remark: string | undefined;
}

/** A closing remark in brackets with no digit (`（含结转）`): where it opens, else -1. */
function remarkStart(s: string): number {
  const close = s.at(-1);
  if (close !== ")" && close !== "）") return -1;
  const from = Math.max(0, s.length - MAX_REMARK - 2);
  for (let i = s.length - 2; i >= from; i--) {
    const c = s.charAt(i);
    if (c === "(" || c === "（") return i > 0 && i < s.length - 2 ? i : -1;
    if (isDigit(c) || c === ")" || c === "）") return -1;
  }
  return -1;
}

/** The points a figure may print before its decimals (half- and full-width). */
const POINTS = ".．";
/** The signs a figure may print before it (`-.50`). */
const MINUS = "-－−";

/** A figure printed without the zero before its point (`.50` → `0.50`, `-.50` → `-0.50`). */
function withLeadingZero(s: string): string {
  const at = MINUS.includes(s.charAt(0)) ? 1 : 0;
  return POINTS.includes(s.charAt(at)) && isDigit(s.charAt(at + 1))
    ? `${s.slice(0, at)}0${s.slice(at)}`
    : s;
}

/** The commas a figure groups its thousands with (half- and full-width). */
const COMMAS = ",，";

/**
 * Spaces between two digits read as thousands separators, and spaces beside a comma between
 * digits left out (`171, 915` and `171 ,915` are `171,915`: a text layer spacing the digits out);
 * the parser checks the groups. One pass.
 */
function groupedBySpaces(s: string): string {
  let out = "";
  // The last character written: read from a variable, never from `out` (a string grown by `+=`
  // is a rope that reading a character of flattens: a copy of `out` per space, quadratic).
  let last = "";
  // the first non-space after the run of spaces at i (found once per run)
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (!GROUP_SPACES.includes(c)) {
      out += c;
      last = c;
      continue;
    }
    if (j <= i) j = i + 1;
    while (GROUP_SPACES.includes(s.charAt(j))) j++;
    const after = s.charAt(j);
    if (isDigit(last) && isDigit(after)) {
      last = j === i + 1 ? "," : c;
      out += last;
    } else if (
      !(COMMAS.includes(last) && isDigit(after)) &&
      !(isDigit(last) && COMMAS.includes(after))
    ) {
      out += c;
      last = c;
    }
  }
  return out;
}

/** A dressed figure undressed, or `undefined` when the cell wears none of the dress. @internal */
export function undressAmount(cell: string): Undressed | undefined {
  let s = cell.trim();
  const original = s;
  if (CURRENCY.includes(s.charAt(0)) && s.length > 1) s = s.slice(1).trimStart();
  const open = remarkStart(s);
  const inBrackets = open < 0 ? undefined : s.slice(open + 1, -1).trim();
  // `1,100.00（万元）`: a unit in brackets is the figure's unit, no remark.
  const bracketUnit = inBrackets === undefined ? undefined : moneyUnitWord(inBrackets);
  const remark = open < 0 || bracketUnit !== undefined ? undefined : s.slice(open);
  if (open >= 0) s = s.slice(0, open).trimEnd();
  // The longest word first: `百万元` is never read as `万元`.
  const word = bracketUnit ?? moneyUnitAtEnd(s);
  if (word !== undefined && bracketUnit === undefined) s = s.slice(0, -word.word.length).trimEnd();
  s = withLeadingZero(groupedBySpaces(s));
  if (s === original) return undefined;
  const unit = word?.unit;
  return word === undefined || unit !== undefined
    ? { text: s, unit, remark }
    : { text: s, unit, notTaken: word.word, remark };
}

/** The one unit the dressed amount cells of `rows` print, `undefined` for none or several. */
function cellsUnit(
  rows: readonly (readonly string[])[],
  amounts: readonly ColumnMatch[],
): Unit | undefined {
  const units = new Set<Unit>();
  for (const row of rows)
    for (const c of amounts) {
      const raw = row[c.index];
      const read = raw === undefined || parseAmount(raw).ok ? undefined : undressAmount(raw);
      if (read?.unit !== undefined) units.add(read.unit);
    }
  return units.size === 1 ? [...units][0] : undefined;
}

/**
 * The amount cells of `rows` printed dressed (see the module's note) read as their figure, each
 * noted `dressed-amount` (info, the cell as printed kept), and the table's unit: the one read
 * (`table`), or where the table prints none (`defaulted`) the one its figures print, if one. A
 * figure printing a unit other than the table's stays as printed and is `cell-unit` (error: the
 * document's two units disagree), its place in `foreign` (`row:cell`) so it is not also reported
 * malformed. A figure printing a money unit the library does not take (`11.00百万元`) stays as
 * printed too, `unit-not-taken` (info: a gap of the reading), also in `foreign`. The rows themselves when no cell is dressed. Linear in the amount cells. @internal
 */
export function readDressedAmounts(
  rows: readonly (readonly string[])[],
  columns: readonly ColumnMatch[],
  table: { readonly unit: Unit; readonly defaulted?: true },
  problems: ReadProblem[],
): {
  readonly rows: readonly (readonly string[])[];
  readonly unit: Unit;
  readonly foreign: ReadonlySet<string>;
} {
  const amounts = columns.filter((c) => c.column?.role === "amount");
  const unit = (table.defaulted === true ? cellsUnit(rows, amounts) : undefined) ?? table.unit;
  const foreign = new Set<string>();
  let out: (readonly string[])[] | undefined;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as readonly string[];
    let copy: string[] | undefined;
    for (const c of amounts) {
      const raw = row[c.index];
      if (raw === undefined || raw.trim() === "" || parseAmount(raw, unit).ok) continue;
      const read = undressAmount(raw);
      if (read === undefined || !parseAmount(read.text, unit).ok) continue;
      const path = { row: r, cell: c.index };
      if (read.notTaken !== undefined) {
        foreign.add(`${r}:${c.index}`);
        problems.push({ code: "unit-not-taken", severity: "info", path, raw, unit: read.notTaken });
        continue;
      }
      if (read.unit !== undefined && read.unit !== unit) {
        foreign.add(`${r}:${c.index}`);
        problems.push({
          code: "cell-unit",
          severity: "error",
          path,
          raw,
          unit: read.unit,
          tableUnit: unit,
        });
        continue;
      }
      copy ??= [...row];
      copy[c.index] = read.text;
      problems.push({ code: "dressed-amount", severity: "info", path, raw });
    }
    if (copy !== undefined) {
      out ??= rows.slice();
      out[r] = copy;
    }
  }
  return { rows: out ?? rows, unit, foreign };
}
