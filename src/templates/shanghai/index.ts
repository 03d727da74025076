import { agencyOperating, assets, procurement } from "../additional";
import { sameForBoth, TEXT_PARTS, tableParts } from "../document";
import type { Template } from "../types";
import {
  expenditure,
  govFundExpenditure,
  gpbBasic,
  gpbExpenditure,
  income,
  soeExpenditure,
} from "./functional";
import { sanGongAndOperating } from "./san-gong";
import { fiscalSummary, summary } from "./summary";
import { projectForm, projectTargetsTable } from "./targets";

/**
 * The Shanghai district / municipal template (the Shanghai fixtures): 9 tables, and the project
 * performance target form (项目绩效目标申报表 / 填报表) printed for major projects, or their targets in one
 * table (项目支出绩效目标表). Tables 1–8 are in
 * 元, the “三公”经费和机关运行经费预算表 and the forms in 万元. The 收入预算总表 is by functional code (not by unit),
 * the 基本支出 table by 部门预算经济分类 类 / 款, and 机关运行经费 is the concept `operatingCost`
 * (which funds and natures it covers is the profile's definition, not the table's). The 政府采购预算表,
 * 机关运行经费预算表 and 国有资产占用情况表 some departments print beside them are read where printed.
 *
 * @example
 * ```ts
 * import { shanghai } from "yusuan/templates";
 * shanghai.tables.length; // 14
 * shanghai.tables.find((t) => t.id === "sanGongAndOperating")?.defaultUnit; // "万元"
 * ```
 */
export const shanghai: Template = {
  id: "shanghai",
  profile: "shanghai",
  name: { "zh-CN": "上海市部门（单位）预算公开模板", en: "Shanghai template" },
  tables: [
    summary,
    income,
    expenditure,
    fiscalSummary,
    gpbExpenditure,
    govFundExpenditure,
    soeExpenditure,
    gpbBasic,
    sanGongAndOperating,
    projectForm,
    projectTargetsTable,
    // Printed by some departments beside the nine (not required): read where printed.
    procurement,
    agencyOperating,
    assets,
  ],
  // The nine tables (the project form only for major projects) and the text parts (主要职能,
  // 机构设置, 名词解释, 预算编制说明); 财政拨款支出主要内容 explains the main spending 科目 one by one.
  document: {
    required: /*#__PURE__*/ sameForBoth([
      .../*#__PURE__*/ tableParts([
        "summary",
        "income",
        "expenditure",
        "fiscalSummary",
        "gpbExpenditure",
        "govFundExpenditure",
        "soeExpenditure",
        "gpbBasic",
      ]),
      { kind: "table", id: "sanGong", tables: ["sanGongAndOperating"] },
      ...TEXT_PARTS,
    ]),
    itemised: [
      {
        headings: ["财政拨款支出主要内容", "财政拨款支出预算主要内容"],
        funds: ["government", "gpb", "govFund", "soe"],
        // 主要内容: the main 科目; one under 1% of the money may go unexplained (K).
        minShare: "1",
      },
    ],
  },
};
