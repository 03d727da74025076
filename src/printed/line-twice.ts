import { amountsEqual, isZero, parseAmount } from "../amount";
import { normalizeLabel } from "../codes";
import type { LineSpec, TableKind } from "../templates";
import { labelKey, THIS_YEAR } from "../templates/wording";

/** The first row of a side reading a line that may be printed twice, and its label's key. */
interface First {
  readonly row: number;
  readonly key: string;
  paired: boolean;
  /** Whether a carry line (上年结转, 年终结转结余) was printed below it on its side. */
  carried: boolean;
  /** Whether such a carry line printed a figure other than zero. */
  carriedSome: boolean;
  /** Its figures as printed, one per value column of its side. */
  readonly figures: readonly string[];
  /** Whether it is the first label printed on its side (the side's top). */
  readonly top: boolean;
}

/** Whether two printed figures state one amount, or are both blank. */
function alike(a: string, b: string): boolean {
  return a.trim() === b.trim() || same(a, b);
}

/** Whether two printed figures state one amount (both read). */
function same(a: string, b: string): boolean {
  const x = parseAmount(a);
  const y = parseAmount(b);
  return x.ok && y.ok && x.value !== null && y.value !== null && amountsEqual(x.value, y.value);
}

/** Whether a printed figure states an amount other than zero. */
function nonZero(raw: string): boolean {
  const x = parseAmount(raw);
  return x.ok && x.value !== null && !isZero(x.value);
}

/** The concepts of the lines printed between a side's year's total and its grand total. */
const CARRY: ReadonlySet<string> = new Set(["revenue.carryover", "spending.carryforward"]);

/** The concepts of a side's grand total, which a printer may restate at the side's top. */
const GRAND: ReadonlySet<string> = new Set(["revenue.total", "spending.total"]);

/**
 * The word naming a grand total (`总计`, `收入总计`): a label of a twice-printed total with it
 * states the grand total only; one without it (`收入合计`, `支出合计`) may state the year's.
 */
const GRAND_WORD = "总计";

/** Whether a twice-printed total's label (its key) may state the year's total (no 总计). */
const bare = (key: string): boolean => !key.includes(GRAND_WORD);

/** Whether a line is a total a printer may print twice on its side. */
const twice = (l: LineSpec): boolean =>
  l.upper !== undefined || (l.concept !== undefined && GRAND.has(l.concept));

/** The total lines printed twice on a line table's sides (see {@link upperTotals}). @internal */
export interface TwiceTotals {
  /** The upper rows read as the line they state (the year's total), by `row * width + side`. */
  readonly uppers: ReadonlyMap<number, LineSpec>;
  /**
   * The sides' tops restating the grand total printed again below with the same figures, by
   * `row * width + side`: the layout's, read once (below).
   */
  readonly restated: ReadonlySet<number>;
  /**
   * The rows printing a bare label of a grand total (`收入合计`, no 总计) above a carry line of
   * their side that is not read as the year's total (the year's line printed on the side too,
   * or no grand total printed below), by `row * width + side`, each with the lines it may state
   * (the grand total's and the year's): which it is the table does not tell, so unread.
   */
  readonly unread: ReadonlyMap<number, readonly string[]>;
}

/**
 * The printed rows whose total line is printed again below them on their side under another of
 * its labels (`收入合计` above `上年结转`, `收入总计` below it; `支出合计` / `支出总计`: see
 * `LineSpec.upper`), each with the line the upper row states (the year's total), where that line
 * is not printed on the side itself and a carry line is printed between the two (`uppers`). A
 * line printed twice under one label stays itself (the reader reports the duplicate), but for a
 * side's top restating the grand total printed again below with the very same figures, under
 * either label, the layout of some printers (`restated`: read once, below; other figures there
 * keep both rows, and the reader reports the duplicate). Only a bare label (`收入合计`, no 总计)
 * states the year's; printed above a carry line and not so read (the year's line printed on the
 * side itself, `本年收入合计`, or no grand total below it), it is neither (`unread`: never compared
 * as the grand total). `figures(row, side)` are the side's printed figures, one per value column.
 * Keyed by `row * width + side`; one pass over the labels.
 * @internal
 */
export function upperTotals(
  kind: TableKind,
  rows: number,
  width: number,
  label: (row: number, side: number) => string,
  candidates: (label: string, side: number) => readonly LineSpec[],
  figures: (row: number, side: number) => readonly string[] = () => [],
): TwiceTotals {
  const lines = kind.lines ?? [];
  const uppers = new Map<number, LineSpec>();
  const restated = new Set<number>();
  const unread = new Map<number, readonly string[]>();
  if (!lines.some(twice)) return { uppers, restated, unread };
  const byId = new Map(lines.map((l) => [l.id, l]));
  for (let s = 0; s < width; s++) {
    const printed = new Set<string>();
    const first = new Map<string, First>();
    let top = true;
    for (let r = 0; r < rows; r++) {
      const text = label(r, s);
      if (text.trim() === "") continue;
      const atTop = top;
      top = false;
      const found = candidates(text, s);
      for (const c of found) printed.add(c.id);
      if (found.some((c) => c.concept !== undefined && CARRY.has(c.concept))) {
        const some = nonZero(figures(r, s)[0] ?? "");
        for (const f of first.values()) {
          f.carried = true;
          if (some) f.carriedSome = true;
        }
      }
      const [only] = found;
      if (found.length !== 1 || only === undefined || !twice(only)) continue;
      const key = labelKey(text);
      const seen = first.get(only.id);
      const at = figures(r, s);
      if (seen === undefined) {
        first.set(only.id, {
          row: r,
          key,
          paired: false,
          carried: false,
          carriedSome: false,
          figures: at,
          top: atTop,
        });
        continue;
      }
      if (seen.paired || restated.has(seen.row * width + s)) continue;
      // the grand total again below a carry line (`收入合计`, `上年结转`, `收入总计`): the upper one
      // is the year's. Printed again above any carry line, or stating the grand total's figure
      // where a carry line prints one (the grand total at the side's top), the two are one line
      // printed twice.
      if (
        only.upper !== undefined &&
        seen.key !== key &&
        bare(seen.key) &&
        seen.carried &&
        !(seen.carriedSome && same(seen.figures[0] ?? "", at[0] ?? ""))
      )
        seen.paired = true;
      // The side's top restating the grand total, every figure the same: read once, below.
      else if (seen.top && at.length > 0 && seen.figures.every((f, i) => alike(f, at[i] ?? "")))
        restated.add(seen.row * width + s);
    }
    for (const [id, f] of first) {
      const upper = byId.get(byId.get(id)?.upper ?? "");
      const at = f.row * width + s;
      if (upper === undefined || restated.has(at)) continue;
      if (f.paired && !printed.has(upper.id)) uppers.set(at, upper);
      // A bare 合计 above a carry line printing money, not the year's: the grand total's or the
      // year's? (Above carry lines printing none, the two are one figure: read as before.)
      else if (f.carriedSome && bare(f.key)) unread.set(at, [id, upper.id]);
    }
  }
  return { uppers, restated, unread };
}

/**
 * A label marked 本年 closing 总计 (`本年收入总计`, `本年度支出总计`) without its mark (`收入总计`),
 * or `undefined` for any other label.
 */
function withoutYearMark(label: string): string | undefined {
  const key = normalizeLabel(label);
  const mark = THIS_YEAR.exec(key);
  return mark === null || !key.endsWith(GRAND_WORD) ? undefined : key.slice(mark[0].length);
}

/**
 * The rows whose label marked 本年 closes with 总计 (`本年收入总计`) where their side prints the
 * year's total under another label too (`本年收入合计`): such a label reads as the year's total
 * (see `yearsTotal`), but a side has one year's total, so this one is the grand total, read by
 * its words without the mark (`收入总计`). By `row * width + side`, each with the label to read
 * it by. Two passes over the labels. @internal
 */
export function grandTotalsMarked(
  rows: number,
  width: number,
  nameAt: (row: number, side: number) => string,
  candidates: (label: string, side: number) => readonly LineSpec[],
): ReadonlyMap<number, string> {
  const plain = new Set<string>();
  const marked: [number, number, string, string][] = [];
  for (let r = 0; r < rows; r++)
    for (let s = 0; s < width; s++) {
      const label = nameAt(r, s).trim();
      if (label === "") continue;
      const bare = withoutYearMark(label);
      if (bare !== undefined) marked.push([r, s, label, bare]);
      else for (const l of candidates(label, s)) plain.add(`${s}:${l.id}`);
    }
  const out = new Map<number, string>();
  for (const [r, s, label, bare] of marked)
    if (candidates(label, s).some((l) => plain.has(`${s}:${l.id}`))) out.set(r * width + s, bare);
  return out;
}
