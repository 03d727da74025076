import { amount, line, plainColumn } from "../build";
import { indicatorColumnSpecs } from "../indicator-headers";
import type { TargetField } from "../targets";
import type { ColumnSpec, LineSpec, TableKind } from "../types";

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

/** 预算情况's lines (amounts by label), above the indicator rows. */
const BUDGET_LINES: readonly LineSpec[] = [
  /*#__PURE__*/ line("budget.total", "revenue.total", [
    "部门预算总额",
    "部门预算总额（万元）",
    "单位预算总额",
    "年度预算总额",
    "预算总额",
    "年度资金总额",
    // Other printers' words for the same total.
    "资金总额",
    "预算资金总额",
    "年度预算资金总额",
    "部门预算资金总额",
    "年度部门预算总额",
  ]),
  // 预算情况 printed by the sources of a project form (其中：财政拨款, 上年结转, 其他资金):
  // read into the target (their sum checked there), stating no fact of the tables.
  {
    id: "budget.grant",
    labels: ["其中：财政拨款", "财政拨款", "本年财政拨款", "当年财政拨款", "财政资金"],
  },
  { id: "budget.carryover", labels: ["上年结转", "上年结转资金"] },
  { id: "budget.other", labels: ["其他资金", "自筹资金", "单位自筹资金"] },
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
];

/** The group headings a 预算情况 printed across (one column a line, one row of amounts) is under. */
const ACROSS_GROUPS = ["预算情况", "预算情况（万元）", "年度预算情况", "部门预算情况"];

/**
 * 预算情况 printed across, one column a line (`预算情况/资金总额`, `预算情况/财政拨款` …) and its
 * amounts in one row: a text column a line, under its labels, read into the target's money as the
 * lines are (stating no fact of the tables: the lines printed down do).
 */
const acrossColumns = (): ColumnSpec[] =>
  BUDGET_LINES.map((l) =>
    plainColumn(
      "text",
      `across.${l.id}`,
      ACROSS_GROUPS.flatMap((g) => l.labels.map((w) => `${g}/${w}`)),
    ),
  );

/** The target field each 预算情况 line is read into. */
const BUDGET_FIELDS: Readonly<Record<string, TargetField>> = {
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
};

/** The columns of the indicator rows (the shared headers), the 三级 keyed `level3`. */
const INDICATOR = /*#__PURE__*/ indicatorColumnSpecs((part) => (part === "name" ? "level3" : part));

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
    ...INDICATOR.columns,
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
    .../*#__PURE__*/ acrossColumns(),
  ],
  lines: BUDGET_LINES,
  targets: {
    form: "department",
    fields: {
      goal: "goal",
      ...BUDGET_FIELDS,
      // 预算情况 printed across: each column as its line.
      .../*#__PURE__*/ Object.fromEntries(
        Object.entries(BUDGET_FIELDS).map(([line, field]) => [`across.${line}`, field]),
      ),
    },
    indicator: INDICATOR.indicator,
    tasks: { name: "task.name", content: "task.content" },
    taskMoney: { "task.total": "total", "task.grant": "grant", "task.other": "other" },
    headings: ["group"],
    texts: { goal: "goal", taskPrefix: "task:" },
  },
};
