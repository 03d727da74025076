import type { Concept, Coordinates, Fund } from "../facts";
import type { ColumnSpec, LineSpec, TableKind } from "./types";

// Plain constructors for the template data modules: each returns the object literal it replaces,
// with properties in one fixed order. They are pure; call sites at module level carry
// `/*#__PURE__*/` so bundlers can drop a template nobody imports.

/** What an `amount` column may add besides its coordinates. @internal */
export interface AmountOptions {
  readonly side?: string;
  readonly concept?: Concept;
  readonly ofWhich?: string;
  readonly beside?: ColumnSpec["beside"];
}

/**
 * An `amount` column: `{ key, role: "amount", side?, concept?, coords?, ofWhich?, headers, beside? }`.
 * @internal
 */
export function amount(
  key: string,
  headers: readonly string[],
  coords?: Coordinates,
  options: AmountOptions = {},
): ColumnSpec {
  const { side, concept, ofWhich, beside } = options;
  return {
    key,
    role: "amount",
    ...(side === undefined ? {} : { side }),
    ...(concept === undefined ? {} : { concept }),
    ...(coords === undefined ? {} : { coords }),
    ...(ofWhich === undefined ? {} : { ofWhich }),
    headers,
    ...(beside === undefined ? {} : { beside }),
  };
}

/** An `amount` column of one fund source, keyed by the fund: `amount(fund, headers, { fund })`. @internal */
export function fundAmount(
  fund: Fund,
  headers: readonly string[],
  options: AmountOptions = {},
): ColumnSpec {
  return amount(fund, headers, { fund }, options);
}

/**
 * An `amount` column on the spending side of a two-sided table: concept `spending`, side `spending`.
 * @internal
 */
export function spendingAmount(
  key: string,
  headers: readonly string[],
  coords?: Coordinates,
  ofWhich?: string,
): ColumnSpec {
  return amount(key, headers, coords, {
    side: "spending",
    concept: "spending",
    ...(ofWhich === undefined ? {} : { ofWhich }),
  });
}

/**
 * One `fundAmount` column per `[fund, wording]` pair, its headers being the wording after
 * each of `prefixes` in turn (`[["资金来源/", ""], [["soe", "国有资本经营预算"]]]` gives headers
 * `资金来源/国有资本经营预算` and `国有资本经营预算`).
 * @internal
 */
export function fundColumns(
  prefixes: readonly string[],
  pairs: readonly (readonly [Fund, string])[],
): ColumnSpec[] {
  return pairs.map(([fund, wording]) =>
    fundAmount(
      fund,
      prefixes.map((prefix) => `${prefix}${wording}`),
    ),
  );
}

/** A `code` column of `system`, whole (`segment` undefined) or one printed segment. @internal */
export function codeColumn(
  key: string,
  system: ColumnSpec["system"] & string,
  segment: number | undefined,
  headers: readonly string[],
): ColumnSpec {
  return { key, role: "code", system, ...(segment === undefined ? {} : { segment }), headers };
}

const SEGMENTS = [
  ["class", "类"],
  ["section", "款"],
  ["item", "项"],
] as const;

/**
 * A code of `system` printed one segment a column: keys `<key>.class`, `<key>.section` (and
 * `<key>.item` when `depth` is 3), headers each of `prefixes` followed by 类 / 款 / 项.
 * @internal
 */
export function segmentColumns(
  key: string,
  system: ColumnSpec["system"] & string,
  depth: 2 | 3,
  prefixes: readonly string[],
): ColumnSpec[] {
  return SEGMENTS.slice(0, depth).map(([name, level], segment) =>
    codeColumn(
      `${key}.${name}`,
      system,
      segment,
      prefixes.map((prefix) => `${prefix}${level}`),
    ),
  );
}

/**
 * A code of `system` as printers show it: whole in one column (key `key`, headed by one of
 * `groups`: `科目编码`) or one segment a column (`<key>.class` …, headed `<group>/类`, and bare
 * `类` when `bare`). A printed table uses one form or the other; the reader takes whichever it
 * finds.
 * @internal
 */
export function codeColumns(
  key: string,
  system: ColumnSpec["system"] & string,
  depth: 2 | 3,
  groups: readonly string[],
  bare = true,
): ColumnSpec[] {
  const prefixes = groups.map((g) => `${g}/`);
  return [
    codeColumn(key, system, undefined, groups),
    ...segmentColumns(key, system, depth, bare ? [...prefixes, ""] : prefixes),
  ];
}

/** A `name`, `org` or `text` column, on one side of a two-sided table if `side` is given. @internal */
export function plainColumn(
  role: "name" | "org" | "text",
  key: string,
  headers: readonly string[],
  side?: string,
): ColumnSpec {
  return { key, role, ...(side === undefined ? {} : { side }), headers };
}

/** What a line may add besides its coordinates. @internal */
export interface LineOptions {
  readonly side?: string;
  readonly section?: string;
  readonly ofWhich?: string;
}

/**
 * A line of a line table: `{ id, side?, section?, concept, coords?, ofWhich?, labels }`.
 * @internal
 */
export function line(
  id: string,
  concept: Concept,
  labels: readonly string[],
  coords?: Coordinates,
  options: LineOptions = {},
): LineSpec {
  const { side, section, ofWhich } = options;
  return {
    id,
    ...(side === undefined ? {} : { side }),
    ...(section === undefined ? {} : { section }),
    concept,
    ...(coords === undefined ? {} : { coords }),
    ...(ofWhich === undefined ? {} : { ofWhich }),
    labels,
  };
}

/** A line on the income side of a two-sided table. @internal */
export function incomeLine(
  id: string,
  concept: Concept,
  labels: readonly string[],
  coords?: Coordinates,
  options: Omit<LineOptions, "side"> = {},
): LineSpec {
  return line(id, concept, labels, coords, { ...options, side: "income" });
}

/** A line on the spending side of a two-sided table. @internal */
export function spendingLine(id: string, concept: Concept, labels: readonly string[]): LineSpec {
  return line(id, concept, labels, undefined, { side: "spending" });
}

/** An income-side `revenue` line of one fund source, id `revenue.<fund>`. @internal */
export function revenueLine(
  fund: Fund,
  labels: readonly string[],
  options: Omit<LineOptions, "side"> = {},
): LineSpec {
  return incomeLine(`revenue.${fund}`, "revenue", labels, { fund }, options);
}

/** The items of `groups`, in order (a call, unlike an array spread, can be marked pure). @internal */
export function concat<T>(...groups: readonly (readonly T[])[]): readonly T[] {
  return groups.flat();
}

/** `base` with some properties replaced, keeping `base`'s property order. @internal */
export function variant(base: TableKind, changes: Partial<TableKind>): TableKind {
  return { ...base, ...changes };
}
