import type { TableKind } from "../templates";
import type { DisclosureMeta, Row } from "./types";

/**
 * The table read for each kind a disclosure binds more than once, by index: the first bound,
 * unless the disclosure names two or more units, each with a code, and exactly one table of the
 * kind prints a unit row (`org`) for every one of them. A 部门预算's own table lists its units; a
 * unit's own 单位预算 table bound beside it lists that unit only, so the table listing them all is
 * the department's wherever it was bound (a unit's rows are found as lowering finds them: pass
 * rows with their keys normalised). Kinds without unit rows (三公, the 收支总表's lines)
 * cannot be told apart so: the first bound is read. The others of a kind are set aside
 * (`duplicate-table`, `tables.repeated`). A kind bound once is not listed. A table of targets
 * that states no figure (`figureless`: a 申报表 a project, a department target's sub-tables) is
 * none of a kind's candidates, read or set aside: the targets are read from every table. @internal
 */
export function readTables<T>(
  tables: readonly T[],
  kindOf: (t: T) => string | undefined,
  rowsOf: (t: T) => readonly Row[],
  meta: DisclosureMeta | undefined,
  figureless: (t: T) => boolean = () => false,
): ReadonlyMap<string, number> {
  const byKind = new Map<string, number[]>();
  tables.forEach((t, i) => {
    const kind = kindOf(t);
    if (kind === undefined || figureless(t)) return;
    const list = byKind.get(kind);
    if (list === undefined) byKind.set(kind, [i]);
    else list.push(i);
  });
  const out = new Map<string, number>();
  const units = unitCodes(meta);
  for (const [kind, list] of byKind) {
    if (list.length < 2) continue;
    const listingAll =
      units === undefined ? [] : list.filter((i) => listsEvery(rowsOf(tables[i] as T), units));
    out.set(kind, listingAll.length === 1 ? (listingAll[0] as number) : (list[0] as number));
  }
  return out;
}

/** The codes of the disclosure's units, when it names two or more and every one has a code. */
function unitCodes(meta: DisclosureMeta | undefined): readonly string[] | undefined {
  const units: unknown = meta?.units;
  if (!Array.isArray(units) || units.length < 2) return undefined;
  const codes: string[] = [];
  for (const u of units as readonly { readonly code?: unknown }[]) {
    const code = typeof u?.code === "string" ? compact(u.code) : "";
    if (code === "") return undefined;
    codes.push(code);
  }
  return codes;
}

/** Whether rows print a unit row for every code given. */
function listsEvery(rows: readonly Row[], codes: readonly string[]): boolean {
  const printed = new Set<string>();
  for (const r of rows) if (r.key.kind === "org") printed.add(compact(r.key.code));
  return codes.every((c) => printed.has(c));
}

/** A code without its spaces (`116 002` is 116002). */
const compact = (code: string): string => code.replace(/\s/gu, "");

/**
 * Whether a table prints targets and states no figure (every amount cell blank): a 申报表 a
 * project, whose money lines are text, a department target's 年度履职目标 or indicator sub-table.
 * The targets reader reads every such table; no fact of it is set aside. @internal
 */
export function targetsWithoutFigures(kind: TableKind | undefined, rows: readonly Row[]): boolean {
  if (kind?.targets === undefined) return false;
  const amounts = new Set(kind.columns.filter((c) => c.role === "amount").map((c) => c.key));
  for (const r of rows)
    for (const [k, v] of Object.entries(r.cells))
      if (amounts.has(k) && typeof v === "string" && v.trim() !== "") return false;
  return true;
}
