import { describe, expect, it } from "vitest";
import {
  type BudgetUnit,
  type Disclosure,
  type Row,
  type Table,
  validateDisclosure,
} from "../src/disclosure";
import { checkDisclosure, henan2024Profile, RULES, renderFinding } from "../src/rules";
import { henan2024 } from "../src/templates";

/**
 * A 部门预算 of several units that binds a unit's own 单位预算 table before the department's table
 * of the same kind: the department's table, the one listing every unit, is read wherever bound.
 */
const row = (key: Row["key"], total: string, basic: string, project: string): Row => ({
  key,
  cells: { total, basic, project },
});
const fn = (code: string) => ({ kind: "functional", code }) as const;
const UNITS: BudgetUnit[] = [
  { code: "116001", name: "甲", unitType: "行政" },
  { code: "116002", name: "乙", unitType: "事业" },
  { code: "116003", name: "丙", unitType: "事业" },
];
/**
 * The department's 支出总表: 60.00 = 甲 10.00 + 乙 20.00 + 丙 30.00 (丙 project spending only);
 * 30.00 with the first two units only.
 */
const department = (units: readonly BudgetUnit[]): Table => ({
  kind: "expenditure",
  unit: "万元",
  rows: [
    ...(units.length === 3
      ? [
          row({ kind: "total" }, "60.00", "30.00", "30.00"),
          row({ kind: "org", code: "116" }, "60.00", "30.00", "30.00"),
        ]
      : [
          row({ kind: "total" }, "30.00", "30.00", ""),
          row({ kind: "org", code: "116" }, "30.00", "30.00", ""),
        ]),
    ...[
      [
        row({ kind: "org", code: "116001" }, "10.00", "10.00", ""),
        row(fn("2013101"), "10.00", "10.00", ""),
      ],
      [
        row({ kind: "org", code: "116002" }, "20.00", "20.00", ""),
        row(fn("2013150"), "20.00", "20.00", ""),
      ],
      [
        row({ kind: "org", code: "116003" }, "30.00", "", "30.00"),
        row(fn("2013102"), "30.00", "", "30.00"),
      ],
    ]
      .slice(0, units.length)
      .flat(),
  ],
});
/** 乙's own 单位预算 支出总表: its total and its one row. */
const unitB: Table = {
  kind: "expenditure",
  unit: "万元",
  title: "乙2024年部门支出总表",
  rows: [
    row({ kind: "total" }, "20.00", "20.00", ""),
    row({ kind: "org", code: "116002" }, "20.00", "20.00", ""),
    row(fn("2013150"), "20.00", "20.00", ""),
  ],
};
/** The 收支总表's 本年支出 line. */
const summary = (spending: string): Table => ({
  kind: "summary",
  unit: "万元",
  rows: [{ key: { kind: "line", line: "spending" }, cells: { "spending.amount": spending } }],
});
const doc = (tables: Table[], units: readonly BudgetUnit[] = UNITS): Disclosure => ({
  meta: {
    year: 2024,
    documentKind: "部门",
    template: "henan2024",
    department: { code: "116", name: "某部门" },
    units,
  },
  tables,
  texts: [],
});
const check = (d: Disclosure) =>
  checkDisclosure(d, { profile: henan2024Profile, template: henan2024 });
// The findings above info, and the table set aside (tables.repeated, info: the library's gap).
const notInfo = (d: Disclosure) =>
  check(d)
    .findings.filter((f) => f.severity !== "info" || f.ruleId === "tables.repeated")
    .map((f) => `${f.severity} ${f.ruleId} ${f.params.index ?? ""}/${f.params.first ?? ""}`);

describe("a unit's own table bound before the department's table of its kind", () => {
  it.each([
    ["three units (甲 行政, 乙 丙 事业, 丙 项目支出 only)", UNITS, "60.00"],
    ["two units", UNITS.slice(0, 2), "30.00"],
  ])("%s: the department's table, listing every unit, is read", (_, units, total) => {
    const d = doc([summary(total), unitB, department(units)], units);
    // table 2 (乙's) set aside in favour of table 3: no sum judged against 乙's 20.00
    expect(notInfo(d)).toEqual(["info tables.repeated 2/3"]);
    const v = validateDisclosure(d, henan2024);
    expect(v.ok).toBe(true);
    expect(v.problems.map((p) => [p.code, p.path, "first" in p ? p.first : -1])).toEqual([
      ["duplicate-table", ["tables", 1], 2],
    ]);
  });

  it("the department's unit rows printed with spaces in their codes (116 001): still read", () => {
    const spaced: Table = {
      ...department(UNITS),
      rows: department(UNITS).rows.map((r) =>
        r.key.kind === "org" && r.key.code.length === 6
          ? { ...r, key: { kind: "org", code: `${r.key.code.slice(0, 3)} ${r.key.code.slice(3)}` } }
          : r,
      ),
    };
    expect(notInfo(doc([summary("60.00"), unitB, spaced]))).toEqual(["info tables.repeated 2/3"]);
  });

  it("bound after the department's, as usual: the same table is read", () => {
    const d = doc([summary("60.00"), department(UNITS), unitB]);
    expect(notInfo(d)).toEqual(["info tables.repeated 3/2"]);
  });

  it("says which table it read, in Chinese and English", () => {
    const f = check(doc([summary("60.00"), unitB, department(UNITS)])).findings.find(
      (x) => x.ruleId === "tables.repeated",
    );
    if (f === undefined) throw new Error("no finding");
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toContain("只检查第 3 张，这张未检查");
    expect(renderFinding(f, RULES, "en", henan2024)).toContain("Only table 3 is checked");
  });

  it("a wrong department total is still found in the table read", () => {
    expect(notInfo(doc([summary("61.00"), unitB, department(UNITS)]))).toContain(
      "error same-fact /",
    );
  });

  describe("where none lists every unit, the only one that is no unit's own is read", () => {
    it("the units have no codes: 乙's table is titled with 乙's name", () => {
      const units = UNITS.map(({ name, unitType }) => ({ name, unitType }));
      const d = doc([unitB, department(UNITS)], units as BudgetUnit[]);
      expect(notInfo(d)).toEqual(["info tables.repeated 1/2"]);
    });

    it("the department's table lacks a unit's row (a unit without such spending): 乙's prints 乙's row only", () => {
      const d = doc([unitB, department(UNITS.slice(0, 2))]);
      expect(notInfo(d)).toEqual(["info tables.repeated 1/2"]);
    });

    it("a unit named by a part of the department's name (区教育局 in 某区教育局) names no table its own", () => {
      // The 本级 unit is often listed by a short form of the department's name: the department's
      // table, titled with the department's name, is none of that unit's.
      const units = [
        { name: "区教育局", unitType: "行政" },
        { name: "某区第一中学", unitType: "事业" },
      ] as BudgetUnit[];
      const school: Table = { ...unitB, title: "某区第一中学2024年部门支出总表" };
      const own: Table = {
        kind: "expenditure",
        unit: "万元",
        title: "某区教育局2024年部门支出总表",
        rows: [
          row({ kind: "total" }, "30.00", "30.00", ""),
          row({ kind: "org", code: "116" }, "30.00", "30.00", ""),
          row(fn("2013101"), "10.00", "10.00", ""),
          row(fn("2013150"), "20.00", "20.00", ""),
        ],
      };
      const base = doc([school, own], units);
      const d: Disclosure = {
        ...base,
        meta: { ...base.meta, department: { code: "116", name: "某区教育局" } },
      };
      expect(notInfo(d)).toEqual(["info tables.repeated 1/2"]);
    });

    it("乙's table untitled, its unit row left out: the first bound is read", () => {
      const bare: Table = {
        kind: "expenditure",
        unit: "万元",
        rows: unitB.rows.filter((r) => r.key.kind !== "org"),
      };
      const d = doc([bare, department(UNITS.slice(0, 2))]);
      expect(notInfo(d)).toEqual(["info tables.repeated 2/1"]);
    });
  });

  describe("where the tables cannot be told apart, the first bound is read", () => {
    it("one unit named", () => {
      const d = doc([unitB, department(UNITS)], UNITS.slice(0, 1));
      expect(notInfo(d)).toEqual(["info tables.repeated 2/1"]);
    });

    it("two tables list every unit", () => {
      const d = doc([department(UNITS), department(UNITS)]);
      expect(notInfo(d)).toEqual(["info tables.repeated 2/1"]);
    });
  });
});
