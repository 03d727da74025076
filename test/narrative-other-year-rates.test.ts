/**
 * A change or growth rate against a year other than last year (`比2022年下降25.00%` in a 2024
 * document, `较前年增加…`, `与2021年相比，…`) is not compared with last year's figures: no table
 * states that year's, so it is left unplaced (coverage), and so is a change against that year it
 * is the rate of. The rate against last year beside it is still checked, and a wrong one is still
 * an error.
 */
import { describe, expect, it } from "vitest";
import { read } from "../src/narrative/test-support";
import { henanProbe } from "./support/narrative-alarms";

const D = "中共洛阳市涧西区委办公室";
const SAN_GONG = `${D}2024年“三公”经费支出预算为6.50万元，比2023年减少1.00万元，`;
const TOTAL = `${D}2024年收入总计969.06万元，支出总计969.06万元，`;

describe("a rate or change against another named year", () => {
  it.each([
    `${SAN_GONG}下降13.33%，比2022年下降25.00%。`,
    `${SAN_GONG}下降13.33%；较2021年度下降40.00%。`,
    `${TOTAL}与2023年预算相比，收支总计各增加134.22万元，增长16.08%，比2022年增长25.00%。`,
    `${TOTAL}比上年增长16.08%，比2022年增加200.00万元，增长26.01%。`,
    `${TOTAL}比上年增长16.08%，较前年增加200.00万元。`,
    `${TOTAL}比上年增长16.08%，与2022年相比，增加200.00万元，增长26.01%。`,
    // a move from last year's figure between a change against 2022 and a rate against 2022
    `${D}2024年收入总计969.06万元，比2022年增加300.00万元；“三公”经费支出预算由7.50万元减少至6.50万元，比2022年下降25.00%。`,
  ])("%s: no alarm", (text) => {
    expect(henanProbe.alarms(`${text}主要原因是厉行节约。`)).toEqual([]);
  });

  it("the other year's rate is left unplaced; last year's rate and change are kept", () => {
    const r = read(`${SAN_GONG}下降13.33%，比2022年下降25.00%。`);
    expect(r.claims.filter((c) => c.startsWith("percent"))).toEqual([
      "percent growth sanGong 13.33 down d1 c0",
    ]);
    expect(r.unplaced.map((u) => u.split(" [")[0])).toEqual(["other-year false"]);
    const before = read("收入总计969.06万元，较2022年增长30.00%，较上年增加134.22万元。");
    expect(before.claims.at(-1)).toBe("change revenue.total up 134.22 budget [134.22万元]");
    expect(before.unplaced.map((u) => u.split(" [")[0])).toEqual(["other-year false"]);
  });

  it("a rate of a change against the same other year is left with that change (other-year)", () => {
    const text = (p: string) => `${TOTAL}比上年增长16.08%，比2022年增加200.00万元，增长${p}%。`;
    const r = read(text("26.01"));
    expect(r.claims.filter((c) => c.startsWith("percent") || c.startsWith("change"))).toEqual([
      "percent growth spending.total 16.08 up c1",
    ]);
    expect(r.unplaced.map((u) => u.split(" [")[0])).toEqual([
      "other-year true",
      "other-year false",
    ]);
    // neither recomputed from last year's figures (a false alarm) nor from the change
    expect(henanProbe.alarms(`${text("30.00")}主要原因是厉行节约。`)).toEqual([]);
  });

  it("a wrong rate against last year is still an error, beside the other year's", () => {
    const text = `${SAN_GONG}下降23.33%，比2022年下降25.00%。主要原因是厉行节约。`;
    expect(henanProbe.alarms(text)).toEqual([
      "narrative.percent: 【情况说明】“下降23.33%” 中的 23.33% 按数字复算应为 13.33%。",
    ]);
  });
});

describe("a rate against another year restated by the change right after it", () => {
  const restated = (p: string) =>
    `${SAN_GONG}下降13.33%，比2022年下降${p}%，比2022年减少2.50万元。`;
  it("is left, with that change (other-year): not tied to the change against last year before it", () => {
    const r = read(restated("27.78"));
    expect(r.claims.filter((c) => c.startsWith("percent"))).toEqual([
      "percent growth sanGong 13.33 down d1 c0",
    ]);
    expect(r.unplaced.map((u) => u.split(" [")[0])).toEqual([
      "other-year false",
      "other-year true",
    ]);
    expect(henanProbe.alarms(`${restated("27.78")}主要原因是厉行节约。`)).toEqual([]);
    expect(henanProbe.alarms(`${restated("25.00")}主要原因是厉行节约。`)).toEqual([]);
  });

  it("is not recomputed from last year's figure printed before it", () => {
    const text = `${D}2024年“三公”经费支出预算由7.50万元减少至6.50万元，比2022年下降27.78%，比2022年减少2.50万元。`;
    const r = read(text);
    expect(r.claims.filter((c) => c.startsWith("percent"))).toEqual([]);
    expect(r.unplaced.map((u) => u.split(" [")[0])).toEqual([
      "other-year false",
      "other-year true",
    ]);
    expect(henanProbe.alarms(`${text}主要原因是厉行节约。`)).toEqual([]);
  });
});

describe("a rate and a change against another year, in any of the lexicon's change words", () => {
  // 2022: 969.06 − 200.00 = 769.06; 200.00 / 769.06 = 26.01%. 三公 2022: 6.50 + 2.50 = 9.00, 27.78%.
  const up = (word: string, p: string) =>
    `${TOTAL}比上年增长16.08%，比2022年增长${p}%，比2022年${word}200.00万元。`;
  const down = (word: string, p: string) =>
    `${SAN_GONG}下降13.33%，比2022年下降${p}%，比2022年${word}2.50万元。`;
  const alarms = (text: string) => henanProbe.alarms(`${text}主要原因是厉行节约。`);
  const left = (text: string) =>
    read(text)
      .unplaced.map((u) => u.split(" [")[0] ?? "")
      .filter((u) => u.startsWith("other-year"));

  it.each(["提高", "上升", "上调"])("比2022年%s: both left (other-year), no alarm", (word) => {
    expect(left(up(word, "26.01"))).toEqual(["other-year false", "other-year true"]);
    expect(alarms(up(word, "26.01"))).toEqual([]);
    expect(alarms(up(word, "30.00"))).toEqual([]);
  });
  it.each(["压减", "压缩", "缩减"])("比2022年%s: both left (other-year), no alarm", (word) => {
    expect(left(down(word, "27.78"))).toEqual(["other-year false", "other-year true"]);
    expect(alarms(down(word, "27.78"))).toEqual([]);
    expect(alarms(down(word, "25.00"))).toEqual([]);
  });

  it("a change after it against last year is checked; the rate is still left (other-year)", () => {
    const r = read(`${TOTAL}比2022年增长30.00%，比上年提高134.22万元。`);
    expect(r.claims.filter((c) => c.startsWith("percent"))).toEqual([]);
    expect(r.claims.filter((c) => c.startsWith("change"))).toEqual([
      "change spending.total up 134.22 budget [134.22万元]",
    ]);
    expect(r.unplaced.map((u) => u.split(" [")[0])).toEqual(["other-year false"]);
    expect(alarms(`${TOTAL}比2022年增长30.00%，比上年提高134.22万元。`)).toEqual([]);
  });
});
