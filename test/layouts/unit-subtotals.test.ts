/**
 * A two-unit 部门 (./department.ts) whose tables by 科目 close each unit's rows with a 小计 (the
 * unit's row above them a heading printing no figure, or printing them too), or print the unit's
 * row as a heading only. Every layout reads and checks clean (department.test.ts); here a wrong
 * figure is still caught, and a section printing a 小计 per 类 is coverage, never a finding.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../../src/printed/types";
import type { DisclosureFixture } from "../fixtures/types";
import { checkNational, serious } from "./check";
import { type DepartmentLayout, departmentFixture } from "./department";

const check = checkNational;

/** The fixture with `edit` applied to the rows of its 部门支出总表. */
function editExpenditure(
  layout: DepartmentLayout,
  edit: (rows: readonly (readonly string[])[]) => string[][],
): DisclosureFixture {
  const base = departmentFixture(layout);
  const tables = base.tables.map(
    (t): PrintedTable => (t.title.includes("部门支出总表") ? { ...t, rows: edit(t.rows) } : t),
  );
  return { ...base, tables };
}

/** The school's 小计 (the second) with its 合计 870.00 printed 871.00. */
const wrongSubtotal = (rows: readonly (readonly string[])[]) => {
  let seen = 0;
  return rows.map((r) =>
    r[3]?.endsWith("小计") && ++seen === 2 ? r.map((c) => (c === "870.00" ? "871.00" : c)) : [...r],
  );
};

describe("a unit's 小计 printed wrong", () => {
  it("its row a heading: the 小计 is the unit's, so its rows' sum disagrees with it", () => {
    const report = check(
      editExpenditure(
        { units: "unitsFirst", unitSubtotals: "only", totalLast: true },
        wrongSubtotal,
      ),
    );
    expect(serious(report.findings)).toEqual(
      expect.arrayContaining([
        "rollup error expenditure org:301002 total",
        "nature error expenditure org:301002 total",
      ]),
    );
  });

  it("its row printing its figures too: the 小计 disagrees with the unit's row", () => {
    const report = check(
      editExpenditure(
        { units: "unitsFirst", unitSubtotals: "also", unitRows: "name" },
        wrongSubtotal,
      ),
    );
    expect(serious(report.findings)).toEqual(
      expect.arrayContaining(["same-fact error expenditure org:301002 total"]),
    );
  });
});

describe("the department's 合计 printed wrong under units closed by 小计", () => {
  it("is an error: the units' 小计 are read, so the 合计 is not their sum", () => {
    const report = check(
      editExpenditure({ units: "unitsFirst", unitSubtotals: "only", totalLast: true }, (rows) =>
        rows.map((r) =>
          r[3] === "合计" ? r.map((c) => (c === "1220.00" ? "1221.00" : c)) : [...r],
        ),
      ),
    );
    expect(serious(report.findings)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^(rollup|same-fact) error expenditure total total/u),
      ]),
    );
  });
});

describe("a unit's row printed as a heading only (no figure, no 小计)", () => {
  it("a wrong figure among its rows is still caught", () => {
    const report = check(
      editExpenditure({ units: "unitsFirst", unitSubtotals: "headingsOnly" }, (rows) =>
        rows.map((r) =>
          r[0] === "205" && r[1] === "02" && r[2] === "03"
            ? r.map((c) => (c === "770.00" ? "771.00" : c))
            : [...r],
        ),
      ),
    );
    expect(serious(report.findings)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^rollup error expenditure org:301002/u)]),
    );
  });
});

describe("a subtotal after each 类's rows", () => {
  /** After each 类's rows, a `label` row repeating the 类's figures; the table's 合计 `total`. */
  const perClass =
    (label: string, total: string) =>
    (rows: readonly (readonly string[])[]): string[][] => {
      const out: string[][] = [];
      let open: readonly string[] | undefined;
      const flush = () => {
        if (open !== undefined) out.push(["", "", "", label, ...open.slice(4)]);
        open = undefined;
      };
      for (const r of rows) {
        const classRow = /^[0-9]{3}$/u.test(r[0] ?? "") && r[1] === "";
        if (classRow || r[3] === "合计" || /^301[0-9]{3}$/u.test(r[0] ?? "")) flush();
        if (classRow) open = r;
        out.push(r[3] === "合计" ? ["", "", "", total, ...r.slice(4)] : [...r]);
      }
      flush();
      return out;
    };

  const CASES = (["none", "sections", "unitsFirst"] as const).flatMap((units) =>
    [true, false].flatMap((totalLast) =>
      [
        ["小计", "合计"],
        ["合计", "总计"],
      ].map(([label, total]) => [units, totalLast, label, total] as const),
    ),
  );

  it.each(CASES)(
    "units %s, total last %s, %s per 类 and %s: no finding (a 小计 without units is the 类's, else coverage)",
    (units, totalLast, label, total) => {
      const report = check(
        editExpenditure(
          units === "none"
            ? { units, totalLast }
            : { units, unitSubtotals: "headingsOnly", totalLast },
          perClass(label as string, total as string),
        ),
      );
      expect(serious(report.findings)).toEqual([]);
      const gaps = report.coverage.tables.flatMap((t) => t.gaps.map((g) => `${g.code} ${g.table}`));
      // Without units, a 小计 repeating the 类 row that opens its block is layout (class-subtotals.ts).
      if (units === "none" && label === "小计")
        expect(gaps).not.toContain("unplaced-row expenditure");
      else expect(gaps).toContain("unplaced-row expenditure");
    },
  );

  it("a wrong 总计 beside 合计 per 类 is still caught", () => {
    const wrong = (rows: readonly (readonly string[])[]) =>
      perClass(
        "合计",
        "总计",
      )(rows).map((r) => (r[3] === "总计" ? r.map((c) => (c === "1220.00" ? "1221.00" : c)) : r));
    expect(serious(check(editExpenditure({ units: "none" }, wrong)).findings)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^(rollup|same-fact) error expenditure total total/u),
      ]),
    );
  });
});

describe("each unit's rows closed by a 合计, the department's 总计 last", () => {
  /** The layout's labels: each unit's 小计 printed 合计, the department's 合计 printed 总计. */
  const relabelled = (layout: DepartmentLayout, edit = (r: string[]) => r): DisclosureFixture => {
    const base = departmentFixture(layout);
    const label = (c: string) => (c === "合计" ? "总计" : c === "小计" ? "合计" : c);
    const tables = base.tables.map((t) => ({
      ...t,
      rows: t.rows.map((r) => edit(r.map(label))),
    }));
    return { ...base, tables };
  };
  const LAYOUTS: readonly DepartmentLayout[] = [
    { units: "unitsFirst", unitSubtotals: "only", totalLast: true },
    { units: "sections", unitSubtotals: "only", unitRows: "name", totalLast: true },
    { units: "unitsFirst", unitSubtotals: "also", unitRows: "codeInName", totalLast: true },
  ];

  it.each(LAYOUTS)("%j: each 合计 is its unit's row, no finding", (layout) => {
    expect(serious(check(relabelled(layout)).findings)).toEqual([]);
  });

  it("a wrong unit 合计 is still caught", () => {
    let seen = 0;
    const fixture = relabelled(LAYOUTS[0] as DepartmentLayout, (r) =>
      r[3] === "合计" && ++seen === 2 ? r.map((c) => (c === "870.00" ? "871.00" : c)) : r,
    );
    expect(serious(check(fixture).findings)).toEqual(
      expect.arrayContaining(["rollup error expenditure org:301002 total"]),
    );
  });
});

describe("each unit's rows closed by a 合计 naming the unit (`某区第一中学合计`)", () => {
  /** Each unit's `<name>小计` printed `<name>合计` (or `<name>总计`), the department's 合计 as it is. */
  const named = (
    layout: DepartmentLayout,
    word: string,
    edit = (r: string[]) => r,
  ): DisclosureFixture => {
    const base = departmentFixture({ ...layout, subtotalNamed: true });
    const label = (c: string) => (c.endsWith("小计") ? `${c.slice(0, -2)}${word}` : c);
    const tables = base.tables.map((t) => ({ ...t, rows: t.rows.map((r) => edit(r.map(label))) }));
    return { ...base, tables };
  };
  const LAYOUTS: readonly DepartmentLayout[] = [
    { units: "unitsFirst", unitSubtotals: "only", totalLast: true },
    { units: "unitsFirst", unitSubtotals: "only" },
    { units: "sections", unitSubtotals: "only", unitRows: "name", totalLast: true },
    { units: "unitsFirst", unitSubtotals: "also", unitRows: "codeInName" },
  ];
  const CASES = LAYOUTS.flatMap((l) => ["合计", "总计"].map((w) => [l, w] as const));

  it.each(CASES)("%j, %s: each is its unit's row, read and checked clean", (layout, word) => {
    const report = check(named(layout, word));
    expect(serious(report.findings)).toEqual([]);
    expect(report.coverage.notUnderstood).toBe(0);
  });

  it("a wrong unit 合计 is still caught", () => {
    const fixture = named(LAYOUTS[0] as DepartmentLayout, "合计", (r) =>
      r[3] === "某区第一中学合计" ? r.map((c) => (c === "870.00" ? "871.00" : c)) : r,
    );
    expect(serious(check(fixture).findings)).toEqual(
      expect.arrayContaining(["rollup error expenditure org:301002 total"]),
    );
  });
});
