/**
 * A 部门支出总表 printed in blocks by fund (`一般公共预算小计`, then its 科目 rows; `政府性基金小计`,
 * then its own, codes printed again): the blocks are no units' (never `org:一般公共预算`), and read
 * as the table's they would state each code twice (false `same-fact` / `rows.duplicate` errors).
 * Their rows are kept aside as coverage. Blocks headed `其中：<a unit's name>` are units' blocks.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import { nationalMinimum } from "../templates";
import { readPrintedTable } from "./read";

const spending = (heads: readonly [string, string]) => ({
  title: "2025年部门支出总表",
  unit: "单位：万元",
  headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
  rows: [
    ["", "合计", "570.00", "400.00", "170.00"],
    ["", heads[0], "520.00", "400.00", "120.00"],
    ["212", "城乡社区支出", "520.00", "400.00", "120.00"],
    ["21201", "城乡社区管理事务", "520.00", "400.00", "120.00"],
    ["2120101", "行政运行", "400.00", "400.00", ""],
    ["2120104", "城管执法", "120.00", "", "120.00"],
    ["", heads[1], "50.00", "", "50.00"],
    ["212", "城乡社区支出", "50.00", "", "50.00"],
    ["21208", "国有土地使用权出让收入安排的支出", "50.00", "", "50.00"],
    ["2120899", "其他国有土地使用权出让收入安排的支出", "50.00", "", "50.00"],
  ],
});
const keys = (heads: readonly [string, string]) =>
  readPrintedTable(spending(heads), {
    template: nationalMinimum,
    catalog: catalog2024.functional,
    year: 2025,
  }).table?.rows.map((r) => `${r.key.kind}:${"code" in r.key ? r.key.code : ""}`) ?? [];

describe("a 科目 table in blocks by fund or by unit", () => {
  it.each([
    ["一般公共预算小计", "政府性基金小计"],
    ["财政拨款（一般公共预算）合计", "政府性基金合计"],
    ["一般公共预算拨款合计", "政府性基金预算拨款合计"],
  ] as const)("%s / %s: no unit's, no 科目 read twice", (a, b) => {
    const read = keys([a, b]);
    expect(read.filter((k) => k.startsWith("org:"))).toEqual([]);
    expect(read.filter((k) => k === "functional:212")).toHaveLength(0);
  });
  it("其中：a unit's name heads that unit's block", () => {
    const read = keys(["其中：某区城市管理局机关", "某区环境卫生管理所"]);
    expect(read.filter((k) => k.startsWith("org:"))).toHaveLength(2);
    expect(read.filter((k) => k === "functional:212")).toHaveLength(2);
  });
});
