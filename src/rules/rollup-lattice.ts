import { type Coordinates, DIMENSIONS, type Nature } from "../facts";
import type { FactIds } from "../facts/intern";
import { NATURE_PARENT } from "../facts/natures";

/**
 * DIMENSIONS index of each dimension name, made on first use (a module-level call would keep
 * the facts' data in every bundle that imports this module's chunk).
 */
let dimensionIndex: Readonly<Record<string, number | undefined>> | undefined;
const indexOfDimension = (d: string): number | undefined => {
  dimensionIndex ??= Object.fromEntries(DIMENSIONS.map((x, i) => [x, i]));
  return dimensionIndex[d];
};

/** DIMENSIONS indexes of the 部门 and 政府 economic codes. */
const ECON = 1;
const GOV = 2;

/**
 * The generalisations of one row at a time (a roll-up reads every row's): each dimension of the
 * row takes its own value or a coarser one (a code's ancestors, a nature's parents, or none), a
 * government code only with its own 部门 code; a dimension left out falls back to the table's
 * fixed value. The combinations are numbered in order, the row's last dimension varying fastest.
 * One lattice serves a whole table: its lists are scratch, refilled by {@link RowLattice.set}, so
 * a row costs no lists of its own, and a code's ancestors are the strings an earlier row made
 * when it shares them (the rows of a table come 类 before 款 before 项).
 * @internal
 */
export class RowLattice {
  /** How many dimensions the row has. */
  #dims = 0;
  /** The DIMENSIONS index of each of the row's dimensions (-1 for a name that is none). */
  readonly #at: number[] = [];
  /** Each dimension's options: its own value first, then coarser ones. */
  readonly #options: (string | undefined)[][] = [];
  readonly #count: number[] = [];
  /** The option each dimension takes in the current combination. */
  readonly #digit: number[] = [];
  #econAt = -1;
  /** The row's dimensions as a set, the same for the same names in any order. */
  shape: number | string = 0;
  /** How many combinations the row has. */
  combos = 1;
  /** Code prefixes made so far, by code dimension and length. */
  readonly #prefixes: (string | undefined)[][] = [[], [], []];
  readonly #fixed: readonly (string | undefined)[];
  /** The merged values each combination number last had (10 a combination), and its identity. */
  readonly #memoValues: (string | undefined)[] = [];
  readonly #memoKey: number[] = [];
  /** The row's units' parents (a unit's own row only), else `undefined`. */
  #units: ReadonlyMap<string, string> | undefined;

  constructor(fixed: readonly (string | undefined)[]) {
    this.#fixed = fixed;
  }

  /**
   * Takes a row's coordinates (each a defined value); `units`, for a unit's own row, the printed
   * unit each unit's code extends (see `unitParents`): its coarser units before the total.
   */
  set(row: Coordinates, units?: ReadonlyMap<string, string>): void {
    this.#units = units;
    let dims = 0;
    let shape: number | string = 0;
    let combos = 1;
    this.#econAt = -1;
    const hasEcon = row.econ !== undefined;
    for (const d in row) {
      const own = row[d as keyof Coordinates] as string;
      const j = indexOfDimension(d);
      this.#at[dims] = j ?? -1;
      if (typeof shape === "number")
        shape = j === undefined ? Object.keys(row).sort().join(",") : shape | (1 << j);
      if (j === ECON) this.#econAt = dims;
      let o = this.#options[dims];
      if (o === undefined) {
        o = [];
        this.#options[dims] = o;
      }
      const count = j === GOV && hasEcon ? this.#own(o, own) : this.#fill(o, j, d, own);
      this.#count[dims] = count;
      this.#digit[dims] = 0;
      combos *= count;
      dims++;
    }
    this.#dims = dims;
    this.shape = shape;
    this.combos = combos;
  }

  #own(o: (string | undefined)[], own: string): number {
    o[0] = own;
    return 1;
  }

  /** A dimension's own value followed by its coarser ones, into `o`; how many. */
  #fill(o: (string | undefined)[], j: number | undefined, d: string, value: string): number {
    o[0] = value;
    switch (d) {
      case "functional":
      case "econ":
      case "gov": {
        const coarser = value.length >= 5 ? (value.length - 3) >> 1 : 0;
        const made = this.#prefixes[j as number] as (string | undefined)[];
        for (let i = 1; i <= coarser; i++) {
          const length = value.length - 2 * i;
          let p = made[length];
          if (p === undefined || !value.startsWith(p)) {
            p = value.slice(0, length);
            made[length] = p;
          }
          o[i] = p;
        }
        o[coarser + 1] = undefined;
        return coarser + 2;
      }
      case "nature": {
        let i = 1;
        for (let n = NATURE_PARENT[value as Nature]; n !== undefined; n = NATURE_PARENT[n])
          o[i++] = n;
        o[i] = undefined;
        return i + 1;
      }
      case "org": {
        // A unit's row under the units its code extends (`116002001` under `116002`), if printed.
        let i = 1;
        for (let p = this.#units?.get(value); p !== undefined; p = this.#units?.get(p)) o[i++] = p;
        o[i] = undefined;
        return i + 1;
      }
      case "project":
      case "category":
        o[1] = undefined;
        return 2;
      default:
        return 1;
    }
  }

  /** The merged values of the current combination, into `out` (DIMENSIONS order). */
  values(out: (string | undefined)[]): (string | undefined)[] {
    const fixed = this.#fixed;
    for (let j = 0; j < 10; j++) out[j] = fixed[j];
    // A coarser 部门 code drops the government code (its options are its own value only).
    const econChanged = this.#econAt >= 0 && this.#digit[this.#econAt] !== 0;
    for (let i = 0; i < this.#dims; i++) {
      const j = this.#at[i] as number;
      if (j < 0 || (j === GOV && econChanged)) continue;
      const v = (this.#options[i] as (string | undefined)[])[this.#digit[i] as number];
      if (v !== undefined) out[j] = v;
    }
    return out;
  }

  /** Moves to the next combination; false after the last (back at the first). */
  next(): boolean {
    for (let i = this.#dims - 1; i >= 0; i--) {
      const d = (this.#digit[i] as number) + 1;
      if (d < (this.#count[i] as number)) {
        this.#digit[i] = d;
        return true;
      }
      this.#digit[i] = 0;
    }
    return false;
  }

  /** Moves to a combination by its number. */
  seek(combo: number): void {
    let rest = combo;
    for (let i = this.#dims - 1; i >= 0; i--) {
      const c = this.#count[i] as number;
      this.#digit[i] = rest % c;
      rest = Math.floor(rest / c);
    }
  }

  /**
   * Appends the row's distinct identities (ids of `ids`, from its merged values) to `keys` in
   * the order first met, the row's own first, and to `combos` the number of the last combination
   * of each. `values` is scratch. A combination whose merged values are those the same
   * combination had in the row before (a 项's 款, 类 and total are its sibling's) takes its
   * identity from then, without a walk of `ids`.
   */
  identities(ids: FactIds, values: (string | undefined)[], keys: number[], combos: number[]): void {
    const from = keys.length;
    const memo = this.#memoValues;
    const memoKey = this.#memoKey;
    for (let combo = 0; ; combo++) {
      this.values(values);
      const base = combo * 10;
      let key: number;
      let same = combo < memoKey.length;
      if (same)
        for (let j = 0; j < 10; j++)
          if (memo[base + j] !== values[j]) {
            same = false;
            break;
          }
      if (same) key = memoKey[combo] as number;
      else {
        key = ids.ofValues("spending", values, true) as number;
        for (let j = 0; j < 10; j++) memo[base + j] = values[j];
        memoKey[combo] = key;
      }
      let seen = -1;
      for (let k = from; k < keys.length; k++)
        if (keys[k] === key) {
          seen = k;
          break;
        }
      if (seen < 0) {
        keys.push(key);
        combos.push(combo);
      } else combos[seen] = combo;
      if (!this.next()) return;
    }
  }
}
