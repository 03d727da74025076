import { basicNatureLines } from "../basic-lines";
import { amount, concat, fundColumns, plainColumn } from "../build";
import {
  departmentalCodeColumns,
  ECONOMIC_NAME_HEADERS,
  FUNCTIONAL_NAME_HEADERS,
  functionalCodeColumns,
  OTHER_NATURE_COLUMNS,
  UNIT_NAME_HEADERS,
} from "../columns";
import type { ColumnSpec, TableKind } from "../types";
import { printedTitles } from "./shared";

/**
 * 功能分类科目编码 (printed in three columns under the 项目 header, or whole) and the
 * 功能分类科目名称 column (the Shanghai 收入 / 支出 / 支出功能分类 tables).
 */
const functionalColumns: readonly ColumnSpec[] = /*#__PURE__*/ concat(functionalCodeColumns, [
  // A 部门's table by unit and 科目 heads its one name column as a unit's (`部门（单位）名称`).
  /*#__PURE__*/ plainColumn(
    "name",
    "name",
    /*#__PURE__*/ concat(FUNCTIONAL_NAME_HEADERS, UNIT_NAME_HEADERS),
  ),
]);

/** A functional-code spending table whose 合计 / 基本支出 / 项目支出 sit under `group`. */
const spendingColumns = (group: string): readonly ColumnSpec[] => [
  ...functionalColumns,
  amount("total", [`${group}/合计`, "合计"]),
  amount("basic", [`${group}/基本支出`, "基本支出"], { nature: "basic" }),
  amount("project", [`${group}/项目支出`, "项目支出"], { nature: "project" }),
  ...OTHER_NATURE_COLUMNS,
];

/** By functional code, not by unit; 合计 is this year's income (Shanghai budgets no carry-over). */
export const income: TableKind = {
  id: "income",
  name: { "zh-CN": "收入预算总表", en: "Revenue by function" },
  titles: /*#__PURE__*/ printedTitles("收入预算总表"),
  rowKinds: ["total", "functional"],
  defaultUnit: "元",
  concept: "revenue",
  emptyNote: "optional",
  columns: /*#__PURE__*/ concat(
    functionalColumns,
    [/*#__PURE__*/ amount("revenue", ["收入预算/合计", "合计"])],
    /*#__PURE__*/ fundColumns(
      ["收入预算/", ""],
      [
        ["government", "财政拨款收入"],
        ["business", "事业收入"],
        ["operating", "事业单位经营收入"],
        ["other", "其他收入"],
      ],
    ),
  ),
};

export const expenditure: TableKind = {
  id: "expenditure",
  name: { "zh-CN": "支出预算总表", en: "Expenditure by function" },
  titles: /*#__PURE__*/ printedTitles("支出预算总表"),
  rowKinds: ["total", "functional"],
  defaultUnit: "元",
  concept: "spending",
  emptyNote: "optional",
  columns: /*#__PURE__*/ spendingColumns("支出预算"),
};

export const gpbExpenditure: TableKind = {
  id: "gpbExpenditure",
  name: {
    "zh-CN": "一般公共预算支出功能分类预算表",
    en: "General public budget expenditure by function",
  },
  titles: /*#__PURE__*/ printedTitles("一般公共预算支出功能分类预算表"),
  rowKinds: ["total", "functional"],
  defaultUnit: "元",
  concept: "spending",
  fixed: { fund: "gpb" },
  emptyNote: "optional",
  columns: /*#__PURE__*/ spendingColumns("一般公共预算支出"),
};

export const govFundExpenditure: TableKind = {
  id: "govFundExpenditure",
  name: {
    "zh-CN": "政府性基金预算支出功能分类预算表",
    en: "Government fund expenditure by function",
  },
  titles: /*#__PURE__*/ printedTitles("政府性基金预算支出功能分类预算表"),
  rowKinds: ["total", "functional"],
  defaultUnit: "元",
  concept: "spending",
  fixed: { fund: "govFund" },
  emptyNote: "required",
  columns: /*#__PURE__*/ spendingColumns("政府性基金预算支出"),
};

export const soeExpenditure: TableKind = {
  id: "soeExpenditure",
  name: {
    "zh-CN": "国有资本经营预算支出功能分类预算表",
    en: "State capital operation expenditure by function",
  },
  titles: /*#__PURE__*/ printedTitles("国有资本经营预算支出功能分类预算表"),
  rowKinds: ["total", "functional"],
  defaultUnit: "元",
  concept: "spending",
  fixed: { fund: "soe" },
  emptyNote: "required",
  columns: /*#__PURE__*/ spendingColumns("国有资本经营预算支出"),
};

/** Rows are 部门预算经济分类 类 and 款 (code in two columns); all of it is 基本支出. */
export const gpbBasic: TableKind = {
  id: "gpbBasic",
  name: {
    "zh-CN": "一般公共预算基本支出部门预算经济分类预算表",
    en: "General public budget basic expenditure",
  },
  titles: /*#__PURE__*/ printedTitles("一般公共预算基本支出部门预算经济分类预算表"),
  rowKinds: ["total", "economic", "line"],
  defaultUnit: "元",
  concept: "spending",
  fixed: { fund: "gpb" },
  emptyNote: "optional",
  columns: /*#__PURE__*/ concat(departmentalCodeColumns, [
    /*#__PURE__*/ plainColumn("name", "econ.name", ECONOMIC_NAME_HEADERS),
    /*#__PURE__*/ amount("total", ["一般公共预算基本支出/合计", "合计"], { nature: "basic" }),
    /*#__PURE__*/ amount("personnel", ["一般公共预算基本支出/人员经费", "人员经费"], {
      nature: "basic.personnel",
    }),
    /*#__PURE__*/ amount("public", ["一般公共预算基本支出/公用经费", "公用经费"], {
      nature: "basic.public",
    }),
  ]),
  lines: basicNatureLines,
};
