/**
 * A 部门's table by 科目 whose rows name their unit in columns of their own (单位编码 / 单位代码,
 * 单位名称): each row is its unit's (an `org` row, stating nothing, put before it where the unit
 * changes); a unit cell left blank keeps the unit above; a unit the caller did not name is not
 * guessed.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import { rowKeyId } from "../disclosure";
import { henan2024, nationalMinimum } from "../templates";
import { type ReadOptions, readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const UNITS = [
  { code: "301", name: "某区教育局" },
  { code: "301001", name: "某区教育局（本级）" },
  { code: "301002", name: "某区第一中学" },
];

const read = (t: PrintedTable, options: Partial<ReadOptions> = {}) =>
  readPrintedTable(t, {
    template: nationalMinimum,
    catalog: catalog2024.functional,
    departmentCode: "301",
    units: UNITS,
    ...options,
  });
const keys = (t: PrintedTable, options: Partial<ReadOptions> = {}) =>
  read(t, options).table?.rows.map((r) => rowKeyId(r.key));

const table = (headers: string[], rows: string[][]): PrintedTable => ({
  title: "2024年部门支出总表",
  unit: "万元",
  headers: [...headers, "科目编码/类", "科目编码/款", "科目编码/项", "科目名称", "合计"],
  rows,
});

describe("rows naming their unit by code and name", () => {
  it.each([
    ["单位编码", "301001", "301002"],
    ["单位代码", "301001", "301002"],
    ["单位编码", "３０１００１", "３０１００２"],
  ])("%s %s: each row its unit's, the unit cell blank below keeping it", (header, a, b) => {
    const t = table(
      [header, "单位名称"],
      [
        ["", "", "", "", "", "合计", "30.00"],
        [a, "某区教育局（本级）", "205", "01", "01", "行政运行", "10.00"],
        ["", "", "208", "05", "05", "机关事业单位基本养老保险缴费支出", "5.00"],
        [b, "某区第一中学", "205", "02", "03", "初中教育", "15.00"],
      ],
    );
    const r = read(t);
    expect(r.table?.rows.map((x) => rowKeyId(x.key))).toEqual([
      "total",
      "org:301001",
      "functional:2050101",
      "functional:2080505",
      "org:301002",
      "functional:2050203",
    ]);
    expect(r.columns.filter((c) => c.column === undefined)).toEqual([]);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.rowSources).toEqual([0, 1, 1, 2, 3, 3]);
  });
});

describe("rows naming their unit by name alone", () => {
  it("a unit the caller names (a bracket printed half-width), the department's by its name", () => {
    const t = table(
      ["单位名称"],
      [
        ["某区教育局", "205", "", "", "教育支出", "30.00"],
        ["某区教育局(本级)", "", "", "", "", "10.00"],
        ["某区教育局(本级)", "205", "01", "01", "行政运行", "10.00"],
        ["某区第一中学", "205", "02", "03", "初中教育", "20.00"],
      ],
    );
    expect(keys(t)).toEqual([
      "org:301",
      "functional:205",
      "org:301001",
      "functional:2050101",
      "org:301002",
      "functional:2050203",
    ]);
  });

  it("the first row naming only a unit is the unit's, not the table's total", () => {
    const t = table(
      ["单位名称"],
      [
        ["某区第一中学", "", "", "", "", "20.00"],
        ["某区第一中学", "205", "02", "03", "初中教育", "20.00"],
      ],
    );
    expect(keys(t)).toEqual(["org:301002", "functional:2050203"]);
  });

  it("a unit the caller does not name: its rows stay unplaced, never the department's", () => {
    const t = table(
      ["单位名称"],
      [
        ["某区第二中学", "205", "02", "03", "初中教育", "20.00"],
        ["某区第一中学", "205", "02", "03", "初中教育", "20.00"],
      ],
    );
    const r = read(t);
    expect(r.table?.rows.map((x) => rowKeyId(x.key))).toEqual([
      "unplaced:某区第二中学",
      "org:301002",
      "functional:2050203",
    ]);
    expect(r.problems.map((p) => p.code)).toContain("unplaced-row");
  });

  it("one unit named on every row, by a name the caller does not give: the table's own rows", () => {
    // A unit's own 单位预算 table printing its name on each row (or a caller naming no units).
    const t = table(
      ["单位名称"],
      [
        ["", "", "", "", "合计", "27.00"],
        ["某区第二中学", "205", "02", "03", "初中教育", "20.00"],
        ["某区第二中学", "208", "05", "05", "机关事业单位基本养老保险缴费支出", "7.00"],
      ],
    );
    // The total labelled in the unit's column.
    const totalFirst = { ...t, rows: [["合计", "", "", "", "", "27.00"], ...t.rows.slice(1)] };
    for (const [given, options] of [
      [t, {}],
      [t, { units: [] }],
      [totalFirst, {}],
    ] as const) {
      const r = read(given, options);
      expect(r.table?.rows.map((x) => rowKeyId(x.key))).toEqual([
        "total",
        "functional:2050203",
        "functional:2080505",
      ]);
      expect(r.problems.map((p) => p.code)).not.toContain("unplaced-row");
    }
    // Two units, one not given: still not guessed.
    const two = table(
      ["单位名称"],
      [
        ["某区第二中学", "205", "02", "03", "初中教育", "20.00"],
        ["某区第三中学", "205", "02", "03", "初中教育", "20.00"],
      ],
    );
    expect(keys(two)).toEqual(["unplaced:某区第二中学", "unplaced:某区第三中学"]);
  });

  it("the Henan 支出表 reads them the same", () => {
    const t = table(["单位名称"], [["某区第一中学", "205", "02", "03", "初中教育", "20.00"]]);
    expect(keys({ ...t, title: "2024年部门支出预算表" }, { template: henan2024 })).toEqual([
      "org:301002",
      "functional:2050203",
    ]);
  });
});

describe("a 收入总表 by unit (单位代码 | 单位名称, no 科目 codes)", () => {
  it("still reads 单位名称 as the rows' name", () => {
    const t: PrintedTable = {
      title: "2024年部门收入总表",
      unit: "万元",
      headers: ["单位代码", "单位名称", "总计"],
      rows: [
        ["", "合计", "20.00"],
        ["301002", "某区第一中学", "20.00"],
      ],
    };
    const r = read(t);
    expect(r.table?.rows.map((x) => [rowKeyId(x.key), x.name])).toEqual([
      ["total", "合计"],
      ["org:301002", "某区第一中学"],
    ]);
    expect(r.columns.map((c) => c.column?.key)).toEqual(["org", "name", "total"]);
  });
});
