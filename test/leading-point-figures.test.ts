/**
 * Figures printed without the zero before their point: a spreadsheet's number format `#,###.00`
 * prints 0 as `.00` and 0.5 as `.50` (`-.50` below zero), and a PDF made from it keeps them. They
 * are the figures `0.00` and `0.50`, not malformed cells: the report of a document printing them
 * so is the one of the document printing `0.00`, with no reader problem above info. A point alone
 * (`.`) or a figure with two points stays malformed, and a wrong figure printed so is caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { final2024, finalProfile } from "../src/final";
import { readPrintedTable } from "../src/printed";
import { checkNational, serious } from "../src/printed/test-support";
import { henan2024Profile, type Profile } from "../src/rules";
import { henan2024, type Template } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { putuoPlanningFinal2024Fixture } from "./fixtures/putuo-planning-final-2024";
import { putuoSocialWorkFinal2024Fixture } from "./fixtures/putuo-social-work-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { reading } from "./metamorphic/support";

const CASES: readonly (readonly [string, DisclosureFixture, Template, Profile, boolean])[] = [
  ["Henan 2024", henan2024Fixture, henan2024, henan2024Profile, false],
  ["普陀区委社会工作部 决算 2024", putuoSocialWorkFinal2024Fixture, final2024, finalProfile, true],
  [
    "普陀区规划和自然资源局 决算 2024",
    putuoPlanningFinal2024Fixture,
    final2024,
    finalProfile,
    true,
  ],
];

const check = reading;

/** The amount cells below 1 printed without their zero (`0.00` → `.00`, `0.50` → `.50`). */
function withoutZero(fixture: DisclosureFixture, template: Template): DisclosureFixture {
  return {
    ...fixture,
    tables: fixture.tables.map((t) => {
      const r = readPrintedTable(t, { template, catalog: catalog2024.functional });
      const amount = new Set(
        r.columns.filter((c) => c.column?.role === "amount").map((c) => c.index),
      );
      return {
        ...t,
        rows: t.rows.map((row) =>
          row.map((cell, i) =>
            amount.has(i) && /^-?0\.[0-9]+$/u.test(cell) ? cell.replace("0.", ".") : cell,
          ),
        ),
      };
    }),
  };
}

describe.each(CASES)(
  "%s: figures below 1 printed without their zero",
  (_, fixture, template, profile, final) => {
    const changed = withoutZero(fixture, template);

    it("changes cells (the variant is not vacuous)", () => {
      const cells = (f: DisclosureFixture) => f.tables.flatMap((t) => t.rows.flat());
      expect(cells(changed).filter((c) => c.startsWith(".")).length).toBeGreaterThan(0);
    });

    it("gives the same report, with no reader problem above info", () => {
      const before = check(fixture, template, profile, final);
      const after = check(changed, template, profile, final);
      expect(after.report).toEqual(before.report);
      expect(after.problems).toEqual(before.problems);
    });
  },
);

describe("what stays malformed, and what is caught", () => {
  const table = (cell: string) => ({
    title: "2024年一般公共预算“三公”经费预算表",
    unit: "万元",
    headers: [
      "“三公”经费合计",
      "因公出国（境）费",
      "公务用车购置及运行费/小计",
      "公务用车购置及运行费/公务用车购置费",
      "公务用车购置及运行费/公务用车运行费",
      "公务接待费",
    ],
    rows: [["2.50", cell, "2.00", ".00", "2.00", ".50"]],
  });
  const read = (cell: string) => readPrintedTable(table(cell), { template: henan2024 });

  it("reads `.00` and `.50` as 0.00 and 0.50", () => {
    const r = read(".00");
    expect(r.table?.rows[0]?.cells).toMatchObject({
      abroad: "0.00",
      "vehicles.purchase": "0.00",
      reception: "0.50",
    });
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("leaves `.` and `.5.0` malformed", () => {
    for (const cell of [".", ".5.0", "-."])
      expect(
        read(cell).problems.map((p) => p.code),
        cell,
      ).toContain("malformed-amount");
  });

  it("catches a wrong figure printed so: a 合计 of 2.00 over .60 and 1.50", () => {
    const expenditure = (cell: string) => ({
      title: "2024年部门支出总表",
      unit: "单位：万元",
      headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      rows: [
        ["", "合计", "2.00", ".50", "1.50"],
        ["2013101", "行政运行", "2.00", cell, "1.50"],
      ],
    });
    expect(serious(checkNational(expenditure(".50")))).toEqual([]);
    expect(serious(checkNational(expenditure(".60"))).map((f) => f.ruleId)).toContain("nature");
  });
});
