import { BASIC_NATURE_BY_ECON_CLASS } from "./key";
import type { Concept, Coordinates } from "./types";

/** One level of the trie: a dimension's value (or its absence) to the next level, or to an id. */
type Level = Map<string | undefined, Level | number>;

/**
 * Small integer ids for fact identities: two facts get the same id exactly when
 * {@link factKey} gives them the same key (concept plus canonical coordinates), but no string is
 * built: the id is found by walking one map per dimension with the values the facts already
 * hold. Used by the checker's hot loops. Ids are only comparable within one interner. @internal
 */
export class FactIds {
  readonly #root: Level = new Map();
  #next = 0;
  /** Scratch slots, DIMENSIONS order, reused by every call (no array per fact). */
  readonly #values: (string | undefined)[] = new Array(10).fill(undefined);

  /** The id of a concept and coordinates (given as a getter by dimension index). */
  #walk(
    concept: Concept,
    values: readonly (string | undefined)[],
    create: boolean,
  ): number | undefined {
    let top = this.#root.get(concept);
    if (top === undefined || typeof top === "number") {
      if (!create) return undefined;
      top = new Map();
      this.#root.set(concept, top);
    }
    let level: Level = top;
    // nature (index 5) is canonical: `basic` on a 301/303 or 302/310 economic code is personnel
    // or public spending.
    const econ = values[1];
    const rawNature = values[5];
    const nature =
      rawNature === "basic" && econ !== undefined
        ? (BASIC_NATURE_BY_ECON_CLASS[econ.slice(0, 3)] ?? "basic")
        : rawNature;
    for (let i = 0; i < 10; i++) {
      const v = i === 5 ? nature : values[i];
      const next: Level | number | undefined = level.get(v);
      if (i === 9) {
        if (typeof next === "number") return next;
        if (!create) return undefined;
        const id = this.#next++;
        level.set(v, id);
        return id;
      }
      if (next === undefined || typeof next === "number") {
        if (!create) return undefined;
        const fresh: Level = new Map();
        level.set(v, fresh);
        level = fresh;
      } else level = next;
    }
    return undefined;
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
    const v = this.#values;
    v[0] = c.functional;
    v[1] = c.econ;
    v[2] = c.gov;
    v[3] = c.org;
    v[4] = c.fund;
    v[5] = c.nature;
    v[6] = c.project;
    v[7] = c.item;
    v[8] = c.category;
    v[9] = c.period;
    return v;
  }
}
