import { amountsEqual, isZero, parseAmount } from "../amount";
import type { LineSpec, TableKind } from "../templates";
import { labelKey } from "../templates/wording";

/** The first row of a side reading a line that may be printed twice, and its label's key. */
interface First {
  readonly row: number;
  readonly key: string;
  paired: boolean;
  /** Whether a carry line (上年结转, 年终结转结余) was printed below it on its side. */
  carried: boolean;
  /** Whether such a carry line printed a figure other than zero. */
  carriedSome: boolean;
  /** Its figure as printed. */
  readonly figure: string;
}

/** Whether two printed figures state one amount (both read). */
function same(a: string, b: string): boolean {
  const x = parseAmount(a);
  const y = parseAmount(b);
  return x.ok && y.ok && x.value !== null && y.value !== null && amountsEqual(x.value, y.value);
}

/** Whether a printed figure states an amount other than zero. */
function nonZero(raw: string): boolean {
  const x = parseAmount(raw);
  return x.ok && x.value !== null && !isZero(x.value);
}

/** The concepts of the lines printed between a side's year's total and its grand total. */
const CARRY: ReadonlySet<string> = new Set(["revenue.carryover", "spending.carryforward"]);

/**
 * The printed rows whose total line is printed again below them on their side under another of
 * its labels (`收入合计` above `上年结转`, `收入总计` below it; `支出合计` / `支出总计`: see
 * `LineSpec.upper`), each with the line the upper row states (the year's total), where that line
 * is not printed on the side itself and a carry line is printed between the two. A line printed twice under one label stays itself (the
 * reader reports the duplicate). Keyed by `row * width + side`; one pass over the labels.
 * @internal
 */
export function upperTotals(
  kind: TableKind,
  rows: number,
  width: number,
  label: (row: number, side: number) => string,
  candidates: (label: string, side: number) => readonly LineSpec[],
  figure: (row: number, side: number) => string = () => "",
): ReadonlyMap<number, LineSpec> {
  const lines = kind.lines ?? [];
  const out = new Map<number, LineSpec>();
  if (!lines.some((l) => l.upper !== undefined)) return out;
  const byId = new Map(lines.map((l) => [l.id, l]));
  for (let s = 0; s < width; s++) {
    const printed = new Set<string>();
    const first = new Map<string, First>();
    for (let r = 0; r < rows; r++) {
      const text = label(r, s);
      if (text.trim() === "") continue;
      const found = candidates(text, s);
      for (const c of found) printed.add(c.id);
      if (found.some((c) => c.concept !== undefined && CARRY.has(c.concept))) {
        const some = nonZero(figure(r, s));
        for (const f of first.values()) {
          f.carried = true;
          if (some) f.carriedSome = true;
        }
      }
      const [only] = found;
      if (found.length !== 1 || only?.upper === undefined) continue;
      const key = labelKey(text);
      const seen = first.get(only.id);
      const at = figure(r, s);
      if (seen === undefined)
        first.set(only.id, {
          row: r,
          key,
          paired: false,
          carried: false,
          carriedSome: false,
          figure: at,
        });
      // the grand total again below a carry line (`收入合计`, `上年结转`, `收入总计`): the upper one
      // is the year's. Printed again above any carry line, or stating the grand total's figure
      // where a carry line prints one (the grand total at the side's top), the two are one line
      // printed twice.
      else if (
        !seen.paired &&
        seen.key !== key &&
        seen.carried &&
        !(seen.carriedSome && same(seen.figure, at))
      )
        seen.paired = true;
    }
    for (const [id, f] of first) {
      const upper = byId.get(byId.get(id)?.upper ?? "");
      if (f.paired && upper !== undefined && !printed.has(upper.id))
        out.set(f.row * width + s, upper);
    }
  }
  return out;
}
