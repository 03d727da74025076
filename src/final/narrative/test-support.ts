/**
 * Helpers of the 决算 narrative rules' tests: a small 决算 of a few paragraphs and the table figures
 * a rule reads, the rule run alone on it, its findings rendered in both locales.
 */
import type { Disclosure, Table, TextSection } from "../../disclosure";
import { buildContext } from "../../rules/context";
import { renderFinding } from "../../rules/render";
import type { Finding, Rule, RuleResult, Severity } from "../../rules/types";
import { finalProfile } from "../profile";
import { final2024 } from "../template";

/** 收入支出决算总表 本年支出合计. */
export const spendingTotal = (v: string): Table => ({
  kind: "summary",
  unit: "万元",
  rows: [{ key: { kind: "line", line: "spending" }, cells: { "spending.amount": v } }],
});
/** 一般公共预算财政拨款基本支出决算表 公用经费合计. */
export const publicTotal = (v: string): Table => ({
  kind: "gpbBasic",
  unit: "万元",
  rows: [{ key: { kind: "line", line: "public" }, cells: { amount: v } }],
});
/** 财政拨款“三公”经费支出决算表 合计 决算数. */
export const sanGongTotal = (v: string): Table => ({
  kind: "sanGong",
  unit: "万元",
  rows: [{ key: { kind: "single" }, cells: { "total.final": v } }],
});

/** A 决算 with these text sections and tables, nothing else (the meta any rule needs). */
export const finalDisclosure = (
  texts: readonly TextSection[],
  tables: readonly Table[] = [],
): Disclosure => ({
  meta: {
    year: 2024,
    stage: "决算",
    documentKind: "单位",
    template: final2024.id,
    department: { name: "某局" },
    units: [],
  },
  tables: [...tables],
  texts: [...texts],
});

/** A 决算 whose 情况说明 is these paragraphs. */
export const disclosureOf = (lines: readonly string[], tables: readonly Table[]): Disclosure =>
  finalDisclosure([{ title: "情况说明", body: lines.join("\n") }], tables);

/** A rule run alone on a disclosure, at `severity` (not its default: the severity is passed on). */
export const runOn = (rule: Rule, d: Disclosure, severity: Severity = "error"): RuleResult =>
  rule.check(buildContext(d, final2024, undefined, finalProfile.definitions), severity);

/** The rule run alone at severity `error` on a 决算 of these paragraphs and tables. */
export const run = (
  rule: Rule,
  lines: readonly string[],
  tables: readonly Table[] = [],
): RuleResult => runOn(rule, disclosureOf(lines, tables));

/** The findings as their params (kind, text and figures). */
export const params = (r: RuleResult) => r.findings.map((f) => f.params);

export const render = (f: Finding | undefined) =>
  f === undefined
    ? []
    : [
        renderFinding(f, finalProfile.rules, "zh-CN", final2024),
        renderFinding(f, finalProfile.rules, "en", final2024),
      ];
