import { type Amount, amountsEqual, subtractAmounts } from "../amount";
import type { LoweredTable } from "../disclosure";
import { type Coordinates, type Fact, factKey } from "../facts";
import { carriedOver } from "./carryover-lines";

/** A printed figure and the table it is printed in (its place in the list of tables). */
interface Printed {
  readonly table: number;
  readonly value: Amount;
}

/** Whether a fact's coordinates hold `fixed`'s value in every dimension `alt` names. */
function takes(coords: Coordinates, fixed: Coordinates, alt: Coordinates): boolean {
  for (const k in alt) {
    const d = k as keyof Coordinates;
    if (coords[d] !== fixed[d]) return false;
  }
  return true;
}

/** The table read as stating `alt` where its facts state the kind's fixed coordinates. */
function readAs(t: LoweredTable, alt: Coordinates): LoweredTable {
  const kind = t.kind;
  if (kind === undefined) return t;
  const fixed = kind.fixed ?? {};
  const rows = t.rows.map((r) => ({
    ...r,
    facts: r.facts.map(
      (f): Fact => (takes(f.coords, fixed, alt) ? { ...f, coords: { ...f.coords, ...alt } } : f),
    ),
  }));
  return { ...t, kind: { ...kind, fixed: { ...fixed, ...alt } }, rows };
}

/**
 * The tables as a check reads them, a table whose kind may be printed without the carry-over its
 * fund spends (`TableKind.thisYear`) read so where its 合计 row says it is: none of its figures
 * agrees with the same fact printed in another table, and one agrees with this year's (another
 * table's figure of it, or for its whole the fund's spending less the fund's printed 上年结转). Only
 * a disclosure printing 财政拨款 carried over is read again (otherwise the two readings are one);
 * linear in its facts. @internal
 */
export function thisYearTables(tables: readonly LoweredTable[]): readonly LoweredTable[] {
  if (!tables.some((t) => t.kind?.thisYear !== undefined)) return tables;
  if (!carriedOver(tables).has("government")) return tables;
  // Every printed figure by identity, and each fund's 上年结转 as printed alone.
  const printed = new Map<string, Printed[]>();
  const carried = new Map<string, Amount>();
  const add = (key: string, p: Printed) => {
    const list = printed.get(key);
    if (list === undefined) printed.set(key, [p]);
    else list.push(p);
  };
  tables.forEach((t, table) => {
    for (const r of t.rows)
      for (const f of r.facts) {
        if (f.value === null) continue;
        add(factKey(f.concept, f.coords), { table, value: f.value });
        const fund = f.coords.fund;
        if (
          f.concept === "revenue.carryover" &&
          fund !== undefined &&
          Object.keys(f.coords).length === 1 &&
          !carried.has(fund)
        )
          carried.set(fund, f.value);
      }
  });
  const out = [...tables];
  const read = new Set<number>();
  const agrees = (key: string, table: number, value: Amount, less?: Amount): boolean =>
    (printed.get(key) ?? []).some(
      (p) =>
        p.table !== table &&
        !read.has(p.table) &&
        amountsEqual(less === undefined ? p.value : subtractAmounts(p.value, less), value),
    );
  // A table read so makes this year's figures known to the next (its 合计 row's only are looked up).
  for (let changed = true; changed; ) {
    changed = false;
    out.forEach((t, i) => {
      const alt = t.kind?.thisYear;
      if (alt === undefined || read.has(i)) return;
      const fixed = t.kind?.fixed ?? {};
      let thisYear = false;
      for (const r of t.rows) {
        if (r.row.key.kind !== "total") continue;
        for (const f of r.facts) {
          if (f.value === null || !takes(f.coords, fixed, alt)) continue;
          if (agrees(factKey(f.concept, f.coords), i, f.value)) return;
          const other = factKey(f.concept, { ...f.coords, ...alt });
          const fund = f.coords.fund;
          const whole = Object.keys(f.coords).length === Object.keys(fixed).length;
          const less = whole && fund !== undefined ? carried.get(fund) : undefined;
          thisYear ||=
            agrees(other, i, f.value) ||
            (less !== undefined && agrees(factKey(f.concept, f.coords), i, f.value, less));
        }
      }
      if (!thisYear) return;
      const next = readAs(t, alt);
      out[i] = next;
      read.add(i);
      const at = out.length + read.size;
      for (const r of next.rows)
        if (r.row.key.kind === "total")
          for (const f of r.facts)
            if (f.value !== null) add(factKey(f.concept, f.coords), { table: at, value: f.value });
      changed = true;
    });
  }
  return out;
}
