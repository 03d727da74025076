import { amount, incomeLine, revenueLine, segmentColumns, spendingLine } from "./build";
import type { ColumnSpec, LineSpec } from "./types";

/**
 * Reusable column groups shared by several templates' table kinds (data, not code paths).
 * @internal
 */
export const functionalCodeColumns: readonly ColumnSpec[] = /*#__PURE__*/ segmentColumns(
  "code",
  "functional",
  3,
  ["科目编码/", "功能分类科目编码/", ""],
);

/**
 * 部门预算支出经济分类 code printed in two columns (类, 款), as in the Shanghai 基本支出 table and many
 * national-minimum 基本支出表. @internal
 */
export const departmentalCodeColumns: readonly ColumnSpec[] = /*#__PURE__*/ segmentColumns(
  "econ",
  "departmental",
  2,
  ["项目/经济分类科目编码/", "经济分类科目编码/", "部门经济分类科目编码/", "科目编码/", ""],
);

/** 合计 / 基本支出 (人员经费, 公用经费) / 项目支出 columns of the Henan 支出表 family. @internal */
export const natureColumns: readonly ColumnSpec[] = [
  /*#__PURE__*/ amount("total", ["合计", "总计"]),
  /*#__PURE__*/ amount("basic", ["基本支出/小计", "基本支出/合计", "基本支出"], {
    nature: "basic",
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
  /*#__PURE__*/ revenueLine("businessFund", ["用事业基金弥补收支差额"]),
];

/** Totals lines of a 收支总表. @internal */
export const summaryTotalLines: readonly LineSpec[] = [
  /*#__PURE__*/ incomeLine("revenue", "revenue", ["本年收入合计", "本年收入"]),
  /*#__PURE__*/ incomeLine("revenue.carryover", "revenue.carryover", ["上年结转结余", "上年结转"]),
  /*#__PURE__*/ incomeLine("revenue.total", "revenue.total", ["收入总计", "收入合计"]),
  /*#__PURE__*/ spendingLine("spending", "spending", ["本年支出合计", "本年支出"]),
  /*#__PURE__*/ spendingLine("spending.carryforward", "spending.carryforward", ["年终结转结余"]),
  /*#__PURE__*/ spendingLine("spending.total", "spending.total", ["支出总计", "支出合计"]),
];
