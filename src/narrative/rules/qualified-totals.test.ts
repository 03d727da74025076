/**
 * False alarms `narrative.amount` must not raise: a word before a total's name (`支出预算`,
 * `收入合计`, `部门预算支出`…) that names a part of the department's money (an economic item:
 * `会议费支出预算`, `工资福利支出预算`; a kind of revenue: `非税收入预算`) makes the figure that
 * part's, left unplaced (the own level, `机关本级支出预算`, is the units' reading's). The
 * department's own name, a year, the document's own name for itself, a whole's word or a break
 * before it still name the total: a wrong figure there is still found.
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { findings, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.amount");
const summary = tableBuilder(henan2024, "summary")
  .line("revenue", { "income.amount": "969.06" })
  .line("revenue.total", { "income.amount": "969.06" })
  .build().value;
const expenditure = tableBuilder(henan2024, "expenditure")
  .total({ total: "969.06", basic: "682.06", project: "287.00" })
  .build().value;
const run = (body: string) => check(disclosure([summary, expenditure], body));
const found = (body: string) =>
  findings(run(body), "narrative.amount").map((f) => [f.expected, f.actual]);

describe("a narrower word before a total's name: the figure is a part's, not compared", () => {
  it.each([
    "某单位2024年会议费支出预算为3.00万元。",
    "2024年培训费支出预算为5.00万元。",
    "差旅费支出预算8.00万元。",
    "离退休人员经费支出预算40.00万元。",
    "住房公积金支出预算30.00万元。",
    "工资福利支出预算609.28万元。",
    "2024年非税收入预算为12.00万元。",
    "工会经费收入合计5.00万元。",
    "2024年人员类支出合计630.38万元。",
    "2025年保密经费支出预算为8.00万元。",
    "信息化运维支出合计20.00万元。",
    "专户资金收入合计12.00万元。",
  ])("%s: no finding", (body) => {
    expect(found(body)).toEqual([]);
  });

  it.each([
    ["某单位2024年支出预算为900.00万元。", "900.00"],
    ["2024年支出预算为900.00万元。", "900.00"],
    ["本部门支出预算900.00万元。", "900.00"],
    ["（一）支出预算900.00万元。", "900.00"],
    ["其中：支出合计900.00万元。", "900.00"],
    ["全年支出预算900.00万元。", "900.00"],
    ["单位预算支出900.00万元。", "900.00"],
    ["2024年收入预算为900.00万元。", "900.00"],
    ["本部门收入合计900.00万元。", "900.00"],
  ])("the total, wrong, after words that say nothing: still found: %s", (body, actual) => {
    expect(found(body)).toEqual([["969.06", actual]]);
  });

  it("the total, true: checked and passed", () => {
    const r = run("某单位2024年支出预算为969.06万元，收入预算969.06万元。");
    expect([outcome(r, "narrative.amount"), findings(r, "narrative.amount")]).toEqual(["pass", []]);
  });
});
