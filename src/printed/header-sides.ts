import type { TableKind } from "../templates";
import { markedLevels } from "./periods";

/** The sides of a two-sided kind in column order (`income`, `spending`). */
function sidesOf(kind: TableKind): string[] {
  return [...new Set(kind.columns.flatMap((c) => (c.side === undefined ? [] : [c.side])))];
}

/** The first levels of the sided columns' headers, by side (`收入` → income). */
export function sidePrefixes(kind: TableKind): Map<string, Set<string>> {
  const prefixes = new Map<string, Set<string>>();
  for (const column of kind.columns) {
    if (column.side === undefined) continue;
    const set = prefixes.get(column.side) ?? new Set<string>();
    for (const variant of column.headers) {
      const [first, second] = markedLevels(variant).levels;
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

/**
 * Sides of the printed headers of a two-sided table: the side its first level names; else, for
 * a header naming only name columns (`项目`), the next side in order (the first 项目 is income's,
 * the second spending's); else the side of the header before it (the first side for the first).
 */
export function headerSides(
  paths: readonly (readonly string[])[],
  kind: TableKind,
  quality: (path: readonly string[], column: number) => number,
): (string | undefined)[] {
  const order = sidesOf(kind);
  if (order.length === 0) return paths.map(() => undefined);
  const prefixes = sidePrefixes(kind);
  const matchesColumn = (path: readonly string[], i: number) => quality(path, i) > 0;
  const namesOnly = (path: readonly string[]) => {
    let name = false;
    for (const [i, c] of kind.columns.entries()) {
      if (!matchesColumn(path, i)) continue;
      if (c.role !== "name") return false;
      name = true;
    }
    return name;
  };
  let nextName = 0;
  let current = order[0];
  return paths.map((path) => {
    const explicit = printedSide(path, prefixes);
    if (explicit !== undefined) {
      current = explicit;
      nextName = Math.max(nextName, order.indexOf(explicit) + (namesOnly(path) ? 1 : 0));
      return explicit;
    }
    if (namesOnly(path)) {
      current = order[Math.min(nextName, order.length - 1)];
      nextName++;
    }
    return current;
  });
}

/** Whether a level names a side of a two-sided kind (`收入`, `本年支出`), exactly or by containment. */
export function sideLevel(kind: TableKind): (level: string | undefined) => boolean {
  const sideLevels = [...sidePrefixes(kind).values()].flatMap((set) => [...set]);
  return (level) =>
    level !== undefined &&
    sideLevels.some((p) => p === level || p.includes(level) || level.includes(p));
}

/**
 * A two-sided kind's one-level headers with a side's word fused to the level below it
 * (`收入项目`, `支出项目`, `收入预算数`): split into the two (`收入` / `项目`) where the header as
 * printed names no column and split names one, so the side and the column are both read (the
 * amount printed after it with no side, `预算数`, is then that side's). Other headers as printed.
 * Linear: one prefix test per side word per header.
 */
export function splitSideWords(
  paths: readonly (readonly string[])[],
  kind: TableKind,
  quality: (path: readonly string[], column: number) => number,
): string[][] {
  const words = [...sidePrefixes(kind).values()].flatMap((set) => [...set]);
  if (words.length === 0) return paths.map((path) => [...path]);
  const names = (path: readonly string[]) => kind.columns.some((_, i) => quality(path, i) > 0);
  return paths.map((path) => {
    const level = path[0];
    if (path.length !== 1 || level === undefined || names(path)) return [...path];
    for (const word of words) {
      if (level.length <= word.length || !level.startsWith(word)) continue;
      const split = [word, level.slice(word.length)];
      if (names(split)) return split;
    }
    return [...path];
  });
}
