import type { LoweredTable } from "../disclosure";
import { type Coordinates, DIMENSIONS, type Dimension, type Fact, type Nature } from "../facts";
import { addCoordinateValues, coordinatesOf, coordinateValues, FactIds } from "../facts/intern";
import { NATURE_PARENT } from "../facts/natures";
import type { TableKind } from "../templates";
import { type DerivedFact, readingGaps, sumOf } from "./derived";

/** A dimension's own value followed by its coarser ones (a code's ancestors, a nature's parents, none). */
function options(dim: Dimension, value: string): (string | undefined)[] {
  // Lists are made at their size (a check makes several per row; one grown by push from one
  // item reserves 17 slots).
  switch (dim) {
    case "functional":
    case "econ":
    case "gov": {
      const coarser = value.length >= 5 ? (value.length - 3) >> 1 : 0;
      const out: (string | undefined)[] = new Array(coarser + 2);
      out[0] = value;
      for (let i = 1; i <= coarser; i++) out[i] = value.slice(0, value.length - 2 * i);
      out[coarser + 1] = undefined;
      return out;
    }
    case "nature": {
      let count = 0;
      for (let n = NATURE_PARENT[value as Nature]; n !== undefined; n = NATURE_PARENT[n]) count++;
      const out: (string | undefined)[] = new Array(count + 2);
      out[0] = value;
      let i = 1;
      for (let n = NATURE_PARENT[value as Nature]; n !== undefined; n = NATURE_PARENT[n])
        out[i++] = n;
      out[i] = undefined;
      return out;
    }
    case "org":
    case "project":
    case "category":
      return [value, undefined];
    default:
      return [value];
  }
}

/**
 * DIMENSIONS index of each dimension name, made on first use (a module-level call would keep
 * the facts' data in every bundle that imports this module's chunk).
 */
let dimensionIndex: Readonly<Record<string, number | undefined>> | undefined;
const indexOfDimension = (d: string): number | undefined => {
  dimensionIndex ??= Object.fromEntries(DIMENSIONS.map((x, i) => [x, i]));
  return dimensionIndex[d];
};

/**
 * Every generalisation of one row's coordinates (merged over the table's fixed ones): each
 * dimension of the row takes its own value or a coarser one (a code's ancestors, a nature's
 * parents, or none), a government code only with its own 部门 code; a dimension left out falls
 * back to the table's fixed value. The combinations are numbered in order (the row's last
 * dimension varying fastest); `keys` are their identities in first-seen order and `combos` the
 * number of the last combination of each (its coordinates are built only when needed, by
 * {@link valuesAt}).
 */
interface Generalisations {
  /** The DIMENSIONS index of each of the row's dimensions (-1 for a name that is none). */
  readonly at: readonly number[];
  readonly options: readonly (readonly (string | undefined)[])[];
  readonly econAt: number;
  readonly econ: string | undefined;
  readonly keys: number[];
  readonly combos: number[];
  /** The row's dimensions as a set, the same for the same names in any order. */
  readonly shape: number | string;
}

/** The merged values of a combination (its choice of option per dimension), into `out`. */
function valuesOf(
  g: Generalisations,
  picked: readonly (string | undefined)[],
  fixed: readonly (string | undefined)[],
  out: (string | undefined)[],
): (string | undefined)[] {
  for (let j = 0; j < 10; j++) out[j] = fixed[j];
  const econChanged = g.econAt >= 0 && picked[g.econAt] !== g.econ;
  const gov = indexOfDimension("gov");
  for (let i = 0; i < g.at.length; i++) {
    const j = g.at[i] as number;
    if (j < 0) continue;
    const v = j === gov && econChanged ? undefined : picked[i];
    if (v !== undefined) out[j] = v;
  }
  return out;
}

function generalisations(
  ids: FactIds,
  row: Coordinates,
  fixed: readonly (string | undefined)[],
  scratch: (string | undefined)[],
): Generalisations {
  const dims = Object.keys(row) as Dimension[];
  // Lists made at their size (see `options`); `keys` and `combos` at the number of combinations,
  // cut to the distinct ones at the end.
  const at: number[] = new Array(dims.length);
  const choices: (string | undefined)[][] = new Array(dims.length);
  let econAt = -1;
  let shape: number | string = 0;
  let combos = 1;
  for (let i = 0; i < dims.length; i++) {
    const d = dims[i] as Dimension;
    const own = row[d] as string;
    const j = indexOfDimension(d);
    at[i] = j ?? -1;
    if (typeof shape === "number")
      shape = j === undefined ? [...dims].sort().join(",") : shape | (1 << j);
    if (d === "econ") econAt = i;
    const o = d === "gov" && row.econ !== undefined ? [own] : options(d, own);
    choices[i] = o;
    combos *= o.length;
  }
  const g: Generalisations = {
    at,
    options: choices,
    econAt,
    econ: row.econ,
    keys: new Array(combos),
    combos: new Array(combos),
    shape,
  };
  let distinct = 0;
  // An odometer over the options, the last dimension fastest.
  const digit: number[] = new Array(dims.length);
  const picked: (string | undefined)[] = new Array(dims.length);
  for (let i = 0; i < dims.length; i++) {
    digit[i] = 0;
    picked[i] = (choices[i] as (string | undefined)[])[0];
  }
  for (let combo = 0; ; combo++) {
    const key = ids.ofValues("spending", valuesOf(g, picked, fixed, scratch), true) as number;
    let seen = -1;
    for (let k = 0; k < distinct; k++)
      if (g.keys[k] === key) {
        seen = k;
        break;
      }
    if (seen < 0) {
      g.keys[distinct] = key;
      g.combos[distinct++] = combo;
    } else g.combos[seen] = combo;
    let i = dims.length - 1;
    for (; i >= 0; i--) {
      const o = choices[i] as (string | undefined)[];
      const next = (digit[i] as number) + 1;
      if (next < o.length) {
        digit[i] = next;
        picked[i] = o[next];
        break;
      }
      digit[i] = 0;
      picked[i] = o[0];
    }
    if (i < 0) {
      g.keys.length = distinct;
      g.combos.length = distinct;
      return g;
    }
  }
}

/** The merged values of a combination of {@link generalisations}, by its number, into `scratch`. */
function valuesAt(
  g: Generalisations,
  combo: number,
  fixed: readonly (string | undefined)[],
  scratch: (string | undefined)[],
): (string | undefined)[] {
  const picked: (string | undefined)[] = new Array(g.options.length);
  let rest = combo;
  for (let i = g.options.length - 1; i >= 0; i--) {
    const o = g.options[i] as readonly (string | undefined)[];
    picked[i] = o[rest % o.length];
    rest = Math.floor(rest / o.length);
  }
  return valuesOf(g, picked, fixed, scratch);
}

/** A row's identity merged over the table's fixed coordinates (`{ ...fixed, ...row }`). */
function ownKey(
  ids: FactIds,
  g: Generalisations,
  fixed: readonly (string | undefined)[],
  scratch: (string | undefined)[],
): number {
  for (let j = 0; j < 10; j++) scratch[j] = fixed[j];
  for (let i = 0; i < g.at.length; i++) {
    const j = g.at[i] as number;
    if (j >= 0) scratch[j] = g.options[i]?.[0];
  }
  return ids.ofValues("spending", scratch, true) as number;
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
  const r = rollUps(lt);
  return r.sums.map((s) => r.factOf(s));
}

/**
 * One roll-up before it is a fact: a coarser row's coordinates, a column and the printed facts
 * it adds up (at least one). @internal
 */
export interface RollUpSum {
  readonly coords: Coordinates;
  /** The coarser row's values in DIMENSIONS order (its `coords`, shared by its columns). */
  readonly values: readonly (string | undefined)[];
  readonly column: string;
  readonly facts: Fact[];
}

/**
 * A table's roll-ups before any is made a fact ({@link rollUpTable} makes them all; a check makes
 * only those that meet another statement of their identity, or that a rule looks up). @internal
 */
export interface RollUps {
  /** The sums, in the order {@link rollUpTable} gives their facts. */
  readonly sums: readonly RollUpSum[];
  /** The identity of a sum's fact among a check's ids (`values` is scratch, DIMENSIONS order). */
  idOf(s: RollUpSum, check: FactIds, values: (string | undefined)[]): number;
  /** A sum's derived fact (a new object per call). */
  factOf(s: RollUpSum): DerivedFact;
}

/** {@link rollUpTable}'s sums, not yet made facts. @internal */
export function rollUps(lt: LoweredTable): RollUps {
  const fixed = coordinateValues(lt.kind?.fixed ?? {}, new Array(10));
  const incomplete = readingGaps(lt).rows;
  const ids = new FactIds();
  const scratch: (string | undefined)[] = new Array(10).fill(undefined);
  // By row index.
  const gens: (Generalisations | undefined)[] = [];
  const ownKeys: (number | undefined)[] = [];
  // A printed row's identity → the other identities its generalisations reach.
  const printedGens = new Map<number, number[]>();
  const rows = lt.rows;
  for (let ri = 0; ri < rows.length; ri++) {
    const r = rows[ri] as LoweredTable["rows"][number];
    if (r.coords === undefined) continue;
    const g = generalisations(ids, r.coords, fixed, scratch);
    gens[r.index] = g;
    const own = ownKey(ids, g, fixed, scratch);
    ownKeys[r.index] = own;
    let reached = printedGens.get(own);
    if (reached === undefined) {
      reached = [];
      printedGens.set(own, reached);
    }
    for (let n = 0; n < g.keys.length; n++) {
      const k = g.keys[n] as number;
      if (k !== own && !reached.includes(k)) reached.push(k);
    }
  }
  // One bucket per coarser row and row shape; within it, the facts by column in first-seen order
  // (the derived facts come out in the order rows, coarser rows and columns are first met).
  // A bucket's columns are few: found by a scan of a short list, with no map per bucket.
  type Sum = RollUpSum;
  interface Bucket {
    readonly coords: Coordinates;
    readonly values: readonly (string | undefined)[];
    readonly columns: string[];
    readonly sums: Sum[];
  }
  const buckets = new Map<number | string, Map<number, Bucket>>();
  const order: Sum[] = [];
  const between: number[] = [];
  for (let ri = 0; ri < rows.length; ri++) {
    const r = rows[ri] as LoweredTable["rows"][number];
    const g = gens[r.index];
    const own = ownKeys[r.index];
    if (g === undefined || own === undefined || r.coords === undefined || r.facts.length === 0)
      continue;
    const shape = g.shape;
    let byShape = buckets.get(shape);
    if (byShape === undefined) {
      byShape = new Map();
      buckets.set(shape, byShape);
    }
    // The printed rows between this one and a coarser row: the coarser one is theirs to reach.
    between.length = 0;
    for (let n = 0; n < g.keys.length; n++) {
      const k = g.keys[n] as number;
      if (k !== own && printedGens.has(k)) between.push(k);
    }
    for (let n = 0; n < g.keys.length; n++) {
      const k = g.keys[n] as number;
      if (k === own || reachedBetween(between, k, printedGens)) continue;
      let b = byShape.get(k);
      if (b === undefined) {
        const values = valuesAt(g, g.combos[n] as number, fixed, scratch).slice();
        b = { coords: coordinatesOf(values), values, columns: [], sums: [] };
        byShape.set(k, b);
      }
      for (let fi = 0; fi < r.facts.length; fi++) {
        const f = r.facts[fi] as Fact;
        const column = f.source.column;
        const at = b.columns.indexOf(column);
        if (at < 0) {
          const sum: Sum = { coords: b.coords, values: b.values, column, facts: [f] };
          b.columns.push(column);
          b.sums.push(sum);
          order.push(sum);
        } else (b.sums[at] as Sum).facts.push(f);
      }
    }
  }
  const columnCoords = columnCoordsOf(lt.kind);
  const unit = lt.table.unit;
  const table = lt.table.kind;
  // One `via` per column, shared by its facts (never changed).
  const vias = new Map<string, DerivedFact["via"]>();
  return {
    sums: order,
    idOf(s, check, values) {
      for (let j = 0; j < 10; j++) values[j] = s.values[j];
      const extra = columnCoords.get(s.column);
      if (extra !== undefined) addCoordinateValues(extra, values);
      return check.ofValues((s.facts[0] as Fact).concept, values, true) as number;
    },
    factOf({ coords: rowCoords, column, facts }) {
      const extra = columnCoords.get(column);
      let via = vias.get(column);
      if (via === undefined) {
        via = { kind: "rollup", column };
        vias.set(column, via);
      }
      // Coordinates are read-only: the columns of one coarser row share its object.
      const concept = (facts[0] as Fact).concept;
      const coords = extra === undefined ? rowCoords : { ...rowCoords, ...extra };
      // An all-blank sum is kept (value null = "no value"): comparing it confirms the blanks.
      const value = sumOf(facts, unit);
      const sources = facts.map((f) => f.source);
      return incomplete
        ? { concept, coords, value, table, via, parts: facts, sources, incomplete }
        : { concept, coords, value, table, via, parts: facts, sources };
    },
  };
}

/**
 * Each table kind's columns' coordinates by column key, mapped once per kind (kept weakly; remade
 * if a kind's column list is replaced, as lowering's plan is).
 */
const COLUMN_COORDS = /*#__PURE__*/ new WeakMap<
  TableKind,
  { readonly of: TableKind["columns"]; readonly map: ReadonlyMap<string, Coordinates | undefined> }
>();
const NO_COLUMNS: ReadonlyMap<string, Coordinates | undefined> = /*#__PURE__*/ new Map();

/** A table kind's columns' coordinates by column key. */
function columnCoordsOf(kind: TableKind | undefined): ReadonlyMap<string, Coordinates | undefined> {
  if (kind === undefined) return NO_COLUMNS;
  let m = COLUMN_COORDS.get(kind);
  if (m === undefined || m.of !== kind.columns) {
    m = { of: kind.columns, map: new Map(kind.columns.map((c) => [c.key, c.coords])) };
    COLUMN_COORDS.set(kind, m);
  }
  return m.map;
}

/** Whether a printed row among `between` other than `k` itself reaches `k`. */
function reachedBetween(
  between: readonly number[],
  k: number,
  printedGens: ReadonlyMap<number, readonly number[]>,
): boolean {
  for (let i = 0; i < between.length; i++) {
    const p = between[i] as number;
    if (p !== k && printedGens.get(p)?.includes(k) === true) return true;
  }
  return false;
}
