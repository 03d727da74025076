/**
 * Queries on a check report shared by the rule tests (test-only: no entry imports this file).
 */
import { expect } from "vitest";
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
