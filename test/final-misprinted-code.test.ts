/**
 * A 科目 code misprinted with a length no code has (`212010`, `21201011`, `2120`) in a 决算 科目
 * table, whose kinds accept unit rows (a review's reproduction, 2026-12-06): read as a unit's row
 * it headed every row below as that unit's, fourteen `rollup` errors naming no misprint. It is
 * the 科目's misprint (`malformed-code`, naming the print) where it stands beside a 科目's name or
 * in the 类 of the 科目 row above, its row unplaced (coverage); a unit printed by its code still
 * reads as a unit.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { putuoPlanningFinal2024Fixture as PLAN } from "./fixtures/putuo-planning-final-2024";
import { added, varyTables } from "./support/final-variants";

const titled = (title: string) => (t: PrintedTable) => t.title === title;
const recode =
  (from: string, to: string) =>
  (t: PrintedTable): PrintedTable => ({
    ...t,
    rows: t.rows.map((r) => (r[0] === from ? [to, ...r.slice(1)] : r)),
  });

describe("a misprinted 科目 code of a bad length (规划和自然资源局)", () => {
  it.each([
    ["支出决算表", "2120101", "212010"],
    ["支出决算表", "2120101", "21201011"],
    ["支出决算表", "21201", "2120"],
    ["收入决算表", "2120101", "212010"],
    ["一般公共预算财政拨款支出决算表", "2080501", "20805010"],
  ])("%s %s printed %s: the misprint named, no rollup error", (title, from, to) => {
    const r = added(PLAN, varyTables(PLAN, titled(title), recode(from, to)));
    expect(r.added).toEqual([`${title}: malformed-code`]);
    expect(r.added.some((x) => x.includes("rollup"))).toBe(false);
  });
});
