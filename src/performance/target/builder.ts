import type { Unit } from "../../amount";
import type {
  DepartmentTarget,
  DepartmentTask,
  Indicator,
  MoneyBlock,
  ProjectTarget,
} from "../../disclosure";
import type { TargetProblem } from "./problems";
import { type ValidateOptions, validateDepartmentTarget, validateProjectTarget } from "./validate";

/**
 * What a target builder's `build()` returns: the target (always built, with everything given),
 * the validation problems, and `ok` when none of them is an error.
 *
 * @example
 * ```ts
 * import type { ProjectTarget } from "yusuan";
 * import type { TargetBuildResult } from "yusuan/performance";
 * const names = (r: TargetBuildResult<ProjectTarget>) => r.value.indicators.map((i) => i.name);
 * ```
 */
export interface TargetBuildResult<T> {
  readonly ok: boolean;
  readonly value: T;
  readonly problems: readonly TargetProblem[];
}

/**
 * Optional parts of an indicator given to a builder: its 二级, its 指标值说明 and its 评（扣）分标准.
 *
 * @example
 * ```ts
 * import type { IndicatorOptions } from "yusuan/performance";
 * const o: IndicatorOptions = { level2: "数量指标" };
 * ```
 */
export interface IndicatorOptions {
  readonly level2?: string;
  readonly explanation?: string;
  readonly standard?: string;
}

const indicatorOf = (
  level1: string,
  name: string,
  value: string,
  options: IndicatorOptions,
): Indicator =>
  Object.freeze({
    level1,
    ...(options.level2 === undefined ? {} : { level2: options.level2 }),
    name,
    value,
    ...(options.explanation === undefined ? {} : { explanation: options.explanation }),
    ...(options.standard === undefined ? {} : { standard: options.standard }),
  });

const result = <T>(value: T, problems: readonly TargetProblem[]): TargetBuildResult<T> => ({
  ok: !problems.some((p) => p.severity === "error"),
  value,
  problems,
});

/**
 * An immutable builder of a {@link yusuan!ProjectTarget | ProjectTarget}: each method returns a new
 * builder.
 *
 * @example
 * ```ts
 * import { projectTargetBuilder, type ProjectTargetBuilder } from "yusuan/performance";
 * const b: ProjectTargetBuilder = projectTargetBuilder("2024年机关运行经费");
 * ```
 */
export interface ProjectTargetBuilder {
  /** Sets money lines (printed strings), merged over those set before. */
  readonly money: (lines: MoneyBlock) => ProjectTargetBuilder;
  /** Adds an indicator: 一级, 三级 name, 指标值 as printed. */
  readonly indicator: (
    level1: string,
    name: string,
    value: string,
    options?: IndicatorOptions,
  ) => ProjectTargetBuilder;
  /** The target and its validation problems (see `validateProjectTarget`). */
  readonly build: (unit?: Unit, options?: ValidateOptions) => TargetBuildResult<ProjectTarget>;
}

function projectBuilder(target: ProjectTarget): ProjectTargetBuilder {
  return {
    money: (lines) => projectBuilder({ ...target, money: { ...target.money, ...lines } }),
    indicator: (level1, name, value, options = {}) =>
      projectBuilder({
        ...target,
        indicators: [...target.indicators, indicatorOf(level1, name, value, options)],
      }),
    build: (unit = "万元", options = {}) => {
      const value = Object.freeze({ ...target, money: Object.freeze({ ...target.money }) });
      return result(value, validateProjectTarget(value, unit, options));
    },
  };
}

/**
 * Starts building a project target: its name and the project's other printed details (21-character
 * code, 项目分类, 实施单位, 主管部门, 总体目标).
 *
 * @param name - 项目名称
 * @param details - the other details, as printed
 *
 * @example
 * ```ts
 * import { projectTargetBuilder } from "yusuan/performance";
 * const r = projectTargetBuilder("2024年劳务派遣人员经费", { code: "410305240000000012440", type: "其他运转类" })
 *   .money({ total: "3.50", government: "3.50" })
 *   .indicator("成本指标", "每月薪资", "≤3000元/人")
 *   .indicator("产出指标", "人数", "≤1人", { level2: "数量指标" })
 *   .indicator("满意度指标", "服务对象满意度", "≥95%")
 *   .build();
 * r.ok; // true
 * r.problems; // []
 * r.value.indicators[1]; // { level1: "产出指标", level2: "数量指标", name: "人数", value: "≤1人" }
 * ```
 */
export function projectTargetBuilder(
  name: string,
  details: Omit<ProjectTarget, "name" | "money" | "indicators"> = {},
): ProjectTargetBuilder {
  return projectBuilder({ name, ...details, money: {}, indicators: [] });
}

/**
 * An immutable builder of a {@link yusuan!DepartmentTarget | DepartmentTarget}.
 *
 * @example
 * ```ts
 * import { departmentTargetBuilder, type DepartmentTargetBuilder } from "yusuan/performance";
 * const b: DepartmentTargetBuilder = departmentTargetBuilder("做好区委、区委办公室日常工作。");
 * ```
 */
export interface DepartmentTargetBuilder {
  /** Adds a task of 年度主要任务. */
  readonly task: (name: string, content: string) => DepartmentTargetBuilder;
  /** Sets 预算情况 lines (printed strings), merged over those set before. */
  readonly budget: (lines: MoneyBlock) => DepartmentTargetBuilder;
  /** Adds an indicator: 一级, 三级 name, 指标值 as printed. */
  readonly indicator: (
    level1: string,
    name: string,
    value: string,
    options?: IndicatorOptions,
  ) => DepartmentTargetBuilder;
  /** The target and its validation problems (see `validateDepartmentTarget`). */
  readonly build: (unit?: Unit, options?: ValidateOptions) => TargetBuildResult<DepartmentTarget>;
}

function departmentBuilder(target: DepartmentTarget): DepartmentTargetBuilder {
  return {
    task: (name, content) =>
      departmentBuilder({
        ...target,
        tasks: [...target.tasks, Object.freeze<DepartmentTask>({ name, content })],
      }),
    budget: (lines) => departmentBuilder({ ...target, budget: { ...target.budget, ...lines } }),
    indicator: (level1, name, value, options = {}) =>
      departmentBuilder({
        ...target,
        indicators: [...target.indicators, indicatorOf(level1, name, value, options)],
      }),
    build: (unit = "万元", options = {}) => {
      const value = Object.freeze({ ...target, budget: Object.freeze({ ...target.budget }) });
      return result(value, validateDepartmentTarget(value, unit, options));
    },
  };
}

/**
 * Starts building a department-wide target with its 年度履职目标.
 *
 * @param goal - 年度履职目标 (omit when not printed)
 *
 * @example
 * ```ts
 * import { departmentTargetBuilder } from "yusuan/performance";
 * const r = departmentTargetBuilder("认真履行参谋助手职责。")
 *   .task("会务保障", "做好重要会议活动的组织协调工作。")
 *   .budget({ total: "969.06", government: "969.06", basic: "682.06", project: "287.00" })
 *   .indicator("投入管理指标", "预算执行率", "≥90%", { level2: "预算和财务管理" })
 *   .build();
 * r.ok; // true
 * r.value.tasks.length; // 1
 * ```
 */
export function departmentTargetBuilder(goal?: string): DepartmentTargetBuilder {
  return departmentBuilder({
    ...(goal === undefined ? {} : { goal }),
    tasks: [],
    budget: {},
    indicators: [],
  });
}
