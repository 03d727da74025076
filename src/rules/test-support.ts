/**
 * Queries on a check report shared by the rule tests, and the small Henan checks that the test
 * files of one rule family share (test-only: no entry imports this file).
 */
import { expect } from "vitest";
import {
  type Disclosure,
  type DisclosureMeta,
  type Table,
  type Targets,
  tableBuilder,
} from "../disclosure";
import { henan2024 } from "../templates";
import { checkDisclosure } from "./check";
import { henan2024Profile } from "./profiles";
import type { CheckReport, Finding, Profile } from "./types";

/** The outcome line of one rule. */
export const outcome = (r: CheckReport, id: string) =>
  r.outcomes.find((o) => o.ruleId === id)?.outcome;

/** The findings of one rule. */
export const findings = (r: CheckReport, id: string) => r.findings.filter((f) => f.ruleId === id);

/** The one finding of a rule (fails the test when there is not exactly one). */
export function one(r: CheckReport, id: string): Finding {
  const fs = findings(r, id);
  expect(fs.map((f) => f.ruleId)).toEqual([id]);
  const f = fs[0];
  if (f === undefined) throw new Error(`no ${id} finding`);
  return f;
}

/**
 * A profile that runs only the rules named (in the profile's order), for unit tests of those
 * rules: a check then reads what they read and nothing else, and a mutant of another rule is not
 * run against these tests (vitest.mutation.config.ts).
 */
export const only = (profile: Profile, ...ids: readonly string[]): Profile => {
  const unknown = ids.filter((id) => !profile.rules.some((r) => r.id === id));
  if (unknown.length > 0) throw new Error(`no rule ${unknown.join(", ")} in ${profile.id}`);
  return { ...profile, rules: profile.rules.filter((r) => ids.includes(r.id)) };
};

/** The targets rules the targets-edges tests check (each check runs these alone by default). */
const TARGETS_PROFILE = only(
  henan2024Profile,
  "targets.money",
  "targets.sum",
  "targets.coverage",
  "targets.budget",
);

/**
 * A Henan 2024 department disclosure (洛阳市涧西区教育局, no units, no texts) of the tables given,
 * and of the targets when given, checked with the four targets rules alone or the profile given
 * (targets-edges.test.ts, targets-coverage-budget.test.ts).
 */
export function checkTargets(
  tables: readonly Table[],
  targets?: Targets,
  profile: Profile = TARGETS_PROFILE,
) {
  const d: Disclosure = {
    meta: {
      year: 2024,
      documentKind: "部门",
      template: "henan2024",
      department: { name: "洛阳市涧西区教育局" },
      units: [],
    },
    tables,
    texts: [],
    ...(targets === undefined ? {} : { targets }),
  };
  return checkDisclosure(d, { profile, template: henan2024 });
}

/** Cells cited by a finding's evidence, as `table|row|column`. */
export const cited = (f: Finding) =>
  f.evidence.flatMap((e) => e.sources.map((s) => `${s.table}|${s.row}|${s.column}`));

/** A finding's expected, actual, difference and unit. */
export const numbers = (f: Finding) => [f.expected, f.actual, f.difference, f.unit];

/** A Henan 收支总表 of these lines (line id → cells). */
export const summaryTable = (lines: Record<string, Record<string, string>>): Table =>
  Object.entries(lines)
    .reduce((b, [id, cells]) => b.line(id, cells), tableBuilder(henan2024, "summary"))
    .build().value;

/** Two indicators every project of the targets tests has. */
const INDICATORS = [
  { level1: "产出指标", name: "资助学生人数", value: "≥1200人" },
  { level1: "满意度指标", name: "受助学生满意度", value: "≥95%" },
];
/** A project of the targets tests' 绩效目标: its name, money and (optional) code. */
export const targetProject = (name: string, total: string, code?: string) => ({
  name,
  ...(code === undefined ? {} : { code }),
  money: { total },
  indicators: INDICATORS,
});
/** 项目支出表 of the targets tests: 学生资助 120.00, 校舍维修 80.00 (200.00 in all). */
export const TARGET_PROJECTS: Table = tableBuilder(henan2024, "projects")
  .total({ total: "200.00" })
  .project("学生资助", { type: "特定目标类", total: "120.00" })
  .project("校舍维修", { type: "特定目标类", total: "80.00" })
  .build().value;
/** 部门支出预算表 of the targets tests: 项目支出 200.00, 基本支出 300.00. */
export const TARGET_EXPENDITURE: Table = tableBuilder(henan2024, "expenditure")
  .total({ total: "500.00", basic: "300.00", project: "200.00" })
  .build().value;

/** The rules the identities tests check: each check runs these alone. */
const IDENTITY_IDS = [
  "balance",
  "totals",
  "rollup",
  "nature",
  "funds",
  "same-fact",
  "sanGong.sum",
  "precision.truncated",
  "cell.blank",
] as const;

/** A Henan 2024 department (116) with a 行政 unit (116001) and a 事业 unit (116002). */
const IDENTITY_META: DisclosureMeta = {
  year: 2024,
  documentKind: "部门",
  template: "henan2024",
  department: { code: "116", name: "某部门" },
  units: [
    { code: "116001", name: "某部门机关", unitType: "行政" },
    { code: "116002", name: "某中心", unitType: "事业" },
  ],
};

/**
 * The tables given as that department's disclosure, checked with the identity rules alone
 * (identities.test.ts, identities-funds-same-fact.test.ts).
 */
export const checkIdentities = (...tables: Table[]): CheckReport =>
  checkDisclosure(
    { meta: IDENTITY_META, tables, texts: [] },
    { profile: only(henan2024Profile, ...IDENTITY_IDS), template: henan2024 },
  );
