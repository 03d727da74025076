/**
 * One finding per cell and broken identity: a printed sum met by several derivations of the same
 * sum (a unit's 合计 by its 科目 rows' 合计 and by their 基本支出 + 项目支出 columns; a 类's 合计
 * by its 款 rows' 合计 and by their 人员经费 column) is reported once, and still reported.
 */
import { describe, expect, it } from "vitest";
import { type Table, tableBuilder } from "../../disclosure";
import { henan2024 } from "../../templates";
import { checkIdentities, findings } from "../test-support";

/** A 部门支出表 (`kind`) of unit 116001 over two 科目, its 合计 printed as `unitTotal`. */
const byUnit = (kind: string, unitTotal: string): Table =>
  tableBuilder(henan2024, kind)
    .total({ total: "100.00", basic: "80.00", project: "20.00" })
    .org("116001", "某部门机关", { total: unitTotal, basic: "80.00", project: "20.00" })
    .functional("2013101", "行政运行", { total: "80.00", basic: "80.00" })
    .functional("2013102", "一般行政管理事务", { total: "20.00", project: "20.00" })
    .build().value;

/** A 支出经济分类汇总表 of unit 116001 (100.00) over two 款. */
const economicByUnit = (): Table =>
  tableBuilder(henan2024, "economicSummary")
    .total({ total: "100.00", gpb: "100.00" })
    .org("116001", "某部门机关", { total: "100.00", gpb: "100.00" })
    .row("30101/50101", { total: "80.00", gpb: "80.00" }, "基本工资")
    .row("30201/50201", { total: "20.00", gpb: "20.00" }, "办公费")
    .build().value;

/** A 基本支出表 of one 类 (301) over two 款, the 类's 合计 and 人员经费 printed as `cls`. */
const byClass = (cls: string, govClass?: string): Table =>
  tableBuilder(henan2024, "gpbBasic")
    .total({ total: "10.00", personnel: "10.00" })
    .row(
      govClass === undefined ? "301" : `301/${govClass}`,
      { total: cls, personnel: cls },
      "工资福利支出",
    )
    .row("30101/50101", { total: "6.00", personnel: "6.00" }, "基本工资")
    .row("30107/50501", { total: "4.00", personnel: "4.00" }, "绩效工资")
    .build().value;

const perCell = (...t: Table[]) =>
  findings(checkIdentities(...t), "rollup")
    .filter((f) => f.severity === "error")
    .map((f) => `${f.path?.row} ${f.path?.column} ${f.expected} ${f.actual}`);

describe("rollup: one finding per cell and broken identity", () => {
  it.each([
    ["部门支出表", "expenditure"],
    ["一般公共预算支出表", "gpbExpenditure"],
  ])(
    "a unit's 合计 off its 科目 rows in a %s and its 款 rows in the 07: one finding",
    (_, kind) => {
      const fs = perCell(byUnit(kind, "100.10"), economicByUnit());
      expect(fs.filter((f) => f.startsWith("org:116001"))).toEqual([
        "org:116001 total 100.00 100.10",
      ]);
    },
  );

  it.each([
    ["类 code alone", undefined],
    ["both 类 codes", "501"],
  ])(
    "a 类's 合计 and 人员经费 off its 款 rows (%s): one finding on each cell at most",
    (_, gov) => {
      const fs = perCell(byClass("10.50", gov));
      expect(fs.length).toBeGreaterThan(0);
      expect(new Set(fs).size).toBe(fs.length);
      const row = gov === undefined ? "economic:301" : "economic:301/501";
      expect(fs).toContain(`${row} total 10.00 10.50`);
    },
  );

  it("a right table has none", () => {
    expect(perCell(byUnit("expenditure", "100.00"), economicByUnit())).toEqual([]);
    expect(perCell(byClass("10.00", "501"))).toEqual([]);
  });
});
