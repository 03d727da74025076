import { describe, expect, it } from "vitest";
import type { SourceCell } from "../facts";
import { henan2024, shanghai } from "../templates";
import { messageLabels } from "./labels";

/**
 * Labels of cells and tables, from a template's data (table names, column headers, line labels)
 * or from the raw ids without one. Expected strings are written from the template data by hand.
 */

const cell = (table: string, row: string, column: string, raw: string): SourceCell => ({
  table,
  row,
  column,
  raw,
});

describe("messageLabels(template).cell", () => {
  const labels = messageLabels(henan2024);

  it("names a code row by its code, the column by its first header, and quotes the value", () => {
    expect(labels.cell(cell("expenditure", "functional:2013101", "total", "558.07"))).toEqual({
      "zh-CN": "【部门支出预算表】2013101 行「合计」列（558.07）",
      en: '[Expenditure] row 2013101, column "合计" (558.07)',
    });
  });

  it("names a whole row (no column) without an empty column label, with its printed text if any", () => {
    expect(labels.cell(cell("expenditure", "functional:2013101", "", ""))).toEqual({
      "zh-CN": "【部门支出预算表】2013101 行",
      en: "[Expenditure] row 2013101",
    });
    expect(labels.cell(cell("gpbBasic", "economic:30102", "", "301 2"))).toEqual({
      "zh-CN": "【一般公共预算基本支出预算表】30102 行（301 2）",
      en: "[General public budget basic expenditure] row 30102 (301 2)",
    });
  });

  it("leaves the value out when asked", () => {
    expect(
      labels.cell(cell("expenditure", "functional:2013101", "total", "558.07"), false),
    ).toEqual({
      "zh-CN": "【部门支出预算表】2013101 行「合计」列",
      en: '[Expenditure] row 2013101, column "合计"',
    });
  });

  it("names the 合计 row, a line by its printed label, and a single-row table without a row", () => {
    expect(labels.cell(cell("expenditure", "total", "basic", "682.06"), false)).toEqual({
      "zh-CN": "【部门支出预算表】合计行「基本支出/小计」列",
      en: '[Expenditure] total row, column "基本支出/小计"',
    });
    expect(labels.cell(cell("summary", "line:revenue.total", "income.amount", "969.06"))).toEqual({
      "zh-CN": "【部门收支预算表】“收入总计”行「收入/金额」列（969.06）",
      en: '[Revenue and expenditure summary] line "收入总计", column "收入/金额" (969.06)',
    });
    expect(labels.cell(cell("sanGong", "single", "reception", "2.50"))).toEqual({
      "zh-CN": "【一般公共预算“三公”经费预算表】「公务接待费」列（2.50）",
      en: '[“Three public expenses”] column "公务接待费" (2.50)',
    });
  });

  it("strips the kind of every part of a paired economic row, and says a blank is blank", () => {
    expect(labels.cell(cell("gpbBasic", "economic:30217/50206", "total", ""))).toEqual({
      "zh-CN":
        "【一般公共预算基本支出预算表】30217/50206 行「本年一般公共预算基本支出/合计」列（空）",
      en: '[General public budget basic expenditure] row 30217/50206, column "本年一般公共预算基本支出/合计" (blank)',
    });
  });

  it("counts an indicator line from 1 (its id counts from 0), never as row 0", () => {
    expect(labels.cell(cell("projectTargets", "indicator:0", "indicator.value", "≥3次"))).toEqual({
      "zh-CN": "【项目绩效目标汇总表】第 1 条指标行「绩效指标/指标值」列（≥3次）",
      en: '[Project performance targets] indicator row 1, column "绩效指标/指标值" (≥3次)',
    });
    expect(messageLabels().cell(cell("departmentTargets", "indicator:11", "", ""), false).en).toBe(
      "[departmentTargets] indicator row 12",
    );
  });

  it("follows the template it is given (Shanghai names its tables its own way)", () => {
    const sh = messageLabels(shanghai).table("sanGongAndOperating");
    expect(sh).toEqual({
      "zh-CN": shanghai.tables.find((k) => k.id === "sanGongAndOperating")?.name["zh-CN"],
      en: shanghai.tables.find((k) => k.id === "sanGongAndOperating")?.name.en,
    });
    expect(sh["zh-CN"]).not.toBe("sanGongAndOperating");
  });
});

describe("messageLabels() without a template", () => {
  const labels = messageLabels();

  it("names tables, columns and lines by their raw ids", () => {
    expect(labels.cell(cell("expenditure", "functional:2013101", "total", "558.07"))).toEqual({
      "zh-CN": "【expenditure】2013101 行「total」列（558.07）",
      en: '[expenditure] row 2013101, column "total" (558.07)',
    });
    expect(labels.cell(cell("summary", "line:revenue.total", "income.amount", ""), false)).toEqual({
      "zh-CN": "【summary】“revenue.total”行「income.amount」列",
      en: '[summary] line "revenue.total", column "income.amount"',
    });
    expect(labels.table("sanGong")).toEqual({ "zh-CN": "sanGong", en: "sanGong" });
  });

  it("keeps an id the template does not know as it is", () => {
    expect(messageLabels(henan2024).table("balanceSheet")).toEqual({
      "zh-CN": "balanceSheet",
      en: "balanceSheet",
    });
  });
});

describe("messageLabels(template).cells", () => {
  const labels = messageLabels(henan2024);
  const part = (column: string, raw: string) => cell("sanGong", "single", column, raw);

  it("names the printed cells only: a blank part adds nothing to a sum", () => {
    const named = labels.cells([
      part("abroad", ""),
      part("vehicles", "4.00"),
      part("reception", "2.60"),
    ]);
    expect(named).toEqual({
      "zh-CN":
        "【一般公共预算“三公”经费预算表】「公务用车购置及运行费/小计」列（4.00）、【一般公共预算“三公”经费预算表】「公务接待费」列（2.60）",
      en: '[“Three public expenses”] column "公务用车购置及运行费/小计" (4.00); [“Three public expenses”] column "公务接待费" (2.60)',
    });
  });

  it("names blank cells when no cell is printed", () => {
    expect(labels.cells([part("abroad", " ")])["zh-CN"]).toBe(
      "【一般公共预算“三公”经费预算表】「因公出国（境）费」列（ ）",
    );
  });

  it("names at most 6 cells and counts the rest", () => {
    const eight = ["1", "2", "3", "4", "5", "6", "7", "8"].map((v) =>
      cell("expenditure", `functional:20131${v}`, "total", `${v}.00`),
    );
    const named = labels.cells(eight);
    expect(named["zh-CN"].split("、")).toHaveLength(6);
    expect(named["zh-CN"]).toMatch(/（6\.00） 等另 2 格$/u);
    expect(named["zh-CN"]).not.toContain("7.00");
    expect(named.en.split("; ")).toHaveLength(6);
    expect(named.en).toMatch(/\(6\.00\) and 2 more cells$/u);
  });

  it("names exactly 6 cells without a count", () => {
    const six = ["1", "2", "3", "4", "5", "6"].map((v) =>
      cell("expenditure", `functional:20131${v}`, "total", `${v}.00`),
    );
    expect(labels.cells(six).en).not.toContain("more");
    expect(labels.cells(six)["zh-CN"]).not.toContain("等另");
  });

  it("is empty for no cells", () => {
    expect(labels.cells([])).toEqual({ "zh-CN": "", en: "" });
  });
});
