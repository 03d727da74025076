import type { LoweredTable } from "../disclosure";
import { DIMENSIONS, type Fact } from "../facts";
import { coordinateValues } from "../facts/intern";

/**
 * The blank cells of rows whose finer rows print money in the same column (a 类 printed blank
 * above its 款 of 60.00, a merged cell lost): such a blank is not zero, so a coarser sum counting
 * it may lack money. `undefined` when there are none (most tables). @internal
 */
export function blanksAboveMoney(
  rows: LoweredTable["rows"],
  start: readonly number[],
  keys: readonly number[],
  size: number,
): ReadonlySet<Fact> | undefined {
  const n = rows.length;
  const row = (i: number) => rows[i] as LoweredTable["rows"][number];
  // The identities some row's generalisations reach: the rows of those identities have finer rows.
  const reached = new Uint8Array(size);
  for (let i = 0; i < n; i++)
    for (let m = (start[i] as number) + 1; m < (start[i + 1] as number); m++)
      reached[keys[m] as number] = 1;
  // Of those, the identities of rows printing a blank cell: the only ones whose finer rows' columns
  // are read.
  const target = new Uint8Array(size);
  let any = false;
  for (let i = 0; i < n; i++) {
    const s = start[i] as number;
    if (s === start[i + 1] || reached[keys[s] as number] !== 1) continue;
    if (row(i).facts.some((f) => f.value === null)) {
      target[keys[s] as number] = 1;
      any = true;
    }
  }
  if (!any) return undefined;
  const below = new Map<number, Set<string>>();
  for (let j = 0; j < n; j++)
    for (let m = (start[j] as number) + 1; m < (start[j + 1] as number); m++) {
      const k = keys[m] as number;
      if (target[k] !== 1) continue;
      let columns = below.get(k);
      for (const f of row(j).facts) {
        if (f.value === null) continue;
        columns ??= new Set();
        columns.add(f.source.column);
      }
      if (columns !== undefined) below.set(k, columns);
    }
  const out = new Set<Fact>();
  for (let i = 0; i < n; i++) {
    const s = start[i] as number;
    if (s === start[i + 1] || target[keys[s] as number] !== 1) continue;
    const columns = below.get(keys[s] as number);
    for (const f of row(i).facts) if (f.value === null && columns?.has(f.source.column)) out.add(f);
  }
  return out.size === 0 ? undefined : out;
}

/**
 * The attribute dimensions (set by a kind's attribute columns, e.g. 项目类型 → nature) that some
 * rows of a shape leave unset while others set them: a sum by such an attribute's value (the
 * 其他运转类 projects) may lack the rows whose attribute is unknown, so it is incomplete; the
 * sums that do not split by it (the total) take every row. A row counts as unset only where no
 * finer row of the table carries its money (a 类 row without a 类别 is covered by its 款 rows).
 * Row shapes are turned into their key dimensions (attribute bits cleared) in `shapes`. @internal
 */
export function partialAttributes(
  lt: LoweredTable,
  rows: LoweredTable["rows"],
  shapes: (number | string)[],
  start: readonly number[],
  keys: readonly number[],
  size: number,
): { of(shape: number | string, values: readonly (string | undefined)[]): boolean } {
  let attributes = 0;
  for (const c of lt.kind?.columns ?? []) {
    if (c.role !== "attribute" || c.dimension === undefined) continue;
    const j = (DIMENSIONS as readonly string[]).indexOf(c.dimension);
    if (j >= 0) attributes |= 1 << j;
  }
  if (attributes === 0) return NONE_PARTIAL;
  const n = rows.length;
  // Whether another row's generalisations reach each identity (its money is in finer rows).
  const reached: boolean[] = new Array(size).fill(false);
  for (let i = 0; i < n; i++)
    for (let m = (start[i] as number) + 1; m < (start[i + 1] as number); m++)
      reached[keys[m] as number] = true;
  const has = new Map<number | string, number>();
  const lacks = new Map<number | string, number>();
  for (let i = 0; i < n; i++) {
    const shape = shapes[i] as number | string;
    if (typeof shape !== "number" || start[i] === start[i + 1]) continue;
    const own = shape & attributes;
    const key = shape & ~attributes;
    shapes[i] = key;
    has.set(key, (has.get(key) ?? 0) | own);
    if (!reached[keys[start[i] as number] as number])
      lacks.set(key, (lacks.get(key) ?? 0) | (attributes & ~own));
  }
  const fixed = coordinateValues(lt.kind?.fixed ?? {}, new Array(10));
  return {
    of(shape, values) {
      if (typeof shape !== "number") return false;
      const mask = (has.get(shape) ?? 0) & (lacks.get(shape) ?? 0);
      if (mask === 0) return false;
      for (let j = 0; j < 10; j++)
        if ((mask & (1 << j)) !== 0 && values[j] !== fixed[j]) return true;
      return false;
    },
  };
}

const NONE_PARTIAL = { of: (): boolean => false };
