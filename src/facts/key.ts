import type { Concept, Coordinates, Nature } from "./types";

/**
 * Which 部门预算经济分类 类 make up 人员经费 and 公用经费 inside 基本支出 (DOMAIN §2: 人员经费 = 301 + 303;
 * 公用经费 = 302 + 310). Used to canonicalise coordinates: 基本支出 on 30101 *is* 人员经费 on 30101.
 *
 * @example
 * ```ts
 * import { BASIC_NATURE_BY_ECON_CLASS } from "yusuan";
 * BASIC_NATURE_BY_ECON_CLASS["303"]; // "basic.personnel"
 * ```
 */
export const BASIC_NATURE_BY_ECON_CLASS: Readonly<Record<string, Nature>> = {
  "301": "basic.personnel",
  "303": "basic.personnel",
  "302": "basic.public",
  "310": "basic.public",
};

/**
 * Canonical coordinates: equal facts get equal coordinates. Today one rule: `basic` spending on an
 * economic code of 301/303 is `basic.personnel`, on 302/310 it is `basic.public`.
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
