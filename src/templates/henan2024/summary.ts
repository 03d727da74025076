import {
  amount,
  concat,
  incomeLine,
  plainColumn,
  revenueLine,
  spendingAmount,
  spendingLine,
} from "../build";
import {
  BUDGET_AMOUNT_HEADINGS,
  revenueSourceLines,
  spendingNatureLines,
  summaryTotalLines,
} from "../columns";
import { sideNameHeaders } from "../side-names";
import type { ColumnSpec, LineSpec, TableKind } from "../types";

/**
 * A side's amount headers: `收入/金额` (the canonical wording), then the budget amount headings
 * (`收入/预算数`, `收入/本年预算`: 本年 is a period mark) ….
 */
const sideAmount = (side: string) =>
  ["金额", ...BUDGET_AMOUNT_HEADINGS.filter((h) => h !== "金额")].map((h) => `${side}/${h}`);

/** The columns both two-sided tables open with: 收入 项目 and 金额, then 支出 项目. */
const twoSidedColumns: readonly ColumnSpec[] = [
  /*#__PURE__*/ plainColumn("name", "income.name", /*#__PURE__*/ sideNameHeaders("收入"), "income"),
  /*#__PURE__*/ amount("income.amount", /*#__PURE__*/ sideAmount("收入"), undefined, {
    side: "income",
  }),
  /*#__PURE__*/ plainColumn(
    "name",
    "spending.name",
    /*#__PURE__*/ sideNameHeaders("支出"),
    "spending",
  ),
];

/** The columns of 预算01表 (and of the national 部门收支总表). */
export const summaryColumns: readonly ColumnSpec[] = /*#__PURE__*/ concat(twoSidedColumns, [
  /*#__PURE__*/ spendingAmount("spending.amount", /*#__PURE__*/ sideAmount("支出")),
]);

/** The lines of 预算01表 (and of the national 部门收支总表). */
export const summaryLines: readonly LineSpec[] = /*#__PURE__*/ concat(
  revenueSourceLines,
  summaryTotalLines,
  spendingNatureLines,
);

/** 预算01表. */
export const summary: TableKind = {
  id: "summary",
  name: { "zh-CN": "部门收支预算表", en: "Revenue and expenditure summary" },
  number: "01",
  titles: [
    "部门收支预算表",
    "部门收支总表",
    "部门收支预算总表",
    "收支预算总表",
    "财务收支预算总表",
  ],
  rowKinds: ["line", "functional"],
  defaultUnit: "万元",
  emptyNote: "optional",
  columns: summaryColumns,
  lines: summaryLines,
  layout: { levels: [3] },
};

/** The columns of 预算04表 (and of the national 财政拨款收支总表). */
export const fiscalSummaryColumns: readonly ColumnSpec[] = /*#__PURE__*/ concat(twoSidedColumns, [
  // One spending column (`支出/预算数`, other printers): the table's spending, all fiscal funds.
  /*#__PURE__*/ spendingAmount("spending.total", ["支出/合计", "支出/预算数"], {
    fund: "government",
  }),
  /*#__PURE__*/ spendingAmount("spending.gpb", ["支出/一般公共预算/小计", "支出/一般公共预算"], {
    fund: "gpb",
  }),
  /*#__PURE__*/ spendingAmount(
    "spending.gpb.grant",
    ["支出/一般公共预算/其中：财政拨款"],
    { fund: "gpb.grant" },
    "spending.gpb",
  ),
  /*#__PURE__*/ spendingAmount("spending.govFund", ["支出/政府性基金", "支出/政府性基金预算"], {
    fund: "govFund",
  }),
  /*#__PURE__*/ spendingAmount("spending.soe", ["支出/国有资本经营预算"], { fund: "soe" }),
]);

/** The lines of 预算04表 (and of the national 财政拨款收支总表): those under 本年收入 and 上年结转 repeat their labels, told apart by `section`. */
export const fiscalSummaryLines: readonly LineSpec[] = [
  /*#__PURE__*/ incomeLine("revenue", "revenue", ["本年收入", "本年收入合计"], {
    fund: "government",
  }),
  /*#__PURE__*/ revenueLine("gpb", ["一般公共预算拨款", "一般公共预算资金", "一般公共预算"], {
    section: "revenue",
  }),
  /*#__PURE__*/ revenueLine("gpb.grant", ["其中：财政拨款"], {
    section: "revenue",
    ofWhich: "revenue.gpb",
  }),
  /*#__PURE__*/ revenueLine("govFund", ["政府性基金预算拨款", "政府性基金"], {
    section: "revenue",
  }),
  /*#__PURE__*/ revenueLine("soe", ["国有资本经营预算拨款", "国有资本经营预算"], {
    section: "revenue",
  }),
  // The carry-over named as fiscal (`上年财政拨款结转结余`): all of it, in this table.
  /*#__PURE__*/ incomeLine(
    "revenue.carryover",
    "revenue.carryover",
    ["上年结转", "上年结转结余", "上年财政拨款结转结余"],
    { fund: "government" },
  ),
  /*#__PURE__*/ incomeLine(
    "revenue.carryover.gpb",
    "revenue.carryover",
    ["一般公共预算拨款", "一般公共预算"],
    { fund: "gpb" },
    { section: "revenue.carryover" },
  ),
  /*#__PURE__*/ incomeLine(
    "revenue.carryover.govFund",
    "revenue.carryover",
    ["政府性基金预算拨款", "政府性基金"],
    { fund: "govFund" },
    { section: "revenue.carryover" },
  ),
  /*#__PURE__*/ incomeLine(
    "revenue.carryover.soe",
    "revenue.carryover",
    ["国有资本经营预算拨款", "国有资本经营预算"],
    { fund: "soe" },
    { section: "revenue.carryover" },
  ),
  {
    .../*#__PURE__*/ incomeLine("revenue.total", "revenue.total", ["收入合计", "收入总计"], {
      fund: "government",
    }),
    upper: "revenue",
  },
  /*#__PURE__*/ spendingLine("spending", "spending", ["本年支出", "本年支出合计"]),
  /*#__PURE__*/ spendingLine("spending.carryforward", "spending.carryforward", [
    "年终结转结余",
    "年终财政拨款结转结余",
  ]),
  {
    .../*#__PURE__*/ spendingLine("spending.total", "spending.total", ["支出合计", "支出总计"]),
    upper: "spending",
  },
  ...spendingNatureLines,
];

/** 预算04表. */
export const fiscalSummary: TableKind = {
  id: "fiscalSummary",
  name: { "zh-CN": "财政拨款收支预算表", en: "Fiscal appropriation summary" },
  number: "04",
  titles: [
    "财政拨款收支预算表",
    "财政拨款收支总表",
    "财政拨款收支预算总表",
    "财政拨款收支总体情况表",
  ],
  rowKinds: ["line", "functional"],
  defaultUnit: "万元",
  emptyNote: "optional",
  columns: fiscalSummaryColumns,
  lines: fiscalSummaryLines,
  layout: { levels: [3] },
};
