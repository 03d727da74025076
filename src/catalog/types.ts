import type { CodeLevel, CodeSystem } from "../codes/types";

/**
 * The evidence behind a catalog entry or mapping rule, as in the reference data:
 * `S` printed in a fixture disclosure, `P` a public web page, `C` public code or documentation,
 * `K` domain knowledge not confirmed by a retrieved source (a default a user can override).
 *
 * @example
 * ```ts
 * import type { Basis } from "yusuan";
 * const basis: readonly Basis[] = ["S", "P", "C"];
 * ```
 */
export type Basis = "S" | "P" | "C" | "K";

/**
 * Whether a catalog lists every code of a level (`complete`) or only some (`partial`).
 * A code missing from a `partial` level is "unverified", not wrong.
 *
 * @example
 * ```ts
 * import type { Coverage } from "yusuan";
 * const c: Coverage = "partial";
 * ```
 */
export type Coverage = "complete" | "partial";

/**
 * A name of a catalog entry with the years (inclusive) it is valid in. An absent bound means
 * "not known to be bounded" on that side.
 *
 * @example
 * ```ts
 * import type { NameVariant } from "yusuan";
 * const legacy: NameVariant = { name: "医疗卫生与计划生育支出", to: 2018 };
 * ```
 */
export interface NameVariant {
  /** The name as printed. */
  readonly name: string;
  /** First year the name is valid in, when known. */
  readonly from?: number;
  /** Last year the name is valid in, when known. */
  readonly to?: number;
}

/**
 * One entry of a catalog as a user supplies it: only `code` and `name` are required; `level` and
 * `parent` are derived from the code when absent (and checked when present).
 *
 * @example
 * ```ts
 * import type { CatalogEntryInput } from "yusuan";
 * const e: CatalogEntryInput = { code: "2013101", name: "行政运行" };
 * ```
 */
export interface CatalogEntryInput {
  /** The code, digits (`"2013101"`) or a printed form `parseCode` accepts (`"201 31 01"`). */
  readonly code: string;
  /** The current name. */
  readonly name: string;
  /** The level; derived from the code when absent. */
  readonly level?: CodeLevel;
  /** The parent code (digits); derived from the code when absent. */
  readonly parent?: string;
  /** Other and legacy names with the years they are valid in. */
  readonly aliases?: readonly NameVariant[];
  /** The evidence for the entry; empty when the supplier gives none. */
  readonly basis?: readonly Basis[];
  /** A free-text note. */
  readonly note?: string;
}

/**
 * One entry of a {@link Catalog}: a code with its level, current name, parent, aliases and the
 * evidence for it.
 *
 * @example
 * ```ts
 * import type { CatalogEntry } from "yusuan";
 * const e: CatalogEntry = {
 *   code: "30101", level: "款", name: "基本工资", parent: "301", aliases: [], basis: ["S", "P", "C"],
 * };
 * ```
 */
export interface CatalogEntry {
  /** The code as digits, e.g. `"2013101"`. */
  readonly code: string;
  /** The level of the code. */
  readonly level: CodeLevel;
  /** The current name. */
  readonly name: string;
  /** The parent code (digits); absent for a 类. */
  readonly parent?: string;
  /** Other and legacy names with the years they are valid in. */
  readonly aliases: readonly NameVariant[];
  /** The evidence for the entry; `K` marks a default that is not confirmed by a source. */
  readonly basis: readonly Basis[];
  /** A free-text note. */
  readonly note?: string;
}

/**
 * A catalog as data: the code system, the year, the coverage of each level and the entries.
 * This is the shape to pass a full official catalog in (see {@link defineCatalog}).
 *
 * @example
 * ```ts
 * import type { CatalogData } from "yusuan";
 * const data: CatalogData = {
 *   system: "departmental",
 *   year: 2024,
 *   coverage: { 类: "partial", 款: "partial" },
 *   entries: [{ code: "301", name: "工资福利支出" }, { code: "30101", name: "基本工资" }],
 * };
 * ```
 */
export interface CatalogData {
  /** The code system the catalog describes. */
  readonly system: CodeSystem;
  /** The budget year the catalog is for. */
  readonly year: number;
  /** Coverage per level; an absent level counts as `partial`. */
  readonly coverage: Readonly<Partial<Record<CodeLevel, Coverage>>>;
  /** The entries. */
  readonly entries: readonly CatalogEntryInput[];
}

/**
 * A checked and indexed catalog, made by {@link defineCatalog}. Read it with
 * {@link lookupCode}, {@link catalogChildren}, {@link catalogNamePath}, {@link findByName},
 * {@link checkName} and {@link coverageOf}.
 *
 * @example
 * ```ts
 * import { lookupCode } from "yusuan";
 * import { departmental2024 } from "yusuan/catalog/2024";
 * departmental2024.byCode.get("30101")?.name; // "基本工资"
 * lookupCode(departmental2024, "301 01")?.name; // "基本工资"
 * ```
 */
export interface Catalog extends CatalogData {
  /** The entries, complete (level, parent, aliases and basis filled in), in the order given. */
  readonly entries: readonly CatalogEntry[];
  /** Entries by code (digits). */
  readonly byCode: ReadonlyMap<string, CatalogEntry>;
  /** Child entries by parent code (digits), in code order. */
  readonly childrenByCode: ReadonlyMap<string, readonly CatalogEntry[]>;
  /** Entries by normalized name, for names and aliases alike. */
  readonly byNormalizedName: ReadonlyMap<string, readonly CatalogEntry[]>;
}
