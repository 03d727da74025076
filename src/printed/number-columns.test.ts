/**
 * A column numbering the rows (`序号`, `行次`, `栏次`: `1`, `2`, `2.1`, `（一）`, `一、`) beside a
 * table's data is the layout's: read as a blank unheaded column (`number-column`, info). It was
 * an unknown header, its cells an unknown column the coverage reported. A column so headed that
 * prints codes stays as printed; a wrong figure beside the numbers is still caught.
 */
import { describe, expect, it } from "vitest";
import { rowKeyId } from "../disclosure";
import { numberColumns } from "./number-columns";
import { checkNational, readNational } from "./test-support";
import type { PrintedTable } from "./types";

const table = (header: string, numbers: readonly string[], operation = "300.00"): PrintedTable => ({
  title: "2025年部门支出总表",
  unit: "万元",
  headers: [header, "科目编码", "科目名称", "合计", "基本支出", "项目支出"],
  rows: [
    [numbers[0] ?? "", "", "合计", "420.00", "300.00", "120.00"],
    [numbers[1] ?? "", "212", "城乡社区支出", "420.00", "300.00", "120.00"],
    [numbers[2] ?? "", "21201", "城乡社区管理事务", "420.00", "300.00", "120.00"],
    [numbers[3] ?? "", "2120101", "行政运行", operation, "300.00", ""],
    [numbers[4] ?? "", "2120104", "城管执法", "120.00", "", "120.00"],
  ],
});

const read = (p: PrintedTable) => readNational(p);
const findings = (p: PrintedTable) => checkNational(p);

describe("a column numbering the rows", () => {
  it.each([
    ["序号", ["", "1", "2", "3", "4"]],
    ["序号", ["", "1", "1.1", "1.1.", "1.2"]],
    ["行次", ["1", "2", "3", "4", "5"]],
    ["栏次", ["", "一", "（一）", "1.", "2."]],
    ["序 号", ["", "1、", "2、", "3、", "4、"]],
  ])("%s %j: the layout's, the rows read", (header, numbers) => {
    const r = read(table(header, numbers));
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.problems.map((p) => p.code)).toContain("number-column");
    expect(r.table?.rows.map((row) => rowKeyId(row.key))).toEqual([
      "total",
      "functional:212",
      "functional:21201",
      "functional:2120101",
      "functional:2120104",
    ]);
    const report = findings(table(header, numbers));
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.coverage.tables.flatMap((t) => t.gaps)).toEqual([]);
  });

  it("a wrong figure beside the numbers is still caught", () => {
    const report = findings(table("序号", ["", "1", "2", "3", "4"], "310.00"));
    expect(report.findings.filter((f) => f.severity === "error").length).toBeGreaterThan(0);
  });

  it("a column so headed printing anything but numbers stays as printed", () => {
    const p = table("序号", ["", "1", "2", "A-3", "4"]);
    expect(numberColumns(p).problems).toEqual([]);
    expect(numberColumns({ ...p, headers: ["编号", ...p.headers.slice(1)] }).problems).toEqual([]);
  });
});
