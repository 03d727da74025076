import { parseAmount } from "../amount/parse";
import { plainText } from "./cells";
import { numbersRows } from "./number-columns";
import type { ReadProblem } from "./problems";
import type { PrintedTable } from "./types";

/**
 * A row number and a figure an extractor merged into one cell (`1 307.82` under 决算数 beside a
 * blank 行次, or under 行次 beside a blank 决算数): `1 307.82` reads as `1,307.82` grouped by a
 * space too, so only where the column's numbering gives that number there (the row above is
 * numbered one less, or the row below one more) is it read as the two cells, noted `merged-cell`
 * (info). Elsewhere the figure is left to the reading of dressed figures.
 */

/** A row number, a space (normal, no-break, thin), the rest: bounded runs, so linear. */
const MERGED = /^([0-9]{1,3})[ \u00a0\u2009\u202f]{1,3}([^ \u00a0\u2009\u202f].{0,40})$/u;

/** A cell's row number (NFKC digits alone), or `undefined`. */
function numberOf(cell: string | undefined): number | undefined {
  const text = plainText(cell ?? "");
  return /^[0-9]{1,3}$/u.test(text) ? Number(text) : undefined;
}

/** The columns numbering the rows (by header), each with the column right of it. */
function pairs(headers: readonly string[]): readonly (readonly [number, number])[] {
  const numbers = (i: number) => numbersRows(headers[i] ?? "");
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < headers.length; i++)
    if (numbers(i) && !numbers(i + 1)) out.push([i, i + 1]);
  return out;
}

/**
 * The table with each row number merged with its figure (see the module's note) read as the two
 * cells, each noted `merged-cell`; the table itself when there is none. Before the columns
 * numbering the rows are set aside (`numberColumns`). One pass over the cells of each 行次
 * column. @internal
 */
export function splitMergedRowNumbers(printed: PrintedTable): {
  readonly table: PrintedTable;
  readonly problems: readonly ReadProblem[];
} {
  const { rows } = printed;
  const problems: ReadProblem[] = [];
  let out: (readonly string[])[] | undefined;
  for (const [n, a] of pairs(printed.headers))
    for (let r = 0; r < rows.length; r++) {
      const row = (out ?? rows)[r] as readonly string[];
      const numberCell = (row[n] ?? "").trim();
      const amountCell = (row[a] ?? "").trim();
      // the merged text in one of the two cells, the other blank
      const [at, raw] = amountCell !== "" && numberCell === "" ? [a, amountCell] : [n, numberCell];
      if (raw === "" || (at === n && amountCell !== "")) continue;
      const m = MERGED.exec(raw.normalize("NFKC"));
      if (m === null) continue;
      const number = Number(m[1]);
      const figure = (m[2] ?? "").trim();
      const read = parseAmount(figure);
      if (!read.ok || read.value === null) continue;
      const above = numberOf(rows[r - 1]?.[n]);
      const below = numberOf(rows[r + 1]?.[n]);
      if (above !== number - 1 && below !== number + 1) continue;
      const copy = [...row];
      copy[n] = m[1] ?? "";
      copy[a] = figure;
      out ??= rows.slice();
      out[r] = copy;
      problems.push({
        code: "merged-cell",
        severity: "info",
        path: { row: r, cell: at },
        raw,
        cells: [m[1] ?? "", figure],
      });
    }
  return { table: out === undefined ? printed : { ...printed, rows: out }, problems };
}
