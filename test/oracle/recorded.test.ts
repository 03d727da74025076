/**
 * Issue 15, point 1: the report of every recorded case (see ./recorded.ts: every fixture and
 * layout variant, single-cell changes of the Henan example, 250 random disclosures) equals the
 * report recorded before the speed work — outcomes, findings, unconstrained cells and coverage.
 */
import { describe, expect, it } from "vitest";
import { checkDisclosure } from "../../src/rules";
import { henan2024 } from "../../src/templates";
import { henan2024Fixture } from "../fixtures/henan-2024";
import { fixtureDisclosure } from "../support/disclosures";
import { comparableReport, readRecorded, recordedDisclosure, recordedOptions } from "./recorded";

const cases = readRecorded();
const henan = fixtureDisclosure(henan2024Fixture, henan2024).disclosure;

describe("the check gives the recorded report", () => {
  it("has the recorded cases (fixtures, variants, cell changes, ≥ 200 random disclosures)", () => {
    expect(cases.filter((c) => c.name.startsWith("random ")).length).toBeGreaterThanOrEqual(200);
    expect(cases.filter((c) => "henanWith" in c.disclosure).length).toBeGreaterThan(100);
    expect(cases.length).toBeGreaterThan(340);
  });

  it("on every recorded case", () => {
    const differing: string[] = [];
    for (const c of cases) {
      const report = comparableReport(
        checkDisclosure(recordedDisclosure(c, henan), recordedOptions(c)),
      );
      // One expect per differing case would stop at the first; name them all, then show the first.
      if (JSON.stringify(report) !== JSON.stringify(c.report)) differing.push(c.name);
    }
    const first = cases.find((c) => c.name === differing[0]);
    if (first !== undefined)
      expect(
        comparableReport(checkDisclosure(recordedDisclosure(first, henan), recordedOptions(first))),
      ).toEqual(first.report);
    expect(differing).toEqual([]);
  });
});
