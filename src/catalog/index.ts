export { defineCatalog } from "./define";
export { catalogChildren, catalogNamePath, coverageOf, lookupCode } from "./lookup";
export type {
  EconomicMapping,
  EconomicMappingData,
  MappingRule,
  UnitKind,
} from "./mapping";
export {
  defineEconomicMapping,
  mappingAllows,
  mappingRules,
  mappingTargets,
} from "./mapping";
export type { FindByNameOptions, NameCheck, NameMatch } from "./names";
export { checkName, findByName, nameVariantValidIn } from "./names";
export type { CatalogProblem } from "./problems";
export { formatCatalogProblem } from "./problems";
export type { CatalogSet, CatalogSetParts } from "./set";
export { defineCatalogSet } from "./set";
export type {
  Basis,
  Catalog,
  CatalogData,
  CatalogEntry,
  CatalogEntryInput,
  Coverage,
  NameVariant,
} from "./types";
