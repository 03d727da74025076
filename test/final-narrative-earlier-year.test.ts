/**
 * 决算 情况说明 paragraphs about an earlier year only (`2023年度收入支出总计3052.34万元。` on a line of
 * its own in a 2024 决算): their figures are last year's, not the document's, though the paragraph
 * names no later year to tell them by. Found by a probe (2026-12-07): such a line replaced this
 * year's total and gave an amount warning on a correct document.
 */
import { describe, expect, it } from "vitest";
import { finalAlarms as alarms, FINANCE, PLANNING } from "./support/final-narrative";

describe("决算 情况说明: a paragraph of an earlier year's figures only", () => {
  it.each([
    [
      FINANCE,
      "上海市普陀区财政局2024年度收入支出总计2995.39万元。\n2023年度收入支出总计3052.34万元。",
    ],
    [
      FINANCE,
      "2024年度财政拨款收入支出总计2961.68万元。\n上海市普陀区财政局2023年度财政拨款收入支出总计3000.00万元。",
    ],
    [
      PLANNING,
      "2024年度“三公”经费财政拨款支出决算为0.39万元。\n2023年度“三公”经费财政拨款支出决算为0.54万元。",
    ],
    [PLANNING, "2023年度“三公”经费财政拨款支出决算为0.54万元。"],
  ])("%#: no alarm", (fixture, text) => {
    expect(alarms(fixture, text)).toEqual([]);
  });

  it.each([
    // this year's figure wrong beside last year's line
    [
      FINANCE,
      "上海市普陀区财政局2024年度收入支出总计2995.93万元。\n2023年度收入支出总计3052.34万元。",
    ],
    // a paragraph whose first clause is this year's: read (the comparison names 2023 later)
    [FINANCE, "收入支出总计2995.93万元，比2023年度减少56.95万元。"],
    [
      PLANNING,
      "2024年度“三公”经费财政拨款支出决算为0.93万元。\n2023年度“三公”经费财政拨款支出决算为0.54万元。",
    ],
  ])("%#: a wrong figure of this year is still found", (fixture, text) => {
    expect(alarms(fixture, text)).toContain("final.narrative.amount amount");
  });
});
