import type { Unit } from "../amount";
import type { TargetMoneyLine } from "../templates/targets";

/**
 * One performance indicator (绩效指标) as printed: its 一级 and (when printed) 二级 category, its
 * 三级 name, its 指标值, (department tables) its 指标值说明 with the formula, and (where a table
 * prints one) its 评（扣）分标准, how a result is scored against it (`standard`), and its 中期指标值
 * beside the year's (`midTermValue`), and its 分值 / 权重 in the score (`weight`). Strings are kept
 * exactly as printed; `yusuan/performance` parses the value and places the categories.
 *
 * @example
 * ```ts
 * import type { Indicator } from "yusuan";
 * const i: Indicator = { level1: "产出指标", level2: "数量指标", name: "编发工作信息", value: "≥600条" };
 * ```
 */
export interface Indicator {
  readonly level1: string;
  readonly level2?: string;
  readonly name: string;
  readonly value: string;
  readonly explanation?: string;
  readonly standard?: string;
  readonly midTermValue?: string;
  readonly weight?: string;
}

/**
 * The money lines of a target as printed strings (`""` for a printed blank), by
 * {@link yusuan/templates!TargetMoneyLine | TargetMoneyLine}: a project's 资金总额 and sources, or a
 * department's 预算情况.
 *
 * @example
 * ```ts
 * import type { MoneyBlock } from "yusuan";
 * const m: MoneyBlock = { total: "3.50", government: "3.50", specialAccount: "", unitFunds: "" };
 * ```
 */
export type MoneyBlock = Readonly<Partial<Record<TargetMoneyLine, string>>>;

/**
 * A project's performance targets (项目绩效目标): the project (name, 21-character code when printed,
 * 项目分类, 实施单位, 主管部门), its money, its 总体目标 or 年度目标 (`goal`), its 中期目标 where a
 * table prints one (`midTermGoal`) and its indicators, in printed order.
 *
 * @example
 * ```ts
 * import type { ProjectTarget } from "yusuan";
 * const p: ProjectTarget = {
 *   name: "2024年通联值班费", code: "410305240000000017294", type: "特定目标类",
 *   money: { total: "10.00", government: "10.00" },
 *   indicators: [{ level1: "产出指标", name: "每天值班次数", value: "≥2次／天" }],
 * };
 * ```
 */
export interface ProjectTarget {
  readonly name: string;
  readonly code?: string;
  readonly type?: string;
  readonly implementer?: string;
  readonly department?: string;
  readonly goal?: string;
  readonly midTermGoal?: string;
  readonly money: MoneyBlock;
  readonly indicators: readonly Indicator[];
}

/**
 * A task of a department's 年度主要任务: 任务名称, 主要内容 and, where the table prints them, its
 * 预算金额 (`money`: 总额 `total`, 财政拨款 `grant`, 其他资金 `other`).
 *
 * @example
 * ```ts
 * import type { DepartmentTask } from "yusuan";
 * const t: DepartmentTask = { name: "会务保障", content: "做好重要会议活动的组织协调工作。" };
 * ```
 */
export interface DepartmentTask {
  readonly name: string;
  readonly content: string;
  readonly money?: MoneyBlock;
}

/**
 * Department-wide targets (部门（单位）整体绩效目标): 年度履职目标, 年度主要任务, 预算情况 (资金来源 and
 * 资金结构 as money lines) and the 一/二/三级 indicators with their 指标值说明.
 *
 * @example
 * ```ts
 * import type { DepartmentTarget } from "yusuan";
 * const d: DepartmentTarget = {
 *   goal: "做好区委、区委办公室日常工作。",
 *   tasks: [{ name: "会务保障", content: "做好重要会议活动的组织协调工作。" }],
 *   budget: { total: "969.06", government: "969.06", basic: "682.06", project: "287.00" },
 *   indicators: [{ level1: "满意度", level2: "服务对象满意度", name: "", value: "≥90%" }],
 * };
 * ```
 */
export interface DepartmentTarget {
  readonly goal?: string;
  readonly tasks: readonly DepartmentTask[];
  readonly budget: MoneyBlock;
  readonly indicators: readonly Indicator[];
}

/**
 * The performance targets of a disclosure: the unit its money lines are printed in, the project
 * targets, and the department-wide target when there is one.
 *
 * @example
 * ```ts
 * import type { Targets } from "yusuan";
 * const t: Targets = { unit: "万元", projects: [] };
 * ```
 */
export interface Targets {
  readonly unit: Unit;
  readonly projects: readonly ProjectTarget[];
  readonly department?: DepartmentTarget;
}
