import { describe, expect, it } from "vitest";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { parseDisclosure } from "../src/schema";
import { henan2024 } from "../src/templates";
import { expenditureOnly } from "./support/disclosures";

/** A disclosure as another tool would write it: codes in printed forms, one of them misprinted. */
const document = (code: string) => ({
  format: "yusuan.disclosure",
  version: 1,
  ...expenditureOnly([
    { key: { kind: "total" }, cells: { total: "10.00" } },
    { key: { kind: "functional", code: "201" }, cells: { total: "10.00" } },
    { key: { kind: "functional", code: "201 31" }, cells: { total: "10.00" } },
    { key: { kind: "functional", code: "201 31 01" }, cells: { total: "4.00" } },
    { key: { kind: "functional", code }, cells: { total: "6.00" } },
  ]),
});

const check = (code: string) => {
  const parsed = parseDisclosure(document(code));
  if (!parsed.ok) throw new Error("does not parse");
  return checkDisclosure(parsed.value, { profile: henan2024Profile, template: henan2024 });
};

describe("checking a parsed JSON document", () => {
  it("normalises printed code forms (201 31 01 = 2013101): the sums hold", () => {
    const report = check("201-31-02");
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.outcomes.find((o) => o.ruleId === "rollup")?.outcome).toBe("pass");
  });

  it("keeps a code it cannot read (2O13102, letter O) as a row not understood: coverage, and insufficient data for the sum that needs it, never a sum error", () => {
    const report = check("2O13102");
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.coverage.tables[0]?.gaps).toEqual([
      { code: "unreadable-code", table: "expenditure", row: "functional:2O13102", cells: 1 },
    ]);
    expect(report.outcomes.find((o) => o.ruleId === "rollup")?.outcome).toBe("insufficient-data");
    const unsure = report.findings.filter((f) => f.ruleId === "rollup");
    expect(unsure.map((f) => [f.severity, f.outcome, f.path?.row, f.expected, f.actual])).toEqual([
      ["info", "insufficient-data", "functional:20131", "4.00", "10.00"],
    ]);
  });

  it("reads a code printed without a leading zero (201 31 2) as 2013102: the sums hold, the misprint is a warning", () => {
    const report = check("201 31 2");
    expect(
      report.findings.filter((f) => f.severity !== "info").map((f) => [f.ruleId, f.path?.raw]),
    ).toEqual([["code.misprint", "201 31 2"]]);
    expect(report.outcomes.find((o) => o.ruleId === "rollup")?.outcome).toBe("pass");
  });
});
