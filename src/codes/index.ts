export type { Code, CodeError } from "./code";
export {
  code,
  codeLevelOf,
  parseCode,
  parseDepartmentalCode,
  parseFunctionalCode,
  parseGovernmentCode,
} from "./code";
export { formatCode, joinCodeSegments } from "./format";
export { codeAncestors, codeParent, compareCodes, isAncestorCode } from "./hierarchy";
export { formatCodeError } from "./messages";
export { namesMatch, normalizeLabel, normalizeName } from "./names";
export { formatChineseOrdinal, functionalClassOrdinal, parseChineseOrdinal } from "./ordinal";
export { type ReadCode, readCode } from "./repair";
export type { CodeLevel, CodeSystem } from "./types";
