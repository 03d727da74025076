import {
  functionalCodeColumns,
  natureColumns,
  revenueSourceLines,
  summaryTotalLines,
} from "./columns";
import type { ColumnSpec, TableKind, Template } from "./types";

export const expenditureColumns: readonly ColumnSpec[] = [
  ...functionalCodeColumns,
  { key: "org", role: "org", headers: ["单位代码", "部门（单位）代码"] },
  { key: "name", role: "name", headers: ["单位（科目名称）", "科目名称", "单位名称（科目）"] },
  ...natureColumns,
];

const fundSpendingColumns: readonly ColumnSpec[] = [
  { key: "total", role: "amount", headers: ["总计", "合计"] },
  {
    key: "gpb",
    role: "amount",
    coords: { fund: "gpb" },
    headers: ["一般公共预算/小计", "一般公共预算"],
  },
  {
    key: "gpb.grant",
    role: "amount",
    coords: { fund: "gpb.grant" },
    ofWhich: "gpb",
    headers: ["一般公共预算/其中：财政拨款"],
  },
  {
    key: "govFund",
    role: "amount",
    coords: { fund: "govFund" },
    headers: ["政府性基金", "政府性基金预算"],
  },
  { key: "soe", role: "amount", coords: { fund: "soe" }, headers: ["国有资本经营预算"] },
  { key: "carryover", role: "amount", coords: { fund: "carryover" }, headers: ["上年结转结余"] },
  {
    key: "specialAccount",
    role: "amount",
    coords: { fund: "specialAccount" },
    headers: ["财政专户管理资金收入", "财政专户管理资金"],
  },
  { key: "business", role: "amount", coords: { fund: "business" }, headers: ["事业收入"] },
  { key: "superior", role: "amount", coords: { fund: "superior" }, headers: ["上级补助收入"] },
  {
    key: "affiliated",
    role: "amount",
    coords: { fund: "affiliated" },
    headers: ["附属单位上缴收入"],
  },
  {
    key: "operating",
    role: "amount",
    coords: { fund: "operating" },
    headers: ["事业单位经营收入"],
  },
  { key: "other", role: "amount", coords: { fund: "other" }, headers: ["其他收入"] },
];

export const summary: TableKind = {
  id: "summary",
  name: { "zh-CN": "部门收支预算表", en: "Revenue and expenditure summary" },
  number: "01",
  titles: [
    "部门收支预算表",
    "部门收支总表",
    "部门收支预算总表",
    "收支预算总表",
    "财务收支预算总表",
  ],
  rowKinds: ["line", "functional"],
  defaultUnit: "万元",
  emptyNote: "optional",
  columns: [
    { key: "income.name", role: "name", side: "income", headers: ["收入/项目"] },
    { key: "income.amount", role: "amount", side: "income", headers: ["收入/金额", "收入/预算数"] },
    { key: "spending.name", role: "name", side: "spending", headers: ["支出/项目"] },
    {
      key: "spending.amount",
      role: "amount",
      side: "spending",
      concept: "spending",
      headers: ["支出/金额", "支出/预算数"],
    },
  ],
  lines: [...revenueSourceLines, ...summaryTotalLines],
};

export const income: TableKind = {
  id: "income",
  name: { "zh-CN": "部门收入预算表", en: "Revenue by unit" },
  number: "02",
  titles: ["部门收入预算表", "部门收入总表", "收入预算总表", "单位收入总体情况表"],
  rowKinds: ["total", "org"],
  defaultUnit: "万元",
  concept: "revenue",
  emptyNote: "optional",
  columns: [
    { key: "org", role: "org", headers: ["部门（单位）代码", "单位代码"] },
    { key: "name", role: "name", headers: ["部门（单位）名称", "单位名称"] },
    { key: "total", role: "amount", concept: "revenue.total", headers: ["总计"] },
    { key: "revenue", role: "amount", headers: ["本年收入/合计"] },
    {
      key: "gpb",
      role: "amount",
      coords: { fund: "gpb" },
      headers: ["本年收入/一般公共预算/小计", "本年收入/一般公共预算"],
    },
    {
      key: "gpb.grant",
      role: "amount",
      coords: { fund: "gpb.grant" },
      ofWhich: "gpb",
      headers: ["本年收入/一般公共预算/其中：财政拨款"],
    },
    {
      key: "govFund",
      role: "amount",
      coords: { fund: "govFund" },
      headers: ["本年收入/政府性基金"],
    },
    { key: "soe", role: "amount", coords: { fund: "soe" }, headers: ["本年收入/国有资本经营预算"] },
    {
      key: "specialAccount",
      role: "amount",
      coords: { fund: "specialAccount" },
      headers: ["本年收入/财政专户管理资金收入"],
    },
    {
      key: "business",
      role: "amount",
      coords: { fund: "business" },
      headers: ["本年收入/事业收入"],
    },
    {
      key: "operating",
      role: "amount",
      coords: { fund: "operating" },
      headers: ["本年收入/事业单位经营收入"],
    },
    {
      key: "superior",
      role: "amount",
      coords: { fund: "superior" },
      headers: ["本年收入/上级补助收入"],
    },
    {
      key: "affiliated",
      role: "amount",
      coords: { fund: "affiliated" },
      headers: ["本年收入/附属单位上缴收入"],
    },
    { key: "other", role: "amount", coords: { fund: "other" }, headers: ["本年收入/其他收入"] },
    {
      key: "carryover",
      role: "amount",
      concept: "revenue.carryover",
      headers: ["上年结转结余/合计"],
    },
    {
      key: "carryover.gpb",
      role: "amount",
      concept: "revenue.carryover",
      coords: { fund: "gpb" },
      headers: ["上年结转结余/一般公共预算"],
    },
    {
      key: "carryover.govFund",
      role: "amount",
      concept: "revenue.carryover",
      coords: { fund: "govFund" },
      headers: ["上年结转结余/政府性基金"],
    },
    {
      key: "carryover.soe",
      role: "amount",
      concept: "revenue.carryover",
      coords: { fund: "soe" },
      headers: ["上年结转结余/国有资本经营预算"],
    },
    {
      key: "carryover.specialAccount",
      role: "amount",
      concept: "revenue.carryover",
      coords: { fund: "specialAccount" },
      headers: ["上年结转结余/财政专户管理资金"],
    },
    {
      key: "carryover.unitFunds",
      role: "amount",
      concept: "revenue.carryover",
      coords: { fund: "unitFunds" },
      headers: ["上年结转结余/单位资金"],
    },
  ],
};

const expenditure: TableKind = {
  id: "expenditure",
  name: { "zh-CN": "部门支出预算表", en: "Expenditure" },
  number: "03",
  titles: ["部门支出预算表", "部门支出总表", "支出预算总表", "单位支出总体情况表"],
  rowKinds: ["total", "org", "functional"],
  defaultUnit: "万元",
  concept: "spending",
  emptyNote: "optional",
  columns: expenditureColumns,
};

export const fiscalSummary: TableKind = {
  id: "fiscalSummary",
  name: { "zh-CN": "财政拨款收支预算表", en: "Fiscal appropriation summary" },
  number: "04",
  titles: [
    "财政拨款收支预算表",
    "财政拨款收支总表",
    "财政拨款收支预算总表",
    "财政拨款收支总体情况表",
  ],
  rowKinds: ["line", "functional"],
  defaultUnit: "万元",
  emptyNote: "optional",
  columns: [
    { key: "income.name", role: "name", side: "income", headers: ["收入/项目"] },
    { key: "income.amount", role: "amount", side: "income", headers: ["收入/金额", "收入/预算数"] },
    { key: "spending.name", role: "name", side: "spending", headers: ["支出/项目"] },
    {
      key: "spending.total",
      role: "amount",
      side: "spending",
      concept: "spending",
      coords: { fund: "government" },
      headers: ["支出/合计"],
    },
    {
      key: "spending.gpb",
      role: "amount",
      side: "spending",
      concept: "spending",
      coords: { fund: "gpb" },
      headers: ["支出/一般公共预算/小计", "支出/一般公共预算"],
    },
    {
      key: "spending.gpb.grant",
      role: "amount",
      side: "spending",
      concept: "spending",
      coords: { fund: "gpb.grant" },
      ofWhich: "spending.gpb",
      headers: ["支出/一般公共预算/其中：财政拨款"],
    },
    {
      key: "spending.govFund",
      role: "amount",
      side: "spending",
      concept: "spending",
      coords: { fund: "govFund" },
      headers: ["支出/政府性基金", "支出/政府性基金预算"],
    },
    {
      key: "spending.soe",
      role: "amount",
      side: "spending",
      concept: "spending",
      coords: { fund: "soe" },
      headers: ["支出/国有资本经营预算"],
    },
  ],
  lines: [
    {
      id: "revenue",
      side: "income",
      concept: "revenue",
      coords: { fund: "government" },
      labels: ["本年收入"],
    },
    {
      id: "revenue.gpb",
      side: "income",
      section: "revenue",
      concept: "revenue",
      coords: { fund: "gpb" },
      labels: ["一般公共预算拨款", "一般公共预算资金", "一般公共预算"],
    },
    {
      id: "revenue.gpb.grant",
      side: "income",
      section: "revenue",
      concept: "revenue",
      coords: { fund: "gpb.grant" },
      ofWhich: "revenue.gpb",
      labels: ["其中：财政拨款"],
    },
    {
      id: "revenue.govFund",
      side: "income",
      section: "revenue",
      concept: "revenue",
      coords: { fund: "govFund" },
      labels: ["政府性基金预算拨款", "政府性基金"],
    },
    {
      id: "revenue.soe",
      side: "income",
      section: "revenue",
      concept: "revenue",
      coords: { fund: "soe" },
      labels: ["国有资本经营预算拨款", "国有资本经营预算"],
    },
    {
      id: "revenue.carryover",
      side: "income",
      concept: "revenue.carryover",
      coords: { fund: "government" },
      labels: ["上年结转", "上年结转结余"],
    },
    {
      id: "revenue.carryover.gpb",
      side: "income",
      section: "revenue.carryover",
      concept: "revenue.carryover",
      coords: { fund: "gpb" },
      labels: ["一般公共预算拨款", "一般公共预算"],
    },
    {
      id: "revenue.carryover.govFund",
      side: "income",
      section: "revenue.carryover",
      concept: "revenue.carryover",
      coords: { fund: "govFund" },
      labels: ["政府性基金预算拨款", "政府性基金"],
    },
    {
      id: "revenue.carryover.soe",
      side: "income",
      section: "revenue.carryover",
      concept: "revenue.carryover",
      coords: { fund: "soe" },
      labels: ["国有资本经营预算拨款", "国有资本经营预算"],
    },
    {
      id: "revenue.total",
      side: "income",
      concept: "revenue.total",
      coords: { fund: "government" },
      labels: ["收入合计", "收入总计"],
    },
    { id: "spending", side: "spending", concept: "spending", labels: ["本年支出"] },
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
      labels: ["支出合计", "支出总计"],
    },
  ],
};

const gpbExpenditure: TableKind = {
  ...expenditure,
  id: "gpbExpenditure",
  name: { "zh-CN": "一般公共预算支出预算表", en: "General public budget expenditure" },
  number: "预算05表",
  titles: ["一般公共预算支出预算表", "一般公共预算支出表", "一般公共预算支出情况表"],
  fixed: { fund: "gpb" },
};

const gpbBasic: TableKind = {
  id: "gpbBasic",
  name: { "zh-CN": "一般公共预算基本支出预算表", en: "General public budget basic expenditure" },
  number: "预算06表",
  titles: ["一般公共预算基本支出预算表", "一般公共预算基本支出表"],
  rowKinds: ["total", "economic"],
  defaultUnit: "万元",
  concept: "spending",
  fixed: { fund: "gpb" },
  emptyNote: "optional",
  columns: [
    {
      key: "econ",
      role: "code",
      system: "departmental",
      headers: ["部门预算支出经济分类科目/科目编码"],
    },
    { key: "econ.name", role: "name", headers: ["部门预算支出经济分类科目/科目名称"] },
    {
      key: "gov",
      role: "code",
      system: "government",
      headers: ["政府预算支出经济分类科目/科目编码"],
    },
    { key: "gov.name", role: "text", headers: ["政府预算支出经济分类科目/科目名称"] },
    {
      key: "total",
      role: "amount",
      coords: { nature: "basic" },
      headers: ["本年一般公共预算基本支出/合计", "合计"],
    },
    {
      key: "personnel",
      role: "amount",
      coords: { nature: "basic.personnel" },
      headers: ["本年一般公共预算基本支出/人员经费", "人员经费"],
    },
    {
      key: "public",
      role: "amount",
      coords: { nature: "basic.public" },
      headers: ["本年一般公共预算基本支出/公用经费", "公用经费"],
    },
  ],
};

const economicSummary: TableKind = {
  id: "economicSummary",
  name: { "zh-CN": "支出经济分类汇总表", en: "Expenditure by economic classification" },
  number: "预算07表",
  titles: ["支出经济分类汇总表"],
  rowKinds: ["total", "org", "economic"],
  defaultUnit: "万元",
  concept: "spending",
  emptyNote: "optional",
  columns: [
    {
      key: "econ.class",
      role: "code",
      system: "departmental",
      segment: 0,
      headers: ["部门预算经济分类/类"],
    },
    {
      key: "econ.section",
      role: "code",
      system: "departmental",
      segment: 1,
      headers: ["部门预算经济分类/款"],
    },
    { key: "econ.name", role: "name", headers: ["部门预算经济分类/科目名称"] },
    {
      key: "gov.class",
      role: "code",
      system: "government",
      segment: 0,
      headers: ["政府预算经济分类/类"],
    },
    {
      key: "gov.section",
      role: "code",
      system: "government",
      segment: 1,
      headers: ["政府预算经济分类/款"],
    },
    { key: "gov.name", role: "text", headers: ["政府预算经济分类/科目名称"] },
    ...fundSpendingColumns,
  ],
};

export const sanGong: TableKind = {
  id: "sanGong",
  name: { "zh-CN": "一般公共预算“三公”经费预算表", en: "“Three public expenses”" },
  number: "预算08表",
  titles: ["一般公共预算“三公”经费预算表", "一般公共预算“三公”经费支出表", "“三公”经费支出预算表"],
  rowKinds: ["single"],
  defaultUnit: "万元",
  concept: "sanGong",
  emptyNote: "optional",
  columns: [
    { key: "total", role: "amount", headers: ["“三公”经费合计", "合计"] },
    { key: "abroad", role: "amount", coords: { item: "abroad" }, headers: ["因公出国（境）费"] },
    {
      key: "vehicles",
      role: "amount",
      coords: { item: "vehicles" },
      headers: ["公务用车购置及运行费/小计"],
    },
    {
      key: "vehicles.purchase",
      role: "amount",
      coords: { item: "vehicles.purchase" },
      headers: ["公务用车购置及运行费/公务用车购置费", "公务用车购置费"],
    },
    {
      key: "vehicles.operation",
      role: "amount",
      coords: { item: "vehicles.operation" },
      headers: ["公务用车购置及运行费/公务用车运行费", "公务用车运行费"],
    },
    { key: "reception", role: "amount", coords: { item: "reception" }, headers: ["公务接待费"] },
  ],
};

const govFundExpenditure: TableKind = {
  ...expenditure,
  id: "govFundExpenditure",
  name: { "zh-CN": "政府性基金支出预算表", en: "Government fund expenditure" },
  number: "预算09表",
  titles: ["政府性基金支出预算表", "政府性基金预算支出表", "政府性基金预算支出情况表"],
  fixed: { fund: "govFund" },
  emptyNote: "required",
};

const soeExpenditure: TableKind = {
  ...expenditure,
  id: "soeExpenditure",
  name: { "zh-CN": "国有资本经营支出预算表", en: "State capital operation expenditure" },
  number: "预算10表",
  titles: ["国有资本经营支出预算表", "国有资本经营预算支出表"],
  fixed: { fund: "soe" },
  emptyNote: "required",
};

const operatingCost: TableKind = {
  id: "operatingCost",
  name: { "zh-CN": "行政（事业）单位机构运转经费预算表", en: "Institutional operating costs" },
  number: "预算11表",
  titles: ["行政（事业）单位机构运转经费预算表", "机构运转经费预算表"],
  rowKinds: ["total", "org", "economic"],
  defaultUnit: "万元",
  concept: "operatingCost",
  emptyNote: "optional",
  columns: [
    { key: "org", role: "org", headers: ["单位代码"] },
    { key: "name", role: "name", headers: ["单位（科目名称）"] },
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
    { key: "total", role: "amount", headers: ["合计"] },
    {
      key: "gpb",
      role: "amount",
      coords: { fund: "gpb" },
      headers: ["资金来源/一般公共预算资金/小计", "一般公共预算资金/小计"],
    },
    ...(
      [
        ["gpb.grant", "财政拨款"],
        ["gpb.fees", "纳入预算管理的行政事业性收费"],
        ["gpb.special", "专项收入"],
        ["gpb.assets", "国有资产资源有偿使用收入"],
        ["gpb.otherSources", "其他一般公共预算资金"],
        ["gpb.transfer", "一般性转移支付资金"],
      ] as const
    ).map(
      ([fund, zh]): ColumnSpec => ({
        key: fund,
        role: "amount",
        coords: { fund },
        headers: [`资金来源/一般公共预算资金/一般公共预算资金/${zh}`, `一般公共预算资金/${zh}`],
      }),
    ),
    {
      key: "gpb.bonds",
      role: "amount",
      coords: { fund: "gpb.bonds" },
      headers: ["资金来源/一般公共预算资金/一般债券", "一般债券"],
    },
    {
      key: "govFund",
      role: "amount",
      coords: { fund: "govFund" },
      headers: ["资金来源/政府性基金预算资金/小计", "政府性基金预算资金/小计"],
    },
    {
      key: "govFund.own",
      role: "amount",
      coords: { fund: "govFund.own" },
      headers: ["资金来源/政府性基金预算资金/政府性基金预算资金"],
    },
    {
      key: "govFund.bonds",
      role: "amount",
      coords: { fund: "govFund.bonds" },
      headers: ["资金来源/政府性基金预算资金/专项债券", "专项债券"],
    },
    {
      key: "soe",
      role: "amount",
      coords: { fund: "soe" },
      headers: ["资金来源/国有资本经营预算", "国有资本经营预算"],
    },
    {
      key: "specialAccount",
      role: "amount",
      coords: { fund: "specialAccount" },
      headers: ["资金来源/财政专户管理资金收入", "财政专户管理资金收入"],
    },
    {
      key: "unitFunds",
      role: "amount",
      coords: { fund: "unitFunds" },
      headers: ["资金来源/单位资金/小计", "单位资金/小计"],
    },
    ...(
      [
        ["business", "事业收入资金"],
        ["superior", "上级补助收入资金"],
        ["affiliated", "附属单位上缴收入资金"],
        ["operating", "事业单位经营收入资金"],
        ["other", "其他收入资金"],
      ] as const
    ).map(
      ([fund, zh]): ColumnSpec => ({
        key: fund,
        role: "amount",
        coords: { fund },
        headers: [`资金来源/单位资金/${zh}`, zh],
      }),
    ),
    {
      key: "carryover.government",
      role: "amount",
      coords: { fund: "carryover.government" },
      headers: ["资金来源/财政性资金结余结转", "财政性资金结余结转"],
    },
    {
      key: "carryover.specialAccount",
      role: "amount",
      coords: { fund: "carryover.specialAccount" },
      headers: ["资金来源/财政专户管理资金收入结余结转", "财政专户管理资金收入结余结转"],
    },
    {
      key: "carryover.unitFunds",
      role: "amount",
      coords: { fund: "carryover.unitFunds" },
      headers: ["资金来源/单位资金结余结转", "单位资金结余结转"],
    },
  ],
};

const projects: TableKind = {
  id: "projects",
  name: { "zh-CN": "项目支出预算表", en: "Project expenditure" },
  number: "预算12表",
  titles: ["项目支出预算表", "一般公共预算项目支出表", "项目支出表"],
  rowKinds: ["total", "org", "project"],
  defaultUnit: "万元",
  concept: "spending",
  fixed: { nature: "project" },
  emptyNote: "optional",
  columns: [
    {
      key: "type",
      role: "attribute",
      dimension: "nature",
      headers: ["类型", "项目类型"],
      values: { 其他运转类: "project.operating", 特定目标类: "project.specific" },
    },
    { key: "name", role: "name", headers: ["项目名称"] },
    { key: "unit", role: "text", headers: ["项目单位"] },
    { key: "total", role: "amount", headers: ["合计"] },
    { key: "gpb", role: "amount", coords: { fund: "gpb" }, headers: ["本年拨款/一般公共预算"] },
    {
      key: "govFund",
      role: "amount",
      coords: { fund: "govFund" },
      headers: ["本年拨款/政府性基金预算"],
    },
    { key: "soe", role: "amount", coords: { fund: "soe" }, headers: ["本年拨款/国有资本经营预算"] },
    {
      key: "carryover.gpb",
      role: "amount",
      coords: { fund: "carryover.gpb" },
      headers: ["财政拨款结转结余/一般公共预算"],
    },
    {
      key: "carryover.govFund",
      role: "amount",
      coords: { fund: "carryover.govFund" },
      headers: ["财政拨款结转结余/政府性基金预算"],
    },
    {
      key: "carryover.soe",
      role: "amount",
      coords: { fund: "carryover.soe" },
      headers: ["财政拨款结转结余/国有资本经营预算"],
    },
    {
      key: "specialAccount",
      role: "amount",
      coords: { fund: "specialAccount" },
      headers: ["财政专户管理资金"],
    },
    { key: "unitFunds", role: "amount", coords: { fund: "unitFunds" }, headers: ["单位资金"] },
  ],
};

const indicatorColumns = (group: string, zh: string): readonly ColumnSpec[] => [
  { key: `${group}.name`, role: "text", headers: [`绩效目标/${zh}/三级指标`, `${zh}/三级指标`] },
  { key: `${group}.value`, role: "text", headers: [`绩效目标/${zh}/指标值`, `${zh}/指标值`] },
];

const departmentTargets: TableKind = {
  id: "departmentTargets",
  name: { "zh-CN": "部门（单位）整体绩效目标表", en: "Department-wide performance targets" },
  number: "预算13表",
  titles: ["部门（单位）整体绩效目标表", "部门整体绩效目标表", "单位整体绩效目标表"],
  rowKinds: ["line", "indicator"],
  defaultUnit: "万元",
  emptyNote: "optional",
  columns: [
    { key: "label", role: "name", headers: ["项目"] },
    { key: "amount", role: "amount", headers: ["金额"] },
    { key: "level1", role: "text", headers: ["一级指标"] },
    { key: "level2", role: "text", headers: ["二级指标"] },
    { key: "level3", role: "text", headers: ["三级指标"] },
    { key: "value", role: "text", headers: ["指标值"] },
    { key: "explanation", role: "text", headers: ["指标值说明"] },
  ],
  lines: [
    {
      id: "budget.total",
      concept: "revenue.total",
      labels: ["部门预算总额", "部门预算总额（万元）", "单位预算总额"],
    },
    {
      id: "budget.government",
      concept: "revenue",
      coords: { fund: "government" },
      labels: ["政府预算资金"],
    },
    {
      id: "budget.specialAccount",
      concept: "revenue",
      coords: { fund: "specialAccount" },
      labels: ["财政专户管理资金"],
    },
    {
      id: "budget.unitFunds",
      concept: "revenue",
      coords: { fund: "unitFunds" },
      labels: ["单位资金"],
    },
    { id: "budget.basic", concept: "spending", coords: { nature: "basic" }, labels: ["基本支出"] },
    {
      id: "budget.project",
      concept: "spending",
      coords: { nature: "project" },
      labels: ["项目支出"],
    },
  ],
};

const projectTargets: TableKind = {
  id: "projectTargets",
  name: { "zh-CN": "项目绩效目标汇总表", en: "Project performance targets" },
  titles: [
    "本级部门预算项目绩效目标汇总表",
    "项目绩效目标汇总表",
    "项目支出绩效目标表",
    "省级单位预算项目绩效目标表",
  ],
  rowKinds: ["total", "org", "project", "indicator"],
  defaultUnit: "万元",
  concept: "spending",
  fixed: { nature: "project" },
  emptyNote: "optional",
  columns: [
    { key: "code", role: "org", headers: ["单位编码（项目编码）"] },
    { key: "name", role: "name", headers: ["项目单位（项目名称）", "项目单位 （项目名称）"] },
    {
      key: "type",
      role: "attribute",
      dimension: "nature",
      headers: ["项目分类"],
      values: { 其他运转类: "project.operating", 特定目标类: "project.specific" },
    },
    { key: "total", role: "amount", headers: ["项目金额（万元）/资金总额", "项目金额/资金总额"] },
    {
      key: "government",
      role: "amount",
      coords: { fund: "government" },
      headers: ["项目金额（万元）/政府预算资金", "项目金额/政府预算资金"],
    },
    {
      key: "specialAccount",
      role: "amount",
      coords: { fund: "specialAccount" },
      headers: ["项目金额（万元）/财政专户管理资金", "项目金额/财政专户管理资金"],
    },
    {
      key: "unitFunds",
      role: "amount",
      coords: { fund: "unitFunds" },
      headers: ["项目金额（万元）/单位资金", "项目金额/单位资金"],
    },
    ...indicatorColumns("cost", "成本指标"),
    ...indicatorColumns("output", "产出指标"),
    ...indicatorColumns("benefit", "效益指标"),
    ...indicatorColumns("satisfaction", "满意度指标"),
  ],
};

/**
 * The Henan 2024 county template (the Henan fixture): 14 tables, amounts in 万元 with 2 decimals.
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * henan2024.tables.map((t) => t.id).includes("operatingCost"); // true
 * ```
 */
export const henan2024: Template = {
  id: "henan2024",
  name: { "zh-CN": "河南省2024年县级部门预算公开模板", en: "Henan 2024 county template" },
  tables: [
    summary,
    income,
    expenditure,
    fiscalSummary,
    gpbExpenditure,
    gpbBasic,
    economicSummary,
    sanGong,
    govFundExpenditure,
    soeExpenditure,
    operatingCost,
    projects,
    departmentTargets,
    projectTargets,
  ],
};
