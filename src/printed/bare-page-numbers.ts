/**
 * A page's number printed bare (`13`) at a page break inside a table, which a text layer gives
 * as a row of its own among the table's rows. Read as a row it was an unknown line label or a
 * malformed code, an unplaced row, and the table's sums lost. A bare number is also a figure, or
 * a 类's code cut off its row, so it is taken as a page's number only where nothing else can be:
 * see {@link barePageRows}.
 */
import { plainText } from "./cells";
import type { ColumnMatch } from "./headers";
import type { LayoutRowKind } from "./layout-rows";

/** A page's number: 1 to 9999, no sign, no decimals, no grouping. */
const PAGE_NUMBER = /^[1-9][0-9]{0,3}$/u;
/** A figure printed with its decimals (`12.00`, `1,234.50`, `-3.20`). */
const WITH_DECIMALS = /^[-+]?[0-9][0-9,]*\.[0-9]+$/u;
/** A figure printed as a whole number, other than a zero (`12`, `1,234`). */
const WHOLE = /^[-+]?[1-9][0-9,]*$/u;

/** A cell's text, NFKC, without spaces (a text layer pads and splits them). */
const compact = (cell: string | undefined): string => plainText(cell ?? "");

/**
 * The rows printing a page's number bare and nothing else, among the rows of a table: one cell
 * printed, a whole number 1–9999, in an amount column (or in the last column where no column of
 * the kind placed it), a row of the table printed before and after it (no table's first or last
 * row), and the table printing its figures with their decimals (one so printed at least, and
 * none printed whole but the zeros), so that a whole number is none of its figures. Where no
 * figure shows its decimals' trailing zero (`12.50`, `13.00`: printed at fixed places, a round
 * figure `13.00`), the table may print as a spreadsheet's general format does (`12.5`, a round
 * figure `13`): the number is then taken only under a row printing a figure (under one printing
 * none it may be that row's, printed level with its name's second line). A number in a code or
 * name column (a 类's code cut off its row), a table printing whole figures (元 tables: `13` may
 * be a figure) and a number at the table's edge are left as they are.
 * `layout`: the rows already read as layout, passed over. Linear: each cell read once. @internal
 */
export function barePageRows(
  rows: readonly (readonly string[])[],
  columns: readonly ColumnMatch[],
  layout: ReadonlyMap<number, LayoutRowKind>,
): number[] {
  const amount = new Set(columns.filter((c) => c.column?.role === "amount").map((c) => c.index));
  const unplaced = new Set(columns.filter((c) => c.column === undefined).map((c) => c.index));
  /** The rows printing a number alone, and whether the row above printed a figure. */
  const candidates: { readonly row: number; readonly under: boolean }[] = [];
  /** The other rows printing something. */
  const data: number[] = [];
  let decimals = 0;
  let fixed = 0;
  let whole = 0;
  let above = false;
  rows.forEach((row, i) => {
    if (layout.has(i)) return;
    let printed = 0;
    let figures = 0;
    let at = -1;
    row.forEach((cell, c) => {
      const text = compact(cell);
      if (text === "") return;
      printed++;
      at = c;
      if (!amount.has(c)) return;
      figures++;
      if (WITH_DECIMALS.test(text)) {
        decimals++;
        // its decimals' trailing zero printed (`12.50`, `13.00`): figures at fixed places
        if (text.endsWith("0")) fixed++;
      } else if (WHOLE.test(text)) whole++;
    });
    if (printed === 0) return;
    const text = compact(row[at]);
    const last = at === row.length - 1 && unplaced.has(at);
    if (printed === 1 && PAGE_NUMBER.test(text) && (amount.has(at) || last)) {
      if (amount.has(at)) whole--; // not counted as one of the table's figures
      candidates.push({ row: i, under: above });
      return;
    }
    data.push(i);
    above = figures > 0;
  });
  if (candidates.length === 0 || decimals === 0 || whole > 0) return [];
  // …between two rows of the table (another row printing more, before it and after it)
  const first = data[0] ?? Number.POSITIVE_INFINITY;
  const end = data[data.length - 1] ?? Number.NEGATIVE_INFINITY;
  return candidates.flatMap((c) =>
    c.row > first && c.row < end && (fixed > 0 || c.under) ? [c.row] : [],
  );
}
