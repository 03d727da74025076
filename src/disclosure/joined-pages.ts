import { normalizeName } from "../codes";
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
 * A project row opening a page that prints again the merged cells of the project the page before
 * ended on (`previous`, that project's row): its name (and code), and each of the project's own
 * columns (the layout's fields: money, type …) as printed there or blank. It is that project's
 * next indicator row (not the project row's own again), which an extractor gave the project's
 * cells again (merged cells cut at a page break): the row as an indicator row, its indicator
 * cells as printed and the reprinted ones left out, keyed `index`. `undefined` for another project (another name or code, or other
 * figures: two projects of one name stay two). @internal
 */
export function reprintedProject(
  kind: TableKind | undefined,
  previous: Row | undefined,
  next: Row,
  index: number,
): Row | undefined {
  const fields = kind?.targets?.form === "projects" ? kind.targets.fields : undefined;
  if (fields === undefined || previous === undefined) return undefined;
  const [a, b] = [previous.key, next.key];
  if (a.kind !== "project" || b.kind !== "project") return undefined;
  if (normalizeName(a.name) !== normalizeName(b.name) || (a.code ?? "") !== (b.code ?? ""))
    return undefined;
  const cells: Record<string, string> = {};
  // Its indicator is the project's next: one printing the project row's own again is a copy of
  // that row (another table's: a unit's own copy of the department's), not a reprint.
  let same = true;
  for (const [column, v] of Object.entries(next.cells)) {
    if (!(column in fields)) {
      cells[column] = v;
      if (v.trim() !== (previous.cells[column] ?? "").trim()) same = false;
    } else if (!blank(v) && v.trim() !== (previous.cells[column] ?? "").trim()) return undefined;
  }
  if (same) return undefined;
  return { key: { kind: "indicator", index }, cells };
}

/**
 * The rows of a table printed over pages, each page read as the rest of the pages before it: a
 * line table's first lines in the blocks of lines the pages before leave open (see
 * `inOpenBlocks`), and a one-row kind's row joined with the first page's where it prints other
 * items. A heading a page prints again at its top with the same cells (a printer repeating the
 * 合计 row, or a unit's row, with the same cells as before, as it repeats the header) is that
 * layout's, not a row: it is left out; so are a project's cells printed again over its next
 * indicator (see {@link reprintedProject}). The rows, and the blocks open at the end. Linear in the
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
  // What each heading (the total, each unit's row) printed first: its identity and cells.
  const heads = new Set<string>();
  // The last project's row.
  let project: Row | undefined;
  for (const page of pages) {
    const read = inOpenBlocks(kind, open, page);
    open = read.open;
    const start = rows.length;
    let top = start > 0;
    for (const r of read.rows) {
      const heading = headingOf(r);
      const cells = heading === undefined ? undefined : `${heading}\u0001${printedCells(r)}`;
      if (top && cells !== undefined && heads.has(cells)) continue;
      // Keyed by its place in the joined rows (no page's own indicator rows are numbered past it).
      const reprinted = top ? reprintedProject(kind, project, r, rows.length) : undefined;
      top = false;
      if (reprinted !== undefined) {
        rows.push(reprinted);
        continue;
      }
      if (r.key.kind === "project") project = r;
      if (cells !== undefined) heads.add(cells);
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
