/**
 * Misprinted codes, read from printed tables and checked: a dropped leading zero is read as the
 * code it denotes (the row keeps its place, the misprint is a warning citing the print); a code
 * that cannot be resolved keeps its row as unplaced, and a sum that needs it is insufficient data,
 * never an error against a correct total.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../../src/disclosure";
import type { PrintedTable } from "../../src/printed";
import { checkHenanTables, readHenan } from "./check";

const read = readHenan;

const check = (...tables: Table[]) => {
  return checkHenanTables(...tables);
};

const HEADERS = ["科目编码/类", "科目编码/款", "科目编码/项", "科目名称", "合计"];

const expenditure = (code: readonly [string, string, string]): PrintedTable => ({
  title: "2024年部门支出预算表",
  unit: "万元",
  headers: HEADERS,
  rows: [
    ["", "", "", "合计", "100.00"],
    ["201", "", "", "一般公共服务支出", "100.00"],
    ["201", "31", "", "党委办公厅（室）及相关机构事务", "100.00"],
    ["201", "31", "01", "行政运行", "60.00"],
    [...code, "一般行政管理事务", "40.00"],
  ],
});

describe("a code printed without its leading zero", () => {
  it.each([[["201", "31", "2"]], [["201 31 2", "", ""]]] as const)(
    "%j is read as 2013102: the sums hold, the misprint is one warning citing the print",
    (code) => {
      const report = check(read(expenditure(code)));
      const serious = report.findings.filter((f) => f.severity !== "info");
      expect(serious.map((f) => [f.ruleId, f.severity, f.path?.row, f.path?.raw])).toEqual([
        ["code.misprint", "warning", "functional:2013102", "201 31 2"],
      ]);
      expect(report.outcomes.find((o) => o.ruleId === "rollup")?.outcome).toBe("pass");
      expect(report.coverage.notUnderstood).toBe(0);
    },
  );
});

describe("a code that cannot be resolved", () => {
  it("keeps its row as unplaced: coverage names it, the sum that needs it is insufficient data, no error", () => {
    const report = check(read(expenditure(["2O1", "31", "02"])));
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(report.coverage.tables[0]?.gaps).toEqual([
      { code: "unplaced-row", table: "expenditure", row: "unplaced:2O1 31 02", cells: 1 },
    ]);
    const rollup = report.findings.filter((f) => f.ruleId === "rollup");
    expect(rollup.map((f) => [f.outcome, f.severity, f.path?.row, f.expected, f.actual])).toEqual([
      ["insufficient-data", "info", "functional:20131", "60.00", "100.00"],
    ]);
    expect(report.outcomes.find((o) => o.ruleId === "rollup")?.outcome).toBe("insufficient-data");
  });

  it("still lets a real error through where the unplaced row cannot matter: another table's sums", () => {
    const bad: PrintedTable = {
      title: "2024年一般公共预算“三公”经费预算表",
      unit: "万元",
      headers: ["“三公”经费合计", "因公出国（境）费", "公务用车购置及运行费/小计", "公务接待费"],
      rows: [["6.50", "", "4.00", "2.60"]],
    };
    const report = check(read(expenditure(["2O1", "31", "02"])), read(bad));
    expect(report.findings.filter((f) => f.severity === "error").map((f) => f.ruleId)).toEqual([
      "sanGong.sum",
    ]);
  });
});
