import { departmentalCodeColumns } from "./columns";
import type { ColumnSpec, LineSpec, TableKind, Template } from "./types";

/**
 * 功能分类科目编码 printed in three columns under the 项目 header, and the 功能分类科目名称 column
 * (the Shanghai 收入 / 支出 / 支出功能分类 tables).
 */
const functionalColumns: readonly ColumnSpec[] = [
  {
    key: "code.class",
    role: "code",
    system: "functional",
    segment: 0,
    headers: ["项目/功能分类科目编码/类", "功能分类科目编码/类", "类"],
  },
  {
    key: "code.section",
    role: "code",
    system: "functional",
    segment: 1,
    headers: ["项目/功能分类科目编码/款", "功能分类科目编码/款", "款"],
  },
  {
    key: "code.item",
    role: "code",
    system: "functional",
    segment: 2,
    headers: ["项目/功能分类科目编码/项", "功能分类科目编码/项", "项"],
  },
  { key: "name", role: "name", headers: ["项目/功能分类科目名称", "功能分类科目名称"] },
];

/** A functional-code spending table whose 合计 / 基本支出 / 项目支出 sit under `group`. */
const spendingColumns = (group: string): readonly ColumnSpec[] => [
  ...functionalColumns,
  { key: "total", role: "amount", headers: [`${group}/合计`, "合计"] },
  {
    key: "basic",
    role: "amount",
    coords: { nature: "basic" },
    headers: [`${group}/基本支出`, "基本支出"],
  },
  {
    key: "project",
    role: "amount",
    coords: { nature: "project" },
    headers: [`${group}/项目支出`, "项目支出"],
  },
];

const summaryLines: readonly LineSpec[] = [
  {
    id: "revenue.government",
    side: "income",
    concept: "revenue",
    coords: { fund: "government" },
    labels: ["财政拨款收入", "财政拨款"],
  },
  {
    id: "revenue.gpb",
    side: "income",
    concept: "revenue",
    coords: { fund: "gpb" },
    ofWhich: "revenue.government",
    labels: ["一般公共预算资金", "一般公共预算"],
  },
  {
    id: "revenue.govFund",
    side: "income",
    concept: "revenue",
    coords: { fund: "govFund" },
    ofWhich: "revenue.government",
    labels: ["政府性基金", "政府性基金预算"],
  },
  {
    id: "revenue.soe",
    side: "income",
    concept: "revenue",
    coords: { fund: "soe" },
    ofWhich: "revenue.government",
    labels: ["国有资本经营预算"],
  },
  {
    id: "revenue.business",
    side: "income",
    concept: "revenue",
    coords: { fund: "business" },
    labels: ["事业收入"],
  },
  {
    id: "revenue.operating",
    side: "income",
    concept: "revenue",
    coords: { fund: "operating" },
    labels: ["事业单位经营收入"],
  },
  {
    id: "revenue.other",
    side: "income",
    concept: "revenue",
    coords: { fund: "other" },
    labels: ["其他收入"],
  },
  { id: "revenue.total", side: "income", concept: "revenue.total", labels: ["收入总计"] },
  { id: "spending.total", side: "spending", concept: "spending.total", labels: ["支出总计"] },
];

const summary: TableKind = {
  id: "summary",
  name: { "zh-CN": "财务收支预算总表", en: "Revenue and expenditure summary" },
  titles: [
    "预算单位财务收支预算总表",
    "部门财务收支预算总表",
    "单位财务收支预算总表",
    "财务收支预算总表",
  ],
  rowKinds: ["line", "functional"],
  defaultUnit: "元",
  emptyNote: "optional",
  columns: [
    { key: "income.name", role: "name", side: "income", headers: ["本年收入/项目"] },
    { key: "income.amount", role: "amount", side: "income", headers: ["本年收入/预算数"] },
    { key: "spending.name", role: "name", side: "spending", headers: ["本年支出/项目"] },
    {
      key: "spending.amount",
      role: "amount",
      side: "spending",
      concept: "spending",
      headers: ["本年支出/预算数/合计", "本年支出/合计"],
    },
    {
      key: "spending.basic.personnel",
      role: "amount",
      side: "spending",
      concept: "spending",
      coords: { nature: "basic.personnel" },
      headers: ["本年支出/预算数/基本支出/人员经费", "本年支出/基本支出/人员经费"],
    },
    {
      key: "spending.basic.public",
      role: "amount",
      side: "spending",
      concept: "spending",
      coords: { nature: "basic.public" },
      headers: ["本年支出/预算数/基本支出/公用经费", "本年支出/基本支出/公用经费"],
    },
    {
      key: "spending.project",
      role: "amount",
      side: "spending",
      concept: "spending",
      coords: { nature: "project" },
      headers: ["本年支出/预算数/项目支出", "本年支出/项目支出"],
    },
  ],
  lines: summaryLines,
};

/** By functional code, not by unit; 合计 is this year's income (Shanghai budgets no carry-over). */
const income: TableKind = {
  id: "income",
  name: { "zh-CN": "收入预算总表", en: "Revenue by function" },
  titles: ["预算单位收入预算总表", "部门收入预算总表", "单位收入预算总表", "收入预算总表"],
  rowKinds: ["total", "functional"],
  defaultUnit: "元",
  concept: "revenue",
  emptyNote: "optional",
  columns: [
    ...functionalColumns,
    { key: "revenue", role: "amount", headers: ["收入预算/合计", "合计"] },
    {
      key: "government",
      role: "amount",
      coords: { fund: "government" },
      headers: ["收入预算/财政拨款收入", "财政拨款收入"],
    },
    {
      key: "business",
      role: "amount",
      coords: { fund: "business" },
      headers: ["收入预算/事业收入", "事业收入"],
    },
    {
      key: "operating",
      role: "amount",
      coords: { fund: "operating" },
      headers: ["收入预算/事业单位经营收入", "事业单位经营收入"],
    },
    {
      key: "other",
      role: "amount",
      coords: { fund: "other" },
      headers: ["收入预算/其他收入", "其他收入"],
    },
  ],
};

const expenditure: TableKind = {
  id: "expenditure",
  name: { "zh-CN": "支出预算总表", en: "Expenditure by function" },
  titles: ["预算单位支出预算总表", "部门支出预算总表", "单位支出预算总表", "支出预算总表"],
  rowKinds: ["total", "functional"],
  defaultUnit: "元",
  concept: "spending",
  emptyNote: "optional",
  columns: /*#__PURE__*/ spendingColumns("支出预算"),
};

const fiscalSummary: TableKind = {
  id: "fiscalSummary",
  name: { "zh-CN": "财政拨款收支预算总表", en: "Fiscal appropriation summary" },
  titles: [
    "预算单位财政拨款收支预算总表",
    "部门财政拨款收支预算总表",
    "单位财政拨款收支预算总表",
    "财政拨款收支预算总表",
  ],
  rowKinds: ["line", "functional"],
  defaultUnit: "元",
  emptyNote: "optional",
  columns: [
    { key: "income.name", role: "name", side: "income", headers: ["财政拨款收入/项目"] },
    { key: "income.amount", role: "amount", side: "income", headers: ["财政拨款收入/预算数"] },
    { key: "spending.name", role: "name", side: "spending", headers: ["财政拨款支出/项目"] },
    {
      key: "spending.total",
      role: "amount",
      side: "spending",
      concept: "spending",
      coords: { fund: "government" },
      headers: ["财政拨款支出/合计"],
    },
    {
      key: "spending.gpb",
      role: "amount",
      side: "spending",
      concept: "spending",
      coords: { fund: "gpb" },
      headers: ["财政拨款支出/一般公共预算"],
    },
    {
      key: "spending.govFund",
      role: "amount",
      side: "spending",
      concept: "spending",
      coords: { fund: "govFund" },
      headers: ["财政拨款支出/政府性基金预算", "财政拨款支出/政府性基金"],
    },
    {
      key: "spending.soe",
      role: "amount",
      side: "spending",
      concept: "spending",
      coords: { fund: "soe" },
      headers: ["财政拨款支出/国有资本经营预算"],
    },
  ],
  lines: [
    {
      id: "revenue.gpb",
      side: "income",
      concept: "revenue",
      coords: { fund: "gpb" },
      labels: ["一般公共预算资金", "一般公共预算"],
    },
    {
      id: "revenue.govFund",
      side: "income",
      concept: "revenue",
      coords: { fund: "govFund" },
      labels: ["政府性基金", "政府性基金预算"],
    },
    {
      id: "revenue.soe",
      side: "income",
      concept: "revenue",
      coords: { fund: "soe" },
      labels: ["国有资本经营预算"],
    },
    {
      id: "revenue.total",
      side: "income",
      concept: "revenue.total",
      coords: { fund: "government" },
      labels: ["收入总计"],
    },
    { id: "spending.total", side: "spending", concept: "spending.total", labels: ["支出总计"] },
  ],
};

const gpbExpenditure: TableKind = {
  id: "gpbExpenditure",
  name: {
    "zh-CN": "一般公共预算支出功能分类预算表",
    en: "General public budget expenditure by function",
  },
  titles: [
    "预算单位一般公共预算支出功能分类预算表",
    "部门一般公共预算支出功能分类预算表",
    "单位一般公共预算支出功能分类预算表",
    "一般公共预算支出功能分类预算表",
  ],
  rowKinds: ["total", "functional"],
  defaultUnit: "元",
  concept: "spending",
  fixed: { fund: "gpb" },
  emptyNote: "optional",
  columns: /*#__PURE__*/ spendingColumns("一般公共预算支出"),
};

const govFundExpenditure: TableKind = {
  id: "govFundExpenditure",
  name: {
    "zh-CN": "政府性基金预算支出功能分类预算表",
    en: "Government fund expenditure by function",
  },
  titles: [
    "预算单位政府性基金预算支出功能分类预算表",
    "部门政府性基金预算支出功能分类预算表",
    "单位政府性基金预算支出功能分类预算表",
    "政府性基金预算支出功能分类预算表",
  ],
  rowKinds: ["total", "functional"],
  defaultUnit: "元",
  concept: "spending",
  fixed: { fund: "govFund" },
  emptyNote: "required",
  columns: /*#__PURE__*/ spendingColumns("政府性基金预算支出"),
};

const soeExpenditure: TableKind = {
  id: "soeExpenditure",
  name: {
    "zh-CN": "国有资本经营预算支出功能分类预算表",
    en: "State capital operation expenditure by function",
  },
  titles: [
    "预算单位国有资本经营预算支出功能分类预算表",
    "部门国有资本经营预算支出功能分类预算表",
    "单位国有资本经营预算支出功能分类预算表",
    "国有资本经营预算支出功能分类预算表",
  ],
  rowKinds: ["total", "functional"],
  defaultUnit: "元",
  concept: "spending",
  fixed: { fund: "soe" },
  emptyNote: "required",
  columns: /*#__PURE__*/ spendingColumns("国有资本经营预算支出"),
};

/** Rows are 部门预算经济分类 类 and 款 (code in two columns); all of it is 基本支出. */
const gpbBasic: TableKind = {
  id: "gpbBasic",
  name: {
    "zh-CN": "一般公共预算基本支出部门预算经济分类预算表",
    en: "General public budget basic expenditure",
  },
  titles: [
    "预算单位一般公共预算基本支出部门预算经济分类预算表",
    "部门一般公共预算基本支出部门预算经济分类预算表",
    "单位一般公共预算基本支出部门预算经济分类预算表",
    "一般公共预算基本支出部门预算经济分类预算表",
  ],
  rowKinds: ["total", "economic"],
  defaultUnit: "元",
  concept: "spending",
  fixed: { fund: "gpb" },
  emptyNote: "optional",
  columns: [
    ...departmentalCodeColumns,
    {
      key: "econ.name",
      role: "name",
      headers: ["项目/部门经济分类科目名称", "部门经济分类科目名称"],
    },
    {
      key: "total",
      role: "amount",
      coords: { nature: "basic" },
      headers: ["一般公共预算基本支出/合计", "合计"],
    },
    {
      key: "personnel",
      role: "amount",
      coords: { nature: "basic.personnel" },
      headers: ["一般公共预算基本支出/人员经费", "人员经费"],
    },
    {
      key: "public",
      role: "amount",
      coords: { nature: "basic.public" },
      headers: ["一般公共预算基本支出/公用经费", "公用经费"],
    },
  ],
};

/** One row in 万元: the 三公 items, then 机关运行经费 (concept `operatingCost`). */
const sanGongAndOperating: TableKind = {
  id: "sanGongAndOperating",
  name: {
    "zh-CN": "“三公”经费和机关运行经费预算表",
    en: "“Three public expenses” and government operating costs",
  },
  titles: [
    "单位“三公”经费和机关运行经费预算表",
    "部门“三公”经费和机关运行经费预算表",
    "“三公”经费和机关运行经费预算表",
  ],
  rowKinds: ["single"],
  defaultUnit: "万元",
  concept: "sanGong",
  emptyNote: "optional",
  columns: [
    { key: "total", role: "amount", headers: ["“三公”经费预算数/合计", "合计"] },
    {
      key: "abroad",
      role: "amount",
      coords: { item: "abroad" },
      headers: [
        "“三公”经费预算数/因公出国(境)费",
        "“三公”经费预算数/因公出国（境）费",
        "因公出国(境)费",
        "因公出国（境）费",
      ],
    },
    {
      key: "reception",
      role: "amount",
      coords: { item: "reception" },
      headers: ["“三公”经费预算数/公务接待费", "公务接待费"],
    },
    {
      key: "vehicles",
      role: "amount",
      coords: { item: "vehicles" },
      headers: ["“三公”经费预算数/公务用车购置及运行费/小计", "公务用车购置及运行费/小计"],
    },
    {
      key: "vehicles.purchase",
      role: "amount",
      coords: { item: "vehicles.purchase" },
      headers: ["“三公”经费预算数/公务用车购置及运行费/购置费", "公务用车购置及运行费/购置费"],
    },
    {
      key: "vehicles.operation",
      role: "amount",
      coords: { item: "vehicles.operation" },
      headers: ["“三公”经费预算数/公务用车购置及运行费/运行费", "公务用车购置及运行费/运行费"],
    },
    {
      key: "operatingCost",
      role: "amount",
      concept: "operatingCost",
      headers: ["机关运行经费预算数", "机关运行经费预算"],
    },
  ],
};

/**
 * The Shanghai district / municipal template (the Shanghai fixtures): 9 tables. Tables 1–8 are in
 * 元, the “三公”经费和机关运行经费预算表 in 万元. The 收入预算总表 is by functional code (not by unit),
 * the 基本支出 table by 部门预算经济分类 类 / 款, and 机关运行经费 is the concept `operatingCost`
 * (which funds and natures it covers is the profile's definition, not the table's).
 *
 * @example
 * ```ts
 * import { shanghai } from "yusuan/templates";
 * shanghai.tables.length; // 9
 * shanghai.tables.find((t) => t.id === "sanGongAndOperating")?.defaultUnit; // "万元"
 * ```
 */
export const shanghai: Template = {
  id: "shanghai",
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
  ],
};
