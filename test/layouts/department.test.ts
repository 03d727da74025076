/**
 * A two-unit 部门 (本级 + a school) in the national layout (./department.ts): its 支出总表 prints
 * the national form's 上缴上级支出 / 事业单位经营支出 / 对附属单位补助支出 columns, its units laid
 * out in sections under the department's rows, before them, or not at all, the 合计 first or
 * last, and the layouts of other printers on top. Every table reads with every header placed and
 * nothing left over, and checks clean; a wrong figure in a unit's section is still caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../src/catalog/2024";
import { readPrintedTable } from "../../src/printed";
import type { PrintedTable } from "../../src/printed/types";
import { nationalMinimum } from "../../src/templates";
import type { DisclosureFixture } from "../fixtures/types";
import { checkNational, serious } from "./check";
import { type DepartmentLayout, departmentFixture } from "./department";
import {
  codesInOneColumn,
  letterSpaced,
  scaled,
  type Transform,
  ungroupedCodes,
  unitTitles,
} from "./transforms";

const LAYOUTS: readonly DepartmentLayout[] = [
  { units: "none" },
  { units: "sections" },
  { units: "sections", totalLast: true },
  { units: "unitsFirst" },
  { units: "unitsFirst", totalLast: true },
  { units: "none", summaryByNature: true },
  { units: "sections", summaryByNature: true },
  { units: "none", incomeByFunction: true },
  { units: "sections", incomeByFunction: true, totalLast: true },
  { units: "unitsFirst", incomeByFunction: true, summaryByNature: true },
  { units: "sections", unitRows: "codeInName" },
  { units: "unitsFirst", unitRows: "codeInName", incomeByFunction: true },
  { units: "sections", unitRows: "name" },
  { units: "unitsFirst", unitRows: "name", totalLast: true },
  { units: "unitsFirst", unitSubtotals: "only", totalLast: true },
  { units: "unitsFirst", unitSubtotals: "only", unitRows: "name", totalLast: true },
  { units: "unitsFirst", unitSubtotals: "only", unitRows: "codeInName", incomeByFunction: true },
  { units: "sections", unitSubtotals: "also", subtotalNamed: true, totalLast: true },
  { units: "unitsFirst", unitSubtotals: "also", unitRows: "name", summaryByNature: true },
  { units: "unitsFirst", unitSubtotals: "headingsOnly", totalLast: true },
  { units: "sections", unitSubtotals: "headingsOnly", unitRows: "codeInName" },
  { units: "unitsFirst", unitSubtotals: "headingsOnly", unitRows: "name", incomeByFunction: true },
  { units: "unitsFirst", unitColumns: "code" },
  { units: "unitsFirst", unitColumns: "name", totalLast: true },
  { units: "sections", unitColumns: "code", unitColumnRowsDropped: true },
  { units: "sections", unitColumns: "name" },
  { units: "unitsFirst", unitColumns: "code", unitColumnRowsDropped: true, interleaved: true },
  { units: "unitsFirst", unitColumns: "name", interleaved: true, totalLast: true },
  { units: "unitsFirst", unitColumns: "code", incomeByFunction: true },
  { units: "sections", unitColumns: "name", incomeByFunction: true, unitColumnRowsDropped: true },
];

/** Other printers' header wordings: 本年预算 for 预算数, 单位编码 for 单位代码. */
const otherWordings: Transform = {
  name: "headed 本年预算 and 单位编码",
  apply: (t) => ({
    ...t,
    headers: t.headers.map((h) => h.replace("预算数", "本年预算").replace("单位代码", "单位编码")),
  }),
};

const TRANSFORMS: readonly (readonly Transform[])[] = [
  [],
  [otherWordings],
  [codesInOneColumn("")],
  [ungroupedCodes, letterSpaced],
  [unitTitles, scaled(4, 2, "元")],
];

function laidOut(layout: DepartmentLayout, transforms: readonly Transform[]): DisclosureFixture {
  const base = departmentFixture(layout);
  const unitName = base.meta.department.name;
  const tables = base.tables.map((t) =>
    transforms.reduce((acc, tr) => tr.apply(acc, { unitName }), t),
  );
  return { ...base, tables };
}

const check = checkNational;

const CASES = LAYOUTS.flatMap((layout) =>
  TRANSFORMS.map((ts) => {
    const name = `${JSON.stringify(layout)} ${ts.map((t) => t.name).join("; ") || "as written"}`;
    return [name, laidOut(layout, ts)] as const;
  }),
);

describe.each(CASES)("a two-unit department, %s", (_, fixture) => {
  it("reads every table with every header placed and nothing left over", () => {
    for (const t of fixture.tables) {
      const r = readPrintedTable(t, {
        template: nationalMinimum,
        catalog: catalog2024.functional,
        departmentCode: "301",
        units: [fixture.meta.department, ...fixture.meta.units],
      });
      expect(
        r.columns.filter((c) => c.column === undefined).map((c) => c.header),
        t.title,
      ).toEqual([]);
      expect(
        r.problems.filter((p) => p.severity !== "info"),
        t.title,
      ).toEqual([]);
      expect(
        r.table?.rows.filter((row) => row.key.kind === "unplaced"),
        t.title,
      ).toEqual([]);
    }
  });

  it("checks clean, 经营支出 inside every 合计", () => {
    const report = check(fixture);
    expect(serious(report.findings)).toEqual([]);
    expect(report.coverage.notUnderstood).toBe(0);
    for (const id of ["balance", "totals", "rollup", "nature", "same-fact", "sanGong.sum"])
      expect([id, report.outcomes.find((o) => o.ruleId === id)?.outcome]).toEqual([id, "pass"]);
  });
});

describe("units printed by a name the disclosure does not give them", () => {
  it("their blocks adding up to the total: read as the units' (by their names), no finding, no gap", () => {
    const base = departmentFixture({ units: "sections", unitRows: "name" });
    const units = base.meta.units.map((u) => ({ ...u, name: `${u.name}（汇总）` }));
    const report = check({ ...base, meta: { ...base.meta, units } });
    expect(serious(report.findings)).toEqual([]);
    const gaps = report.coverage.tables.flatMap((t) => t.gaps.map((g) => `${g.code} ${g.table}`));
    expect(gaps).toEqual([]);
  });

  it("a wrong figure is still caught where it can be: a 合计 the 收支总表 disagrees with", () => {
    const base = departmentFixture({ units: "sections", unitRows: "name" });
    const units = base.meta.units.map((u) => ({ ...u, name: `${u.name}（汇总）` }));
    const tables = base.tables.map((t) =>
      t.title.includes("部门支出总表")
        ? {
            ...t,
            rows: t.rows.map((r, i) =>
              i === 0 ? r.map((c) => (c === "1220.00" ? "1221.00" : c)) : r,
            ),
          }
        : t,
    );
    const report = check({ ...base, meta: { ...base.meta, units }, tables });
    expect(serious(report.findings)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^same-fact error expenditure total total/u)]),
    );
  });
});

/** One unit's own table cut from the department's sectioned one: its 合计, its row or not, its rows. */
function unitsOwnTable(
  t: PrintedTable,
  code: string,
  name: string,
  withRow: boolean,
): PrintedTable {
  const start = t.rows.findIndex((r) => r[0] === code);
  const next = t.rows.findIndex((r, i) => i > start && /^301[0-9]{3}$/u.test(r[0] ?? ""));
  const unitRow = t.rows[start] ?? [];
  const rows = t.rows.slice(start + 1, next < 0 ? t.rows.length : next);
  const total = ["", "", "", "合计", ...unitRow.slice(4)];
  return {
    ...t,
    title: `${name}${t.title}`,
    rows: withRow ? [total, unitRow, ...rows] : [total, ...rows],
  };
}

describe("the department's tables bound beside its units' own, before or after them", () => {
  const CASES = (["none", "sections"] as const).flatMap((units) =>
    [true, false].flatMap((withRow) =>
      [true, false].map((after) => [units, withRow, after] as const),
    ),
  );
  it.each(CASES)(
    "department's rows by %s, units' tables with their unit row %s, department's after them %s: the department's is read, the others set aside",
    (units, withRow, after) => {
      const sectioned = departmentFixture({ units: "sections" });
      const base = departmentFixture({ units });
      const tables = base.tables.flatMap((t, i) => {
        if (!/部门支出总表|一般公共预算支出表/u.test(t.title)) return [t];
        const whole = sectioned.tables[i] as PrintedTable;
        const own = base.meta.units.map((u) => unitsOwnTable(whole, u.code ?? "", u.name, withRow));
        return after ? [...own, t] : [t, ...own];
      });
      const report = check({ ...base, tables });
      const repeated = report.findings.filter((f) => f.ruleId === "tables.repeated");
      expect(serious(report.findings.filter((f) => f.ruleId !== "tables.repeated"))).toEqual([]);
      const read = (kind: string) => tables.findIndex((t) => t.title === `2024年${kind}`) + 1;
      expect(repeated.map((f) => [f.path?.table, f.params.first])).toEqual([
        ["expenditure", read("部门支出总表")],
        ["expenditure", read("部门支出总表")],
        ["gpbExpenditure", read("一般公共预算支出表")],
        ["gpbExpenditure", read("一般公共预算支出表")],
      ]);
    },
  );
});

describe("the 项目支出表 beside the national tables", () => {
  it("a project's figure that breaks the 项目支出 of the 支出总表 is caught", () => {
    const base = departmentFixture({ units: "sections" });
    const tables = base.tables.map((t) =>
      t.title.includes("项目支出表")
        ? {
            ...t,
            rows: t.rows.map((r) =>
              r[1] === "初中教学设备购置" ? r.map((c) => (c === "150.00" ? "151.00" : c)) : r,
            ),
          }
        : t,
    );
    expect(serious(check({ ...base, tables }).findings)).toEqual(
      expect.arrayContaining(["rollup error expenditure total project"]),
    );
  });
});

describe("a wrong figure in a 收入总表 by 功能分类", () => {
  it("is caught: the 类 no longer the sum of its 项", () => {
    const base = departmentFixture({ units: "none", incomeByFunction: true });
    const tables = base.tables.map((t) =>
      t.title.includes("部门收入总表")
        ? {
            ...t,
            rows: t.rows.map((r) =>
              r[2] === "03" ? r.map((c) => (c === "770.00" ? "771.00" : c)) : r,
            ),
          }
        : t,
    );
    expect(serious(check({ ...base, tables }).findings)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^rollup error income functional:20502 /u)]),
    );
  });
});

describe("a wrong figure in a 收支总表 by nature", () => {
  it("is caught: 基本支出 no longer its parts, nor the 支出总表's", () => {
    const base = departmentFixture({ units: "sections", summaryByNature: true });
    const tables = base.tables.map((t) =>
      t.title.includes("部门收支总表")
        ? {
            ...t,
            rows: t.rows.map((r) => (r[2] === "一、基本支出" ? [...r.slice(0, 3), "995.00"] : r)),
          }
        : t,
    );
    const found = serious(check({ ...base, tables }).findings);
    expect(found).toEqual(
      expect.arrayContaining([
        "nature error summary line:spending.basic spending.amount",
        expect.stringMatching(/^same-fact error /u),
      ]),
    );
  });
});

describe("a wrong figure in a 财政拨款收支总表 by nature", () => {
  it("is caught: 本年支出 no longer 基本支出 + 项目支出", () => {
    const base = departmentFixture({ units: "none", summaryByNature: true });
    const tables = base.tables.map((t) =>
      t.title.includes("财政拨款收支总表")
        ? {
            ...t,
            rows: t.rows.map((r) => r.map((c, i) => (i > 2 && c === "160.00" ? "161.00" : c))),
          }
        : t,
    );
    expect(serious(check({ ...base, tables }).findings)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^nature error fiscalSummary /u)]),
    );
  });
});

describe("a wrong figure in a unit's section of the department", () => {
  const wrong = (t: PrintedTable): PrintedTable =>
    t.title.includes("部门支出总表")
      ? {
          ...t,
          rows: t.rows.map((r) =>
            r[0] === "301002"
              ? r.map((c, i) => (t.headers[i] === "事业单位经营支出" ? "25.00" : c))
              : r,
          ),
        }
      : t;

  it("is caught: the unit's 合计 no longer holds its 经营支出, nor the department's", () => {
    const base = departmentFixture({ units: "sections" });
    const report = check({ ...base, tables: base.tables.map(wrong) });
    expect(serious(report.findings)).toEqual(
      expect.arrayContaining([
        "nature error expenditure org:301002 total",
        "rollup error expenditure total operations",
      ]),
    );
  });
});
