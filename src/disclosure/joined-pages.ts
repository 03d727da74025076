import type { TableKind } from "../templates";
import { inOpenBlocks, NONE, type OpenBlocks } from "./line-blocks";
import { blank, headingOf, printedCells } from "./paged-tables";
import type { Row } from "./types";

/**
 * A one-row kind's row printed over pages (a table printed one item a row, `项目 | 预算数`, cut at a
 * page break: each page read as the one row, the items of the others blank) joined into the first
 * page's: each cell the page that prints it. `undefined` where both print a cell (two tables' rows).
 */
function joinedItems(first: Row, next: Row): Row | undefined {
  const cells: Record<string, string> = { ...first.cells };
  for (const [k, v] of Object.entries(next.cells)) {
    const before = cells[k];
    if (before !== undefined && !blank(before)) {
      if (!blank(v)) return undefined;
      continue;
    }
    cells[k] = v;
  }
  return { ...first, cells };
}

/**
 * The rows of a table printed over pages, each page read as the rest of the pages before it: a
 * line table's first lines in the blocks of lines the pages before leave open (see
 * `inOpenBlocks`), and a one-row kind's row joined with the first page's where it prints other
 * items. A heading a page prints again at its top with the same cells (a printer repeating the
 * 合计 row, or the row of the unit the page's rows are under, as it repeats the header) is that
 * layout's, not a row: it is left out. The rows, and the blocks open at the end. Linear in the
 * rows. @internal
 */
export function joinPages(
  kind: TableKind | undefined,
  pages: readonly (readonly Row[])[],
): { readonly rows: readonly Row[]; readonly open: OpenBlocks } {
  let open = NONE;
  const rows: Row[] = [];
  // The first page's one row (a page's own rows are never joined: its reader told them apart).
  let single: number | undefined;
  // What the first total printed, and the last unit's row (its identity and cells).
  let total: string | undefined;
  let unit: string | undefined;
  for (const page of pages) {
    const read = inOpenBlocks(kind, open, page);
    open = read.open;
    const start = rows.length;
    let top = start > 0;
    for (const r of read.rows) {
      const heading = headingOf(r);
      const cells = heading === undefined ? undefined : `${heading}\u0001${printedCells(r)}`;
      if (top && cells !== undefined && (cells === total || cells === unit)) continue;
      top = false;
      if (heading === "total") total ??= cells;
      else if (cells !== undefined) unit = cells;
      if (r.key.kind === "single") {
        const first = single === undefined || single >= start ? undefined : rows[single];
        const joined = first === undefined ? undefined : joinedItems(first, r);
        if (joined !== undefined && single !== undefined) {
          rows[single] = joined;
          continue;
        }
        single ??= rows.length;
      }
      rows.push(r);
    }
  }
  return { rows, open };
}
