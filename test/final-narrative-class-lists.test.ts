/**
 * 五(二)'s list of 类 led into otherwise than by `主要用于以下方面：` (a review's reproductions,
 * 2026-12-05): `主要用于：`, `按支出功能分类：`, `其中：`, run into 五(一)'s paragraph, or printed
 * without a lead after 五(一). Read, so a wrong share or amount is found; correct figures raise
 * nothing and leave no gap.
 */
import { describe, expect, it } from "vitest";
import { finalReport, PLANNING } from "./support/final-narrative";

const LIST =
  "一般公共预算财政拨款支出 9746.50 万元，主要用于以下方面：社会保障和就业支出（类）754.75 万元，占 7.74%；卫生健康支出（类）236.63 万元，占 2.43%；城乡社区支出（类）3832.36万元，占 39.32%；自然资源海洋气象等支出（类）4461.67 万元，占 45.78%；住房保障支出（类）461.08 万元，占 4.73%。";
const CLASSES = LIST.slice(LIST.indexOf("：") + 1);
const FIRST = "一般公共预算财政拨款支出 9746.50 万元，占本年支出合计的 99.86%。";

/** The planning fixture with its 五(二) and 五(一) paragraphs replaced. */
function narrative(list: string, first: string): string {
  return PLANNING.narrative.replace(LIST, list).replace(FIRST, first);
}

/** The 五 share and amount findings, and the gaps left among the 类's figures. */
function check(text: string) {
  const r = finalReport(PLANNING, text);
  const alarms = r.findings
    .filter(
      (f) =>
        (f.ruleId === "final.narrative.share" || f.ruleId === "final.narrative.amount") &&
        f.severity !== "info" &&
        String(f.params.text).includes("（类）"),
    )
    .map((f) => `${f.ruleId} ${String(f.params.printed)}`)
    .sort();
  const gaps = r.coverage.texts
    .flatMap((t) => t.gaps)
    // (五(三)'s `城乡社区支出（类）未完成年初预期，…完成 92%` is no list)
    .filter((g) => g.sentence.includes("（类）") && g.text !== "92%")
    .map((g) => g.text);
  return { alarms, gaps };
}

const LEADS: readonly (readonly [string, string, string])[] = [
  ["主要用于：", `一般公共预算财政拨款支出9746.50万元，主要用于：${CLASSES}`, FIRST],
  ["按支出功能分类：", `一般公共预算财政拨款支出9746.50万元，按支出功能分类：${CLASSES}`, FIRST],
  ["其中：", `2024年度一般公共预算财政拨款支出9746.50万元，其中：${CLASSES}`, FIRST],
  [
    "按支出功能分类，主要用于以下几个方面：",
    `一般公共预算财政拨款支出9746.50万元，按支出功能分类，主要用于以下几个方面：${CLASSES}`,
    FIRST,
  ],
  // run into 五(一)'s paragraph
  [
    "五(一) and 五(二) in one paragraph",
    "",
    `一般公共预算财政拨款支出9746.50万元，占本年支出合计的99.87%，其中：${CLASSES}`,
  ],
  // no lead: 五(一)'s figure is the whole
  ["no lead after 五(一)", CLASSES, FIRST],
];

describe("五(二) after other leads (规划和自然资源局)", () => {
  it.each(LEADS)("%s: read, nothing found, no gap", (_, list, first) => {
    expect(check(narrative(list, first))).toEqual({ alarms: [], gaps: [] });
  });
  it.each(LEADS)("%s: a wrong share and a wrong amount are found", (_, list, first) => {
    const wrong = (s: string) =>
      s
        .replace("754.75 万元，占 7.74%", "754.75 万元，占 9.74%")
        .replace("3832.36万元", "3800.00万元");
    expect(check(narrative(wrong(list), wrong(first))).alarms).toEqual([
      "final.narrative.amount 3800.00",
      "final.narrative.share 39.32",
      "final.narrative.share 9.74",
    ]);
  });
  it("a list without its lead and without 五(一)'s figure: coverage, nothing found", () => {
    const text = PLANNING.narrative.replace(LIST, CLASSES).replace(FIRST, "");
    expect(check(text).alarms).toEqual([]);
    expect(check(text).gaps).toContain("754.75 万元");
  });
  it("五(三)'s opening with 其中 is not read as a list", () => {
    const r = finalReport(PLANNING, PLANNING.narrative);
    expect(
      r.findings.filter((f) => f.ruleId === "final.narrative.rate").map((f) => f.params.kind),
    ).toContain("rate");
  });
});

describe("a list by function of every fund's spending, outside 五 (a review's reproduction)", () => {
  const S3 =
    "本年支出合计 9759.38 万元，其中：基本支出 5377.64 万元，占 55.10%；项目支出 4381.74 万元，占 44.90%。";
  // 三's 支出决算 by function, every fund's (城乡社区: 3845.24 of all funds, 3832.36 of gpb).
  const ALL_FUNDS =
    "本年支出合计9759.38万元，其中：一般公共预算财政拨款支出9746.50万元，占99.87%。按支出功能分类：社会保障和就业支出（类）754.75万元，占7.73%；卫生健康支出（类）236.64万元，占2.42%；城乡社区支出（类）3845.24万元，占39.40%；自然资源海洋气象等支出（类）4461.67万元，占45.72%；住房保障支出（类）461.08万元，占4.72%。";

  it("is not read as 五(二)'s list of 一般公共预算 类: no alarm", () => {
    expect(PLANNING.narrative.includes(S3)).toBe(true);
    expect(check(PLANNING.narrative.replace(S3, ALL_FUNDS)).alarms).toEqual([]);
  });
});
