import { describe, expect, it } from "vitest";
import { disclosureBuilder, tableBuilder } from "../disclosure";
import { henan2024 } from "../templates";
import { checkDisclosure } from "./check";
import { henan2024Profile } from "./profiles";
import type { Profile } from "./types";

// 机构运转经费 printed 49.68万元 against basic 302 of 496,899元 = 49.6899万元: rounding half-up
// gives 49.69, truncation gives 49.68 — only truncation explains the printed figure.
const meta = {
  year: 2024,
  documentKind: "单位",
  department: { name: "某单位" },
  units: [],
} as const;
const disclosure = disclosureBuilder(henan2024, meta)
  .table(tableBuilder(henan2024, "expenditure", { unit: "元" }).total({ "basic.goods": "496,899" }))
  .table(tableBuilder(henan2024, "operatingCost").total({ total: "49.68" }))
  .build().value;
const lines = (profile: Profile) => {
  const r = checkDisclosure(disclosure, { profile, template: henan2024 });
  const line = (id: string) => r.outcomes.find((o) => o.ruleId === id);
  return { r, oc: line("operatingCost.definition"), trunc: line("precision.truncated") };
};

describe("a finding reported under another rule's id", () => {
  it("counts on that rule's outcome line and makes it fail", () => {
    const { r, oc, trunc } = lines(henan2024Profile);
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["precision.truncated", "warning"],
    ]);
    expect([oc?.outcome, oc?.findings]).toEqual(["pass", 0]);
    expect([trunc?.outcome, trunc?.findings]).toEqual(["fail", 1]);
  });

  it("follows that rule's profile setting: off silences it, a severity overrides it", () => {
    const off = lines({ ...henan2024Profile, severities: { "precision.truncated": "off" } });
    expect(off.r.findings).toEqual([]);
    const asError = lines({ ...henan2024Profile, severities: { "precision.truncated": "error" } });
    expect(asError.r.findings.map((f) => f.severity)).toEqual(["error"]);
  });
});
