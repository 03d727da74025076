import { describe, expect, it } from "vitest";
import { henan2024, shanghai } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const SANGONG: PrintedTable = {
  title: "2024年一般公共预算“三公”经费预算表",
  number: "预算08表",
  unit: "万元",
  headers: ["“三公”经费合计", "因公出国（境）费", "公务接待费"],
  rows: [["6.50", "", "2.50"]],
  note: "注：……",
};

describe("readPrintedTable", () => {
  it("builds the table with the printed title, number, unit and note", () => {
    const r = readPrintedTable(SANGONG, { template: henan2024 });
    expect(r.ok).toBe(true);
    expect(r.kind).toBe("sanGong");
    expect(r.table).toEqual({
      kind: "sanGong",
      title: "2024年一般公共预算“三公”经费预算表",
      number: "预算08表",
      unit: "万元",
      rows: [{ key: { kind: "single" }, cells: { total: "6.50", abroad: "", reception: "2.50" } }],
      note: "注：……",
    });
    expect(r.columns.map((c) => c.key)).toEqual(["total", "abroad", "reception"]);
  });

  it("reports the columns of the kind that are not printed, as info", () => {
    const r = readPrintedTable(SANGONG, { template: henan2024 });
    const missing = r.problems.filter((p) => p.code === "missing-column");
    expect(missing.map((p) => (p.code === "missing-column" ? p.column : ""))).toEqual([
      "vehicles",
      "vehicles.purchase",
      "vehicles.operation",
    ]);
    expect(missing.every((p) => p.severity === "info")).toBe(true);
    expect(missing[0]?.path).toEqual({ title: SANGONG.title });
  });

  it("reports an unknown title and builds no table", () => {
    const r = readPrintedTable({ ...SANGONG, title: "2024年人员名单" }, { template: henan2024 });
    expect(r).toEqual({
      ok: false,
      table: undefined,
      kind: undefined,
      columns: [],
      problems: [{ code: "unknown-title", severity: "error", path: { title: "2024年人员名单" } }],
      rowSources: [],
    });
  });

  it("reads any title as the kind forced by the options, and reports an unknown forced kind", () => {
    const forced = readPrintedTable(
      { ...SANGONG, title: "表八" },
      { template: henan2024, kind: "sanGong" },
    );
    expect(forced.kind).toBe("sanGong");
    expect(forced.ok).toBe(true);
    const unknown = readPrintedTable(SANGONG, { template: henan2024, kind: "nope" });
    expect(unknown.table).toBeUndefined();
    expect(unknown.problems).toEqual([
      { code: "unknown-kind", severity: "error", path: { title: SANGONG.title }, kind: "nope" },
    ]);
  });

  it("reads the printed unit, defaults to the kind's, and reports an unknown one", () => {
    const unit = (u: string | undefined) => {
      const { unit: _, ...rest } = SANGONG;
      return readPrintedTable(u === undefined ? rest : { ...rest, unit: u }, {
        template: henan2024,
      });
    };
    expect(unit("单位：元").table?.unit).toBe("元");
    expect(unit(" 亿元 ").table?.unit).toBe("亿元");
    expect(unit(undefined).table?.unit).toBe("万元");
    // other printers' unit lines
    for (const [printed, read] of [
      ["金额单位：元", "元"],
      ["计量单位:亿元", "亿元"],
      ["（单位：元）", "元"],
      ["(元)", "元"],
      ["单位 ： 元", "元"],
      ["单位：人民币元", "元"],
      ["单位：元（保留两位小数）", "元"],
      ["金额单位：人民币万元（保留两位小数）", "万元"],
      ["单位：万元人民币", "万元"],
      ["（单位：人民币元）", "元"],
      // a bracket naming the unit is the unit, not an aside
      ["单位：人民币（元）", "元"],
      ["单位：人民币(万元)", "万元"],
      ["金额单位：人民币（万元）", "万元"],
      ["单位：（万元）", "万元"],
      ["（单位：万元）（保留两位小数）", "万元"],
      ["单位：万元（人民币）", "万元"],
    ] as const) {
      const r = unit(printed);
      const units = r.problems.filter((p) => p.code === "unknown-unit");
      expect([printed, r.table?.unit, units]).toEqual([printed, read, []]);
    }
    // two different units, a unit in brackets the reader does not know, or a printed line naming
    // no unit: an unknown unit, never a guess nor the default read silently
    for (const printed of [
      "单位：元（万元）",
      "单位：万元（元）",
      "单位：（美元）",
      "单位：",
      "（保留两位小数）",
    ]) {
      const r = unit(printed);
      const units = r.problems.filter((p) => p.code === "unknown-unit");
      expect([printed, units.map((p) => p.severity)]).toEqual([printed, ["error"]]);
      // kept on the table, so the check compares its amounts within the table only
      expect([printed, r.table?.unknownUnit]).toEqual([printed, printed]);
    }
    const bad = unit("千元");
    expect(bad.table?.unit).toBe("万元");
    expect(bad.problems.filter((p) => p.code === "unknown-unit")).toEqual([
      {
        code: "unknown-unit",
        severity: "error",
        path: { title: SANGONG.title },
        unit: "千元",
        used: "万元",
      },
    ]);
    expect(bad.ok).toBe(false);
  });

  it("reads short rows as blank and keeps surplus cells under extra:#<index>", () => {
    const r = readPrintedTable(
      { ...SANGONG, rows: [["6.50"], ["6.50", "", "2.50", "多余"], ["6.50", ""]] },
      { template: henan2024 },
    );
    expect(r.problems.filter((p) => p.code === "row-width")).toEqual([
      // a row without its trailing blanks (a spreadsheet reader's) is noted, not warned
      { code: "row-width", severity: "info", path: { row: 0 }, expected: 3, actual: 1 },
      { code: "row-width", severity: "warning", path: { row: 1 }, expected: 3, actual: 4 },
      { code: "row-width", severity: "warning", path: { row: 2 }, expected: 3, actual: 2 },
    ]);
    expect(r.table?.rows.map((row) => row.cells)).toEqual([
      { total: "6.50", abroad: "", reception: "" },
      { total: "6.50", abroad: "", reception: "2.50", "extra:#3": "多余" },
      { total: "6.50", abroad: "", reception: "" },
    ]);
  });

  it("keeps the cells of an unknown header under extra:<header>", () => {
    const r = readPrintedTable(
      { ...SANGONG, headers: [...SANGONG.headers, "经办人"], rows: [["6.50", "", "2.50", "张三"]] },
      { template: henan2024 },
    );
    expect(r.table?.rows[0]?.cells["extra:经办人"]).toBe("张三");
    expect(r.problems.find((p) => p.code === "unknown-header")?.path).toEqual({
      header: 3,
      text: "经办人",
    });
    expect(r.ok).toBe(true);
  });

  it("reports duplicate grid rows as warnings when both carry amounts", () => {
    const r = readPrintedTable(
      {
        title: "2024年部门支出预算表",
        headers: ["科目编码/类", "科目编码/款", "科目编码/项", "单位（科目名称）", "合计"],
        rows: [
          ["201", "31", "01", "行政运行", "1.00"],
          ["201", "31", "01", "行政运行", "2.00"],
        ],
      },
      { template: henan2024 },
    );
    expect(r.table?.rows).toHaveLength(2);
    expect(r.problems.filter((p) => p.code === "duplicate-row")).toEqual([
      {
        code: "duplicate-row",
        severity: "warning",
        path: { row: 1 },
        key: "functional:2013101",
        rows: [0, 1],
      },
    ]);
  });

  it("reads a Shanghai table with the Shanghai template", () => {
    const r = readPrintedTable(
      {
        title: "2025年预算单位一般公共预算基本支出部门预算经济分类预算表",
        unit: "元",
        headers: [
          "项目/经济分类科目编码/类",
          "项目/经济分类科目编码/款",
          "项目/部门经济分类科目名称",
          "一般公共预算基本支出/合计",
        ],
        rows: [
          ["302", "", "商品和服务支出", "24,840,779"],
          ["302", "12", "因公出国（境）费用", "2,887,000"],
          ["", "", "合计", "127,642,039"],
        ],
      },
      { template: shanghai },
    );
    expect(r.kind).toBe("gpbBasic");
    expect(r.table?.rows.map((row) => [row.key, row.cells.total])).toEqual([
      [{ kind: "economic", econ: "302" }, "24,840,779"],
      [{ kind: "economic", econ: "30212" }, "2,887,000"],
      [{ kind: "total" }, "127,642,039"],
    ]);
  });

  it.each(["/", "／", "-", "－", "--", "—", "——", "–"])(
    "reads %j in an amount cell as no value (no malformed amount), and a row of nothing else as blank",
    (mark) => {
      const r = readPrintedTable(
        {
          title: "2024年部门支出预算表",
          unit: "万元",
          headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
          rows: [
            ["", "合计", "5.00", "5.00", mark],
            ["2013101", "行政运行", "5.00", "5.00", mark],
            ["", "", mark, mark, mark],
          ],
        },
        { template: henan2024 },
      );
      expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
      expect(r.table?.rows.map((row) => row.key.kind)).toEqual(["total", "functional"]);
    },
  );
});
