import type { LineSpec, TableKind } from "../templates";
import { labelKey } from "../templates/wording";
import type { Row } from "./types";

/**
 * A line table's blocks of lines carried over a page break. A 收支总表 prints blocks of lines
 * under a heading line (`二、上年结转` over `（一）一般公共预算拨款` …, `年初财政拨款结转和结余` over
 * `一、一般公共预算财政拨款` …, on the spending side `年末财政拨款结转和结余` over its fund lines),
 * the lines' labels repeating other lines' (the income by fund). Cut inside a block, the next page
 * prints the block's lines under no heading, and a reader reading the page alone takes them for
 * the lines of that name outside the block (or leaves them unplaced where two blocks name them).
 * Read as the rest of the table, a page's first lines on a side are the block's that is open on
 * that side at the end of the pages before, as the printed reader reads a whole table (a heading
 * line opens its block, a line outside any block closes it; see `readLineRows`).
 */

/** The block open on each side of a line table, by side (`""` for a one-sided table). @internal */
export type OpenBlocks = ReadonlyMap<string, string>;

/** No block open. @internal */
export const NONE: OpenBlocks = /*#__PURE__*/ new Map();

/** What the kind's lines say of its blocks, `undefined` for a kind without blocks. */
interface Blocks {
  readonly byId: ReadonlyMap<string, LineSpec>;
  /** The heading lines (a line some line is under). */
  readonly heads: ReadonlySet<string>;
  /** The lines under a heading, each with its label keys. */
  readonly under: readonly { readonly line: LineSpec; readonly keys: ReadonlySet<string> }[];
  /** The side of each column that has one, by column key. */
  readonly sides: ReadonlyMap<string, string>;
}

function blocksOf(kind: TableKind | undefined): Blocks | undefined {
  const lines = kind?.lines ?? [];
  if (kind === undefined || !lines.some((l) => l.section !== undefined)) return undefined;
  const sides = new Map<string, string>();
  for (const c of kind.columns) if (c.side !== undefined) sides.set(c.key, c.side);
  return {
    byId: new Map(lines.map((l) => [l.id, l])),
    heads: new Set(lines.flatMap((l) => (l.section === undefined ? [] : [l.section]))),
    under: lines.flatMap((line) =>
      line.section === undefined ? [] : [{ line, keys: new Set(line.labels.map(labelKey)) }],
    ),
    sides,
  };
}

/** The side a row is printed on: its line's, or (a row left unplaced) its cells'. */
function sideOf(row: Row, blocks: Blocks): string | undefined {
  if (row.key.kind === "line") {
    const line = blocks.byId.get(row.key.line);
    return line === undefined ? undefined : (line.side ?? "");
  }
  if (row.key.kind !== "unplaced") return undefined;
  for (const key of Object.keys(row.cells)) {
    const side = blocks.sides.get(key);
    if (side !== undefined) return side;
  }
  return "";
}

/**
 * The rows of a page read as the rest of a line table whose pages before it leave `open` the
 * blocks open on each side: a row (a line or unplaced) whose printed name is the label of exactly
 * one line of the block open on its side is that line; a heading line opens its block, any other
 * line outside a block closes it. The rows as given where none is re-read, and the blocks open
 * after them. Linear in the rows. @internal
 */
export function inOpenBlocks(
  kind: TableKind | undefined,
  open: OpenBlocks,
  rows: readonly Row[],
): { readonly rows: readonly Row[]; readonly open: OpenBlocks } {
  const blocks = blocksOf(kind);
  if (blocks === undefined) return { rows, open: NONE };
  const now = new Map(open);
  let out: Row[] | undefined;
  rows.forEach((row, i) => {
    const side = sideOf(row, blocks);
    if (side === undefined) return;
    const block = now.get(side);
    if (block !== undefined && row.name !== undefined) {
      const name = labelKey(row.name);
      const found = blocks.under.filter(
        (u) =>
          u.line.section === block &&
          (u.line.side === undefined || u.line.side === side) &&
          u.keys.has(name),
      );
      const line = found.length === 1 ? found[0]?.line : undefined;
      if (line !== undefined) {
        if (row.key.kind !== "line" || row.key.line !== line.id) {
          out ??= rows.slice();
          out[i] = { ...row, key: { kind: "line", line: line.id } };
        }
        return;
      }
    }
    const line = row.key.kind === "line" ? blocks.byId.get(row.key.line) : undefined;
    if (line === undefined) return;
    if (blocks.heads.has(line.id)) now.set(side, line.id);
    else if (line.section === undefined) now.delete(side);
    else now.set(side, line.section);
  });
  return { rows: out ?? rows, open: now };
}
