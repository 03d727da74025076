import type { Nature } from "../facts";
import {
  amount,
  codeColumns,
  concat,
  incomeLine,
  line,
  plainColumn,
  revenueLine,
  spendingLine,
} from "./build";
import { carryforwardFundLines, carryoverFundLines } from "./carry-lines";
import type { ColumnSpec, LineSpec } from "./types";

/**
 * How printers head a 支出功能分类 code: whole (`科目编码`, `功能分类科目编码`) or split under the
 * heading into 类 / 款 / 项 (`科目编码/类`, or bare `类`). Data shared by every template.
 * @internal
 */
export const FUNCTIONAL_CODE_GROUPS: readonly string[] = [
  "科目编码",
  "功能分类科目编码",
  "支出功能分类科目编码",
  "项目/功能分类科目编码",
  "功能分类科目/编码",
  "支出功能分类科目/编码",
];

/** How printers head a 部门预算支出经济分类 code (whole, or 类 / 款 under the heading). @internal */
export const DEPARTMENTAL_CODE_GROUPS: readonly string[] = [
  "部门预算支出经济分类科目/科目编码",
  "项目/经济分类科目编码",
  "经济分类科目编码",
  "部门经济分类科目编码",
  "部门预算经济分类",
  "经济分类科目/编码",
  "部门预算支出经济分类科目/编码",
  // 支出经济分类 unqualified: the 部门预算 one, which 基本支出 tables print.
  "支出经济分类科目编码",
  "支出经济分类科目/编码",
  "支出经济分类科目/科目编码",
  "科目编码",
];

/** How printers head a 政府预算支出经济分类 code. @internal */
export const GOVERNMENT_CODE_GROUPS: readonly string[] = [
  "政府预算支出经济分类科目/科目编码",
  "政府预算经济分类",
  "政府经济分类科目编码",
  "政府预算经济分类科目编码",
];

/**
 * How printers head a unit's code (单位代码; 编码 as budget systems print it reads the same through
 * `headerWording`). @internal
 */
export const ORG_CODE_HEADERS: readonly string[] = [
  "单位代码",
  "部门（单位）代码",
  "单位（部门）代码",
  "预算单位代码",
];

/**
 * How printers head a unit's name printed on each row beside the 科目名称 (a 部门's table by 科目
 * whose rows each name their unit): kept as text, read as the row's unit. @internal
 */
export const ORG_NAME_HEADERS: readonly string[] = [
  "单位名称",
  "部门（单位）名称",
  "单位（部门）名称",
  "预算单位名称",
  "预算单位",
];

/**
 * How printers head a unit's name, also as their own wording alone (`部门（单位）`, no 名称):
 * beside a 科目名称 column the row's unit; as a table's one name column (units' rows and 科目's
 * rows printing their names in it) its name column. @internal
 */
export const UNIT_NAME_HEADERS: readonly string[] = [
  ...ORG_NAME_HEADERS,
  "部门（单位）",
  "单位（部门）",
  "部门（单位）全称",
];

/**
 * How printers head the one name column of a table by unit and 科目, printing units' and 科目's
 * names alike (`单位（科目名称）`, `单位名称（科目）`, `单位及科目名称`). @internal
 */
export const UNIT_AND_SUBJECT_NAME_HEADERS: readonly string[] = [
  "单位（科目名称）",
  "单位名称（科目）",
  "单位（科目）名称",
  "单位（科目）",
  "单位及科目名称",
  "单位名称及科目名称",
  "部门（单位）及科目名称",
  "单位/科目名称",
];

/** How printers head the name column of a table by 支出功能分类 code. @internal */
export const FUNCTIONAL_NAME_HEADERS: readonly string[] = [
  "功能分类科目名称",
  "项目/功能分类科目名称",
  "支出功能分类科目名称",
  "功能分类科目/名称",
  "支出功能分类科目/名称",
  "科目名称",
  "项目名称",
  ...UNIT_AND_SUBJECT_NAME_HEADERS,
];

/** How printers head the name column of a table by 部门预算支出经济分类 code. @internal */
export const ECONOMIC_NAME_HEADERS: readonly string[] = [
  "部门预算支出经济分类科目/科目名称",
  "项目/部门经济分类科目名称",
  "项目/经济分类科目名称",
  "部门经济分类科目名称",
  "经济分类科目名称",
  "经济分类科目/名称",
  "部门预算支出经济分类科目/名称",
  "部门预算经济分类/科目名称",
  "支出经济分类科目名称",
  "支出经济分类科目/名称",
  "支出经济分类科目/科目名称",
  "科目名称",
  "项目名称",
];

/** How printers head the name column of a 政府预算支出经济分类 code (kept as text). @internal */
export const GOVERNMENT_NAME_HEADERS: readonly string[] = [
  "政府预算支出经济分类科目/科目名称",
  "政府预算经济分类/科目名称",
  "政府经济分类科目名称",
  "政府预算经济分类科目名称",
];

/** 支出功能分类 code columns (whole or 类 / 款 / 项). @internal */
export const functionalCodeColumns: readonly ColumnSpec[] = /*#__PURE__*/ codeColumns(
  "code",
  "functional",
  3,
  FUNCTIONAL_CODE_GROUPS,
);

/** 部门预算支出经济分类 code columns (whole or 类 / 款). @internal */
export const departmentalCodeColumns: readonly ColumnSpec[] = /*#__PURE__*/ codeColumns(
  "econ",
  "departmental",
  2,
  DEPARTMENTAL_CODE_GROUPS,
);

/**
 * 政府预算支出经济分类 code columns (whole or 类 / 款), always under their heading: a bare `类` is
 * the 部门预算 code's. @internal
 */
export const governmentCodeColumns: readonly ColumnSpec[] = /*#__PURE__*/ codeColumns(
  "gov",
  "government",
  2,
  GOVERNMENT_CODE_GROUPS,
  false,
);

/** The name column of a table by 部门预算经济分类, and its 政府预算 code with the name printed beside it. @internal */
export const economicNameAndGovernmentColumns: readonly ColumnSpec[] = /*#__PURE__*/ concat(
  [/*#__PURE__*/ plainColumn("name", "econ.name", ECONOMIC_NAME_HEADERS)],
  governmentCodeColumns,
  [{ key: "gov.name", role: "text", system: "government", headers: GOVERNMENT_NAME_HEADERS }],
);

/**
 * The spending a unit makes besides 基本支出 and 项目支出, in the columns the national 部门支出总表
 * form prints after them (合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助, a department with
 * 事业单位 among its units): 上缴上级支出, 事业单位经营支出 and 对附属单位补助支出. @internal
 */
export const OTHER_NATURE_COLUMNS: readonly ColumnSpec[] = [
  /*#__PURE__*/ amount("remittance", ["上缴上级支出"], { nature: "remittance" }),
  /*#__PURE__*/ amount("operations", ["事业单位经营支出", "经营支出"], { nature: "operations" }),
  /*#__PURE__*/ amount("affiliates", ["对附属单位补助支出"], { nature: "affiliates" }),
];

/**
 * 合计 / 基本支出 (人员经费, 公用经费) / 项目支出 columns of the Henan 支出表 family. The total may
 * be headed as the sum beside its parts (`小计`, under a period's group: `2024年预算数/小计`) or
 * as the amount itself (`预算数`, `2024年预算数` beside `基本支出 | 项目支出`). @internal
 */
export const natureColumns: readonly ColumnSpec[] = [
  /*#__PURE__*/ amount("total", ["合计", "总计", "支出合计", "支出总计", "小计", "预算数"]),
  /*#__PURE__*/ amount("basic", ["基本支出/小计", "基本支出/合计", "基本支出"], {
    nature: "basic",
  }),
  /*#__PURE__*/ amount("basic.personnel", ["基本支出/人员经费", "人员经费"], {
    nature: "basic.personnel",
  }),
  /*#__PURE__*/ amount("basic.public", ["基本支出/公用经费", "公用经费"], {
    nature: "basic.public",
  }),
  /*#__PURE__*/ amount(
    "basic.salary",
    ["基本支出/人员经费/工资福利支出", "人员经费/工资福利支出", "工资福利支出"],
    { nature: "basic.personnel", econ: "301" },
  ),
  /*#__PURE__*/ amount(
    "basic.family",
    ["基本支出/人员经费/对个人和家庭的补助", "人员经费/对个人和家庭的补助", "对个人和家庭的补助"],
    { nature: "basic.personnel", econ: "303" },
  ),
  /*#__PURE__*/ amount(
    "basic.goods",
    ["基本支出/公用经费/商品和服务支出", "公用经费/商品和服务支出", "商品和服务支出"],
    { nature: "basic.public", econ: "302" },
  ),
  /*#__PURE__*/ amount(
    "basic.capital",
    ["基本支出/公用经费/资本性支出", "公用经费/资本性支出", "资本性支出"],
    { nature: "basic.public", econ: "310" },
  ),
  /*#__PURE__*/ amount("project", ["项目支出/小计", "项目支出/合计", "项目支出"], {
    nature: "project",
  }),
  /*#__PURE__*/ amount("project.operating", ["项目支出/其他运转类", "其他运转类"], {
    nature: "project.operating",
  }),
  /*#__PURE__*/ amount("project.specific", ["项目支出/特定目标类", "特定目标类"], {
    nature: "project.specific",
  }),
  ...OTHER_NATURE_COLUMNS,
];

/** 收入 lines by fund source, shared by 收支总表 variants. @internal */
export const revenueSourceLines: readonly LineSpec[] = [
  /*#__PURE__*/ revenueLine("gpb", [
    "一般公共预算",
    "一般公共预算拨款收入",
    "一般公共预算拨款",
    "一般公共预算资金",
  ]),
  /*#__PURE__*/ revenueLine("gpb.grant", ["其中：财政拨款", "财政拨款"], {
    ofWhich: "revenue.gpb",
  }),
  /*#__PURE__*/ revenueLine("govFund", [
    "政府性基金预算拨款收入",
    "政府性基金预算",
    "政府性基金",
    "政府性基金预算拨款",
  ]),
  /*#__PURE__*/ revenueLine("soe", [
    "国有资本经营预算拨款收入",
    "国有资本经营预算",
    "国有资本经营预算拨款",
  ]),
  /*#__PURE__*/ revenueLine("specialAccount", ["财政专户管理资金收入", "财政专户管理资金"]),
  /*#__PURE__*/ revenueLine("business", ["事业收入"]),
  /*#__PURE__*/ revenueLine("operating", ["事业单位经营收入", "经营收入"]),
  /*#__PURE__*/ revenueLine("superior", ["上级补助收入"]),
  /*#__PURE__*/ revenueLine("affiliated", ["附属单位上缴收入"]),
  /*#__PURE__*/ revenueLine("other", ["其他收入"]),
  // Printed after 本年收入合计 (the national layout), outside it, like 使用非财政拨款结余 in a 决算.
  {
    .../*#__PURE__*/ revenueLine("businessFund", ["用事业基金弥补收支差额"]),
    outside: { after: "revenue", concept: "revenue.surplusUsed" },
  },
];

/** Totals lines of a 收支总表. @internal */
export const summaryTotalLines: readonly LineSpec[] = [
  /*#__PURE__*/ incomeLine("revenue", "revenue", ["本年收入合计", "本年收入"]),
  /*#__PURE__*/ incomeLine("revenue.carryover", "revenue.carryover", ["上年结转结余", "上年结转"]),
  // `收入合计` above 上年结转 and `收入总计` below: the upper is the year's (see `LineSpec.upper`).
  {
    .../*#__PURE__*/ incomeLine("revenue.total", "revenue.total", ["收入总计", "收入合计", "总计"]),
    upper: "revenue",
  },
  /*#__PURE__*/ spendingLine("spending", "spending", ["本年支出合计", "本年支出"]),
  /*#__PURE__*/ spendingLine("spending.carryforward", "spending.carryforward", [
    "年终结转结余",
    "年末结转结余",
  ]),
  {
    .../*#__PURE__*/ spendingLine("spending.total", "spending.total", [
      "支出总计",
      "支出合计",
      "总计",
    ]),
    upper: "spending",
  },
  ...carryoverFundLines,
  ...carryforwardFundLines,
];

/** A spending-side line of one nature, read where printed, not derived (see `LineSpec.derived`). */
const natureLine = (id: string, labels: readonly string[], nature: Nature): LineSpec => ({
  ...line(id, "spending", labels, { nature }, { side: "spending" }),
  derived: false,
});

/**
 * Spending lines by nature, on the spending side of a 收支总表 that sums up this year's spending by
 * nature (一、基本支出 / 人员经费 / 公用经费, 二、项目支出, 三、事业单位经营支出, 四、上缴上级支出, 五、对附属单位
 * 补助支出) instead of by 功能分类 类: each line states `spending` of its nature. Read wherever printed; a
 * ledger derives the 类 lines. @internal
 */
export const spendingNatureLines: readonly LineSpec[] = [
  /*#__PURE__*/ natureLine("spending.basic", ["基本支出"], "basic"),
  /*#__PURE__*/ natureLine("spending.basic.personnel", ["人员经费"], "basic.personnel"),
  /*#__PURE__*/ natureLine("spending.basic.public", ["公用经费"], "basic.public"),
  /*#__PURE__*/ natureLine("spending.project", ["项目支出"], "project"),
  /*#__PURE__*/ natureLine("spending.project.operating", ["其他运转类"], "project.operating"),
  /*#__PURE__*/ natureLine("spending.project.specific", ["特定目标类"], "project.specific"),
  /*#__PURE__*/ natureLine("spending.remittance", ["上缴上级支出"], "remittance"),
  /*#__PURE__*/ natureLine("spending.operations", ["事业单位经营支出", "经营支出"], "operations"),
  /*#__PURE__*/ natureLine("spending.affiliates", ["对附属单位补助支出"], "affiliates"),
];

/** The headings of a budget amount column: `预算数`, and (a period mark aside) `本年预算`, `金额`. */
export const BUDGET_AMOUNT_HEADINGS: readonly string[] = ["预算数", "预算", "金额", "预算金额"];

/**
 * An item's headers, each also with a budget amount's heading below it (`公务接待费/预算数`), as
 * a one-row table printed one item a row (`项目 | 2023年预算数 | 2024年预算数 | 增减额`) is read.
 */
export const budgetHeaders = (headers: readonly string[]): readonly string[] => [
  ...headers,
  ...headers.flatMap((h) => BUDGET_AMOUNT_HEADINGS.map((a) => `${h}/${a}`)),
];
