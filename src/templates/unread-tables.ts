import type { Localized } from "../locale";

/**
 * A table disclosures publish that no built-in template reads: its name and the title variants
 * it is known by (without the leading year, matched as a table kind's `titles` are).
 *
 * @example
 * ```ts
 * import type { UnreadTable } from "yusuan/templates";
 * const t: UnreadTable = {
 *   id: "purchasedServices",
 *   name: { "zh-CN": "政府购买服务预算表", en: "the government-purchased services table" },
 *   titles: ["政府购买服务预算表"],
 * };
 * ```
 */
export interface UnreadTable {
  /** Stable id, e.g. `projectSelfAssessment`. */
  readonly id: string;
  readonly name: Localized;
  readonly titles: readonly string[];
}

/**
 * Tables 部门预算 and 部门决算 disclosures publish beside the tables the templates read, which the
 * library knows of but does not read: a title naming one of them, and no kind of the template, is
 * reported by `readPrintedTable` as `unread-table` (info: a gap of the library, coverage), not as
 * `unknown-title`. A template that reads one of them (a kind with its title) reads it as that kind.
 *
 * @example
 * ```ts
 * import { UNREAD_TABLES } from "yusuan/templates";
 * UNREAD_TABLES.find((t) => t.id === "projectSelfAssessment")?.name["zh-CN"]; // "项目支出绩效自评表"
 * ```
 */
export const UNREAD_TABLES: readonly UnreadTable[] = [
  // 决算: 绩效自评 (财政部 决算公开 asks for the 项目 and 部门整体 自评 with their results).
  {
    id: "projectSelfAssessment",
    name: { "zh-CN": "项目支出绩效自评表", en: "the project spending self-assessment table" },
    titles: [
      "项目支出绩效自评表",
      "项目绩效自评表",
      "项目支出绩效自评情况表",
      "项目支出绩效自评结果表",
    ],
  },
  {
    id: "departmentSelfAssessment",
    name: {
      "zh-CN": "部门整体支出绩效自评表",
      en: "the department-wide spending self-assessment table",
    },
    titles: [
      "部门（单位）整体支出绩效自评表",
      "部门整体支出绩效自评表",
      "单位整体支出绩效自评表",
      "部门整体绩效自评表",
      "部门整体支出绩效自评情况表",
    ],
  },
  {
    id: "selfAssessmentResults",
    name: { "zh-CN": "绩效自评结果", en: "the self-assessment results" },
    titles: ["绩效自评结果", "绩效自评结果表", "绩效自评情况表", "部门绩效自评结果"],
  },
  // 决算 tables some provinces publish beyond the form's nine (Sichuan, Hubei, …).
  {
    id: "fiscalSpendingDetail",
    name: { "zh-CN": "财政拨款支出决算明细表", en: "the fiscal spending detail table" },
    titles: ["财政拨款支出决算明细表"],
  },
  {
    id: "gpbIncomeSpending",
    name: {
      "zh-CN": "一般公共预算财政拨款收入支出决算表",
      en: "the general budget appropriation income and spending table",
    },
    titles: ["一般公共预算财政拨款收入支出决算表", "一般公共预算财政拨款收支决算表"],
  },
  {
    id: "projectSpendingFinal",
    name: {
      "zh-CN": "一般公共预算财政拨款项目支出决算表",
      en: "the general budget project spending outturn table",
    },
    titles: ["一般公共预算财政拨款项目支出决算表"],
  },
  {
    id: "basicSpendingFinal",
    name: { "zh-CN": "基本支出决算表", en: "the basic spending outturn table (all funds)" },
    titles: ["基本支出决算表"],
  },
  // 部门预算 and 决算 alike: tables one template reads and another does not (a template with a kind
  // of the title reads it as that kind).
  {
    id: "operatingCosts",
    name: { "zh-CN": "机关运行经费表", en: "the administrative running costs table" },
    titles: [
      "机关运行经费支出决算表",
      "机关运行经费支出表",
      "机关运行经费预算表",
      "财政拨款“三公”经费及机关运行经费支出决算表",
      "“三公”经费和机关运行经费支出决算表",
    ],
  },
  {
    id: "sanGong",
    name: { "zh-CN": "“三公”经费支出表", en: "the “three public” spending table" },
    titles: ["一般公共预算“三公”经费支出表", "财政拨款“三公”经费支出预算表", "“三公”经费支出表"],
  },
  {
    id: "projects",
    name: { "zh-CN": "项目支出表", en: "the project spending table" },
    titles: ["项目支出预算表", "项目支出表"],
  },
  // 部门预算 and 决算 alike (read by the budget templates, not by the 决算 form).
  {
    id: "assets",
    name: { "zh-CN": "国有资产占用情况表", en: "the state-owned assets table" },
    titles: ["国有资产占用情况表", "国有资产占有使用情况表", "国有资产占用表"],
  },
  // 部门预算.
  {
    id: "purchasedServices",
    name: { "zh-CN": "政府购买服务预算表", en: "the government-purchased services table" },
    titles: ["政府购买服务预算表", "政府购买服务预算明细表", "部门政府购买服务预算表"],
  },
  {
    id: "departmentTargets",
    name: {
      "zh-CN": "部门（单位）整体支出绩效目标表",
      en: "the department-wide performance targets table",
    },
    titles: [
      "部门（单位）整体支出绩效目标表",
      "部门整体支出绩效目标表",
      "单位整体支出绩效目标表",
      "部门（单位）整体绩效目标表",
      "部门整体绩效目标表",
    ],
  },
];
