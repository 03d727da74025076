import { normalizeLabel } from "../codes";
import type { TableKind } from "../templates";
import { isBlank } from "./cells";
import type { ColumnMatch } from "./headers";
import { matchHeaders } from "./headers";
import { noteRows } from "./note-rows";
import type { Reshaped } from "./reshape";
import type { PrintedTable } from "./types";

/**
 * The numbering styles of list labels (on NFKC text without spaces), each a bounded run before a
 * fixed character: `一、`, `（一）`, `1.` / `1、`, `（1）` / `1)`, `其中`.
 */
const STYLES: readonly (readonly [string, RegExp])[] = [
  ["cn", /^第?[一二三四五六七八九十]{1,3}[、.]/u],
  ["cnParen", /^\([一二三四五六七八九十]{1,3}\)/u],
  ["num", /^[0-9]{1,3}[、.](?![0-9])/u],
  ["numParen", /^(?:\([0-9]{1,3}\)|[0-9]{1,3}\))/u],
  ["ofWhich", /^其中/u],
];

/** A label's numbering style, `undefined` when it has none (`合计`, a bare name). */
function styleOf(label: string): string | undefined {
  const text = label.slice(0, 16).normalize("NFKC").replace(/\s+/gu, "");
  return STYLES.find(([, pattern]) => pattern.test(text))?.[0];
}

const HAN = /\p{Script=Han}/u;

/**
 * The header path of each item label: a label numbered otherwise than the first numbered label
 * (`（1）公务用车购置费` under `2.公务用车购置及运行维护费`), or opening with 其中, is a part of the
 * last label before it numbered as the first (`公务用车购置及运行维护费/公务用车购置费`), and that
 * label, which has parts, is their 小计.
 */
function itemPaths(labels: readonly string[]): string[] {
  const styles = labels.map(styleOf);
  const top = styles.find((s) => s !== undefined && s !== "ofWhich");
  const names = labels.map(normalizeLabel);
  const parent: (number | undefined)[] = [];
  let last: number | undefined;
  styles.forEach((style, i) => {
    const part = style !== undefined && style !== top;
    parent.push(part ? last : undefined);
    if (!part) last = i;
  });
  const hasParts = new Set(parent.filter((p): p is number => p !== undefined));
  return names.map((name, i) => {
    const up = parent[i];
    if (up !== undefined) return `${names[up]}/${name}`;
    return hasParts.has(i) ? `${name}/小计` : name;
  });
}

/** How many of the headers the kind places. */
const placed = (headers: readonly string[], kind: TableKind) =>
  matchHeaders(headers, kind).columns.filter((c) => c.column !== undefined).length;

/**
 * The headers of the one row: each item's path over each printed column's header
 * (`公务接待费/决算数`); with one column only, the bare item paths where the kind places more of
 * them (a kind headed by item alone: `公务接待费`).
 */
function headersOf(paths: readonly string[], values: readonly string[], kind: TableKind): string[] {
  const under = paths.flatMap((p) => values.map((h) => `${p}/${h}`));
  if (values.length !== 1 || placed(paths, kind) <= placed(under, kind)) return under;
  return [...paths];
}

/**
 * A one-row kind (the 三公 table: one amount column per item and period) printed one item a row:
 * `项目 | 预算数 | 决算数`, rows `合计`, `1.因公出国（境）费`, `2.公务用车购置及运行维护费`,
 * `（1）公务用车购置费` …; read as its one row, each item's cells under `<item>/<column header>`
 * (`公务用车购置及运行维护费/公务用车购置费/决算数`), so the kind's headers place them, and an item
 * they do not know stays unread. Only where the first printed column is no amount column of the
 * kind and every row that prints anything (notes aside) names an item there. @internal
 */
export function transposedItems(printed: PrintedTable, kind: TableKind): Reshaped | undefined {
  if (kind.rowKinds.length !== 1 || kind.rowKinds[0] !== "single") return undefined;
  const width = printed.headers.length;
  if (width < 2) return undefined;
  const first = matchHeaders(printed.headers, kind).columns[0];
  if (first?.column?.role === "amount") return undefined;
  const notes = noteRows(printed.rows);
  const items: number[] = [];
  for (const [index, row] of printed.rows.entries()) {
    if (notes.rows.has(index) || isBlank(row)) continue;
    if (!HAN.test(row[0] ?? "")) return undefined;
    items.push(index);
  }
  if (items.length < 2) return undefined;
  const paths = itemPaths(items.map((i) => printed.rows[i]?.[0] ?? ""));
  const values = printed.headers.slice(1);
  const headers = headersOf(paths, values, kind);
  // Only where the kind places some item (`本年支出`, `预算数` as labels are no items).
  if (placed(headers, kind) === 0) return undefined;
  const row = items.flatMap((i) => values.map((_, j) => printed.rows[i]?.[j + 1] ?? ""));
  const note = [...(printed.note === undefined ? [] : [printed.note]), ...notes.texts].join("\n");
  const per = values.length;
  const { note: _, ...rest } = printed;
  return {
    table: { ...rest, headers, rows: [row], ...(note === "" ? {} : { note }) },
    cellOrigin: (_row, cell) => ({
      row: items[Math.floor(cell / per)] ?? 0,
      cell: 1 + (cell % per),
    }),
    headerOrigin: (header) => 1 + (header % per),
    columns: (inner: readonly ColumnMatch[]) => inner,
    folded: items,
  };
}
