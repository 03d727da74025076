import type { LineSpec, TableKind } from "../templates";
import { labelKey } from "../templates/wording";

/** The first row of a side reading a line that may be printed twice, and its label's key. */
interface First {
  readonly row: number;
  readonly key: string;
  paired: boolean;
}

/**
 * The printed rows whose total line is printed again below them on their side under another of
 * its labels (`收入合计` above `上年结转`, `收入总计` below it; `支出合计` / `支出总计`: see
 * `LineSpec.upper`), each with the line the upper row states (the year's total), where that line
 * is not printed on the side itself. A line printed twice under one label stays itself (the
 * reader reports the duplicate). Keyed by `row * width + side`; one pass over the labels.
 * @internal
 */
export function upperTotals(
  kind: TableKind,
  rows: number,
  width: number,
  label: (row: number, side: number) => string,
  candidates: (label: string, side: number) => readonly LineSpec[],
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
      const [only] = found;
      if (found.length !== 1 || only?.upper === undefined) continue;
      const key = labelKey(text);
      const seen = first.get(only.id);
      if (seen === undefined) first.set(only.id, { row: r, key, paired: false });
      else if (!seen.paired && seen.key !== key) seen.paired = true;
    }
    for (const [id, f] of first) {
      const upper = byId.get(byId.get(id)?.upper ?? "");
      if (f.paired && upper !== undefined && !printed.has(upper.id))
        out.set(f.row * width + s, upper);
    }
  }
  return out;
}
