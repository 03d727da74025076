// Derivation: the derived-fact model (derived.ts), roll-ups of rows (rollup.ts) and
// decompositions (decompose.ts), one file each; importers read them through this barrel.

export { decomposeTable } from "./decompose";
export {
  type AnyFact,
  type DerivedFact,
  isDerived,
  isIncomplete,
  readingGaps,
  sourcesOf,
} from "./derived";
export { rollUpTable } from "./rollup";
