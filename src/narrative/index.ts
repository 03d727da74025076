/**
 * yusuan/narrative: the narrative (情况说明) read against the tables. `extractClaims` places every
 * numeric statement of a text on the facts the tables state; `NARRATIVE_RULES` (or
 * `withNarrative(profile)`) check them in `checkDisclosure`; `renderNarrative` writes the text
 * from a disclosure.
 *
 * @module yusuan/narrative
 */
export { extractClaims } from "./extract";
export { henan2024Narrative } from "./henan2024";
export {
  type NarrativeFigures,
  type NarrativeInputs,
  type NarrativeTemplate,
  renderNarrative,
} from "./render";
export {
  HYGIENE,
  type Hygiene,
  hygieneRule,
  NARRATIVE_RULES,
  type NarrativeOptions,
  narrativeRules,
  PLAUSIBILITY,
  type Plausibility,
  type PlausibilityOperand,
  type PriorYear,
  plausibilityRule,
  withNarrative,
} from "./rules";
export type {
  AmountClaim,
  ChangeClaim,
  Claim,
  ClaimSubject,
  CountClaim,
  ExtractOptions,
  NarrativeReading,
  PercentClaim,
  PrintedPath,
  Remark,
  Span,
  Unplaced,
} from "./types";
