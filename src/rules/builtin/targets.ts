import { type Amount, sumAmounts } from "../../amount";
import { normalizeName } from "../../codes";
import type { Fact } from "../../facts";
import type { Localized } from "../../locale";
import { carriedOver, sourceOf } from "../carryover-lines";
import { boundsOf, compareBounds } from "../compare";
import type { AnyFact, DerivedFact } from "../derive";
import type { Finding, Rule, RuleContext, RuleResult, Severity } from "../types";
import { atMost } from "./bounds";
import {
  amountOf,
  cellsOf,
  fromOf,
  insufficientMessage,
  L,
  mismatchFinding,
  outcomeOf,
  p,
} from "./shared";
import {
  checkProjects,
  everyTargetMatched,
  type TableProject,
  targetMatches,
} from "./targets-projects";
import {
  BUDGET_FACTS,
  carryoverMessage,
  disclosureFact,
  insufficient,
  lineName,
  moneyFact,
  projectOf,
  projectTablesRead,
  targetCell,
  targetKinds,
  targetsOf,
  targetsUnitUnknown,
} from "./targets-shared";
import { someProjectsOnly } from "./targets-subset";

const NOT_APPLICABLE: RuleResult = { outcome: "not-applicable", findings: [], checked: [] };

/** A comparison of a target's figure (`actual`) with the disclosure's (`expected`), if they differ. */
function compared(
  ruleId: string,
  severity: Severity,
  expected: AnyFact,
  actual: AnyFact,
  extra: Readonly<Record<string, string | number>>,
): Finding | undefined {
  const status = compareBounds(boundsOf(expected), boundsOf(actual));
  if (status === "equal") return undefined;
  const sev = status === "differ" ? severity : status === "truncated" ? "warning" : "info";
  return mismatchFinding(ruleId, sev, expected, actual, { ...extra, status });
}

/** “subject is X, what gives Y (cells), a difference of D” for a target figure. */
function differs(
  f: Finding,
  labels: Parameters<Rule["message"]>[1],
  subject: Localized,
  what: Localized,
): Localized {
  const at = targetCell(f, labels);
  const from = fromOf(f, labels);
  const status = p(f, "status");
  const why =
    status === "rounding"
      ? L("，可由不同精度的四舍五入解释", " (within rounding of the printed precisions)")
      : status === "truncated"
        ? L(
            "，与截尾（舍去尾数而非四舍五入）结果相符",
            " (it matches truncation instead of rounding)",
          )
        : L("", "");
  return L(
    `${at["zh-CN"]}：${subject["zh-CN"]}为 ${amountOf(f, "actual", "zh-CN")}，${what["zh-CN"]}为 ${amountOf(f, "expected", "zh-CN")}（${from["zh-CN"]}），相差 ${p(f, "difference")}${p(f, "unit")}${why["zh-CN"]}。`,
    `${at.en}: ${subject.en} is ${amountOf(f, "actual", "en")}, but ${what.en} gives ${amountOf(f, "expected", "en")} (${from.en}), a difference of ${p(f, "difference")} ${p(f, "unit")}${why.en}.`,
  );
}

const MONEY_TITLE = /*#__PURE__*/ L(
  "各项目绩效目标资金等于项目支出表金额",
  "Each project's target money equals its project spending",
);

/** I16: each project target's 资金总额 = its amount in the 项目支出表. @internal */
export const targetsMoneyRule: Rule = {
  id: "targets.money",
  severity: "error",
  domain: "I16",
  reads: ["performance targets (projects)", "spending by project (项目支出表)"],
  title: MONEY_TITLE,
  message: (f, labels) =>
    f.outcome === "insufficient-data"
      ? insufficientMessage(MONEY_TITLE, L("项目支出表", "a project spending table"))
      : differs(
          f,
          labels,
          L(`项目“${p(f, "project")}”的资金总额`, `the total of project "${p(f, "project")}"`),
          L("项目支出表中", "the project spending table"),
        ),
  check: (ctx, severity) => {
    const reading = targetsOf(ctx);
    const targets = reading.targets;
    if (targets === undefined || targets.projects.length === 0) return NOT_APPLICABLE;
    const { projects } = checkProjects(ctx);
    if (projects.length === 0 || targetsUnitUnknown(ctx)) return insufficient("targets.money", ctx);
    const findings: Finding[] = [];
    const checked: AnyFact[] = [];
    const matches = targetMatches(ctx);
    targets.projects.forEach((target, i) => {
      const table = matches[i];
      // a project of a table of no known unit states no amount to compare
      if (table === undefined || table.unknownUnit) return;
      const source = reading.source(["projects", i, "money", "total"]);
      const mine = moneyFact(target.money.total, targets.unit, source, { project: table.name });
      // A blank or malformed total states nothing to compare (targets.formMoney reads the lines).
      if (mine === undefined || mine.value === null) return;
      checked.push(mine, table.fact);
      const f = compared("targets.money", severity, table.fact, mine, { project: target.name });
      if (f !== undefined) findings.push(f);
    });
    return {
      outcome: outcomeOf(findings, checked.length > 0),
      findings,
      checked: cellsOf(checked),
    };
  },
};

const SUM_TITLE = /*#__PURE__*/ L(
  "项目绩效目标资金合计等于项目支出",
  "Project target money adds up to project spending",
);

/** I16: Σ project target money = 项目支出. @internal */
export const targetsSumRule: Rule = {
  id: "targets.sum",
  severity: "error",
  domain: "I16",
  reads: ["performance targets (projects)", "spending (项目支出)"],
  title: SUM_TITLE,
  message: (f, labels) =>
    f.outcome === "insufficient-data"
      ? insufficientMessage(
          SUM_TITLE,
          L("项目支出合计或每个项目的资金总额", "project spending, or a total for every project"),
        )
      : differs(
          f,
          labels,
          L(
            `${p(f, "count")} 个项目的绩效目标资金合计`,
            `the target money of ${p(f, "count")} project${p(f, "count") === "1" ? "" : "s"}`,
          ),
          L("项目支出", "project spending"),
        ),
  check: (ctx, severity) => {
    const reading = targetsOf(ctx);
    const targets = reading.targets;
    if (targets === undefined || targets.projects.length === 0) return NOT_APPLICABLE;
    const spending = disclosureFact(ctx, "spending", { nature: "project" }, targetKinds(ctx));
    const parts: Fact[] = [];
    const values: Amount[] = [];
    targets.projects.forEach((t, i) => {
      const source = reading.source(["projects", i, "money", "total"]);
      const f = moneyFact(t.money.total, targets.unit, source, { project: t.name });
      if (f === undefined || f.value === null) return;
      parts.push(f);
      values.push(f.value);
    });
    if (
      spending === undefined ||
      parts.length !== targets.projects.length ||
      targetsUnitUnknown(ctx)
    )
      return insufficient("targets.sum", ctx);
    const sum: DerivedFact = {
      concept: "spending",
      coords: { nature: "project" },
      value: sumAmounts(values, targets.unit),
      table: parts[0]?.source.table ?? "targets",
      via: { kind: "decomposition", id: "targets.sum" },
      parts,
      sources: parts.map((f) => f.source),
    };
    // Targets printed for some of the projects only (绩效目标资金 ≤ 项目支出, DOMAIN I16): their
    // money is a part of 项目支出, wrong only where it exceeds it.
    const some = someProjectsOnly(ctx) || !everyTargetMatched(ctx);
    const f =
      some && atMost(sum, spending) === "ok"
        ? undefined
        : compared("targets.sum", severity, spending, sum, { count: parts.length });
    const findings = f === undefined ? [] : [f];
    return { outcome: outcomeOf(findings, true), findings, checked: cellsOf([spending, ...parts]) };
  },
};

const COVERAGE_TITLE = /*#__PURE__*/ L(
  "每个项目都有绩效目标",
  "Every project has performance targets",
);

/** Every project of the 项目支出表 has targets with indicators, and every target is a project of it. @internal */
export const targetsCoverageRule: Rule = {
  id: "targets.coverage",
  severity: "warning",
  domain: "I16",
  reads: ["performance targets (projects)", "projects (项目支出表)"],
  title: COVERAGE_TITLE,
  message: (f, labels) => {
    if (f.outcome === "insufficient-data")
      return insufficientMessage(COVERAGE_TITLE, L("绩效目标", "performance targets"));
    const at = targetCell(f, labels);
    const project = projectOf(f);
    switch (p(f, "kind")) {
      case "no-target":
        return L(
          `${at["zh-CN"]}：${project["zh-CN"]}没有绩效目标。`,
          `${at.en}: ${project.en} has no performance targets.`,
        );
      case "no-indicators":
        return L(
          `${at["zh-CN"]}：${project["zh-CN"]}的绩效目标没有任何指标。`,
          `${at.en}: the targets of ${project.en} list no indicator.`,
        );
      default:
        return L(
          `${at["zh-CN"]}：${project["zh-CN"]}有绩效目标，但项目支出表中没有这个项目。`,
          `${at.en}: ${project.en} has targets but is not in the project spending table.`,
        );
    }
  },
  check: (ctx, severity) => {
    const { projects, index } = checkProjects(ctx);
    if (projects.length === 0) return NOT_APPLICABLE;
    const reading = targetsOf(ctx);
    const targets = reading.targets;
    // Rows the reader could not give a project (continuation rows before any project: a project
    // column it did not recognise) may be the targets of any project not found; and tables of
    // the targets of some projects only (`重点项目绩效目标表`) do not say the others have none.
    const partial = reading.problems.some((p) => p.code === "orphan-row") || someProjectsOnly(ctx);
    // No project target read: a projects table printed and read whole lists none (each project
    // lacks its targets); without one (only the department's table, targets given as data without
    // projects) or with rows the reader could not place, nothing says a project lacks them.
    if (
      targets === undefined ||
      (targets.projects.length === 0 && (partial || !projectTablesRead(ctx, reading)))
    )
      return insufficient("targets.coverage", ctx);
    let unasserted = 0;
    const findings: Finding[] = [];
    const push = (kind: string, project: string, path: Fact["source"]) =>
      findings.push({
        ruleId: "targets.coverage",
        severity,
        outcome: "fail",
        params: { kind, project },
        evidence: [],
        path,
      });
    // A table of targets that prints no indicator for any project states money only (a layout
    // without indicator columns, or one the reader did not place): no project is said to lack them.
    const indicators = targets.projects.some((t) => t.indicators.length > 0);
    const matched = targetMatches(ctx);
    const targetOf = new Map<TableProject, number>();
    matched.forEach((project, i) => {
      if (project !== undefined && !targetOf.has(project)) targetOf.set(project, i);
    });
    for (const project of projects) {
      const i = targetOf.get(project) ?? -1;
      const target = targets.projects[i];
      // A project whose name another project shares, matched by no code: which target is its?
      if (target === undefined && index.sharedNames.has(project.name)) continue;
      if (target === undefined && partial) unasserted++;
      else if (target === undefined) {
        // Its name as printed: the row id after its unit's (`org:116002/project:…`), if any.
        const row = project.fact.source.row;
        push("no-target", row.slice(row.indexOf("project:") + 8), project.fact.source);
      } else if (indicators && target.indicators.length === 0)
        push("no-indicators", target.name, reading.source(["projects", i, "name"]));
    }
    targets.projects.forEach((t, i) => {
      if (matched[i] !== undefined || index.sharedNames.has(normalizeName(t.name))) return;
      push("unknown-project", t.name, reading.source(["projects", i, "name"]));
    });
    if (findings.length === 0 && unasserted > 0) return insufficient("targets.coverage", ctx);
    return { outcome: outcomeOf(findings, true), findings, checked: [] };
  },
};

const BUDGET_TITLE = /*#__PURE__*/ L(
  "整体绩效目标的预算情况等于部门预算",
  "The department targets' budget equals the disclosure's totals",
);

/** A department target's 预算情况 = the disclosure's totals (收入总计, 资金来源, 基本 / 项目支出). @internal */
export const targetsBudgetRule: Rule = {
  id: "targets.budget",
  severity: "error",
  domain: "I16",
  reads: [
    "performance targets (department)",
    "revenue.total",
    "revenue by fund",
    "spending by nature",
  ],
  title: BUDGET_TITLE,
  message: (f, labels) =>
    p(f, "reason") === "carryover"
      ? carryoverMessage(f, labels)
      : f.outcome === "insufficient-data"
        ? insufficientMessage(BUDGET_TITLE, L("部门收支总额", "the disclosure's totals"))
        : differs(
            f,
            labels,
            lineName(p(f, "line"), (zh, en) => L(`预算情况“${zh}”`, `budget line "${en}"`)),
            L("部门预算中", "the disclosure"),
          ),
  check: (ctx: RuleContext, severity) => {
    const reading = targetsOf(ctx);
    const targets = reading.targets;
    const budget = targets?.department?.budget;
    if (targets === undefined || budget === undefined) return NOT_APPLICABLE;
    // 预算情况 read from a table of no known unit (`单位：千元`, two units printed) is of no known
    // unit: compared with nothing (as targets.money and targets.sum do).
    if (targetsUnitUnknown(ctx)) return insufficient("targets.budget", ctx);
    const kinds = targetKinds(ctx);
    const findings: Finding[] = [];
    const checked: AnyFact[] = [];
    let stated = 0;
    // A 资金来源 line may hold its fund's 上年结转 or not: where the disclosure has carry-over of
    // that fund, what it states cannot be told (insufficient data, not a difference).
    // (found when a line of a fund is stated: a scan of every fact of the check)
    let carried: ReturnType<typeof carriedOver> | undefined;
    for (const [line, candidates] of BUDGET_FACTS) {
      const source = reading.source(["department", "budget", line]);
      const [concept, coords] = candidates[0] ?? ["spending", {}];
      const mine = moneyFact(budget[line], targets.unit, source, coords);
      if (mine === undefined || mine.value === null) continue;
      stated++;
      // A 资金来源 line (one stated as a fund's revenue) may hold its source's 上年结转.
      const fund = coords.fund;
      if (fund !== undefined) carried ??= carriedOver(ctx.tables);
      if (fund !== undefined && carried?.has(sourceOf(fund)) === true) {
        findings.push({
          ruleId: "targets.budget",
          severity: "info",
          outcome: "insufficient-data",
          params: { line, reason: "carryover" },
          evidence: [],
          path: source,
        });
        continue;
      }
      const theirs = candidates
        .map(([c, xy]) => disclosureFact(ctx, c, xy, kinds))
        .find((x) => x !== undefined);
      if (theirs === undefined) continue;
      checked.push(mine, theirs);
      const f = compared("targets.budget", severity, theirs, { ...mine, concept }, { line });
      if (f !== undefined) findings.push(f);
    }
    if (stated > 0 && checked.length === 0 && findings.length === 0)
      return insufficient("targets.budget", ctx);
    return {
      outcome: outcomeOf(findings, checked.length > 0),
      findings,
      checked: cellsOf(checked),
    };
  },
};
