import { DECOMPOSITIONS, type Decomposition, REVENUE_BY_FUNCTION } from "../facts";
import {
  henan2024Measures,
  type MeasureSet,
  nationalMeasures,
  shanghaiMeasures,
} from "../measures";
import type { Template } from "../templates";
import { operatingCostRule, sanGongBoundRule } from "./builtin/aggregates";
import { ofWhichRule, projectSplitRule } from "./builtin/bounds";
import { codeKnownRule, codeNameRule, econMappingRule, nameConsistentRule } from "./builtin/codes";
import { emptyNoteRule } from "./builtin/empty-note";
import {
  blankRule,
  cellProblemsRule,
  duplicateRowRule,
  misprintRule,
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
import { blankZeroRule, tableNoteRule } from "./builtin/notes";
import {
  targetsBudgetRule,
  targetsCoverageRule,
  targetsMoneyRule,
  targetsSumRule,
} from "./builtin/targets";
import { targetsFormMoneyRule, targetsIndicatorsRule } from "./builtin/targets-indicators";
import { repeatedTableRule, templateMatchRule } from "./builtin/usage";
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
  templateMatchRule,
  repeatedTableRule,
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
  tableNoteRule,
  cellProblemsRule,
  misprintRule,
  projectCodeRule,
  targetsMoneyRule,
  targetsSumRule,
  targetsCoverageRule,
  targetsBudgetRule,
  targetsIndicatorsRule,
  targetsFormMoneyRule,
  blankRule,
  blankZeroRule,
];

/** A measure set with decompositions, the built-in ones by default (a call, so bundlers can drop an unused profile). */
function definitions(
  measures: MeasureSet,
  decompositions: readonly Decomposition[] = DECOMPOSITIONS,
): Definitions {
  return { ...measures, decompositions };
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
 * (`shanghaiMeasures`); the 收入预算总表 is by function and Shanghai budgets no carry-over, so
 * this year's revenue equals this year's spending code by code ({@link REVENUE_BY_FUNCTION}).
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
  definitions: /*#__PURE__*/ definitions(
    shanghaiMeasures,
    /*#__PURE__*/ DECOMPOSITIONS.concat(REVENUE_BY_FUNCTION),
  ),
};

/**
 * The built-in profile for a template: the one its `profile` field names (`henan2024`,
 * `shanghai`, `national`, or the id of one of `more`, looked up first: `finalProfile` from
 * `yusuan/final`, which this layer cannot import; a copy of a built-in template keeps it), else the
 * national profile, whose rules hold under every template. With `templateById` it resolves a
 * disclosure's `meta.template`.
 *
 * @param template - the template the disclosure follows
 * @param more - further profiles to choose from, e.g. `[finalProfile]`
 *
 * @example
 * ```ts
 * import { checkDisclosure, profileFor } from "yusuan/check";
 * import { henan2024, templateById } from "yusuan/templates";
 * profileFor(henan2024).id; // "henan2024"
 * profileFor({ ...henan2024, id: "myCounty" }).id; // "henan2024"
 * profileFor({ id: "other", name: { "zh-CN": "其他", en: "other" }, tables: [] }).id; // "national"
 * import { final2024, finalProfile } from "yusuan/final";
 * profileFor(final2024, [finalProfile]).id; // "final"
 * const template = templateById("shanghai");
 * if (template) checkDisclosure(
 *   { meta: { year: 2025, documentKind: "单位", template: "shanghai", department: { name: "某单位" }, units: [] },
 *     tables: [], texts: [] },
 *   { template, profile: profileFor(template) },
 * ).findings.length; // 0
 * ```
 */
export function profileFor(template: Template, more: readonly Profile[] = []): Profile {
  const id = template.profile;
  return [...more, henan2024Profile, shanghaiProfile].find((p) => p.id === id) ?? nationalProfile;
}
