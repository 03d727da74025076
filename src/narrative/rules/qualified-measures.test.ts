/**
 * False alarms `narrative.amount` must not raise: a part of a nature of spending named by a word
 * before it (`新增项目支出`, `在职人员基本支出`, `上年结转安排的项目支出`) is not compared with the
 * whole's cell. The kinds of project are compared with their own columns (`其他运转类项目支出`),
 * a fund's part with that fund's; a wrong figure of the measure, with the words that say nothing
 * before it (`本部门2024年项目支出`, `（二）项目支出`), is still found.
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { findings, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.amount");
const expenditure = tableBuilder(henan2024, "expenditure")
  .total({
    total: "969.06",
    basic: "682.06",
    project: "287.00",
    "project.operating": "53.50",
    "project.specific": "233.50",
  })
  .build().value;
const run = (body: string) => check(disclosure([expenditure], body));
const found = (body: string) =>
  findings(run(body), "narrative.amount").map((f) => [f.expected, f.actual]);

describe("narrative.amount: a qualified nature of spending is not the whole", () => {
  it.each([
    "项目支出287.00万元，其中新增项目支出28.50万元，延续项目支出258.50万元。",
    "新增项目支出127.00万元，延续性项目支出160.00万元。",
    "重点项目支出160.00万元。",
    "一次性项目支出20.00万元，经常性项目支出267.00万元。",
    "上年结转安排的项目支出160.00万元。",
    "县级项目支出160.00万元。",
    "在职人员基本支出600.00万元。",
    "行政单位基本支出600.00万元。",
  ])("%s: no finding", (body) => {
    expect(found(body)).toEqual([]);
  });

  it("the kinds of project, true: checked and passed", () => {
    const r = run("其他运转类项目支出53.50万元，特定目标类项目支出233.50万元。");
    expect([outcome(r, "narrative.amount"), findings(r, "narrative.amount")]).toEqual(["pass", []]);
  });

  it("a kind of project, wrong: found against its own column", () => {
    expect(found("其他运转类项目支出55.30万元，特定目标类项目支出233.50万元。")).toEqual([
      ["53.50", "55.30"],
    ]);
  });

  it.each([
    ["本部门2024年项目支出278.00万元。", "278.00"],
    ["（二）项目支出278.00万元。", "278.00"],
    ["其中：项目支出278.00万元。", "278.00"],
    ["单位项目支出278.00万元。", "278.00"],
    ["2024年度基本支出628.06万元。", "628.06"],
  ])("a wrong figure after words that say nothing is still found: %s", (body, actual) => {
    const expected = actual === "628.06" ? "682.06" : "287.00";
    expect(found(body)).toEqual([[expected, actual]]);
  });
});
