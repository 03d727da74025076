/**
 * Other printers' wordings of the outcome set against its budget (a review's reproductions,
 * 2026-12-06): the sentence dated by the year (`2024年度决算数比年初预算减少…`), the adjusted budget
 * (`比调整后预算…`), `与年初预算相比，减少…`, 七's `2024年度“三公”经费决算数比预算数…`. Read as data and
 * held to outcome − budget (the budget from the text, 七's from the 三公 table where the text
 * names none); a correct one adds nothing, a wrong one is found. `预算调整数` (the adjustment, not
 * a budget) stays unread.
 */
import { describe, expect, it } from "vitest";
import { readFinalNarrative } from "../src/final";
import { budgetChangeIn } from "../src/final/narrative/budget-change";
import type { DisclosureFixture } from "./fixtures/types";
import { finalAlarms, PLANNING, SOCIAL } from "./support/final-narrative";

function swap(fixture: DisclosureFixture, from: string, to: string): string {
  if (!fixture.narrative.includes(from)) throw new Error(`not in the fixture: ${from}`);
  return fixture.narrative.replace(from, to);
}

/** The findings on a comparison with the budget. */
const against = (fixture: DisclosureFixture, narrative: string) =>
  finalAlarms(fixture, narrative).filter((a) => / budget(Delta|Rate)$/u.test(a));

const OPENER =
  "一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%。";
const HEAD = "一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元";
const ADJUSTED =
  "一般公共预算财政拨款支出年初预算为10210.34万元，调整后预算为10000.00万元，支出决算为9746.50万元";
const SAN_GONG =
  "“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为 0.39 万元，完成预算的 13.68%";
const SAN_HEAD = "“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元";

describe("五(三)'s whole in other wordings (规划和自然资源局: 9746.50 of 10210.34, −463.84, 4.54%)", () => {
  it.each([
    `${HEAD}。2024年度决算数比年初预算减少463.84万元，下降4.54%。`,
    `${HEAD}。2024年决算数较年初预算数减少463.84万元，下降4.54%。`,
    `${HEAD}。本年度支出决算比年初预算减少463.84万元，下降4.54%。`,
    `${HEAD}。2024年度一般公共预算财政拨款支出决算数比年初预算减少463.84万元，下降4.54%。`,
    `${HEAD}，与年初预算相比，减少463.84万元，下降4.54%。`,
    `${HEAD}，决算数与年初预算数相比减少463.84万元，下降4.54%。`,
    `${HEAD}，与年初预算10210.34万元相比，减少463.84万元，下降4.54%。`,
    `${ADJUSTED}，比调整后预算减少253.50万元，下降2.54%。`,
    `${ADJUSTED}，较调整后预算数减少253.50万元，下降2.54%。`,
    `${ADJUSTED}，与调整后预算相比，减少253.50万元，下降2.54%。`,
  ])("correct: read, nothing found: %s", (text) => {
    const narrative = swap(PLANNING, OPENER, text);
    expect(readFinalNarrative(narrative).execution?.vsBudget?.delta.value).toMatch(/^-/u);
    expect(against(PLANNING, narrative)).toEqual([]);
  });
  it.each([
    [`${HEAD}。2024年度决算数比年初预算减少436.84万元，下降4.28%。`, ["budgetDelta"]],
    [`${HEAD}。2024年度决算数比年初预算减少463.84万元，下降4.45%。`, ["budgetRate"]],
    [`${HEAD}，与年初预算相比，减少436.84万元，下降4.28%。`, ["budgetDelta"]],
    [`${HEAD}，与年初预算数相比，增加463.84万元，增长4.54%。`, ["budgetDelta"]],
    [`${ADJUSTED}，比调整后预算减少235.50万元。`, ["budgetDelta"]],
    [`${ADJUSTED}，与调整后预算相比，减少253.50万元，下降2.45%。`, ["budgetRate"]],
  ])("wrong: found: %s", (text, kinds) => {
    expect(against(PLANNING, swap(PLANNING, OPENER, text))).toEqual(
      kinds.map((k) => `final.narrative.rate ${k}`),
    );
  });
});

describe("七's 三公 in other wordings (0.39 of 2.85, −2.46, 86.32%)", () => {
  it.each([
    `${SAN_HEAD}，2024年度“三公”经费决算数比预算数减少2.46万元，下降86.32%`,
    `${SAN_HEAD}，“三公”经费支出决算与年初预算相比，减少2.46万元，下降86.32%`,
    `${SAN_HEAD}，2024年“三公”经费财政拨款支出决算数较年初预算减少2.46万元`,
    // no budget in the text: the table's 预算数 (2.85)
    "2024年度“三公”经费财政拨款支出决算为0.39万元，比年初预算减少2.46万元，下降86.32%",
  ])("correct: read, nothing found: %s", (text) => {
    const narrative = swap(PLANNING, SAN_GONG, text);
    expect(readFinalNarrative(narrative).sanGong?.vsBudget?.delta.value).toBe("-2.46");
    expect(against(PLANNING, narrative)).toEqual([]);
  });
  it.each([
    `${SAN_HEAD}，2024年度“三公”经费决算数比预算数减少2.64万元，下降92.63%`,
    `${SAN_HEAD}，“三公”经费支出决算与年初预算相比，减少2.64万元`,
    "2024年度“三公”经费财政拨款支出决算为0.39万元，比年初预算减少2.64万元",
    // neither figure in the text: the table's 预算数 and 决算数
    "2024年度“三公”经费决算数比年初预算减少2.64万元",
  ])("wrong: found: %s", (text) => {
    expect(against(PLANNING, swap(PLANNING, SAN_GONG, text))).toEqual([
      "final.narrative.rate budgetDelta",
    ]);
  });
});

describe("what stays unread", () => {
  it.each([
    // last year's sentence in a 2024 document
    "2023年度决算数比年初预算减少1.00万元",
    // another figure's (a part)
    "2024年度项目支出决算数比年初预算减少1.00万元",
    // the adjustment (预算调整数) is no budget
    "决算数比预算调整数减少1.00万元",
    "与预算调整数相比，减少1.00万元",
    // a comparison with last year, not with a budget
    "2024年度决算数与2023年度相比，减少1.00万元",
  ])("%s", (text) => {
    expect(budgetChangeIn(`2024年度${HEAD}。${text}。`)).toBeUndefined();
  });
  it("a 2025 document's own year is its own", () => {
    const text =
      "一般公共预算财政拨款支出年初预算为100.00万元，支出决算为90.00万元。2025年度决算数比年初预算减少10.00万元，下降10.00%。";
    expect(budgetChangeIn(text)).toMatchObject({ base: "initial", percent: "10.00" });
  });
  it("a 预算调整数 sentence adds nothing to a correct document", () => {
    const text = `${HEAD}，决算数比预算调整数减少9.99万元。`;
    expect(against(PLANNING, swap(PLANNING, OPENER, text))).toEqual([]);
  });
});

describe("a 全年预算 document (社会工作部: 307.82 of 321.02)", () => {
  const FROM = "年初预算为 0 万元，全年预算为321.02 万元";
  it("correct and wrong differences on 调整后预算", () => {
    const at = SOCIAL.narrative.indexOf(FROM);
    if (at < 0) throw new Error("fixture changed");
    const end = SOCIAL.narrative.indexOf("。", at);
    const opener = SOCIAL.narrative.slice(at, end);
    const ok = `${opener}，比调整后预算减少13.20万元，下降4.11%`;
    const wrong = `${opener}，比调整后预算减少31.20万元，下降9.72%`;
    expect(against(SOCIAL, swap(SOCIAL, opener, ok))).toEqual([]);
    expect(against(SOCIAL, swap(SOCIAL, opener, wrong))).toEqual([
      "final.narrative.rate budgetDelta",
    ]);
  });
});
