import { DECOMPOSITIONS } from "../facts";
import {
  henan2024Measures,
  type MeasureSet,
  nationalMeasures,
  shanghaiMeasures,
} from "../measures";
import { operatingCostRule, sanGongBoundRule } from "./builtin/aggregates";
import { ofWhichRule, projectSplitRule } from "./builtin/bounds";
import { codeKnownRule, codeNameRule, econMappingRule, nameConsistentRule } from "./builtin/codes";
import {
  blankRule,
  cellProblemsRule,
  duplicateRowRule,
  emptyNoteRule,
  negativeRule,
  projectCodeRule,
} from "./builtin/hygiene";
import {
  balanceRule,
  fundsRule,
  natureRule,
  rollupRule,
  sameFactRule,
  sanGongSumRule,
  totalsRule,
  truncatedRule,
} from "./builtin/identities";
import { narrativePercentRule } from "./builtin/narrative";
import type { Definitions, Profile, Rule } from "./types";

/**
 * Every built-in rule, in report order.
 *
 * @example
 * ```ts
 * import { RULES } from "yusuan/check";
 * RULES.map((r) => r.id).includes("sanGong.bound"); // true
 * ```
 */
export const RULES: readonly Rule[] = [
  balanceRule,
  totalsRule,
  rollupRule,
  natureRule,
  fundsRule,
  sameFactRule,
  projectSplitRule,
  sanGongSumRule,
  sanGongBoundRule,
  operatingCostRule,
  ofWhichRule,
  truncatedRule,
  codeKnownRule,
  codeNameRule,
  nameConsistentRule,
  econMappingRule,
  duplicateRowRule,
  negativeRule,
  emptyNoteRule,
  cellProblemsRule,
  projectCodeRule,
  narrativePercentRule,
  blankRule,
];

/** A measure set with the built-in decompositions (a call, so bundlers can drop an unused profile). */
function definitions(measures: MeasureSet): Definitions {
  return { ...measures, decompositions: DECOMPOSITIONS };
}

/**
 * The national profile (财预〔2016〕143号): 机关运行经费 is at most basic 一般公共预算 公用经费 of the
 * 行政 and 参公 units; 三公 of the 一般公共预算 (`nationalMeasures`).
 *
 * @example
 * ```ts
 * import { nationalProfile } from "yusuan/check";
 * nationalProfile.definitions.operatingCost.id; // "operatingCost.national"
 * ```
 */
export const nationalProfile: Profile = {
  id: "national",
  rules: RULES,
  definitions: /*#__PURE__*/ definitions(nationalMeasures),
};

/**
 * The Henan 2024 profile: 机构运转经费 equals all 302 款 of basic spending (the fixture's table 11:
 * 49.68 = 公用经费 51.68 − 31002 2.00); 三公 of 一般公共预算 财政拨款 (`henan2024Measures`).
 *
 * @example
 * ```ts
 * import { henan2024Profile } from "yusuan/check";
 * henan2024Profile.definitions.operatingCost.id; // "operatingCost.henan2024"
 * ```
 */
export const henan2024Profile: Profile = {
  id: "henan2024",
  rules: RULES,
  definitions: /*#__PURE__*/ definitions(henan2024Measures),
};

/**
 * The Shanghai profile: 机关运行经费 equals basic 一般公共预算 公用经费 of the 行政 and 参公 units
 * (the municipal finance bureau: 2,517.78万元 = 25,177,779元); 三公 of 市级财政拨款
 * (`shanghaiMeasures`).
 *
 * @example
 * ```ts
 * import { shanghaiProfile } from "yusuan/check";
 * shanghaiProfile.id; // "shanghai"
 * ```
 */
export const shanghaiProfile: Profile = {
  id: "shanghai",
  rules: RULES,
  definitions: /*#__PURE__*/ definitions(shanghaiMeasures),
};
