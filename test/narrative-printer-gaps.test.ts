/**
 * Gaps the fixtures' 情况说明 showed when worded as other printers word them, through the whole
 * checker against the Henan tables: a correct sentence raises no narrative finding above info, the
 * figures it states are placed, and a figure falsified in the same wording is still found
 * (session 38).
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

const { alarms, placed } = henanProbe;

describe("a measure right after a year is the measure, though a project bears that name", () => {
  // The Henan tables print a project `2024年机关运行经费` (49.00); the measure 机关运行经费 is 49.68.
  it.each([
    ["2024年机关运行经费（公用经费）49.68万元。", ["operatingCost = 49.68万元"]],
    ["2024年机关运行经费49.68万元。", ["operatingCost = 49.68万元"]],
    ["2024年机关运行经费预算为49.68万元。", ["operatingCost = 49.68万元"]],
    [
      "2024年机关运行经费预算为49.68万元，较2023年的43.55万元增加6.13万元，主要原因是公用经费增加。",
      ["operatingCost = 49.68万元", "operatingCost (prior) = 43.55万元"],
    ],
    ["本单位2024年机关运行经费（公用经费）49.68万元。", ["operatingCost = 49.68万元"]],
  ])("%s", (body, figures) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(figures);
  });

  it.each([
    // quoted, it is the project
    "安排“2024年机关运行经费”49.00万元。",
    // among project spending's items, it is a project
    "项目支出287.00万元，主要包括2024年机关运行经费49.00万元、2024年人武部专项经费125.00万元。",
    "项目支出287.00万元：2024年机关运行经费49.00万元，2024年人武部专项经费125.00万元。",
    "2024年项目支出287.00万元，其中：2024年机关运行经费49.00万元。",
  ])("the project's figure is no figure of the measure: %s", (body) => {
    expect(alarms(body)).toEqual([]);
  });

  it("the measure after a year, wrong, is still found (49.86 for 49.68)", () => {
    expect(alarms("2024年机关运行经费（公用经费）49.86万元。")).toEqual([
      expect.stringMatching(/^narrative\.amount: .*49\.68万元/u),
    ]);
  });
});
