import { type Amount, addAmounts, isNegative, isZero } from "../amount";
import { unscaledSmall } from "../amount/decimal";
import { makeAmount } from "../amount/make";
import type { LoweredTable } from "../disclosure";

/** A unit code: digits only (`116002`, `116002001`). */
const UNIT_CODE = /^[0-9]+$/u;

/** The shortest code a unit's parent may have (a 部门's: `116`). */
const SHORTEST = 3;

/**
 * The units a table prints rows of whose codes extend another's it prints (三级单位: `116002001`
 * under `116002`, whose row already holds it), each with that nearest one: a roll-up sums such a
 * unit into its parent, never beside it into the department's total (which counted it twice).
 * A code all the others extend is no unit's parent (the department's row, its code not known).
 * `undefined` where no unit nests (most tables). Linear in the rows (a code's prefixes are a
 * dozen at most).
 * @internal
 */
export function unitParents(rows: LoweredTable["rows"]): ReadonlyMap<string, string> | undefined {
  const codes = new Set<string>();
  for (const r of rows) {
    const org = r.coords?.org;
    if (r.row.key.kind === "org" && org !== undefined && UNIT_CODE.test(org)) codes.add(org);
  }
  if (codes.size < 2) return undefined;
  let out: Map<string, string> | undefined;
  for (const code of codes)
    for (let length = code.length - 1; length >= SHORTEST; length--) {
      const parent = code.slice(0, length);
      if (!codes.has(parent)) continue;
      out ??= new Map();
      out.set(code, parent);
      break;
    }
  if (out === undefined) return undefined;
  // A code every other extends is the department's printed as a unit's (its code not known):
  // left as read, no unit's parent. Each code counted up its chain: linear.
  const below = new Map<string, number>();
  for (const code of codes)
    for (let p = out.get(code); p !== undefined; p = out.get(p))
      below.set(p, (below.get(p) ?? 0) + 1);
  for (const [code, parent] of out) if (below.get(parent) === codes.size - 1) out.delete(code);
  return out.size === 0 ? undefined : out;
}

/**
 * What a table prints in rows outside every unit's (a 科目 or project row under the department's
 * row, or under no unit's) beside units' rows: the department's own level (本级) printed with no
 * unit row of its own, or its whole breakdown. Per column: the stray rows' money (their figures
 * above zero added up, a 类 with its 款 counted twice: an upper bound of what they can hold), and
 * whether some unit's row prints a figure in it. `undefined` where no row is outside the units or
 * no unit is printed (most tables). @internal
 */
export interface StrayRows {
  /** Per column, at least what the stray rows hold (no column: they print nothing in it). */
  readonly money: ReadonlyMap<string, Amount>;
  /** The columns some unit's row prints a figure (not zero) in. */
  readonly unitColumns: ReadonlySet<string>;
}

/** One unit of an amount's last printed place (`0.01` for `558.07`). @internal */
export const oneUnitOf = (a: Amount): Amount =>
  makeAmount(unscaledSmall(1, a.decimals), a.unit, a.decimals);

/** A table's {@link StrayRows}. @internal */
export function strayRows(rows: LoweredTable["rows"]): StrayRows | undefined {
  // Most tables print no unit's row: nothing to add up then (a look at each row's key first).
  if (!rows.some((r) => r.row.key.kind === "org" && r.coords?.org !== undefined)) return undefined;
  const money = new Map<string, Amount>();
  const unitColumns = new Set<string>();
  for (const r of rows) {
    const kind = r.row.key.kind;
    if (kind === "org" && r.coords?.org !== undefined) {
      for (const f of r.facts)
        if (f.value !== null && !isZero(f.value)) unitColumns.add(f.source.column);
    } else if (
      (kind === "functional" || kind === "economic" || kind === "project") &&
      r.coords !== undefined &&
      r.coords.org === undefined
    )
      for (const f of r.facts) {
        if (f.value === null || isZero(f.value) || isNegative(f.value)) continue;
        // (each figure at the top of its rounding: an upper bound of what it holds)
        const upper = addAmounts(f.value, oneUnitOf(f.value));
        const column = f.source.column;
        const had = money.get(column);
        money.set(column, had === undefined ? upper : addAmounts(had, upper));
      }
  }
  return money.size > 0 ? { money, unitColumns } : undefined;
}
