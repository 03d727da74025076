import {
  amount,
  incomeLine,
  plainColumn,
  revenueLine,
  spendingAmount,
  spendingLine,
} from "../build";
import { revenueSourceLines, spendingNatureLines, summaryTotalLines } from "../columns";
import { fiscalSummaryLines } from "../henan2024/summary";
import { sideNameHeaders } from "../side-names";
import type { LineSpec, TableKind } from "../types";
import { printedTitles } from "./shared";

/** A line other printers' forms print: read where printed, never derived from a ledger. */
const readOnly = (l: LineSpec): LineSpec => ({ ...l, derived: false });

/** The lines of `lines` with these ids, read only (see {@link readOnly}). */
const readOnlyOf = (lines: readonly LineSpec[], ids: readonly string[]): LineSpec[] =>
  lines.filter((l) => ids.includes(l.id)).map(readOnly);

const TOTALS = ["revenue.total", "spending.total"];

/** Shanghai prints 一般公共预算, 政府性基金 and 国有资本经营 under 财政拨款收入. */
const ofGovernment = { ofWhich: "revenue.government" } as const;

const summaryLines: readonly LineSpec[] = [
  /*#__PURE__*/ revenueLine("government", ["财政拨款收入", "财政拨款"]),
  /*#__PURE__*/ revenueLine("gpb", ["一般公共预算资金", "一般公共预算"], ofGovernment),
  /*#__PURE__*/ revenueLine("govFund", ["政府性基金", "政府性基金预算"], ofGovernment),
  /*#__PURE__*/ revenueLine("soe", ["国有资本经营预算"], ofGovernment),
  /*#__PURE__*/ revenueLine("business", ["事业收入"]),
  /*#__PURE__*/ revenueLine("operating", ["事业单位经营收入"]),
  /*#__PURE__*/ revenueLine("other", ["其他收入"]),
  // The national form's lines (本年收入合计, 上年结转结余, 结转下年, 上级补助收入 …), and its
  // wordings of the totals (收入合计 above 上年结转, bare 总计).
  .../*#__PURE__*/ readOnlyOf(revenueSourceLines, [
    "revenue.superior",
    "revenue.affiliated",
    "revenue.businessFund",
    "revenue.specialAccount",
  ]),
  .../*#__PURE__*/ summaryTotalLines.filter((l) => TOTALS.includes(l.id)),
  .../*#__PURE__*/ summaryTotalLines.filter((l) => !TOTALS.includes(l.id)).map(readOnly),
  ...spendingNatureLines,
];

/**
 * 财务收支预算总表: 本年收入 by fund, 本年支出 by nature; titled as the national form's too
 * (`部门收支总表`, `部门收支预算总表`), as some Shanghai districts print it.
 */
export const summary: TableKind = {
  id: "summary",
  name: { "zh-CN": "财务收支预算总表", en: "Revenue and expenditure summary" },
  titles: [
    .../*#__PURE__*/ printedTitles("财务收支预算总表"),
    .../*#__PURE__*/ printedTitles("收支总表"),
    .../*#__PURE__*/ printedTitles("收支预算总表"),
  ],
  rowKinds: ["line", "functional"],
  defaultUnit: "元",
  emptyNote: "optional",
  columns: [
    /*#__PURE__*/ plainColumn(
      "name",
      "income.name",
      /*#__PURE__*/ sideNameHeaders("本年收入"),
      "income",
    ),
    /*#__PURE__*/ amount("income.amount", ["本年收入/预算数"], undefined, { side: "income" }),
    /*#__PURE__*/ plainColumn(
      "name",
      "spending.name",
      /*#__PURE__*/ sideNameHeaders("本年支出"),
      "spending",
    ),
    /*#__PURE__*/ spendingAmount("spending.amount", [
      "本年支出/预算数/合计",
      "本年支出/合计",
      "本年支出/预算数",
    ]),
    /*#__PURE__*/ spendingAmount(
      "spending.basic.personnel",
      ["本年支出/预算数/基本支出/人员经费", "本年支出/基本支出/人员经费"],
      { nature: "basic.personnel" },
    ),
    /*#__PURE__*/ spendingAmount(
      "spending.basic.public",
      ["本年支出/预算数/基本支出/公用经费", "本年支出/基本支出/公用经费"],
      { nature: "basic.public" },
    ),
    /*#__PURE__*/ spendingAmount(
      "spending.project",
      ["本年支出/预算数/项目支出", "本年支出/项目支出"],
      { nature: "project" },
    ),
  ],
  lines: summaryLines,
  layout: { levels: [3] },
};

/** 财政拨款收支预算总表. */
export const fiscalSummary: TableKind = {
  id: "fiscalSummary",
  name: { "zh-CN": "财政拨款收支预算总表", en: "Fiscal appropriation summary" },
  titles: /*#__PURE__*/ printedTitles("财政拨款收支预算总表"),
  rowKinds: ["line", "functional"],
  defaultUnit: "元",
  emptyNote: "optional",
  columns: [
    /*#__PURE__*/ plainColumn(
      "name",
      "income.name",
      /*#__PURE__*/ sideNameHeaders("财政拨款收入"),
      "income",
    ),
    /*#__PURE__*/ amount("income.amount", ["财政拨款收入/预算数"], undefined, { side: "income" }),
    /*#__PURE__*/ plainColumn(
      "name",
      "spending.name",
      /*#__PURE__*/ sideNameHeaders("财政拨款支出"),
      "spending",
    ),
    /*#__PURE__*/ spendingAmount("spending.total", ["财政拨款支出/合计"], { fund: "government" }),
    /*#__PURE__*/ spendingAmount("spending.gpb", ["财政拨款支出/一般公共预算"], { fund: "gpb" }),
    /*#__PURE__*/ spendingAmount(
      "spending.govFund",
      ["财政拨款支出/政府性基金预算", "财政拨款支出/政府性基金"],
      { fund: "govFund" },
    ),
    /*#__PURE__*/ spendingAmount("spending.soe", ["财政拨款支出/国有资本经营预算"], {
      fund: "soe",
    }),
  ],
  lines: [
    /*#__PURE__*/ revenueLine("gpb", ["一般公共预算资金", "一般公共预算"]),
    /*#__PURE__*/ revenueLine("govFund", ["政府性基金", "政府性基金预算"]),
    /*#__PURE__*/ revenueLine("soe", ["国有资本经营预算"]),
    /*#__PURE__*/ incomeLine("revenue.total", "revenue.total", ["收入总计"], {
      fund: "government",
    }),
    /*#__PURE__*/ spendingLine("spending.total", "spending.total", ["支出总计"]),
    ...spendingNatureLines,
    // The national form's lines (本年收入合计, 上年结转 and its funds, 年终结转结余).
    .../*#__PURE__*/ readOnlyOf(fiscalSummaryLines, [
      "revenue",
      "revenue.carryover",
      "revenue.carryover.gpb",
      "revenue.carryover.govFund",
      "revenue.carryover.soe",
      "spending",
      "spending.carryforward",
    ]),
  ],
  layout: { levels: [3] },
};
