/**
 * A two-unit 部门 (./department.ts) whose department tables print no unit rows, bound beside its
 * units' own tables that carry the department's title and no unit row either: nothing printed
 * tells them apart but the figures, the department's total row being the sum of its units'. That
 * one is read, before or after them; a wrong figure in it leaves the choice to the order bound.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../../src/printed/types";
import { checkNational, serious } from "./check";
import { departmentFixture } from "./department";

const check = checkNational;

/** One unit's own table, cut from the sectioned one: its 合计 and its rows, the title unchanged. */
function unitsOwn(t: PrintedTable, code: string): PrintedTable {
  const start = t.rows.findIndex((r) => r[0] === code);
  const next = t.rows.findIndex((r, i) => i > start && /^301[0-9]{3}$/u.test(r[0] ?? ""));
  const unitRow = t.rows[start] ?? [];
  const rows = t.rows.slice(start + 1, next < 0 ? t.rows.length : next);
  return { ...t, rows: [["", "", "", "合计", ...unitRow.slice(4)], ...rows] };
}

/** The department's tables by code with its units' own bound before (or after) each. */
function bound(after: boolean, edit: (t: PrintedTable) => PrintedTable = (t) => t) {
  const sectioned = departmentFixture({ units: "sections" });
  const base = departmentFixture({ units: "none" });
  const tables = base.tables.flatMap((t, i) => {
    if (!/部门支出总表|一般公共预算支出表/u.test(t.title)) return [t];
    const whole = sectioned.tables[i] as PrintedTable;
    const own = base.meta.units.map((u) => unitsOwn(whole, u.code ?? ""));
    return after ? [...own, edit(t)] : [edit(t), ...own];
  });
  return { ...base, tables };
}

describe("units' own tables, untitled and without unit rows, bound beside the department's", () => {
  it.each([true, false])(
    "the department's after them %s: its tables are read (their totals the units' sum)",
    (after) => {
      const fixture = bound(after);
      const report = check(fixture);
      expect(serious(report.findings)).toEqual([]);
      const at = (title: string) => fixture.tables.findIndex((t) => t.title === title) + 1;
      const read = (kind: string) => (after ? at(`2024年${kind}`) + 2 : at(`2024年${kind}`));
      const repeated = report.findings.filter((f) => f.ruleId === "tables.repeated");
      expect(repeated.map((f) => [f.path?.table, f.params.first])).toEqual([
        ["expenditure", read("部门支出总表")],
        ["expenditure", read("部门支出总表")],
        ["gpbExpenditure", read("一般公共预算支出表")],
        ["gpbExpenditure", read("一般公共预算支出表")],
      ]);
    },
  );

  it("a wrong figure in the department's 合计 is still caught (the first bound is read)", () => {
    const wrong = (t: PrintedTable): PrintedTable =>
      t.title.includes("部门支出总表")
        ? { ...t, rows: t.rows.map((r) => r.map((c) => (c === "1220.00" ? "1221.00" : c))) }
        : t;
    expect(serious(check(bound(true, wrong)).findings)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^same-fact error expenditure total total/u)]),
    );
  });
});
