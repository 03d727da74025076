import { agencyOperating, assets, procurement, sanGongMeetings } from "./additional";
import { basicNatureLines } from "./basic-lines";
import { amount, concat, fundAmount, plainColumn, revenueLine } from "./build";
import { departmentalCodeColumns, ECONOMIC_NAME_HEADERS } from "./columns";
import { sameForBoth, TEXT_PARTS, tableParts } from "./document";
import {
  departmentTargets,
  expenditureColumns,
  fiscalSummaryColumns,
  fiscalSummaryLines,
  incomeColumns,
  projectColumns,
  projectTargets,
  sanGongColumns,
  summaryColumns,
  summaryLines,
} from "./henan2024";
import type { TableKind, Template } from "./types";

const nationalSummary: TableKind = {
  id: "summary",
  name: { "zh-CN": "部门收支总表", en: "Revenue and expenditure summary" },
  titles: ["部门收支总表", "单位收支总表", "部门收支预算总表", "收支总表"],
  rowKinds: ["line", "functional"],
  defaultUnit: "万元",
  emptyNote: "optional",
  columns: summaryColumns,
  // The 2021 forms' groups of this year's income: 财政拨款收入 (一般公共预算 …) and 单位资金
  // (事业收入 …). National only: Henan's ledger derives no such line.
  lines: /*#__PURE__*/ concat(summaryLines, [
    /*#__PURE__*/ revenueLine("government", ["财政拨款收入"]),
    /*#__PURE__*/ revenueLine("unitFunds", ["单位资金", "单位资金收入"]),
  ]),
  layout: { levels: [3] },
};

/**
 * This year's income grouped as the 2021 national forms print it: 财政拨款收入 (一般公共预算,
 * 政府性基金, 国有资本经营) and 单位资金 (事业收入 …), before the 上年结转结余 columns, so a bare
 * `单位资金` is this year's in a table printing no 上年结转结余 group (beside one, whose it is is
 * told by its neighbours or left unread, never guessed).
 */
const nationalIncomeColumns = /*#__PURE__*/ concat(
  /*#__PURE__*/ incomeColumns.filter((c) => !c.key.startsWith("carryover")),
  [
    /*#__PURE__*/ fundAmount("government", [
      "本年收入/财政拨款收入/小计",
      "本年收入/财政拨款收入/合计",
      "本年收入/财政拨款收入",
      "财政拨款收入/小计",
      "财政拨款收入/合计",
      "财政拨款收入",
    ]),
    /*#__PURE__*/ fundAmount("unitFunds", [
      "本年收入/单位资金/小计",
      "本年收入/单位资金/合计",
      "本年收入/单位资金",
      "单位资金/小计",
      "单位资金/合计",
      "单位资金收入",
    ]),
  ],
  /*#__PURE__*/ incomeColumns.filter((c) => c.key.startsWith("carryover")),
);

const nationalIncome: TableKind = {
  id: "income",
  name: { "zh-CN": "部门收入总表", en: "Revenue by unit" },
  titles: [
    "部门收入总表",
    "单位收入总表",
    "部门收入预算总表",
    "收入总表",
    "部门收入预算表",
    "单位收入预算表",
  ],
  rowKinds: ["total", "org", "functional"],
  defaultUnit: "万元",
  concept: "revenue",
  emptyNote: "optional",
  columns: nationalIncomeColumns,
  // Read by unit or by 功能分类 code; derived by unit (no code rows).
  layout: { levels: [], units: "rows" },
};

const nationalExpenditure: TableKind = {
  id: "expenditure",
  name: { "zh-CN": "部门支出总表", en: "Expenditure" },
  titles: [
    "部门支出总表",
    "单位支出总表",
    "部门支出预算总表",
    "支出总表",
    "部门支出预算表",
    "单位支出预算表",
  ],
  rowKinds: ["total", "org", "functional"],
  defaultUnit: "万元",
  concept: "spending",
  emptyNote: "optional",
  columns: expenditureColumns,
};

const nationalFiscalSummary: TableKind = {
  id: "fiscalSummary",
  name: { "zh-CN": "财政拨款收支总表", en: "Fiscal appropriation summary" },
  titles: ["财政拨款收支总表", "财政拨款收支预算总表"],
  rowKinds: ["line", "functional"],
  defaultUnit: "万元",
  emptyNote: "optional",
  columns: fiscalSummaryColumns,
  lines: fiscalSummaryLines,
  layout: { levels: [3] },
};

/** 功能分类 down to 项. */
const nationalGpbExpenditure: TableKind = {
  id: "gpbExpenditure",
  name: { "zh-CN": "一般公共预算支出表", en: "General public budget expenditure" },
  titles: ["一般公共预算支出表", "一般公共预算支出预算表"],
  rowKinds: ["total", "org", "functional"],
  defaultUnit: "万元",
  concept: "spending",
  fixed: { fund: "gpb" },
  // Printed with the carry-over it spends, or without (this year\'s appropriation).
  thisYear: { fund: "gpb.current" },
  emptyNote: "optional",
  columns: expenditureColumns,
};

/** 部门预算经济分类 down to 款; the code whole or in two columns (类, 款). */
const nationalGpbBasic: TableKind = {
  id: "gpbBasic",
  name: { "zh-CN": "一般公共预算基本支出表", en: "General public budget basic expenditure" },
  titles: ["一般公共预算基本支出表", "一般公共预算基本支出预算表"],
  rowKinds: ["total", "economic", "line"],
  defaultUnit: "万元",
  concept: "spending",
  fixed: { fund: "gpb" },
  emptyNote: "optional",
  columns: /*#__PURE__*/ concat(departmentalCodeColumns, [
    /*#__PURE__*/ plainColumn("name", "econ.name", ECONOMIC_NAME_HEADERS),
    /*#__PURE__*/ amount("total", ["合计", "基本支出/合计", "基本支出合计"], { nature: "basic" }),
    /*#__PURE__*/ amount("personnel", ["人员经费", "基本支出/人员经费"], {
      nature: "basic.personnel",
    }),
    /*#__PURE__*/ amount("public", ["公用经费", "基本支出/公用经费"], { nature: "basic.public" }),
  ]),
  lines: basicNatureLines,
};

const nationalSanGong: TableKind = {
  id: "sanGong",
  name: { "zh-CN": "一般公共预算“三公”经费支出表", en: "“Three public expenses”" },
  titles: [
    "一般公共预算“三公”经费支出表",
    "一般公共预算“三公”经费预算表",
    "“三公”经费支出表",
    "“三公”经费预算表",
  ],
  rowKinds: ["single"],
  defaultUnit: "万元",
  concept: "sanGong",
  emptyNote: "optional",
  columns: sanGongColumns,
};

const nationalGovFundExpenditure: TableKind = {
  id: "govFundExpenditure",
  name: { "zh-CN": "政府性基金预算支出表", en: "Government fund expenditure" },
  titles: ["政府性基金预算支出表", "政府性基金支出预算表"],
  rowKinds: ["total", "org", "functional"],
  defaultUnit: "万元",
  concept: "spending",
  fixed: { fund: "govFund" },
  // Printed with the carry-over it spends, or without (this year\'s appropriation).
  thisYear: { fund: "govFund.current" },
  emptyNote: "required",
  columns: expenditureColumns,
};

const nationalSoeExpenditure: TableKind = {
  id: "soeExpenditure",
  name: { "zh-CN": "国有资本经营预算支出表", en: "State capital operation expenditure" },
  titles: ["国有资本经营预算支出表", "国有资本经营支出预算表"],
  rowKinds: ["total", "org", "functional"],
  defaultUnit: "万元",
  concept: "spending",
  fixed: { fund: "soe" },
  // Printed with the carry-over it spends, or without (this year\'s appropriation).
  thisYear: { fund: "soe.current" },
  emptyNote: "required",
  columns: expenditureColumns,
};

/** 项目支出表, as the Henan 2024 template prints it: one row a project, spending by fund source. */
const nationalProjects: TableKind = {
  id: "projects",
  name: { "zh-CN": "项目支出表", en: "Project expenditure" },
  titles: ["项目支出表", "项目支出预算表", "一般公共预算项目支出表", "部门项目支出预算表"],
  rowKinds: ["total", "org", "project"],
  defaultUnit: "万元",
  concept: "spending",
  fixed: { nature: "project" },
  emptyNote: "optional",
  layout: { units: "none" },
  columns: projectColumns,
};

/**
 * Henan's table of projects' targets, but the national minimum requires no targets for every
 * project: a table of them may list some projects only, whatever its title.
 */
const nationalProjectTargets: TableKind = {
  ...projectTargets,
  targets: { ...(projectTargets.targets as NonNullable<TableKind["targets"]>), some: true },
};

/**
 * The national minimum (财预〔2016〕143号): the 8 tables every department discloses plus the
 * 国有资本经营预算支出表 printed since 2018, in 万元, and the 项目支出表 most departments print beside
 * them, and the 部门整体 and 项目 绩效目标 tables, the 政府采购预算表, 机关运行经费预算表, “三公”经费、会议费、
 * 培训费预算表 and 国有资产占用情况表 (read where printed, not required). 政府性基金 and 国有资本经营 tables printed without rows
 * must carry a note. Columns follow the Henan 2024 shapes where they coincide.
 *
 * @example
 * ```ts
 * import { nationalMinimum } from "yusuan/templates";
 * nationalMinimum.tables.length; // 16
 * nationalMinimum.tables.find((t) => t.id === "govFundExpenditure")?.emptyNote; // "required"
 * ```
 */
export const nationalMinimum: Template = {
  id: "nationalMinimum",
  profile: "national",
  name: { "zh-CN": "部门预算公开最低要求（财预〔2016〕143号）", en: "National minimum" },
  tables: [
    nationalSummary,
    nationalIncome,
    nationalExpenditure,
    nationalFiscalSummary,
    nationalGpbExpenditure,
    nationalGpbBasic,
    nationalSanGong,
    nationalGovFundExpenditure,
    nationalSoeExpenditure,
    // Printed by most departments beside the minimum (not required): read where printed.
    nationalProjects,
    // 绩效目标 (部门整体 and 项目, the 2021 national forms and the tables of many projects), published
    // beside the budget in most provinces: read where printed, not required.
    departmentTargets,
    nationalProjectTargets,
    // Printed by many departments beside the minimum (not required): read where printed.
    procurement,
    agencyOperating,
    sanGongMeetings,
    assets,
  ],
  // The floor every template's list includes: the eight tables, the 国有资本经营预算支出表 since
  // 2018, and the text parts.
  document: {
    required: /*#__PURE__*/ sameForBoth([
      .../*#__PURE__*/ tableParts([
        "summary",
        "income",
        "expenditure",
        "fiscalSummary",
        "gpbExpenditure",
        "gpbBasic",
        "sanGong",
        "govFundExpenditure",
      ]),
      { kind: "table", id: "soeExpenditure", tables: ["soeExpenditure"], since: 2018 },
      ...TEXT_PARTS,
    ]),
  },
};
