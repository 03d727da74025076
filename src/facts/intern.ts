import { BASIC_NATURE_BY_ECON_CLASS } from "./basic-classes";
import type { Concept, Coordinates } from "./types";

/**
 * A node of the trie: the identity whose dimensions with a value are the ones on the path to it
 * (`id`, once given), and the next steps by dimension (DIMENSIONS index) and value. Only the
 * dimensions with a value are steps (most facts have two or three), so a walk is that many
 * lookups. A node's first step is held in the node itself (`dim`, `value`, `child`): most nodes
 * have one, and a map is made only for the steps after it. A step to an identity nothing extends
 * yet holds its id itself, not a node: a new identity usually costs no object at all (a check
 * interns tens of thousands of them).
 */
interface Node {
  id: number | undefined;
  /** The first step's dimension (-1: none yet), value and target. */
  dim: number;
  value: string | undefined;
  child: Node | number | undefined;
  next: (Steps | undefined)[] | undefined;
}

type Step = Node | number;

/**
 * A node's later steps of one dimension: a map by value while they are few; once they are
 * {@link WIDE} or more, slots by the value's number in the interner's one numbering of that
 * dimension (see {@link FactIds}).
 */
type Steps = Map<string, Step> | Wide;

/**
 * Steps by number: a 支出表 keyed by 功能分类 has a node per 支出性质 column holding every row's
 * code, the same codes under each. One map of each code's number, shared, and an array of slots
 * per node (8 bytes a step) instead of a map per node (≈ 46 bytes a step, and its growth): on
 * 10⁴ rows ≈ 5 MB kept and ≈ 11 MB allocated a check become ≈ 1.5 and ≈ 2, and the look-ups
 * of every node go to one map that stays in the cache.
 */
interface Wide {
  /** Steps set (the slots not `undefined`). */
  count: number;
  readonly slots: (Step | undefined)[];
}

/** Steps of one dimension a node holds in a map before they are slots (none in most checks). */
const WIDE = 128;

const newNode = (id: number | undefined): Node => ({
  id,
  dim: -1,
  value: undefined,
  child: undefined,
  next: undefined,
});

/**
 * The order of the trie's steps (DIMENSIONS indexes): dimensions with few values first (period,
 * 三公 item, category, fund, nature), the ones a table's rows are keyed by last (org, gov, econ,
 * project, functional), so a table's thousands of rows share a few nodes and each fact adds one
 * entry to a map of them rather than nodes of its own.
 */
const ORDER: readonly number[] = [9, 7, 8, 4, 5, 3, 2, 1, 6, 0];

/**
 * Small integer ids for fact identities: two facts get the same id exactly when
 * {@link factKey} gives them the same key (concept plus canonical coordinates), but no string is
 * built: the id is found by walking one step per dimension with a value, with the values the
 * facts already hold. Used by the checker's hot loops. Ids are given in the order identities are
 * first met and are only comparable within one interner. @internal
 */
export class FactIds {
  readonly #root = new Map<string, Node>();
  #next = 0;
  /** Scratch slots, DIMENSIONS order, reused by every call (no array per fact). */
  readonly #scratch: (string | undefined)[] = new Array(10).fill(undefined);
  /**
   * Each dimension's values by number, both ways, in the order first numbered: only the values
   * of nodes of many steps are numbered (made when first needed).
   */
  readonly #numbers: (Map<string, number> | undefined)[] = new Array(10).fill(undefined);
  readonly #values: (string[] | undefined)[] = new Array(10).fill(undefined);

  /** The id of a concept and coordinates (given as values in DIMENSIONS order). */
  #walk(
    concept: Concept,
    values: readonly (string | undefined)[],
    create: boolean,
  ): number | undefined {
    let node: Node | undefined = this.#root.get(concept);
    if (node === undefined) {
      if (!create) return undefined;
      node = newNode(undefined);
      this.#root.set(concept, node);
    }
    let last = 9;
    while (last >= 0 && values[ORDER[last] as number] === undefined) last--;
    for (let step = 0; step <= last; step++) {
      const i = ORDER[step] as number;
      let v = values[i];
      if (v === undefined) continue;
      // nature (index 5) is canonical: `basic` on a 301/303 or 302/310 (399 …) economic code is
      // personnel or public spending.
      if (i === 5 && v === "basic") {
        const econ = values[1];
        if (econ !== undefined) v = BASIC_NATURE_BY_ECON_CLASS[econ.slice(0, 3)] ?? "basic";
      }
      const inline: boolean = node.dim === i && node.value === v;
      const found: Step | undefined = inline ? node.child : this.#stepOf(node, i, v);
      if (step === last) {
        // The last step: its identity.
        if (found === undefined) {
          if (!create) return undefined;
          const id = this.#next++;
          this.#link(node, i, v, id);
          return id;
        }
        if (typeof found === "number") return found;
        if (found.id === undefined && create) found.id = this.#next++;
        return found.id;
      }
      if (typeof found === "object") {
        node = found;
        continue;
      }
      if (!create) return undefined;
      // An identity this one extends becomes a node (keeping its id), or a new node is made.
      const made = newNode(found);
      if (inline) node.child = made;
      else this.#link(node, i, v, made);
      node = made;
    }
    // No dimension has a value: the concept's own identity.
    if (node.id === undefined && create) node.id = this.#next++;
    return node.id;
  }

  /** A node's step of dimension `i` and value `v` after its first (none: `undefined`). */
  #stepOf(node: Node, i: number, v: string): Step | undefined {
    const steps = node.next?.[i];
    if (steps === undefined) return undefined;
    if (steps instanceof Map) return steps.get(v);
    const n = this.#numbers[i]?.get(v);
    return n === undefined ? undefined : steps.slots[n];
  }

  /** Sets a node's step (dimension `i`, value `v`): its first in the node, later ones in maps. */
  #link(node: Node, i: number, v: string, to: Step): void {
    if (node.dim === -1) {
      node.dim = i;
      node.value = v;
      node.child = to;
      return;
    }
    if (node.dim === i && node.value === v) {
      node.child = to;
      return;
    }
    // One slot per dimension, made at that size (a list set first at index i grows to i + 17).
    node.next ??= new Array(10);
    const steps = node.next[i];
    if (steps === undefined) node.next[i] = new Map([[v, to]]);
    else if (steps instanceof Map) {
      steps.set(v, to);
      // Tried once, at that size: a map refused (its values a few of many) stays a map.
      if (steps.size === WIDE) node.next[i] = this.#widen(i, steps);
    } else if (!this.#setSlot(steps, this.#number(i, v), to)) {
      // Most of the numbering is other nodes' values: a map again (slots stay at most about
      // twice the steps held, however many values the dimension has).
      const back = new Map<string, Step>();
      const values = this.#values[i] as string[];
      for (let n = 0; n < steps.slots.length; n++) {
        const s = steps.slots[n];
        if (s !== undefined) back.set(values[n] as string, s);
      }
      back.set(v, to);
      node.next[i] = back;
    }
  }

  /** The number of value `v` of dimension `i` in its numbering, made if new. */
  #number(i: number, v: string): number {
    let numbers = this.#numbers[i];
    if (numbers === undefined) {
      numbers = new Map();
      this.#numbers[i] = numbers;
      this.#values[i] = [];
    }
    let n = numbers.get(v);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(v, n);
      (this.#values[i] as string[]).push(v);
    }
    return n;
  }

  /** A map's steps as slots by number (a map again if they would be mostly empty). */
  #widen(i: number, steps: Map<string, Step>): Steps {
    const wide: Wide = { count: 0, slots: [] };
    for (const [v, to] of steps) if (!this.#setSlot(wide, this.#number(i, v), to)) return steps;
    return wide;
  }

  /**
   * Sets slot `n`, growing the slots to it one by one (written past the end, a list turns into a
   * slow dictionary); refused (false) where that would leave them less than half set.
   */
  #setSlot(wide: Wide, n: number, to: Step): boolean {
    const { slots } = wide;
    if (n >= slots.length && n + 1 > 2 * (wide.count + 1) + WIDE) return false;
    while (slots.length <= n) slots.push(undefined);
    if (slots[n] === undefined) wide.count++;
    slots[n] = to;
    return true;
  }

  /** How many maps of steps hold {@link WIDE} or more (for tests). @internal */
  get largeMaps(): number {
    let n = 0;
    this.#eachSteps((s) => {
      if (s instanceof Map && s.size >= WIDE) n++;
    });
    return n;
  }

  /** How many slots the nodes of many steps keep (for tests). @internal */
  get slotsKept(): number {
    let n = 0;
    this.#eachSteps((s) => {
      if (!(s instanceof Map)) n += s.slots.length;
    });
    return n;
  }

  #eachSteps(f: (s: Steps) => void): void {
    const visit = (node: Step | undefined): void => {
      if (node === undefined || typeof node === "number") return;
      visit(node.child);
      for (const s of node.next ?? []) {
        if (s === undefined) continue;
        f(s);
        for (const to of s instanceof Map ? s.values() : s.slots) visit(to);
      }
    };
    for (const n of this.#root.values()) visit(n);
  }

  /** How many ids were given (ids are 0 to size - 1). */
  get size(): number {
    return this.#next;
  }

  /** The id of a fact identity, made if new. */
  of(concept: Concept, c: Coordinates): number {
    return this.ofValues(concept, this.#fill(c), true) as number;
  }

  /** The id of a fact identity, or `undefined` if no fact with it was ever given an id. */
  find(concept: Concept, c: Coordinates): number | undefined {
    return this.ofValues(concept, this.#fill(c), false);
  }

  /** Like {@link FactIds.of} / {@link FactIds.find}, from values in DIMENSIONS order. */
  ofValues(
    concept: Concept,
    values: readonly (string | undefined)[],
    create: boolean,
  ): number | undefined {
    return this.#walk(concept, values, create);
  }

  #fill(c: Coordinates): (string | undefined)[] {
    return coordinateValues(c, this.#scratch);
  }
}

/**
 * A coordinates' values in DIMENSIONS order, into `out`. The keys the object has are walked
 * (coordinates come in many shapes, so reading each dimension by name costs a slow lookup per
 * dimension; most have two or three). @internal
 */
export function coordinateValues(
  c: Coordinates,
  out: (string | undefined)[],
): (string | undefined)[] {
  for (let i = 0; i < 10; i++) out[i] = undefined;
  return addCoordinateValues(c, out);
}

/**
 * {@link coordinateValues} over the values already in `out` (as `{ ...before, ...c }` merges
 * them: a key of `c` set to `undefined` clears its dimension). @internal
 */
export function addCoordinateValues(
  c: Coordinates,
  out: (string | undefined)[],
): (string | undefined)[] {
  for (const k in c) {
    const v = c[k as keyof Coordinates];
    switch (k) {
      case "functional":
        out[0] = v;
        break;
      case "econ":
        out[1] = v;
        break;
      case "gov":
        out[2] = v;
        break;
      case "org":
        out[3] = v;
        break;
      case "fund":
        out[4] = v;
        break;
      case "nature":
        out[5] = v;
        break;
      case "project":
        out[6] = v;
        break;
      case "item":
        out[7] = v;
        break;
      case "category":
        out[8] = v;
        break;
      case "period":
        out[9] = v;
        break;
    }
  }
  return out;
}

/**
 * Coordinates from values in DIMENSIONS order (the dimensions with a value, in that order), each
 * set by name: the inverse of {@link coordinateValues}. @internal
 */
export function coordinatesOf(v: readonly (string | undefined)[]): Coordinates {
  const out: { -readonly [D in keyof Coordinates]: Coordinates[D] } = {};
  if (v[0] !== undefined) out.functional = v[0];
  if (v[1] !== undefined) out.econ = v[1];
  if (v[2] !== undefined) out.gov = v[2];
  if (v[3] !== undefined) out.org = v[3];
  if (v[4] !== undefined) out.fund = v[4] as NonNullable<Coordinates["fund"]>;
  if (v[5] !== undefined) out.nature = v[5] as NonNullable<Coordinates["nature"]>;
  if (v[6] !== undefined) out.project = v[6];
  if (v[7] !== undefined) out.item = v[7] as NonNullable<Coordinates["item"]>;
  if (v[8] !== undefined) out.category = v[8];
  if (v[9] !== undefined) out.period = v[9] as NonNullable<Coordinates["period"]>;
  return out;
}

/** A dimension's index in DIMENSIONS order, -1 for a key that is none. */
function dimensionIndex(k: string): number {
  switch (k) {
    case "functional":
      return 0;
    case "econ":
      return 1;
    case "gov":
      return 2;
    case "org":
      return 3;
    case "fund":
      return 4;
    case "nature":
      return 5;
    case "project":
      return 6;
    case "item":
      return 7;
    case "category":
      return 8;
    case "period":
      return 9;
    default:
      return -1;
  }
}

/**
 * Whether `c` is what {@link coordinatesOf} makes of `v`: the same values under the same keys in
 * the same order, so it may stand for it (it prints, compares and copies alike). @internal
 */
export function isCoordinatesOf(c: Coordinates, v: readonly (string | undefined)[]): boolean {
  let last = -1;
  let keys = 0;
  for (const k in c) {
    const i = dimensionIndex(k);
    const value = c[k as keyof Coordinates];
    if (i <= last || value === undefined || value !== v[i]) return false;
    last = i;
    keys++;
  }
  for (let i = 0; i < 10; i++) if (v[i] !== undefined) keys--;
  return keys === 0;
}
