/**
 * A 总表 whose form numbers every line (`行次`), printing on the income side the numbers of lines
 * left empty beside the spending side's longer list (`| 9 | |` under 收入): such a side is an empty
 * line, not an unplaced row (a gap reported on a correct table). The 决算 form's own 行次 column
 * and a 预算 总表 whose template knows no 行次 alike; a wrong figure is still caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { final2024, finalProfile } from "../src/final";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { checkDisclosure, nationalProfile } from "../src/rules";
import { nationalMinimum, type Template } from "../src/templates";
import { serious } from "./layouts/check";

const finalSummary = (number: (n: string) => string, total = "1,015.00"): PrintedTable => ({
  title: "收入支出决算总表",
  unit: "单位：万元",
  headers: ["收入/项目", "收入/行次", "收入/金额", "支出/项目", "支出/行次", "支出/金额"],
  rows: [
    [
      "一、一般公共预算财政拨款收入",
      number("1"),
      "1,000.00",
      "一、一般公共服务支出",
      number("32"),
      "800.00",
    ],
    ["二、其他收入", number("2"), "10.00", "二、社会保障和就业支出", number("33"), "110.00"],
    ["", number("3"), "", "三、卫生健康支出", number("34"), "40.00"],
    ["", number("4"), "", "四、住房保障支出", number("35"), "60.00"],
    ["本年收入合计", number("27"), "1,010.00", "本年支出合计", number("58"), "1,010.00"],
    ["年初结转和结余", number("29"), "5.00", "年末结转和结余", number("60"), "5.00"],
    ["总计", number("30"), total, "总计", number("61"), "1,015.00"],
  ],
});

const budgetSummary = (housing = "60.00"): PrintedTable => ({
  title: "部门收支总表",
  unit: "单位：万元",
  headers: ["收入/项目", "收入/行次", "收入/预算数", "支出/项目", "支出/行次", "支出/预算数"],
  rows: [
    ["一、一般公共预算拨款收入", "1", "1,000.00", "一、一般公共服务支出", "30", "800.00"],
    ["二、其他收入", "2", "10.00", "二、社会保障和就业支出", "31", "110.00"],
    ["", "3", "", "三、卫生健康支出", "32", "40.00"],
    ["", "4", "", "四、住房保障支出", "33", housing],
    ["本年收入合计", "20", "1,010.00", "本年支出合计", "50", "1,010.00"],
    ["收入总计", "22", "1,010.00", "支出总计", "52", "1,010.00"],
  ],
});

const read = (t: PrintedTable, template: Template) =>
  readPrintedTable(t, { template, catalog: catalog2024.functional });

const check = (t: PrintedTable, template: Template) => {
  const r = read(t, template);
  const final = template === final2024;
  const report = checkDisclosure(
    {
      meta: {
        year: 2024,
        documentKind: "单位",
        template: template.id,
        department: { name: "某局" },
        units: [{ name: "某局", unitType: "行政" }],
      },
      tables: r.table === undefined ? [] : [r.table],
      texts: [],
    },
    { profile: final ? finalProfile : nationalProfile, template, catalog: catalog2024 },
  );
  return serious(report.findings);
};

describe.each([
  ["numbers as printed", (n: string) => n],
  ["numbers letter-spaced", (n: string) => ` ${n} `],
])("a 决算 收入支出决算总表 printing the 行次 of empty income lines: %s", (_, number) => {
  it("no unplaced row, no finding above info", () => {
    const r = read(finalSummary(number), final2024);
    expect(r.problems.filter((p) => p.code === "unplaced-row")).toEqual([]);
    expect(r.table?.rows.some((row) => row.key.kind === "unplaced")).toBe(false);
    expect(check(finalSummary(number), final2024)).toEqual([]);
  });

  it("a wrong total is still caught", () => {
    expect(check(finalSummary(number, "1,016.00"), final2024).length).toBeGreaterThan(0);
  });
});

describe("a 预算 部门收支总表 with a 行次 column the template does not name", () => {
  it("the empty income lines are no unplaced rows", () => {
    const r = read(budgetSummary(), nationalMinimum);
    expect(r.problems.filter((p) => p.code === "unplaced-row")).toEqual([]);
    expect(check(budgetSummary(), nationalMinimum)).toEqual([]);
  });

  it("a wrong total is still caught", () => {
    expect(check(budgetSummary("70.00"), nationalMinimum).length).toBeGreaterThan(0);
  });

  it("a side printing a figure under no label stays unplaced (a figure is never dropped)", () => {
    const t = budgetSummary();
    const rows = t.rows.map((row, i) => (i === 2 ? ["", "3", "5.00", ...row.slice(3)] : row));
    const r = read({ ...t, rows }, nationalMinimum);
    expect(r.table?.rows.some((row) => row.key.kind === "unplaced")).toBe(true);
  });
});
