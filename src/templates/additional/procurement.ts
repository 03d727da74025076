import { amount, concat, fundColumns, plainColumn } from "../build";
import { ORG_CODE_HEADERS, ORG_NAME_HEADERS } from "../columns";
import type { ColumnSpec, TableKind } from "../types";
import { otherSubjects } from "./subjects";

/** The headings printers put above a procurement table's money, its total under each. */
const MONEY_GROUPS = ["采购预算金额", "政府采购预算", "采购金额", "预算金额", "金额"];

/** A column under one of {@link MONEY_GROUPS} or bare, in each of its `wordings`. */
const underMoney = (wordings: readonly string[]): readonly string[] => [
  ...wordings,
  ...MONEY_GROUPS.flatMap((g) => wordings.map((w) => `${g}/${w}`)),
];

/** The wordings of the part of a procurement reserved for 中小企业, alone or over its parts. */
const SME_GROUPS = [
  "面向中小企业预留资金",
  "其中：面向中小企业预留资金",
  "面向中小企业预留",
  "其中：面向中小企业预留",
  "中小企业预留资金",
  "预留中小企业份额",
  "面向中小企业预留份额",
];

/** The part of the 中小企业 reserve for 小微企业 (`其中：` is dropped when headers compare). */
const SMALL = ["面向小微企业预留", "面向小微企业预留资金", "小微企业", "预留小微企业份额"];

/** 货物 / 工程 / 服务: the categories a procurement total is made of (`procurement.categories`). */
const CATEGORIES = [
  ["goods", "货物"],
  ["works", "工程"],
  ["services", "服务"],
] as const;

/**
 * A procurement's category printed in a column of its own (`采购类别 | 项目名称 | …`): kept as
 * text (a row's category as a coordinate would take its figures out of the total's sum where a
 * category prints no row). Its `values` are the words that head a group of projects printed under
 * them (`一、货物类`, `服务类小计`: a group's heading, never a project): each category's word,
 * `…类` and `…采购`.
 */
const categoryColumn: ColumnSpec = {
  key: "category",
  role: "text",
  headers: ["采购类别", "采购类型", "采购分类", "采购品目类别", "品目类别"],
  values: /*#__PURE__*/ Object.fromEntries(
    CATEGORIES.flatMap(([, w]) => [w, `${w}类`, `${w}采购`].map((v) => [v, w])),
  ),
};

/**
 * The columns of a 政府采购预算表: the unit or project, what is bought and its category (text),
 * the total, its categories (货物 / 工程 / 服务), its fund sources, and the part reserved for 中小企业 (of which).
 */
const procurementColumns: readonly ColumnSpec[] = /*#__PURE__*/ concat(
  [
    /*#__PURE__*/ plainColumn("org", "org", [...ORG_CODE_HEADERS, "单位编码"]),
    // A unit's name beside the procurement project's (`单位名称 | 采购项目`) is the row's unit;
    // alone, the row's name (a table by unit).
    {
      .../*#__PURE__*/ plainColumn("text", "org.name", ["采购单位", "采购单位名称"]),
      beside: { headers: ORG_NAME_HEADERS, columns: ["name"] },
      tells: true,
    },
    /*#__PURE__*/ plainColumn("name", "name", [
      "单位名称（项目名称）",
      "项目名称",
      "采购项目",
      "采购项目名称",
      "政府采购项目",
      ...ORG_NAME_HEADERS,
    ]),
    // What is bought and how: kept as printed, stating no fact.
    // A project bought in several items prints a row per item: the item tells them apart.
    {
      .../*#__PURE__*/ plainColumn("text", "item", [
        "采购品目",
        "采购品目名称",
        "政府采购品目",
        "采购目录",
        "政府采购目录",
      ]),
      tells: true,
    },
    categoryColumn,
    /*#__PURE__*/ plainColumn("text", "method", ["采购方式", "组织形式"]),
    /*#__PURE__*/ plainColumn("text", "quantity", ["数量", "采购数量"]),
    /*#__PURE__*/ plainColumn("text", "measure", ["计量单位"]),
    /*#__PURE__*/ amount(
      "total",
      underMoney(["合计", "小计"]).concat(MONEY_GROUPS, ["政府采购预算总额", "采购预算总额"]),
    ),
  ],
  /*#__PURE__*/ CATEGORIES.map(([key, wording]) =>
    amount(
      key,
      underMoney([wording, `${wording}类`, `${wording}采购`]).concat(
        `采购类别/${wording}`,
        `采购类别/${wording}类`,
      ),
      { category: wording },
    ),
  ),
  /*#__PURE__*/ fundColumns(
    ["资金来源/", ""],
    [
      ["government", "财政拨款"],
      ["gpb", "一般公共预算"],
      ["govFund", "政府性基金预算"],
      ["soe", "国有资本经营预算"],
      ["specialAccount", "财政专户管理资金"],
      ["unitFunds", "单位资金"],
    ],
  ),
  [
    // 政府采购 ≥ its reserve for small and medium enterprises (`ofWhich`).
    /*#__PURE__*/ amount(
      "sme",
      SME_GROUPS.concat(SME_GROUPS.flatMap((g) => [`${g}/小计`, `${g}/合计`])),
      { category: "中小企业" },
      { ofWhich: "total" },
    ),
    // The part of it reserved for 小微企业: read, unchecked (coverage).
    /*#__PURE__*/ plainColumn(
      "text",
      "sme.small",
      SME_GROUPS.flatMap((g) => SMALL.map((w) => `${g}/${w}`)).concat(SMALL),
    ),
  ],
);

/**
 * 政府采购预算表 (政府采购预算明细表): printed by most provinces beside the national minimum, one
 * row a unit or a procurement project, its 政府采购预算 by category and fund. Never derived from a
 * ledger (a ledger holds no procurement).
 */
export const procurement: TableKind = {
  id: "procurement",
  name: { "zh-CN": "政府采购预算表", en: "Government procurement budget" },
  titles: [
    "政府采购预算表",
    "政府采购预算明细表",
    "部门政府采购预算表",
    "单位政府采购预算表",
    "政府采购支出预算表",
    "政府采购预算汇总表",
  ],
  titleExcludes: /*#__PURE__*/ otherSubjects("procurement"),
  rowKinds: ["total", "org", "project"],
  defaultUnit: "万元",
  concept: "procurement",
  emptyNote: "optional",
  derived: false,
  columns: procurementColumns,
};
