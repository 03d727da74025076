/**
 * A department whose code begins a 科目 code (a 人社局 coded 208, a 卫健委 coded 210, an 教体局 coded
 * 205 whose units are 205001…): its 科目 rows (`208 社会保障和就业支出`, `20805`, `2080505`) are 科目
 * rows, not the department's or a unit's, while its own row and its units' rows (named by their
 * names) stay units. Read as units, every 科目 row of the class broke the totals' roll-ups.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import { henan2024, nationalMinimum } from "../templates";
import { readPrintedTable } from "./read";

const keys = (r: ReturnType<typeof readPrintedTable>) =>
  r.table?.rows.map((x) => `${x.key.kind}:${"code" in x.key ? x.key.code : ""}`);

const spending = (rows: readonly (readonly string[])[]) => ({
  title: "2025年部门支出总表",
  unit: "单位：万元",
  headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
  rows: [["", "合计", "75.00", "75.00", ""], ...rows].map((r) => [...r]),
});

const read = (t: ReturnType<typeof spending>, departmentCode: string, units = true) =>
  readPrintedTable(t, {
    template: nationalMinimum,
    catalog: catalog2024.functional,
    year: 2025,
    departmentCode,
    ...(units
      ? {
          units: [
            { code: departmentCode, name: "某区某局" },
            { code: `${departmentCode}001`, name: "某区某局（本级）" },
          ],
        }
      : {}),
  });

describe("a department code that begins its 科目 codes", () => {
  const subjects = (c: string, k: string, x: string, names: readonly string[]) => [
    [c, names[0] as string, "60.00", "60.00", ""],
    [k, names[1] as string, "60.00", "60.00", ""],
    [x, names[2] as string, "60.00", "60.00", ""],
    ["201", "一般公共服务支出", "15.00", "15.00", ""],
    ["20101", "人大事务", "15.00", "15.00", ""],
    ["2010101", "行政运行", "15.00", "15.00", ""],
  ];
  it.each([
    [
      "208",
      ["208", "20805", "2080505"],
      ["社会保障和就业支出", "行政事业单位养老支出", "机关事业单位基本养老保险缴费支出"],
    ],
    ["210", ["210", "21011", "2101101"], ["卫生健康支出", "行政事业单位医疗", "行政单位医疗"]],
    ["212", ["212", "21201", "2120101"], ["城乡社区支出", "城乡社区管理事务", "行政运行"]],
    ["2120", ["212", "21201", "2120101"], ["城乡社区支出", "城乡社区管理事务", "行政运行"]],
    ["21201", ["212", "21201", "2120101"], ["城乡社区支出", "城乡社区管理事务", "行政运行"]],
  ] as const)("coded %s: its 科目 rows are 科目 rows", (dc, codes, names) => {
    const t = spending(subjects(codes[0], codes[1], codes[2], names));
    for (const units of [true, false]) {
      const r = read(t, dc, units);
      expect(keys(r)).toEqual([
        "total:",
        `functional:${codes[0]}`,
        `functional:${codes[1]}`,
        `functional:${codes[2]}`,
        "functional:201",
        "functional:20101",
        "functional:2010101",
      ]);
    }
  });
  it("its own row and its units' rows stay units, with their 科目 rows under them", () => {
    const t = spending([
      ["208", "某区某局", "75.00", "75.00", ""],
      ["208001", "某区某局（本级）", "75.00", "75.00", ""],
      ["208", "社会保障和就业支出", "60.00", "60.00", ""],
      ["20805", "行政事业单位养老支出", "60.00", "60.00", ""],
      ["2080505", "机关事业单位基本养老保险缴费支出", "60.00", "60.00", ""],
      ["210", "卫生健康支出", "15.00", "15.00", ""],
    ]);
    expect(keys(read(t, "208"))).toEqual([
      "total:",
      "org:208",
      "org:208001",
      "functional:208",
      "functional:20805",
      "functional:2080505",
      "functional:210",
    ]);
  });
  it("units coded by two digits after the department's (21201, 21202) beside 科目 rows of the same class", () => {
    const t = spending([
      ["212", "某区城市管理局", "75.00", "75.00", ""],
      ["21201", "某区城市管理局机关", "60.00", "60.00", ""],
      ["212", "城乡社区支出", "60.00", "60.00", ""],
      ["21201", "城乡社区管理事务", "60.00", "60.00", ""],
      ["2120101", "行政运行", "40.00", "40.00", ""],
      ["2120104", "城管执法", "20.00", "20.00", ""],
      ["21202", "某区环境卫生管理所", "15.00", "15.00", ""],
      ["212", "城乡社区支出", "15.00", "15.00", ""],
      ["21205", "城乡社区环境卫生", "15.00", "15.00", ""],
      ["2120501", "城乡社区环境卫生", "15.00", "15.00", ""],
    ]);
    const r = readPrintedTable(t, {
      template: nationalMinimum,
      catalog: catalog2024.functional,
      year: 2025,
      departmentCode: "212",
      units: [
        { code: "21201", name: "某区城市管理局机关" },
        { code: "21202", name: "某区环境卫生管理所" },
      ],
    });
    expect(keys(r)).toEqual([
      "total:",
      "org:212",
      "org:21201",
      "functional:212",
      "functional:21201",
      "functional:2120101",
      "functional:2120104",
      "org:21202",
      "functional:212",
      "functional:21205",
      "functional:2120501",
    ]);
  });
  it("a unit code in a 类 column (Henan's 部门支出表) is still the unit's", () => {
    const r = readPrintedTable(
      {
        title: "2024年部门支出总表",
        unit: "单位：万元",
        headers: ["科目编码/类", "科目编码/款", "科目编码/项", "单位（科目名称）", "合计"],
        rows: [
          ["", "", "", "合计", "75.00"],
          ["208", "", "", "某区人力资源和社会保障局", "75.00"],
          ["208001", "", "", "某区人力资源和社会保障局（本级）", "75.00"],
          ["208", "", "", "社会保障和就业支出", "75.00"],
          ["208", "05", "", "行政事业单位养老支出", "75.00"],
          ["208", "05", "05", "机关事业单位基本养老保险缴费支出", "75.00"],
        ],
      },
      { template: henan2024, catalog: catalog2024.functional, departmentCode: "208" },
    );
    expect(keys(r)).toEqual([
      "total:",
      "org:208",
      "org:208001",
      "functional:208",
      "functional:20805",
      "functional:2080505",
    ]);
  });
});
