/**
 * A column of remarks (`备注`, `说明`, `附注`) beside a table's figures: read as text about the rows
 * (a blank unheaded column, its cells kept in a `remark-column` info), never as an unknown column
 * of figures; one that prints a figure stays as printed.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import { henan2024, shanghai } from "../templates";
import { formatReadProblem } from "./messages";
import { readPrintedTable } from "./read";
import { remarkColumns } from "./remark-columns";
import type { PrintedTable } from "./types";

const SAN_GONG: PrintedTable = {
  title: "2024年一般公共预算“三公”经费支出表",
  unit: "万元",
  headers: ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费", "备　注"],
  rows: [["6.50", "0.00", "4.00", "2.50", "含上年结转"]],
};

const SPENDING: PrintedTable = {
  title: "2024年预算单位支出预算总表",
  unit: "元",
  headers: [
    "项目/功能分类科目编码/类",
    "项目/功能分类科目编码/款",
    "项目/功能分类科目编码/项",
    "项目/功能分类科目名称",
    "支出预算/合计",
    "支出预算/基本支出",
    "支出预算/项目支出",
    "说明",
  ],
  rows: [
    ["", "", "", "合计", "300", "100", "200", ""],
    ["201", "", "", "一般公共服务支出", "300", "100", "200", "据实列支"],
    ["", "", "", "", "", "", "", "（含上年结转）"],
    ["201", "01", "", "人大事务", "300", "100", "200", ""],
    ["201", "01", "01", "行政运行", "300", "100", "200", ""],
  ],
};

describe("remarkColumns", () => {
  it("blanks a remark column that prints no figure and keeps its cells", () => {
    const r = remarkColumns(SAN_GONG);
    expect(r.table.headers.at(-1)).toBe("");
    expect(r.table.rows[0]).toEqual(["6.50", "0.00", "4.00", "2.50", ""]);
    expect(r.problems).toEqual([
      {
        code: "remark-column",
        severity: "info",
        path: { header: 4, text: "备　注" },
        cells: ["含上年结转"],
      },
    ]);
  });

  it("leaves a table without one, or a remark column printing a figure, as printed", () => {
    const plain = { ...SAN_GONG, headers: SAN_GONG.headers.slice(0, 4) };
    expect(remarkColumns(plain).table).toBe(plain);
    // any spelling the amount reader reads as a figure, negatives in brackets or after △ too
    for (const cell of ["１.00", "(1.00)", "△1.00", "1,200"]) {
      const figured = { ...SAN_GONG, rows: [["6.50", "0.00", "4.00", "2.50", cell]] };
      expect(remarkColumns(figured).problems).toEqual([]);
      expect(remarkColumns(figured).table).toBe(figured);
    }
  });
});

describe("readPrintedTable: a column of remarks", () => {
  it("reads the figures beside it as printed, a wrong total as the wrong total it is", () => {
    const read = (t: PrintedTable) => readPrintedTable(t, { template: henan2024, year: 2024 });
    const r = read(SAN_GONG);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.table?.rows[0]?.cells).toMatchObject({
      total: "6.50",
      abroad: "0.00",
      vehicles: "4.00",
      reception: "2.50",
    });
    expect(Object.values(r.table?.rows[0]?.cells ?? {})).not.toContain("含上年结转");
    const wrong = read({ ...SAN_GONG, rows: [["7.50", "0.00", "4.00", "2.50", "含上年结转"]] });
    expect(wrong.table?.rows[0]?.cells).toMatchObject({ total: "7.50" });
  });

  it("skips a row that prints nothing but a remark, and says so in both languages", () => {
    const r = readPrintedTable(SPENDING, { template: shanghai, catalog: catalog2024.functional });
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.table?.rows.map((row) => row.key)).toEqual([
      { kind: "total" },
      { kind: "functional", code: "201" },
      { kind: "functional", code: "20101" },
      { kind: "functional", code: "2010101" },
    ]);
    const remark = r.problems.find((p) => p.code === "remark-column");
    expect(remark && formatReadProblem(remark, "en")).toContain("remarks");
    expect(remark && formatReadProblem(remark, "zh-CN")).toContain("备注列");
  });
});
