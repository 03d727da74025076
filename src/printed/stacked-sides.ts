import { type Catalog, findByName } from "../catalog";
import { normalizeLabel, normalizeName } from "../codes";
import type { TableKind } from "../templates";
import { labelKey } from "../templates/wording";
import { labelOf } from "./cells";
import { type ColumnMatch, matchHeaders } from "./headers";
import type { Reshaped } from "./reshape";
import type { PrintedTable } from "./types";

/** A Chinese or Arabic list number before a heading (`二、支出`, `（二）支出`, `2.支出`). */
const ORDINAL =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|[0-9]{1,2}[、.])/u;

/** The sides of a two-sided kind in column order, each with the first level of its headers. */
function sidesOf(kind: TableKind): { side: string; word: string }[] {
  const out: { side: string; word: string }[] = [];
  for (const c of kind.columns) {
    if (c.side === undefined || out.some((s) => s.side === c.side)) continue;
    const word = normalizeLabel(c.headers[0]?.split("/")[0] ?? "");
    if (word !== "") out.push({ side: c.side, word });
  }
  return out;
}

/** What tells a row's side: a heading (`支出`, `二、支出项目`), or a line only that side prints. */
function sideOfLabel(
  label: string,
  sides: readonly { side: string; word: string }[],
  classSide: string | undefined,
  catalog: Catalog | undefined,
  bySideOfLine: ReadonlyMap<string, ReadonlySet<string | undefined>>,
): { side: string; heading: boolean; class?: true } | undefined {
  const plain = normalizeLabel(label.normalize("NFKC").replace(ORDINAL, ""));
  for (const s of sides)
    if (plain === s.word || plain === `${s.word}项目`) return { side: s.side, heading: true };
  const lineSides = bySideOfLine.get(labelKey(label)) ?? new Set();
  if (lineSides.size === 1) {
    const [side] = lineSides;
    return side === undefined ? undefined : { side, heading: false };
  }
  if (lineSides.size > 1 || classSide === undefined || catalog?.system !== "functional")
    return undefined;
  // A 类 line (`一、一般公共服务支出`): printed on the side of the spending lines.
  return namesClass(label, catalog) ? { side: classSide, heading: false, class: true } : undefined;
}

/** Whether a label, its list number aside, is a 类's name in a functional catalog. */
function namesClass(label: string, catalog: Catalog | undefined): boolean {
  if (catalog?.system !== "functional") return false;
  const name = normalizeName(label.normalize("NFKC").replace(ORDINAL, ""));
  return findByName(catalog, name, { level: "类" }).length > 0;
}

/**
 * A two-sided table (收入支出决算总表: 收入 ‖ 支出) printed one side above the other under one
 * side's columns (`项目 | 决算数`: the 收入 lines, then the 支出 lines, under headings `收入` /
 * `支出` or not), read as the form prints it: each printed row on its own side, the other side
 * blank. The second side starts at its heading, at the first line only it prints, or at its
 * first 类 (by the catalog); where a line only the first side prints comes after that, the table
 * is left as printed. The headings are layout, read as blank rows. @internal
 */
export function stackedSides(
  printed: PrintedTable,
  kind: TableKind,
  catalog: Catalog | undefined,
): Reshaped | undefined {
  const sides = sidesOf(kind);
  const [first, second] = sides;
  if (sides.length !== 2 || first === undefined || second === undefined) return undefined;
  const width = printed.headers.length;
  if (printed.rows.some((r) => r.length !== width)) return undefined;
  const matched = matchHeaders(printed.headers, kind).columns;
  const placed = matched.filter((c) => c.column !== undefined);
  // Every placed column taken for the first side: no header names the second.
  if (
    placed.length === 0 ||
    placed.some((c) => c.side !== first.side || c.column?.side === second.side)
  )
    return undefined;
  const classSide = kind.lines?.find((l) => l.concept === "spending")?.side;
  const names: readonly ColumnMatch[] = matched.filter((c) => c.column?.role === "name");
  // The sides of the lines by label key, worked out once (each row looks its label up). A line
  // read only under its block's heading (a 结转和结余 block's `一般公共预算财政拨款`) repeats the
  // labels of lines elsewhere: it tells no side.
  const bySideOfLine = new Map<string, Set<string | undefined>>();
  for (const l of kind.lines ?? [])
    for (const x of l.section === undefined ? l.labels : []) {
      const key = labelKey(x);
      const known = bySideOfLine.get(key);
      if (known === undefined) bySideOfLine.set(key, new Set([l.side]));
      else known.add(l.side);
    }
  const read = printed.rows.map((row) => {
    const label = labelOf(row, names)?.text;
    return label === undefined
      ? undefined
      : sideOfLabel(label, sides, classSide, catalog, bySideOfLine);
  });
  const start = read.findIndex((r, i) => i > 0 && r?.side === second.side);
  if (start < 0) return undefined;
  // A line of the second side tells where it starts only right after the first side's last
  // line: rows between (its 类 the catalog did not name) would be read on the wrong side.
  let lastFirst = -1;
  for (let i = 0; i < start; i++) if (read[i]?.side === first.side) lastFirst = i;
  const between = printed.rows.slice(lastFirst + 1, start);
  if (
    read[start]?.class !== true &&
    read[start]?.heading !== true &&
    between.some((r) => labelOf(r, names) !== undefined)
  )
    return undefined;
  const before = read.slice(0, start).some((r) => r?.side === first.side);
  // A 类 the second side prints under a first side's line's words (`二十三、国有资本经营预算`, the
  // 收入 line `国有资本经营预算`): the 类, on its side, when the catalog names it so.
  const after = read.slice(start).some((r, j) => {
    if (r?.side !== first.side || classSide !== second.side) return r?.side === first.side;
    const label = labelOf(printed.rows[start + j] ?? [], names)?.text ?? "";
    return !namesClass(label, catalog);
  });
  if (!before || after) return undefined;
  const blank = printed.headers.map(() => "");
  const rows = printed.rows.map((row, i) => {
    if (read[i]?.heading === true) return [...blank, ...blank];
    return i < start ? [...row, ...blank] : [...blank, ...row];
  });
  const headers = [first.word, second.word].flatMap((w) => printed.headers.map((h) => `${w}/${h}`));
  return {
    table: { ...printed, headers, rows },
    cellOrigin: (row, cell) => ({ row, cell: cell % width }),
    headerOrigin: (header) => header % width,
    columns: (inner) =>
      inner
        .filter((c) => c.index < width)
        .map((c) => ({ ...c, header: printed.headers[c.index] ?? c.header })),
  };
}
