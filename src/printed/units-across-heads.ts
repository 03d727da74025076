/**
 * Which printed columns of a table by 科目 are a unit's, its units printed across: a header naming
 * one of the caller's units, by its name, its code and name (`116001 某县自然资源局机关`,
 * `[116001]…`, `116001-…`, `…（116001）`), alone or over that unit's amounts (`…/合计`,
 * `…/基本支出`, `…/项目支出`), each of them then placed as the kind places the department's.
 */

import type { TableKind } from "../templates";
import { labelKey } from "../templates/wording";
import { plainText } from "./cells";
import { splitCell } from "./code-and-name";
import { namesOrganisation, ORG_CODE } from "./grid-org";
import { type ColumnMatch, matchHeaders } from "./headers";

/** The units a caller names (`ReadOptions.units`). */
export type Units = readonly { readonly code?: string; readonly name: string }[] | undefined;

/**
 * One unit's columns across: its code and name (as the caller gives them), and each column's
 * printed index by the kind's cell key.
 */
export interface UnitAcross {
  readonly code: string;
  readonly name: string;
  readonly columns: ReadonlyMap<string, number>;
}

/** The key a unit's column printing its one figure is read under (the kind's total). */
const TOTAL = "total";

/**
 * The code and name a unit's header prints: `116001 某局机关`, `[116001]某局机关`, `116001-某局机关`
 * (a code of a unit's length before the name), `某局机关（116001）` (after it, in brackets), or the
 * name alone. On NFKC text.
 */
export function headParts(text: string): { readonly code?: string; readonly name: string } {
  const s = text.normalize("NFKC").trim();
  if (s.endsWith(")")) {
    const open = s.lastIndexOf("(");
    const code = open > 0 ? plainText(s.slice(open + 1, -1)) : "";
    if (ORG_CODE.test(code)) return { code, name: s.slice(0, open).trim() };
  }
  const split = splitCell(s);
  const code = split === undefined ? "" : plainText(split.code);
  return split !== undefined && ORG_CODE.test(code) ? { code, name: split.name } : { name: s };
}

/** A header's levels as printed (`某局机关/基本支出` → `某局机关`, `基本支出`). */
const levelsOf = (header: string): string[] =>
  header
    .split("/")
    .map((l) => l.trim())
    .filter((l) => l !== "");

/**
 * Whether a printed header names an organisation at its top level (`某局信息中心`,
 * `116003 某局信息中心/合计`): a unit's column, read or not. @internal
 */
export function headsOrganisation(header: string): boolean {
  const top = levelsOf(header)[0];
  return top !== undefined && namesOrganisation(headParts(top).name);
}

/**
 * The caller's units with a code, but the department itself (a unit whose code prefixes
 * another's): by name key, their codes.
 */
function ownUnits(units: Units): Map<string, { code: string; name: string }> {
  const coded = (units ?? []).flatMap((u) =>
    typeof u?.code === "string" && u.code.trim() !== "" && typeof u.name === "string"
      ? [{ code: plainText(u.code), name: u.name }]
      : [],
  );
  const own = coded.filter(
    (u) => !coded.some((c) => c.code.length > u.code.length && c.code.startsWith(u.code)),
  );
  return new Map(own.map((u) => [labelKey(u.name), u]));
}

/**
 * The unit a top level names: a name the caller gave, its code printed or not, or a code the
 * caller gave before an organisation's name printed otherwise; a printed code must be the one the
 * caller gave that name (else `null`: the columns are not read at all).
 */
function unitOf(
  top: string,
  byName: ReadonlyMap<string, { readonly code: string }>,
  codes: ReadonlySet<string>,
): string | null | undefined {
  const { code, name } = headParts(top);
  const named = byName.get(labelKey(name))?.code;
  if (code === undefined) return named;
  const given = codes.has(code);
  if (named !== undefined && named !== code) return null;
  if (named === code) return code;
  // a code the caller gave, beside a name printed otherwise: an organisation's (`208 社会保障和就业
  // 支出` is a 科目 across, never the unit coded 208)
  if (given) return namesOrganisation(name) ? code : undefined;
  return named === undefined ? undefined : null;
}

/**
 * The units printed across (see the module's note), each unit the caller names (the department
 * aside) with its columns, in printed order, among the columns the kind does not place
 * (`unplaced`): a unit's one column read as its total, its columns under it each as the kind
 * places it (each once, every one an amount). `undefined` where a header's code is not the one
 * its name was given, a unit's columns place no amount or one twice, or the caller names none.
 * @internal
 */
export function unitsAcrossColumns(
  headers: readonly string[],
  unplaced: readonly number[],
  kind: TableKind,
  year: number | undefined,
  units: Units,
): readonly UnitAcross[] | undefined {
  const byName = ownUnits(units);
  if (byName.size === 0) return undefined;
  const codes = new Set([...byName.values()].map((u) => u.code));
  const leaves = new Map<string, { index: number; leaf: string }[]>();
  for (const i of unplaced) {
    const [top, ...rest] = levelsOf(headers[i] ?? "");
    if (top === undefined) continue;
    const code = unitOf(top, byName, codes);
    if (code === null) return undefined;
    if (code === undefined) continue;
    const list = leaves.get(code) ?? [];
    list.push({ index: i, leaf: rest.join("/") });
    leaves.set(code, list);
  }
  const names = new Map([...byName].map(([, u]) => [u.code, u.name]));
  const out: UnitAcross[] = [];
  for (const [code, list] of leaves) {
    const columns = unitColumns(list, kind, year);
    if (columns === undefined) return undefined;
    out.push({ code, name: names.get(code) ?? "", columns });
  }
  return out;
}

/**
 * The units printed across where the caller names none: each a code and an organisation's name
 * printed at a header's top level (`[116001]某县自然资源局机关`, `116001 …/合计`), among the
 * columns the kind does not place (`unplaced`), its columns as in {@link unitsAcrossColumns}.
 * `undefined` where one code is printed with two names, a code heads another's (the department's
 * own columns among its units'), or a unit's columns place no amount or one twice. The caller
 * checks that the units' totals add up to the department's (none left out). @internal
 */
export function printedUnitsAcross(
  headers: readonly string[],
  unplaced: readonly number[],
  kind: TableKind,
  year: number | undefined,
): readonly UnitAcross[] | undefined {
  const leaves = new Map<string, { name: string; list: { index: number; leaf: string }[] }>();
  for (const i of unplaced) {
    const [top, ...rest] = levelsOf(headers[i] ?? "");
    if (top === undefined) continue;
    const { code, name } = headParts(top);
    if (code === undefined || !namesOrganisation(name)) continue;
    const at = leaves.get(code) ?? { name, list: [] };
    if (labelKey(at.name) !== labelKey(name)) return undefined;
    at.list.push({ index: i, leaf: rest.join("/") });
    leaves.set(code, at);
  }
  // a code heading another's: one of its shorter beginnings is a code printed (a dozen each)
  for (const c of leaves.keys())
    for (let n = 3; n < c.length; n++) if (leaves.has(c.slice(0, n))) return undefined;
  const out: UnitAcross[] = [];
  for (const [code, { name, list }] of leaves) {
    const columns = unitColumns(list, kind, year);
    if (columns === undefined) return undefined;
    out.push({ code, name, columns });
  }
  return out;
}

/** A unit's columns by the kind's key (see {@link unitsAcrossColumns}), or `undefined`. */
function unitColumns(
  list: readonly { index: number; leaf: string }[],
  kind: TableKind,
  year: number | undefined,
): Map<string, number> | undefined {
  const [first] = list;
  if (first === undefined) return undefined;
  if (list.length === 1 && first.leaf === "") return new Map([[TOTAL, first.index]]);
  if (list.some((c) => c.leaf === "")) return undefined;
  const matched: readonly ColumnMatch[] = matchHeaders(
    list.map((c) => c.leaf),
    kind,
    { year },
  ).columns;
  const columns = new Map<string, number>();
  for (const [k, m] of matched.entries()) {
    if (m.column?.role !== "amount" || columns.has(m.key)) return undefined;
    columns.set(m.key, list[k]?.index ?? -1);
  }
  return columns;
}

/** The number of units the caller names, the department aside (see {@link unitsAcrossColumns}). */
export const ownUnitCount = (units: Units): number => ownUnits(units).size;
