import { normalizeLabel } from "../codes";
import type { TableKind } from "../templates";
import { isBlank, plainText } from "./cells";
import type { ColumnMatch } from "./headers";
import { matchHeaders } from "./headers";
import { noteRows } from "./note-rows";
import { hasPeriodMark, isChangeLabel } from "./periods";
import type { ReadProblem } from "./problems";
import type { Reshaped } from "./reshape";
import { itemRepeats } from "./transposed-repeats";
import type { PrintedTable } from "./types";

/**
 * The numbering styles of list labels (on NFKC text without spaces), each a bounded run before a
 * fixed character: `一、`, `（一）`, `1.` / `1、`, `2.1`, `（1）` / `1)`, `其中`.
 */
const STYLES: readonly (readonly [string, RegExp])[] = [
  ["cn", /^第?[一二三四五六七八九十]{1,3}[、.]/u],
  ["cnParen", /^\([一二三四五六七八九十]{1,3}\)/u],
  ["num", /^[0-9]{1,3}[、.](?![0-9])/u],
  ["numSub", /^[0-9]{1,3}\.[0-9]{1,3}(?![0-9])/u],
  ["numParen", /^(?:\([0-9]{1,3}\)|[0-9]{1,3}\))/u],
  ["ofWhich", /^其中/u],
];

/** A label's numbering style, `undefined` when it has none (`合计`, a bare name). */
function styleOf(label: string): string | undefined {
  const text = plainText(label.slice(0, 16));
  return STYLES.find(([, pattern]) => pattern.test(text))?.[0];
}

/** A Han character: a label's. @internal */
export const HAN = /\p{Script=Han}/u;

/**
 * The header path of each item label: a label numbered otherwise than the first numbered label
 * (`（1）公务用车购置费` under `2.公务用车购置及运行维护费`), or opening with 其中, is a part of the
 * last label before it numbered as the first (`公务用车购置及运行维护费/公务用车购置费`), and that
 * label, which has parts, is their 小计; so is a label ending in 小计 (`…运行维护费小计`).
 */
function itemPaths(labels: readonly string[]): string[] {
  const styles = labels.map(styleOf);
  const top = styles.find((s) => s !== undefined && s !== "ofWhich");
  // A period's label keeps its mark (`2023年预算数`): the header reader tells the periods apart.
  const names = labels.map((l) => (hasPeriodMark(l) ? l.trim() : normalizeLabel(l)));
  const parent: (number | undefined)[] = [];
  let last: number | undefined;
  styles.forEach((style, i) => {
    const part = style !== undefined && style !== top;
    parent.push(part ? last : undefined);
    if (!part) last = i;
  });
  const hasParts = new Set(parent.filter((p): p is number => p !== undefined));
  // A label naming its own 小计 (`公务用车购置及运行维护费小计`) is the item's 小计.
  const subtotal = names.map((n) => n.length > 2 && n.endsWith("小计"));
  const bases = names.map((n, i) => (subtotal[i] ? n.slice(0, -2) : n));
  return bases.map((name, i) => {
    const up = parent[i];
    if (up !== undefined) return `${bases[up]}/${name}`;
    return hasParts.has(i) || subtotal[i] ? `${name}/小计` : name;
  });
}

/**
 * How many of the headers the kind places by all their levels (a header of another year than
 * `year` none; a label that is only a level below the items, `预算数` for `合计/预算数`, none).
 */
const placed = (headers: readonly string[], kind: TableKind, year: number | undefined) =>
  matchHeaders(headers, kind, { year }).columns.filter(
    (c) => c.column !== undefined && c.match !== "partial",
  ).length;

/**
 * The headers of the one row: each item's path over each printed column's header
 * (`公务接待费/决算数`); with one column only, the bare item paths where the kind places more of
 * them (a kind headed by item alone: `公务接待费`).
 */
function headersOf(
  paths: readonly string[],
  values: readonly string[],
  kind: TableKind,
  year: number | undefined,
): string[] {
  const under = paths.flatMap((p) => values.map((h) => `${p}/${h}`));
  if (values.length !== 1 || placed(paths, kind, year) <= placed(under, kind, year)) return under;
  return [...paths];
}

/** A list number alone (`1`, `2.1`, `（一）`, `一、`; NFKC, no spaces): bounded runs. */
const NUMBER = /^\(?(?:[0-9]{1,3}(?:\.[0-9]{1,3})?|[一二三四五六七八九十]{1,3})\)?[、.]?$/u;

/** A cell as a list number: its text without spaces (NFKC), `undefined` when it is none. */
export function listNumber(cell: string): string | undefined {
  const text = plainText(cell);
  return text === "" || NUMBER.test(text) ? text : undefined;
}

/**
 * An item's label with the number a 序号 column prints before it (`1` and `因公出国（境）费` as
 * `1、因公出国（境）费`), so that parts numbered there are read as parts; a label numbered itself
 * keeps its own.
 */
function numbered(label: string, number: string): string {
  if (number === "" || styleOf(label) !== undefined) return label;
  return `${number.replace(/[、.]$/u, "")}、${label}`;
}

/**
 * A one-row kind (the 三公 table: one amount column per item and period) printed one item a row:
 * `项目 | 预算数 | 决算数`, rows `合计`, `1.因公出国（境）费`, `2.公务用车购置及运行维护费`,
 * `（1）公务用车购置费` …; read as its one row, each item's cells under `<item>/<column header>`
 * (`公务用车购置及运行维护费/公务用车购置费/决算数`), so the kind's headers place them, and an item
 * they do not know stays unread. Only where the labels' column is no amount column of the kind
 * and every row that prints anything (notes aside) names an item there. The labels are in the
 * first column, or in the second after a column of list numbers (`序号 | 项目 | 预算数`), which
 * number them. Beside the amount (`2024年预算数`), columns of last year's figures (`上年预算数`,
 * a year's), of changes or of counts (`增减额`, `出国团组数`) stay unread. A table with the items
 * across and a row each is folded only where each row is of one period (`本年预算数` /
 * `上年预算数`, `2024年`) or a change between them (`增减额`): this year's row is read, the others
 * never (with several years and the document's year unknown, none is); a row per unit is no
 * item: left to the reader (unread).
 * @internal
 */
export function transposedItems(
  printed: PrintedTable,
  kind: TableKind,
  year: number | undefined,
): Reshaped | undefined {
  if (kind.rowKinds.length !== 1 || kind.rowKinds[0] !== "single") return undefined;
  const notes = noteRows(printed.rows);
  const printing = printed.rows.flatMap((row, index) =>
    notes.rows.has(index) || isBlank(row) ? [] : [index],
  );
  // A 序号 column: every printing row has a list number or nothing in the first cell.
  const at = printing.every((i) => listNumber(printed.rows[i]?.[0] ?? "") !== undefined) ? 1 : 0;
  if (printed.headers.length < at + 2) return undefined;
  const matched = matchHeaders(printed.headers, kind, { year }).columns;
  if (matched.slice(0, at + 1).some((c) => c.column?.role === "amount")) return undefined;
  const items: number[] = [];
  for (const index of printing) {
    if (!HAN.test(printed.rows[index]?.[at] ?? "")) return undefined;
    items.push(index);
  }
  if (items.length === 0) return undefined;
  const labels = items.map((i) => {
    const row = printed.rows[i] ?? [];
    const label = row[at] ?? "";
    return at === 0 ? label : numbered(label, listNumber(row[0] ?? "") ?? "");
  });
  const values = printed.headers.slice(at + 1);
  // Columns headed by item (`合计 | 因公出国（境）费 …`) with a row per unit or per figure: only
  // rows each of one period (`2024年预算数`, `上年预算数`) are read, by their period; a change
  // row beside them (`增减额`, `比上年增减`) is read as none (see `matchHeaders`).
  const across = placed(values, kind, year) > 0;
  const periodRows =
    labels.some(hasPeriodMark) && labels.every((l) => hasPeriodMark(l) || isChangeLabel(l));
  if (across && !periodRows) return undefined;
  // An item with parts printed alone or flat (`公务用车购置及运行费` over unmarked parts) is their
  // 小计 where the kind places only that.
  const paths = itemPaths(labels).map((p) =>
    placed([p], kind, year) === 0 && placed([`${p}/小计`], kind, year) > 0 ? `${p}/小计` : p,
  );
  const figures = (item: number) =>
    values.map((_, j) => printed.rows[items[item] ?? -1]?.[at + 1 + j] ?? "");
  // The total printed top and bottom (or an item twice): read once; other figures under the very
  // same label are a row of their own (the checker compares the two).
  const byHeaders = (p: readonly string[]) => headersOf(p, values, kind, year);
  const { primary, again } = itemRepeats(labels, paths, figures, byHeaders, kind, year);
  const headers = headersOf(
    primary.map((i) => paths[i] ?? ""),
    values,
    kind,
    year,
  );
  // Only where the kind places some item (`本年支出`, `预算数` as labels are no items); rows of
  // periods under items across are folded even where none is this year's (several years and
  // the document's year unknown: none read, each kept as another period's).
  if (!across && placed(headers, kind, year) === 0) return undefined;
  const per = values.length;
  const note = [...(printed.note === undefined ? [] : [printed.note]), ...notes.texts].join("\n");
  const { note: _, ...rest } = printed;
  const repeated = new Set(again.map((a) => a.item));
  const problems = again.map(
    (a): ReadProblem => ({
      code: "duplicate-row",
      severity: "warning",
      path: { row: items[a.item] ?? 0 },
      key: paths[a.item] ?? "",
      rows: [items[a.of] ?? 0, items[a.item] ?? 0],
    }),
  );
  return {
    table: { ...rest, headers, rows: [primary.flatMap(figures)], ...(note === "" ? {} : { note }) },
    cellOrigin: (_row, cell) => ({
      row: items[primary[Math.floor(cell / per)] ?? 0] ?? 0,
      cell: at + 1 + (cell % per),
    }),
    headerOrigin: (header) => at + 1 + (header % per),
    columns: (inner: readonly ColumnMatch[]) => inner,
    folded: items.filter((_, i) => !repeated.has(i)),
    ...(problems.length === 0 ? {} : { problems }),
  };
}
