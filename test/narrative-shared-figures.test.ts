/**
 * One printed figure several facts share (session 39), through the whole checker against the
 * Henan tables (收入总计 and 支出总计 969.06; last year's 834.84 as the text states it): a rate or a
 * change `各` / `均` of two totals, wrong alike for each, is one finding, not one per fact; wrong
 * differently, each is told.
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

const { alarms } = henanProbe;

const PRIOR = "2023年收入总计834.84万元，支出总计834.84万元。";

describe("a figure several facts share is reported once per verdict", () => {
  it.each([
    "收入总计969.06万元，支出总计969.06万元，比上年各增加134.22万元，增长16.80%，主要原因是人员增加。",
    "2024年收入预算969.06万元，支出预算969.06万元，与2023年相比均增加134.22万元，均增长16.80%，主要原因是人员增加。",
    "2024年一般公共预算收支预算969.06万元，比上年增加134.22万元，增长16.80%，主要原因是人员增加。",
    "收支总计969.06万元，较上年增加134.22万元，增幅16.80%，主要原因是人员增加。",
  ])("a wrong rate of both: one finding: %s", (body) => {
    expect(alarms(body)).toEqual([
      expect.stringMatching(/^narrative\.percent: .*16\.80% 按数字复算应为 16\.08%/u),
    ]);
  });

  it("the right rate of both: none", () => {
    expect(
      alarms(
        "收入总计969.06万元，支出总计969.06万元，比上年各增加134.22万元，增长16.08%，主要原因是人员增加。",
      ),
    ).toEqual([]);
  });

  it("a wrong change of both, against the same last year's figures: one finding", () => {
    expect(
      alarms(
        `${PRIOR}2024年收入总计969.06万元，支出总计969.06万元，比上年各增加143.22万元，主要原因是人员增加。`,
      ),
    ).toEqual([expect.stringMatching(/^narrative\.change: .*应为 134\.22万元/u)]);
  });

  it("wrong differently for each: each is told", () => {
    expect(
      alarms(
        "2023年收入总计834.84万元，支出总计835.84万元。2024年收入总计969.06万元，支出总计969.06万元，比上年各增加140.00万元，主要原因是人员增加。",
      ),
    ).toEqual([
      expect.stringMatching(/^narrative\.change: .*应为 134\.22万元/u),
      expect.stringMatching(/^narrative\.change: .*应为 133\.22万元/u),
    ]);
  });
});
