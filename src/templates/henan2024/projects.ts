import { amount, concat, fundAmount, fundColumns, plainColumn } from "../build";
import { ORG_CODE_HEADERS, UNIT_NAME_HEADERS } from "../columns";
import type { ColumnSpec, TableKind } from "../types";

/**
 * 项目类型 / 项目分类 printed as text, setting the row's nature: `其他运转类`, `特定目标类`, or
 * spelled out as a kind of project (`其他运转类项目`, `特定目标类项目`).
 */
export const projectType = (headers: readonly string[]): ColumnSpec => ({
  key: "type",
  role: "attribute",
  dimension: "nature",
  headers,
  values: {
    其他运转类: "project.operating",
    特定目标类: "project.specific",
    其他运转类项目: "project.operating",
    特定目标类项目: "project.specific",
  },
  grouping: true,
});

/** The three budgets' funds, this year's part of each, and the heading each is printed under. */
const BUDGET_FUNDS = [
  ["gpb", "gpb.current", "一般公共预算"],
  ["govFund", "govFund.current", "政府性基金预算"],
  ["soe", "soe.current", "国有资本经营预算"],
] as const;

/**
 * How printers head the group of this year's appropriations by fund (`本年拨款/一般公共预算`,
 * `本年财政拨款/…`, `当年财政拨款/…`).
 */
const THIS_YEAR_GROUPS = ["本年拨款", "本年财政拨款", "当年拨款", "当年财政拨款"] as const;

/**
 * A fund's 本年拨款: the fund's spending, but beside a carry-over the table prints (its own
 * 财政拨款结转结余 column, or the one of all three funds) this year's appropriation alone.
 */
const thisYearColumn = ([fund, current, wording]: (typeof BUDGET_FUNDS)[number]): ColumnSpec => ({
  ...fundAmount(
    fund,
    THIS_YEAR_GROUPS.map((group) => `${group}/${wording}`),
  ),
  thisYear: { carried: [`carryover.${fund}`, "carryover.government"], coords: { fund: current } },
});

/** The columns of 预算12表 (and of the national 项目支出表): 项目类型, 名称, 单位, then by fund. */
export const projectColumns: readonly ColumnSpec[] = /*#__PURE__*/ concat(
  [
    /*#__PURE__*/ projectType(["类型", "项目类型", "项目类别", "项目分类"]),
    // A 部门's table printing each project's unit in columns of its own (`单位编码 | 单位名称 |
    // 项目名称`): the project is its unit's (see `listsProjects`); the name tells two units'
    // projects of one name apart where the code is not printed.
    /*#__PURE__*/ plainColumn("org", "org", [...ORG_CODE_HEADERS, "单位编码"]),
    { .../*#__PURE__*/ plainColumn("text", "org.name", UNIT_NAME_HEADERS), tells: true },
    /*#__PURE__*/ plainColumn("name", "name", ["项目名称"]),
    // The project's own code (a 项目库 code, no 科目's), where a printer adds it: kept as text,
    // telling two projects of one name apart.
    {
      .../*#__PURE__*/ plainColumn("text", "projectCode", ["项目编码", "项目代码"]),
      tells: true,
      rare: true,
    },
    /*#__PURE__*/ plainColumn("text", "unit", ["项目单位"]),
    /*#__PURE__*/ amount("total", ["合计"]),
  ],
  /*#__PURE__*/ BUDGET_FUNDS.map(thisYearColumn),
  /*#__PURE__*/ fundColumns(
    ["财政拨款结转结余/"],
    BUDGET_FUNDS.map(([fund, , wording]) => [`carryover.${fund}`, wording] as const),
  ),
  [
    // The three funds' carry-over in one column (other printers): read, never derived.
    {
      .../*#__PURE__*/ fundAmount("carryover.government", [
        "财政拨款结转结余/小计",
        "财政拨款结转结余/合计",
        "财政拨款结转结余",
        "财政拨款结转",
      ]),
      derived: false,
    },
    /*#__PURE__*/ fundAmount("specialAccount", ["财政专户管理资金"]),
    /*#__PURE__*/ fundAmount("unitFunds", ["单位资金"]),
  ],
);

/** 预算12表: one row a project, spending by fund source. */
export const projects: TableKind = {
  id: "projects",
  name: { "zh-CN": "项目支出预算表", en: "Project expenditure" },
  number: "预算12表",
  titles: ["项目支出预算表", "一般公共预算项目支出表", "项目支出表"],
  rowKinds: ["total", "org", "project"],
  defaultUnit: "万元",
  concept: "spending",
  fixed: { nature: "project" },
  emptyNote: "optional",
  layout: { units: "none" },
  columns: projectColumns,
};
