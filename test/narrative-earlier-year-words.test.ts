/**
 * A year before last year named by a word, not a number (`上上年`, `上上年度`, `前年`, `大前年` in a
 * 2024 budget): its figures (`上上年为9.00万元`, `比上上年的9.00万元`, `由上上年的9.00万元减少至…`)
 * are of a year no table states, left unplaced (`other-year`) like those of `2022年`, never read
 * as last year's (`上上年` holds `上年`: it was, and a right change against last year beside it
 * was checked against the earlier year's figure, a false alarm). Words holding 前年 that name no
 * year (`以前年度结转`, `当前年度`) date nothing.
 */
import { describe, expect, it } from "vitest";
import { read } from "../src/narrative/test-support";
import { henanProbe } from "./support/narrative-alarms";

const D = "中共洛阳市涧西区委办公室";
// Henan 2024: 三公 6.50 (2023: 7.50, −1.00, 13.33%). Invented earlier year: 9.00 (−2.50, 27.78%).
const SAN_GONG = `${D}2024年“三公”经费支出预算为6.50万元，`;
const REASON = "主要原因是厉行节约。";
const alarms = (text: string) => henanProbe.alarms(`${text}${REASON}`);

describe("a year before last year named by a word is not last year", () => {
  it.each([
    `${SAN_GONG}比上上年的9.00万元减少2.50万元，比上年减少1.00万元，`,
    `${SAN_GONG}较上上年度的9.00万元减少2.50万元，下降27.78%，比上年减少1.00万元，`,
    `${SAN_GONG}上上年为9.00万元，比上年减少1.00万元，`,
    `${SAN_GONG}上上年度预算为9.00万元，上年为7.50万元，比上年减少1.00万元，`,
    `${SAN_GONG}比上年减少1.00万元，上上年为9.00万元，`,
    `${D}2024年“三公”经费支出预算由上上年的9.00万元减少至6.50万元，比上年减少1.00万元，`,
    `${SAN_GONG}比前年的9.00万元减少2.50万元，比上年减少1.00万元，`,
    `${SAN_GONG}前年度为9.00万元，比上年减少1.00万元，`,
    `${SAN_GONG}比大前年的10.00万元减少3.50万元，比上年减少1.00万元，`,
  ])("%s: no alarm", (text) => {
    expect(alarms(text)).toEqual([]);
  });

  it("its figure is left (other-year); last year's change is kept", () => {
    const r = read(`${SAN_GONG}上上年为9.00万元，比上年减少1.00万元。`);
    expect(r.claims).toEqual([
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
      "change sanGong down -1.00 budget [1.00万元]",
    ]);
    expect(r.unplaced.map((u) => u.split(" [")[0])).toEqual(["other-year true"]);
    const against = read(`${SAN_GONG}比上上年的9.00万元减少2.50万元。`);
    expect(against.claims).toEqual(["amount sanGong 6.50万元 current budget equals [6.50万元]"]);
    expect(against.unplaced.map((u) => u.split(" [")[0])).toEqual([
      "other-year true",
      "other-year true",
    ]);
  });

  it("a wrong change against last year beside it is still found", () => {
    expect(alarms(`${SAN_GONG}上年为7.50万元，上上年为9.00万元，比上年减少2.50万元，`)).toEqual([
      "narrative.change: 【情况说明】“比上年减少2.50万元” 的变动额为 -2.50万元，按上年 7.50万元、本年 6.50万元 应为 -1.00万元。",
    ]);
  });

  it("以前年度 and 当前年度 date nothing: this year's figure after them is read", () => {
    const r = read(`${D}2024年使用以前年度结转资金，“三公”经费支出预算为6.50万元。`);
    expect(r.claims).toEqual(["amount sanGong 6.50万元 current budget equals [6.50万元]"]);
    const now = read(`${D}当前年度“三公”经费支出预算为6.50万元。`);
    expect(now.claims).toEqual(["amount sanGong 6.50万元 current budget equals [6.50万元]"]);
  });
});
