/**
 * A figure or code printed with a flag or a pointer to a note after it (`12.00*`, `（注1）`, `①`,
 * `2013101※`): read without the mark (a `note-mark` info keeps it); a cell that is no figure with
 * or without its marks is still `malformed-amount`.
 */
import { describe, expect, it } from "vitest";
import { henan2024 } from "../templates";
import { formatReadProblem } from "./messages";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const SPENDING = (cells: readonly (readonly string[])[]): PrintedTable => ({
  title: "2024年支出预算总表",
  unit: "万元",
  headers: ["功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出"],
  rows: cells.map((r) => [...r]),
});

const read = (t: PrintedTable) => readPrintedTable(t, { template: henan2024 });

describe("figures and codes with note marks", () => {
  it("reads 12.00*, 1.00（注1）, 11.00① and a code with ※ as the figures and code they mark", () => {
    const r = read(
      SPENDING([
        ["", "合计", "12.00*", "1.00（注1）", "11.00①"],
        ["2013101※", "行政运行", "12.00", "1.00", "11.00"],
      ]),
    );
    expect(r.ok).toBe(true);
    expect(r.table?.rows[0]?.cells).toMatchObject({
      total: "12.00",
      basic: "1.00",
      project: "11.00",
    });
    expect(r.table?.rows[1]?.key).toEqual({ kind: "functional", code: "2013101" });
    const marks = r.problems.filter((p) => p.code === "note-mark");
    expect(marks.map((p) => ("marks" in p ? p.marks : ""))).toEqual(["*", "（注1）", "①", "※"]);
    expect(marks[0]?.path).toEqual({ row: 0, cell: 2 });
  });

  it("says so in Chinese and English", () => {
    const r = read(SPENDING([["2013101", "行政运行", "12.00*", "1.00", "11.00"]]));
    const p = r.problems.find((x) => x.code === "note-mark");
    expect(p).toBeDefined();
    if (p === undefined) return;
    expect(formatReadProblem(p)).toContain("注释标记（*）");
    expect(formatReadProblem(p, "en")).toContain("note mark (*)");
  });

  it("keeps a cell that is no figure without its mark malformed, and leaves names and plain cells alone", () => {
    const r = read(SPENDING([["2013101", "行政运行*", "1２x*", "1.00", "(1.00)"]]));
    expect(r.problems.some((p) => p.code === "malformed-amount" && p.raw === "1２x*")).toBe(true);
    expect(r.problems.some((p) => p.code === "note-mark")).toBe(false);
    expect(r.table?.rows[0]?.name).toBe("行政运行*");
    expect(r.table?.rows[0]?.cells.project).toBe("(1.00)");
  });
});
