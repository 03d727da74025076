import { type Amount, sumAmounts } from "../../amount";
import type { Disclosure } from "../../disclosure";
import type { Fact } from "../../facts";
import type { Locale } from "../../locale";
import { boundsOf, compareBounds } from "../compare";
import type { DerivedFact } from "../derive";
import type { Finding, Rule, RuleContext } from "../types";
import { amountOf, insufficientMessage, L, mismatchFinding, outcomeOf, p } from "./shared";
import {
  insufficient,
  moneyFact,
  projectTablesGiven,
  targetsOf,
  targetsUnitUnknown,
} from "./targets-shared";
import { someProjectsOnly } from "./targets-subset";

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
 * Finds the {@link TargetsClaim}s of a disclosure's narrative. The check's context comes second,
 * for a reader that shares what other rules of the same check read (the narrative's reading).
 *
 * @example
 * ```ts
 * import type { TargetsClaimReader } from "yusuan/check";
 * const none: TargetsClaimReader = () => [];
 * ```
 */
export type TargetsClaimReader = (
  disclosure: Disclosure,
  ctx: RuleContext,
) => readonly TargetsClaim[];

/** The amount a claim gives, with its unit (`amountOf` names it only when the units differ). */
function said(f: Finding, locale: Locale): string {
  const figure = amountOf(f, "actual", locale);
  if (p(f, "actualUnit") !== "") return figure;
  return locale === "en" ? `${figure} ${p(f, "unit")}` : `${figure}${p(f, "unit")}`;
}

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
      if (f.outcome === "insufficient-data")
        return insufficientMessage(
          L("说明中的绩效项目个数和金额", "The narrative's project count and money"),
          L("项目绩效目标表", "a table of project targets"),
        );
      const at = L(`【${p(f, "section")}】`, `[${p(f, "section")}]`);
      if (p(f, "kind") === "count")
        return L(
          `${at["zh-CN"]}：“${p(f, "claim")}” 说有 ${p(f, "actual")} 个项目，绩效目标中有 ${p(f, "expected")} 个。`,
          `${at.en}: "${p(f, "claim")}" says ${p(f, "actual")} project${p(f, "actual") === "1" ? "" : "s"}; the targets have ${p(f, "expected")}.`,
        );
      return L(
        `${at["zh-CN"]}：“${p(f, "claim")}” 中的 ${said(f, "zh-CN")} 与绩效目标资金合计 ${amountOf(f, "expected", "zh-CN")} 不符。`,
        `${at.en}: "${p(f, "claim")}" says ${said(f, "en")}; the targets add up to ${amountOf(f, "expected", "en")}.`,
      );
    },
    check: (ctx, severity) => {
      const reading = targetsOf(ctx);
      const targets = reading.targets;
      const claims = read(ctx.disclosure, ctx);
      if (targets === undefined || claims.length === 0)
        return { outcome: "not-applicable", findings: [], checked: [] };
      // The count and the money of all projects with targets are known only from targets given
      // as data or from tables of project targets read whole: a document (or an extract of one)
      // without them states no count to compare the narrative's with.
      // Tables of the targets of some projects only (`重点项目绩效目标表`) state neither.
      if (
        (ctx.disclosure.targets === undefined && !projectTablesGiven(ctx)) ||
        someProjectsOnly(ctx)
      )
        return insufficient("targets.narrative", ctx);
      const withTargets = targets.projects.filter((t) => t.indicators.length > 0);
      const parts: Fact[] = [];
      const values: Amount[] = [];
      targets.projects.forEach((t, i) => {
        if (t.indicators.length === 0) return;
        const source = reading.source(["projects", i, "money", "total"]);
        const f = moneyFact(t.money.total, targets.unit, source, { project: t.name });
        if (f === undefined || f.value === null) return;
        parts.push(f);
        values.push(f.value);
      });
      const findings: Finding[] = [];
      // targets read from a table of no known unit state no money to compare
      const unknownUnit = targetsUnitUnknown(ctx);
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
        if (c.amount === undefined || parts.length !== withTargets.length || unknownUnit) continue;
        const claimed: Fact = { concept: "spending", coords: {}, value: c.amount, source: path };
        const sum: DerivedFact = {
          concept: "spending",
          coords: {},
          value: sumAmounts(values, targets.unit),
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
