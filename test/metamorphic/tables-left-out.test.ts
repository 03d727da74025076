/**
 * Metamorphic: an extract of a document. Users check the tables they have: a newsroom tool the
 * two tables it extracted, a bureau's tool the table it is editing, a crawler the pages a PDF
 * reader could read. Every fixture with each table left out, and each table on its own, must bring
 * no new discrepancy: a finding above info is either one the whole document's report states too
 * (the same pair of figures, found again where the tables left make it show: a 0.01 between a
 * 科目's two tables is cited at another table when the first is left out) or none. What the tables
 * left cannot tell (a count of projects with targets without the table of project targets; a
 * 科目 the narrative explains when no table given prints 科目 that deep) is coverage.
 */
import { describe, expect, it } from "vitest";
import type { CheckReport, Finding } from "../../src/rules";
import type { DisclosureFixture } from "../fixtures/types";
import { CASES, checkFixture } from "./support";

/**
 * What a finding states, wherever it is cited: its pair of figures (either order: a relocated
 * finding may compare them the other way), or, for a finding of no figures, its rule and code.
 */
const statement = (f: Finding): string =>
  f.expected !== undefined || f.actual !== undefined
    ? [f.expected ?? "", f.actual ?? ""].sort().join(" ~ ")
    : `${f.ruleId} ${String(f.params.code ?? "")}`;

const serious = (r: CheckReport) => r.findings.filter((f) => f.severity !== "info");

/** The findings above info of `extract` stating what the whole document's report does not. */
function newDiscrepancies(whole: CheckReport, extract: CheckReport): string[] {
  const stated = new Set(serious(whole).map(statement));
  return serious(extract)
    .filter((f) => !stated.has(statement(f)))
    .map((f) => `${f.ruleId} ${f.severity} ${f.path?.table}/${f.path?.row}/${f.path?.column}`);
}

const withTables = (fixture: DisclosureFixture, keep: (i: number) => boolean) => ({
  ...fixture,
  tables: fixture.tables.filter((_, i) => keep(i)),
});

describe.each(CASES.map((c) => [c.name, c] as const))("%s: an extract of its tables", (_, c) => {
  const whole = checkFixture(c);

  it("each table left out brings no new discrepancy", () => {
    const found = c.fixture.tables.flatMap((t, i) =>
      newDiscrepancies(
        whole,
        checkFixture(
          c,
          withTables(c.fixture, (j) => j !== i),
        ),
      ).map((line) => `without ${t.title}: ${line}`),
    );
    expect(found).toEqual([]);
  });

  it("the narrative alone (no table) brings no new discrepancy", () => {
    const found = newDiscrepancies(
      whole,
      checkFixture(
        c,
        withTables(c.fixture, () => false),
      ),
    );
    expect(found).toEqual([]);
  });

  it("each table on its own brings no new discrepancy", () => {
    const found = c.fixture.tables.flatMap((t, i) =>
      newDiscrepancies(
        whole,
        checkFixture(
          c,
          withTables(c.fixture, (j) => j === i),
        ),
      ).map((line) => `only ${t.title}: ${line}`),
    );
    expect(found).toEqual([]);
  });
});

describe("an extract still catches a wrong figure", () => {
  it("Henan's 部门支出预算表 alone, one 项's 合计 changed: an error", () => {
    const c = CASES.find((x) => x.name === "Henan 2024");
    const table = c?.fixture.tables.find((t) => t.title === "2024年部门支出预算表");
    if (c === undefined || table === undefined) throw new Error("no Henan 部门支出预算表");
    // row 2 is 2013101 行政运行, its 合计 (column 5) 558.07
    expect([table.rows[2]?.[4], table.rows[2]?.[5]]).toEqual(["行政运行", "558.07"]);
    const rows = table.rows.map((r, i) =>
      i === 2 ? r.map((x, j) => (j === 5 ? "559.07" : x)) : r,
    );
    expect(serious(checkFixture(c, { ...c.fixture, tables: [table] }))).toEqual([]);
    const report = checkFixture(c, { ...c.fixture, tables: [{ ...table, rows }] });
    expect(
      serious(report).some((f) => f.severity === "error" && f.path?.row === "functional:2013101"),
    ).toBe(true);
  });
});
