/**
 * What a decomposition's sum may miss where its table has a `lines` gap (see `readingGaps`): a
 * part on another printed row, or a blank where an unplaced line prints a figure. @internal
 */
import type { LoweredTable } from "../disclosure";
import { type AnyFact, isDerived } from "./derived";

/**
 * Whether a printed fact is blank where a line the reader did not place prints a figure (its
 * figure may be on that line: a row wrapped onto the next, unlabelled line).
 */
export function blankFilled(f: AnyFact | undefined, filled: ReadonlySet<string>): boolean {
  return f !== undefined && !isDerived(f) && f.value === null && filled.has(f.source.column);
}

/**
 * Whether every part is a printed figure of one printed row (a sum across its columns: 合计 =
 * 人员经费 + 公用经费 on the 合计 row), which no figure of another row can be a part of. One printed
 * row, by its place (`rowOf`), not one row key: a row printed twice (its 合计 on two rows, a part
 * of its figures on each) is two.
 */
export function oneRow(
  parts: readonly AnyFact[],
  n: number,
  rowOf: ReadonlyMap<AnyFact, number>,
): boolean {
  const first = parts[0];
  if (n === 0 || first === undefined || isDerived(first)) return false;
  const row = rowOf.get(first);
  if (row === undefined) return false;
  for (let k = 1; k < n; k++) if (rowOf.get(parts[k] as AnyFact) !== row) return false;
  return true;
}

/**
 * Whether a printed whole stands on another row than its part (`公用经费合计` = the 302 row +
 * the 310 row), in a column where a line the reader did not place prints a figure other than zero
 * (`figures`): the row of a part the sum lacks may be that line (a 类 row whose code was lost:
 * `| | 资本性支出 | 39.76`). A line of zeros holds no part.
 */
export function wholeApart(
  whole: AnyFact | undefined,
  part: AnyFact | undefined,
  rowOf: ReadonlyMap<AnyFact, number>,
  figures: ReadonlySet<string>,
): boolean {
  if (whole === undefined || part === undefined || isDerived(whole)) return false;
  if (!figures.has(whole.source.column)) return false;
  const row = rowOf.get(whole);
  return row !== undefined && row !== rowOf.get(part);
}

/** The printed row (its index) of each printed fact of a table. */
export function rowsOfFacts(lt: LoweredTable): ReadonlyMap<AnyFact, number> {
  const out = new Map<AnyFact, number>();
  for (const r of lt.rows) for (const f of r.facts) out.set(f, r.index);
  return out;
}
