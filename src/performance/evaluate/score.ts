import type { Amount } from "../../amount";
import type { ProjectTarget } from "../../disclosure";
import { bestFramework, placeIndicator } from "../framework/classify";
import { PROJECT_FRAMEWORKS } from "../framework/data";
import type { IndicatorCategory, IndicatorFramework } from "../framework/types";
import { parseIndicatorValue } from "../value/parse";
import { add, cmp, div, min, mul } from "./exact";
import { computeFormula, DEPARTMENT_FORMULAS } from "./formulas";
import { type Actual, type EvaluateOptions, type Evaluation, evaluateIndicator } from "./indicator";

/**
 * A scored group of indicators: its weight (points) and the categories of 一级 it covers.
 *
 * @example
 * ```ts
 * import type { WeightGroup } from "yusuan/performance";
 * const g: WeightGroup = { id: "output", weight: "50", categories: ["output", "cost"] };
 * ```
 */
export interface WeightGroup {
  readonly id: string;
  readonly weight: string;
  readonly categories: readonly IndicatorCategory[];
}

/**
 * Self-evaluation weights: the points of 预算执行率 and of each indicator group.
 *
 * @example
 * ```ts
 * import type { ScoringWeights } from "yusuan/performance";
 * const w: ScoringWeights = { execution: "20", groups: [{ id: "output", weight: "80", categories: ["output", "cost"] }] };
 * ```
 */
export interface ScoringWeights {
  readonly execution: string;
  readonly groups: readonly WeightGroup[];
}

/**
 * The default self-evaluation weights (财预〔2020〕10号, K): 预算执行率 10, 产出 50 (成本 indicators
 * count with 产出, as 产出成本 in that framework), 效益 30, 满意度 10.
 *
 * @example
 * ```ts
 * import { DEFAULT_WEIGHTS } from "yusuan/performance";
 * DEFAULT_WEIGHTS.groups.map((g) => `${g.id} ${g.weight}`); // ["output 50", "benefit 30", "satisfaction 10"]
 * ```
 */
export const DEFAULT_WEIGHTS: ScoringWeights = {
  execution: "10",
  groups: [
    { id: "output", weight: "50", categories: ["output", "cost"] },
    { id: "benefit", weight: "30", categories: ["benefit"] },
    { id: "satisfaction", weight: "10", categories: ["satisfaction"] },
  ],
};

/**
 * A grade and the least score that earns it.
 *
 * @example
 * ```ts
 * import type { GradeSpec } from "yusuan/performance";
 * const g: GradeSpec = { grade: "优", min: "90" };
 * ```
 */
export interface GradeSpec {
  readonly grade: string;
  readonly min: string;
}

/**
 * The default grades (财预〔2020〕10号, K): 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60.
 *
 * @example
 * ```ts
 * import { DEFAULT_GRADES } from "yusuan/performance";
 * DEFAULT_GRADES.map((g) => g.grade); // ["优", "良", "中", "差"]
 * ```
 */
export const DEFAULT_GRADES: readonly GradeSpec[] = [
  { grade: "优", min: "90" },
  { grade: "良", min: "80" },
  { grade: "中", min: "60" },
  { grade: "差", min: "0" },
];

/**
 * The actual results of a project: 预算执行率 as [spent, budget] or a printed rate (`96%`), and an
 * actual per indicator index.
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import type { ProjectActuals } from "yusuan/performance";
 * const a: ProjectActuals = { execution: [amount("9.60"), amount("10.00")], indicators: { 1: "2", 3: "97%" } };
 * ```
 */
export interface ProjectActuals {
  readonly execution?: readonly [Amount, Amount] | string;
  readonly indicators: Readonly<Record<number, Actual>>;
}

/**
 * Options of {@link scoreProject}: weights, grades, the frameworks the indicators are placed in,
 * and the options of each indicator's evaluation.
 *
 * @example
 * ```ts
 * import { DEFAULT_WEIGHTS, type ScoreOptions } from "yusuan/performance";
 * const o: ScoreOptions = { weights: DEFAULT_WEIGHTS, evaluate: { bare: "=" } };
 * ```
 */
export interface ScoreOptions {
  readonly weights?: ScoringWeights;
  readonly grades?: readonly GradeSpec[];
  readonly frameworks?: readonly IndicatorFramework[];
  readonly evaluate?: EvaluateOptions;
}

/**
 * One indicator in a score: its group (absent when its 一级 is in no group), its evaluation (absent
 * without an actual), its credit, and whether it is pending (no actual, or it needs judgment).
 *
 * @example
 * ```ts
 * import type { IndicatorScore } from "yusuan/performance";
 * const waiting = (s: IndicatorScore) => s.pending;
 * ```
 */
export interface IndicatorScore {
  readonly index: number;
  readonly name: string;
  readonly group?: string;
  readonly evaluation?: Evaluation;
  readonly credit: string;
  readonly pending: boolean;
}

/**
 * A group's points: `weight × Σ credits ÷ indicators`, rounded half-up to 2 decimals (0 for a
 * group without indicators).
 *
 * @example
 * ```ts
 * import type { GroupScore } from "yusuan/performance";
 * const full = (g: GroupScore) => g.points === g.weight;
 * ```
 */
export interface GroupScore {
  readonly id: string;
  readonly weight: string;
  readonly points: string;
  readonly indicators: readonly number[];
}

/**
 * A project's self-evaluation score: the total (2 decimals), its grade, whether it is complete (an
 * execution rate given and no indicator pending), the 预算执行率 part, the groups and indicators.
 *
 * @example
 * ```ts
 * import type { ProjectScore } from "yusuan/performance";
 * const line = (s: ProjectScore) => `${s.score} ${s.grade}`;
 * ```
 */
export interface ProjectScore {
  readonly score: string;
  readonly grade: string;
  readonly complete: boolean;
  readonly execution: { readonly rate?: string; readonly points: string; readonly weight: string };
  readonly groups: readonly GroupScore[];
  readonly indicators: readonly IndicatorScore[];
}

/** The execution rate in percent (2 decimals) and its points: weight × min(rate, 100%). */
function execution(given: ProjectActuals["execution"], weight: string): ProjectScore["execution"] {
  const formula = DEPARTMENT_FORMULAS.find((f) => f.id === "budgetExecution");
  if (given === undefined || formula === undefined) return { points: "0.00", weight };
  let rate: string | undefined;
  if (typeof given === "string") {
    const r = parseIndicatorValue(given);
    const v = r.ok ? r.value : undefined;
    if (v?.kind === "quantity" && v.op === undefined && (v.unit === "%" || v.unit === ""))
      rate = v.value;
  } else {
    const r = computeFormula(formula, given, 4);
    rate = r.ok ? r.value : undefined;
  }
  if (rate === undefined) return { points: "0.00", weight };
  const capped = min(rate, "100");
  const points = cmp(capped, "0") < 0 ? "0.00" : div(mul(weight, capped), "100", 2, "half-up");
  return { rate: div(rate, "1", 2, "half-up"), points, weight };
}

/**
 * Scores a project's self-evaluation, exactly. 预算执行率 earns `weight × min(rate, 100%)`; each
 * indicator is evaluated ({@link evaluateIndicator}) and its credit (1 met, proportional for a
 * quantitative miss, 0 for a missed date or a qualitative target judged not met) counts in the
 * group of its 一级; a group earns `weight × Σ credits ÷ its indicators` (rounded half-up to 2
 * decimals); the score is the sum, graded by the first grade whose minimum it reaches. An
 * indicator without an actual, or needing judgment, earns 0 and leaves the score incomplete.
 *
 * @param target - the project target
 * @param actuals - the actual results
 * @param options - weights, grades, frameworks, evaluation options
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import { scoreProject } from "yusuan/performance";
 * const target = {
 *   name: "2024年通联值班费", money: { total: "10.00" },
 *   indicators: [
 *     { level1: "成本指标", name: "通联值班经费", value: "按当年预算安排支付" },
 *     { level1: "产出指标", name: "每天值班次数", value: "≥2次／天" },
 *     { level1: "效益指标", name: "保障区委通联工作", value: "持续保障" },
 *     { level1: "满意度指标", name: "服务对象满意度", value: "≥95%" },
 *   ],
 * };
 * const s = scoreProject(target, {
 *   execution: [amount("9.60"), amount("10.00")],
 *   indicators: { 0: { judgment: "met" }, 1: "2", 2: { judgment: "met" }, 3: "93.1%" },
 * });
 * [s.score, s.grade, s.complete]; // ["99.40", "优", true]
 * s.execution; // { rate: "96.00", points: "9.60", weight: "10" }
 * s.groups.map((g) => g.points); // ["50.00", "30.00", "9.80"]
 * ```
 */
export function scoreProject(
  target: ProjectTarget,
  actuals: ProjectActuals,
  options: ScoreOptions = {},
): ProjectScore {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const grades = options.grades ?? DEFAULT_GRADES;
  const framework = bestFramework(
    target.indicators,
    options.frameworks ?? PROJECT_FRAMEWORKS,
  )?.framework;
  const indicators = target.indicators.map((indicator, index): IndicatorScore => {
    const category =
      framework === undefined ? undefined : placeIndicator(indicator, framework).category;
    const group = weights.groups.find(
      (g) => category !== undefined && g.categories.includes(category),
    );
    const base = {
      index,
      name: indicator.name,
      ...(group === undefined ? {} : { group: group.id }),
    };
    const actual = actuals.indicators[index];
    if (actual === undefined) return { ...base, credit: "0", pending: true };
    const evaluation = evaluateIndicator(indicator.value, actual, options.evaluate);
    const credit = evaluation.credit;
    return credit === undefined
      ? { ...base, evaluation, credit: "0", pending: true }
      : { ...base, evaluation, credit, pending: false };
  });
  const groups = weights.groups.map((g): GroupScore => {
    const members = indicators.filter((i) => i.group === g.id);
    const credits = members.reduce((sum, i) => add(sum, i.credit), "0");
    const points =
      members.length === 0
        ? "0.00"
        : div(mul(g.weight, credits), String(members.length), 2, "half-up");
    return { id: g.id, weight: g.weight, points, indicators: members.map((i) => i.index) };
  });
  const exec = execution(actuals.execution, weights.execution);
  const score = groups.reduce((sum, g) => add(sum, g.points), exec.points);
  const sorted = [...grades].sort((a, b) => cmp(b.min, a.min));
  const grade = sorted.find((g) => cmp(score, g.min) >= 0)?.grade ?? sorted.at(-1)?.grade ?? "";
  const complete = exec.rate !== undefined && !indicators.some((i) => i.pending);
  return { score, grade, complete, execution: exec, groups, indicators };
}
