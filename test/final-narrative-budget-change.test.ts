/**
 * 五(三) and 七 set the outcome against the budget in words (`比年初预算减少463.84万元，下降4.54%`,
 * `决算数比预算数减少2.46万元，下降86.32%`), not as a completion rate (a review's reproductions,
 * 2026-12-05): read, the difference held to outcome − budget and the rate to it over the budget.
 * A part's comparison in the reason (`主要原因：项目支出比年初预算减少…`) is not the whole's.
 */
import { describe, expect, it } from "vitest";
import { final2024, finalProfile } from "../src/final";
import { renderFinding } from "../src/rules/render";
import type { DisclosureFixture } from "./fixtures/types";
import { finalAlarms, finalReport, PLANNING } from "./support/final-narrative";

function swap(fixture: DisclosureFixture, from: string, to: string): string {
  if (!fixture.narrative.includes(from)) throw new Error(`not in the fixture: ${from}`);
  return fixture.narrative.replace(from, to);
}

/** The findings on a comparison with the budget. */
const against = (narrative: string) =>
  finalAlarms(PLANNING, narrative).filter((a) => / budget(Delta|Rate)$/u.test(a));

const OPENER =
  "一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%。";
const ITEM = "年初预算为 452.40 万元，支出决算为446.11 万元，完成年初预算的 98.61%。";
const SAN_GONG =
  "“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为 0.39 万元，完成预算的 13.68%";

describe("五(三)'s total against its budget (规划和自然资源局: 9746.50 of 10210.34)", () => {
  it.each([
    "一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，比年初预算减少463.84万元，下降4.54%。",
    "一般公共预算财政拨款支出年初预算数为10210.34万元，决算数为9746.50万元，较年初预算数减少463.84万元，下降4.54%。",
    "一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，决算数比年初预算减少463.84万元，降幅4.54%。",
    // a part's comparison in the reason: not the whole's
    "一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，完成年初预算的95.46%。主要原因：项目支出比年初预算减少500.00万元，下降10.00%。",
  ])("correct: nothing: %s", (text) => {
    expect(against(swap(PLANNING, OPENER, text))).toEqual([]);
  });
  it.each([
    [
      "一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，比年初预算减少436.84万元，下降4.28%。",
      ["final.narrative.rate budgetDelta"],
    ],
    [
      "一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，比年初预算减少463.84万元，下降4.45%。",
      ["final.narrative.rate budgetRate"],
    ],
    [
      "一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，比年初预算增加463.84万元，增长4.54%。",
      ["final.narrative.rate budgetDelta"],
    ],
  ])("wrong: found: %s", (text, expected) => {
    expect(against(swap(PLANNING, OPENER, text))).toEqual(expected);
  });
});

describe("a 项 of 五(三) against its budget (446.11 of 452.40)", () => {
  it("correct: nothing", () => {
    const text = "年初预算为452.40万元，支出决算为446.11万元，比年初预算减少6.29万元，下降1.39%。";
    expect(against(swap(PLANNING, ITEM, text))).toEqual([]);
  });
  it("a wrong rate is found", () => {
    const text = "年初预算为452.40万元，支出决算为446.11万元，比年初预算减少6.29万元，下降1.41%。";
    expect(against(swap(PLANNING, ITEM, text))).toEqual(["final.narrative.rate budgetRate"]);
  });
});

describe("七's 三公 against its budget (0.39 of 2.85)", () => {
  it.each([
    "“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元，决算数比预算数减少2.46万元，下降86.32%",
    "2024年度“三公”经费财政拨款支出预算为2.85万元，支出决算为0.39万元，比预算减少2.46万元，下降86.32%",
  ])("correct: nothing: %s", (text) => {
    expect(against(swap(PLANNING, SAN_GONG, text))).toEqual([]);
  });
  it("a wrong difference is found", () => {
    const text =
      "“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元，决算数比预算数减少2.64万元，下降92.63%";
    expect(against(swap(PLANNING, SAN_GONG, text))).toEqual(["final.narrative.rate budgetDelta"]);
  });
});

describe("messages", () => {
  it("render the difference and the rate in both locales", () => {
    const text =
      "一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，比年初预算减少436.84万元，下降4.45%。";
    const found = finalReport(PLANNING, swap(PLANNING, OPENER, text)).findings.filter((f) =>
      /^budget(Delta|Rate)$/u.test(String(f.params.kind)),
    );
    const all = found
      .flatMap((f) => [
        renderFinding(f, finalProfile.rules, "zh-CN", final2024),
        renderFinding(f, finalProfile.rules, "en", final2024),
      ])
      .join("\n");
    for (const words of [
      "称决算比预算减少 436.84万元，决算 9746.50 − 预算 10210.34 得 -463.84万元。",
      "says 4.45% off the budget; 436.84 ÷ 10210.34 gives 4.28%.",
    ])
      expect(all).toContain(words);
  });
});

describe("a part's comparison after 其中 or ；, the whole stating none (a review's reproduction)", () => {
  it.each([
    `${OPENER}其中：基本支出决算为5377.64万元，比年初预算增加10.00万元，增长0.19%；项目支出决算为4368.86万元，比年初预算减少473.84万元，下降9.79%。`,
    `${OPENER}基本支出决算为5377.64万元；项目支出决算为4368.86万元，比年初预算减少473.84万元，下降9.79%。`,
  ])("no finding on the whole: %s", (text) => {
    expect(against(swap(PLANNING, OPENER, text))).toEqual([]);
  });
});
