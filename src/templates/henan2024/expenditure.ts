import { basicNatureLines } from "../basic-lines";
import { amount, concat, fundAmount, fundColumns, plainColumn, variant } from "../build";
import {
  departmentalCodeColumns,
  economicNameAndGovernmentColumns,
  FUNCTIONAL_NAME_HEADERS,
  functionalCodeColumns,
  natureColumns,
  ORG_CODE_HEADERS,
  UNIT_NAME_HEADERS,
} from "../columns";
import type { ColumnSpec, TableKind } from "../types";

/** The keys of the 支出功能分类 code columns (whole, 类, 款, 项). */
const FUNCTIONAL_CODE_KEYS = ["code", "code.class", "code.section", "code.item"];

/** Columns of the 支出表 family (预算03, 05, 09, 10表): code, unit, name, then by nature. */
export const expenditureColumns: readonly ColumnSpec[] = /*#__PURE__*/ concat(
  functionalCodeColumns,
  [
    /*#__PURE__*/ plainColumn("org", "org", ORG_CODE_HEADERS),
    // Printed beside a 科目名称 column, a unit's name is each row's unit; alone, the table's one
    // name column (units' rows and 科目's rows name themselves in it: `部门（单位）名称`). Only
    // `所属单位` says it is each row's unit wherever it is printed.
    {
      .../*#__PURE__*/ plainColumn("text", "org.name", ["所属单位", "所属单位名称"]),
      beside: { headers: UNIT_NAME_HEADERS, columns: ["name"] },
    },
    /*#__PURE__*/ plainColumn(
      "name",
      "name",
      /*#__PURE__*/ concat(FUNCTIONAL_NAME_HEADERS, UNIT_NAME_HEADERS),
    ),
  ],
  natureColumns,
);

/** The 上年结转结余 columns state last year's carry-over, not this year's income. */
const carryover = { concept: "revenue.carryover" } as const;

/** The columns of 预算02表 (and of the national 部门收入总表). */
export const incomeColumns: readonly ColumnSpec[] = /*#__PURE__*/ concat(
  // By unit, or (other printers) by 功能分类 code: the code columns then, the 科目名称 as the name.
  functionalCodeColumns,
  [
    /*#__PURE__*/ plainColumn("org", "org", ORG_CODE_HEADERS),
    // Printed beside the 科目 codes, a unit's name is each row's unit; alone, the row's name.
    {
      key: "org.name",
      role: "text",
      headers: ["预算单位名称"],
      beside: { headers: UNIT_NAME_HEADERS, columns: FUNCTIONAL_CODE_KEYS },
    },
    /*#__PURE__*/ plainColumn(
      "name",
      "name",
      /*#__PURE__*/ concat(
        UNIT_NAME_HEADERS.filter((h) => !h.startsWith("预算单位")),
        FUNCTIONAL_NAME_HEADERS,
      ),
    ),
    // 总计 includes 上年结转; so does a lone 合计 printed beside an 上年结转 column (Jiangsu, Beijing:
    // `合计 | 上年结转结余 | 一般公共预算拨款收入 | …`). Without one, 合计 is this year's income.
    /*#__PURE__*/ amount("total", ["总计", "收入总计"], undefined, {
      concept: "revenue.total",
      beside: { headers: ["合计", "收入合计"], columns: ["carryover"] },
    }),
    /*#__PURE__*/ amount("revenue", ["本年收入/合计", "本年收入/小计", "本年收入合计"]),
    /*#__PURE__*/ fundAmount("gpb", [
      "本年收入/一般公共预算/小计",
      "本年收入/一般公共预算",
      "一般公共预算拨款收入",
      "一般公共预算拨款",
    ]),
    /*#__PURE__*/ fundAmount("gpb.grant", ["本年收入/一般公共预算/其中：财政拨款"], {
      ofWhich: "gpb",
    }),
    /*#__PURE__*/ fundAmount("govFund", [
      "本年收入/政府性基金",
      "政府性基金预算拨款收入",
      "政府性基金预算拨款",
    ]),
    /*#__PURE__*/ fundAmount("soe", [
      "本年收入/国有资本经营预算",
      "国有资本经营预算拨款收入",
      "国有资本经营预算拨款",
    ]),
  ],
  /*#__PURE__*/ fundColumns(
    ["本年收入/", ""],
    [
      ["specialAccount", "财政专户管理资金收入"],
      ["business", "事业收入"],
      ["operating", "事业单位经营收入"],
      ["superior", "上级补助收入"],
      ["affiliated", "附属单位上缴收入"],
      ["other", "其他收入"],
    ],
  ),
  [
    /*#__PURE__*/ amount(
      "carryover",
      ["上年结转结余/合计", "上年结转结余/小计", "上年结转结余", "上年结转"],
      undefined,
      carryover,
    ),
    /*#__PURE__*/ amount(
      "carryover.government",
      ["上年结转结余/财政拨款结转结余"],
      { fund: "government" },
      carryover,
    ),
    /*#__PURE__*/ amount(
      "carryover.gpb",
      ["上年结转结余/一般公共预算"],
      { fund: "gpb" },
      carryover,
    ),
    /*#__PURE__*/ amount(
      "carryover.govFund",
      ["上年结转结余/政府性基金"],
      { fund: "govFund" },
      carryover,
    ),
    /*#__PURE__*/ amount(
      "carryover.soe",
      ["上年结转结余/国有资本经营预算"],
      { fund: "soe" },
      carryover,
    ),
    /*#__PURE__*/ amount(
      "carryover.specialAccount",
      ["上年结转结余/财政专户管理资金"],
      { fund: "specialAccount" },
      carryover,
    ),
    /*#__PURE__*/ amount(
      "carryover.unitFunds",
      ["上年结转结余/单位资金", "上年结转结余/单位资金结转结余"],
      { fund: "unitFunds" },
      carryover,
    ),
  ],
);

/** 预算02表: by unit, this year's income by fund, then 上年结转结余 by fund. */
export const income: TableKind = {
  id: "income",
  name: { "zh-CN": "部门收入预算表", en: "Revenue by unit" },
  number: "02",
  titles: ["部门收入预算表", "部门收入总表", "收入预算总表", "单位收入总体情况表"],
  rowKinds: ["total", "org", "functional"],
  defaultUnit: "万元",
  concept: "revenue",
  emptyNote: "optional",
  columns: incomeColumns,
  // Read by unit or (other printers) by 功能分类 code; derived by unit, as Henan prints it.
  layout: { levels: [], units: "rows" },
};

/** 预算03表. */
export const expenditure: TableKind = {
  id: "expenditure",
  name: { "zh-CN": "部门支出预算表", en: "Expenditure" },
  number: "03",
  titles: ["部门支出预算表", "部门支出总表", "支出预算总表", "单位支出总体情况表"],
  rowKinds: ["total", "org", "functional"],
  defaultUnit: "万元",
  concept: "spending",
  emptyNote: "optional",
  columns: expenditureColumns,
  layout: { levels: [7], units: "none" },
};

/** 预算05表: the 支出表 of the 一般公共预算. */
export const gpbExpenditure: TableKind = /*#__PURE__*/ variant(expenditure, {
  id: "gpbExpenditure",
  name: { "zh-CN": "一般公共预算支出预算表", en: "General public budget expenditure" },
  number: "预算05表",
  titles: ["一般公共预算支出预算表", "一般公共预算支出表", "一般公共预算支出情况表"],
  fixed: { fund: "gpb" },
  // Printed with the carry-over it spends, or without (this year's appropriation).
  thisYear: { fund: "gpb.current" },
});

/** 预算06表: rows by 部门预算支出经济分类, with the matching 政府预算 code. */
export const gpbBasic: TableKind = {
  id: "gpbBasic",
  name: { "zh-CN": "一般公共预算基本支出预算表", en: "General public budget basic expenditure" },
  number: "预算06表",
  titles: ["一般公共预算基本支出预算表", "一般公共预算基本支出表"],
  rowKinds: ["total", "economic", "line"],
  defaultUnit: "万元",
  concept: "spending",
  fixed: { fund: "gpb" },
  emptyNote: "optional",
  layout: { levels: [5] },
  columns: /*#__PURE__*/ concat(departmentalCodeColumns, economicNameAndGovernmentColumns, [
    /*#__PURE__*/ amount("total", ["本年一般公共预算基本支出/合计", "合计", "基本支出合计"], {
      nature: "basic",
    }),
    /*#__PURE__*/ amount("personnel", ["本年一般公共预算基本支出/人员经费", "人员经费"], {
      nature: "basic.personnel",
    }),
    /*#__PURE__*/ amount("public", ["本年一般公共预算基本支出/公用经费", "公用经费"], {
      nature: "basic.public",
    }),
  ]),
  lines: basicNatureLines,
};

/**
 * A fund's money beside a 上年结转结余 column: the fund's spending, but this year's appropriation
 * alone where that column prints a figure (what was carried over is spent there, not here).
 */
const thisYearAmount = (fund: "gpb" | "govFund" | "soe", headers: readonly string[]) => ({
  ...fundAmount(fund, headers),
  thisYear: { carried: ["carryover"], coords: { fund: `${fund}.current` as const } },
});

/** 预算07表: by 部门 and 政府预算经济分类 类 / 款, spending by fund source. */
export const economicSummary: TableKind = {
  id: "economicSummary",
  name: { "zh-CN": "支出经济分类汇总表", en: "Expenditure by economic classification" },
  number: "预算07表",
  titles: ["支出经济分类汇总表"],
  rowKinds: ["total", "org", "economic"],
  defaultUnit: "万元",
  concept: "spending",
  emptyNote: "optional",
  layout: { levels: [5], units: "none" },
  columns: /*#__PURE__*/ concat(
    departmentalCodeColumns,
    economicNameAndGovernmentColumns,
    [
      /*#__PURE__*/ amount("total", ["总计", "合计"]),
      /*#__PURE__*/ thisYearAmount("gpb", ["一般公共预算/小计", "一般公共预算"]),
      // 其中：财政拨款 of the 小计 beside it: this year's money too where that is.
      {
        .../*#__PURE__*/ fundAmount("gpb.grant", ["一般公共预算/其中：财政拨款"], {
          ofWhich: "gpb",
        }),
        thisYear: { carried: ["carryover"], coords: { fund: "gpb.grant.current" } },
      },
      /*#__PURE__*/ thisYearAmount("govFund", ["政府性基金", "政府性基金预算"]),
      /*#__PURE__*/ thisYearAmount("soe", ["国有资本经营预算"]),
      /*#__PURE__*/ fundAmount("carryover", ["上年结转结余"]),
      /*#__PURE__*/ fundAmount("specialAccount", ["财政专户管理资金收入", "财政专户管理资金"]),
    ],
    /*#__PURE__*/ fundColumns(
      [""],
      [
        ["business", "事业收入"],
        ["superior", "上级补助收入"],
        ["affiliated", "附属单位上缴收入"],
        ["operating", "事业单位经营收入"],
        ["other", "其他收入"],
      ],
    ),
  ),
};

/** 预算09表: printed with a note when empty. */
export const govFundExpenditure: TableKind = /*#__PURE__*/ variant(expenditure, {
  id: "govFundExpenditure",
  name: { "zh-CN": "政府性基金支出预算表", en: "Government fund expenditure" },
  number: "预算09表",
  titles: ["政府性基金支出预算表", "政府性基金预算支出表", "政府性基金预算支出情况表"],
  fixed: { fund: "govFund" },
  thisYear: { fund: "govFund.current" },
  emptyNote: "required",
});

/** 预算10表: printed with a note when empty. */
export const soeExpenditure: TableKind = /*#__PURE__*/ variant(expenditure, {
  id: "soeExpenditure",
  name: { "zh-CN": "国有资本经营支出预算表", en: "State capital operation expenditure" },
  number: "预算10表",
  titles: ["国有资本经营支出预算表", "国有资本经营预算支出表"],
  fixed: { fund: "soe" },
  thisYear: { fund: "soe.current" },
  emptyNote: "required",
});
