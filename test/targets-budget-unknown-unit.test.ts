/**
 * A 整体绩效目标表 read with a unit line naming no unit the library takes (`单位：千元`,
 * `单位：美元`, `单位：元（万元）`) states its 预算情况 in no known unit: `targets.budget` compares it
 * with nothing (insufficient data), as `targets.money` and `targets.sum` do (was: an error, the
 * figures taken in the kind's default 万元). In a unit it knows, a wrong figure is still an error.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Table } from "../src/disclosure";
import { readPrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { fixtureDisclosure } from "./support/disclosures";

const { disclosure } = fixtureDisclosure(henan2024Fixture, henan2024);
const options = { profile: henan2024Profile, template: henan2024, catalog: catalog2024 };
const key = (f: { ruleId: string; path?: object }) => `${f.ruleId} ${JSON.stringify(f.path)}`;
const before = new Set(checkDisclosure(disclosure, options).findings.map(key));

function check(unit: string, total: string) {
  const r = readPrintedTable(
    {
      title: "部门（单位）整体绩效目标表",
      unit,
      headers: ["项目", "金额"],
      rows: [
        ["资金总额", total],
        ["其中：财政拨款", total],
      ],
    },
    { template: henan2024 },
  );
  const tables = [...disclosure.tables];
  tables.splice(
    tables.findIndex((t) => t.kind === "departmentTargets"),
    0,
    r.table as Table,
  );
  const report = checkDisclosure({ ...disclosure, tables }, options);
  return {
    found: report.findings
      .filter((f) => f.severity !== "info" && !before.has(key(f)))
      .map((f) => `${f.severity} ${f.ruleId}`),
    budget: report.outcomes.find((o) => o.ruleId === "targets.budget")?.outcome,
  };
}

describe("targets.budget on a 预算情况 of no known unit", () => {
  it.each([
    ["单位：千元", "9690.60"],
    ["单位：美元", "1350000.00"],
    ["单位：元（万元）", "9690600.00"],
  ])("%s: insufficient data, no error (was an error in 万元)", (unit, total) => {
    expect(check(unit, total)).toEqual({ found: [], budget: "insufficient-data" });
  });

  it("in 元, a wrong figure is still an error", () => {
    expect(check("单位：元", "9790600.00")).toEqual({
      found: ["error same-fact", "error targets.budget"],
      budget: "fail",
    });
    expect(check("单位：元", "9690600.00")).toEqual({ found: [], budget: "pass" });
  });
});
