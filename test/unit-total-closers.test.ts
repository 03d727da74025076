/**
 * `本单位合计` closing each unit's section of a department's table is that unit's total, never the
 * table's, even where no grand total is printed (it had been read as the table's total at the
 * end: false roll-up errors on a correct table).
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { checkUnderTwoUnits } from "../src/printed/test-support";

const table = (closer: string, second: string, total?: string): PrintedTable => ({
  title: "2024年支出预算表",
  unit: "单位：万元",
  headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
  rows: [
    ...(total === undefined ? [] : [["", "合计", total, "10.00", "5.00"]]),
    ["", "某局机关", "", "", ""],
    ["2013101", "行政运行", "7.00", "7.00", ""],
    ["", closer, "7.00", "7.00", ""],
    ["", "某局信息中心", "", "", ""],
    ["2013102", "一般行政管理事务", "8.00", "3.00", "5.00"],
    ["", closer, second, "3.00", "5.00"],
  ],
});

const serious = (p: PrintedTable) =>
  checkUnderTwoUnits(p).map(({ report }) =>
    report.findings
      .filter((f) => f.severity !== "info")
      .map((f) => `${f.ruleId} @ ${f.path?.row}/${f.path?.column}`),
  );

describe("本单位合计 closing each unit's section", () => {
  it.each(["本单位合计", "单位合计"])("%s, no grand total printed: no finding", (closer) => {
    for (const found of serious(table(closer, "8.00"))) expect(found).toEqual([]);
  });

  it.each(["本单位合计", "单位合计"])("%s under a grand total: no finding", (closer) => {
    for (const found of serious(table(closer, "8.00", "15.00"))) expect(found).toEqual([]);
  });

  it("a unit's closer that differs from its rows is still found", () => {
    for (const found of serious(table("本单位合计", "9.00", "15.00")))
      expect(found.join()).toMatch(/rollup|same-fact|rows\./u);
  });
});
