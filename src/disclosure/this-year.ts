import { isZero, parseAmount } from "../amount";
import { plainAmount } from "../amount/parse";
import type { Coordinates } from "../facts";
import type { TableKind } from "../templates";
import type { Table } from "./types";

/** Whether a cell prints a figure other than zero (a cell that does not parse prints none). */
function printsFigure(raw: string, unit: Table["unit"]): boolean {
  const plain = plainAmount(raw, unit);
  if (plain !== undefined) return plain !== null && !isZero(plain);
  const parsed = parseAmount(raw, unit);
  return parsed.ok && parsed.value !== null && !isZero(parsed.value);
}

/**
 * The coordinates the `thisYear` columns of a table state instead of their own (see
 * `ColumnSpec.thisYear`), by column key: `undefined` where the kind has none, or no column of
 * carried-over money the table prints holds a figure other than zero (this year's money is then
 * the fund's spending). One pass over the rows. @internal
 */
export function thisYearCoordinates(
  kind: TableKind,
  table: Table,
): ReadonlyMap<string, Coordinates> | undefined {
  let carried: Set<string> | undefined;
  for (const c of kind.columns)
    if (c.thisYear !== undefined) {
      carried ??= new Set();
      for (const k of c.thisYear.carried) carried.add(k);
    }
  if (carried === undefined) return undefined;
  const printed = new Set<string>();
  let figure = false;
  for (const row of table.rows)
    for (const key of carried) {
      const raw = row.cells[key];
      if (raw === undefined) continue;
      printed.add(key);
      if (!figure && printsFigure(raw, table.unit)) figure = true;
    }
  if (!figure) return undefined;
  const out = new Map<string, Coordinates>();
  for (const c of kind.columns)
    if (c.thisYear?.carried.some((k) => printed.has(k)) === true) out.set(c.key, c.thisYear.coords);
  return out;
}
