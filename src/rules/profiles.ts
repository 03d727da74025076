import { DECOMPOSITIONS, REVENUE_BY_FUNCTION } from "../facts";
import {
  ofWhichRule,
  operatingCostRule,
  projectSplitRule,
  sanGongBoundRule,
} from "./builtin/bounds";
import { codeKnownRule, codeNameRule, econMappingRule, nameConsistentRule } from "./builtin/codes";
import {
  blankRule,
  cellProblemsRule,
  duplicateRowRule,
  emptyNoteRule,
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
import { templateMatchRule } from "./builtin/usage";
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

const sanGongCodes: Definitions["sanGongCodes"] = {
  abroad: ["30212"],
  "vehicles.purchase": ["31013", "30913"],
  "vehicles.operation": ["30231"],
  reception: ["30217"],
};

/**
 * The national profile (财预〔2016〕143号): 机关运行经费 is at most basic 一般公共预算 公用经费.
 *
 * @example
 * ```ts
 * import { nationalProfile } from "yusuan/check";
 * nationalProfile.definitions.operatingCost.relation; // "atMost"
 * ```
 */
export const nationalProfile: Profile = {
  id: "national",
  rules: RULES,
  definitions: {
    operatingCost: {
      relation: "atMost",
      of: [{ concept: "spending", coords: { nature: "basic.public", fund: "gpb" } }],
      appliesTo: ["行政", "参公"],
    },
    sanGongCodes,
    decompositions: DECOMPOSITIONS,
  },
};

/**
 * The Henan 2024 profile: 机构运转经费 equals all 302 款 of basic spending (the fixture's table 11:
 * 49.68 = 公用经费 51.68 − 31002 2.00).
 *
 * @example
 * ```ts
 * import { henan2024Profile } from "yusuan/check";
 * henan2024Profile.definitions.operatingCost.relation; // "equals"
 * ```
 */
export const henan2024Profile: Profile = {
  id: "henan2024",
  rules: RULES,
  definitions: {
    operatingCost: {
      relation: "equals",
      of: [
        { concept: "spending", coords: { nature: "basic.public", econ: "302" } },
        { concept: "spending", coords: { nature: "basic.public", econ: "302", fund: "gpb" } },
      ],
    },
    sanGongCodes,
    decompositions: DECOMPOSITIONS,
  },
};

/**
 * The Shanghai profile: 机关运行经费 equals basic 一般公共预算 公用经费 (the municipal finance bureau:
 * 2,517.78万元 = 25,177,779元); the 收入预算总表 is by function and Shanghai budgets no carry-over,
 * so this year's revenue equals this year's spending code by code ({@link REVENUE_BY_FUNCTION}).
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
  definitions: {
    operatingCost: {
      relation: "equals",
      of: [{ concept: "spending", coords: { nature: "basic.public", fund: "gpb" } }],
      appliesTo: ["行政", "参公"],
    },
    sanGongCodes,
    decompositions: /*#__PURE__*/ DECOMPOSITIONS.concat(REVENUE_BY_FUNCTION),
  },
};
