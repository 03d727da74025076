import type { ColumnSpec, LineSpec } from "./types";

/**
 * Reusable column groups shared by several templates' table kinds (data, not code paths).
 * @internal
 */
export const functionalCodeColumns: readonly ColumnSpec[] = [
  {
    key: "code.class",
    role: "code",
    system: "functional",
    segment: 0,
    headers: ["科目编码/类", "功能分类科目编码/类", "类"],
  },
  {
    key: "code.section",
    role: "code",
    system: "functional",
    segment: 1,
    headers: ["科目编码/款", "功能分类科目编码/款", "款"],
  },
  {
    key: "code.item",
    role: "code",
    system: "functional",
    segment: 2,
    headers: ["科目编码/项", "功能分类科目编码/项", "项"],
  },
];

/**
 * 部门预算支出经济分类 code printed in two columns (类, 款), as in the Shanghai 基本支出 table and many
 * national-minimum 基本支出表. @internal
 */
export const departmentalCodeColumns: readonly ColumnSpec[] = [
  {
    key: "econ.class",
    role: "code",
    system: "departmental",
    segment: 0,
    headers: [
      "项目/经济分类科目编码/类",
      "经济分类科目编码/类",
      "部门经济分类科目编码/类",
      "科目编码/类",
      "类",
    ],
  },
  {
    key: "econ.section",
    role: "code",
    system: "departmental",
    segment: 1,
    headers: [
      "项目/经济分类科目编码/款",
      "经济分类科目编码/款",
      "部门经济分类科目编码/款",
      "科目编码/款",
      "款",
    ],
  },
];

/** 合计 / 基本支出 (人员经费, 公用经费) / 项目支出 columns of the Henan 支出表 family. @internal */
export const natureColumns: readonly ColumnSpec[] = [
  { key: "total", role: "amount", headers: ["合计", "总计"] },
  {
    key: "basic",
    role: "amount",
    coords: { nature: "basic" },
    headers: ["基本支出/小计", "基本支出/合计", "基本支出"],
  },
  {
    key: "basic.salary",
    role: "amount",
    coords: { nature: "basic.personnel", econ: "301" },
    headers: ["基本支出/人员经费/工资福利支出", "人员经费/工资福利支出", "工资福利支出"],
  },
  {
    key: "basic.family",
    role: "amount",
    coords: { nature: "basic.personnel", econ: "303" },
    headers: [
      "基本支出/人员经费/对个人和家庭的补助",
      "人员经费/对个人和家庭的补助",
      "对个人和家庭的补助",
    ],
  },
  {
    key: "basic.goods",
    role: "amount",
    coords: { nature: "basic.public", econ: "302" },
    headers: ["基本支出/公用经费/商品和服务支出", "公用经费/商品和服务支出", "商品和服务支出"],
  },
  {
    key: "basic.capital",
    role: "amount",
    coords: { nature: "basic.public", econ: "310" },
    headers: ["基本支出/公用经费/资本性支出", "公用经费/资本性支出", "资本性支出"],
  },
  {
    key: "project",
    role: "amount",
    coords: { nature: "project" },
    headers: ["项目支出/小计", "项目支出/合计", "项目支出"],
  },
  {
    key: "project.operating",
    role: "amount",
    coords: { nature: "project.operating" },
    headers: ["项目支出/其他运转类", "其他运转类"],
  },
  {
    key: "project.specific",
    role: "amount",
    coords: { nature: "project.specific" },
    headers: ["项目支出/特定目标类", "特定目标类"],
  },
];

/** 收入 lines by fund source, shared by 收支总表 variants. @internal */
export const revenueSourceLines: readonly LineSpec[] = [
  {
    id: "revenue.gpb",
    side: "income",
    concept: "revenue",
    coords: { fund: "gpb" },
    labels: ["一般公共预算", "一般公共预算拨款收入", "一般公共预算拨款", "一般公共预算资金"],
  },
  {
    id: "revenue.gpb.grant",
    side: "income",
    concept: "revenue",
    coords: { fund: "gpb.grant" },
    ofWhich: "revenue.gpb",
    labels: ["其中：财政拨款", "财政拨款"],
  },
  {
    id: "revenue.govFund",
    side: "income",
    concept: "revenue",
    coords: { fund: "govFund" },
    labels: ["政府性基金预算拨款收入", "政府性基金预算", "政府性基金", "政府性基金预算拨款"],
  },
  {
    id: "revenue.soe",
    side: "income",
    concept: "revenue",
    coords: { fund: "soe" },
    labels: ["国有资本经营预算拨款收入", "国有资本经营预算", "国有资本经营预算拨款"],
  },
  {
    id: "revenue.specialAccount",
    side: "income",
    concept: "revenue",
    coords: { fund: "specialAccount" },
    labels: ["财政专户管理资金收入", "财政专户管理资金"],
  },
  {
    id: "revenue.business",
    side: "income",
    concept: "revenue",
    coords: { fund: "business" },
    labels: ["事业收入"],
  },
  {
    id: "revenue.operating",
    side: "income",
    concept: "revenue",
    coords: { fund: "operating" },
    labels: ["事业单位经营收入", "经营收入"],
  },
  {
    id: "revenue.superior",
    side: "income",
    concept: "revenue",
    coords: { fund: "superior" },
    labels: ["上级补助收入"],
  },
  {
    id: "revenue.affiliated",
    side: "income",
    concept: "revenue",
    coords: { fund: "affiliated" },
    labels: ["附属单位上缴收入"],
  },
  {
    id: "revenue.other",
    side: "income",
    concept: "revenue",
    coords: { fund: "other" },
    labels: ["其他收入"],
  },
  {
    id: "revenue.businessFund",
    side: "income",
    concept: "revenue",
    coords: { fund: "businessFund" },
    labels: ["用事业基金弥补收支差额"],
  },
];

/** Totals lines of a 收支总表. @internal */
export const summaryTotalLines: readonly LineSpec[] = [
  { id: "revenue", side: "income", concept: "revenue", labels: ["本年收入合计", "本年收入"] },
  {
    id: "revenue.carryover",
    side: "income",
    concept: "revenue.carryover",
    labels: ["上年结转结余", "上年结转"],
  },
  {
    id: "revenue.total",
    side: "income",
    concept: "revenue.total",
    labels: ["收入总计", "收入合计"],
  },
  { id: "spending", side: "spending", concept: "spending", labels: ["本年支出合计", "本年支出"] },
  {
    id: "spending.carryforward",
    side: "spending",
    concept: "spending.carryforward",
    labels: ["年终结转结余"],
  },
  {
    id: "spending.total",
    side: "spending",
    concept: "spending.total",
    labels: ["支出总计", "支出合计"],
  },
];
