/**
 * A 部门决算's 科目 tables printed with a unit's name over their rows (`合计`, then `上海市某某局` or
 * `上海市某某局（本级）` restating the total, then the 科目): the heading is layout and the rows are
 * the table's, so the checks across tables stay on (they were switched off by the heading left
 * unplaced). Where the units' rows cannot be told apart (several headings, or one with figures of
 * its own), they stay unplaced: coverage, never a finding.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoPlanningFinal2024Fixture as PLAN } from "./fixtures/putuo-planning-final-2024";
import { added, varyTables } from "./support/final-variants";

const titled = (title: string) => (t: PrintedTable) => t.title === title;

/** The table with a row `name` and the total's figures inserted after (or, total last, before) the 科目. */
const headed =
  (name: string) =>
  (t: PrintedTable): PrintedTable => {
    const at = t.rows.findIndex((r) => r[1] === "合计");
    const total = t.rows[at] ?? [];
    const heading = ["", name, ...total.slice(2)];
    const rows =
      at === 0
        ? [total, heading, ...t.rows.slice(1)]
        : [heading, ...t.rows.slice(0, at), ...t.rows.slice(at)];
    return { ...t, rows };
  };

describe("a unit heading restating the total (规划和自然资源局)", () => {
  it.each([
    ["支出决算表", "上海市普陀区规划和自然资源局"],
    ["支出决算表", "上海市普陀区规划和自然资源局（本级）"],
    ["收入决算表", "上海市普陀区规划和自然资源局"],
    ["一般公共预算财政拨款支出决算表", "上海市普陀区规划和自然资源局"],
    // a unit the caller does not name
    ["支出决算表", "上海市普陀区某某事务中心"],
  ])("%s headed %s: nothing added, nothing lost", (title, name) => {
    const r = added(PLAN, varyTables(PLAN, titled(title), headed(name)));
    expect(r.added).toEqual([]);
    expect(r.lost).toEqual([]);
  });
});

describe("unit headings whose rows cannot be told apart: coverage, no finding", () => {
  it("a heading with figures of its own over the 支出决算表's rows", () => {
    const own = (t: PrintedTable): PrintedTable => {
      const total = t.rows[0] ?? [];
      const heading = ["", "上海市普陀区土地发展中心", "100.00", "100.00", "", ...total.slice(5)];
      return { ...t, rows: [total, heading, ...t.rows.slice(1)] };
    };
    const r = added(PLAN, varyTables(PLAN, titled("支出决算表"), own));
    expect(r.added.filter((x) => !x.endsWith("unplaced-row"))).toEqual([]);
  });
});
