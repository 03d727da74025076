import type { Code } from "../codes";
import type { CodeLevel } from "../codes/types";
import { codeValueIn } from "./code-arg";
import type { Catalog, CatalogEntry, Coverage } from "./types";

/**
 * The entry of a code. The code may be printed (`"201 31 01"`, `"302-17"`) or a `Code` of the
 * catalog's system.
 *
 * @returns the entry, or `undefined` when the code is not in the catalog (or is not a valid code
 *   of its system). Check {@link coverageOf} before treating a missing code as wrong.
 *
 * @example
 * ```ts
 * import { lookupCode } from "yusuan";
 * import { functional2024 } from "yusuan/catalog/2024";
 * lookupCode(functional2024, "201 31 01")?.name; // "行政运行"
 * lookupCode(functional2024, "2019999"); // undefined
 * ```
 */
export function lookupCode(catalog: Catalog, code: string | Code): CatalogEntry | undefined {
  const value = codeValueIn(catalog.system, code);
  return value === undefined ? undefined : catalog.byCode.get(value);
}

/**
 * The entries one level below a code that the catalog lists, in code order. Works for a code
 * missing from a partial catalog too (its listed children are returned).
 *
 * @returns the children; empty for a 项, an unknown code or an invalid one
 *
 * @example
 * ```ts
 * import { catalogChildren } from "yusuan";
 * import { departmental2024 } from "yusuan/catalog/2024";
 * catalogChildren(departmental2024, "307").map((e) => e.code);
 * // ["30701", "30702", "30703", "30704"]
 * ```
 */
export function catalogChildren(catalog: Catalog, code: string | Code): readonly CatalogEntry[] {
  const value = codeValueIn(catalog.system, code);
  return (value === undefined ? undefined : catalog.childrenByCode.get(value)) ?? [];
}

/**
 * The current names from the 类 down to the code.
 *
 * @returns the names, top first; `undefined` when the code or any of its ancestors is not in the
 *   catalog (a partial catalog may list a 项 without its 款)
 *
 * @example
 * ```ts
 * import { catalogNamePath } from "yusuan";
 * import { functional2024 } from "yusuan/catalog/2024";
 * catalogNamePath(functional2024, "2013101");
 * // ["一般公共服务支出", "党委办公厅（室）及相关机构事务", "行政运行"]
 * ```
 */
export function catalogNamePath(
  catalog: Catalog,
  code: string | Code,
): readonly string[] | undefined {
  const names: string[] = [];
  let entry = lookupCode(catalog, code);
  while (entry !== undefined) {
    names.unshift(entry.name);
    if (entry.parent === undefined) return names;
    entry = catalog.byCode.get(entry.parent);
  }
  return undefined;
}

/**
 * How completely the catalog lists a level. A level the catalog says nothing about is `partial`.
 *
 * @example
 * ```ts
 * import { coverageOf } from "yusuan";
 * import { functional2024 } from "yusuan/catalog/2024";
 * coverageOf(functional2024, "类"); // "complete"
 * coverageOf(functional2024, "项"); // "partial"
 * ```
 */
export function coverageOf(catalog: Catalog, level: CodeLevel): Coverage {
  return catalog.coverage[level] ?? "partial";
}
