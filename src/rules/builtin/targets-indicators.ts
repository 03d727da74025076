import { type Amount, sumAmounts } from "../../amount";
import type { Disclosure } from "../../disclosure";
import type { Fact } from "../../facts";
import type { Localized } from "../../locale";
import { formatIndicatorValueError, type TargetProblem, validateTargets } from "../../performance";
import { TARGET_MONEY_LINE_NAMES, type TargetMoneyLine } from "../../templates/targets";
import { boundsOf, compareBounds } from "../compare";
import type { DerivedFact } from "../derive";
import type { Finding, Rule, Severity } from "../types";
import { amountOf, L, mismatchFinding, outcomeOf, p } from "./shared";
import { moneyFact, projectOf, targetCell, targetsOf } from "./targets-shared";

const INDICATOR_CODES: ReadonlySet<TargetProblem["code"]> = new Set([
  "blank-name",
  "blank-level1",
  "missing-value",
  "malformed-value",
  "no-output",
  "no-satisfaction",
  "unknown-level1",
  "level2-mismatch",
]);
const MONEY_CODES: ReadonlySet<TargetProblem["code"]> = new Set([
  "malformed-money",
  "money-sum",
  "money-part-exceeds",
]);

/** Typed params of a validation problem (no text in any locale). */
function paramsOf(problem: TargetProblem, project: string): Record<string, string> {
  const out: Record<string, string> = { code: problem.code, project };
  for (const [k, v] of Object.entries(problem)) {
    if (k === "code" || k === "severity" || k === "path") continue;
    if (typeof v === "string") out[k] = v;
    else if (Array.isArray(v)) out[k] = v.join("/");
    else if (k === "error" && typeof v === "object" && v !== null) {
      out.error = String((v as { code: string }).code);
      out.input = String((v as { input: string }).input);
    }
  }
  return out;
}

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
  for (const problem of validateTargets(targets)) {
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

const INDICATOR_MESSAGES: Readonly<Record<string, readonly [string, string]>> = {
  "blank-name": ["项目名称为空", "the project has no name"],
  "blank-level1": [
    "指标“{indicator}”没有一级指标",
    'indicator "{indicator}" has no 一级 (level-1 category)',
  ],
  "missing-value": ["指标“{indicator}”没有指标值", 'indicator "{indicator}" has no value'],
  "no-output": ["没有产出指标", "lists no output (产出) indicator"],
  "no-satisfaction": ["没有满意度指标", "lists no satisfaction (满意度) indicator"],
  "unknown-level1": [
    "指标体系 {framework} 中没有一级指标“{level1}”（本库未收录，非文件错误）",
    'the framework {framework} has no 一级 "{level1}" (a gap of the library, not of the document)',
  ],
  "level2-mismatch": [
    "指标体系 {framework} 中“{level1}”下没有二级指标“{level2}”（本库未收录，非文件错误）",
    'the framework {framework} has no 二级 "{level2}" under "{level1}" (a gap of the library, not of the document)',
  ],
};

/** The printed name of the finding's money line. */
function lineOf(f: Finding): Localized {
  const names = TARGET_MONEY_LINE_NAMES[p(f, "line") as TargetMoneyLine];
  return names ?? L(p(f, "line"), p(f, "line"));
}

/** The cell, then the project in brackets when there is one. */
function headOf(f: Finding, labels: Parameters<Rule["message"]>[1]) {
  const at = targetCell(f, labels);
  const project = projectOf(f);
  return project.en === ""
    ? at
    : L(`${at["zh-CN"]}（${project["zh-CN"]}）`, `${at.en} (${project.en})`);
}

const fill = (template: string, f: Finding) =>
  template.replace(/\{(\w+)\}/gu, (_, k: string) => p(f, k));

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
  message: (f, labels) => {
    const head = headOf(f, labels);
    if (p(f, "code") === "malformed-value") {
      const error = { code: p(f, "error"), input: p(f, "input"), unit: p(f, "unit") };
      const e = error as Parameters<typeof formatIndicatorValueError>[0];
      return L(
        `${head["zh-CN"]}：指标“${p(f, "indicator")}”的${formatIndicatorValueError(e)}。`,
        `${head.en}: indicator "${p(f, "indicator")}": ${formatIndicatorValueError(e, "en")}.`,
      );
    }
    const [zh, en] = INDICATOR_MESSAGES[p(f, "code")] ?? ["", ""];
    return L(`${head["zh-CN"]}：${fill(zh, f)}。`, `${head.en}: ${fill(en, f)}.`);
  },
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
  message: (f, labels) => {
    const head = headOf(f, labels);
    switch (p(f, "code")) {
      case "money-part-exceeds":
        return L(
          `${head["zh-CN"]}：${lineOf(f)["zh-CN"]} ${p(f, "part")} 大于资金总额 ${p(f, "whole")}。`,
          `${head.en}: ${lineOf(f).en} ${p(f, "part")} is more than the total ${p(f, "whole")}.`,
        );
      case "money-sum":
        return L(
          `${head["zh-CN"]}：各组成部分合计 ${p(f, "expected")}，与总额 ${p(f, "actual")} 相差 ${p(f, "difference")}。`,
          `${head.en}: the parts add up to ${p(f, "expected")}, not the total ${p(f, "actual")} (a difference of ${p(f, "difference")}).`,
        );
      default:
        return L(
          `${head["zh-CN"]}：“${p(f, "input")}”不是金额。`,
          `${head.en}: "${p(f, "input")}" is not an amount.`,
        );
    }
  },
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

/**
 * What a narrative (情况说明) says about performance targets, as found by a claims extractor: the
 * number of projects with targets and / or their money, with where it was said (section title,
 * offset, the sentence). The extractor is not part of this rule: see `targetsNarrativeRule`.
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import type { TargetsClaim } from "yusuan/check";
 * const c: TargetsClaim = { projects: 11, amount: amount("287.00"), section: "情况说明", offset: 0, text: "涉及预算拨款287.00万元，共11个项目" };
 * ```
 */
export interface TargetsClaim {
  readonly projects?: number;
  readonly amount?: Amount;
  readonly section: string;
  readonly offset: number;
  readonly text: string;
}

/**
 * Finds the {@link TargetsClaim}s of a disclosure's narrative.
 *
 * @example
 * ```ts
 * import type { TargetsClaimReader } from "yusuan/check";
 * const none: TargetsClaimReader = () => [];
 * ```
 */
export type TargetsClaimReader = (disclosure: Disclosure) => readonly TargetsClaim[];

/**
 * A rule checking the narrative's count of projects with targets, and their money, against the
 * targets (`targets.narrative`): each claim's `projects` must equal the number of project targets
 * with at least one indicator, its `amount` the sum of their 资金总额 (compared as printed
 * intervals: a text in 万元 that rounds or truncates is info / warning). The claims come from the
 * reader given (the narrative claims extractor); without claims the rule is not applicable.
 *
 * @param read - the claims extractor
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import { targetsNarrativeRule } from "yusuan/check";
 * const rule = targetsNarrativeRule(() => [
 *   { projects: 11, amount: amount("287.00"), section: "情况说明", offset: 0, text: "共11个项目" },
 * ]);
 * rule.id; // "targets.narrative"
 * ```
 */
export function targetsNarrativeRule(read: TargetsClaimReader): Rule {
  return {
    id: "targets.narrative",
    severity: "error",
    domain: "I15",
    reads: ["narrative claims (projects with targets, their money)", "performance targets"],
    title: L(
      "说明中的绩效项目个数和金额与绩效目标一致",
      "The narrative's project count and money match the targets",
    ),
    message: (f) => {
      const at = L(`【${p(f, "section")}】`, `[${p(f, "section")}]`);
      if (p(f, "kind") === "count")
        return L(
          `${at["zh-CN"]}：“${p(f, "claim")}” 说有 ${p(f, "actual")} 个项目，绩效目标中有 ${p(f, "expected")} 个。`,
          `${at.en}: "${p(f, "claim")}" says ${p(f, "actual")} projects; the targets have ${p(f, "expected")}.`,
        );
      return L(
        `${at["zh-CN"]}：“${p(f, "claim")}” 中的 ${amountOf(f, "actual", "zh-CN")}${p(f, "unit")} 与绩效目标资金合计 ${amountOf(f, "expected", "zh-CN")} 不符。`,
        `${at.en}: "${p(f, "claim")}" says ${amountOf(f, "actual", "en")} ${p(f, "unit")}; the targets add up to ${amountOf(f, "expected", "en")}.`,
      );
    },
    check: (ctx, severity) => {
      const reading = targetsOf(ctx);
      const targets = reading.targets;
      const claims = read(ctx.disclosure);
      if (targets === undefined || claims.length === 0)
        return { outcome: "not-applicable", findings: [], checked: [] };
      const withTargets = targets.projects.filter((t) => t.indicators.length > 0);
      const parts: Fact[] = [];
      targets.projects.forEach((t, i) => {
        if (t.indicators.length === 0) return;
        const source = reading.source(["projects", i, "money", "total"]);
        const f = moneyFact(t.money.total, targets.unit, source, { project: t.name });
        if (f !== undefined && f.value !== null) parts.push(f);
      });
      const findings: Finding[] = [];
      for (const c of claims) {
        const path = { table: "text", row: c.section, column: String(c.offset), raw: c.text };
        const base = { section: c.section, claim: c.text };
        if (c.projects !== undefined && c.projects !== withTargets.length)
          findings.push({
            ruleId: "targets.narrative",
            severity,
            outcome: "fail",
            params: { ...base, kind: "count", expected: withTargets.length, actual: c.projects },
            evidence: [],
            path,
          });
        if (c.amount === undefined || parts.length !== withTargets.length) continue;
        const claimed: Fact = { concept: "spending", coords: {}, value: c.amount, source: path };
        const sum: DerivedFact = {
          concept: "spending",
          coords: {},
          value: sumAmounts(
            parts.flatMap((f) => (f.value === null ? [] : [f.value])),
            targets.unit,
          ),
          table: "targets",
          via: { kind: "decomposition", id: "targets.sum" },
          parts,
          sources: parts.map((f) => f.source),
        };
        const status = compareBounds(boundsOf(sum), boundsOf(claimed));
        if (status === "equal") continue;
        const sev = status === "differ" ? severity : status === "truncated" ? "warning" : "info";
        findings.push(
          mismatchFinding("targets.narrative", sev, sum, claimed, {
            ...base,
            kind: "amount",
            status,
          }),
        );
      }
      return { outcome: outcomeOf(findings, true), findings, checked: [] };
    },
  };
}
