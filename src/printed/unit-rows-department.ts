/**
 * The department's own row in a one-row kind's row per unit (the 三公 table by unit: see
 * `unit-rows-total.ts`), as Henan prints it over its units' (`116 某局`, then `116001 某局本级`,
 * `116002 某中心`), after a `合计` or instead of one.
 */
import { labelKey } from "../templates/wording";
import { addsUpTo, printedUnit } from "./unit-rows-printed";
import type { BuiltRow } from "./wrapped-rows";

/** The key of the kind's total column (the 三公 table's 合计). */
const TOTAL = "total";

/** What tells the department's row: the caller's units and department code. */
export interface DepartmentGiven {
  readonly names: ReadonlyMap<string, string> | undefined;
  readonly departmentCode: string | undefined;
}

/** The code a row per unit's label cells name: printed, else the caller's for the name printed. */
function rowCode(cells: readonly string[], names: DepartmentGiven["names"]): string | undefined {
  const { code, name } = printedUnit(cells);
  if (code !== undefined || name === undefined) return code;
  return names?.get(labelKey(name));
}

/**
 * The department's own row among a row per unit's rows (`rows`, no total's), and the code it is
 * the department's by: the one row naming the department code the caller gives (printed, or the
 * caller's code for the name printed), or, the caller giving none, the one row whose code heads
 * every other row's (`116` over `116001`, `116002`; `code` then `undefined`: only that the row is
 * the department's is known); either proved by the sum, its 合计 the other rows' (a unit's row
 * printed with the department's code, `118 某部` for its office, is no department's row).
 * `undefined` where no row, or more than one, is told.
 * @internal
 */
export function departmentRow(
  rows: readonly BuiltRow[],
  labels: (b: BuiltRow) => readonly string[],
  drop: (b: BuiltRow) => BuiltRow,
  given: DepartmentGiven | undefined,
): { readonly row: BuiltRow; readonly code: string | undefined } | undefined {
  if (rows.length < 2) return undefined;
  const codes = rows.map((b) => rowCode(labels(b), given?.names));
  const known = given?.departmentCode;
  const at = known === undefined ? headingCode(codes) : onlyAt(codes, known);
  const row = at === undefined ? undefined : rows[at];
  if (row === undefined) return undefined;
  const parts = rows.filter((b) => b !== row).map((b) => drop(b).cells[TOTAL]);
  return addsUpTo(parts, drop(row).cells[TOTAL]) ? { row, code: known } : undefined;
}

/** Where `code` is, printed once among `codes`; else `undefined`. */
function onlyAt(codes: readonly (string | undefined)[], code: string): number | undefined {
  const at = codes.indexOf(code);
  return at < 0 || codes.indexOf(code, at + 1) >= 0 ? undefined : at;
}

/**
 * Where the code heading every other is (the shortest, each other code longer and starting with
 * it); `undefined` where a row names no code, or none heads the others.
 */
function headingCode(codes: readonly (string | undefined)[]): number | undefined {
  let head = codes[0];
  for (const c of codes)
    if (c !== undefined && head !== undefined && c.length < head.length) head = c;
  if (head === undefined) return undefined;
  const at = codes.indexOf(head);
  const heads = (c: string | undefined, i: number) =>
    i === at || (c !== undefined && c.length > head.length && c.startsWith(head));
  return codes.every(heads) ? at : undefined;
}
