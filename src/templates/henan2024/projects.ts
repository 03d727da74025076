import { amount, concat, fundAmount, fundColumns, line, plainColumn } from "../build";
import type { ColumnSpec, TableKind } from "../types";

/** 项目类型 / 项目分类 printed as text, setting the row's nature. */
const projectType = (headers: readonly string[]): ColumnSpec => ({
  key: "type",
  role: "attribute",
  dimension: "nature",
  headers,
  values: { 其他运转类: "project.operating", 特定目标类: "project.specific" },
});

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
  columns: /*#__PURE__*/ concat(
    [
      /*#__PURE__*/ projectType(["类型", "项目类型"]),
      /*#__PURE__*/ plainColumn("name", "name", ["项目名称"]),
      /*#__PURE__*/ plainColumn("text", "unit", ["项目单位"]),
      /*#__PURE__*/ amount("total", ["合计"]),
    ],
    /*#__PURE__*/ fundColumns(
      ["本年拨款/"],
      [
        ["gpb", "一般公共预算"],
        ["govFund", "政府性基金预算"],
        ["soe", "国有资本经营预算"],
      ],
    ),
    /*#__PURE__*/ fundColumns(
      ["财政拨款结转结余/"],
      [
        ["carryover.gpb", "一般公共预算"],
        ["carryover.govFund", "政府性基金预算"],
        ["carryover.soe", "国有资本经营预算"],
      ],
    ),
    [
      /*#__PURE__*/ fundAmount("specialAccount", ["财政专户管理资金"]),
      /*#__PURE__*/ fundAmount("unitFunds", ["单位资金"]),
    ],
  ),
};

/** 预算13表: budget lines (amounts by label) above the indicator rows. */
export const departmentTargets: TableKind = {
  id: "departmentTargets",
  name: { "zh-CN": "部门（单位）整体绩效目标表", en: "Department-wide performance targets" },
  number: "预算13表",
  titles: ["部门（单位）整体绩效目标表", "部门整体绩效目标表", "单位整体绩效目标表"],
  rowKinds: ["line", "indicator"],
  defaultUnit: "万元",
  emptyNote: "optional",
  columns: [
    /*#__PURE__*/ plainColumn("name", "label", ["项目"]),
    /*#__PURE__*/ amount("amount", ["金额"]),
    /*#__PURE__*/ plainColumn("text", "level1", ["一级指标"]),
    /*#__PURE__*/ plainColumn("text", "level2", ["二级指标"]),
    /*#__PURE__*/ plainColumn("text", "level3", ["三级指标"]),
    /*#__PURE__*/ plainColumn("text", "value", ["指标值"]),
    /*#__PURE__*/ plainColumn("text", "explanation", ["指标值说明"]),
  ],
  lines: [
    /*#__PURE__*/ line("budget.total", "revenue.total", [
      "部门预算总额",
      "部门预算总额（万元）",
      "单位预算总额",
    ]),
    /*#__PURE__*/ line("budget.government", "revenue", ["政府预算资金"], { fund: "government" }),
    /*#__PURE__*/ line("budget.specialAccount", "revenue", ["财政专户管理资金"], {
      fund: "specialAccount",
    }),
    /*#__PURE__*/ line("budget.unitFunds", "revenue", ["单位资金"], { fund: "unitFunds" }),
    /*#__PURE__*/ line("budget.basic", "spending", ["基本支出"], { nature: "basic" }),
    /*#__PURE__*/ line("budget.project", "spending", ["项目支出"], { nature: "project" }),
  ],
};

/** The 三级指标 and 指标值 text columns of one indicator group (成本, 产出, 效益, 满意度). */
const indicatorColumns = (group: string, zh: string): readonly ColumnSpec[] => [
  plainColumn("text", `${group}.name`, [`绩效目标/${zh}/三级指标`, `${zh}/三级指标`]),
  plainColumn("text", `${group}.value`, [`绩效目标/${zh}/指标值`, `${zh}/指标值`]),
];

/** 项目绩效目标汇总表 (unnumbered): one row a project, its amounts by fund, then its indicators. */
export const projectTargets: TableKind = {
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
  layout: { units: "sections", total: false },
  columns: /*#__PURE__*/ concat(
    [
      /*#__PURE__*/ plainColumn("org", "code", ["单位编码（项目编码）"]),
      /*#__PURE__*/ plainColumn("name", "name", ["项目单位（项目名称）", "项目单位 （项目名称）"]),
      /*#__PURE__*/ projectType(["项目分类"]),
      /*#__PURE__*/ amount("total", ["项目金额（万元）/资金总额", "项目金额/资金总额"]),
    ],
    /*#__PURE__*/ fundColumns(
      ["项目金额（万元）/", "项目金额/"],
      [
        ["government", "政府预算资金"],
        ["specialAccount", "财政专户管理资金"],
        ["unitFunds", "单位资金"],
      ],
    ),
    /*#__PURE__*/ indicatorColumns("cost", "成本指标"),
    /*#__PURE__*/ indicatorColumns("output", "产出指标"),
    /*#__PURE__*/ indicatorColumns("benefit", "效益指标"),
    /*#__PURE__*/ indicatorColumns("satisfaction", "满意度指标"),
  ),
};
