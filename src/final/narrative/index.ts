import type { Rule } from "../../rules/types";
import { finalAmountRule, finalRateRule } from "./rules";
import { finalCountsRule } from "./rules-counts";
import { finalItemsRule } from "./rules-items";
import { finalBasicItemsRule } from "./rules-lists";
import {
  finalChangeRule,
  finalOperatingCostRule,
  finalProcurementRule,
  finalShareRule,
} from "./rules-more";
import { finalNamesRule } from "./rules-names";
import { finalWordingRule } from "./rules-wording";

export type { PrintedList } from "./lists";
export { readFinalNarrative } from "./read";
export type {
  BudgetChange,
  BudgetItem,
  CompletionRate,
  FinalNarrative,
  PrintedChange,
  PrintedParts,
  ProcurementTotal,
} from "./types";

/**
 * The rules that read a 决算's 情况说明 against its tables (ids `final.narrative.*`, distinct from
 * the budget narrative's): totals and basic spending, shares, completion rates on the budget the
 * text names (a zero budget, or 全年预算 called 年初预算, is a finding), the 项 against their total
 * and the tables, growth rates, 政府采购 and 机关运行经费. A sentence the reader does not recognise is
 * not checked. Also the items 六 lists for 人员经费 / 公用经费 against the 基本支出 table, the
 * department's and the 科目 names as the tables print them, and the wording (a template
 * placeholder left, a rate without `%`, a 主要用于 copied from another 项), and the counts printed
 * with their parts (十一(三)'s vehicles by kind, 十's 绩效自评 projects by grade).
 *
 * @example
 * ```ts
 * import { FINAL_NARRATIVE_RULES } from "yusuan/final";
 * FINAL_NARRATIVE_RULES.map((r) => r.id).includes("final.narrative.rate"); // true
 * ```
 */
export const FINAL_NARRATIVE_RULES: readonly Rule[] = [
  finalAmountRule,
  finalShareRule,
  finalRateRule,
  finalItemsRule,
  finalChangeRule,
  finalProcurementRule,
  finalOperatingCostRule,
  finalBasicItemsRule,
  finalNamesRule,
  finalWordingRule,
  finalCountsRule,
];
