import { normalizeLabel } from "../codes";
import type { TableKind } from "../templates";
import { isTotalLabel } from "./cells";
import { type ColumnMatch, headerLevels, matchHeaders } from "./headers";
import type { Reshaped } from "./reshape";
import type { PrintedTable } from "./types";

/** How a printed table's headers split into blocks side by side. */
interface Blocks {
  readonly width: number;
  readonly count: number;
  /** The header paths of one block (its heading left out). */
  readonly block: readonly string[];
  /** Each block's own heading (`人员经费`, `公用经费`), when the blocks have one. */
  readonly headings: readonly (string | undefined)[];
}

/** The heading every path of a block opens with (a level above the block's own headers). */
function headingOf(paths: readonly (readonly string[])[]): string | undefined {
  const first = paths[0]?.[0];
  if (first === undefined) return undefined;
  return paths.every((p) => p.length >= 2 && p[0] === first) ? first : undefined;
}

/**
 * The headers split into `count` blocks of the same headers: equal as printed, or equal below a
 * heading of each block's own (`人员经费/科目名称` … `公用经费/科目名称`).
 */
function splitInto(paths: readonly (readonly string[])[], count: number): Blocks | undefined {
  const width = paths.length / count;
  const blocks = Array.from({ length: count }, (_, b) => paths.slice(b * width, (b + 1) * width));
  const joined = (block: readonly (readonly string[])[], skip: number) =>
    block.map((p) => p.slice(skip).join("/"));
  const first = joined(blocks[0] ?? [], 0);
  const same = (a: readonly string[], b: readonly string[]) => a.every((h, i) => h === b[i]);
  if (blocks.every((b) => same(joined(b, 0), first)))
    return { width, count, block: first, headings: blocks.map(() => undefined) };
  const headings = blocks.map(headingOf);
  if (headings.some((h) => h === undefined) || new Set(headings).size !== count) return undefined;
  const inner = joined(blocks[0] ?? [], 1);
  if (!blocks.every((b) => same(joined(b, 1), inner))) return undefined;
  return { width, count, block: inner, headings };
}

/**
 * Whether one block reads as the kind (a code and an amount column, no header twice) while the
 * whole row of headers does not (a header of a later block names a column already taken).
 */
function readsAsBlocks(headers: readonly string[], block: readonly string[], kind: TableKind) {
  const one = matchHeaders(block, kind);
  const has = (role: string) => one.columns.some((c) => c.column?.role === role);
  if (!has("code") || !has("amount")) return false;
  if (one.problems.some((p) => p.code === "duplicate-header")) return false;
  return matchHeaders(headers, kind).problems.some((p) => p.code === "duplicate-header");
}

/** The split of the printed headers into blocks side by side, the widest that reads. */
function blocksOf(headers: readonly string[], kind: TableKind): Blocks | undefined {
  if (kind.columns.some((c) => c.side !== undefined)) return undefined;
  const paths = headers.map(headerLevels);
  for (let count = 2; count * 2 <= paths.length; count++) {
    if (paths.length % count !== 0) continue;
    const blocks = splitInto(paths, count);
    if (blocks !== undefined && readsAsBlocks(headers, blocks.block, kind)) return blocks;
  }
  return undefined;
}

/**
 * A block's total: under a heading, that heading's 合计 (`人员经费合计`); without one, a total
 * printed in several blocks of a row is no total of the table, and is named by its block so
 * that it is read as no row of the kind (left unplaced).
 */
function relabel(
  cells: string[],
  names: readonly number[],
  heading: string | undefined,
  shared: boolean,
  block: number,
): void {
  for (const i of names) {
    const cell = cells[i] ?? "";
    if (!isTotalLabel(cell) && normalizeLabel(cell) !== "小计") continue;
    if (heading !== undefined) cells[i] = `${heading}合计`;
    else if (shared) cells[i] = `${cell}（第${block + 1}栏）`;
  }
}

/**
 * A table printed as blocks side by side with the same headers (the 决算 基本支出表: 301 / 303
 * left, 302 / 310 right, each `经济分类科目编码 | 科目名称 | 决算数`, or the same under the headings
 * 人员经费 / 公用经费), read as one list: the first block's rows, then the next block's. Only for a
 * kind of one side whose columns one block fills (a code and an amount column), when the printed
 * row of headers names a column twice. @internal
 */
export function sideBySideBlocks(printed: PrintedTable, kind: TableKind): Reshaped | undefined {
  const blocks = blocksOf(printed.headers, kind);
  if (blocks === undefined) return undefined;
  const { width, count, block, headings } = blocks;
  const matched = matchHeaders(block, kind).columns;
  const names = matched
    .filter((c) => c.column?.role === "name" || c.column?.role === "code")
    .map((c) => c.index);
  const height = printed.rows.length;
  const slices = printed.rows.map((row) =>
    Array.from({ length: count }, (_, b) =>
      Array.from({ length: width }, (_, i) => row[b * width + i] ?? ""),
    ),
  );
  // Whether several blocks of a printed row print a total (each then its block's own).
  const shared = slices.map(
    (parts) => parts.filter((p) => names.some((i) => isTotalLabel(p[i] ?? ""))).length > 1,
  );
  const rows: string[][] = [];
  for (let b = 0; b < count; b++)
    slices.forEach((parts, r) => {
      const cells = parts[b] ?? [];
      relabel(cells, names, headings[b], shared[r] === true, b);
      rows.push(cells);
    });
  return {
    table: { ...printed, headers: block, rows },
    cellOrigin: (row, cell) => ({
      row: row % height,
      cell: Math.floor(row / height) * width + cell,
    }),
    headerOrigin: (header) => header,
    columns: (inner: readonly ColumnMatch[]) =>
      Array.from({ length: count }, (_, b) =>
        inner.map((c) => ({
          ...c,
          index: b * width + c.index,
          header: printed.headers[b * width + c.index] ?? c.header,
        })),
      ).flat(),
  };
}
