import type { LoweredTable } from "../disclosure";
import { type Coordinates, DIMENSIONS, type Dimension, type Fact, type Nature } from "../facts";
import { FactIds } from "../facts/intern";
import { type DerivedFact, readingGaps, sumOf } from "./derived";

const NATURE_PARENT: Readonly<Record<Nature, Nature | undefined>> = {
  basic: undefined,
  project: undefined,
  "basic.personnel": "basic",
  "basic.public": "basic",
  "project.operating": "project",
  "project.specific": "project",
  remittance: undefined,
  operations: undefined,
  affiliates: undefined,
};

function chain(dim: Dimension, value: string): (string | undefined)[] {
  switch (dim) {
    case "functional":
    case "econ":
    case "gov": {
      const out: (string | undefined)[] = [];
      for (let len = value.length - 2; len >= 3; len -= 2) out.push(value.slice(0, len));
      out.push(undefined);
      return out;
    }
    case "nature": {
      const out: (string | undefined)[] = [];
      let n = NATURE_PARENT[value as Nature];
      while (n !== undefined) {
        out.push(n);
        n = NATURE_PARENT[n];
      }
      out.push(undefined);
      return out;
    }
    case "org":
    case "project":
    case "category":
      return [undefined];
    default:
      return [];
  }
}

/** A coordinates' identity within one table's roll-up (an id of the interner). */
function coordsKey(ids: FactIds, c: Coordinates): number {
  return ids.of("spending", c);
}

/** Coordinates with only the dimensions that have a value, in DIMENSIONS order. */
function compact(get: (d: Dimension) => string | undefined): Coordinates {
  const out: Record<string, string> = {};
  for (const d of DIMENSIONS) {
    const v = get(d);
    if (v !== undefined) out[d] = v;
  }
  return out as Coordinates;
}

/**
 * Every generalisation of a row's coordinates (merged over the table's fixed ones), by key: each
 * dimension of the row takes its own value or a coarser one (a code's ancestors, a nature's
 * parents, or none), a government code only with its own 部门 code; a dimension left out falls
 * back to the table's fixed value.
 */
function generalisations(
  ids: FactIds,
  row: Coordinates,
  fixed: Coordinates | undefined,
): Map<number, Coordinates> {
  const dims = Object.keys(row) as Dimension[];
  const options = dims.map((d) => {
    const own = row[d] as string;
    return d === "gov" && row.econ !== undefined ? [own] : [own, ...chain(d, own)];
  });
  const out = new Map<number, Coordinates>();
  const picked: (string | undefined)[] = dims.map(() => undefined);
  const econAt = dims.indexOf("econ");
  const visit = (i: number): void => {
    if (i === dims.length) {
      const econChanged = econAt >= 0 && picked[econAt] !== row.econ;
      const merged = compact((d) => {
        const at = dims.indexOf(d);
        if (at < 0) return fixed?.[d];
        const v = d === "gov" && econChanged ? undefined : picked[at];
        return v ?? fixed?.[d];
      });
      out.set(coordsKey(ids, merged), merged);
      return;
    }
    for (const o of options[i] ?? []) {
      picked[i] = o;
      visit(i + 1);
    }
  };
  visit(0);
  return out;
}

/**
 * Roll-ups of one lowered table: for every printed row, its contribution to each coarser row
 * (a 款 to its 类, a 项 to its 款 and 类, a unit or a project to the total), stopping at the nearest
 * printed ancestor row so nothing is counted twice; one derived fact per column and coarser row.
 *
 * @example
 * ```ts
 * import { lowerTable } from "yusuan";
 * import { rollUpTable } from "yusuan/check";
 * import { henan2024 } from "yusuan/templates";
 * const lt = lowerTable({ kind: "expenditure", unit: "万元", rows: [
 *   { key: { kind: "functional", code: "2013101" }, cells: { total: "558.07" } },
 *   { key: { kind: "functional", code: "2013102" }, cells: { total: "77.00" } },
 * ] }, henan2024);
 * rollUpTable(lt).find((d) => d.coords.functional === "201")?.value?.value; // "635.07"
 * ```
 */
export function rollUpTable(lt: LoweredTable): readonly DerivedFact[] {
  const fixed = lt.kind?.fixed;
  const incomplete = readingGaps(lt).rows;
  const ids = new FactIds();
  const gens = new Map<number, Map<number, Coordinates>>();
  const ownKeys = new Map<number, number>();
  const printedGens = new Map<number, Set<number>>();
  for (const r of lt.rows) {
    if (r.coords === undefined) continue;
    const g = generalisations(ids, r.coords, fixed);
    gens.set(r.index, g);
    const own = coordsKey(ids, { ...fixed, ...r.coords });
    ownKeys.set(r.index, own);
    const set = printedGens.get(own) ?? new Set<number>();
    for (const k of g.keys()) if (k !== own) set.add(k);
    printedGens.set(own, set);
  }
  // One bucket per coarser row and row shape; within it, the facts by column in first-seen order
  // (the derived facts come out in the order rows, coarser rows and columns are first met).
  interface Bucket {
    readonly coords: Coordinates;
    readonly columns: Map<string, Fact[]>;
  }
  const buckets = new Map<string, Map<number, Bucket>>();
  const order: (readonly [Bucket, string])[] = [];
  for (const r of lt.rows) {
    const g = gens.get(r.index);
    const own = ownKeys.get(r.index);
    if (g === undefined || own === undefined || r.coords === undefined || r.facts.length === 0)
      continue;
    const shape = Object.keys(r.coords).sort().join(",");
    let byShape = buckets.get(shape);
    if (byShape === undefined) {
      byShape = new Map();
      buckets.set(shape, byShape);
    }
    const between: number[] = [];
    for (const k of g.keys()) if (k !== own && printedGens.has(k)) between.push(k);
    for (const [k, coords] of g) {
      if (k === own) continue;
      if (between.some((p) => p !== k && printedGens.get(p)?.has(k) === true)) continue;
      let b = byShape.get(k);
      if (b === undefined) {
        b = { coords, columns: new Map() };
        byShape.set(k, b);
      }
      for (const f of r.facts) {
        const column = f.source.column;
        const list = b.columns.get(column);
        if (list === undefined) {
          b.columns.set(column, [f]);
          order.push([b, column]);
        } else list.push(f);
      }
    }
  }
  const out: DerivedFact[] = [];
  const columnCoords = new Map(lt.kind?.columns.map((c) => [c.key, c.coords]) ?? []);
  const unit = lt.table.unit;
  const table = lt.table.kind;
  for (const [b, column] of order) {
    const facts = b.columns.get(column) ?? [];
    const first = facts[0];
    if (first === undefined) continue;
    const extra = columnCoords.get(column);
    // An all-blank sum is kept (value null = "no value"): comparing it confirms the blanks.
    out.push({
      concept: first.concept,
      coords: extra === undefined ? { ...b.coords } : { ...b.coords, ...extra },
      value: sumOf(facts, unit),
      table,
      via: { kind: "rollup", column },
      parts: facts,
      sources: facts.map((f) => f.source),
      ...(incomplete ? { incomplete } : {}),
    });
  }
  return out;
}
