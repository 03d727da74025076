/**
 * The unit of a table that prints no unit line: its title's (`部门支出总表（单位：元）`), else the
 * one its amount headers name (`合计（元）`, a level `单位：元` over them); two different ones, or a
 * money unit the reader does not take, leave it unknown. Where a unit line (or the title) states
 * one, the headers must name the same: else the unit is unknown, both texts kept.
 */
import { describe, expect, it } from "vitest";
import { nationalMinimum } from "../templates";
import { readPrintedTable } from "./read";
import { moneyUnitNote, titleUnit } from "./table-unit";
import type { PrintedTable } from "./types";

const PLAIN = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"];
const ROWS = [
  ["", "合计", "100.00", "80.00", "20.00"],
  ["2010101", "行政运行", "100.00", "80.00", "20.00"],
];
const table = (headers: readonly string[], more: Partial<PrintedTable> = {}): PrintedTable => ({
  title: "部门支出总表",
  headers,
  rows: ROWS,
  ...more,
});
const read = (t: PrintedTable) => {
  const r = readPrintedTable(t, { template: nationalMinimum });
  const units = r.problems.filter((p) => p.code === "unknown-unit");
  const unknown = r.problems.filter((p) => p.code === "unknown-header").map((p) => p.path);
  return { unit: r.table?.unit, unknownUnit: r.table?.unknownUnit, units, unknown };
};

describe("the unit its amount headers name", () => {
  it("reads 元 from the headers of a table that prints no unit line (was 万元, off by 10⁴)", () => {
    for (const headers of [
      ["科目编码", "科目名称", "合计（元）", "基本支出（元）", "项目支出（元）"],
      ["科目编码", "科目名称", "合计(元)", "基本支出(元)", "项目支出(元)"],
      ["科目编码", "科目名称", "合计（单位：元）", "基本支出", "项目支出"],
      ["科目编码", "科目名称", "合计（人民币元）", "基本支出（元）", "项目支出"],
      ["科目编码", "科目名称（元）", "合计（元）", "基本支出", "项目支出"],
      ["科目编码", "科目名称", "单位：元/合计", "单位：元/基本支出", "单位：元/项目支出"],
      [
        "科目编码",
        "科目名称",
        "金额单位：元/合计",
        "金额单位：元/基本支出",
        "金额单位：元/项目支出",
      ],
      ["科目编码", "科目名称", "金额（元）/合计", "金额（元）/基本支出", "金额（元）/项目支出"],
    ]) {
      const r = read(table(headers));
      expect([headers, r.unit, r.unknownUnit, r.units, r.unknown]).toEqual([
        headers,
        "元",
        undefined,
        [],
        [],
      ]);
    }
    const yi = read(table(["科目编码", "科目名称", "合计（亿元）", "基本支出", "项目支出"]));
    expect(yi.unit).toBe("亿元");
  });

  it("keeps the unit line, the title's, or the caller's where the headers name the same", () => {
    const headers = ["科目编码", "科目名称", "合计（元）", "基本支出（元）", "项目支出（元）"];
    for (const unit of ["元", "单位：元", "单位:元"]) {
      const r = read(table(headers, { unit }));
      expect([unit, r.unit, r.unknownUnit, r.units]).toEqual([unit, "元", undefined, []]);
    }
    const titled = read(table(headers, { title: "部门支出总表（单位：元）" }));
    expect([titled.unit, titled.units]).toEqual(["元", []]);
  });

  it("leaves the unit unknown where the headers name another than the unit line or the title (was the line's, silently)", () => {
    const headers = ["科目编码", "科目名称", "合计（元）", "基本支出（元）", "项目支出（元）"];
    for (const [more, printed] of [
      [{ unit: "万元" }, "万元；合计（元）；基本支出（元）；项目支出（元）"],
      [{ unit: "单位：万元" }, "单位：万元；合计（元）；基本支出（元）；项目支出（元）"],
      [
        { title: "部门支出总表（单位：万元）" },
        "单位:万元；合计（元）；基本支出（元）；项目支出（元）",
      ],
    ] as const) {
      const r = read(table(headers, more));
      expect([printed, r.unit, r.unknownUnit, r.units.map((p) => p.severity)]).toEqual([
        printed,
        "万元",
        printed,
        ["error"],
      ]);
    }
    // a unit line printed among the rows (a layout row) likewise
    const laid = read(table(headers, { rows: [["单位：万元", "", "", "", ""], ...ROWS] }));
    expect([laid.unit, laid.unknownUnit]).toEqual([
      "万元",
      "万元；合计（元）；基本支出（元）；项目支出（元）",
    ]);
  });

  it("reads no unit from a header of another measure, nor from a code's or a name's", () => {
    for (const headers of [
      ["科目编码", "科目名称", "合计", "基本支出", "人均（元/人）"],
      ["科目编码（元）", "科目名称", "合计", "基本支出", "项目支出"],
      ["科目编码", "科目名称", "合计（个）", "基本支出", "项目支出"],
      ["科目编码", "科目名称", "合计", "基本支出", "项目支出", "单价（元）"],
      PLAIN,
    ]) {
      const r = read(table(headers));
      expect([headers, r.unit, r.units]).toEqual([headers, "万元", []]);
    }
  });

  it("leaves the unit unknown where the headers name two, or one the reader does not take", () => {
    for (const [headers, printed] of [
      [
        ["科目编码", "科目名称", "合计（元）", "基本支出（万元）", "项目支出"],
        "合计（元）；基本支出（万元）",
      ],
      [["科目编码", "科目名称", "合计（千元）", "基本支出", "项目支出"], "合计（千元）"],
      [["科目编码", "科目名称", "合计（美元）", "基本支出", "项目支出"], "合计（美元）"],
      [
        ["科目编码", "科目名称", "单位：元/合计", "基本支出（万元）", "项目支出"],
        "单位：元；基本支出（万元）",
      ],
    ] as const) {
      const r = read(table(headers));
      expect([printed, r.unknownUnit, r.units.map((p) => p.severity)]).toEqual([
        printed,
        printed,
        ["error"],
      ]);
    }
  });
});

describe("the unit its title prints", () => {
  it("reads the unit in a title's closing bracket or after its 单位 label", () => {
    for (const [title, unit] of [
      ["部门支出总表（单位：元）", "元"],
      ["2024年部门支出总表(单位:元)", "元"],
      ["部门支出总表（元）", "元"],
      ["部门支出总表（金额单位：万元）", "万元"],
      ["部门支出总表 单位：元", "元"],
      ["部门支出总表（单位：人民币元）", "元"],
    ] as const) {
      const r = read(table(PLAIN, { title }));
      expect([title, r.unit, r.units]).toEqual([title, unit, []]);
    }
  });

  it("reads no unit from a bracket that names none", () => {
    for (const title of [
      "一般公共预算支出表（按功能分类科目）",
      "部门支出总表（含单位资金）",
      "部门支出总表（2024年）",
    ])
      expect([title, titleUnit(title).line.kind]).toEqual([title, "none"]);
    expect(titleUnit("部门支出总表（单位：千元）").line.kind).toBe("unknown");
  });

  it("tells a money unit from a note of another kind", () => {
    expect(moneyUnitNote("元")).toEqual({ kind: "unit", unit: "元" });
    expect(moneyUnitNote("单位:万元")).toEqual({ kind: "unit", unit: "万元" });
    expect(moneyUnitNote("人民币万元")).toEqual({ kind: "unit", unit: "万元" });
    expect(moneyUnitNote("千元")).toEqual({ kind: "unknown" });
    for (const note of ["个", "元/人", "单位:个", "按经济分类科目", "单位资金", "%"])
      expect([note, moneyUnitNote(note)]).toEqual([note, { kind: "none" }]);
  });
});
