/**
 * A department's own 科目 row outside every unit's (printed under the department's row, before its
 * units: 本级 with no unit row of its own) beside units printed as one-line rows. The units' sum
 * is then some of the department's total, not all of it; but only by what the stray rows print,
 * and only in their columns. Was: any such row made every unit sum a lower bound, so a unit
 * printed too low went unflagged. Now: a column the stray rows print nothing in is summed exactly,
 * and a gap the stray rows' money cannot fill is an error; the correct table stays silent.
 */
import { describe, expect, it } from "vitest";
import type { Disclosure, Row } from "../src/disclosure";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";

const row = (key: Row["key"], total: string, basic: string, project: string): Row => ({
  key,
  cells: { total, basic, project },
});

/** 部门支出表: total 100 = 本级 2013101 10 (project) + 116001 60 + 116002 (`unitB`). */
const alarms = (unitB: [string, string, string], stray: [string, string, string]) => {
  const d: Disclosure = {
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
          row({ kind: "total" }, "100.00", "60.00", "40.00"),
          row({ kind: "org", code: "116" }, "100.00", "60.00", "40.00"),
          row({ kind: "functional", code: "2013101" }, ...stray),
          row({ kind: "org", code: "116001" }, "60.00", "40.00", "20.00"),
          row({ kind: "org", code: "116002" }, ...unitB),
        ],
      },
    ],
    texts: [],
  };
  return checkDisclosure(d, { profile: henan2024Profile, template: henan2024 })
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${f.path?.row} ${f.path?.column} expected ${f.expected}`);
};

const STRAY: [string, string, string] = ["10.00", "", "10.00"];

describe("units' rows beside a stray 本级 row", () => {
  it("a correct table: no finding", () => {
    expect(alarms(["30.00", "20.00", "10.00"], STRAY)).toEqual([]);
  });

  it("a correct table, the stray row printing in every column: no finding", () => {
    expect(alarms(["20.00", "10.00", "10.00"], ["20.00", "10.00", "10.00"])).toEqual([]);
  });

  it("a gap of one unit of the last place (rounded rows): no finding", () => {
    expect(alarms(["29.99", "20.00", "9.99"], STRAY)).toEqual([]);
  });

  it("a unit too low in a column the stray row prints nothing in: caught", () => {
    // (10.00 of 116002's 基本支出 printed as 项目支出: the units' 基本支出 sum to 50.00, not 60.00)
    const found = alarms(["30.00", "10.00", "20.00"], STRAY);
    expect(
      found.some((f) => f.startsWith("rollup total basic expected 50.00")),
      found.join("\n"),
    ).toBe(true);
  });

  it("a unit too low by more than the stray row holds: caught", () => {
    const found = alarms(["20.00", "20.00", ""], STRAY);
    expect(
      found.some((f) => f.startsWith("rollup total project expected 20.00")),
      found.join("\n"),
    ).toBe(true);
  });
});
