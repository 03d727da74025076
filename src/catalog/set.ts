import type { CodeSystem } from "../codes/types";
import { err, ok, type Result } from "../result";
import { coverageOf } from "./lookup";
import type { EconomicMapping } from "./mapping";
import type { CatalogProblem } from "./problems";
import type { Catalog } from "./types";

/**
 * The catalogs of one budget year that checks and derivations take as an argument: the
 * functional, departmental economic and government economic catalogs and the mapping between
 * the two economic classifications.
 *
 * @example
 * ```ts
 * import { lookupCode } from "yusuan";
 * import { catalog2024 } from "yusuan/catalog/2024";
 * lookupCode(catalog2024.government, "50501")?.name; // "工资福利支出"
 * ```
 */
export interface CatalogSet {
  /** The budget year of every part. */
  readonly year: number;
  /** 支出功能分类. */
  readonly functional: Catalog;
  /** 部门预算支出经济分类. */
  readonly departmental: Catalog;
  /** 政府预算支出经济分类. */
  readonly government: Catalog;
  /** 部门经济分类 → 政府经济分类 by unit kind. */
  readonly mapping: EconomicMapping;
}

/**
 * The parts of a {@link CatalogSet}; `year` defaults to the functional catalog's year.
 *
 * @example
 * ```ts
 * import type { CatalogSetParts } from "yusuan";
 * import { catalog2024 } from "yusuan/catalog/2024";
 * const parts: CatalogSetParts = { ...catalog2024 };
 * ```
 */
export interface CatalogSetParts {
  /** The budget year; defaults to `functional.year`. */
  readonly year?: number;
  /** 支出功能分类. */
  readonly functional: Catalog;
  /** 部门预算支出经济分类. */
  readonly departmental: Catalog;
  /** 政府预算支出经济分类. */
  readonly government: Catalog;
  /** 部门经济分类 → 政府经济分类 by unit kind. */
  readonly mapping: EconomicMapping;
}

const SYSTEMS: readonly ["functional" | "departmental" | "government", CodeSystem][] = [
  ["functional", "functional"],
  ["departmental", "departmental"],
  ["government", "government"],
];

/** Whether `code` is listed, or cannot be known to be missing because its level is partial. */
function listedOrPartial(catalog: Catalog, code: string): boolean {
  if (catalog.byCode.has(code)) return true;
  return coverageOf(catalog, code.length === 3 ? "类" : "款") === "partial";
}

function checkMapping(parts: CatalogSetParts, problems: CatalogProblem[]): void {
  parts.mapping.rules.forEach((rule, position) => {
    if (!listedOrPartial(parts.departmental, rule.from)) {
      problems.push({ code: "unknown-mapping-code", input: rule.from, position, field: "from" });
    }
    for (const target of rule.to) {
      if (!listedOrPartial(parts.government, target)) {
        problems.push({ code: "unknown-mapping-code", input: target, position, field: "to" });
      }
    }
  });
}

/**
 * Puts the catalogs of one year together, checking that each catalog is of the right system,
 * that every part has the same year, and that every code of the mapping is listed in the
 * economic catalogs (where their level is marked `complete`). Never throws.
 *
 * @returns the {@link CatalogSet}, or every {@link CatalogProblem} found
 *
 * @example
 * ```ts
 * import { defineCatalogSet } from "yusuan";
 * import { catalog2024, functional2024 } from "yusuan/catalog/2024";
 * // e.g. the built-in economic catalogs with your own full functional catalog
 * const r = defineCatalogSet({ ...catalog2024, functional: functional2024 });
 * r.ok; // true
 * ```
 */
export function defineCatalogSet(
  parts: CatalogSetParts,
): Result<CatalogSet, readonly CatalogProblem[]> {
  const year = parts.year ?? parts.functional.year;
  const problems: CatalogProblem[] = [];
  for (const [field, expected] of SYSTEMS) {
    const catalog = parts[field];
    if (catalog.system !== expected) {
      problems.push({ code: "system-mismatch", input: catalog.system, expected, field });
    }
    if (catalog.year !== year) {
      problems.push({ code: "year-mismatch", input: catalog.year, expected: year, field });
    }
  }
  if (parts.mapping.year !== year) {
    problems.push({
      code: "year-mismatch",
      input: parts.mapping.year,
      expected: year,
      field: "mapping",
    });
  }
  checkMapping(parts, problems);
  if (problems.length > 0) return err(problems);
  const { functional, departmental, government, mapping } = parts;
  return ok({ year, functional, departmental, government, mapping });
}
