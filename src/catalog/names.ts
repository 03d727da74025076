import { type Code, namesMatch, normalizeName } from "../codes";
import { spendingStem } from "../codes/names";
import type { CodeLevel } from "../codes/types";
import { lookupCode } from "./lookup";
import type { Catalog, CatalogEntry, NameVariant } from "./types";

/**
 * Whether a name variant is valid in a year: `from ≤ year ≤ to`, an absent bound being open.
 *
 * @example
 * ```ts
 * import { nameVariantValidIn } from "yusuan";
 * nameVariantValidIn({ name: "医疗卫生与计划生育支出", to: 2018 }, 2018); // true
 * nameVariantValidIn({ name: "医疗卫生与计划生育支出", to: 2018 }, 2024); // false
 * ```
 */
export function nameVariantValidIn(variant: NameVariant, year: number): boolean {
  return (
    (variant.from === undefined || year >= variant.from) &&
    (variant.to === undefined || year <= variant.to)
  );
}

/**
 * One entry found by {@link findByName}: through its current name or through one of its aliases,
 * and whether that name is valid in the year asked (the current name always is).
 *
 * @example
 * ```ts
 * import type { NameMatch } from "yusuan";
 * const describe = (m: NameMatch) => (m.matched === "alias" ? m.alias.name : m.entry.name);
 * ```
 */
export type NameMatch =
  | { readonly entry: CatalogEntry; readonly matched: "name"; readonly validInYear: true }
  | {
      readonly entry: CatalogEntry;
      readonly matched: "alias";
      readonly alias: NameVariant;
      readonly validInYear: boolean;
    };

/**
 * Options of {@link findByName}.
 *
 * @example
 * ```ts
 * import type { FindByNameOptions } from "yusuan";
 * const options: FindByNameOptions = { year: 2018, parent: "201" };
 * ```
 */
export interface FindByNameOptions {
  /** The year the name was printed in; defaults to the catalog's year. */
  readonly year?: number;
  /** Only entries directly under this parent code (digits). */
  readonly parent?: string;
  /** Only entries of this level. */
  readonly level?: CodeLevel;
}

/** Two names are one up to `normalizeName` and a trailing 支出 (`农林水` names 农林水支出). */
const sameStem = (a: string, b: string): boolean => spendingStem(a) === spendingStem(b);

/**
 * The entry's matches of a printed name: its current name, else an alias, compared up to
 * `normalizeName`, then (if none) up to a trailing 支出 as well, which printers drop or add.
 */
function matchesOf(entry: CatalogEntry, name: string, year: number): NameMatch[] {
  for (const same of [namesMatch, sameStem]) {
    if (same(entry.name, name)) return [{ entry, matched: "name", validInYear: true }];
    const found = entry.aliases
      .filter((alias) => same(alias.name, name))
      .map((alias): NameMatch => {
        return { entry, matched: "alias", alias, validInYear: nameVariantValidIn(alias, year) };
      });
    const valid = found.find((m) => m.validInYear);
    if (found.length > 0) return valid === undefined ? found.slice(0, 1) : [valid];
  }
  return [];
}

function rank(m: NameMatch): number {
  if (m.matched === "name") return 0;
  return m.validInYear ? 1 : 2;
}

/**
 * Entries whose current name or an alias equals `name` up to `normalizeName` (whitespace,
 * brackets, 其它/其他, list ordinals). Names do not identify codes (309 and 310 share 款 names),
 * so expect several matches. At most one match per entry, ordered: current names first, then
 * aliases valid in the year, then the others; within each group in code order.
 *
 * @example
 * ```ts
 * import { findByName } from "yusuan";
 * import { functional2024 } from "yusuan/catalog/2024";
 * const [m] = findByName(functional2024, "医疗卫生与计划生育支出", { year: 2018 });
 * m?.entry.code; // "210"
 * m?.matched; // "alias"
 * m?.validInYear; // true
 * ```
 */
export function findByName(
  catalog: Catalog,
  name: string,
  options: FindByNameOptions = {},
): readonly NameMatch[] {
  const year = options.year ?? catalog.year;
  const candidates = catalog.byNormalizedName.get(normalizeName(name)) ?? [];
  return candidates
    .filter((e) => options.parent === undefined || e.parent === options.parent)
    .filter((e) => options.level === undefined || e.level === options.level)
    .flatMap((e) => matchesOf(e, name, year))
    .sort((a, b) => rank(a) - rank(b) || (a.entry.code < b.entry.code ? -1 : 1));
}

/**
 * The outcome of {@link checkName}: the printed name is the current name (`match`), an alias
 * (with whether it is valid in the year), another name (`mismatch`, with the current name), or
 * the code is not in the catalog (`unknown-code`; see {@link coverageOf}).
 *
 * @example
 * ```ts
 * import type { NameCheck } from "yusuan";
 * const ok = (c: NameCheck) => c.kind === "match" || (c.kind === "alias" && c.validInYear);
 * ```
 */
export type NameCheck =
  | { readonly kind: "match" }
  | { readonly kind: "alias"; readonly alias: NameVariant; readonly validInYear: boolean }
  | { readonly kind: "mismatch"; readonly expected: string }
  | { readonly kind: "unknown-code" };

/**
 * Compares a printed name with the catalog name of a code, up to `normalizeName` and a trailing
 * 支出, which printers drop from 科目 labels or add to them (`十三、农林水` is 农林水支出).
 *
 * @param year - the year of the document; defaults to the catalog's year
 *
 * @example
 * ```ts
 * import { checkName } from "yusuan";
 * import { departmental2024, functional2024 } from "yusuan/catalog/2024";
 * checkName(departmental2024, "30202", "印刷费"); // { kind: "match" }
 * checkName(departmental2024, "30202", "咨询费"); // { kind: "mismatch", expected: "印刷费" }
 * checkName(departmental2024, "30298", "印刷费"); // { kind: "unknown-code" }
 * checkName(functional2024, "213", "十三、农林水"); // { kind: "match" }
 * ```
 */
export function checkName(
  catalog: Catalog,
  code: string | Code,
  printedName: string,
  year?: number,
): NameCheck {
  const entry = lookupCode(catalog, code);
  if (entry === undefined) return { kind: "unknown-code" };
  const [found] = matchesOf(entry, printedName, year ?? catalog.year);
  if (found === undefined) return { kind: "mismatch", expected: entry.name };
  if (found.matched === "name") return { kind: "match" };
  return { kind: "alias", alias: found.alias, validInYear: found.validInYear };
}
