/**
 * A change against a year other than last year (`比2022年减少2.50万元` in a 2024 budget, `较2022年
 * 度`, `与2022年相比`, `比2022年预算`, `较前年`) is never checked against last year's figure, printed
 * in the text or in the tables: no table states that year's, so the change is left unplaced
 * (`other-year`, coverage), as a rate against another year is. A change against last year in the
 * same sentence is still checked, and a wrong one is still an error.
 */
import { describe, expect, it } from "vitest";
import { read } from "../src/narrative/test-support";
import { henanProbe } from "./support/narrative-alarms";

const D = "中共洛阳市涧西区委办公室";
// Henan 2024: 三公 6.50 (2023: 7.50); 收支总计 969.06 (2023: 834.84, +134.22, 16.08%).
// Invented 2022 figures: 三公 9.00 (6.50 − 9.00 = −2.50, 2.50 / 9.00 = 27.78%); 收支总计 769.06
// (+200.00, 200.00 / 769.06 = 26.01%).
const SAN_GONG = `${D}2024年“三公”经费支出预算为6.50万元，`;
const TOTAL = `${D}2024年收入总计969.06万元，`;
const REASON = "主要原因是厉行节约。";
const alarms = (text: string) => henanProbe.alarms(`${text}${REASON}`);

describe("a change against another year is not checked against last year's figure", () => {
  it.each([
    `${SAN_GONG}2023年为7.50万元，比2022年减少2.50万元。`,
    `${SAN_GONG}2023年为7.50万元，较2022年减少2.50万元。`,
    `${SAN_GONG}2023年为7.50万元，较2022年度减少2.50万元。`,
    `${SAN_GONG}2023年为7.50万元，比2022年预算减少2.50万元。`,
    `${SAN_GONG}2023年为7.50万元，与2022年相比减少2.50万元，下降27.78%。`,
    `${SAN_GONG}2023年为7.50万元，较前年减少2.50万元。`,
    `${SAN_GONG}2023年为7.50万元，比2022年下降27.78%，减少2.50万元。`,
    `${SAN_GONG}2023年为7.50万元，比上年减少1.00万元，比2022年减少2.50万元。`,
    `${SAN_GONG}2023年为7.50万元，比上年减少1.00万元，下降13.33%；比2022年减少2.50万元，下降27.78%。`,
    `${SAN_GONG}2023年为7.50万元，比上年减少1.00万元，比2022年持平。`,
    `${SAN_GONG}2023年为7.50万元，比2022年减少2.50万元，主要是公务接待费减少1.00万元。`,
    `${SAN_GONG}2023年为7.50万元，比2022年减少2.50万元，公务接待费减少1.00万元。`,
    `${D}2024年“三公”经费支出预算由7.50万元减少至6.50万元，比2022年减少2.50万元。`,
    `${D}2024年“三公”经费支出预算由7.50万元减少至6.50万元，比2022年减少2.50万元，下降27.78%。`,
    `${TOTAL}2023年为834.84万元，比2022年增加200.00万元，增长26.01%。`,
    `${TOTAL}比上年增加134.22万元，增长16.08%，比2022年增加200.00万元，增长26.01%。`,
    `${TOTAL}比2022年增加200.00万元；支出总计969.06万元，比上年增加134.22万元，增长16.08%。`,
  ])("%s: no alarm", (text) => {
    expect(alarms(text)).toEqual([]);
  });

  it("the change against 2022 is left unplaced (other-year); last year's figure and change are kept", () => {
    const r = read(`${SAN_GONG}2023年为7.50万元，比上年减少1.00万元，比2022年减少2.50万元。`);
    expect(r.claims).toEqual([
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
      "amount sanGong 7.50万元 prior budget equals [7.50万元]",
      "change sanGong down -1.00 budget [1.00万元]",
    ]);
    expect(r.unplaced.map((u) => u.split(" [")[0])).toEqual(["other-year true"]);
  });

  it("a move from last year's figure is kept; the change against 2022 after it is left", () => {
    const r = read(`${D}2024年“三公”经费支出预算由7.50万元减少至6.50万元，比2022年减少2.50万元。`);
    expect(r.claims.filter((c) => c.startsWith("change"))).toEqual([
      "change sanGong down -1.00 budget [6.50万元]",
    ]);
    expect(r.unplaced.map((u) => u.split(" [")[0])).toEqual(["other-year true"]);
  });

  it("a rate of the change against 2022 is left with it, not tied to last year's change", () => {
    const r = read(`${SAN_GONG}比上年减少1.00万元，下降13.33%；比2022年减少2.50万元，下降27.78%。`);
    expect(r.claims.filter((c) => c.startsWith("percent"))).toEqual([
      "percent growth sanGong 13.33 down d1 c0",
    ]);
    expect(r.unplaced.map((u) => u.split(" [")[0])).toEqual([
      "other-year true",
      "other-year false",
    ]);
  });

  it("a change after it naming no base of its own is against 2022 too: left", () => {
    const r = read(`${SAN_GONG}比2022年减少2.50万元，主要是公务接待费减少1.00万元。`);
    expect(r.claims.filter((c) => c.startsWith("change"))).toEqual([]);
    expect(r.unplaced.map((u) => u.split(" [")[0])).toEqual(["other-year true", "other-year true"]);
    // naming last year again, it is checked
    const again = read(`${SAN_GONG}比2022年减少2.50万元，比上年减少1.00万元。`);
    expect(again.claims.filter((c) => c.startsWith("change"))).toEqual([
      "change sanGong down -1.00 budget [1.00万元]",
    ]);
  });

  it("持平 against 2022 is no claim: it contradicts no change against last year", () => {
    const r = read(`${SAN_GONG}比上年减少1.00万元，比2022年持平。`);
    expect(r.claims.filter((c) => c.startsWith("change"))).toEqual([
      "change sanGong down -1.00 budget [1.00万元]",
    ]);
  });
});

describe("a wrong change against last year beside one against another year is still found", () => {
  it.each([
    [`${SAN_GONG}2023年为7.50万元，比上年减少2.00万元，比2022年减少2.50万元。`, "-2.00", "-1.00"],
    [`${SAN_GONG}2023年为7.50万元，比2022年减少2.50万元，比上年减少2.00万元。`, "-2.00", "-1.00"],
    [`${SAN_GONG}2023年为7.50万元，较2022年度减少2.50万元，同比减少2.00万元。`, "-2.00", "-1.00"],
    [
      `${SAN_GONG}2023年为7.50万元，与2022年相比减少2.50万元，与上年相比减少0.50万元。`,
      "-0.50",
      "-1.00",
    ],
  ])("%s", (text, actual, expected) => {
    const found = alarms(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(
      `的变动额为 ${actual}万元，按上年 7.50万元、本年 6.50万元 应为 ${expected}万元`,
    );
    expect(found[0]).not.toContain("2022");
  });

  it("an increase said of last year's fall is found; the fall against 2022 is not", () => {
    expect(
      alarms(`${SAN_GONG}2023年为7.50万元，比上年增加1.00万元，比2022年减少2.50万元。`),
    ).toEqual([
      "narrative.change: 【情况说明】“比上年增加1.00万元” 称增加，但上年 7.50万元、本年 6.50万元，变动为 -1.00万元。",
    ]);
  });

  it("a rate after the change against last year that follows one against 2022 is that change's, checked", () => {
    // 1.00 / 7.50 = 13.33%
    const text = (p: string) =>
      `${SAN_GONG}2023年为7.50万元，比2022年减少2.50万元，比上年减少1.00万元，下降${p}%。`;
    expect(read(text("13.33")).claims).toContain("percent growth sanGong 13.33 down d2 c0");
    expect(alarms(text("13.33"))).toEqual([]);
    expect(alarms(text("23.33"))).toEqual([
      "narrative.percent: 【情况说明】“下降23.33%” 中的 23.33% 按数字复算应为 13.33%。",
    ]);
  });

  it("持平 against last year beside a change against 2022 is still checked", () => {
    expect(alarms(`${SAN_GONG}2023年为7.50万元，与上年持平，比2022年减少2.50万元。`)).toEqual([
      "narrative.change: 【情况说明】“与上年持平” 称持平，但上年 7.50万元、本年 6.50万元，变动为 -1.00万元。",
    ]);
  });
});

describe("a figure of a year before last year is not last year's", () => {
  // 2022 (invented): 三公 9.00, 收支总计 769.06
  it.each([
    `${D}2022年“三公”经费支出预算为9.00万元。2024年“三公”经费支出预算为6.50万元，比上年减少1.00万元。`,
    `${SAN_GONG}2023年为7.50万元，2022年为9.00万元，比上年减少1.00万元。`,
    `${SAN_GONG}比上年减少1.00万元，2022年为9.00万元。`,
    `${SAN_GONG}比2022年的9.00万元减少2.50万元，比上年减少1.00万元。`,
    `${D}2024年“三公”经费支出预算由2022年的9.00万元减少至6.50万元，比上年减少1.00万元。`,
    `${D}2022年收入总计769.06万元，支出总计769.06万元。2024年收入总计969.06万元，比上年增加134.22万元，增长16.08%。`,
  ])("%s: no alarm", (text) => {
    expect(alarms(text)).toEqual([]);
  });

  it("is left unplaced (other-year), and so are the figures listed after it", () => {
    const r = read(`${D}2022年收入总计769.06万元，支出总计769.06万元。`);
    expect(r.claims).toEqual([]);
    expect(r.unplaced.map((u) => u.split(" [")[0])).toEqual(["other-year true", "other-year true"]);
    // last year's, beside it, is kept
    const both = read(`${SAN_GONG}2023年为7.50万元，2022年为9.00万元。`);
    expect(both.claims).toEqual([
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
      "amount sanGong 7.50万元 prior budget equals [7.50万元]",
    ]);
    // (a second figure of the measure after last year's: unplaced before it is dated)
    expect(both.unplaced.map((u) => u.split(" [")[0])).toEqual(["no-subject true"]);
  });

  it("a wrong change against last year beside it is still found", () => {
    expect(alarms(`${SAN_GONG}2023年为7.50万元，2022年为9.00万元，比上年减少2.50万元。`)).toEqual([
      "narrative.change: 【情况说明】“比上年减少2.50万元” 的变动额为 -2.50万元，按上年 7.50万元、本年 6.50万元 应为 -1.00万元。",
    ]);
  });
});
