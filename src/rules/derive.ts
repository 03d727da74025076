// Derivation: the derived-fact model (derived.ts), a table's reading gaps (reading-gaps.ts),
// roll-ups of rows (rollup.ts) and decompositions (decompose.ts), one file each; importers read
// them through this barrel.

export { decomposeTable } from "./decompose";
export {
  type AnyFact,
  type DerivedFact,
  isDerived,
  isIncomplete,
  sourcesOf,
} from "./derived";
export { readingGaps } from "./reading-gaps";
export { rollUpTable } from "./rollup";
