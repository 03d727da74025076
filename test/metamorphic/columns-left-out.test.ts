/**
 * Metamorphic: a printer that prints fewer columns. Other districts print the same tables with
 * fewer amount columns (a 支出表 without its 资本性支出 or 商品和服务支出 column, a 收支总表 without
 * 其中 columns, a 三公 table without 公务用车购置): what the columns left say is unchanged, and a
 * column not printed is no statement of zero. Each fixture table loses one amount column (a
 * seeded choice per table, each run another) and the report must state no discrepancy the whole
 * document's does not (a finding found again elsewhere states the same pair of figures).
 */
import { describe, expect, it } from "vitest";
import type { CheckReport, Finding } from "../../src/rules";
import type { DisclosureFixture } from "../fixtures/types";
import { CASES, checkFixture, columnRoles, FC_OPTIONS, mapTables, pick } from "./support";

const statement = (f: Finding): string =>
  f.expected !== undefined || f.actual !== undefined
    ? [f.expected ?? "", f.actual ?? ""].sort().join(" ~ ")
    : `${f.ruleId} ${String(f.params.code ?? "")}`;

const serious = (r: CheckReport) => r.findings.filter((f) => f.severity !== "info");

/** The fixture with column `column` of table `table` not printed. */
const without = (fixture: DisclosureFixture, table: number, column: number): DisclosureFixture =>
  mapTables(fixture, (t, i) =>
    i !== table
      ? t
      : {
          ...t,
          headers: t.headers.filter((_, k) => k !== column),
          rows: t.rows.map((r) => r.filter((_, k) => k !== column)),
        },
  );

const RUNS = 2;

describe.each(CASES.map((c) => [c.name, c] as const))(
  "%s: an amount column not printed",
  (_, c) => {
    const whole = checkFixture(c);
    const stated = new Set(serious(whole).map(statement));
    const roles = columnRoles(c);

    it("states no new discrepancy", () => {
      const found: string[] = [];
      let dropped = 0;
      for (let run = 0; run < RUNS; run++)
        roles.forEach((tableRoles, t) => {
          const amounts = tableRoles.flatMap((r, k) => (r === "amount" ? [k] : []));
          if (amounts.length < 2) return;
          const column = amounts[pick(FC_OPTIONS.seed + run, amounts.length, t)] as number;
          dropped++;
          const title = c.fixture.tables[t]?.title;
          const header = c.fixture.tables[t]?.headers[column];
          for (const f of serious(checkFixture(c, without(c.fixture, t, column))))
            if (!stated.has(statement(f)))
              found.push(`${title} without ${header}: ${f.ruleId} ${f.path?.table}/${f.path?.row}`);
        });
      expect(dropped).toBeGreaterThan(0);
      expect(found).toEqual([]);
    });
  },
);

describe("a column not printed is no zero", () => {
  it("Henan's 部门支出预算表 without 商品和服务支出: the 机构运转经费 is not compared with 0.00", () => {
    const c = CASES.find((x) => x.name === "Henan 2024");
    if (c === undefined) throw new Error("no Henan case");
    const t = c.fixture.tables.findIndex((x) => x.title === "2024年部门支出预算表");
    const column = c.fixture.tables[t]?.headers.indexOf("基本支出/公用经费/商品和服务支出") ?? -1;
    expect([t >= 0, column >= 0]).toEqual([true, true]);
    const report = checkFixture(c, without(c.fixture, t, column));
    const own = report.findings.filter((f) => f.ruleId === "operatingCost.definition");
    // the other tables bound it from below (the 基本支出表's 302 of 一般公共预算): coverage
    expect(own.map((f) => [f.severity, f.outcome])).toEqual([["info", "insufficient-data"]]);
  });
});
