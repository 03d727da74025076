import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const read = (t: PrintedTable, departmentCode?: string) =>
  readPrintedTable(
    t,
    departmentCode === undefined
      ? { template: henan2024 }
      : { template: henan2024, departmentCode },
  );

const EXPENDITURE = [
  "科目编码/类",
  "科目编码/款",
  "科目编码/项",
  "单位代码",
  "单位（科目名称）",
  "合计",
  "项目支出/其他运转类",
];

describe("grid rows", () => {
  it("keys rows by total label, unit code and functional code, keeping blanks as printed", () => {
    const r = read({
      title: "2024年部门支出预算表",
      headers: EXPENDITURE,
      rows: [
        ["", "", "", "", "合 计", "969.06", "53.50"],
        ["", "", "", "116", "中国共产党洛阳市涧西区委员会办公室", "969.06", "53.50"],
        ["201", "31", "02", "", "一般行政管理事务", "77.00", "3.50"],
        ["201", "", "", "", "一般公共服务支出", "635.07", ""],
      ],
    });
    expect(r.table?.rows).toEqual([
      {
        key: { kind: "total" },
        name: "合 计",
        cells: { total: "969.06", "project.operating": "53.50" },
      },
      {
        key: { kind: "org", code: "116" },
        name: "中国共产党洛阳市涧西区委员会办公室",
        cells: { total: "969.06", "project.operating": "53.50" },
      },
      {
        key: { kind: "functional", code: "2013102" },
        name: "一般行政管理事务",
        cells: { total: "77.00", "project.operating": "3.50" },
      },
      {
        key: { kind: "functional", code: "201" },
        name: "一般公共服务支出",
        cells: { total: "635.07", "project.operating": "" },
      },
    ]);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.rowSources).toEqual([0, 1, 2, 3]);
  });

  it("reads economic rows with their government code, and a unit code printed in the 类 column", () => {
    const r = read({
      title: "2024年支出经济分类汇总表",
      headers: [
        "部门预算经济分类/类",
        "部门预算经济分类/款",
        "部门预算经济分类/科目名称",
        "政府预算经济分类/类",
        "政府预算经济分类/款",
        "总计",
      ],
      rows: [
        ["116", "", "中国共产党洛阳市涧西区委员会办公室", "", "", "969.06"],
        ["301", "07", "绩效工资", "505", "01", "51.17"],
        ["302", "17", "公务接待费", "", "", "2.50"],
      ],
    });
    expect(r.table?.rows.map((row) => row.key)).toEqual([
      { kind: "org", code: "116" },
      { kind: "economic", econ: "30107", gov: "50501" },
      { kind: "economic", econ: "30217" },
    ]);
  });

  it("reads a departmental code in the unit code column as an economic row, unless it is the department's", () => {
    const table: PrintedTable = {
      title: "行政（事业）单位机构运转经费预算表",
      headers: ["单位代码", "单位（科目名称）", "项目类别", "合计"],
      rows: [
        ["301", "某部门", "", "10.00"],
        ["30239", "其他交通费用", "公务交通补贴", "17.22"],
      ],
    };
    expect(read(table).table?.rows.map((row) => row.key)).toEqual([
      { kind: "economic", econ: "301" },
      { kind: "economic", econ: "30239" },
    ]);
    expect(read(table, "301").table?.rows[0]?.key).toEqual({ kind: "org", code: "301" });
    expect(read(table).table?.rows[1]?.cells).toEqual({ category: "公务交通补贴", total: "17.22" });
  });

  it("reads projects with their 21-character code and indicator continuation lines", () => {
    const r = read({
      title: "本级部门预算项目绩效目标汇总表",
      headers: [
        "单位编码（项目编码）",
        "项目单位（项目名称）",
        "项目分类",
        "项目金额（万元）/资金总额",
        "绩效目标/产出指标/三级指标",
        "绩效目标/产出指标/指标值",
      ],
      rows: [
        ["116", "中国共产党洛阳市涧西区委员会办公室", "", "287.00", "", ""],
        ["410305240000000012440", "2024年劳务派遣人员经费", "其他运转类", "3.50", "人数", "≤1人"],
        ["", "", "", "", "保障出行及时性", "无延误"],
        ["", "", "", "", "高质量保障出行安全", "按要求保障出行安全"],
      ],
    });
    expect(r.table?.rows.map((row) => row.key)).toEqual([
      { kind: "org", code: "116" },
      { kind: "project", name: "2024年劳务派遣人员经费", code: "410305240000000012440" },
      { kind: "indicator", index: 0 },
      { kind: "indicator", index: 1 },
    ]);
    expect(r.table?.rows[2]?.cells).toEqual({
      type: "",
      total: "",
      "output.name": "保障出行及时性",
      "output.value": "无延误",
    });
  });

  it("reads the 项目支出表's unlabelled first row as the total and a unit code printed under 类型", () => {
    const r = read({
      title: "2024年项目支出预算表",
      headers: ["类型", "项目名称", "项目单位", "合计"],
      rows: [
        ["", "", "", "287.00"],
        ["116", "中国共产党洛阳市涧西区委员会办公室", "", "287.00"],
        ["其他运转类", "2024年机关运行经费", "中国共产党洛阳市涧西区委员会办公室", "49.00"],
      ],
    });
    expect(r.table?.rows).toEqual([
      { key: { kind: "total" }, cells: { type: "", unit: "", total: "287.00" } },
      {
        key: { kind: "org", code: "116" },
        name: "中国共产党洛阳市涧西区委员会办公室",
        cells: { type: "", unit: "", total: "287.00" },
      },
      {
        key: { kind: "project", name: "2024年机关运行经费" },
        name: "2024年机关运行经费",
        cells: { type: "其他运转类", unit: "中国共产党洛阳市涧西区委员会办公室", total: "49.00" },
      },
    ]);
  });

  it("keeps a malformed code and a row it cannot place as unplaced rows, with their cells, and reports them", () => {
    const r = read({
      title: "2024年部门支出预算表",
      headers: EXPENDITURE,
      rows: [
        ["7", "11", "02", "", "事业单位医疗", "5.00", ""],
        ["", "", "", "", "", "", ""],
        ["", "", "", "", "某说明", "1.00", ""],
      ],
    });
    expect(r.ok).toBe(true);
    expect(r.table?.rows).toEqual([
      {
        key: { kind: "unplaced", label: "7 11 02" },
        name: "事业单位医疗",
        cells: { total: "5.00", "project.operating": "" },
      },
      {
        key: { kind: "unplaced", label: "某说明" },
        name: "某说明",
        cells: { total: "1.00", "project.operating": "" },
      },
    ]);
    expect(r.rowSources).toEqual([0, 2]);
    const warnings = r.problems.filter((p) => p.severity !== "info");
    expect(warnings.map((p) => [p.code, p.severity, p.path])).toEqual([
      ["malformed-code", "warning", { row: 0, cell: 0 }],
      ["unplaced-row", "warning", { row: 2 }],
    ]);
    const unplaced = warnings[1];
    if (unplaced?.code === "unplaced-row")
      expect(unplaced.cells).toEqual(["", "", "", "", "某说明", "1.00", ""]);
  });

  it("reads a code printed without a leading zero (201 1 01, split or in one cell) as the code it denotes, keeping the print", () => {
    const r = read({
      title: "2024年部门支出预算表",
      headers: EXPENDITURE,
      rows: [
        ["201", "1", "01", "", "行政运行", "5.00", ""],
        ["201 01 1", "", "", "", "行政运行", "5.00", ""],
      ],
    });
    expect(r.table?.rows.map((row) => row.key)).toEqual([
      { kind: "functional", code: "201 1 01" },
      { kind: "functional", code: "201 01 1" },
    ]);
    expect(r.problems.filter((p) => p.code === "misprinted-code")).toEqual([
      {
        code: "misprinted-code",
        severity: "warning",
        path: { row: 0, cell: 0 },
        system: "functional",
        printed: "201 1 01",
        denotes: "2010101",
      },
      {
        code: "misprinted-code",
        severity: "warning",
        path: { row: 1, cell: 0 },
        system: "functional",
        printed: "201 01 1",
        denotes: "2010101",
      },
    ]);
  });

  it("keeps a row whose government code is malformed under its departmental code", () => {
    const r = read({
      title: "2024年一般公共预算基本支出预算表",
      headers: [
        "部门预算支出经济分类科目/科目编码",
        "部门预算支出经济分类科目/科目名称",
        "政府预算支出经济分类科目/科目编码",
        "本年一般公共预算基本支出/合计",
      ],
      rows: [["30107", "绩效工资", "5050", "51.17"]],
    });
    expect(r.table?.rows[0]?.key).toEqual({ kind: "economic", econ: "30107" });
    const errors = r.problems.filter((p) => p.severity !== "info");
    expect(errors.map((p) => [p.code, p.path])).toEqual([["malformed-code", { row: 0, cell: 2 }]]);
  });

  it("reads the single row of the 三公 table", () => {
    const r = read({
      title: "2024年一般公共预算“三公”经费预算表",
      headers: ["“三公”经费合计", "公务接待费"],
      rows: [["6.50", "2.50"]],
    });
    expect(r.table?.rows).toEqual([
      { key: { kind: "single" }, cells: { total: "6.50", reception: "2.50" } },
    ]);
  });
});

describe("an unlabelled first row", () => {
  const table = (header: string, first: string): PrintedTable => ({
    title: "2024年一般公共预算支出表",
    headers: [header, "合计", "基本支出", "项目支出"],
    rows: [
      [first, "635.07", "600.00", "35.07"],
      ["20131 党委办公厅（室）及相关机构事务", "635.07", "600.00", "35.07"],
    ],
  });

  it.each([
    ["功能分类科目", "201 一般公共服务支出"],
    ["项目", "201一般公共服务支出"],
    ["科目", "2013101 行政运行"],
    ["功能分类科目", "201-31 党委办公厅（室）及相关机构事务"],
    ["功能分类科目", "201.31.01 行政运行"],
    ["科目", "201.31党委办公厅（室）及相关机构事务"],
  ])("is no total where it prints a code with its name (%s: %s)", (header, first) => {
    const r = read(table(header, first));
    expect(r.table?.rows[0]?.key.kind).not.toBe("total");
    // Nothing lost: the row is kept with its cells.
    expect(r.table?.rows[0]?.cells).toMatchObject({ total: "635.07" });
  });

  it.each([
    ["功能分类科目", ""],
    ["功能分类科目", "一般公共服务支出合计"],
    ["未知", "12,345"],
    ["未知", "123.45"],
  ])("is the total where it prints no code (%s: %s)", (header, first) => {
    expect(read(table(header, first)).table?.rows[0]?.key).toEqual({ kind: "total" });
  });
});

describe("a total row labelled by what it totals", () => {
  it.each([
    "本年支出合计",
    "支出合计",
    "收入合计",
    "本年收入合计",
    "支出总计",
    "合 计",
    // with the figure named (a 决算 table's 合计数)
    "合计数",
    "合 计 数",
    "总计数",
    "本年支出合计数",
    "支出合计数：",
    "合计金额",
  ])("%s is the table's total", (label) => {
    const r = read({
      title: "2024年一般公共预算支出表",
      headers: ["科目编码", "科目名称", "合计"],
      rows: [
        ["2013101", "行政运行", "7.00"],
        ["", label, "7.00"],
      ],
    });
    expect(r.table?.rows[1]?.key).toEqual({ kind: "total" });
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it.each(["人员经费合计", "一般公共服务支出合计", "合计数占比"])("%s is not", (label) => {
    const r = read({
      title: "2024年一般公共预算支出表",
      headers: ["科目编码", "科目名称", "合计"],
      rows: [
        ["2013101", "行政运行", "7.00"],
        ["", label, "7.00"],
      ],
    });
    expect(r.table?.rows[1]?.key.kind).not.toBe("total");
  });
});
