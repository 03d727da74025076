/**
 * A unit's code column headed as budget systems print it (`预算单位代码`, `预算单位编码`,
 * `单位（部门）代码`) reads as `单位代码`: before, an `unknown-header` warning, and every row of a
 * 部门支出预算表 or 部门收入预算表 left unplaced.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

function outcome(fixture: DisclosureFixture) {
  const { disclosure, problems } = fixtureDisclosure(fixture, henan2024);
  const report = checkDisclosure(disclosure, {
    profile: henan2024Profile,
    template: henan2024,
    catalog: catalog2024,
  });
  return {
    reads: [...problems].flatMap(([title, ps]) =>
      ps.filter((p) => p.severity !== "info").map((p) => `${title} ${p.code}`),
    ),
    findings: report.findings.map((f) => `${f.ruleId} ${JSON.stringify(f.path)} ${f.actual}`),
  };
}

/** The fixture with its `单位代码` headers worded `to`, and the unit row 116's total misprinted. */
function worded(to: string, wrong = false): DisclosureFixture {
  let renamed = 0;
  const tables = henan2024Fixture.tables.map((t) => {
    if (!t.headers.includes("单位代码")) return t;
    renamed++;
    const headers = t.headers.map((h) => (h === "单位代码" ? to : h));
    const rows =
      !wrong || !t.title.includes("部门支出预算表")
        ? t.rows
        : t.rows.map((r) => (r[3] === "116" ? r.map((c, i) => (i === 5 ? "979.06" : c)) : r));
    return { ...t, headers, rows };
  });
  expect(renamed).toBeGreaterThan(0);
  return { ...henan2024Fixture, tables };
}

describe("unit code headers of budget systems", () => {
  const base = outcome(henan2024Fixture);
  it.each(["预算单位代码", "预算单位编码", "单位（部门）代码", "单位编码"])("%s", (to) => {
    const got = outcome(worded(to));
    expect(got.reads).toEqual(base.reads);
    expect(got.findings).toEqual(base.findings);
  });

  it("still finds a wrong unit figure under 预算单位代码", () => {
    const got = outcome(worded("预算单位代码", true));
    expect(got.findings.some((f) => f.includes("979.06"))).toBe(true);
  });
});
