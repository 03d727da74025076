/**
 * Which of several tables of one kind is the department's, where nothing printed says so (no
 * unit rows, no unit's name in a title): the one whose total row states the sum of the others'.
 */
import {
  type Amount,
  compareAmounts,
  isZero,
  parseAmount,
  sumAmounts,
  zeroAmount,
} from "../amount";
import { isUnit } from "../amount/units";
import type { TableKind } from "../templates";
import type { Row } from "./types";

/** What {@link sumOfTheOthers} reads of a table: its kind, unit of measure and rows. */
export interface TotalledTable {
  readonly kind: TableKind | undefined;
  readonly unit: string | undefined;
  readonly rows: readonly Row[];
}

/** A table's total row as amounts by amount column (a blank cell zero), or `undefined`. */
function totalsOf(t: TotalledTable): ReadonlyMap<string, Amount> | undefined {
  const { kind, unit } = t;
  if (kind === undefined || unit === undefined || !isUnit(unit)) return undefined;
  const totals = t.rows.filter((r) => r.key.kind === "total");
  const [total] = totals;
  if (total === undefined || totals.length > 1) return undefined;
  const out = new Map<string, Amount>();
  for (const c of kind.columns) {
    if (c.role !== "amount") continue;
    const raw: unknown = total.cells[c.key];
    if (typeof raw !== "string" || raw.trim() === "") continue;
    const parsed = parseAmount(raw, unit);
    if (!parsed.ok) return undefined;
    // A dash or a slash prints no value: zero in the sums, as a blank.
    if (parsed.value !== null) out.set(c.key, parsed.value);
  }
  return out;
}

/**
 * Of three tables or more of one kind, each with one total row in a known unit, the index of
 * the only one whose total row states, in every amount column any of them prints, the sum of
 * the others' (a blank cell zero), a figure other than zero among them: a 部门's table bound
 * beside its units' own (the same title, no unit rows), whatever the order. `undefined` where no
 * table, or more than one, does: a wrong figure in the department's total leaves it undecided
 * (the first bound is read, as before), it never picks another table.
 * @internal
 */
export function sumOfTheOthers(tables: readonly TotalledTable[]): number | undefined {
  if (tables.length < 3) return undefined;
  const totals: ReadonlyMap<string, Amount>[] = [];
  for (const t of tables) {
    const got = totalsOf(t);
    if (got === undefined) return undefined;
    totals.push(got);
  }
  const columns = new Set(totals.flatMap((m) => [...m.keys()]));
  if (columns.size === 0) return undefined;
  const zero = zeroAmount("元", 0);
  const cell = (m: ReadonlyMap<string, Amount>, c: string) => m.get(c) ?? zero;
  let found: number | undefined;
  totals.forEach((mine, i) => {
    let figure = false;
    for (const c of columns) {
      const others = totals.flatMap((m, j) => (j === i ? [] : [cell(m, c)]));
      const own = cell(mine, c);
      if (compareAmounts(sumAmounts(others), own) !== 0) return;
      if (!isZero(own)) figure = true;
    }
    if (!figure) return;
    found = found === undefined ? i : -1;
  });
  return found === undefined || found < 0 ? undefined : found;
}
