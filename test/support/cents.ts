/**
 * Exact arithmetic on printed amounts for fixture sanity tests, in BigInt cents (never floats).
 *
 * Exports: `cents(printed)`, `sumCents(printed[])`, and the table accessors `column(table, header)`,
 * `cell(table, row, header)`, `rowWhere(table, predicate)`.
 */
import type { PrintedTable } from "../../src/printed/types";

/**
 * A printed amount in cents: `"969.06"` → `96906n`, `"24,840,779"` → `2484077900n`,
 * `""` (a blank cell) → `0n`. Throws on anything else (a fixture typo must not pass).
 */
export function cents(printed: string): bigint {
  if (printed === "") return 0n;
  const m = /^(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{1,2}))?$/.exec(printed);
  if (m === null) throw new Error(`not a printed amount: ${JSON.stringify(printed)}`);
  const whole = (m[1] ?? "").replaceAll(",", "");
  const fraction = (m[2] ?? "").padEnd(2, "0");
  return BigInt(whole) * 100n + BigInt(fraction);
}

/** Σ of printed amounts, in cents. */
export function sumCents(printed: readonly string[]): bigint {
  return printed.reduce((sum, p) => sum + cents(p), 0n);
}

/** Index of the column whose header path is `header`. Throws when absent. */
export function column(table: PrintedTable, header: string): number {
  const i = table.headers.indexOf(header);
  if (i < 0) throw new Error(`${table.title}: no column ${header}`);
  return i;
}

/** The printed cell of `row` under `header`. */
export function cell(table: PrintedTable, row: readonly string[], header: string): string {
  return row[column(table, header)] ?? "";
}

/** The single row satisfying `predicate`. Throws unless exactly one matches. */
export function rowWhere(
  table: PrintedTable,
  predicate: (row: readonly string[]) => boolean,
): readonly string[] {
  const found = table.rows.filter(predicate);
  const [row] = found;
  if (found.length !== 1 || row === undefined) {
    throw new Error(`${table.title}: ${found.length} rows match`);
  }
  return row;
}
