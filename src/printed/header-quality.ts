import { normalizeLabel } from "../codes";
import type { Coordinates } from "../facts";
import type { TableKind } from "../templates";
import { narrowerPart } from "./header-parts";
import { sideLevel } from "./header-sides";
import { markedLevels } from "./periods";

/** A header path's levels, each through `normalizeLabel`; empty levels (`其中`) vanish. @internal */
export function headerLevels(path: string): string[] {
  return path
    .split("/")
    .map(normalizeLabel)
    .filter((level) => level !== "");
}

function endsWith(path: readonly string[], tail: readonly string[]): boolean {
  if (tail.length === 0 || tail.length > path.length) return false;
  const offset = path.length - tail.length;
  return tail.every((level, i) => path[offset + i] === level);
}

/** Whether `short` is `long` with some levels left out (same order). */
function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (const level of long) if (level === short[i]) i++;
  return i === short.length;
}

/**
 * How well a printed path names a variant, 0 for not at all. Both must end with the same level.
 * Equal paths score highest; then a variant printed under extra group levels (`本年预算/…`); then
 * a printed path that leaves out group levels the variant has (`预算数` for `本年支出/预算数`), or
 * one with an inner level more or less (`本年支出/合计` for `本年支出/预算数/合计`). Longer
 * agreement scores higher within each class.
 */
export function matchQuality(path: readonly string[], variant: readonly string[]): number {
  if (variant.length === 0 || path.at(-1) !== variant.at(-1)) return 0;
  if (path.length === variant.length && endsWith(path, variant)) return 1000;
  if (endsWith(path, variant)) return 500 + variant.length;
  if (endsWith(variant, path)) return 300 + path.length;
  if (isSubsequence(path, variant)) return 100 + path.length;
  if (isSubsequence(variant, path)) return 100 + variant.length;
  return 0;
}

/**
 * Each column's header variants as levels (`markedLevels`), made once per table kind: a printed
 * table's headers are matched against every kind of the template, several times while its header
 * rows are settled, and making them again each time was most of reading a small table (≈ 70 ms a
 * 决算 三公 table). Template kinds are immutable data, so the memo is a pure function's.
 */
const VARIANTS = new WeakMap<TableKind, readonly (readonly string[])[][]>();
function variantsOf(kind: TableKind): readonly (readonly string[])[][] {
  let variants = VARIANTS.get(kind);
  if (variants === undefined) {
    variants = kind.columns.map((c) => c.headers.map((h) => markedLevels(h).levels));
    VARIANTS.set(kind, variants);
  }
  return variants;
}

const LEVELS = new WeakMap<TableKind, ReadonlySet<string>>();

/** Whether a printed header level is one of the levels of the kind's column headers. */
export function kindLevels(kind: TableKind): (level: string) => boolean {
  let levels = LEVELS.get(kind);
  if (levels === undefined) {
    levels = new Set(variantsOf(kind).flat(2));
    LEVELS.set(kind, levels);
  }
  const known = levels;
  return (level) => markedLevels(level).levels.every((l) => known.has(l));
}

const FALLBACKS = new WeakMap<TableKind, TableKind>();

/** The kind with each column's fallback headers as its headers (made once per kind). */
export function fallbackKind(kind: TableKind): TableKind {
  let fallback = FALLBACKS.get(kind);
  if (fallback === undefined) {
    fallback = {
      ...kind,
      columns: kind.columns.map((c) => ({ ...c, headers: c.fallback ?? [] })),
    };
    FALLBACKS.set(kind, fallback);
  }
  return fallback;
}

/**
 * The group levels of a column's variants that a printed path naming it leaves out
 * (`上年结转结余` for `一般公共预算` and `上年结转结余/一般公共预算`), a side's level not counted (the
 * side is settled apart).
 */
export function columnLeftOut(
  kind: TableKind,
): (path: readonly string[], column: number) => string[] {
  const variants = variantsOf(kind);
  const isSide = sideLevel(kind);
  return (path, column) => {
    const out: string[] = [];
    for (const variant of variants[column] ?? []) {
      const bare = variant.length >= 2 && isSide(variant[0]) ? variant.slice(1) : variant;
      if (matchQuality(path, variant) === 0 && matchQuality(path, bare) === 0) continue;
      for (const level of variant) if (!path.includes(level) && !isSide(level)) out.push(level);
    }
    return out;
  };
}

/**
 * How well a printed path names a column (0: not at all), over the column's variants. A sided
 * column of a two-sided table is also compared without the side level on either path (`收入/项目`
 * names the column headed `本年收入/项目`: the side is settled apart, by `headerSides`).
 */
export function columnQuality(
  kind: TableKind,
): (path: readonly string[], column: number) => number {
  const variants = variantsOf(kind);
  const isSide = sideLevel(kind);
  const strip = (levels: readonly string[]) =>
    levels.length >= 2 && isSide(levels[0]) ? levels.slice(1) : levels;
  const stripped = variants.map((vs) => vs.map(strip));
  const owns = kind.columns.map((c): Coordinates => ({ ...kind.fixed, ...c.coords }));
  return (path, column) => {
    let best = 0;
    const own = owns[column] ?? {};
    for (const variant of variants[column] ?? [])
      if (!narrowerPart(path, variant, own)) best = Math.max(best, matchQuality(path, variant));
    if (kind.columns[column]?.side === undefined || best >= 1000) return best;
    const bare = strip(path);
    for (const variant of stripped[column] ?? [])
      if (!narrowerPart(bare, variant, own)) best = Math.max(best, matchQuality(bare, variant) - 1);
    return best;
  };
}
