import { amount, concat, fundAmount, fundColumns, plainColumn } from "../build";
import {
  BUDGET_AMOUNT_HEADINGS,
  budgetHeaders,
  departmentalCodeColumns,
  ECONOMIC_NAME_HEADERS,
  ORG_CODE_HEADERS,
  UNIT_AND_SUBJECT_NAME_HEADERS,
  UNIT_NAME_HEADERS,
} from "../columns";
import { groupedFee, receptionPartColumns } from "../san-gong-parts";
import type { ColumnSpec, TableKind } from "../types";

/** The columns of 预算08表 (and of the national 三公 table): one row, the 三公 items. */
export const sanGongColumns: readonly ColumnSpec[] = [
  {
    .../*#__PURE__*/ amount("total", /*#__PURE__*/ budgetHeaders(["“三公”经费合计", "合计"])),
    // `总计` beside a `合计` sums more than the 三公 (机关运行经费): the 合计 is the total there.
    fallback: /*#__PURE__*/ budgetHeaders(["“三公”经费总计", "总计"]),
  },
  // A fee grouped over parts prints its own figure under it as 小计 / 合计 (`groupedFee`).
  /*#__PURE__*/ amount(
    "abroad",
    /*#__PURE__*/ budgetHeaders(/*#__PURE__*/ groupedFee(["因公出国（境）费", "出国（境）费"])),
    { item: "abroad" },
  ),
  // 运行维护费 and 经费 / 费用 wordings are read as these (templates/wording.ts).
  /*#__PURE__*/ amount(
    "vehicles",
    // Printed alone (no 购置费 / 运行费 columns beside it), the item is its own column.
    /*#__PURE__*/ budgetHeaders([
      "公务用车购置及运行费/小计",
      "公务用车购置及运行费/合计",
      "公务用车购置及运行费",
    ]),
    { item: "vehicles" },
  ),
  /*#__PURE__*/ amount(
    "vehicles.purchase",
    /*#__PURE__*/ budgetHeaders([
      "公务用车购置及运行费/公务用车购置费",
      "公务用车购置费",
      "公务用车购置及运行费/购置费",
    ]),
    { item: "vehicles.purchase" },
  ),
  /*#__PURE__*/ amount(
    "vehicles.operation",
    /*#__PURE__*/ budgetHeaders([
      "公务用车购置及运行费/公务用车运行费",
      "公务用车运行费",
      "公务用车购置及运行费/运行费",
    ]),
    { item: "vehicles.operation" },
  ),
  /*#__PURE__*/ amount(
    "reception",
    /*#__PURE__*/ budgetHeaders(/*#__PURE__*/ groupedFee(["公务接待费"])),
    { item: "reception" },
  ),
  // 公务接待费's parts under 其中 (国内 / 外事接待费): each at most it, never it nor summed.
  .../*#__PURE__*/ receptionPartColumns(budgetHeaders),
];

/** 预算08表. */
export const sanGong: TableKind = {
  id: "sanGong",
  name: { "zh-CN": "一般公共预算“三公”经费预算表", en: "“Three public expenses”" },
  number: "预算08表",
  // `“三公”经费预算表` after a unit's name or another wording (`部门“三公”经费预算表`,
  // `财政拨款“三公”经费预算表`).
  titles: [
    "一般公共预算“三公”经费预算表",
    "一般公共预算“三公”经费支出表",
    "“三公”经费支出预算表",
    "“三公”经费预算表",
  ],
  rowKinds: ["single"],
  defaultUnit: "万元",
  concept: "sanGong",
  emptyNote: "optional",
  columns: sanGongColumns,
};

/** 预算11表: by unit and 项目类别, spending by every fund source the Henan budget knows. */
export const operatingCost: TableKind = {
  id: "operatingCost",
  name: { "zh-CN": "行政（事业）单位机构运转经费预算表", en: "Institutional operating costs" },
  number: "预算11表",
  titles: ["行政（事业）单位机构运转经费预算表", "机构运转经费预算表"],
  rowKinds: ["total", "org", "economic"],
  defaultUnit: "万元",
  concept: "operatingCost",
  emptyNote: "optional",
  layout: { levels: [5], units: "sections" },
  columns: /*#__PURE__*/ concat(
    departmentalCodeColumns,
    [
      /*#__PURE__*/ plainColumn("org", "org", ORG_CODE_HEADERS),
      // Units' and 科目's names in one column, however headed (`单位（科目名称）`, `部门（单位）`).
      /*#__PURE__*/ plainColumn("name", "name", [
        ...UNIT_AND_SUBJECT_NAME_HEADERS,
        ...UNIT_NAME_HEADERS,
        ...ECONOMIC_NAME_HEADERS,
      ]),
      {
        key: "category",
        role: "attribute",
        dimension: "category",
        headers: ["项目类别"],
        values: {
          公用经费: "公用经费",
          工会经费: "工会经费",
          职工福利费: "职工福利费",
          公务用车运行维护费: "公务用车运行维护费",
          公务交通补贴: "公务交通补贴",
          退休人员公用经费: "退休人员公用经费",
        },
      },
      /*#__PURE__*/ amount("total", ["合计", ...BUDGET_AMOUNT_HEADINGS]),
    ],
    // A table by economic code alone prints a fund's figure under its bare name (`一般公共预算`).
    [
      /*#__PURE__*/ fundAmount("gpb", [
        "资金来源/一般公共预算资金/小计",
        "一般公共预算资金/小计",
        "一般公共预算资金",
        "一般公共预算",
      ]),
    ],
    /*#__PURE__*/ fundColumns(
      ["资金来源/一般公共预算资金/一般公共预算资金/", "一般公共预算资金/"],
      [
        ["gpb.grant", "财政拨款"],
        ["gpb.fees", "纳入预算管理的行政事业性收费"],
        ["gpb.special", "专项收入"],
        ["gpb.assets", "国有资产资源有偿使用收入"],
        ["gpb.otherSources", "其他一般公共预算资金"],
        ["gpb.transfer", "一般性转移支付资金"],
      ],
    ),
    /*#__PURE__*/ fundColumns(["资金来源/一般公共预算资金/", ""], [["gpb.bonds", "一般债券"]]),
    [
      /*#__PURE__*/ fundAmount("govFund", [
        "资金来源/政府性基金预算资金/小计",
        "政府性基金预算资金/小计",
        "政府性基金预算",
        "政府性基金",
      ]),
    ],
    [/*#__PURE__*/ fundAmount("govFund.own", ["资金来源/政府性基金预算资金/政府性基金预算资金"])],
    /*#__PURE__*/ fundColumns(
      ["资金来源/政府性基金预算资金/", ""],
      [["govFund.bonds", "专项债券"]],
    ),
    /*#__PURE__*/ fundColumns(
      ["资金来源/", ""],
      [
        ["soe", "国有资本经营预算"],
        ["specialAccount", "财政专户管理资金收入"],
        ["unitFunds", "单位资金/小计"],
      ],
    ),
    /*#__PURE__*/ fundColumns(
      ["资金来源/单位资金/", ""],
      [
        ["business", "事业收入资金"],
        ["superior", "上级补助收入资金"],
        ["affiliated", "附属单位上缴收入资金"],
        ["operating", "事业单位经营收入资金"],
        ["other", "其他收入资金"],
      ],
    ),
    /*#__PURE__*/ fundColumns(
      ["资金来源/", ""],
      [
        ["carryover.government", "财政性资金结余结转"],
        ["carryover.specialAccount", "财政专户管理资金收入结余结转"],
        ["carryover.unitFunds", "单位资金结余结转"],
      ],
    ),
  ),
};
