import { amount, concat, fundAmount, fundColumns, line, plainColumn } from "../build";
import {
  INDICATOR_DIRECTION_HEADERS,
  INDICATOR_MID_TERM_VALUE_HEADERS,
  INDICATOR_SENSE_HEADERS,
  INDICATOR_STANDARD_HEADERS,
  INDICATOR_UNIT_HEADERS,
  INDICATOR_VALUE_HEADERS,
  INDICATOR_WEIGHT_HEADERS,
} from "../columns";
import type { ColumnSpec, TableKind } from "../types";

/**
 * 项目类型 / 项目分类 printed as text, setting the row's nature: `其他运转类`, `特定目标类`, or
 * spelled out as a kind of project (`其他运转类项目`, `特定目标类项目`).
 */
const projectType = (headers: readonly string[]): ColumnSpec => ({
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
 * A fund's 本年拨款: the fund's spending, but beside a carry-over the table prints (its own
 * 财政拨款结转结余 column, or the one of all three funds) this year's appropriation alone.
 */
const thisYearColumn = ([fund, current, wording]: (typeof BUDGET_FUNDS)[number]): ColumnSpec => ({
  ...fundAmount(fund, [`本年拨款/${wording}`]),
  thisYear: { carried: [`carryover.${fund}`, "carryover.government"], coords: { fund: current } },
});

/** The columns of 预算12表 (and of the national 项目支出表): 项目类型, 名称, 单位, then by fund. */
export const projectColumns: readonly ColumnSpec[] = /*#__PURE__*/ concat(
  [
    /*#__PURE__*/ projectType(["类型", "项目类型", "项目类别", "项目分类"]),
    /*#__PURE__*/ plainColumn("name", "name", ["项目名称"]),
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

/** The money lines of a 年度主要任务 and their printed words (under {@link TASK_MONEY_GROUPS}). */
const TASK_MONEY = [
  ["task.total", ["总额", "合计", "小计"]],
  ["task.grant", ["财政拨款", "其中：财政拨款"]],
  ["task.other", ["其他资金", "自筹资金", "单位自筹"]],
] as const;
/** The group headings a task's money is printed under. */
const TASK_MONEY_GROUPS = ["预算金额（万元）", "预算金额", "预算资金（万元）", "预算资金", "资金"];
/**
 * The headings over one column alone that head a task's total: {@link TASK_MONEY_GROUPS} but the
 * bare `资金`, and `预算数`.
 */
const TASK_MONEY_LEAVES = [
  .../*#__PURE__*/ TASK_MONEY_GROUPS.filter((g) => g !== "资金"),
  "预算数",
];

/** 预算13表: budget lines (amounts by label) above the indicator rows. */
export const departmentTargets: TableKind = {
  id: "departmentTargets",
  name: { "zh-CN": "部门（单位）整体绩效目标表", en: "Department-wide performance targets" },
  number: "预算13表",
  titles: [
    "部门（单位）整体绩效目标表",
    "部门整体绩效目标表",
    "单位整体绩效目标表",
    // The 2021 national forms as applied for and approved (`部门整体支出绩效目标申报表`).
    "部门（单位）整体绩效目标申报表",
    "部门整体绩效目标申报表",
    "部门整体绩效目标批复表",
  ],
  rowKinds: ["line", "indicator"],
  defaultUnit: "万元",
  emptyNote: "optional",
  columns: [
    /*#__PURE__*/ plainColumn("name", "label", ["项目"]),
    /*#__PURE__*/ amount("amount", ["金额"]),
    /*#__PURE__*/ plainColumn("text", "level1", ["一级指标"]),
    /*#__PURE__*/ plainColumn("text", "level2", ["二级指标"]),
    /*#__PURE__*/ plainColumn("text", "level3", ["三级指标"]),
    /*#__PURE__*/ plainColumn("text", "value", INDICATOR_VALUE_HEADERS),
    /*#__PURE__*/ plainColumn("text", "explanation", ["指标值说明"]),
    /*#__PURE__*/ plainColumn("text", "standard", INDICATOR_STANDARD_HEADERS),
    /*#__PURE__*/ plainColumn("text", "weight", INDICATOR_WEIGHT_HEADERS),
    /*#__PURE__*/ plainColumn("text", "sense", INDICATOR_SENSE_HEADERS),
    /*#__PURE__*/ plainColumn("text", "direction", INDICATOR_DIRECTION_HEADERS),
    /*#__PURE__*/ plainColumn("text", "unit", INDICATOR_UNIT_HEADERS),
    // The sub-tables above the indicators: 年度履职目标, 年度主要任务, and 预算情况's group column.
    /*#__PURE__*/ plainColumn("text", "goal", [
      "年度履职目标",
      "年度总体目标",
      "年度绩效目标",
      "整体绩效目标",
      "年度整体绩效目标",
      "部门年度目标",
      "年度目标",
      // Not `总体目标`: beside a `年度目标` it is the mid-term one.
    ]),
    /*#__PURE__*/ plainColumn("text", "task.name", ["年度主要任务/任务名称", "任务名称"]),
    /*#__PURE__*/ plainColumn("text", "task.content", ["年度主要任务/主要内容", "主要内容"]),
    // A task's 预算金额 (the 2021 national 部门整体支出绩效目标申报表): read into the task,
    // stating no fact of the table.
    .../*#__PURE__*/ TASK_MONEY.map(([key, words]) =>
      plainColumn("text", key, [
        ...TASK_MONEY_GROUPS.flatMap((g) =>
          words.flatMap((w) => [`${g}/${w}`, `年度主要任务/${g}/${w}`]),
        ),
        // A task's money in one column, its heading alone (`预算金额（万元）`), is its total.
        ...(key === "task.total" ? TASK_MONEY_LEAVES.flatMap((g) => [g, `年度主要任务/${g}`]) : []),
      ]),
    ),
    /*#__PURE__*/ plainColumn("text", "group", ["预算情况/类别", "类别", "资金类别"]),
  ],
  lines: [
    /*#__PURE__*/ line("budget.total", "revenue.total", [
      "部门预算总额",
      "部门预算总额（万元）",
      "单位预算总额",
      "年度预算总额",
      "预算总额",
      "年度资金总额",
    ]),
    // 预算情况 printed by the sources of a project form (其中：财政拨款, 上年结转, 其他资金):
    // read into the target (their sum checked there), stating no fact of the tables.
    { id: "budget.grant", labels: ["其中：财政拨款", "财政拨款"] },
    { id: "budget.carryover", labels: ["上年结转", "上年结转资金"] },
    { id: "budget.other", labels: ["其他资金"] },
    // 资金来源 break down 部门预算总额 (收入总计): each may hold its fund's 上年结转, or not.
    {
      .../*#__PURE__*/ line("budget.government", "revenue", ["政府预算资金"], {
        fund: "government",
      }),
      mayHoldCarryover: true,
    },
    {
      .../*#__PURE__*/ line("budget.specialAccount", "revenue", ["财政专户管理资金"], {
        fund: "specialAccount",
      }),
      mayHoldCarryover: true,
    },
    {
      .../*#__PURE__*/ line("budget.unitFunds", "revenue", ["单位资金"], { fund: "unitFunds" }),
      mayHoldCarryover: true,
    },
    // 资金来源 by the nature of the revenue (the 2021 national 部门整体支出绩效目标申报表): read into
    // the target (compared there with the revenue by fund, `targets.budget`), stating no fact of
    // the tables (a ledger prints the 政府预算资金 form of this table).
    { id: "budget.gpb", labels: ["一般公共预算", "一般公共预算资金", "一般公共预算拨款"] },
    {
      id: "budget.govFund",
      labels: ["政府性基金预算", "政府性基金", "政府性基金预算资金", "政府性基金拨款"],
    },
    { id: "budget.soe", labels: ["国有资本经营预算", "国有资本经营预算资金"] },
    /*#__PURE__*/ line("budget.basic", "spending", ["基本支出"], { nature: "basic" }),
    /*#__PURE__*/ line("budget.project", "spending", ["项目支出"], { nature: "project" }),
  ],
  targets: {
    form: "department",
    fields: {
      goal: "goal",
      "budget.total": "money.total",
      "budget.government": "money.government",
      "budget.specialAccount": "money.specialAccount",
      "budget.unitFunds": "money.unitFunds",
      "budget.gpb": "money.gpb",
      "budget.govFund": "money.govFund",
      "budget.soe": "money.soe",
      "budget.grant": "money.grant",
      "budget.carryover": "money.carryover",
      "budget.other": "money.other",
      "budget.basic": "money.basic",
      "budget.project": "money.project",
    },
    indicator: {
      level1: "level1",
      level2: "level2",
      name: "level3",
      value: "value",
      explanation: "explanation",
      standard: "standard",
      weight: "weight",
      sense: "sense",
      direction: "direction",
      unit: "unit",
    },
    tasks: { name: "task.name", content: "task.content" },
    taskMoney: { "task.total": "total", "task.grant": "grant", "task.other": "other" },
    headings: ["group"],
    texts: { goal: "goal", taskPrefix: "task:" },
  },
};

/** How printers head an indicator's 三级 name under its 一级 group. */
const GROUP_NAME_WORDS = ["三级指标", "指标名称", "指标内容", "三级指标名称"];

/** The 三级指标 and 指标值 text columns of one indicator group (成本, 产出, 效益, 满意度). */
const indicatorColumns = (group: string, zh: string): readonly ColumnSpec[] => {
  const under = (words: readonly string[]) =>
    words.flatMap((w) => [`绩效目标/${zh}/${w}`, `${zh}/${w}`]);
  return [
    plainColumn("text", `${group}.name`, under(GROUP_NAME_WORDS)),
    plainColumn("text", `${group}.value`, under(INDICATOR_VALUE_HEADERS)),
  ];
};

/** The indicator groups of the 汇总表 as printed in the Henan fixture: 三级指标 / 指标值 under each 一级. */
const INDICATOR_GROUPS = [
  ["cost", "成本指标"],
  ["output", "产出指标"],
  ["benefit", "效益指标"],
  ["satisfaction", "满意度指标"],
] as const;

/** The money lines a project form prints by source, as columns of a table of projects. */
const FORM_MONEY = [
  ["grant", "财政拨款"],
  ["carryover", "上年结转"],
  ["other", "其他资金"],
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
      ]),
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
    // 资金 printed by the sources of a project form (财政拨款 / 上年结转 / 其他资金), and the
    // 年度目标: read into the targets (their money checked there), stating no fact of the table.
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
    [
      /*#__PURE__*/ plainColumn("text", "indicator.level1", [
        "绩效指标/一级指标",
        "一级指标",
        "指标类别",
        "指标类型",
      ]),
      /*#__PURE__*/ plainColumn("text", "indicator.level2", ["绩效指标/二级指标", "二级指标"]),
      /*#__PURE__*/ plainColumn("text", "indicator.name", [
        "绩效指标/三级指标",
        ...GROUP_NAME_WORDS,
      ]),
      /*#__PURE__*/ plainColumn("text", "indicator.value", [
        "绩效指标/指标值",
        ...INDICATOR_VALUE_HEADERS,
      ]),
      /*#__PURE__*/ plainColumn("text", "indicator.sense", INDICATOR_SENSE_HEADERS),
      /*#__PURE__*/ plainColumn("text", "indicator.direction", INDICATOR_DIRECTION_HEADERS),
      /*#__PURE__*/ plainColumn("text", "indicator.unit", INDICATOR_UNIT_HEADERS),
      /*#__PURE__*/ plainColumn("text", "indicator.standard", INDICATOR_STANDARD_HEADERS),
      /*#__PURE__*/ plainColumn("text", "indicator.midTermValue", INDICATOR_MID_TERM_VALUE_HEADERS),
      /*#__PURE__*/ plainColumn("text", "indicator.weight", INDICATOR_WEIGHT_HEADERS),
    ],
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
      goal: "goal",
      midTermGoal: "midTermGoal",
    },
    groups: /*#__PURE__*/ INDICATOR_GROUPS.map(([group, level1]) => ({
      level1,
      name: `${group}.name`,
      value: `${group}.value`,
    })),
    indicator: {
      level1: "indicator.level1",
      level2: "indicator.level2",
      name: "indicator.name",
      value: "indicator.value",
      sense: "indicator.sense",
      direction: "indicator.direction",
      unit: "indicator.unit",
      standard: "indicator.standard",
      midTermValue: "indicator.midTermValue",
      weight: "indicator.weight",
    },
  },
};
