/** Whole numbers in Chinese numerals, as counts print them; what is no number of one reading is none. */
import { describe, expect, it } from "vitest";
import { chineseWholeAt } from "./chinese-numerals";

/** The number at the start of `s` and the characters it took, or undefined. */
const at = (s: string) => {
  const w = chineseWholeAt(s, 0);
  return w === undefined ? undefined : [w[0], s.slice(0, w[1])];
};

describe("chineseWholeAt", () => {
  it.each([
    ["三辆", 3, "三"],
    ["两个", 2, "两"],
    ["〇辆", 0, "〇"],
    ["零辆", 0, "零"],
    ["十个", 10, "十"],
    ["十二个", 12, "十二"],
    ["二十个", 20, "二十"],
    ["二十一项", 21, "二十一"],
    ["九十九个", 99, "九十九"],
    ["一百个", 100, "一百"],
    ["一百零五个", 105, "一百零五"],
    ["一百二十个", 120, "一百二十"],
    ["一百一十五个", 115, "一百一十五"],
    ["两百个", 200, "两百"],
    ["一千零一个", 1001, "一千零一"],
    ["两千三百个", 2300, "两千三百"],
    ["九千九百九十九个", 9999, "九千九百九十九"],
  ])("%s: %i", (s, value, printed) => {
    expect(at(s)).toEqual([value, printed]);
  });

  it.each([
    // a number read several ways or not whole: it ends where it stops being one (the caller refuses what follows)
    ["一百五十", 150, "一百五十"],
    ["一百五", 100, "一百"],
    ["十三五", 13, "十三"],
    ["一二", 1, "一"],
    ["一百零", 100, "一百"],
    ["十十", 10, "十"],
  ])("%s: stops at %i", (s, value, printed) => {
    expect(at(s)).toEqual([value, printed]);
  });

  it.each(["百个", "千个", "辆", "", "般"])("none: %s", (s) => {
    expect(at(s)).toBeUndefined();
  });
});
