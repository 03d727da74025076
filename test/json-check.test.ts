import { describe, expect, it } from "vitest";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { parseDisclosure } from "../src/schema";
import { henan2024 } from "../src/templates";

/** A disclosure as another tool would write it: codes in printed forms, one of them misprinted. */
const document = (code: string) => ({
  format: "yusuan.disclosure",
  version: 1,
  meta: {
    year: 2024,
    documentKind: "单位",
    template: "henan2024",
    department: { name: "某单位" },
    units: [],
  },
  tables: [
    {
      kind: "expenditure",
      unit: "万元",
      rows: [
        { key: { kind: "total" }, cells: { total: "10.00" } },
        { key: { kind: "functional", code: "201" }, cells: { total: "10.00" } },
        { key: { kind: "functional", code: "201 31" }, cells: { total: "10.00" } },
        { key: { kind: "functional", code: "201 31 01" }, cells: { total: "4.00" } },
        { key: { kind: "functional", code }, cells: { total: "6.00" } },
      ],
    },
  ],
  texts: [],
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

  it("reports a misprinted code (2O13102, letter O) as an unreadable row, not a silent pass", () => {
    const report = check("2O13102");
    const unreadable = report.findings.filter((f) => f.ruleId === "cell.unreadable");
    expect(unreadable.map((f) => [f.severity, f.params.problem, f.path?.raw])).toEqual([
      ["error", "malformed-code", "2O13102"],
    ]);
  });
});
