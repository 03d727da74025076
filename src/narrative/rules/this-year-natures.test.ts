/**
 * `当年` right before a nature of spending (`…，其中：基本支出450.00万元，当年项目支出350.00万元`) of a
 * fund its 其中 whole or section names: that fund's appropriation of this year, without what 上年结转
 * pays for. Compared with the tables' this year's money where they print it apart from the
 * carry-over (the 项目支出表's 本年拨款 beside its 财政拨款结转结余): a wrong figure is an error, a right
 * one none. Without a fund the words name, or after an earlier year, it stays unplaced (it was
 * always unplaced before, so a wrong figure slipped through).
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { findings } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { read } from "../test-support";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.amount");

/**
 * 一般公共预算 800.00 this year and 50.00 carried over (all of it to projects): 基本支出 450.00,
 * 项目支出 400.00 of which 350.00 this year's appropriation (the 项目支出表's 本年拨款) and 50.00 the
 * carry-over. `split`: whether the 项目支出表 prints the two apart.
 */
function tables(split = true) {
  const projects = split
    ? tableBuilder(henan2024, "projects")
        .total({ total: "400.00", gpb: "350.00", "carryover.gpb": "50.00" })
        .project("办公楼维修", { total: "150.00", gpb: "100.00", "carryover.gpb": "50.00" })
        .project("信息化建设", { total: "250.00", gpb: "250.00" })
        .build().value
    : undefined;
  return [
    tableBuilder(henan2024, "fiscalSummary")
      .line("revenue.gpb", { "income.amount": "800.00" })
      .line("revenue", { "income.amount": "800.00" })
      .line("revenue.carryover.gpb", { "income.amount": "50.00" })
      .line("revenue.carryover", { "income.amount": "50.00" })
      .line("revenue.total", { "income.amount": "850.00" })
      .line("spending", { "spending.total": "850.00", "spending.gpb": "850.00" })
      .build().value,
    tableBuilder(henan2024, "gpbExpenditure")
      .total({ total: "850.00", basic: "450.00", project: "400.00" })
      .functional("201", "一般公共服务支出", {
        total: "850.00",
        basic: "450.00",
        project: "400.00",
      })
      .build().value,
    ...(projects === undefined ? [] : [projects]),
  ];
}
const errors = (body: string, split = true) =>
  findings(check(disclosure(tables(split), body)), "narrative.amount")
    .filter((f) => f.severity !== "info")
    .map((f) => [f.expected, f.actual]);

/** Each wording with `X` for this year's project money (350.00 in the tables). */
const WORDINGS = [
  "2024年一般公共预算支出850.00万元，其中：基本支出450.00万元，当年项目支出X万元，上年结转项目支出50.00万元。",
  "2024年一般公共预算支出850.00万元，其中：基本支出450.00万元；2024年当年项目支出X万元。",
  "一般公共预算支出850.00万元，其中：基本支出450.00万元、当年度项目支出X万元。",
  // the section's fund
  "五、一般公共预算支出预算情况说明\n2024年基本支出450.00万元，当年项目支出X万元。",
];

describe("当年 before a nature of a fund the words name: this year's appropriation", () => {
  it.each(WORDINGS)("a right figure gives no alarm: %s", (w) => {
    expect(errors(w.replace("X", "350.00"))).toEqual([]);
  });

  it.each(WORDINGS)("a wrong figure is caught against 本年拨款: %s", (w) => {
    expect(errors(w.replace("X", "360.00"))).toEqual([["350.00", "360.00"]]);
  });

  it("where the tables print no carry-over apart, only a figure outside what it may be is wrong", () => {
    // between 400.00 less the fund's whole carry-over (350.00) and 400.00: not told, no error
    const w = WORDINGS[0] as string;
    expect(errors(w.replace("X", "350.00"), false)).toEqual([]);
    expect(errors(w.replace("X", "380.00"), false)).toEqual([]);
    expect(errors(w.replace("X", "420.00"), false)).toEqual([["400.00", "420.00"]]);
  });

  it.each([
    // no fund the words name; another qualifier; an earlier year's
    "2024年当年项目支出360.00万元。",
    "2024年一般公共预算支出850.00万元，其中：基本支出450.00万元，新增当年项目支出360.00万元。",
    "2023年项目支出380.00万元，当年项目支出360.00万元。",
  ])("left unplaced: %s", (text) => {
    expect(errors(text)).toEqual([]);
    expect(read(text).unplaced.some((u) => u.includes("360.00"))).toBe(true);
  });
});
