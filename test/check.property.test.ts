/**
 * Never crashes: any disclosure the builders or the JSON parser accept can be checked, with each
 * built-in profile (and its template), with and without the 2024 catalogs, without a throw; every
 * finding is well-formed data and renders in both locales.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDisclosure } from "../src/schema";
import { checkAll, document, generated, viaBuilders } from "./support/arbitraries";

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
