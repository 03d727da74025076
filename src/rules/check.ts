import type { CatalogSet } from "../catalog";
import type { Disclosure } from "../disclosure";
import { shapeDisclosure } from "../disclosure/shape";
import type { Fact, SourceCell } from "../facts";
import type { Locale } from "../locale";
import { buildContext } from "./context";
import { coverageOf, type TextCoverage } from "./coverage";
import { withDeclaredRounding } from "./declared-rounding";
import { CellSet } from "./evidence";
import { allPrintedFacts } from "./per-check";
import type {
  CheckOptions,
  CheckReport,
  Finding,
  RuleContext,
  RuleOutcome,
  Severity,
} from "./types";

/**
 * Checks a disclosure: lowers its tables to facts, derives roll-ups and decompositions, runs the
 * profile's rules, and reports every rule's outcome, the findings, the printed cells no rule
 * reached, and the coverage (what was not understood, kept apart from the findings). Never throws
 * on data. Linear in the number of facts.
 *
 * @example
 * ```ts
 * import { checkDisclosure, henan2024Profile } from "yusuan/check";
 * import { henan2024 } from "yusuan/templates";
 * const report = checkDisclosure(
 *   { meta: { year: 2024, documentKind: "部门", template: "henan2024", department: { name: "x" }, units: [] },
 *     tables: [{ kind: "sanGong", unit: "万元", rows: [{ key: { kind: "single" }, cells: {
 *       total: "6.50", abroad: "", vehicles: "4.00", "vehicles.purchase": "", "vehicles.operation": "4.00", reception: "2.60" } }] }],
 *     texts: [] },
 *   { profile: henan2024Profile, template: henan2024 },
 * );
 * report.findings.some((f) => f.ruleId === "sanGong.sum" && f.severity === "error"); // true
 * ```
 */
export function checkDisclosure(disclosure: Disclosure, options: CheckOptions): CheckReport {
  const catalog: CatalogSet | undefined = options.catalog;
  // Meta and text sections from plain JavaScript may not have the shape the types promise: the
  // rules read a shaped copy (tables are shaped where they are lowered), so nothing throws.
  const shaped = shapeDisclosure(disclosure).disclosure;
  const ctx = buildContext(shaped, options.template, catalog, options.profile.definitions);
  return runRules(ctx, options);
}

/** Runs a profile's rules on a built context and assembles the report. @internal */
export function runRules(ctx: RuleContext, options: CheckOptions): CheckReport {
  const { profile } = options;
  const locale: Locale = options.locale ?? "zh-CN";
  const outcomes: RuleOutcome[] = [];
  const findings: Finding[] = [];
  /** Findings that state a real failure, whatever severity the profile reports them at. */
  const failures = new Set<Finding>();
  // The printed figures no rule reaches: a rule cites the printed cell object itself, so the
  // figures' cells are held and crossed off as rules reach them (most are, early); the few left
  // are looked up by cell id among every cell reached (a rule may describe one with a new object).
  const open = new Set<SourceCell>();
  const printed = allPrintedFacts(ctx);
  for (let i = 0; i < printed.length; i++) {
    const f = printed[i] as Fact;
    if (f.value !== null) open.add(f.source);
  }
  const reached: (readonly SourceCell[])[] = [];
  // The first rule that reports a text section's coverage speaks for it.
  const texts = new Map<string, TextCoverage>();
  const severityOf = (id: string, fallback: Severity): Severity | "off" =>
    profile.severities?.[id] ?? fallback;
  for (const rule of profile.rules) {
    const configured = severityOf(rule.id, rule.severity);
    if (configured === "off") {
      outcomes.push({ ruleId: rule.id, severity: "off", outcome: "not-applicable", findings: 0 });
      continue;
    }
    // A rule the profile reports at info still judges at its own severity: its outcome says
    // whether it found a real failure; only the findings are lowered to info.
    const judging = configured === "info" ? rule.severity : configured;
    // A sum's gap that a declared rounding (尾差) explains is info (see `Rule.sums`).
    const result = withDeclaredRounding(ctx, rule, rule.check(ctx, judging));
    if (result.checked.length > 0) {
      reached.push(result.checked);
      const checked = result.checked;
      // A cell printing nothing states no figure, so it is never open: most cells a rule reaches
      // are such (a sum cites its blank parts), and are passed by without a look-up.
      if (open.size > 0)
        for (let i = 0; i < checked.length; i++) {
          const c = checked[i] as SourceCell | undefined;
          if (c?.raw !== "") open.delete(c as SourceCell);
        }
    }
    for (const t of result.texts ?? []) if (!texts.has(t.section)) texts.set(t.section, t);
    // A rule may report under another rule's id (机构运转经费 found truncated → precision.truncated):
    // that id's profile setting decides, so "off" silences it everywhere.
    for (const f of result.findings) {
      const own = f.ruleId === rule.id;
      const set = own ? configured : profile.severities?.[f.ruleId];
      if (set === "off") continue;
      const lowered =
        set === "info" && f.severity !== "info" ? { ...f, severity: "info" as const } : f;
      const shown = !own && set !== undefined && set !== "info" ? { ...f, severity: set } : lowered;
      if (f.severity !== "info" && f.outcome === "fail") failures.add(shown);
      findings.push(shown);
    }
    outcomes.push({ ruleId: rule.id, severity: configured, outcome: result.outcome, findings: 0 });
  }
  // Each outcome line counts the findings under its id; findings reported for it by another rule
  // make it fail too.
  const tally = new Map<string, { count: number; failing: boolean }>();
  for (const f of findings) {
    const t = tally.get(f.ruleId);
    if (t === undefined) tally.set(f.ruleId, { count: 1, failing: failures.has(f) });
    else {
      t.count++;
      if (!t.failing) t.failing = failures.has(f);
    }
  }
  // Written field by field, in the order of an outcome line (spreading is slow here).
  const counted = outcomes.map((o): RuleOutcome => {
    const t = tally.get(o.ruleId);
    return {
      ruleId: o.ruleId,
      severity: o.severity,
      outcome: t?.failing === true && o.outcome !== "fail" ? "fail" : o.outcome,
      findings: t?.count ?? 0,
    };
  });
  const unconstrained: SourceCell[] = [];
  if (open.size > 0) {
    const byId = new CellSet();
    for (const cells of reached) for (const c of cells) byId.add(c);
    for (let i = 0; i < printed.length; i++) {
      const s = (printed[i] as Fact).source;
      if (open.has(s) && !byId.has(s)) unconstrained.push(s);
    }
  }
  return {
    outcomes: counted,
    findings,
    unconstrained,
    coverage: coverageOf(ctx.tables, [...texts.values()], ctx.repeated),
    locale,
  };
}
