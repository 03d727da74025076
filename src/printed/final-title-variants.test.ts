/**
 * Other printers' titles of the 决算 form's tables (a table number in brackets, 决算 printed before
 * what it is of, a 收入 / 支出 table printed as a 总表) read as their kinds; tables some provinces
 * publish beyond the form's are `unread-table` (info, a gap of the library), never `unknown-title`.
 */
import { describe, expect, it } from "vitest";
import { final2024 } from "../final";
import { henan2024, shanghai, type Template } from "../templates";
import { readPrintedTable } from "./read";
import { rankTableKinds } from "./title";

const best = (title: string, template: Template) => rankTableKinds(title, template)[0]?.kind.id;

describe("决算 titles as other printers print them", () => {
  it.each([
    ["收入支出决算总表（公开01表）", "summary"],
    ["收入支出决算总表(公开01表)", "summary"],
    ["财政拨款收入支出决算总表（公开04表）", "fiscalSummary"],
    ["收入决算表【公开02表】", "income"],
    ["部门决算收入支出总表", "summary"],
    ["某区财政局部门决算收支总表", "summary"],
    ["收入决算总表", "income"],
    ["支出决算总表", "expenditure"],
    ["2024年度部门支出决算总表", "expenditure"],
  ])("%s → %s", (title, kind) => {
    expect(best(title, final2024)).toBe(kind);
  });

  it("keeps 收支 a 总表 and a budget 支出总表 a budget table", () => {
    expect(best("收入支出决算总表", final2024)).toBe("summary");
    expect(best("财政拨款收入支出决算总表", final2024)).toBe("fiscalSummary");
    expect(best("部门支出总表", henan2024)).toBe(best("部门支出总表（预算03表）", henan2024));
  });

  const table = { unit: "万元", headers: ["项目", "金额"], rows: [["合计", "1.00"]] };
  it.each<[string, Template, string]>([
    ["财政拨款支出决算明细表", final2024, "fiscalSpendingDetail"],
    ["一般公共预算财政拨款收入支出决算表", final2024, "gpbIncomeSpending"],
    ["2024年度一般公共预算财政拨款项目支出决算表", final2024, "projectSpendingFinal"],
    ["基本支出决算表", final2024, "basicSpendingFinal"],
    ["机关运行经费支出决算表", final2024, "operatingCosts"],
    ["财政拨款“三公”经费及机关运行经费支出决算表", final2024, "operatingCosts"],
    ["2025年一般公共预算“三公”经费支出表", shanghai, "sanGong"],
    ["2025年项目支出预算表", shanghai, "projects"],
  ])("%s: unread-table (info), not unknown-title", (title, template, id) => {
    const r = readPrintedTable({ ...table, title }, { template });
    expect(r.problems).toEqual([
      { code: "unread-table", severity: "info", path: { title }, table: id },
    ]);
  });

  it("a template with a kind of the title still reads it", () => {
    const r = readPrintedTable(
      { ...table, title: "2024年项目支出预算表" },
      { template: henan2024 },
    );
    expect(r.problems.map((p) => p.code)).not.toContain("unread-table");
  });
});
