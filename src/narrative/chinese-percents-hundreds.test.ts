import { describe, expect, it } from "vitest";
import { chinesePercentAt } from "./chinese-percents";

// A review probe (2026-12-07): `百分之一百二十` read as 100, not 120.
describe("chinesePercentAt: over a hundred", () => {
  it.each([
    ["百分之一百二十", "120"],
    ["百分之一百零五", "105"],
    ["百分之一百二十五点五", "125.5"],
    ["百分之一百一十", "110"],
    ["百分之二百", "200"],
    ["百分之一百", "100"],
    ["百分之百", "100"],
    ["百分之一百点五", "100.5"],
    ["百分之十六点零八", "16.08"],
    ["百分之零点五", "0.5"],
  ])("%s reads %s", (text, raw) => {
    expect(chinesePercentAt(`${text}。`, 0)).toEqual({ raw, e: text.length });
  });

  it.each([
    "百分之百二十",
    "百分之一百一",
    "百分之一百十",
    "百分之一百零",
    "百分之一千",
    "百分之一百二十几",
    "百分之五二",
  ])("%s is refused", (text) => {
    expect(chinesePercentAt(`${text}。`, 0)).toBeUndefined();
  });
});
