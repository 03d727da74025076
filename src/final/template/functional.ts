import type { Period } from "../../facts";
import {
  amount,
  codeColumns,
  concat,
  fundAmount,
  fundColumns,
  plainColumn,
} from "../../templates/build";
import {
  FUNCTIONAL_CODE_GROUPS,
  FUNCTIONAL_NAME_HEADERS,
  ORG_CODE_HEADERS,
  ORG_NAME_HEADERS,
} from "../../templates/columns";
import type { ColumnSpec, TableKind } from "../../templates/types";
import { finalTitles, OUTCOME_WORDS, rowNumber } from "./summary";

/**
 * 支出功能分类科目编码 (under 项目, whole or 类 / 款 / 项) and 科目名称; a unit's code and name,
 * where a 部门's table names each row's unit in columns of its own (`单位名称 | 科目编码 | …`).
 */
const functionalColumns: readonly ColumnSpec[] = /*#__PURE__*/ concat(
  /*#__PURE__*/ codeColumns("code", "functional", 3, [
    "项目/支出功能分类科目编码",
    ...FUNCTIONAL_CODE_GROUPS,
  ]),
  [
    /*#__PURE__*/ plainColumn("org", "org", ORG_CODE_HEADERS),
    /*#__PURE__*/ plainColumn("text", "org.name", ORG_NAME_HEADERS),
    /*#__PURE__*/ plainColumn("name", "name", ["项目/科目名称", ...FUNCTIONAL_NAME_HEADERS]),
    /*#__PURE__*/ rowNumber("rowNo"),
  ],
);

/**
 * How a nature's column is headed as the sum it is: above its parts (`基本支出/小计`) or in one
 * word (`基本支出合计`, `项目支出小计`, as other printers head a column with no parts below).
 */
const SUM_WORDS = ["小计", "合计"] as const;

/**
 * A column as printed alone or as the 小计 / 合计 of its parts (`基本支出/小计`, `基本支出合计`),
 * under `under` (`本年支出/`, `年初预算数/`) where given.
 */
const natureHeaders = (nature: string, under = ""): readonly string[] =>
  [nature, ...SUM_WORDS.flatMap((w) => [`${nature}/${w}`, `${nature}${w}`])].map(
    (h) => `${under}${h}`,
  );

/**
 * 基本支出 split into 人员经费 and 公用经费, as some provinces print it beside 项目支出
 * (`基本支出/人员经费 | 基本支出/公用经费`, or the two alone).
 */
const basicPartColumns = (): readonly ColumnSpec[] => [
  amount("basic.personnel", ["基本支出/人员经费", "人员经费"], { nature: "basic.personnel" }),
  amount("basic.public", ["基本支出/公用经费", "公用经费"], { nature: "basic.public" }),
];

/** The balances some printers add to the 收入决算表 / 支出决算表 by 科目, and their wordings. */
const CARRYOVER = ["年初结转和结余", "年初结转结余", "上年结转和结余", "上年结转结余", "上年结转"];
const CARRYFORWARD = ["年末结转和结余", "年末结转结余", "年终结转结余", "年末结转"];

/**
 * The bare totals a printer may head either the year's total or the grand total with, the
 * balances printed beside them (`合计`, `收入合计`, `支出合计`; `本年…合计` says the year's).
 */
const BARE_TOTALS = { income: ["合计", "收入合计"], spending: ["合计", "支出合计"] } as const;
/**
 * The 收入决算表's sources, 本年收入合计 their sum (财政拨款收入, or its funds printed without it);
 * see `ColumnSpec.beside.sums`.
 */
const INCOME_SOURCES = [
  ["government", "gpb", "govFund", "soe"],
  ["superior"],
  ["business"],
  ["operating"],
  ["affiliated"],
  ["other"],
];
/** The 支出决算表's parts by nature, 本年支出合计 their sum (基本支出, or its 人员 / 公用经费). */
const SPENDING_PARTS = [
  ["basic", "basic.personnel", "basic.public"],
  ["project"],
  ["remittance"],
  ["operations"],
  ["affiliates"],
];

/**
 * 收入决算表: 本年收入合计 by source (财政拨款, 上级补助, 事业, 经营, 附属单位上缴, 其他); where a
 * printer adds them by 科目, 年初结转和结余 (`revenue.carryover`), 使用非财政拨款结余, and 总计 (a
 * 合计 printed beside 年初结转和结余 is that 总计, not 本年收入合计).
 */
export const finalIncome: TableKind = {
  id: "income",
  name: { "zh-CN": "收入决算表", en: "Income final accounts" },
  titles: /*#__PURE__*/ finalTitles("收入决算表"),
  rowKinds: ["total", "functional", "org"],
  defaultUnit: "万元",
  concept: "revenue",
  emptyNote: "optional",
  columns: /*#__PURE__*/ concat(
    functionalColumns,
    [
      // A bare 合计 beside 年初结转和结余 is 总计 or 本年收入合计, as its figures tell.
      /*#__PURE__*/ amount("revenue.total", ["总计", "收入总计"], undefined, {
        concept: "revenue.total",
        beside: {
          headers: BARE_TOTALS.income,
          columns: ["carryover"],
          sums: { parts: INCOME_SOURCES, balances: ["carryover", "surplusUsed"] },
        },
      }),
      /*#__PURE__*/ amount("carryover", CARRYOVER, undefined, { concept: "revenue.carryover" }),
      /*#__PURE__*/ amount(
        "surplusUsed",
        ["使用非财政拨款结余", "使用非财政拨款结余（含专用结余）"],
        undefined,
        { concept: "revenue.surplusUsed" },
      ),
      // `本年收入` alone (the year's income, its sources beside it): see yearsTotal for 本年…总计.
      /*#__PURE__*/ amount("revenue", [
        "本年收入合计",
        "本年收入",
        "合计",
        "收入合计",
        "本年收入/合计",
        "本年收入/小计",
      ]),
      /*#__PURE__*/ fundAmount("government", [
        .../*#__PURE__*/ natureHeaders("财政拨款收入"),
        "财政拨款",
      ]),
    ],
    // 财政拨款收入 by fund, where a printer splits it.
    /*#__PURE__*/ fundColumns(
      ["财政拨款收入/"],
      [
        ["gpb", "一般公共预算财政拨款"],
        ["govFund", "政府性基金预算财政拨款"],
        ["soe", "国有资本经营预算财政拨款"],
      ],
    ),
    /*#__PURE__*/ fundColumns(
      [""],
      [
        ["superior", "上级补助收入"],
        ["business", "事业收入"],
        ["operating", "经营收入"],
        ["affiliated", "附属单位上缴收入"],
        ["other", "其他收入"],
      ],
    ),
  ),
};

/**
 * The budget printed beside the outcome (`年初预算数 | 调整预算数 | 决算数`, each a total or split
 * into 合计 / 基本支出 / 项目支出): the 年初预算 (`period: "budget"`, also headed 预算数) and the
 * budget as adjusted during the year (`period: "adjusted"`: 调整预算数, 全年预算数), never read as
 * the outcome; the 完成率 kept as printed text.
 */
const BUDGETS: readonly (readonly [string, Period, readonly string[]])[] = [
  ["budget", "budget", ["年初预算数", "年初预算", "预算数"]],
  ["adjusted", "adjusted", ["调整预算数", "调整后预算数", "调整预算", "全年预算数", "全年预算"]],
];

/** A percentage wording with its `(%)` / `%` marks (a `（%）` note is read off the header too). */
const percent = (words: readonly string[]): readonly string[] =>
  words.flatMap((w) => [w, `${w}(%)`, `${w}%`]);

/** The outcome as a percentage of the 年初预算 (the `rate` column's wordings besides 完成率). */
const RATE_OF_BUDGET = /*#__PURE__*/ percent([
  "决算数占年初预算数的比例",
  "决算数占年初预算的比例",
  "决算数占预算数的比例",
]);
/** The outcome as a percentage of the budget as adjusted (调整预算数, 全年预算数). */
const RATE_OF_ADJUSTED = /*#__PURE__*/ percent([
  "决算数占调整预算数的比例",
  "决算数占调整后预算数的比例",
  "决算数占全年预算数的比例",
  "调整预算完成率",
  "全年预算完成率",
]);
/** A 科目's share of the table's total (`占比（%）`, `比重`). */
const SHARE = /*#__PURE__*/ percent(["占比", "比重", "占总支出比重", "占总支出的比重", "所占比重"]);

const budgetColumns = (): readonly ColumnSpec[] => [
  ...BUDGETS.flatMap(([key, period, words]) => [
    amount(
      key,
      words.flatMap((w) => [w, `${w}/合计`, `${w}/小计`]),
      { period },
    ),
    amount(
      `${key}.basic`,
      words.flatMap((w) => natureHeaders("基本支出", `${w}/`)),
      { nature: "basic", period },
    ),
    amount(
      `${key}.project`,
      words.flatMap((w) => natureHeaders("项目支出", `${w}/`)),
      { nature: "project", period },
    ),
    // 基本支出 split (see basicPartColumns): the budget's parts, never read as the outcome's.
    ...(
      [
        ["personnel", "人员经费"],
        ["public", "公用经费"],
      ] as const
    ).map(([part, word]) =>
      amount(
        `${key}.basic.${part}`,
        words.flatMap((w) => [`${w}/基本支出/${word}`, `${w}/${word}`]),
        { nature: `basic.${part}`, period },
      ),
    ),
  ]),
  plainColumn("text", "rate", [
    ...["完成率", "预算完成率", "决算完成率", "执行率", "预算执行率"].flatMap((w) => [
      w,
      `${w}(%)`,
      `${w}%`,
    ]),
    "完成年初预算的%",
    "完成预算的%",
    ...RATE_OF_BUDGET,
  ]),
  // Of the budget as adjusted, and each 科目's share of the total: percentages, never a figure.
  plainColumn("text", "rate.adjusted", RATE_OF_ADJUSTED),
  plainColumn("text", "share", SHARE),
];

/**
 * 支出决算表: 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助, all funds; where a
 * printer adds them by 科目, 结余分配 and 年末结转和结余 (`spending.carryforward`), 基本支出's
 * 人员经费 / 公用经费, and a budget beside the outcome (read apart, see `budgetColumns`).
 */
export const finalExpenditure: TableKind = {
  id: "expenditure",
  name: { "zh-CN": "支出决算表", en: "Expenditure final accounts" },
  titles: /*#__PURE__*/ finalTitles("支出决算表"),
  rowKinds: ["total", "functional", "org"],
  defaultUnit: "万元",
  concept: "spending",
  emptyNote: "optional",
  columns: /*#__PURE__*/ concat(functionalColumns, [
    // `小计` / `决算数` beside the parts is their sum (no `总计`: beside 年末结转和结余 it may hold it).
    /*#__PURE__*/ amount("total", [
      "本年支出合计",
      "本年支出",
      "合计",
      "支出合计",
      "小计",
      "决算数",
    ]),
    /*#__PURE__*/ amount("basic", /*#__PURE__*/ natureHeaders("基本支出"), { nature: "basic" }),
    .../*#__PURE__*/ basicPartColumns(),
    /*#__PURE__*/ amount("project", /*#__PURE__*/ natureHeaders("项目支出"), {
      nature: "project",
    }),
    /*#__PURE__*/ amount("remittance", ["上缴上级支出"], { nature: "remittance" }),
    /*#__PURE__*/ amount("operations", ["经营支出"], { nature: "operations" }),
    /*#__PURE__*/ amount("affiliates", ["对附属单位补助支出"], { nature: "affiliates" }),
    /*#__PURE__*/ amount("surplusDistribution", ["结余分配"], undefined, {
      concept: "spending.surplusDistribution",
    }),
    /*#__PURE__*/ amount("carryforward", CARRYFORWARD, undefined, {
      concept: "spending.carryforward",
    }),
    // A bare 合计 beside 年末结转和结余 is 本年支出合计 or the grand total (支出总计, 结余分配 and
    // 年末结转和结余 held), as its figures tell; headed so nowhere else (a 总计 is left unread).
    {
      .../*#__PURE__*/ amount("grandTotal", [], undefined, {
        concept: "spending.total",
        beside: {
          headers: BARE_TOTALS.spending,
          columns: ["carryforward"],
          sums: { parts: SPENDING_PARTS, balances: ["surplusDistribution", "carryforward"] },
        },
      }),
      rare: true,
      derived: false,
    },
    // A budget printed beside the outcome (`年初预算数 | 决算数`): read apart, never as the outcome.
    .../*#__PURE__*/ budgetColumns(),
  ]),
};

/** 一般公共预算财政拨款支出决算表: 合计 = 基本支出 + 项目支出, 合计 row last; a budget beside it read apart. */
export const finalGpbExpenditure: TableKind = {
  id: "gpbExpenditure",
  name: {
    "zh-CN": "一般公共预算财政拨款支出决算表",
    en: "General public budget appropriation expenditure final accounts",
  },
  titles: /*#__PURE__*/ finalTitles("一般公共预算财政拨款支出决算表"),
  rowKinds: ["total", "functional", "org"],
  defaultUnit: "万元",
  concept: "spending",
  fixed: { fund: "gpb" },
  emptyNote: "optional",
  columns: /*#__PURE__*/ concat(functionalColumns, [
    /*#__PURE__*/ amount("total", [
      "合计",
      "本年支出合计",
      "支出合计",
      "本年支出/小计",
      "本年支出/合计",
      .../*#__PURE__*/ [...OUTCOME_WORDS, "金额", "支出决算数"].flatMap((w) => [
        w,
        `${w}/合计`,
        `${w}/小计`,
      ]),
      "小计",
      "总计",
    ]),
    /*#__PURE__*/ amount("basic", /*#__PURE__*/ natureHeaders("基本支出"), { nature: "basic" }),
    .../*#__PURE__*/ basicPartColumns(),
    /*#__PURE__*/ amount("project", /*#__PURE__*/ natureHeaders("项目支出"), {
      nature: "project",
    }),
    .../*#__PURE__*/ budgetColumns(),
  ]),
};

/**
 * 政府性基金 / 国有资本经营预算财政拨款收入支出决算表: 年初结转和结余, 本年收入, 本年支出 (小计 / 基本 /
 * 项目), 年末结转和结余 by 科目; printed empty with a note when there is none.
 */
const fundTable = (
  id: string,
  fund: "govFund" | "soe",
  wording: string,
  en: string,
): TableKind => ({
  id,
  name: { "zh-CN": wording, en },
  // The central departments' form prints the table without 收入 (`国有资本经营预算财政拨款支出决算表`).
  titles: [...finalTitles(wording), ...finalTitles(wording.replace("收入支出", "支出"))],
  rowKinds: ["total", "functional", "org"],
  defaultUnit: "万元",
  concept: "spending",
  fixed: { fund },
  emptyNote: "required",
  columns: concat(functionalColumns, [
    amount("carryover", ["年初结转和结余", "年初结转结余"], undefined, {
      concept: "revenue.carryover",
    }),
    amount("revenue", ["本年收入", "本年收入合计"], undefined, { concept: "revenue" }),
    // headed flat beside `基本支出 | 项目支出` too (`本年支出合计`, `本年支出`)
    amount("total", ["本年支出/小计", "本年支出/合计", "本年支出合计", "本年支出"]),
    amount("basic", natureHeaders("基本支出", "本年支出/"), { nature: "basic" }),
    amount("project", natureHeaders("项目支出", "本年支出/"), { nature: "project" }),
    amount("carryforward", ["年末结转和结余", "年末结转结余"], undefined, {
      concept: "spending.carryforward",
    }),
  ]),
});

export const finalGovFund: TableKind = /*#__PURE__*/ fundTable(
  "govFund",
  "govFund",
  "政府性基金预算财政拨款收入支出决算表",
  "Government fund appropriation final accounts",
);

export const finalSoe: TableKind = /*#__PURE__*/ fundTable(
  "soe",
  "soe",
  "国有资本经营预算财政拨款收入支出决算表",
  "State capital operation appropriation final accounts",
);
