import { codeParent, normalizeName, parseCode } from "../codes";
import type { CodeLevel } from "../codes/types";
import { err, ok, type Result } from "../result";
import type { CatalogProblem } from "./problems";
import type { Catalog, CatalogData, CatalogEntry, CatalogEntryInput, NameVariant } from "./types";

/** Catalog data whose entries are already complete and checked (the generated built-in data). */
export interface CheckedCatalogData extends CatalogData {
  readonly entries: readonly CatalogEntry[];
}

const PARENT_LEVEL: Readonly<Record<CodeLevel, CodeLevel | undefined>> = {
  类: undefined,
  款: "类",
  项: "款",
};

function isYear(value: number | undefined): boolean {
  return value === undefined || (Number.isInteger(value) && value > 0);
}

function aliasYearsValid(alias: NameVariant): boolean {
  if (!isYear(alias.from) || !isYear(alias.to)) return false;
  return alias.from === undefined || alias.to === undefined || alias.from <= alias.to;
}

function completeEntry(
  input: CatalogEntryInput,
  code: string,
  level: CodeLevel,
  parent: string | undefined,
): CatalogEntry {
  return {
    code,
    level,
    name: input.name,
    ...(parent === undefined ? {} : { parent }),
    aliases: input.aliases ?? [],
    basis: input.basis ?? [],
    ...(input.note === undefined ? {} : { note: input.note }),
  };
}

/** Checks one entry; pushes its problems and returns the completed entry when its code is valid. */
function checkEntry(
  data: CatalogData,
  input: CatalogEntryInput,
  position: number,
  problems: CatalogProblem[],
): CatalogEntry | undefined {
  const parsed = parseCode(data.system, input.code);
  if (!parsed.ok) {
    problems.push({ code: "invalid-code", input: input.code, position, error: parsed.error });
    return undefined;
  }
  const { value, level } = parsed.value;
  if (input.level !== undefined && input.level !== level) {
    problems.push({
      code: "level-mismatch",
      input: value,
      position,
      declared: input.level,
      actual: level,
    });
  }
  const parent = codeParent(parsed.value)?.value;
  if (input.parent !== undefined) {
    if (parent === undefined) {
      problems.push({ code: "unexpected-parent", input: value, position, declared: input.parent });
    } else if (input.parent !== parent) {
      problems.push({
        code: "parent-mismatch",
        input: value,
        position,
        declared: input.parent,
        expected: parent,
      });
    }
  }
  if (input.name.trim() === "") problems.push({ code: "empty-name", input: value, position });
  for (const alias of input.aliases ?? []) {
    if (!aliasYearsValid(alias)) {
      problems.push({ code: "invalid-alias-years", input: value, position, alias });
    }
  }
  return completeEntry(input, value, level, parent);
}

/**
 * Checks catalog data and indexes it. The checks: the year is a positive integer; every code is a
 * valid code of the catalog's system (printed forms are normalised to digits); a declared `level`
 * or `parent` agrees with the code; no code appears twice; names are not empty; alias years are
 * ordered; and every parent exists when the parent's level is marked `complete` (in a `partial`
 * level a missing parent is allowed: the catalog simply does not know it).
 *
 * Never throws: broken data gives every problem found, as a list of {@link CatalogProblem}.
 * Entries keep the order given; missing `level`, `parent`, `aliases` and `basis` are filled in.
 *
 * @param data - the catalog, e.g. a full official catalog in the {@link CatalogData} shape
 * @returns the indexed {@link Catalog}, or the problems found
 *
 * @example
 * ```ts
 * import { defineCatalog, lookupCode } from "yusuan";
 * const r = defineCatalog({
 *   system: "government",
 *   year: 2024,
 *   coverage: { 类: "partial", 款: "partial" },
 *   entries: [{ code: "501", name: "机关工资福利支出" }, { code: "501 01", name: "工资奖金津补贴" }],
 * });
 * if (r.ok) lookupCode(r.value, "50101")?.parent; // "501"
 * ```
 */
export function defineCatalog(data: CatalogData): Result<Catalog, readonly CatalogProblem[]> {
  const problems: CatalogProblem[] = [];
  if (!isYear(data.year)) problems.push({ code: "invalid-year", input: data.year });
  const entries: CatalogEntry[] = [];
  const positions: number[] = [];
  const firstPosition = new Map<string, number>();
  data.entries.forEach((input, position) => {
    const entry = checkEntry(data, input, position, problems);
    if (entry === undefined) return;
    const first = firstPosition.get(entry.code);
    if (first !== undefined) {
      problems.push({ code: "duplicate-code", input: entry.code, position, firstPosition: first });
      return;
    }
    firstPosition.set(entry.code, position);
    entries.push(entry);
    positions.push(position);
  });
  entries.forEach((entry, k) => {
    const parentLevel = PARENT_LEVEL[entry.level];
    if (entry.parent === undefined || parentLevel === undefined) return;
    if (firstPosition.has(entry.parent) || data.coverage[parentLevel] !== "complete") return;
    const position = positions[k] ?? k;
    problems.push({ code: "missing-parent", input: entry.code, position, parent: entry.parent });
  });
  if (problems.length > 0) return err(problems);
  return ok(indexCatalog({ ...data, entries }));
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * Indexes catalog data that is already complete and checked, without checking it again.
 * Internal: used by {@link defineCatalog} and by the generated built-in catalogs (whose data a
 * test runs through {@link defineCatalog}).
 */
export function indexCatalog(data: CheckedCatalogData): Catalog {
  const byCode = new Map<string, CatalogEntry>();
  const children = new Map<string, CatalogEntry[]>();
  const byName = new Map<string, CatalogEntry[]>();
  for (const entry of data.entries) {
    byCode.set(entry.code, entry);
    if (entry.parent !== undefined) pushTo(children, entry.parent, entry);
    pushTo(byName, normalizeName(entry.name), entry);
    for (const alias of entry.aliases) pushTo(byName, normalizeName(alias.name), entry);
  }
  for (const list of children.values()) list.sort((a, b) => (a.code < b.code ? -1 : 1));
  return {
    system: data.system,
    year: data.year,
    coverage: data.coverage,
    entries: data.entries,
    byCode,
    childrenByCode: children,
    byNormalizedName: byName,
  };
}
