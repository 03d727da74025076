/**
 * 决算 情况说明 paragraphs whose first clause is about an earlier year but which go on to state this
 * year's figure: `2023年度无收支，2024 年度收入支出总计…` (a space before 年, as Putuo prints) or
 * `…，本年度收入支出总计…`. Found by a review probe (2026-12-07): the whole paragraph was skipped
 * as an earlier year's, and a wrong figure of this year went unreported.
 */
import { describe, expect, it } from "vitest";
import { latestYear } from "../src/final/narrative/years";
import { finalAlarms as alarms, FINANCE } from "./support/final-narrative";

describe("决算 情况说明: an earlier year's clause, then this year's figure", () => {
  it("latestYear reads a year printed with spaces before 年", () => {
    expect(latestYear("2023年度无收支，2024 年度收入")).toBe(2024);
    expect(latestYear("与 2023\u3000年度相比")).toBe(2023);
    expect(latestYear("12024 年")).toBe(0);
  });

  it.each([
    "2023年度无收支，2024 年度收入支出总计2995.93万元。",
    "2023 年度无收支，2024 年度收入支出总计 2995.93 万元。",
    "2023年度本单位尚未成立，本年度收入支出总计2995.93万元。",
    "2023年度本单位尚未成立，今年收入支出总计2995.93万元。",
  ])("%#: a wrong figure of this year is found", (text) => {
    expect(alarms(FINANCE, text)).toContain("final.narrative.amount amount");
  });

  it.each([
    "2023年度无收支，2024 年度收入支出总计2995.39万元。",
    "2023年度本单位尚未成立，本年度收入支出总计2995.39万元。",
    "2023 年度收入支出总计 3052.34 万元。",
  ])("%#: a correct figure gives no alarm", (text) => {
    expect(alarms(FINANCE, text)).toEqual([]);
  });
});

describe("决算 情况说明: 当年 after an earlier year names that year", () => {
  it("a paragraph of last year's figures only, saying 当年, gives no alarm", () => {
    expect(alarms(FINANCE, "2023年度收入支出总计3052.34万元，当年无结转。")).toEqual([]);
  });
});
