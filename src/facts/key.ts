import { BASIC_NATURE_BY_ECON_CLASS } from "./basic-classes";
import type { Concept, Coordinates } from "./types";

/**
 * Canonical coordinates: equal facts get equal coordinates. Today one rule: `basic` spending on an
 * economic code of 301/303 is `basic.personnel`, on 302/310 (or another 公用经费 类, see
 * {@link BASIC_NATURE_BY_ECON_CLASS}) it is `basic.public`.
 *
 * @example
 * ```ts
 * import { canonicalCoordinates } from "yusuan";
 * canonicalCoordinates({ nature: "basic", econ: "30217" }).nature; // "basic.public"
 * ```
 */
export function canonicalCoordinates(coords: Coordinates): Coordinates {
  if (coords.nature === "basic" && coords.econ !== undefined) {
    const nature = BASIC_NATURE_BY_ECON_CLASS[coords.econ.slice(0, 3)];
    if (nature !== undefined) return { ...coords, nature };
  }
  return coords;
}

/**
 * The identity of a fact: concept plus canonical coordinates, as a stable string. Two facts with
 * the same key state the same quantity and must agree wherever they were printed.
 *
 * @example
 * ```ts
 * import { factKey } from "yusuan";
 * factKey("spending", { fund: "gpb", functional: "201" }); // "spending|functional=201|fund=gpb"
 * ```
 */
export function factKey(concept: Concept, coords: Coordinates): string {
  // Same result as keying canonicalCoordinates(coords), without building the object (hot path).
  const nature =
    coords.nature === "basic" && coords.econ !== undefined
      ? (BASIC_NATURE_BY_ECON_CLASS[coords.econ.slice(0, 3)] ?? "basic")
      : coords.nature;
  // Each dimension read by name, in DIMENSIONS order (a loop over dynamic keys is several times
  // slower, and this runs for every fact a check sees).
  let key: string = concept;
  if (coords.functional !== undefined) key += `|functional=${coords.functional}`;
  if (coords.econ !== undefined) key += `|econ=${coords.econ}`;
  if (coords.gov !== undefined) key += `|gov=${coords.gov}`;
  if (coords.org !== undefined) key += `|org=${coords.org}`;
  if (coords.fund !== undefined) key += `|fund=${coords.fund}`;
  if (nature !== undefined) key += `|nature=${nature}`;
  if (coords.project !== undefined) key += `|project=${coords.project}`;
  if (coords.item !== undefined) key += `|item=${coords.item}`;
  if (coords.category !== undefined) key += `|category=${coords.category}`;
  if (coords.period !== undefined) key += `|period=${coords.period}`;
  return key;
}
