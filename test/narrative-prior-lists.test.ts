/**
 * A clause dated last year lists last year's figures on (session 39), through the whole checker
 * against the Henan tables: the next clause of the sentence naming another measure and no year,
 * comparison or word of its own (`2023年收入总计834.84万元，支出总计834.84万元`) is of last year too
 * (was read as this year's: a false narrative.amount); a figure of this year ends the list.
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

const { alarms, placed } = henanProbe;

const PRIOR = "2023年收入总计834.84万元，支出总计834.84万元。";

describe("a clause dated last year lists last year's figures on", () => {
  it.each([
    [PRIOR, ["revenue.total (prior) = 834.84万元", "spending.total (prior) = 834.84万元"]],
    [
      "2023年“三公”经费7.50万元，公务接待费3.50万元。",
      ["sanGong (prior) = 7.50万元", "sanGong|item=reception (prior) = 3.50万元"],
    ],
    [
      "上年收入预算834.84万元，支出预算834.84万元；本年收入预算969.06万元，支出预算969.06万元。",
      [
        "revenue (prior) = 834.84万元",
        "spending (prior) = 834.84万元",
        "revenue = 969.06万元",
        "spending = 969.06万元",
      ],
    ],
    // a clause dated this year ends the list
    [
      "2023年收入总计834.84万元，2024年收入总计969.06万元，支出总计969.06万元。",
      [
        "revenue.total (prior) = 834.84万元",
        "revenue.total = 969.06万元",
        "spending.total = 969.06万元",
      ],
    ],
    // a figure of the same measure, or one the words refer to, is not listed
    [
      "2023年“三公”经费7.50万元，预算数6.50万元。",
      ["sanGong (prior) = 7.50万元", "sanGong = 6.50万元"],
    ],
  ])("%s", (body, figures) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(figures);
  });

  it("this year's figure after such a list, wrong, is still found", () => {
    expect(alarms(`${PRIOR}2024年收入总计969.06万元，支出总计996.06万元。`)).toEqual([
      expect.stringMatching(/^narrative\.amount: .*表中为 969\.06万元/u),
    ]);
  });
});

describe("a measure named as this year's (本年收入总计, 今年…, 当年…) ends last year's list", () => {
  it.each([
    [
      "上年收入总计834.84万元，本年收入总计969.06万元，支出总计969.06万元。",
      ["revenue.total (prior) = 834.84万元", "revenue = 969.06万元", "spending.total = 969.06万元"],
    ],
    [
      "2023年收入总计834.84万元，当年支出总计969.06万元。",
      ["revenue.total (prior) = 834.84万元", "spending.total = 969.06万元"],
    ],
  ])("%s", (body, figures) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(figures);
  });

  it.each([
    "上年收入总计834.84万元，本年收入总计969.06万元，支出总计999.00万元。",
    "2023年收入总计834.84万元，今年支出总计999.00万元。",
  ])("bites: %s: this year's wrong 999.00 is found", (body) => {
    expect(alarms(body).some((a) => a.includes("999.00"))).toBe(true);
  });
});
