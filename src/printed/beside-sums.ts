import { type Amount, addAmounts, amountsEqual, isZero, parseAmount, zeroAmount } from "../amount";

/**
 * Which total a bare header beside balance columns prints, by its figures (see
 * `ColumnSpec.beside.sums`): `grand` where, on every row printing a balance other than zero, its
 * figure is the sum of the `parts` plus the `balances`; `year` where it is the sum of the parts
 * alone on every such row; `undefined` where neither holds on every such row, or no row prints a
 * balance (the two readings are not told apart). A blank cell counts as zero; a row with a cell
 * that is no amount (a header printed again, a note) tells nothing. One pass over the rows.
 * @internal
 */
export function besideReading(
  rows: readonly (readonly string[])[],
  total: number,
  parts: readonly number[],
  balances: readonly number[],
): "grand" | "year" | undefined {
  let year = true;
  let grand = true;
  let told = false;
  for (const row of rows) {
    const figure = (i: number): Amount | undefined => {
      const read = parseAmount(row[i] ?? "");
      if (!read.ok) return undefined;
      return read.value ?? zeroAmount();
    };
    const sum = (columns: readonly number[]): Amount | undefined => {
      let s: Amount = zeroAmount();
      for (const i of columns) {
        const f = figure(i);
        if (f === undefined) return undefined;
        s = addAmounts(s, f);
      }
      return s;
    };
    const balance = sum(balances);
    if (balance === undefined || isZero(balance)) continue;
    const printed = figure(total);
    const sources = sum(parts);
    if (printed === undefined || sources === undefined) continue;
    told = true;
    if (!amountsEqual(printed, sources)) year = false;
    if (!amountsEqual(printed, addAmounts(sources, balance))) grand = false;
    if (!year && !grand) return undefined;
  }
  if (!told) return undefined;
  return year ? "year" : grand ? "grand" : undefined;
}
