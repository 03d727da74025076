import { assets, procurement } from "../additional";
import { sameForBoth, TEXT_PARTS, tableParts } from "../document";
import type { Template } from "../types";
import { departmentTargets } from "./department-targets";
import {
  economicSummary,
  expenditure,
  govFundExpenditure,
  gpbBasic,
  gpbExpenditure,
  income,
  soeExpenditure,
} from "./expenditure";
import { projectTargets } from "./project-targets";
import { projects } from "./projects";
import { operatingCost, sanGong } from "./san-gong-operating";
import { fiscalSummary, summary } from "./summary";

export { departmentTargets } from "./department-targets";
// Parts the national minimum reuses (internal to the templates folder).
export { expenditureColumns, income, incomeColumns } from "./expenditure";
export { projectTargets } from "./project-targets";
export { projectColumns } from "./projects";
export { sanGong, sanGongColumns } from "./san-gong-operating";
export {
  fiscalSummary,
  fiscalSummaryColumns,
  fiscalSummaryLines,
  summary,
  summaryColumns,
  summaryLines,
} from "./summary";

/**
 * The Henan 2024 county template (the Henan fixture): 14 tables, amounts in 万元 with 2 decimals,
 * and the 政府采购预算表 and 国有资产占用情况表 some departments print beside them (read where
 * printed, not required).
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * henan2024.tables.map((t) => t.id).includes("operatingCost"); // true
 * ```
 */
export const henan2024: Template = {
  id: "henan2024",
  profile: "henan2024",
  name: { "zh-CN": "河南省2024年县级部门预算公开模板", en: "Henan 2024 county template" },
  tables: [
    summary,
    income,
    expenditure,
    fiscalSummary,
    gpbExpenditure,
    gpbBasic,
    economicSummary,
    sanGong,
    govFundExpenditure,
    soeExpenditure,
    operatingCost,
    projects,
    departmentTargets,
    projectTargets,
    // Printed by some departments beside the fourteen (not required): read where printed.
    procurement,
    assets,
  ],
  // Every table of the county template, and the text parts (概况: 主要职责, 预算单位构成情况;
  // 情况说明; 名词解释).
  document: {
    required: /*#__PURE__*/ sameForBoth([
      .../*#__PURE__*/ tableParts([
        "summary",
        "income",
        "expenditure",
        "fiscalSummary",
        "gpbExpenditure",
        "gpbBasic",
        "economicSummary",
        "sanGong",
        "govFundExpenditure",
        "soeExpenditure",
        "operatingCost",
        "projects",
        "departmentTargets",
        "projectTargets",
      ]),
      ...TEXT_PARTS,
    ]),
  },
};
