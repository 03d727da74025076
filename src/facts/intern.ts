import { BASIC_NATURE_BY_ECON_CLASS } from "./key";
import type { Concept, Coordinates } from "./types";

/**
 * One level of the trie: where the dimension has no value (most dimensions of most facts) the
 * next level is a field, read without a lookup; a value leads through a map made on first use.
 */
interface Level {
  none: Level | number | undefined;
  by: Map<string, Level | number> | undefined;
}

const level = (): Level => ({ none: undefined, by: undefined });

/**
 * Small integer ids for fact identities: two facts get the same id exactly when
 * {@link factKey} gives them the same key (concept plus canonical coordinates), but no string is
 * built: the id is found by walking one level per dimension with the values the facts already
 * hold. Used by the checker's hot loops. Ids are only comparable within one interner. @internal
 */
export class FactIds {
  readonly #root = new Map<string, Level>();
  #next = 0;
  /** Scratch slots, DIMENSIONS order, reused by every call (no array per fact). */
  readonly #values: (string | undefined)[] = new Array(10).fill(undefined);

  /** The id of a concept and coordinates (given as values in DIMENSIONS order). */
  #walk(
    concept: Concept,
    values: readonly (string | undefined)[],
    create: boolean,
  ): number | undefined {
    let node = this.#root.get(concept);
    if (node === undefined) {
      if (!create) return undefined;
      node = level();
      this.#root.set(concept, node);
    }
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
      const next: Level | number | undefined =
        v === undefined ? node.none : node.by === undefined ? undefined : node.by.get(v);
      if (next !== undefined && (i === 9) === (typeof next === "number")) {
        if (typeof next === "number") return next;
        node = next;
        continue;
      }
      if (!create) return undefined;
      const made: Level | number = i === 9 ? this.#next++ : level();
      if (v === undefined) node.none = made;
      else {
        node.by ??= new Map();
        node.by.set(v, made);
      }
      if (typeof made === "number") return made;
      node = made;
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
