/**
 * A row printing figures under a 科目 row printing none, read and checked: the rest of the 科目's
 * name printed level with its figures (a tall cell) is joined and its sums hold; a row of its own
 * (a footer `基本支出`, `日常公用经费`) under a whole name is kept apart, so the 科目 keeps its
 * blank and no sum fails. A figure truly wrong is still an error.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../../src/disclosure";
import type { PrintedTable } from "../../src/printed";
import { checkHenanTables, readHenan } from "./check";

const read = readHenan;

const serious = (...tables: Table[]) => {
  return checkHenanTables(...tables)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => [f.ruleId, f.severity, f.path?.row, f.expected, f.actual]);
};

/** A 一般公共预算基本支出表 by economic 科目, a footer labelled `footer` below its last 科目. */
const basic = (office: string, footer: string): PrintedTable => ({
  title: "2024年一般公共预算基本支出预算表",
  unit: "万元",
  headers: ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
  rows: [
    ["", "合计", "12.00", "", "12.00"],
    ["302", "商品和服务支出", "12.00", "", "12.00"],
    ["30201", "办公费", "12.00", "", office],
    ["30299", "其他商品和服务支出", "", "", ""],
    ["", footer, "12.00", "", "12.00"],
  ],
});

/** A 部门支出预算表 whose last 项's name is printed on two lines, its figure on the second. */
const expenditure = (last: string): PrintedTable => ({
  title: "2024年部门支出预算表",
  unit: "万元",
  headers: ["科目编码/类", "科目编码/款", "科目编码/项", "科目名称", "合计"],
  rows: [
    ["", "", "", "合计", "100.00"],
    ["201", "", "", "一般公共服务支出", "100.00"],
    ["201", "31", "", "党委办公厅（室）及相关机构事务", "100.00"],
    ["201", "31", "01", "行政运行", "60.00"],
    ["201", "31", "02", "一般行政管理", ""],
    ["", "", "", "事务", last],
  ],
});

describe("a row printing figures under a 科目 printing none, checked", () => {
  it("keeps a footer of its own under a whole name: no sum fails", () => {
    for (const footer of ["基本支出", "日常公用经费", "公用支出"])
      expect(serious(read(basic("12.00", footer))), footer).toEqual([]);
  });

  it("still finds a wrong figure in that table (a row's 公用经费 short of its 合计)", () => {
    const found = serious(read(basic("10.00", "基本支出")));
    expect(found.length).toBeGreaterThan(0);
    expect(
      found.every(([, severity, row]) => severity === "error" && row === "economic:30201"),
    ).toBe(true);
  });

  it("joins a name's rest printed level with its figure: the sums hold", () => {
    expect(serious(read(expenditure("40.00")))).toEqual([]);
  });

  it("still finds a wrong figure printed on the name's second line", () => {
    expect(serious(read(expenditure("30.00")))).toEqual([
      ["rollup", "error", "functional:20131", "90.00", "100.00"],
    ]);
  });
});
