import type { Template } from "../../templates/types";
import { finalGpbBasic } from "./basic";
import {
  finalExpenditure,
  finalGovFund,
  finalGpbExpenditure,
  finalIncome,
  finalSoe,
} from "./functional";
import { finalSanGong } from "./san-gong";
import { finalFiscalSummary, finalSummary } from "./summary";

/**
 * The 2024 部门决算 form (the national 部门决算 template as Shanghai districts print it): nine
 * tables in 万元 — 收入支出决算总表, 收入决算表, 支出决算表, 财政拨款收入支出决算总表, 一般公共预算财政拨款支出决算表,
 * 一般公共预算财政拨款基本支出决算表, 财政拨款“三公”经费支出决算表 (预算数 beside 决算数), and the
 * 政府性基金 / 国有资本经营预算 tables, printed empty with a note when there is none. Its documents
 * have `meta.stage` `决算`; check them with `finalProfile`.
 *
 * @example
 * ```ts
 * import { final2024 } from "yusuan/final";
 * final2024.tables.length; // 9
 * final2024.tables.find((t) => t.id === "sanGong")?.columns.length; // 32
 * ```
 */
export const final2024: Template = {
  id: "final2024",
  profile: "final",
  name: { "zh-CN": "2024年部门决算公开模板", en: "2024 final accounts template" },
  tables: [
    finalSummary,
    finalIncome,
    finalExpenditure,
    finalFiscalSummary,
    finalGpbExpenditure,
    finalGpbBasic,
    finalSanGong,
    finalGovFund,
    finalSoe,
  ],
};
