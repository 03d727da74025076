/**
 * The consistency checker (`yusuan/check`): `checkDisclosure` lowers a disclosure to facts,
 * derives roll-ups and decompositions, runs a profile's rules and reports every outcome, the
 * findings and the coverage. Built-in rules and profiles (`profileFor` picks one for a template),
 * messages in Chinese and English.
 *
 * @module yusuan/check
 */
export {
  type TargetsClaim,
  type TargetsClaimReader,
  targetsNarrativeRule,
} from "./builtin/targets-narrative";
export { checkDisclosure } from "./check";
export {
  type Coverage,
  type CoverageGap,
  coverageOf,
  formatCoverage,
  type TableCoverage,
  type TextCoverage,
  type TextGap,
} from "./coverage";
export type { AnyFact, DerivedFact } from "./derive";
export { decomposeTable, isDerived, rollUpTable } from "./derive";
export { DOCUMENT_RULES, withDocument } from "./document";
export { type MessageLabels, messageLabels } from "./labels";
export {
  henan2024Profile,
  nationalProfile,
  profileFor,
  RULES,
  shanghaiProfile,
} from "./profiles";
export { renderFinding } from "./render";
export type {
  CheckOptions,
  CheckReport,
  Comparisons,
  Definitions,
  Evidence,
  Finding,
  Mismatch,
  Outcome,
  Profile,
  RepeatedTable,
  Rule,
  RuleContext,
  RuleOutcome,
  RuleResult,
  Severity,
} from "./types";
