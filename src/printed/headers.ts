import { normalizeName } from "../codes";
import type { ColumnSpec, TableKind } from "../templates";
import type { ReadProblem } from "./problems";

/**
 * How one printed column was placed: its index and header, the column spec it matched (absent
 * for an unknown or duplicate header), the cell key its cells are stored under (the spec's `key`,
 * or `extra:<header>`), how it matched (`full` path, a `suffix` of the printed path, or `none`),
 * and the side of a two-sided table it belongs to, when known.
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * import { matchHeaders } from "yusuan/printed";
 * const kind = henan2024.tables.find((t) => t.id === "sanGong");
 * if (kind) matchHeaders(["公务接待费"], kind).columns[0]?.key; // "reception"
 * ```
 */
export interface ColumnMatch {
  readonly index: number;
  readonly header: string;
  readonly key: string;
  readonly column: ColumnSpec | undefined;
  readonly match: "full" | "suffix" | "none";
  readonly side: string | undefined;
}

/** A year printed before a header level (`2024年“三公”经费预算数`). */
const LEADING_YEAR = /^[0-9]{4}年度?/u;

function levels(path: string): string[] {
  return path
    .split("/")
    .map((level) => normalizeName(level).replace(LEADING_YEAR, ""))
    .filter((level) => level !== "");
}

function endsWith(path: readonly string[], tail: readonly string[]): boolean {
  if (tail.length === 0 || tail.length > path.length) return false;
  const offset = path.length - tail.length;
  return tail.every((level, i) => path[offset + i] === level);
}

/** The first levels of the sided columns' headers, by side (`收入` → income). */
function sidePrefixes(kind: TableKind): Map<string, Set<string>> {
  const prefixes = new Map<string, Set<string>>();
  for (const column of kind.columns) {
    if (column.side === undefined) continue;
    const set = prefixes.get(column.side) ?? new Set<string>();
    for (const variant of column.headers) {
      const [first, second] = levels(variant);
      if (first !== undefined && second !== undefined) set.add(first);
    }
    prefixes.set(column.side, set);
  }
  return prefixes;
}

/** The side a printed path's first level names: exactly, else by containment; unique or none. */
function printedSide(
  path: readonly string[],
  prefixes: Map<string, Set<string>>,
): string | undefined {
  const first = path[0];
  if (first === undefined || path.length < 2) return undefined;
  for (const exact of [true, false]) {
    const sides = [...prefixes].filter(([, set]) =>
      [...set].some((p) => (exact ? p === first : first.includes(p) || p.includes(first))),
    );
    if (sides.length === 1) return sides[0]?.[0];
    if (sides.length > 1) return undefined;
  }
  return undefined;
}

interface Candidate {
  readonly header: number;
  readonly column: number;
  /** Levels matched; the full path scores above every suffix. */
  readonly quality: number;
  readonly full: boolean;
}

/**
 * Places each printed header path on a column of a table kind. Each level is compared after
 * `normalizeName` and without a leading year (`2024年`); a header matches a column when its whole
 * path, or failing that a suffix of it, equals one of the column's `headers` variants (longer
 * matches win). In a two-sided table the header's first level (`收入`, `本年支出`) picks the
 * side. Each column is taken once. Headers that match nothing (or only taken columns) are
 * reported and kept under `extra:<header>`; columns that no header names are returned in
 * `missing`.
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * import { matchHeaders } from "yusuan/printed";
 * const kind = henan2024.tables.find((t) => t.id === "expenditure");
 * if (kind) {
 *   const { columns } = matchHeaders(["科目编码/类", "基本支出/人员经费/工资福利支出", "备注"], kind);
 *   columns.map((c) => c.key); // ["code.class", "basic.salary", "extra:备注"]
 * }
 * ```
 */
export function matchHeaders(
  headers: readonly string[],
  kind: TableKind,
): {
  readonly columns: readonly ColumnMatch[];
  readonly missing: readonly ColumnSpec[];
  readonly problems: readonly ReadProblem[];
} {
  const prefixes = sidePrefixes(kind);
  const paths = headers.map(levels);
  const sides = paths.map((path) => printedSide(path, prefixes));
  const candidates: Candidate[] = [];
  paths.forEach((path, header) => {
    kind.columns.forEach((column, columnIndex) => {
      if (
        column.side !== undefined &&
        sides[header] !== undefined &&
        column.side !== sides[header]
      ) {
        return;
      }
      let best = 0;
      let full = false;
      for (const variant of column.headers) {
        const tail = levels(variant);
        if (!endsWith(path, tail)) continue;
        const isFull = tail.length === path.length;
        const quality = isFull ? 1000 : tail.length;
        if (quality > best) {
          best = quality;
          full = isFull;
        }
      }
      if (best > 0) candidates.push({ header, column: columnIndex, quality: best, full });
    });
  });
  candidates.sort((a, b) => b.quality - a.quality || a.header - b.header || a.column - b.column);
  const chosen = new Map<number, Candidate>();
  const taken = new Set<number>();
  for (const c of candidates) {
    if (chosen.has(c.header) || taken.has(c.column)) continue;
    chosen.set(c.header, c);
    taken.add(c.column);
  }
  const problems: ReadProblem[] = [];
  const columns = headers.map((header, index): ColumnMatch => {
    const c = chosen.get(index);
    const column = c === undefined ? undefined : kind.columns[c.column];
    if (c === undefined || column === undefined) {
      const key = `extra:${header}`;
      const code = candidates.some((x) => x.header === index)
        ? "duplicate-header"
        : "unknown-header";
      problems.push({ code, severity: "warning", path: { header: index, text: header }, key });
      return { index, header, key, column: undefined, match: "none", side: sides[index] };
    }
    const match = c.full ? "full" : "suffix";
    return { index, header, key: column.key, column, match, side: column.side ?? sides[index] };
  });
  const missing = kind.columns.filter((_, columnIndex) => !taken.has(columnIndex));
  return { columns, missing, problems };
}
