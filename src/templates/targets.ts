import type { Localized } from "../locale";

/**
 * The money lines a performance target (绩效目标) prints: a project's 资金总额 (`total`) and its
 * sources (`government` 政府预算资金, `specialAccount` 财政专户管理资金, `unitFunds` 单位资金; on
 * Shanghai forms `grant` 财政拨款, `carryover` 上年结转, `other` 其他资金), and a department's
 * 预算情况 (`total` 部门预算总额, the same sources or, as the 2021 national form prints them by the
 * nature of the revenue, `gpb` 一般公共预算 / `govFund` 政府性基金预算 / `soe` 国有资本经营预算 with
 * 财政专户管理资金 and 单位资金, and the structure `basic` 基本支出 / `project` 项目支出).
 *
 * @example
 * ```ts
 * import { TARGET_MONEY_LINES } from "yusuan/templates";
 * TARGET_MONEY_LINES.includes("carryover"); // true
 * ```
 */
export const TARGET_MONEY_LINES = [
  "total",
  "government",
  "specialAccount",
  "unitFunds",
  "grant",
  "carryover",
  "other",
  "basic",
  "project",
  "gpb",
  "govFund",
  "soe",
] as const;

/**
 * A money line of a performance target: see {@link TARGET_MONEY_LINES}.
 *
 * @example
 * ```ts
 * import type { TargetMoneyLine } from "yusuan/templates";
 * const line: TargetMoneyLine = "government";
 * ```
 */
export type TargetMoneyLine = (typeof TARGET_MONEY_LINES)[number];

/**
 * The printed name of each money line, in both locales (for messages).
 *
 * @example
 * ```ts
 * import { TARGET_MONEY_LINE_NAMES } from "yusuan/templates";
 * TARGET_MONEY_LINE_NAMES.grant["zh-CN"]; // "财政拨款"
 * ```
 */
export const TARGET_MONEY_LINE_NAMES: Readonly<Record<TargetMoneyLine, Localized>> = {
  total: { "zh-CN": "资金总额", en: "total" },
  government: { "zh-CN": "政府预算资金", en: "government funds" },
  specialAccount: { "zh-CN": "财政专户管理资金", en: "special-account funds" },
  unitFunds: { "zh-CN": "单位资金", en: "unit funds" },
  grant: { "zh-CN": "财政拨款", en: "grant" },
  carryover: { "zh-CN": "上年结转", en: "carry-over" },
  other: { "zh-CN": "其他资金", en: "other funds" },
  basic: { "zh-CN": "基本支出", en: "basic spending" },
  project: { "zh-CN": "项目支出", en: "project spending" },
  gpb: { "zh-CN": "一般公共预算", en: "general public budget" },
  govFund: { "zh-CN": "政府性基金预算", en: "government fund budget" },
  soe: { "zh-CN": "国有资本经营预算", en: "state capital operation budget" },
};

/**
 * A field of a performance target a column or a line prints: the project's `name`, `code`,
 * `type` (项目分类), `implementer` (实施单位 / 项目单位), `department` (主管部门), `goal` (总体目标, 年度履职目标),
 * `midTermGoal` (中期目标) or one of its money lines (`money.total` …).
 *
 * @example
 * ```ts
 * import type { TargetField } from "yusuan/templates";
 * const f: TargetField = "money.total";
 * ```
 */
export type TargetField =
  | "name"
  | "code"
  | "type"
  | "implementer"
  | "department"
  | "goal"
  | "midTermGoal"
  | `money.${TargetMoneyLine}`;

/**
 * Indicator columns printed side by side under one printed 一级 (the Henan 项目绩效目标汇总表:
 * `成本指标` / 三级指标, 指标值): the 一级 as printed and the keys of its two columns.
 *
 * @example
 * ```ts
 * import type { IndicatorColumnGroup } from "yusuan/templates";
 * const g: IndicatorColumnGroup = { level1: "产出指标", name: "output.name", value: "output.value" };
 * ```
 */
export interface IndicatorColumnGroup {
  readonly level1: string;
  readonly name: string;
  readonly value: string;
}

/**
 * The keys of the columns of an indicator printed one a row: 一级, 二级, 三级 (`name`), 指标值
 * (`value`), 指标值说明 (`explanation`), 评（扣）分标准 (`standard`), 中期指标值
 * (`midTermValue`, beside the year's value) and 分值 / 权重 (`weight`), and, where a layout prints them apart from the value,
 * 指标性质 (`sense`: `≥`, `≤`, `＝`, `定性`), 指标方向 (`direction`: `≥`, `≤`, `正向`) and 计量单位 /
 * 度量单位 (`unit`), which are read into
 * the value (`95` with `≥` and `%` is `≥95%`). Blank 一级 / 二级 cells of a continuation row repeat
 * the row above (merged cells), within one target.
 *
 * @example
 * ```ts
 * import type { IndicatorColumns } from "yusuan/templates";
 * const c: IndicatorColumns = { level1: "level1", level2: "level2", name: "level3", value: "value" };
 * ```
 */
export interface IndicatorColumns {
  readonly level1?: string;
  readonly level2?: string;
  readonly name?: string;
  readonly value: string;
  readonly explanation?: string;
  readonly standard?: string;
  readonly midTermValue?: string;
  readonly weight?: string;
  readonly sense?: string;
  /** 指标方向 printed beside 指标性质: the comparison is read from whichever prints one. */
  readonly direction?: string;
  readonly unit?: string;
}

/**
 * How a table kind prints performance targets, as data for `yusuan/performance` to read its rows
 * into targets (no code branches on a kind's id):
 *
 * - `form`: `projects` (a row per project, its indicators on it and on the continuation rows
 *   below), `department` (one department-wide target, possibly over several printed sub-tables)
 *   or `project` (one project per table: a project form such as Shanghai's 申报表);
 * - `fields`: column key (grid rows) or line id (line rows) → the target field it prints;
 * - `groups` / `indicator`: where indicators are printed (side by side, or one a row);
 * - `tasks`: the columns of 年度主要任务 (任务名称, 主要内容); `taskMoney`: column key → the money
 *   line of a task it prints (预算金额 总额 / 财政拨款 / 其他资金); `headings`: text columns and line ids
 *   that only label a block (`1、资金来源：`, `项目资金（万元）`);
 * - `texts`: keys of `Table.texts` holding the goal, and the prefix of the keys holding a task's
 *   content (`task:文稿起草`); `some`: the template requires no targets for every project.
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * const layout = henan2024.tables.find((t) => t.id === "projectTargets")?.targets;
 * layout?.form; // "projects"
 * layout?.fields?.total; // "money.total"
 * ```
 */
export interface TargetLayout {
  readonly form: "projects" | "department" | "project";
  readonly fields?: Readonly<Record<string, TargetField>>;
  readonly groups?: readonly IndicatorColumnGroup[];
  readonly indicator?: IndicatorColumns;
  readonly tasks?: { readonly name: string; readonly content: string };
  readonly taskMoney?: Readonly<Record<string, TargetMoneyLine>>;
  readonly headings?: readonly string[];
  readonly texts?: { readonly goal?: string; readonly taskPrefix?: string };
  /**
   * `true`: the template requires no targets for every project, so a table of this kind may list
   * some projects only whatever its title (the national minimum: many provinces publish the targets
   * of their key projects under a plain `项目支出绩效目标表`).
   */
  readonly some?: boolean;
}

/**
 * Words of a 绩效 table's title saying it lists the targets of some projects only (a department
 * publishing the targets of its key projects: `重点项目绩效目标表`, `部分项目绩效目标`,
 * `重大项目支出绩效目标表`): a project of the 项目支出表 it does not list is no missing target.
 *
 * @internal
 */
export const SOME_PROJECTS_TITLE_WORDS: readonly string[] = [
  "重点项目",
  "重点支出项目",
  "重大项目",
  "重大支出项目",
  "部分项目",
  "重点专项",
  "重大专项",
  // A project's form (申报表 / 批复表 / 填报表, one project a form): a department prints forms for
  // the projects it chooses (Shanghai's 申报表 are its major projects'), never a list of them all.
  "申报表",
  "批复表",
  "填报表",
];

/**
 * The labels of a project form's header block (项目支出绩效目标表 / 申报表 printed one project a
 * table: 项目名称, 主管部门, 实施单位, 项目资金 …). Printed under a title a table of projects shares
 * (`项目支出绩效目标表`), they fill its project column: they are labels, no projects. A label is
 * also known with its money unit in brackets after it (`资金情况（万元）`) or `项目` before it
 * (`项目主管部门`).
 *
 * @internal
 */
export const PROJECT_FORM_LABELS: readonly string[] = [
  "项目名称",
  "项目编码",
  "项目代码",
  "主管部门",
  "主管部门名称",
  "主管部门及代码",
  "主管单位",
  "实施单位",
  "项目实施单位",
  "项目单位",
  "项目负责人",
  "联系电话",
  "项目属性",
  "项目类别",
  "项目类型",
  "项目期限",
  "项目资金",
  "项目资金（万元）",
  "项目资金情况",
  "年度资金总额",
  "资金总额",
  "财政拨款",
  "上年结转",
  "上年结转资金",
  "其他资金",
  "总体目标",
  "年度目标",
  "年度总体目标",
  "年度绩效目标",
  "项目总体目标",
  "实施期目标",
  "实施期绩效目标",
  "长期目标",
  "绩效目标",
  // Other printers' labels of the block (the unit in brackets, or `项目` before, is read off).
  "部门名称",
  "单位名称",
  "实施单位名称",
  "项目概况",
  "项目概述",
  "立项依据",
  "项目立项依据",
  "项目实施内容",
  "资金情况",
  "预算金额",
  "财政资金",
  "政府预算资金",
  "财政专户管理资金",
  "单位资金",
  // The header of the form's indicator grid, printed in the same table.
  "绩效指标",
  "一级指标",
  "二级指标",
  "三级指标",
  "指标值",
];
