import { type Amount, addAmounts, compareAmounts } from "../amount";
import type { LoweredTable } from "../disclosure";
import { unitCloser } from "../disclosure/row-key";
import {
  BASIC_NATURE_BY_ECON_CLASS,
  type Coordinates,
  canonicalCoordinates,
  type Fact,
} from "../facts";
import { coordinatesOf, coordinateValues, FactIds } from "../facts/intern";
import { classedAgainst, misprintedCells } from "./classed-rows";
import { type AnyFact, type DerivedFact, sumOf } from "./derived";
import { readingGaps } from "./reading-gaps";
import { columnCoordsOf, ownColumnCoords } from "./rollup-columns";
import { blanksAboveMoney, partialAttributes } from "./rollup-gaps";
import { RowLattice } from "./rollup-lattice";
import { type Bucket, Sums } from "./rollup-sums";
import { oneUnitOf, strayRows, unitParents } from "./rollup-units";

/** The DIMENSIONS index of `org`. */
const ORG = 3;

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
  const out: DerivedFact[] = new Array(r.size);
  for (let i = 0; i < r.size; i++) out[i] = r.factOf(i);
  return out;
}

/**
 * A table's roll-ups before any is made a fact ({@link rollUpTable} makes them all; a check makes
 * only those that meet another statement of their identity, or that a rule looks up). A sum is a
 * coarser row's column and the printed facts it adds up (at least one), known by its number.
 * @internal
 */
export interface RollUps {
  /** How many sums: numbered 0 to size - 1, in the order {@link rollUpTable} gives their facts. */
  readonly size: number;
  /** The identity of a sum's fact among a check's ids (`values` is scratch, DIMENSIONS order). */
  idOf(sum: number, check: FactIds, values: (string | undefined)[]): number;
  /** A sum's derived fact (a new object per call). */
  factOf(sum: number): DerivedFact;
}

/**
 * {@link rollUpTable}'s sums, not yet made facts. `blankWholes` are printed blanks known not to be
 * zero (a 基本支出 left blank beside its 人员经费, found by the decompositions): a sum counting one
 * is incomplete, as one counting a blank 类 above its 款 is. @internal
 */
export function rollUps(lt: LoweredTable, blankWholes?: ReadonlySet<AnyFact>): RollUps {
  const fixed = coordinateValues(lt.kind?.fixed ?? {}, new Array(10));
  const incomplete = readingGaps(lt).rows;
  const ids = new FactIds();
  const scratch: (string | undefined)[] = new Array(10).fill(undefined);
  const lattice = new RowLattice(fixed);
  const rows = lt.rows;
  const n = rows.length;
  // Each row's distinct generalisations (ids of `ids`) are keys[start[i]] to keys[start[i + 1]]
  // (none for a row without coordinates), its own identity first; `combos` holds the number of
  // the last combination of each. Flat lists of numbers: no list per row.
  const start: number[] = new Array(n + 1);
  const shapes: (number | string)[] = new Array(n);
  const keys: number[] = [];
  const combos: number[] = [];
  // Units nested by their codes (三级单位): a unit's own row sums into its parent unit's.
  const parents = unitParents(rows);
  const unitsOf = (r: LoweredTable["rows"][number]) =>
    parents !== undefined && r.row.key.kind === "org" ? parents : undefined;
  // Rows of the department's own outside every unit's: its units' rows are not all of it.
  const stray = strayRows(rows);
  // The department's sums of its units' rows, or of those stray rows, beside the other: their
  // coarser row's id (its printed figure bounds what the stray rows can explain).
  const besideStray = new Map<Bucket, { readonly units: boolean; readonly k: number }>();
  for (let i = 0; i < n; i++) {
    const row = rows[i] as LoweredTable["rows"][number];
    const coords = row.coords;
    start[i] = keys.length;
    shapes[i] = 0;
    if (coords === undefined) continue;
    lattice.set(coords, unitsOf(row));
    shapes[i] = lattice.shape;
    lattice.identities(ids, scratch, keys, combos);
  }
  start[n] = keys.length;
  const lacking = blanksAboveMoney(rows, start, keys, ids.size);
  const misprinted = misprintedCells(lt);
  const partial = partialAttributes(lt, rows, shapes, start, keys, ids.size);
  // The printed rows of each identity (a printed row's own), linked: head by id, then `nextOf`.
  const head: number[] = new Array(ids.size).fill(-1);
  const nextOf: number[] = new Array(n).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    const s = start[i] as number;
    if (s === start[i + 1]) continue;
    const own = keys[s] as number;
    nextOf[i] = head[own] as number;
    head[own] = i;
  }
  /** Whether a printed row among row `i`'s generalisations, other than `k`, reaches `k`. */
  const reachedBetween = (i: number, k: number): boolean => {
    const end = start[i + 1] as number;
    for (let m = (start[i] as number) + 1; m < end; m++) {
      const p = keys[m] as number;
      if (p === k) continue;
      for (let q = head[p] as number; q >= 0; q = nextOf[q] as number) {
        const qEnd = start[q + 1] as number;
        for (let x = (start[q] as number) + 1; x < qEnd; x++) if (keys[x] === k) return true;
      }
    }
    return false;
  };
  // One bucket per coarser row and row shape (the row's key dimensions: a row whose attribute
  // cell is blank is the same partition as its siblings); within it, one sum per column in
  // first-seen order (the derived facts come out in the order rows, coarser rows and columns are
  // first met).
  const buckets = new Map<number | string, Map<number, Bucket>>();
  const sums = new Sums(rows);
  const closes = unitCloser();
  for (let i = 0; i < n; i++) {
    const r = rows[i] as LoweredTable["rows"][number];
    const s = start[i] as number;
    const end = start[i + 1] as number;
    const closing = closes(r.row.key);
    if (s === end || r.facts.length === 0) continue;
    // A unit's row printed again (its 小计 after its rows) states its figures once: compared
    // with the first, summed only where the first states none.
    const first = head[keys[s] as number] as number;
    if (closing && first !== i && (rows[first] as LoweredTable["rows"][number]).facts.length > 0)
      continue;
    const shape = shapes[i] as number | string;
    let byShape = buckets.get(shape);
    if (byShape === undefined) {
      byShape = new Map();
      buckets.set(shape, byShape);
    }
    let set = false;
    for (let m = s + 1; m < end; m++) {
      const k = keys[m] as number;
      // The printed rows between this one and a coarser row: the coarser one is theirs to reach.
      if (reachedBetween(i, k)) continue;
      let b = byShape.get(k);
      if (b === undefined) {
        if (!set) lattice.set(r.coords as Coordinates, unitsOf(r));
        set = true;
        lattice.seek(combos[m] as number);
        const values = lattice.values(new Array(10));
        // A parent unit's sum of the units nested in it may lack its own level's (本级) money,
        // printed in no row of its own: a lower bound of its figure.
        const org = values[ORG];
        const part = partial.of(shape, values) || (org !== undefined && org !== r.coords?.org);
        b = {
          values,
          coords: undefined,
          firstLink: -1,
          lastLink: -1,
          columns: [],
          sig: -1,
          partial: part,
        };
        byShape.set(k, b);
        // (the stray rows' sum into the department's total only, not a 类 of theirs)
        const units = r.row.key.kind === "org";
        if (
          stray !== undefined &&
          org === undefined &&
          !part &&
          (units || values.every((v, j) => v === fixed[j]))
        )
          besideStray.set(b, { units, k });
      }
      sums.add(b, i);
    }
  }
  /**
   * Whether the department's sum in `column` of its units' rows (`units`), or of its rows outside
   * every unit's, is only some of its figure: its units' rows where the stray rows print money in
   * the column and could fill the gap to the printed figure of row `k` (with a gap larger than
   * all their money, or no stray money in the column, the units' rows are all of it: summed
   * exactly); its stray rows where some unit's row prints a figure in the column (本级 beside
   * its units).
   */
  const someOfDepartment = (
    units: boolean,
    k: number,
    column: string,
    facts: readonly Fact[],
    value: Amount | null,
  ) => {
    if (stray === undefined) return false;
    if (!units) return stray.unitColumns.has(column);
    const money = stray.money.get(column);
    if (money === undefined) return false;
    const at = head[k] as number;
    const printed =
      at < 0 ? undefined : rows[at]?.facts.find((f) => f.source.column === column)?.value;
    if (printed === undefined || printed === null) return true;
    // (each part and the printed figure taken at the edge of its rounding: a gap rounding
    // explains is no gap)
    let most = value === null ? money : addAmounts(value, money);
    for (const f of facts) if (f.value !== null) most = addAmounts(most, oneUnitOf(f.value));
    return compareAmounts(addAmounts(most, oneUnitOf(printed)), printed) >= 0;
  };
  const columnCoords = ownColumnCoords(columnCoordsOf(lt.kind), lt.columnCoords);
  const unit = lt.table.unit;
  const table = lt.table.kind;
  // One `via` per column, shared by its facts (never changed).
  const vias = new Map<string, DerivedFact["via"]>();
  return {
    size: sums.column.length,
    idOf(i, check, values) {
      const from = (sums.bucket[i] as Bucket).values;
      for (let j = 0; j < 10; j++) values[j] = from[j];
      const extra = columnCoords.get(sums.column[i] as string);
      if (extra !== undefined)
        for (let x = 0; x < extra.at.length; x++) values[extra.at[x] as number] = extra.values[x];
      return check.ofValues((sums.first[i] as Fact).concept, values, true) as number;
    },
    factOf(i) {
      const b = sums.bucket[i] as Bucket;
      const column = sums.column[i] as string;
      const facts = sums.factsOf(i);
      const extra = columnCoords.get(column)?.coords;
      let via = vias.get(column);
      if (via === undefined) {
        via = { kind: "rollup", column };
        vias.set(column, via);
      }
      // Coordinates are read-only: the columns of one coarser row share its object.
      b.coords ??= coordinatesOf(b.values);
      const concept = (facts[0] as Fact).concept;
      const coords = extra === undefined ? b.coords : { ...b.coords, ...extra };
      // An all-blank sum is kept (value null = "no value"): comparing it confirms the blanks (a
      // blank or zero printed); against a printed figure it differs (its rows print nothing).
      const value = sumOf(facts, unit);
      const sources = facts.map((f) => f.source);
      // A row printed blank whose finer rows print its money (a merged cell lost), or a cell
      // printed blank beside its parts' figures in its row, adds nothing here, though it is not
      // zero: the sum may lack it.
      // A sum on an economic 科目 of a row the document classes under the other nature (its 合计
      // is that nature's: `classed-rows.ts`) is no sum of the 科目's canonical nature (its sum under
      // the nature the document classes it in is: 30299's 人员经费 into 302's); nor is one
      // counting a 科目 misprinted under the other nature (reported on its own row).
      const blank =
        (misprinted !== undefined && facts.some((f) => misprinted.has(f))) ||
        (lacking !== undefined && facts.some((f) => lacking.has(f))) ||
        (blankWholes !== undefined && facts.some((f) => blankWholes.has(f))) ||
        (coords.econ !== undefined &&
          canonicalCoordinates(coords).nature ===
            BASIC_NATURE_BY_ECON_CLASS[coords.econ.slice(0, 3)] &&
          facts.some(classedAgainst));
      const beside = besideStray.get(b);
      const some =
        beside !== undefined && someOfDepartment(beside.units, beside.k, column, facts, value);
      return incomplete || b.partial || blank || some
        ? { concept, coords, value, table, via, parts: facts, sources, incomplete: true }
        : { concept, coords, value, table, via, parts: facts, sources };
    },
  };
}
