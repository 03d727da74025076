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
export { henan2024Profile, nationalProfile, RULES, shanghaiProfile } from "./profiles";
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
  Rule,
  RuleContext,
  RuleOutcome,
  RuleResult,
  Severity,
} from "./types";
