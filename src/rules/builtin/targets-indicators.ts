import type { Localized } from "../../locale";
import { targetProblemText } from "../../performance/target/messages";
import type { TargetProblem } from "../../performance/target/problems";
import { validateTargets } from "../../performance/target/validate";
import { perCheck } from "../per-check";
import type { Finding, Rule, RuleContext, Severity } from "../types";
import { L, outcomeOf } from "./shared";
import { onIndicatorLine, projectOf, targetCell, targetsOf } from "./targets-shared";

const INDICATOR_CODES: ReadonlySet<TargetProblem["code"]> = new Set([
  "blank-name",
  "unread-name",
  "blank-level1",
  "missing-value",
  "unread-value",
  "malformed-value",
  "share-above-whole",
  "no-output",
  "no-satisfaction",
  "unknown-level1",
  "level2-mismatch",
]);
const MONEY_CODES: ReadonlySet<TargetProblem["code"]> = new Set([
  "malformed-money",
  "money-sum",
  "money-sum-unread",
  "money-part-exceeds",
]);

/** A validation problem's data as finding params (strings; an error's fields prefixed `error.`). */
function paramsOf(problem: TargetProblem, project: string): Record<string, string | number> {
  const out: Record<string, string | number> = { project };
  for (const [k, v] of Object.entries(problem)) {
    if (k === "severity" || k === "path") continue;
    if (typeof v === "string") out[k] = v;
    else if (Array.isArray(v)) out[k] = v.join("/");
    else if (typeof v === "object" && v !== null)
      for (const [ek, ev] of Object.entries(v)) out[`error.${ek}`] = ev as string | number;
  }
  return out;
}

/** The validation problem a finding was made from (its params read back). */
function problemOf(f: Finding): TargetProblem {
  const problem: Record<string, unknown> = { path: [] };
  for (const [k, v] of Object.entries(f.params)) {
    if (k.startsWith("error.")) {
      problem.error ??= {};
      (problem.error as Record<string, unknown>)[k.slice(6)] = v;
    } else if (k === "parts") problem.parts = String(v).split("/");
    else problem[k] = v;
  }
  return problem as unknown as TargetProblem;
}

/** The validation problems of a check's targets, found once per check for the two rules that report them. */
const problemsOf: (ctx: RuleContext) => readonly TargetProblem[] = /*#__PURE__*/ perCheck((ctx) => {
  const reading = targetsOf(ctx);
  const targets = reading.targets;
  return targets === undefined ? [] : validateTargets(targets, { problems: reading.problems });
});

/** Findings for the validation problems of the disclosure's targets whose code is in `codes`. */
function problemFindings(
  ruleId: string,
  codes: ReadonlySet<TargetProblem["code"]>,
  disclosure: Parameters<Rule["check"]>[0],
  severity: Severity,
): { applicable: boolean; findings: Finding[] } {
  const reading = targetsOf(disclosure);
  const targets = reading.targets;
  if (targets === undefined) return { applicable: false, findings: [] };
  const findings: Finding[] = [];
  // Targets that print no indicator for a project (a layout without indicator columns, or one the
  // reader did not place) do not say it lacks its 产出 or 满意度: validation judges those only for
  // a project with indicators (targets.coverage reports a project without any).
  for (const problem of problemsOf(disclosure)) {
    if (!codes.has(problem.code)) continue;
    const [where, index] = problem.path;
    const project = where === "projects" ? (targets.projects[Number(index)]?.name ?? "") : "";
    // A project-wide problem is shown at the project's name; a line at its cell.
    const at =
      problem.path.at(-1) === "indicators" ? [...problem.path.slice(0, 2), "name"] : problem.path;
    const path = reading.source(at);
    // Unreadable printed amounts are the checker's cell.unreadable findings already.
    if (problem.code === "malformed-money" && path.table !== "targets") continue;
    findings.push({
      ruleId,
      severity: problem.severity === "info" ? "info" : severity,
      outcome: "fail",
      params: paramsOf(problem, project),
      evidence: [],
      path,
    });
  }
  const applicable = targets.projects.length > 0 || targets.department !== undefined;
  return { applicable, findings };
}

/** The cell, the project in brackets when there is one, then the problem's sentence. */
function problemMessage(f: Finding, labels: Parameters<Rule["message"]>[1]): Localized {
  const at = targetCell(f, labels);
  // the cell of an indicator line names its project already
  const project = onIndicatorLine(f) ? L("", "") : projectOf(f);
  const problem = problemOf(f);
  const zh = project.en === "" ? at["zh-CN"] : `${at["zh-CN"]}（${project["zh-CN"]}）`;
  const en = project.en === "" ? at.en : `${at.en} (${project.en})`;
  return L(
    `${zh}：${targetProblemText(problem, "zh-CN")}。`,
    `${en}: ${targetProblemText(problem, "en")}.`,
  );
}

/** Indicators of each target: 一级 and value present, 产出 and 满意度 present, values well-formed. @internal */
export const targetsIndicatorsRule: Rule = {
  id: "targets.indicators",
  severity: "warning",
  domain: "performance",
  reads: ["performance targets (indicators)"],
  title: /*#__PURE__*/ L(
    "绩效指标完整：有一级指标和指标值，项目有产出和满意度指标",
    "Indicators are complete: a 一级 and a value each, 产出 and 满意度 in every project",
  ),
  message: problemMessage,
  check: (ctx, severity) => {
    const { applicable, findings } = problemFindings(
      "targets.indicators",
      INDICATOR_CODES,
      ctx,
      severity,
    );
    return { outcome: outcomeOf(findings, applicable), findings, checked: [] };
  },
};

/** A target's money lines add up (资金来源, 资金结构, a form's 其中) and no part exceeds its whole. @internal */
export const targetsFormMoneyRule: Rule = {
  id: "targets.formMoney",
  severity: "error",
  domain: "performance",
  reads: ["performance targets (money lines, 预算情况)"],
  title: /*#__PURE__*/ L(
    "绩效目标的资金构成相加等于总额，“其中”不大于总额",
    "A target's money lines add up and no part exceeds the total",
  ),
  message: problemMessage,
  check: (ctx, severity) => {
    const { applicable, findings } = problemFindings(
      "targets.formMoney",
      MONEY_CODES,
      ctx,
      severity,
    );
    return { outcome: outcomeOf(findings, applicable), findings, checked: [] };
  },
};
