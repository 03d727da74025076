/**
 * Never crashes: any disclosure the builders or the JSON parser accept can be checked, with each
 * built-in profile (and its template), with and without the 2024 catalogs, without a throw; every
 * finding is well-formed data and renders in both locales.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { NARRATIVE_RULES, withNarrative } from "../src/narrative";
import {
  type CheckOptions,
  checkDisclosure,
  henan2024Profile,
  nationalProfile,
  RULES,
  renderFinding,
  shanghaiProfile,
} from "../src/rules";
import { parseDisclosure } from "../src/schema";
import { henan2024, nationalMinimum, shanghai } from "../src/templates";
import { document, generated, viaBuilders } from "./support/random-disclosures";

const PAIRS: readonly Pick<CheckOptions, "profile" | "template">[] = [
  { profile: withNarrative(henan2024Profile), template: henan2024 },
  { profile: withNarrative(shanghaiProfile), template: shanghai },
  { profile: withNarrative(nationalProfile), template: nationalMinimum },
];
const RULE_IDS = new Set([...RULES, ...NARRATIVE_RULES].map((r) => r.id));
const SEVERITIES = new Set(["error", "warning", "info"]);
const OUTCOMES = new Set(["pass", "fail", "insufficient-data", "not-applicable"]);

/** Checks with every profile, with and without the catalogs; asserts the report is well-formed. */
function checkAll(d: Disclosure): void {
  for (const pair of PAIRS) {
    for (const catalog of [undefined, catalog2024]) {
      const report = checkDisclosure(d, { ...pair, ...(catalog === undefined ? {} : { catalog }) });
      expect(report.outcomes.map((o) => o.ruleId)).toEqual(pair.profile.rules.map((r) => r.id));
      for (const o of report.outcomes) {
        expect(OUTCOMES.has(o.outcome)).toBe(true);
        expect(o.findings).toBe(report.findings.filter((f) => f.ruleId === o.ruleId).length);
      }
      for (const f of report.findings) {
        expect(RULE_IDS.has(f.ruleId)).toBe(true);
        expect(SEVERITIES.has(f.severity)).toBe(true);
        expect(f.outcome === "fail" || f.outcome === "insufficient-data").toBe(true);
        for (const locale of ["zh-CN", "en"] as const) {
          const text = renderFinding(f, pair.profile.rules, locale, pair.template);
          expect(typeof text).toBe("string");
          expect(text.trim().length).toBeGreaterThan(0);
        }
      }
    }
  }
}

describe("checkDisclosure never crashes", () => {
  it("on any disclosure the builders accept (their value, problems or not)", () => {
    fc.assert(
      fc.property(generated, (g) => {
        checkAll(viaBuilders(g));
      }),
      { numRuns: 300 },
    );
  });

  it("on any disclosure the JSON parser accepts", () => {
    fc.assert(
      fc.property(generated, (g) => {
        const parsed = parseDisclosure(JSON.parse(JSON.stringify(document(g))));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) checkAll(parsed.value);
      }),
      { numRuns: 300 },
    );
  });
});

describe("narrative.percent on a negative change figure", () => {
  // Regression: a 减少 claim whose printed figure is itself negative once built amount("--1.01").
  it("checks 减少-1.01万元 without a throw", () => {
    const body = "收入总计 0万元，与上年相比减少-1.01万元，增长0%。";
    checkAll({
      meta: {
        year: 2024,
        documentKind: "单位",
        template: "henan2024",
        department: { name: "某单位" },
        units: [],
      },
      tables: [],
      texts: [{ title: "情况说明", body }],
    });
  });
});
