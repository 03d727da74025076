/**
 * A 科目 code misprinted with a length no code has (`212010`, `21201011`, `2120`) in a 决算 科目
 * table, whose kinds accept unit rows (a review's reproduction, 2026-12-06): read as a unit's row
 * it headed every row below as that unit's, fourteen `rollup` errors naming no misprint. It is
 * the 科目's misprint (`malformed-code`, naming the print) where it stands beside a 科目's name or
 * in the 类 of the 科目 row above, its row unplaced (coverage); a unit printed by its code still
 * reads as a unit.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { rowKeyId } from "../src/disclosure";
import { type PrintedTable, readPrintedTable } from "../src/printed";
import { henan2024 } from "../src/templates";
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

describe("a unit's code under a 科目 row of the 类 it begins with (a 人社局 coded 208)", () => {
  const table = {
    title: "2024年部门支出预算表",
    unit: "万元",
    headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    rows: [
      ["", "合计", "30.00", "30.00", ""],
      ["208001", "某县人力资源和社会保障局机关", "10.00", "10.00", ""],
      ["2080101", "行政运行", "10.00", "10.00", ""],
      ["208002", "某县就业服务中心", "20.00", "20.00", ""],
      ["2080101", "行政运行", "20.00", "20.00", ""],
    ],
  };
  it("is the unit's row, with or without the caller's units (no misprint)", () => {
    const units = [
      { code: "208001", name: "某县人力资源和社会保障局机关" },
      { code: "208002", name: "某县就业服务中心" },
    ];
    for (const options of [{}, { units }]) {
      const r = readPrintedTable(table, {
        template: henan2024,
        catalog: catalog2024.functional,
        ...options,
      });
      expect(r.table?.rows.map((x) => rowKeyId(x.key))).toEqual([
        "total",
        "org:208001",
        "functional:2080101",
        "org:208002",
        "functional:2080101",
      ]);
      expect(r.problems.filter((p) => p.severity !== "info").map((p) => p.code)).toEqual([]);
    }
  });
});
