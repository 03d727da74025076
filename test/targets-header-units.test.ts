/**
 * A 绩效 table whose money columns name their unit in the header (`预算数（元）`, `预算金额（元）`)
 * and print no unit line: the table is in that unit, whatever words the header uses, so its
 * figures are compared with the budget tables at their size (read as 万元, 9,690,600.00 元 was a
 * `targets.budget` error against 969.06 万元). A text column's unit (`指标值（%）`) is no money unit.
 */
import { describe, expect, it } from "vitest";
import { readTargets } from "../src/performance";
import { readPrintedTable } from "../src/printed";
import { henan2024 } from "../src/templates";

const TITLE = "2024年部门整体支出绩效目标表";
const budget = (header: string, figures: readonly string[]) =>
  readPrintedTable(
    {
      title: TITLE,
      headers: ["项目", header],
      rows: [
        ["部门预算总额", figures[0] as string],
        ["其中：财政拨款", figures[0] as string],
        ["基本支出", figures[1] as string],
        ["项目支出", figures[2] as string],
      ],
    },
    { template: henan2024 },
  );
const YUAN = ["9690600.00", "6820600.00", "2870000.00"];

describe("a 绩效 table's money unit named in its headers", () => {
  it.each(["预算数（元）", "预算数(元)", "金额（元）", "预算金额（元）", "预算资金(元)"])(
    "%s: the table is in 元",
    (header) => {
      const read = budget(header, YUAN);
      expect(read.table?.unit).toBe("元");
      const targets = readTargets(read.table === undefined ? [] : [read.table], henan2024).targets;
      expect(targets?.department?.budget).toMatchObject({ total: "9690600.00" });
    },
  );
  it("a task's money columns name it too (年度主要任务 / 预算金额（元）)", () => {
    const read = readPrintedTable(
      {
        title: TITLE,
        headers: ["任务名称", "主要内容", "预算金额（元）/总额", "预算金额（元）/财政拨款"],
        rows: [["文稿起草", "起草文稿", "2870000.00", "2870000.00"]],
      },
      { template: henan2024 },
    );
    expect(read.table?.unit).toBe("元");
  });
  it("in 万元, or named by no header, the default stays; a text column's unit is no money unit", () => {
    expect(budget("预算数（万元）", ["969.06", "682.06", "287.00"]).table?.unit).toBe("万元");
    expect(budget("预算数", ["969.06", "682.06", "287.00"]).table?.unit).toBe("万元");
    const grid = readPrintedTable(
      {
        title: TITLE,
        headers: ["一级指标", "二级指标", "三级指标", "指标值（%）"],
        rows: [["满意度指标", "服务对象满意度指标", "服务对象满意度", "95"]],
      },
      { template: henan2024 },
    );
    expect(grid.table?.unit).toBe("万元");
  });
  it("two money headers naming two units leave the unit unknown, never of one of them", () => {
    const read = readPrintedTable(
      {
        title: TITLE,
        headers: ["任务名称", "主要内容", "预算金额（元）/总额", "预算金额（万元）/财政拨款"],
        rows: [["文稿起草", "起草文稿", "2870000.00", "287.00"]],
      },
      { template: henan2024 },
    );
    expect(read.problems.map((p) => p.code)).toContain("unknown-unit");
  });
});
