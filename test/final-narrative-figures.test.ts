/**
 * The figures of 五 and 七 held against the tables (a review's reproductions, 2026-12-05): 五(一)'s
 * 一般公共预算财政拨款支出, 五(二)'s whole and each 类, 五(三)'s outcome and 七's 三公 budget. A wrong
 * figure whose share or rate the printer computed from it used to pass; a correct one in other
 * words, or one that agrees with any table printing the fact, raises nothing.
 */
import { describe, expect, it } from "vitest";
import type { DisclosureFixture } from "./fixtures/types";
import { FINANCE, finalReport, PLANNING, SOCIAL } from "./support/final-narrative";

/** The fixture's 情况说明 with `from` replaced by `to` (which must be printed). */
function swap(fixture: DisclosureFixture, from: string, to: string): string {
  if (!fixture.narrative.includes(from)) throw new Error(`not in the fixture: ${from}`);
  return fixture.narrative.replace(from, to);
}

/** The `final.narrative.amount` findings above info, as `what printed/table`. */
const amounts = (fixture: DisclosureFixture, narrative: string): string[] =>
  finalReport(fixture, narrative)
    .findings.filter((f) => f.ruleId === "final.narrative.amount" && f.severity !== "info")
    .map((f) => `${String(f.params.what)} ${String(f.params.printed)}/${String(f.params.table)}`);

describe("the fixtures: no amount of 五 or 七 is found wrong", () => {
  // 财政局 prints 208 as 326.72 (tables 2, 3, 5) and 326.71 (总表, 财政拨款总表): 五(二)'s 326.72
  // agrees with a table; 规划局's 210 236.63 likewise (236.64 in tables 2, 3, 5)
  it.each([
    ["财政局", FINANCE, ["财政拨款收入支出总计 0.3/2961.68"]],
    ["规划和自然资源局", PLANNING, ["基本支出 5377.64/5364.75", "人员经费 4896.98/4884.09"]],
    ["社会工作部", SOCIAL, []],
  ] as const)("%s", (_, fixture, expected) => {
    expect(amounts(fixture, fixture.narrative)).toEqual(expected);
  });
});

const PLAN_OWN = ["基本支出 5377.64/5364.75", "人员经费 4896.98/4884.09"];

describe("五(一) 一般公共预算财政拨款支出 (规划和自然资源局, table 9746.50)", () => {
  const FIRST = "一般公共预算财政拨款支出 9746.50 万元，占本年支出合计的 99.86%。";
  it.each([
    "一般公共预算财政拨款支出决算为9746.50万元，占本年支出合计的99.87%。",
    "2024年度一般公共预算财政拨款支出9,746.50万元，占本年支出合计的99.87%。",
    "一般公共预算财政拨款支出决算9746.5万元，占本年支出合计的99.87%。",
  ])("a correct figure in other words: nothing: %s", (text) => {
    expect(amounts(PLANNING, swap(PLANNING, FIRST, text))).toEqual(PLAN_OWN);
  });
  it.each([
    ["一般公共预算财政拨款支出9700.00万元，占本年支出合计的99.39%。", "9700.00"],
    ["一般公共预算财政拨款支出决算为9764.50万元，占本年支出合计的100.05%。", "9764.50"],
  ])("a wrong figure whose share follows from it is found: %s", (text, figure) => {
    expect(amounts(PLANNING, swap(PLANNING, FIRST, text))).toContain(
      `一般公共预算财政拨款支出 ${figure}/9746.50`,
    );
  });
});

describe("五(二) the whole and each 类 (规划和自然资源局)", () => {
  const LIST =
    "一般公共预算财政拨款支出 9746.50 万元，主要用于以下方面：社会保障和就业支出（类）754.75 万元，占 7.74%；卫生健康支出（类）236.63 万元，占 2.43%；城乡社区支出（类）3832.36万元，占 39.32%；自然资源海洋气象等支出（类）4461.67 万元，占 45.78%；住房保障支出（类）461.08 万元，占 4.73%。";
  it.each([
    // 类 printed without （类）, or without their trailing 支出
    LIST.replaceAll("（类）", ""),
    LIST.replace("住房保障支出（类）", "住房保障（类）").replace(
      "卫生健康支出（类）",
      "卫生健康（类）",
    ),
    LIST.replaceAll(" 万元", "万元").replace("9746.50", "9,746.50"),
  ])("correct figures: nothing: %s", (text) => {
    expect(amounts(PLANNING, swap(PLANNING, LIST, text))).toEqual(PLAN_OWN);
  });
  it.each([
    [
      LIST.replace("3832.36万元，占 39.32%", "3800.00万元，占 38.99%"),
      "城乡社区支出 3800.00/3832.36",
    ],
    [
      LIST.replace(
        "住房保障支出（类）461.08 万元，占 4.73%",
        "住房保障（类）416.08 万元，占 4.27%",
      ),
      "住房保障 416.08/461.08",
    ],
    [
      LIST.replaceAll("（类）", "").replace("754.75 万元，占 7.74%", "745.75 万元，占 7.65%"),
      "社会保障和就业支出 745.75/754.75",
    ],
    [
      LIST.replace("9746.50 万元，主要", "9764.50 万元，主要"),
      "一般公共预算财政拨款支出 9764.50/9746.50",
    ],
  ])("a wrong figure whose share follows from it is found: %s", (text, finding) => {
    expect(amounts(PLANNING, swap(PLANNING, LIST, text))).toContain(finding);
  });
});

describe("五(三) the outcome (规划和自然资源局)", () => {
  const OPENER =
    "一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%。";
  it.each([
    "一般公共预算财政拨款支出年初预算数为10210.34万元，决算数为9746.50万元，完成年初预算的95.46%。",
    "2024年度一般公共预算财政拨款支出决算数为9746.50万元，年初预算数为10210.34万元，决算数占年初预算数的95.46%。",
  ])("a correct outcome in other words: nothing: %s", (text) => {
    expect(amounts(PLANNING, swap(PLANNING, OPENER, text))).toEqual(PLAN_OWN);
  });
  it.each([
    "一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9700.00万元，完成年初预算的95.00%。",
    "一般公共预算财政拨款支出年初预算数为10210.34万元，决算数为9700.00万元，预算执行率为95.00%。",
  ])("a wrong outcome whose rate follows from it is found: %s", (text) => {
    expect(amounts(PLANNING, swap(PLANNING, OPENER, text))).toContain(
      "一般公共预算财政拨款支出决算 9700.00/9746.50",
    );
  });
});

describe("七 the 三公 budget (规划和自然资源局, 预算数 2.85)", () => {
  const SAN_GONG =
    "“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为 0.39 万元，完成预算的 13.68%";
  it.each([
    "2024年度财政拨款“三公”经费支出预算为2.85万元，支出决算为0.39万元，完成预算的13.68%",
    "“三公”经费财政拨款支出年初预算数为2.85万元，支出决算数为0.39万元，完成年初预算的13.68%",
    // a 全年预算 the table does not print: not compared
    "“三公”经费财政拨款支出全年预算为3.00万元，支出决算为0.39万元，完成全年预算的13.00%",
  ])("a correct or unknown budget: nothing: %s", (text) => {
    expect(amounts(PLANNING, swap(PLANNING, SAN_GONG, text))).toEqual(PLAN_OWN);
  });
  it.each([
    "“三公”经费财政拨款支出年初预算为 3.85 万元，支出决算为 0.39 万元，完成预算的 10.13%",
    "2024年度财政拨款“三公”经费支出预算为3.85万元，支出决算为0.39万元，完成预算的10.13%",
  ])("a wrong budget whose rate follows from it is found: %s", (text) => {
    expect(amounts(PLANNING, swap(PLANNING, SAN_GONG, text))).toContain("“三公”经费预算 3.85/2.85");
  });
});
