import {
  amount,
  incomeLine,
  line,
  plainColumn,
  revenueLine,
  spendingAmount,
  spendingLine,
} from "../../templates/build";
import type { LineSpec, TableKind } from "../../templates/types";

/** A title as printed: bare, or after 部门 / 单位. */
export const finalTitles = (wording: string): readonly string[] => [
  wording,
  `部门${wording}`,
  `单位${wording}`,
];

/** 使用非财政拨款结余, with or without （含专用结余）. */
const SURPLUS_USED = [
  "使用非财政拨款结余",
  "使用非财政拨款结余（含专用结余）",
  "使用非财政拨款结余(含专用结余)",
];

/**
 * 收入支出决算总表: 本年收入 by source on the left, 本年支出 by 类 on the right (24 or 26 类
 * lines, numbered by position: the reader names them through the catalog), and the footer
 * 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计 = 本年支出合计 + 结余分配 + 年末结转和结余.
 */
export const finalSummary: TableKind = {
  id: "summary",
  name: { "zh-CN": "收入支出决算总表", en: "Income and expenditure final accounts summary" },
  titles: /*#__PURE__*/ finalTitles("收入支出决算总表"),
  rowKinds: ["line", "functional"],
  defaultUnit: "万元",
  emptyNote: "optional",
  columns: [
    /*#__PURE__*/ plainColumn("name", "income.name", ["收入/项目"], "income"),
    /*#__PURE__*/ amount("income.amount", ["收入/决算数"], undefined, { side: "income" }),
    /*#__PURE__*/ plainColumn("name", "spending.name", ["支出/项目"], "spending"),
    /*#__PURE__*/ spendingAmount("spending.amount", ["支出/决算数"]),
  ],
  lines: [
    /*#__PURE__*/ revenueLine("gpb", ["一般公共预算财政拨款收入"]),
    /*#__PURE__*/ revenueLine("govFund", ["政府性基金预算财政拨款收入"]),
    /*#__PURE__*/ revenueLine("soe", ["国有资本经营预算财政拨款收入"]),
    /*#__PURE__*/ revenueLine("superior", ["上级补助收入"]),
    /*#__PURE__*/ revenueLine("business", ["事业收入"]),
    /*#__PURE__*/ revenueLine("operating", ["经营收入"]),
    /*#__PURE__*/ revenueLine("affiliated", ["附属单位上缴收入"]),
    /*#__PURE__*/ revenueLine("other", ["其他收入"]),
    /*#__PURE__*/ incomeLine("revenue", "revenue", ["本年收入合计"]),
    /*#__PURE__*/ incomeLine("revenue.surplusUsed", "revenue.surplusUsed", SURPLUS_USED),
    /*#__PURE__*/ incomeLine("revenue.carryover", "revenue.carryover", ["年初结转和结余"]),
    /*#__PURE__*/ incomeLine("revenue.total", "revenue.total", ["总计"]),
    /*#__PURE__*/ spendingLine("spending", "spending", ["本年支出合计"]),
    /*#__PURE__*/ spendingLine("spending.surplusDistribution", "spending.surplusDistribution", [
      "结余分配",
    ]),
    /*#__PURE__*/ spendingLine("spending.carryforward", "spending.carryforward", [
      "年末结转和结余",
    ]),
    /*#__PURE__*/ spendingLine("spending.total", "spending.total", ["总计"]),
  ],
  layout: { levels: [3] },
};

/** The three fiscal funds as 财政拨款总表 prints them, in a `section` (年初结转和结余) or not. */
const fiscalFundLines = (
  prefix: string,
  concept: "revenue" | "revenue.carryover",
  section?: string,
): LineSpec[] =>
  (
    [
      ["gpb", ["一般公共预算财政拨款"]],
      ["govFund", ["政府性基金预算财政拨款"]],
      ["soe", ["国有资本经营预算财政拨款"]],
    ] as const
  ).map(([fund, labels]) =>
    line(
      `${prefix}.${fund}`,
      concept,
      labels,
      { fund },
      {
        side: "income",
        ...(section === undefined ? {} : { section }),
      },
    ),
  );

/**
 * 财政拨款收入支出决算总表: income by fund, 年初财政拨款结转和结余 by fund (a section under its head
 * line), 总计; spending by 类 in 合计 (财政拨款) and per fund, with 年末财政拨款结转和结余 per fund.
 */
export const finalFiscalSummary: TableKind = {
  id: "fiscalSummary",
  name: { "zh-CN": "财政拨款收入支出决算总表", en: "Fiscal appropriation final accounts summary" },
  titles: /*#__PURE__*/ finalTitles("财政拨款收入支出决算总表"),
  rowKinds: ["line", "functional"],
  defaultUnit: "万元",
  emptyNote: "optional",
  columns: [
    /*#__PURE__*/ plainColumn("name", "income.name", ["收入/项目"], "income"),
    /*#__PURE__*/ amount("income.amount", ["收入/决算数"], undefined, { side: "income" }),
    /*#__PURE__*/ plainColumn("name", "spending.name", ["支出/项目"], "spending"),
    /*#__PURE__*/ spendingAmount("spending.total", ["支出/合计"], { fund: "government" }),
    /*#__PURE__*/ spendingAmount("spending.gpb", ["支出/一般公共预算财政拨款"], { fund: "gpb" }),
    /*#__PURE__*/ spendingAmount("spending.govFund", ["支出/政府性基金预算财政拨款"], {
      fund: "govFund",
    }),
    /*#__PURE__*/ spendingAmount("spending.soe", ["支出/国有资本经营预算财政拨款"], {
      fund: "soe",
    }),
  ],
  lines: [
    .../*#__PURE__*/ fiscalFundLines("revenue", "revenue"),
    /*#__PURE__*/ incomeLine("revenue", "revenue", ["本年收入合计"], { fund: "government" }),
    /*#__PURE__*/ incomeLine("carryover", "revenue.carryover", ["年初财政拨款结转和结余"], {
      fund: "government",
    }),
    .../*#__PURE__*/ fiscalFundLines("carryover", "revenue.carryover", "carryover"),
    /*#__PURE__*/ incomeLine("revenue.total", "revenue.total", ["总计"], { fund: "government" }),
    /*#__PURE__*/ spendingLine("spending", "spending", ["本年支出合计"]),
    /*#__PURE__*/ spendingLine("spending.carryforward", "spending.carryforward", [
      "年末财政拨款结转和结余",
    ]),
    /*#__PURE__*/ spendingLine("spending.total", "spending.total", ["总计"]),
  ],
  layout: { levels: [3] },
};
