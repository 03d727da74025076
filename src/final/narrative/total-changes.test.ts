/**
 * 一 and 四: the change of the total with last year's figure printed in the comparison
 * (`比上年（54,300.00万元）增加…`, `比2023年度的54,300.00万元增加…`), its digits grouped by
 * thousands; and the total printed as its two sides (`收入总计X万元，支出总计Y万元`).
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../../disclosure";
import { readFinalNarrative } from "./read";
import { finalAmountRule } from "./rules";
import { finalChangeRule } from "./rules-more";
import { run } from "./test-support";

const HEAD = "一、收入支出决算总体情况说明";
/** The change read: subject, this year's, the change, last year's as printed. */
const changes = (p: string) =>
  readFinalNarrative(`${HEAD}\n${p}`).changes.map((c) => [
    c.subject,
    c.current.value,
    c.delta.value,
    c.prior?.value,
  ]);

describe("一 / 四: last year's figure printed in the comparison, grouped by thousands", () => {
  const T = "2024年度收入、支出决算总计56,800.00万元，";
  it.each([
    `${T}比上年（54,300.00万元）增加2,500.00万元，增长4.60%，主要原因是学生人数增加。`,
    `${T}比上年(54,300.00万元)增加2,500.00万元，增长4.60%。`,
    `${T}比2023年度的54,300.00万元增加2,500.00万元，增长4.60%。`,
    `${T}比2023年度（54,300.00万元）增加了2,500.00万元，增长4.60%。`,
    `${T}较2023年度决算数54,300.00万元增加2,500.00万元，增长4.60%。`,
    `${T}比上年度的54,300.00万元增加2,500.00万元，增长4.60%。`,
  ])("%s", (p) => {
    expect(changes(p)).toEqual([["total", "56800.00", "2500.00", "54300.00"]]);
    // as printed, it checks; a change 100.00 off is found against last year's figure
    expect(run(finalChangeRule, [HEAD, p]).findings).toEqual([]);
    const wrong = p
      .replace("增加2,500.00", "增加2,600.00")
      .replace("增加了2,500.00", "增加了2,600.00");
    expect(run(finalChangeRule, [HEAD, wrong]).findings.map((f) => f.params.kind)).toContain(
      "prior",
    );
  });

  it("四's total, 1,000s and all", () => {
    const p =
      "四、财政拨款收入支出决算总体情况说明\n2024年度财政拨款收入支出决算总计52,368.40万元，比上年（50,368.40万元）增加2,000.00万元，增长3.97%。";
    expect(
      readFinalNarrative(p).changes.map((c) => [c.subject, c.delta.value, c.prior?.value]),
    ).toEqual([["fiscalTotal", "2000.00", "50368.40"]]);
  });

  it("a figure in brackets that is not last year's total stays unread", () => {
    expect(changes(`${T}比2023年度（不含离退休人员经费1,200.00万元）增加2,500.00万元。`)).toEqual([
      ["total", "56800.00", "2500.00", undefined],
    ]);
  });
});

/** 收入支出决算总表: 本年收入合计 / 收入总计 and 本年支出合计 / 支出总计. */
const summary = (
  revenue: string,
  total: string,
  spending: string,
  spendingTotal = total,
): Table => ({
  kind: "summary",
  unit: "万元",
  rows: [
    { key: { kind: "line", line: "revenue" }, cells: { "income.amount": revenue } },
    { key: { kind: "line", line: "revenue.total" }, cells: { "income.amount": total } },
    { key: { kind: "line", line: "spending" }, cells: { "spending.amount": spending } },
    { key: { kind: "line", line: "spending.total" }, cells: { "spending.amount": spendingTotal } },
  ],
});
const TABLES = [summary("55,600.00", "56,800.00", "55,000.00")];
const amounts = (p: string) =>
  run(finalAmountRule, [HEAD, p], TABLES).findings.map((f) => [f.params.what, f.params.printed]);

describe("一's total printed as its two sides", () => {
  it("two sides that differ are each read, the total none", () => {
    const r = readFinalNarrative(
      `${HEAD}\n本部门2024年度收入总计56,810.00万元，支出总计56,800.00万元，较上年增加2,500.00万元。`,
    );
    expect(r.total).toBeUndefined();
    expect([r.totalSides?.revenue.value, r.totalSides?.spending.value]).toEqual([
      "56810.00",
      "56800.00",
    ]);
  });

  it.each([
    [
      "本部门2024年度收入总计56,810.00万元，支出总计56,800.00万元，较上年增加2,500.00万元。",
      "收入总计",
      "56810.00",
    ],
    ["本部门2024年度收入总计56,800.00万元，支出总计56,900.00万元。", "支出总计", "56900.00"],
    [
      "2024年度收入决算总计56,800.00万元，支出决算总计56,080.00万元，与上年相比均有增加。",
      "支出总计",
      "56080.00",
    ],
  ])("the wrong side is found: %s", (p, what, printed) => {
    expect(amounts(p)).toEqual([[what, printed]]);
  });

  it.each([
    "本部门2024年度收入总计56,800.00万元，支出总计56,800.00万元，较上年增加2,500.00万元。",
    "2024年度收入总计56,800.00万元、支出总计56,800.00万元。",
    // 支出总计 said of 本年支出合计, with the 结转 after it: not held against the table's 总计
    "2024年度收入总计56,800.00万元，支出总计55,000.00万元，年末结转和结余1,800.00万元。",
    // 收入总计 said of 本年收入合计
    "2024年度收入总计55,600.00万元，支出总计56,800.00万元。",
    // last year's sides first: this year's are read
    "2023年度收入总计54,300.00万元，支出总计54,300.00万元；2024年度收入总计56,800.00万元，支出总计56,800.00万元。",
  ])("correct sides pass: %s", (p) => {
    expect(amounts(p)).toEqual([]);
  });
});
