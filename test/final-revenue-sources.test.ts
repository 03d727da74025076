/**
 * 收入决算表: 本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 +
 * 其他收入 on every row (and in the 总表, 财政拨款 being its three funds), as 支出决算表's 本年支出合计
 * = 基本 + 项目 + … is. The 规划和自然资源局's 2101101 row prints 40.35 = 财政拨款收入 40.35; moved to
 * 40.30 in 财政拨款收入 (and 196.29 → 196.34 on 2101102), the rows no longer add up.
 */
import { describe, expect, it } from "vitest";
import { final2024 } from "../src/final";
import type { PrintedTable } from "../src/printed/types";
import { RULES, renderFinding } from "../src/rules";
import { CASES, checkFixture, mapTables, projection } from "./metamorphic/support";

const planning = CASES.find((c) => c.name.includes("规划和自然资源局"));
if (planning === undefined) throw new Error("no planning fixture");
const INCOME = "收入决算表";

const income = (f: (t: PrintedTable) => PrintedTable) =>
  mapTables(planning.fixture, (t) => (t.title === INCOME ? f(t) : t));

/** 财政拨款收入 (the fourth column) of a row set to `to`. */
const government = (code: string, to: string) =>
  income((t) => ({
    ...t,
    rows: t.rows.map((r) => (r[0] === code ? [...r.slice(0, 3), to, ...r.slice(4)] : r)),
  }));

const funds = (fixture: typeof planning.fixture) =>
  checkFixture(planning, fixture).findings.filter(
    (f) => f.ruleId === "funds" && f.severity !== "info",
  );

describe("本年收入合计 = Σ sources, per row of the 收入决算表", () => {
  it("the fixture's rows add up (the planning bureau's income is all 财政拨款)", () => {
    expect(funds(planning.fixture)).toEqual([]);
    const row = planning.fixture.tables
      .find((t) => t.title === INCOME)
      ?.rows.find((r) => r[0] === "2101101");
    expect(row?.slice(2, 4)).toEqual(["40.35", "40.35"]);
  });

  it("a row whose sources do not add up to its 本年收入合计 is an error", () => {
    const found = funds(government("2101101", "40.30"));
    expect(found.map((f) => [f.path?.table, f.path?.row, f.actual, f.expected])).toEqual([
      ["income", "functional:2101101", "40.35", "40.30"],
    ]);
    const [f] = found;
    if (f === undefined) throw new Error("no finding");
    expect(renderFinding(f, RULES, "en", final2024)).toContain(
      "this year's revenue = appropriations + superior grants + business + operating + affiliates + other gives 40.30",
    );
    expect(f.params.via).toBe("fund.total.final");
  });

  it("a source left out of the table (a column not printed) leaves the rows unchecked", () => {
    const without = income((t) => {
      const at = t.headers.indexOf("经营收入");
      return {
        ...t,
        headers: t.headers.filter((_, i) => i !== at),
        rows: t.rows.map((r) => r.filter((_, i) => i !== at)),
      };
    });
    const moved = mapTables(without, (t) =>
      t.title === INCOME
        ? {
            ...t,
            rows: t.rows.map((r) =>
              r[0] === "2101101" ? [...r.slice(0, 3), "40.30", ...r.slice(4)] : r,
            ),
          }
        : t,
    );
    expect(funds(moved)).toEqual([]);
    expect(projection(checkFixture(planning, without), { serious: true })).toEqual(
      projection(checkFixture(planning), { serious: true }),
    );
  });
});
