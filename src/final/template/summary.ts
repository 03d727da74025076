import type { Fund, Nature } from "../../facts";
import {
  amount,
  incomeLine,
  line,
  plainColumn,
  revenueLine,
  spendingAmount,
  spendingLine,
} from "../../templates/build";
import { sideNameHeaders } from "../../templates/side-names";
import type { LineSpec, TableKind } from "../../templates/types";

/**
 * A title as printed: bare, or after 部门 / 单位; a title of 收入支出 also with 收支 (the central
 * form's `收支决算总表`, `财政拨款收支决算总表`, `政府性基金预算财政拨款收支决算表`).
 */
export const finalTitles = (wording: string): readonly string[] =>
  [...new Set([wording, wording.replace("收入支出", "收支")])].flatMap((w) => [
    w,
    `部门${w}`,
    `单位${w}`,
  ]);

/**
 * How printers head a 决算 table's outcome, one vocabulary for every 决算 kind: 决算数 or its
 * other wordings (a leading 本年 is read off as this year's mark: `本年决算数`, `本年决算`).
 */
export const OUTCOME_WORDS: readonly string[] = ["决算数", "决算", "决算金额", "决算额"];

/** {@link OUTCOME_WORDS}, and `金额` where the table prints no other figure of the row. */
const OUTCOME_HEADINGS: readonly string[] = [...OUTCOME_WORDS, "金额"];

/** The outcome of spending, headed by what it is (`支出决算数`, `本年支出`). */
export const SPENDING_OUTCOME: readonly string[] = [
  ...OUTCOME_HEADINGS,
  "支出决算数",
  "支出决算",
  "决算支出数",
  "支出",
];

/** The outcome of income, headed by what it is (`收入决算数`, `本年收入`). */
const INCOME_OUTCOME: readonly string[] = [
  ...OUTCOME_HEADINGS,
  "收入决算数",
  "收入决算",
  "决算收入数",
  "收入",
];

/** How printers head the amounts of a side of the two 总表: 决算数, or its other wordings. */
const sideAmount = (side: "收入" | "支出"): readonly string[] =>
  (side === "收入" ? INCOME_OUTCOME : SPENDING_OUTCOME).map((w) => `${side}/${w}`);

/**
 * The 行次 column (central departments' forms number their lines), of a side of a 总表 when
 * `side` is given: furniture, kept as text and never read as a figure. @internal
 */
export const rowNumber = (key: string, side?: readonly [string, "income" | "spending"]) =>
  side === undefined
    ? plainColumn("text", key, ["行次"])
    : plainColumn("text", key, [`${side[0]}/行次`], side[1]);

/** The carry-over lines' wordings: the form's 结转和结余, or 结转结余. */
const carried = (start: string, end: string) => ({
  carryover: [`${start}结转和结余`, `${start}结转结余`],
  carryforward: [`${end}结转和结余`, `${end}结转结余`],
});

/** 使用非财政拨款结余, with or without （含专用结余）. */
const SURPLUS_USED = [
  "使用非财政拨款结余",
  // the older forms' wording of the same line
  "用事业基金弥补收支差额",
  "使用非财政拨款结余（含专用结余）",
  "使用非财政拨款结余(含专用结余)",
];

const CARRIED = /*#__PURE__*/ carried("年初", "年末");
/** 年初结转和结余 named by the year it comes from: the same balance. */
const LAST_YEAR = ["上年结转和结余", "上年结转结余"];
/**
 * The 财政拨款 总表's carry-over lines: named 财政拨款, or not (the whole table is 财政拨款: its
 * 年初结转和结余 is the 财政拨款 one), or by the year it comes from.
 */
const FISCAL_CARRIED = {
  carryover: [
    .../*#__PURE__*/ carried("年初财政拨款", "").carryover,
    ...CARRIED.carryover,
    "上年财政拨款结转和结余",
    "上年财政拨款结转结余",
    ...LAST_YEAR,
  ],
  carryforward: [
    .../*#__PURE__*/ carried("", "年末财政拨款").carryforward,
    ...CARRIED.carryforward,
  ],
};

/**
 * How a 决算 总表's 结转和结余 block names its parts, by fund: 财政拨款 (by fund or whole) and
 * 非财政拨款, bare or with the block's words (`其中：一般公共预算财政拨款结转和结余`).
 */
const FINAL_CARRY_FUNDS: readonly (readonly [Fund, string])[] = [
  ["government", "财政拨款"],
  ["gpb", "一般公共预算财政拨款"],
  ["govFund", "政府性基金预算财政拨款"],
  ["soe", "国有资本经营预算财政拨款"],
  ["unitFunds", "非财政拨款"],
];

/**
 * The lines of the 收入支出决算总表's 年初 / 年末结转和结余 blocks by fund (`年初结转和结余 49.14` /
 * `其中：一般公共预算财政拨款 21.63`; `财政拨款结转和结余` / `非财政拨款结转和结余`): each that fund's
 * balance, read only under the block's heading (the same labels above it are 本年收入's lines), on
 * the block's side.
 */
const finalCarryLines = (
  section: "revenue.carryover" | "spending.carryforward",
  side: "income" | "spending",
): LineSpec[] =>
  FINAL_CARRY_FUNDS.map(([fund, word]) =>
    line(
      `${section}.${fund}`,
      section,
      [word, `${word}结转和结余`, `${word}结转结余`],
      { fund },
      { side, section },
    ),
  );

/**
 * The parts of 年末结转和结余 by nature as the form prints them under it (`基本支出结转`,
 * `项目支出结转和结余`): each that nature's balance, read only under the block's heading, on the
 * spending side (their sum is the block's: 合计 = 基本支出 + 项目支出 holds for any concept).
 */
const CARRY_NATURES: readonly (readonly [Nature, readonly string[]])[] = [
  ["basic", ["基本支出结转", "基本支出结转和结余", "基本支出结转结余"]],
  ["project", ["项目支出结转和结余", "项目支出结转", "项目支出结转结余"]],
];

const carryNatureLines = (): LineSpec[] =>
  CARRY_NATURES.map(([nature, labels]) =>
    line(
      `spending.carryforward.${nature}`,
      "spending.carryforward",
      labels,
      { nature },
      { side: "spending", section: "spending.carryforward" },
    ),
  );

/**
 * The parts of 结余分配 as the form prints them under it (`其中：交纳所得税`, `提取职工福利基金`,
 * `转入非财政拨款结余`, `其他`; the older `缴纳所得税`, `提取专用结余` / `提取专用基金`, `转入事业基金`): each
 * a `category` of `spending.surplusDistribution`, read only under the 结余分配 line. @internal
 */
export const SURPLUS_PARTS: readonly (readonly [string, readonly string[]])[] = [
  ["incomeTax", ["交纳所得税", "缴纳所得税"]],
  ["welfareFund", ["提取职工福利基金"]],
  ["specialFund", ["提取专用结余", "提取专用基金"]],
  ["toNonFiscal", ["转入非财政拨款结余", "转入事业基金"]],
  ["other", ["其他", "其他结余分配"]],
];

const surplusLines = (): LineSpec[] =>
  SURPLUS_PARTS.map(([category, labels]) =>
    line(
      `spending.surplusDistribution.${category}`,
      "spending.surplusDistribution",
      labels,
      { category },
      { side: "spending", section: "spending.surplusDistribution" },
    ),
  );

/**
 * A 决算 总表's grand total of spending: `总计`, `支出总计`, or the older forms' `支出合计`, which
 * above the carry-forward with `总计` below states the year's (`LineSpec.upper`; read so only
 * where 本年支出合计 is not printed on the side).
 */
const spendingTotal = (): LineSpec => ({
  ...spendingLine("spending.total", "spending.total", ["总计", "支出总计", "支出合计"]),
  upper: "spending",
});

/**
 * 收入支出决算总表: 本年收入 by source on the left, 本年支出 by 类 on the right (24 or 26 类
 * lines, numbered by position: the reader names them through the catalog), and the footer
 * 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计 = 本年支出合计 + 结余分配 + 年末结转和结余.
 * The older form prints the fiscal income as one line, `一、财政拨款收入` (all fiscal funds; a
 * `其中：` fund under it is a part), instead of the three by fund, and may name the year's totals
 * `收入合计` / `支出合计` above the carry-over lines, `总计` below.
 */
export const finalSummary: TableKind = {
  id: "summary",
  name: { "zh-CN": "收入支出决算总表", en: "Income and expenditure final accounts summary" },
  titles: /*#__PURE__*/ finalTitles("收入支出决算总表"),
  rowKinds: ["line", "functional"],
  defaultUnit: "万元",
  emptyNote: "optional",
  columns: [
    /*#__PURE__*/ plainColumn(
      "name",
      "income.name",
      /*#__PURE__*/ sideNameHeaders("收入"),
      "income",
    ),
    /*#__PURE__*/ rowNumber("income.rowNo", ["收入", "income"]),
    /*#__PURE__*/ amount("income.amount", /*#__PURE__*/ sideAmount("收入"), undefined, {
      side: "income",
    }),
    /*#__PURE__*/ plainColumn(
      "name",
      "spending.name",
      /*#__PURE__*/ sideNameHeaders("支出"),
      "spending",
    ),
    /*#__PURE__*/ rowNumber("spending.rowNo", ["支出", "spending"]),
    /*#__PURE__*/ spendingAmount("spending.amount", /*#__PURE__*/ sideAmount("支出")),
  ],
  lines: [
    // the older form's one fiscal line (all fiscal funds), before its lines by fund
    /*#__PURE__*/ revenueLine("government", ["财政拨款收入"]),
    /*#__PURE__*/ revenueLine("gpb", ["一般公共预算财政拨款收入"]),
    /*#__PURE__*/ revenueLine("govFund", ["政府性基金预算财政拨款收入"]),
    /*#__PURE__*/ revenueLine("soe", ["国有资本经营预算财政拨款收入"]),
    /*#__PURE__*/ revenueLine("superior", ["上级补助收入"]),
    /*#__PURE__*/ revenueLine("business", ["事业收入"]),
    /*#__PURE__*/ revenueLine("operating", ["经营收入"]),
    /*#__PURE__*/ revenueLine("affiliated", ["附属单位上缴收入"]),
    /*#__PURE__*/ revenueLine("other", ["其他收入"]),
    /*#__PURE__*/ incomeLine("revenue", "revenue", ["本年收入合计", "本年收入"]),
    /*#__PURE__*/ incomeLine("revenue.surplusUsed", "revenue.surplusUsed", SURPLUS_USED),
    /*#__PURE__*/ incomeLine("revenue.carryover", "revenue.carryover", [
      ...CARRIED.carryover,
      ...LAST_YEAR,
    ]),
    .../*#__PURE__*/ finalCarryLines("revenue.carryover", "income"),
    // older forms: `收入合计` above the carry-over, `总计` below: the upper is the year's
    // (`LineSpec.upper`; read so only where 本年收入合计 is not printed on the side)
    {
      .../*#__PURE__*/ incomeLine("revenue.total", "revenue.total", [
        "总计",
        "收入总计",
        "收入合计",
      ]),
      upper: "revenue",
    },
    /*#__PURE__*/ spendingLine("spending", "spending", ["本年支出合计", "本年支出"]),
    /*#__PURE__*/ spendingLine("spending.surplusDistribution", "spending.surplusDistribution", [
      "结余分配",
    ]),
    .../*#__PURE__*/ surplusLines(),
    /*#__PURE__*/ spendingLine(
      "spending.carryforward",
      "spending.carryforward",
      CARRIED.carryforward,
    ),
    .../*#__PURE__*/ finalCarryLines("spending.carryforward", "spending"),
    .../*#__PURE__*/ carryNatureLines(),
    /*#__PURE__*/ spendingTotal(),
  ],
  layout: { levels: [3] },
};

/**
 * The three fiscal funds as 财政拨款总表 prints them, in a `section` (年初结转和结余, or on the
 * spending side 年末结转和结余 where a printer gives the side one 决算数 column) or not.
 */
const fiscalFundLines = (
  prefix: string,
  concept: "revenue" | "revenue.carryover" | "spending.carryforward",
  section?: string,
  side: "income" | "spending" = "income",
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
        side,
        ...(section === undefined ? {} : { section }),
      },
    ),
  );

/**
 * 财政拨款收入支出决算总表: income by fund, 年初财政拨款结转和结余 by fund (a section under its head
 * line), 总计; spending by 类 in 合计 (财政拨款) and per fund, with 年末财政拨款结转和结余 per fund
 * (in the fund columns, or, where the side prints one 决算数 column, as lines under it). The older
 * form's `一、财政拨款收入` is the year's 财政拨款 income (the fact 本年收入合计 states).
 */
export const finalFiscalSummary: TableKind = {
  id: "fiscalSummary",
  name: { "zh-CN": "财政拨款收入支出决算总表", en: "Fiscal appropriation final accounts summary" },
  titles: /*#__PURE__*/ finalTitles("财政拨款收入支出决算总表"),
  rowKinds: ["line", "functional"],
  defaultUnit: "万元",
  emptyNote: "optional",
  columns: [
    /*#__PURE__*/ plainColumn(
      "name",
      "income.name",
      /*#__PURE__*/ sideNameHeaders("收入"),
      "income",
    ),
    /*#__PURE__*/ rowNumber("income.rowNo", ["收入", "income"]),
    /*#__PURE__*/ amount("income.amount", /*#__PURE__*/ sideAmount("收入"), undefined, {
      side: "income",
    }),
    /*#__PURE__*/ plainColumn(
      "name",
      "spending.name",
      /*#__PURE__*/ sideNameHeaders("支出"),
      "spending",
    ),
    /*#__PURE__*/ rowNumber("spending.rowNo", ["支出", "spending"]),
    /*#__PURE__*/ spendingAmount(
      "spending.total",
      ["支出/合计", "支出/小计", .../*#__PURE__*/ sideAmount("支出")],
      { fund: "government" },
    ),
    /*#__PURE__*/ spendingAmount("spending.gpb", ["支出/一般公共预算财政拨款"], { fund: "gpb" }),
    /*#__PURE__*/ spendingAmount("spending.govFund", ["支出/政府性基金预算财政拨款"], {
      fund: "govFund",
    }),
    /*#__PURE__*/ spendingAmount("spending.soe", ["支出/国有资本经营预算财政拨款"], {
      fund: "soe",
    }),
  ],
  lines: [
    // the older form's one fiscal line (all fiscal funds: the year's, as 本年收入合计)
    /*#__PURE__*/ incomeLine("revenue.government", "revenue", ["财政拨款收入"], {
      fund: "government",
    }),
    .../*#__PURE__*/ fiscalFundLines("revenue", "revenue"),
    /*#__PURE__*/ incomeLine("revenue", "revenue", ["本年收入合计"], { fund: "government" }),
    /*#__PURE__*/ incomeLine("carryover", "revenue.carryover", FISCAL_CARRIED.carryover, {
      fund: "government",
    }),
    .../*#__PURE__*/ fiscalFundLines("carryover", "revenue.carryover", "carryover"),
    {
      .../*#__PURE__*/ incomeLine(
        "revenue.total",
        "revenue.total",
        ["总计", "收入总计", "收入合计"],
        {
          fund: "government",
        },
      ),
      upper: "revenue",
    },
    /*#__PURE__*/ spendingLine("spending", "spending", ["本年支出合计"]),
    /*#__PURE__*/ spendingLine(
      "spending.carryforward",
      "spending.carryforward",
      FISCAL_CARRIED.carryforward,
    ),
    .../*#__PURE__*/ fiscalFundLines(
      "carryforward",
      "spending.carryforward",
      "spending.carryforward",
      "spending",
    ),
    /*#__PURE__*/ spendingTotal(),
  ],
  layout: { levels: [3] },
};
