import { amount, concat, fundColumns, plainColumn } from "../build";
import {
  INDICATOR_NAME_HEADERS,
  INDICATOR_VALUE_HEADERS,
  indicatorColumnSpecs,
} from "../indicator-headers";
import type { ColumnSpec, TableKind } from "../types";
import { projectType } from "./projects";

/** The 三级指标 and 指标值 text columns of one indicator group (成本, 产出, 效益, 满意度). */
const indicatorColumns = (group: string, zh: string): readonly ColumnSpec[] => {
  const under = (words: readonly string[]) =>
    words.flatMap((w) => [`绩效目标/${zh}/${w}`, `${zh}/${w}`]);
  return [
    plainColumn("text", `${group}.name`, under(INDICATOR_NAME_HEADERS)),
    plainColumn("text", `${group}.value`, under(INDICATOR_VALUE_HEADERS)),
  ];
};

/** The columns of an indicator one a row (the shared headers), keyed `indicator.<part>`. */
const INDICATOR = /*#__PURE__*/ indicatorColumnSpecs((part) => `indicator.${part}`);

/** The indicator groups of the 汇总表 as printed in the Henan fixture: 三级指标 / 指标值 under each 一级. */
const INDICATOR_GROUPS = [
  ["cost", "成本指标"],
  ["output", "产出指标"],
  ["benefit", "效益指标"],
  ["satisfaction", "满意度指标"],
] as const;

/** How printers head the column of the unit that runs a project (a project form's 实施单位). */
const IMPLEMENTER_HEADERS = [
  "实施单位",
  "项目实施单位",
  "实施单位名称",
  "项目实施单位名称",
  "单位名称",
  "预算单位",
];
/** How printers head the column of a project's 主管部门. */
const DEPARTMENT_HEADERS = ["主管部门", "主管部门名称", "主管单位", "主管部门及代码"];

/**
 * The money lines a project form prints by source, as columns of a table of projects: 财政拨款 /
 * 上年结转 / 其他资金, or by the nature of the revenue (the 2021 national form's 按收入性质分:
 * 一般公共预算 / 政府性基金预算 / 国有资本经营预算; `一般公共预算资金` … read as these).
 */
const FORM_MONEY = [
  ["grant", "财政拨款"],
  ["carryover", "上年结转"],
  ["other", "其他资金"],
  ["gpb", "一般公共预算"],
  ["govFund", "政府性基金预算"],
  ["soe", "国有资本经营预算"],
] as const;
/** The group headings printed above those columns. */
const FORM_MONEY_GROUPS = [
  "项目资金（万元）",
  "项目资金",
  "项目金额（万元）",
  "项目金额",
  "资金来源",
  "资金总额",
  "年度资金",
];

/**
 * 项目绩效目标汇总表 (unnumbered): one row a project, its amounts by fund, then its indicators,
 * printed either side by side under each 一级 (the fixture) or one a row (一级 / 二级 / 三级 / 指标值
 * columns).
 */
export const projectTargets: TableKind = {
  id: "projectTargets",
  name: { "zh-CN": "项目绩效目标汇总表", en: "Project performance targets" },
  titles: [
    "本级部门预算项目绩效目标汇总表",
    "项目绩效目标汇总表",
    "项目支出绩效目标表",
    // The targets of the 一般公共预算's projects (the projects of the 项目支出表 above).
    "一般公共预算项目支出绩效目标表",
    "省级单位预算项目绩效目标表",
    // The 2021 national form, one project a table, as applied for and approved.
    "项目支出绩效目标申报表",
    "项目支出绩效目标批复表",
  ],
  rowKinds: ["total", "org", "project", "indicator"],
  defaultUnit: "万元",
  concept: "spending",
  fixed: { nature: "project" },
  emptyNote: "optional",
  // Targets may be printed for some projects only (绩效目标资金 ≤ 项目支出).
  subset: true,
  layout: { units: "sections", total: false },
  columns: /*#__PURE__*/ concat(
    [
      /*#__PURE__*/ plainColumn("org", "code", ["单位编码（项目编码）"]),
      /*#__PURE__*/ plainColumn("name", "name", [
        "项目单位（项目名称）",
        "项目单位 （项目名称）",
        "项目名称",
      ]),
      /*#__PURE__*/ projectType(["项目分类", "项目类型", "项目类别"]),
      /*#__PURE__*/ amount("total", [
        "项目金额（万元）/资金总额",
        "项目金额/资金总额",
        "项目资金（万元）/资金总额",
        "项目资金/资金总额",
        // One column of the project's money, under the names printers give it.
        "预算金额",
        "项目预算金额",
        "预算数",
        "项目金额",
        "项目资金",
        // The year's total of a project form's 资金 block (`项目资金/年度资金总额`).
        "年度资金总额",
        "项目资金（万元）/年度资金总额",
        "项目资金/年度资金总额",
      ]),
      // Who runs the project (a column of its own, as a project form prints it): read into the
      // target; its text tells two units' projects of one name apart (`namesTold`).
      {
        .../*#__PURE__*/ plainColumn("text", "implementer", IMPLEMENTER_HEADERS),
        tells: true,
      },
      { .../*#__PURE__*/ plainColumn("text", "department", DEPARTMENT_HEADERS), tells: true },
    ],
    /*#__PURE__*/ fundColumns(
      ["项目金额（万元）/", "项目金额/"],
      [
        ["government", "政府预算资金"],
        ["specialAccount", "财政专户管理资金"],
        ["unitFunds", "单位资金"],
      ],
    ),
    /*#__PURE__*/ INDICATOR_GROUPS.flatMap(([group, level1]) => indicatorColumns(group, level1)),
    // 资金 printed by the sources of a project form (财政拨款 / 上年结转 / 其他资金, or by the
    // nature of the revenue), and the 年度目标: read into the targets (their money checked there),
    // stating no fact of the table.
    /*#__PURE__*/ FORM_MONEY.map(([key, wording]) =>
      plainColumn("text", key, [
        wording,
        ...FORM_MONEY_GROUPS.map((g) => `${g}/${wording}`),
        ...(key === "grant" ? ["其中：财政拨款", "财政资金", "其中：财政资金"] : []),
      ]),
    ),
    [
      /*#__PURE__*/ plainColumn("text", "midTermGoal", [
        "中期目标",
        "中期绩效目标",
        "项目中期目标",
        "中期总体目标",
        // The goal over the project's years (beside the year's 年度目标).
        "实施期目标",
        "实施期绩效目标",
        "项目实施期目标",
        "实施期总体目标",
        "长期目标",
        "长期绩效目标",
      ]),
      /*#__PURE__*/ plainColumn("text", "goal", [
        "年度目标",
        "年度绩效目标",
        "绩效目标",
        "项目绩效目标",
        "年度总体目标",
        "总体目标",
        "项目年度目标",
      ]),
    ],
    INDICATOR.columns,
  ),
  targets: {
    form: "projects",
    fields: {
      type: "type",
      total: "money.total",
      government: "money.government",
      specialAccount: "money.specialAccount",
      unitFunds: "money.unitFunds",
      grant: "money.grant",
      carryover: "money.carryover",
      other: "money.other",
      gpb: "money.gpb",
      govFund: "money.govFund",
      soe: "money.soe",
      goal: "goal",
      midTermGoal: "midTermGoal",
      implementer: "implementer",
      department: "department",
    },
    groups: /*#__PURE__*/ INDICATOR_GROUPS.map(([group, level1]) => ({
      level1,
      name: `${group}.name`,
      value: `${group}.value`,
    })),
    indicator: INDICATOR.indicator,
  },
};
