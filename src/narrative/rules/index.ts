import type { Profile, Rule } from "../../rules/types";
import { narrativeAmount } from "./amount";
import { narrativeChangeRule } from "./change";
import { narrativeConsistentRule } from "./consistent";
import { HYGIENE, hygieneRule } from "./hygiene";
import { narrativeItemsRule } from "./items";
import { narrativePercentRule } from "./percent";
import { PLAUSIBILITY, plausibilityRule } from "./plausibility";
import { priorYearRule } from "./prior";
import { type PriorYear, priorLookup } from "./prior-facts";
import { changeReasonRule } from "./reasons";
import { narrativeTargetsRule } from "./targets";
import { narrativePathRule, narrativeReasonRule, narrativeResidueRule } from "./wording";
import { narrativeYearRule } from "./year";

export { HYGIENE, type Hygiene, hygieneRule } from "./hygiene";
export {
  PLAUSIBILITY,
  type Plausibility,
  type PlausibilityOperand,
  plausibilityRule,
} from "./plausibility";
export type { PriorYear } from "./prior-facts";

/**
 * The rules that read the narrative (情况说明) against the tables, in report order: amounts
 * (`narrative.amount`), percentages (`narrative.percent`, I15), changes (`narrative.change`),
 * 科目 paths (`narrative.path`), empty reasons (`narrative.reason`), template residue
 * (`narrative.residue`), the count and money of projects with performance targets
 * (`targets.narrative`), and the plausibility checks of {@link PLAUSIBILITY}.
 *
 * @example
 * ```ts
 * import { NARRATIVE_RULES } from "yusuan/narrative";
 * NARRATIVE_RULES.map((r) => r.id).includes("narrative.amount"); // true
 * ```
 */
export const NARRATIVE_RULES: readonly Rule[] = /*#__PURE__*/ narrativeRules();

/**
 * Options of the narrative rules: `prior`, last year's disclosure (budget or 决算), against which
 * the 上年 figures this year's narrative cites are checked (`narrative.priorYear`) and a figure
 * copied from it is told (`narrative.amount`, `narrative.year`); `reasonThreshold`, the
 * percentage of last year's figure from which a change must give its reason
 * (`narrative.changeReason`, default `"10"`).
 *
 * @example
 * ```ts
 * import type { NarrativeOptions } from "yusuan/narrative";
 * const strict: NarrativeOptions = { reasonThreshold: "5" };
 * ```
 */
export interface NarrativeOptions {
  readonly prior?: PriorYear;
  readonly reasonThreshold?: string;
}

/**
 * The narrative rules ({@link NARRATIVE_RULES}) built with options.
 *
 * @example
 * ```ts
 * import { narrativeRules } from "yusuan/narrative";
 * narrativeRules({ reasonThreshold: "5" }).some((r) => r.id === "narrative.changeReason"); // true
 * ```
 */
export function narrativeRules(options: NarrativeOptions = {}): readonly Rule[] {
  const prior = options.prior === undefined ? undefined : priorLookup(options.prior);
  return [
    narrativeAmount(prior),
    narrativePercentRule,
    narrativeChangeRule,
    narrativeConsistentRule,
    narrativeItemsRule,
    narrativePathRule,
    narrativeReasonRule,
    changeReasonRule(options.reasonThreshold),
    narrativeResidueRule,
    narrativeYearRule(prior),
    priorYearRule(prior),
    narrativeTargetsRule,
    ...PLAUSIBILITY.map(plausibilityRule),
    ...HYGIENE.map(hygieneRule),
  ];
}

/**
 * A profile that also runs the narrative rules ({@link NARRATIVE_RULES}) after its own. Pass its
 * rules to `renderFinding` too.
 *
 * @example
 * ```ts
 * import { checkDisclosure, henan2024Profile } from "yusuan/check";
 * import { withNarrative } from "yusuan/narrative";
 * const profile = withNarrative(henan2024Profile);
 * profile.rules.some((r) => r.id === "narrative.percent"); // true
 * ```
 */
export function withNarrative(profile: Profile, options?: NarrativeOptions): Profile {
  const rules = options === undefined ? NARRATIVE_RULES : narrativeRules(options);
  return { ...profile, rules: [...profile.rules, ...rules] };
}
