import { compareAmounts } from "../amount";
import { parseAmount } from "../amount/parse";
import type { TableKind } from "../templates";
import { endsAsTotal, plainText } from "./cells";
import { matchHeaders } from "./headers";

/**
 * Items a one-row kind printed one item a row prints twice: its total at the top and again at
 * the bottom (`合计` … `合计`, `合计` … `总计`, `“三公”经费合计` … `合计`), or an item twice. @internal
 */
export interface ItemRepeats {
  /** The items read into the one row, by position in the item list. */
  readonly primary: readonly number[];
  /** Repeats printing other figures under the very label of an earlier item (`of`): not read. */
  readonly again: readonly { readonly item: number; readonly of: number }[];
}

/** Whether two printed figures state the same amount (blank and blank too). */
function sameFigure(a: string, b: string): boolean {
  const x = plainText(a);
  const y = plainText(b);
  if (x === y) return true;
  const p = parseAmount(x);
  const q = parseAmount(y);
  if (!p.ok || !q.ok || p.value === null || q.value === null) return false;
  return compareAmounts(p.value, q.value) === 0;
}

/**
 * The items read into the one row and those printed again (see {@link ItemRepeats}): an item
 * printing the same figures as an earlier one that names the same column (the total printed
 * top and bottom, under one label or two) is the layout's, read once; one printing other
 * figures under the very label of an earlier one (`合计 10.00` … `合计 11.00`) is not read (the
 * reader reports it, `duplicate-row`: never a cell of another item); under another label
 * (`总计` beside `合计`, which may total more) it is read as before. `figures(i)` are item `i`'s
 * printed cells; `headers(path)` its headers. Keys are matched only for total labels and
 * labels printed twice, a few per table. @internal
 */
export function itemRepeats(
  labels: readonly string[],
  paths: readonly string[],
  figures: (item: number) => readonly string[],
  headers: (paths: readonly string[]) => readonly string[],
  kind: TableKind,
  year: number | undefined,
): ItemRepeats {
  const keyOf = (path: string): string | undefined => {
    const keys = matchHeaders(headers([path]), kind, { year }).columns.map((c) => c.column?.key);
    return keys.some((k) => k === undefined) ? undefined : keys.join("\u0000");
  };
  const primary: number[] = [];
  const again: { item: number; of: number }[] = [];
  // The first item of each column key (totals and repeated paths only), by key; and by path.
  const byKey = new Map<string, number>();
  const byPath = new Map<string, number>();
  paths.forEach((path, i) => {
    const earlierPath = byPath.get(path);
    const key = earlierPath !== undefined || endsAsTotal(labels[i] ?? "") ? keyOf(path) : undefined;
    const earlier = earlierPath ?? (key === undefined ? undefined : byKey.get(key));
    if (earlier !== undefined) {
      const same = figures(earlier).every((f, j) => sameFigure(f, figures(i)[j] ?? ""));
      if (same) return;
      if (earlierPath !== undefined) {
        again.push({ item: i, of: earlier });
        return;
      }
    }
    primary.push(i);
    if (!byPath.has(path)) byPath.set(path, i);
    if (key !== undefined && !byKey.has(key)) byKey.set(key, i);
  });
  return { primary, again };
}
