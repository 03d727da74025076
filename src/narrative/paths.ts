import { parseAmount } from "../amount";
import { amountKey } from "../amount/key";
import { type Catalog, checkName, findByName } from "../catalog";
import { normalizeName } from "../codes";
import type { Table } from "../disclosure";
import type { PrintedPath } from "./types";

/** A 科目 name printed at one level of a path. @internal */
export interface PathSegment {
  readonly level: "类" | "款" | "项";
  readonly name: string;
}

/** Functional codes by printed name: the tables' own rows, then the catalog. @internal */
export interface NameIndex {
  readonly tables: ReadonlyMap<string, readonly string[]>;
  /** The names of the projects the tables print (as printed and NFKC-folded), for {@link projectsWith}. */
  readonly projects: readonly string[];
  /** Each project's totals as the tables print them, by {@link amountKey} (by name as printed and NFKC-folded). */
  readonly projectTotals: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each word's projects (name, where the word is in it), made on first use. */
  readonly projectsByWord: Map<string, readonly (readonly [string, number])[]>;
  readonly catalog: Catalog | undefined;
  readonly year: number | undefined;
}

const WIDTH = { 类: 3, 款: 5, 项: 7 } as const;

/** Indexes the functional row names the tables print. @internal */
export function nameIndex(
  tables: readonly Table[] | undefined,
  catalog: Catalog | undefined,
  year: number | undefined,
): NameIndex {
  const byName = new Map<string, string[]>();
  const projects = new Set<string>();
  const totals = new Map<string, Set<string>>();
  for (const t of tables ?? [])
    for (const r of t.rows) {
      if (r.key.kind === "project") {
        const name = r.key.name.trim();
        if (name.length < MIN_PROJECT) continue;
        projects.add(name).add(name.normalize("NFKC"));
        const total = r.cells.total === undefined ? undefined : parseAmount(r.cells.total, t.unit);
        if (total?.ok === true && total.value !== null)
          for (const n of new Set([name, name.normalize("NFKC")])) {
            const keys = totals.get(n) ?? new Set<string>();
            keys.add(amountKey(total.value));
            totals.set(n, keys);
          }
        continue;
      }
      if (r.key.kind !== "functional" || r.name === undefined) continue;
      const code = r.key.code.replace(/\D/gu, "");
      const name = normalizeName(r.name);
      const list = byName.get(name) ?? [];
      if (!list.includes(code)) list.push(code);
      byName.set(name, list);
    }
  return {
    tables: byName,
    projects: [...projects],
    projectTotals: totals,
    projectsByWord: new Map(),
    catalog,
    year,
  };
}

/** The shortest project name matched in the text (a short one could be any phrase). */
const MIN_PROJECT = 4;

/**
 * The projects whose printed name holds `word`, each with where: read once per word (a check's
 * text names few words), so each look-up is as long as the names holding the word. @internal
 */
export function projectsWith(
  index: NameIndex,
  word: string,
): readonly (readonly [string, number])[] {
  const known = index.projectsByWord.get(word);
  if (known !== undefined) return known;
  const found: (readonly [string, number])[] = [];
  for (const p of index.projects) {
    const at = p.indexOf(word);
    if (at >= 0 && p.length > word.length) found.push([p, at]);
  }
  index.projectsByWord.set(word, found);
  return found;
}

const distinct = (codes: readonly string[]): string[] => [...new Set(codes)];

/** The codes of this width printed under the name in the tables, else the catalog's. */
function codesNamed(
  index: NameIndex,
  name: string,
  width: number,
): { readonly fromTables: readonly string[]; readonly pool: readonly string[] } {
  const fromTables = index.tables.get(normalizeName(name))?.filter((c) => c.length === width) ?? [];
  // Every entry of the name, whatever the year (the year only orders the matches).
  const fromCatalog =
    index.catalog === undefined
      ? []
      : findByName(index.catalog, name)
          .map((m) => m.entry.code)
          .filter((c) => c.length === width);
  return { fromTables, pool: distinct(fromTables.length > 0 ? fromTables : fromCatalog) };
}

/**
 * Resolves a printed path to a functional code, level by level from the first printed: among the
 * codes the tables print under that name (else the catalog's), the one under the level before.
 * A level found only under another parent resolves there and is reported (`wrong-parent`); a
 * former name or a 其它 is reported too; a middle level no source knows is skipped. `undefined`
 * when the first or last name is unknown, or a name is ambiguous.
 * @internal
 */
export function resolvePath(
  segments: readonly PathSegment[],
  index: NameIndex,
): PrintedPath | undefined {
  let parent: string | undefined;
  const problems: PrintedPath["problems"][number][] = [];
  for (const seg of segments) {
    const width = WIDTH[seg.level];
    const found = codesNamed(index, seg.name, width);
    // `住房保障（类）支出…`: a 类 printed without the 支出 its name ends with.
    const { fromTables, pool } =
      found.pool.length === 0 && seg.level === "类" && !normalizeName(seg.name).endsWith("支出")
        ? codesNamed(index, `${seg.name}支出`, width)
        : found;
    // A level neither the tables nor a partial catalog know is skipped: the next level is looked
    // for under the one before it (the last level must resolve).
    if (pool.length === 0 && seg !== segments.at(-1) && parent !== undefined) continue;
    const under = pool.filter((c) => c.startsWith(parent ?? ""));
    let code: string | undefined;
    if (under.length === 1) code = under[0];
    else {
      // None under the parent (printed under the wrong one): take the one code of that name, in
      // the same 类 if any. (Several under the parent, or no parent, mean several of the name:
      // none is taken.)
      const sameClass = pool.filter((c) => c.startsWith(parent?.slice(0, 3) ?? ""));
      const pick = sameClass.length === 1 ? sameClass : pool.length === 1 ? pool : [];
      code = pick[0];
      if (code !== undefined)
        problems.push({
          kind: "wrong-parent",
          name: seg.name,
          code,
          expected: code.slice(0, width - 2),
          ...(fromTables.length === 0 ? { fromCatalog: true as const } : {}),
        });
    }
    if (code === undefined) return undefined;
    if (seg.name.includes("其它"))
      problems.push({
        kind: "variant",
        name: seg.name,
        code,
        expected: seg.name.replaceAll("其它", "其他"),
      });
    if (index.catalog !== undefined) {
      const named = checkName(index.catalog, code, seg.name, index.year);
      const current = index.catalog.byCode.get(code)?.name ?? "";
      if (named.kind === "alias" && !named.validInYear)
        problems.push({
          kind: "alias",
          name: seg.name,
          code,
          expected: current,
          fromCatalog: true,
        });
    }
    parent = code;
  }
  if (parent === undefined) return undefined;
  return { names: segments, code: parent, problems };
}
