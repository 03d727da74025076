/**
 * Queries on a check report shared by the rule tests (test-only: no entry imports this file).
 */
import { expect } from "vitest";
import type { CheckReport, Finding } from "./types";

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
