import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { readPrintedTable } from "./read";
import { unitCodedExpenditure } from "./test-support";
import type { PrintedTable } from "./types";

/**
 * A unit's heading printed by its name alone (no code) below the last 科目 or project of the unit
 * before it, in a table of several units: a row of its own (the rows under it are the unit's, or
 * unplaced where the reader cannot place it), never the rest of the name above.
 */
type Units = readonly { readonly code?: string; readonly name: string }[];

const read = (t: PrintedTable, units: Units = []) =>
  readPrintedTable(t, { template: henan2024, units });

const wrapped = (t: PrintedTable, units: Units = []) =>
  read(t, units).problems.filter((p) => p.code === "wrapped-row");

const OFFICE = { code: "116001", name: "中共某区委办公室" };

/** A 部门支出预算表 of two units, the second printed by its name `unit` (figures `figure`). */
const expenditure = (unit: string, above: string, figure: string): PrintedTable => ({
  title: "2024年部门支出预算表",
  unit: "万元",
  headers: ["科目编码/类", "科目编码/款", "科目编码/项", "单位（科目名称）", "合计"],
  rows: [
    ["", "", "", "合计", "100.00"],
    ["", "", "", "中共某区委办公室", "77.00"],
    ["201", "31", "01", "行政运行", above],
    ["", "", "", unit, figure],
    ["207", "01", "99", "其他文化和旅游支出", "23.00"],
  ],
});

describe("a unit's heading printed by its name below a 科目", () => {
  it("is a row of its own when the caller names the unit (with a code or not)", () => {
    for (const units of [
      [OFFICE, { name: "某区档案馆" }],
      [OFFICE, { code: "116002", name: "某区档案馆" }],
    ]) {
      for (const [above, figure] of [
        ["77.00", ""],
        ["", "23.00"],
      ] as const) {
        const t = expenditure("某区档案馆", above, figure);
        expect(wrapped(t, units), `${above} ${figure}`).toEqual([]);
        expect(read(t, units).table?.rows[2]?.name).toBe("行政运行");
        expect(read(t, units).table?.rows[2]?.cells.total).toBe(above);
      }
    }
  });

  it("is a row of its own when its name ends as a unit's does, named by the caller or not", () => {
    for (const unit of [
      "某区财政局",
      "某区人民政府办公室",
      "某某街道办事处",
      "某区政务服务中心",
      "中共某区委",
      // A committee of any level from the county up: 旗 and 盟 (内蒙古), 州, 省.
      "中共某某旗委",
      "中共某某盟委",
      "中共某某州委",
      "中共某某省委",
      "某区发展和改革委员会（本级）",
      "某区财政局本级",
      "某区 卫生健康委员会",
    ]) {
      for (const [above, figure] of [
        ["77.00", ""],
        ["", "23.00"],
      ] as const) {
        const t = expenditure(unit, above, figure);
        expect(wrapped(t, [OFFICE]), unit).toEqual([]);
        expect(read(t, [OFFICE]).table?.rows[2]?.name, unit).toBe("行政运行");
      }
    }
  });

  it("still joins a 科目's name's rest and a unit's name's rest", () => {
    const t = unitCodedExpenditure([
      ["", "", "", "116001", "中国共产党某区", "77.00"],
      ["", "", "", "", "委员会办公室", ""],
      ["201", "31", "02", "", "一般行政管理", "77.00"],
      ["", "", "", "", "事务", ""],
    ]);
    expect(read(t).table?.rows.map((x) => x.name)).toEqual([
      "中国共产党某区委员会办公室",
      "一般行政管理事务",
    ]);
    // The unit's figures printed level with its name's last line (a tall cell).
    const level: PrintedTable = {
      ...t,
      rows: [
        ["", "", "", "116001", "中国共产党某区", ""],
        ["", "", "", "", "委员会办公室", "77.00"],
        ["201", "31", "02", "", "一般行政管理事务", "77.00"],
      ],
    };
    expect(read(level).table?.rows.map((x) => [x.name, x.cells.total])).toEqual([
      ["中国共产党某区委员会办公室", "77.00"],
      ["一般行政管理事务", "77.00"],
    ]);
  });
});

describe("a unit's heading printed by its name below a project", () => {
  const projects = (unit: string): PrintedTable => ({
    title: "2024年项目支出预算表",
    unit: "万元",
    headers: ["项目名称", "合计", "本年拨款/一般公共预算"],
    rows: [
      ["2024年机要密码工作经费", "12.00", "12.00"],
      [unit, "", ""],
      ["2024年档案数字化", "5.00", "5.00"],
    ],
  });

  it("is a row of its own when the caller names the unit", () => {
    const units = [OFFICE, { name: "某区档案馆" }];
    expect(wrapped(projects("某区档案馆"), units)).toEqual([]);
    expect(read(projects("某区档案馆"), units).table?.rows[0]?.name).toBe("2024年机要密码工作经费");
  });

  it("still joins a project's name's rest, whatever it ends with", () => {
    for (const tail of ["中心", "服务中心", "办公室"]) {
      const t: PrintedTable = {
        ...projects(tail),
        rows: [
          ["2024年某区政务", "12.00", "12.00"],
          [tail, "", ""],
        ],
      };
      expect(wrapped(t, [OFFICE]), tail).toHaveLength(1);
    }
  });
});
