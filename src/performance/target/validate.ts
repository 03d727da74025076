import type { Unit } from "../../amount";
import type { DepartmentTarget, Indicator, ProjectTarget, Targets } from "../../disclosure";
import type { Result } from "../../result";
import { type IndicatorPlace, level2Category, placeIndicator } from "../framework/classify";
import { HENAN_DEPARTMENT_FRAMEWORK, PROJECT_FRAMEWORKS } from "../framework/data";
import type { IndicatorFramework } from "../framework/types";
import { keyOf } from "../read/reader";
import type { TargetPath, TargetReadProblem } from "../read/types";
import { parseIndicatorValue } from "../value/parse";
import type { IndicatorValue, IndicatorValueError } from "../value/types";
import { checkMoneyBlock } from "./money";
import type { TargetProblem } from "./problems";
import { shareAboveWhole } from "./share";
import { unreadMoney } from "./unread-money";

/**
 * Options of the target validators: the frameworks a target's indicators are placed in (the one
 * where most fit is used).
 *
 * @example
 * ```ts
 * import { LEGACY_PROJECT_FRAMEWORK, type ValidateOptions } from "yusuan/performance";
 * const o: ValidateOptions = { frameworks: [LEGACY_PROJECT_FRAMEWORK] };
 * ```
 */
export interface ValidateOptions {
  readonly frameworks?: readonly IndicatorFramework[];
}

/** Reads an indicator's printed value: {@link parseIndicatorValue}, or a memo of it. */
type ValueReader = (value: string) => Result<IndicatorValue, IndicatorValueError>;

/**
 * {@link parseIndicatorValue} reading each distinct text once, for the targets of one call of
 * {@link validateTargets}: a document prints the same values again and again (`≥95%`, `持续保障`,
 * `按时完成`: half of the Henan example's indicator values repeat one before them). The results
 * are only read, so one object may serve several indicators.
 */
function memoReader(): ValueReader {
  const seen = new Map<string, Result<IndicatorValue, IndicatorValueError>>();
  return (value) => {
    let r = seen.get(value);
    if (r === undefined) {
      r = parseIndicatorValue(value);
      seen.set(value, r);
    }
    return r;
  };
}

/** Places an indicator in a framework: {@link placeIndicator}, or a memo of it. */
type Placer = (indicator: Indicator, framework: IndicatorFramework) => IndicatorPlace;

/** How the indicators of one call are read: their values and their places. */
interface IndicatorReaders {
  readonly readValue: ValueReader;
  readonly place: Placer;
}

/** Each call of the public validators reads every indicator anew. */
const DIRECT: IndicatorReaders = { readValue: parseIndicatorValue, place: placeIndicator };

/**
 * {@link placeIndicator} placing each distinct 一级 / 二级 pair once per framework, for the targets
 * of one call of {@link validateTargets}: the indicators of a target print a few pairs, each over
 * many rows (a merged cell), and each is placed in every candidate framework. The places are only
 * read, so one object may serve several indicators.
 */
function memoPlacer(): Placer {
  // framework → 一级 → 二级 (`""` for none: `placeIndicator` reads an absent 二级 as blank)
  const byFramework = new Map<IndicatorFramework, Map<string, Map<string, IndicatorPlace>>>();
  return (indicator, framework) => {
    let byLevel1 = byFramework.get(framework);
    if (byLevel1 === undefined) {
      byLevel1 = new Map();
      byFramework.set(framework, byLevel1);
    }
    let byLevel2 = byLevel1.get(indicator.level1);
    if (byLevel2 === undefined) {
      byLevel2 = new Map();
      byLevel1.set(indicator.level1, byLevel2);
    }
    const level2 = indicator.level2 ?? "";
    let place = byLevel2.get(level2);
    if (place === undefined) {
      place = placeIndicator(indicator, framework);
      byLevel2.set(level2, place);
    }
    return place;
  };
}

/** The path of a part of an indicator (made only for a problem found). */
const partPath = (path: TargetPath, i: number, part: string): TargetPath => [
  ...path,
  "indicators",
  i,
  part,
];

/** Problems of a list of indicators; the place of each in the framework. */
function indicatorProblems(
  indicators: readonly Indicator[],
  frameworks: readonly IndicatorFramework[],
  path: TargetPath,
  { readValue, place: placeIn }: IndicatorReaders,
): { problems: TargetProblem[]; categories: Set<string>; allPlaced: boolean } {
  const problems: TargetProblem[] = [];
  // Each indicator placed once in each framework: the best framework (as `bestFramework` picks
  // it: most fitting, the first on a tie) and the places in it come from the same placings.
  let framework: IndicatorFramework | undefined;
  let places: readonly IndicatorPlace[] = [];
  let fitting = -1;
  for (const f of frameworks) {
    const placed: IndicatorPlace[] = new Array(indicators.length);
    let n = 0;
    for (let i = 0; i < indicators.length; i++) {
      const p = placeIn(indicators[i] as Indicator, f);
      placed[i] = p;
      if (p.fits) n++;
    }
    if (framework === undefined || n > fitting) {
      framework = f;
      places = placed;
      fitting = n;
    }
  }
  const categories = new Set<string>();
  let allPlaced = framework !== undefined;
  indicators.forEach((indicator, i) => {
    const name = indicator.name;
    // A blank 一级 beside a 二级 a framework places (a table printing the 二级 only) is implied.
    const implied =
      indicator.level1.trim() === ""
        ? impliedCategory(indicator.level2, framework, frameworks)
        : undefined;
    if (implied !== undefined) categories.add(implied);
    else if (indicator.level1.trim() === "") {
      problems.push({
        code: "blank-level1",
        severity: "warning",
        path: partPath(path, i, "level1"),
        indicator: name,
      });
      allPlaced = false;
    } else if (framework !== undefined) {
      const place = places[i] ?? placeIndicator(indicator, framework);
      // A 二级 printed where the 一级 goes (a `指标类型` column of 数量指标, 满意度指标): its 一级.
      const asLevel2 =
        place.category === undefined && (indicator.level2 ?? "").trim() === ""
          ? impliedCategory(indicator.level1, framework, frameworks)
          : undefined;
      if (asLevel2 !== undefined) categories.add(asLevel2);
      else if (place.category === undefined) {
        allPlaced = false;
        problems.push({
          code: "unknown-level1",
          severity: "info",
          path: partPath(path, i, "level1"),
          level1: indicator.level1,
          framework: framework.id,
        });
      } else {
        categories.add(place.category);
        // A 二级 the framework lists under another 一级 counts for it too (满意度 printed as a
        // 二级 under 效益, as older forms do).
        if (!place.fits) {
          const also = level2Category(indicator.level2, framework);
          if (also !== undefined) categories.add(also);
        }
        if (!place.fits)
          problems.push({
            code: "level2-mismatch",
            severity: "info",
            path: partPath(path, i, "level2"),
            level1: indicator.level1,
            level2: indicator.level2 ?? "",
            framework: framework.id,
          });
      }
    }
    const value = readValue(indicator.value);
    if (!value.ok && value.error.code === "empty")
      problems.push({
        code: "missing-value",
        severity: "warning",
        path: partPath(path, i, "value"),
        indicator: name,
      });
    else if (!value.ok)
      problems.push({
        code: "malformed-value",
        severity: "warning",
        path: partPath(path, i, "value"),
        indicator: name,
        error: value.error,
      });
    else if (shareAboveWhole(indicator, value.value))
      problems.push({
        code: "share-above-whole",
        severity: "warning",
        path: partPath(path, i, "value"),
        indicator: name,
        value: indicator.value,
      });
  });
  return { problems, categories, allPlaced };
}

/**
 * Validates one project target: its name, each indicator (一级 present and known, value present
 * and well-formed), at least one 产出 and one 满意度 indicator (judged only when every 一级 is
 * placed in the framework, so an unknown tree is never called incomplete; a 二级 the framework
 * lists under another 一级, such as 满意度 printed under 效益, counts for that one too), and its
 * money lines.
 * Paths start at the target (`["indicators", 2, "value"]`, `["money", "total"]`).
 *
 * @param target - the project target
 * @param unit - the unit of its money lines
 * @param options - frameworks to place the indicators in (default `PROJECT_FRAMEWORKS`)
 *
 * @example
 * ```ts
 * import { validateProjectTarget } from "yusuan/performance";
 * const problems = validateProjectTarget(
 *   { name: "2024年通联值班费", money: { total: "10.00", government: "10.00" },
 *     indicators: [{ level1: "产出指标", name: "每天值班次数", value: "≥2次／天" }, { level1: "效益指标", name: "保障区委通联工作", value: "" }] },
 *   "万元",
 * );
 * problems.map((p) => p.code); // ["missing-value", "no-satisfaction"]
 * ```
 */
export function validateProjectTarget(
  target: ProjectTarget,
  unit: Unit,
  options: ValidateOptions = {},
): TargetProblem[] {
  return projectProblems(target, unit, options, DIRECT);
}

/** {@link validateProjectTarget}, its indicators read by `readers`. */
function projectProblems(
  target: ProjectTarget,
  unit: Unit,
  options: ValidateOptions,
  readers: IndicatorReaders,
): TargetProblem[] {
  const problems: TargetProblem[] = [];
  if (target.name.trim() === "")
    problems.push({ code: "blank-name", severity: "error", path: ["name"] });
  const frameworks = options.frameworks ?? PROJECT_FRAMEWORKS;
  const found = indicatorProblems(target.indicators, frameworks, [], readers);
  problems.push(...found.problems);
  if (found.allPlaced && target.indicators.length > 0) {
    if (!found.categories.has("output"))
      problems.push({ code: "no-output", severity: "warning", path: ["indicators"] });
    if (!found.categories.has("satisfaction"))
      problems.push({ code: "no-satisfaction", severity: "warning", path: ["indicators"] });
  }
  problems.push(...checkMoneyBlock(target.money, unit, ["money"]));
  return problems;
}

/**
 * Validates a department-wide target: each indicator (一级 present and known to the framework,
 * value present and well-formed) and the 预算情况 lines (资金来源 and 资金结构 each add up to the
 * total). Paths start at the target.
 *
 * @param target - the department target
 * @param unit - the unit of its 预算情况
 * @param options - frameworks, the one most indicators fit used (default the Henan 2024
 *   department tree, then the project trees other printers' department tables print)
 *
 * @example
 * ```ts
 * import { validateDepartmentTarget } from "yusuan/performance";
 * const problems = validateDepartmentTarget(
 *   { tasks: [], budget: { total: "969.06", basic: "682.06", project: "287.01" },
 *     indicators: [{ level1: "满意度", level2: "服务对象满意度", name: "", value: "≥90%" }] },
 *   "万元",
 * );
 * problems.map((p) => p.code); // ["money-sum"]
 * ```
 */
export function validateDepartmentTarget(
  target: DepartmentTarget,
  unit: Unit,
  options: ValidateOptions = {},
): TargetProblem[] {
  return departmentProblems(target, unit, options, DIRECT);
}

/** {@link validateDepartmentTarget}, its indicators read by `readers`. */
function departmentProblems(
  target: DepartmentTarget,
  unit: Unit,
  options: ValidateOptions,
  readers: IndicatorReaders,
): TargetProblem[] {
  // Other printers' department tables print the project tree (产出 / 数量指标 …): the tree most
  // indicators fit is used, the Henan department tree on a tie.
  const frameworks = options.frameworks ?? [HENAN_DEPARTMENT_FRAMEWORK, ...PROJECT_FRAMEWORKS];
  return [
    ...indicatorProblems(target.indicators, frameworks, [], readers).problems,
    ...checkMoneyBlock(target.budget, unit, ["budget"], { totalHoldsCarryover: true }),
    // A task's 预算金额: its parts at most its total and adding up to it.
    ...target.tasks.flatMap((task, i) =>
      task.money === undefined ? [] : checkMoneyBlock(task.money, unit, ["tasks", i, "money"]),
    ),
  ];
}

/**
 * Validates all targets of a disclosure; paths start at the targets (`["projects", 0, …]`,
 * `["department", …]`). Given the `problems` of the reading the targets come from
 * (`readTargets(…).problems`), an indicator whose value the reader could not read (`unread-value`:
 * the table prints no value column the template knows) is `unread-value` (info, a gap of the
 * reading), never `missing-value`; a project form whose name it could not read (`unread-name`) is
 * `unread-name` (info), never `blank-name`; money lines short of their total by an amount it left
 * unplaced in that target (an `unread-cell` with the target's path, one such amount or all of them
 * the difference) are `money-sum-unread` (info), never `money-sum`.
 *
 * @param targets - the targets
 * @param options - `projects` and `department` frameworks; the reading's `problems`
 *
 * @example
 * ```ts
 * import { validateTargets } from "yusuan/performance";
 * const problems = validateTargets({ unit: "万元", projects: [{ name: "", money: {}, indicators: [] }] });
 * problems.map((p) => [p.code, p.path]); // [["blank-name", ["projects", 0, "name"]]]
 * const unread = validateTargets(
 *   { unit: "万元", projects: [{ name: "项目甲", money: {}, indicators: [{ level1: "产出指标", name: "人数", value: "" }] }] },
 *   { problems: [{ code: "unread-value", table: "projectTargets", row: "project:项目甲", column: "indicator.value", path: ["projects", 0, "indicators", 0, "value"] }] },
 * );
 * unread.map((p) => p.code); // ["unread-value", "no-satisfaction"]
 * ```
 */
export function validateTargets(
  targets: Targets,
  options: {
    readonly projects?: readonly IndicatorFramework[];
    readonly department?: readonly IndicatorFramework[];
    readonly problems?: readonly TargetReadProblem[];
  } = {},
): TargetProblem[] {
  const unread = new Set<string>();
  for (const p of options.problems ?? [])
    if (p.code === "unread-value" || p.code === "unread-name") unread.add(keyOf(p.path));
  // Amounts the reading left unplaced inside a target: the part its money may lack.
  const explains = unreadMoney(options.problems ?? [], targets.unit);
  const prefix = (path: TargetPath, problems: TargetProblem[]) =>
    problems.map((p): TargetProblem => {
      const at = [...path, ...p.path];
      // Parts short of their whole by an amount not read in the target (or the task) whose
      // money they are: perhaps the part missing.
      if (p.code === "money-sum" && explains(at, p.difference))
        return { ...p, code: "money-sum-unread", severity: "info", path: at };
      if (!unread.has(keyOf(at))) return { ...p, path: at };
      if (p.code === "blank-name") return { code: "unread-name", severity: "info", path: at };
      if (p.code !== "missing-value") return { ...p, path: at };
      return { code: "unread-value", severity: "info", path: at, indicator: p.indicator };
    });
  const projectOptions = options.projects === undefined ? {} : { frameworks: options.projects };
  // Each distinct value text is parsed, and each 一级 / 二级 pair placed, once across all the targets.
  const readers: IndicatorReaders = { readValue: memoReader(), place: memoPlacer() };
  const out = targets.projects.flatMap((p, i) =>
    prefix(["projects", i], projectProblems(p, targets.unit, projectOptions, readers)),
  );
  const d = targets.department;
  if (d !== undefined) {
    const departmentOptions =
      options.department === undefined ? {} : { frameworks: options.department };
    out.push(
      ...prefix(["department"], departmentProblems(d, targets.unit, departmentOptions, readers)),
    );
  }
  return out;
}

/** The 一级 category a 二级 implies: in the target's framework, else the first that places it. */
function impliedCategory(
  level2: string | undefined,
  framework: IndicatorFramework | undefined,
  frameworks: readonly IndicatorFramework[],
): string | undefined {
  const own = framework === undefined ? undefined : level2Category(level2, framework);
  if (own !== undefined) return own;
  for (const f of frameworks) {
    const c = level2Category(level2, f);
    if (c !== undefined) return c;
  }
  return undefined;
}
