/**
 * A two-unit 部门 (./department.ts) whose tables by 科目 print each row's unit in columns of their
 * own (`单位编码 | 单位名称`, or `单位名称` alone) before the codes, the units' rows kept or not,
 * the rows in the units' order or sorted by 科目 (units interleaved). Each layout reads and checks
 * clean (department.test.ts); here a wrong figure is still caught, and a unit named by a name the
 * disclosure does not give is coverage, never the department's.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";
import { checkNational, serious } from "./check";
import { type DepartmentLayout, departmentFixture } from "./department";

const check = checkNational;

/** The school's 初中教育 (2050203) printed 771.00 for 770.00 in the 部门支出总表. */
function wrongSchoolRow(layout: DepartmentLayout): DisclosureFixture {
  const base = departmentFixture(layout);
  const tables = base.tables.map((t): PrintedTable => {
    if (!t.title.includes("部门支出总表")) return t;
    const rows = t.rows.map((r) =>
      r.includes("初中教育") ? r.map((c) => (c === "770.00" ? "771.00" : c)) : [...r],
    );
    return { ...t, rows };
  });
  return { ...base, tables };
}

describe("a wrong figure in a row naming its unit", () => {
  it.each([
    [{ units: "unitsFirst", unitColumns: "code" }],
    [{ units: "sections", unitColumns: "name", unitColumnRowsDropped: true }],
    [{ units: "unitsFirst", unitColumns: "name", interleaved: true, totalLast: true }],
  ] as const)("%j: caught against the unit's 款, as the school's", (layout) => {
    const found = serious(check(wrongSchoolRow(layout)).findings);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^rollup error expenditure org:301002\/functional:20502 total/u),
      ]),
    );
  });
});

describe("a row naming a unit the disclosure does not give", () => {
  it("is coverage, never the department's: no finding", () => {
    const base = departmentFixture({ units: "sections", unitColumns: "name" });
    const units = base.meta.units.map((u) => ({ ...u, name: `${u.name}（汇总）` }));
    const report = check({ ...base, meta: { ...base.meta, units } });
    expect(serious(report.findings)).toEqual([]);
    const gaps = report.coverage.tables.flatMap((t) => t.gaps.map((g) => `${g.code} ${g.table}`));
    expect(gaps).toContain("unplaced-row expenditure");
  });
});
