import { describe, expect, it } from "vitest";
import type { Disclosure, Row } from "../src/disclosure";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";

/** A 部门 document with two units, each listing 2013101: rows belong to the unit printed above. */
const row = (key: Row["key"], total: string, basic: string, project: string): Row => ({
  key,
  cells: { total, basic, project },
});
const disclosure = (unitBTotal: string): Disclosure => ({
  meta: {
    year: 2024,
    documentKind: "部门",
    template: "henan2024",
    department: { code: "116", name: "某部门" },
    units: [
      { code: "116001", name: "甲", unitType: "行政" },
      { code: "116002", name: "乙", unitType: "事业" },
    ],
  },
  tables: [
    {
      kind: "expenditure",
      unit: "万元",
      rows: [
        row({ kind: "total" }, "30.00", "20.00", "10.00"),
        row({ kind: "org", code: "116" }, "30.00", "20.00", "10.00"),
        row({ kind: "org", code: "116001" }, "10.00", "10.00", ""),
        row({ kind: "functional", code: "2013101" }, "10.00", "10.00", ""),
        row({ kind: "org", code: "116002" }, unitBTotal, "10.00", "10.00"),
        row({ kind: "functional", code: "2013101" }, "20.00", "10.00", "10.00"),
      ],
    },
  ],
  texts: [],
});
const check = (d: Disclosure) =>
  checkDisclosure(d, { profile: henan2024Profile, template: henan2024 });

describe("a department with several units", () => {
  it("keeps the same code under two units apart: no duplicate, sums per unit and for the department", () => {
    const report = check(disclosure("20.00"));
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.outcomes.find((o) => o.ruleId === "rollup")?.outcome).toBe("pass");
  });

  it("finds a unit row that disagrees with its own rows, citing the unit's row", () => {
    const report = check(disclosure("21.00"));
    const rollups = report.findings.filter((f) => f.ruleId === "rollup" && f.severity === "error");
    expect(rollups.some((f) => f.path?.row === "org:116002")).toBe(true);
    expect(
      rollups.some((f) =>
        f.evidence.some((e) => e.sources.some((s) => s.row === "org:116002/functional:2013101")),
      ),
    ).toBe(true);
  });
});
