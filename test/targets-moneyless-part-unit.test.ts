/**
 * A part of the targets that prints no money (a 申报表's indicator grid on its own page, the
 * indicator half of a 整体绩效目标表) states no unit of the targets' money: the kind's default
 * unit it was read in (nothing printed one) never disagrees with the unit the money is printed
 * in (was: `unit-differs`, 万元 against 元, on a correct form). A part printing money in another
 * unit is still `unit-differs`, its money converted exactly.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../src/disclosure";
import { readTargets } from "../src/performance";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { henan2024, shanghai, type Template } from "../src/templates";

function read(printed: readonly PrintedTable[], template: Template) {
  const tables: Table[] = [];
  for (const p of printed) {
    const r = readPrintedTable(p, { template });
    if (r.table === undefined) throw new Error(`not read: ${p.title}`);
    tables.push(r.table);
  }
  const reading = readTargets(tables, template);
  return { tables, reading };
}

const FORM = "2024年项目支出绩效目标申报表";
const GRID: PrintedTable = {
  title: FORM,
  headers: ["一级指标", "二级指标", "三级指标", "指标值"],
  rows: [
    ["产出指标", "数量指标", "补贴人数", "≥3000人"],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
  ],
};
const head = (unit: string, total: string, title = FORM): PrintedTable => ({
  title,
  unit,
  headers: ["项目", "内容"],
  rows: [
    ["项目名称", "社区养老服务补贴"],
    ["年度资金总额", total],
    ["其中：财政拨款", total],
    ["年度目标", "按时足额发放补贴"],
  ],
});

describe("a part of the targets printing no money", () => {
  it.each([
    ["单位：元", "500000.00", "元"],
    ["金额单位：元", "500,000.00", "元"],
    ["单位：亿元", "0.50", "亿元"],
  ])("a form's header in %s, its grid read in 万元: no unit-differs", (unit, total, read_) => {
    const { tables, reading } = read([head(unit, total), GRID], shanghai);
    expect(tables.map((t) => t.unit)).toEqual([read_, "万元"]);
    expect(reading.problems).toEqual([]);
    expect(reading.targets?.unit).toBe(read_);
    expect(reading.targets?.projects[0]?.money.total).toBe(total);
  });

  it("a 整体绩效目标表's 预算情况 in 元, its indicators in a part of their own: no unit-differs", () => {
    const title = "部门（单位）整体绩效目标表";
    const { reading } = read(
      [
        {
          title,
          unit: "单位：元",
          headers: ["项目", "金额"],
          rows: [
            ["资金总额", "9690600.00"],
            ["其中：财政拨款", "9690600.00"],
          ],
        },
        {
          title,
          headers: ["一级指标", "二级指标", "三级指标", "指标值"],
          rows: [["产出指标", "数量指标", "服务人次", "≥1200人次"]],
        },
      ],
      henan2024,
    );
    expect(reading.problems).toEqual([]);
    expect(reading.targets?.unit).toBe("元");
    expect(reading.targets?.department?.budget.total).toBe("9690600.00");
  });

  it("still reports a part printing money in another unit, its money converted", () => {
    const other = "2024年项目支出绩效目标申报表（二）";
    const { reading } = read(
      [head("单位：元", "500000.00"), GRID, head("单位：万元", "30.00", other), GRID],
      shanghai,
    );
    expect(reading.problems).toEqual([
      { code: "unit-differs", table: "projectForm", unit: "万元", used: "元" },
    ]);
    expect(reading.targets?.projects.map((p) => p.money.total)).toEqual(["500000.00", "300000"]);
  });

  it("reads a cell under a key no field names (`constructor`) as no money", () => {
    const grid: Table = {
      kind: "projectForm",
      unit: "元",
      rows: [
        { key: { kind: "indicator", index: 0 }, cells: { constructor: "5.00", value: "≥1个" } },
      ],
    };
    const { tables } = read([head("单位：万元", "30.00")], shanghai);
    expect(readTargets([...tables, grid], shanghai).targets?.unit).toBe("万元");
  });
});
