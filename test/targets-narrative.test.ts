/**
 * `targets.narrative` fed by the narrative claims: the Henan 情况说明 says its 11 projects with
 * targets involve 287.00万元, which the targets of tables 13 and 14 confirm; a count or a sum
 * changed in the text is caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { withNarrative } from "../src/narrative";
import { checkDisclosure, henan2024Profile, renderFinding } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

const { disclosure } = fixtureDisclosure(henan2024Fixture, henan2024);
const profile = withNarrative(henan2024Profile);
const check = (d: Disclosure) =>
  checkDisclosure(d, { profile, template: henan2024, catalog: catalog2024 });
const edited = (from: string, to: string): Disclosure => {
  const body = disclosure.texts[0]?.body ?? "";
  expect(body).toContain(from);
  return { ...disclosure, texts: [{ title: "情况说明", body: body.replace(from, to) }] };
};

describe("targets.narrative on the Henan text", () => {
  it("passes: 共11个项目, 287.00万元, as the targets say", () => {
    const report = check(disclosure);
    expect(report.outcomes.find((o) => o.ruleId === "targets.narrative")?.outcome).toBe("pass");
    expect(report.findings.filter((f) => f.ruleId === "targets.narrative")).toEqual([]);
  });

  it("catches a wrong project count", () => {
    const report = check(edited("共11个项目", "共12个项目"));
    const f = report.findings.find((x) => x.ruleId === "targets.narrative");
    expect([f?.severity, f?.params.kind, f?.params.actual, f?.params.expected]).toEqual([
      "error",
      "count",
      12,
      11,
    ]);
    expect(renderFinding(f as never, profile.rules, "en")).toContain(
      "says 12 projects; the targets have 11",
    );
  });

  it("catches wrong project money", () => {
    const report = check(edited("涉及预算拨款287.00万元", "涉及预算拨款278.00万元"));
    const f = report.findings.find((x) => x.ruleId === "targets.narrative");
    expect([f?.severity, f?.actual, f?.expected]).toEqual(["error", "278.00", "287.00"]);
  });

  it("without the table of project targets (an extract of the document) it is coverage, not an error", () => {
    const projectTables = new Set(
      henan2024.tables.filter((k) => k.targets?.form === "projects").map((k) => k.id),
    );
    const without = {
      ...disclosure,
      tables: disclosure.tables.filter((t) => !projectTables.has(t.kind)),
    };
    expect(without.tables.length).toBeLessThan(disclosure.tables.length);
    const report = check(without);
    expect(report.outcomes.find((o) => o.ruleId === "targets.narrative")?.outcome).toBe(
      "insufficient-data",
    );
    const fs = report.findings.filter((f) => f.ruleId === "targets.narrative");
    expect(fs.map((f) => f.severity)).toEqual(["info"]);
    expect(renderFinding(fs[0] as never, profile.rules, "zh-CN")).toContain("无法检查");
  });
});
