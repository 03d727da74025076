export { BASIC_NATURE_BY_ECON_CLASS } from "./basic-classes";
export type { CoordinatePattern, Decomposition } from "./decompositions";
export { DECOMPOSITIONS, REVENUE_BY_FUNCTION } from "./decompositions";
export { canonicalCoordinates, factKey } from "./key";
export type {
  Concept,
  Coordinates,
  Dimension,
  Fact,
  Fund,
  Nature,
  Period,
  SanGongItem,
  SourceCell,
} from "./types";
export { CONCEPTS, DIMENSIONS, FUNDS, NATURES, SAN_GONG_ITEMS } from "./types";
