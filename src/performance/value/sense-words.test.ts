import { describe, expect, it } from "vitest";
import { valueInSense } from "./columns";

// A review probe (2026-12-07): a 指标性质 / 指标方向 cell printing a direction (`越高越好`, `上限`)
// or the indicator's class (`数量指标`) was taken as the value beside a blank 指标值 cell, so a
// truly missing value was no longer reported.
describe("valueInSense: words naming a direction or a class are no value", () => {
  it.each([
    "越高越好",
    "越低越好",
    "越大越好",
    "越小越好",
    "上限",
    "下限",
    "区间",
    "上限指标",
    "区间指标",
    "数量指标",
    "质量指标",
    "时效指标",
    "成本指标",
    "经济效益指标",
    "社会效益",
    "满意度指标",
    " 数量 指标 ",
  ])("%s", (sense) => {
    expect(valueInSense(sense)).toBe(false);
  });

  it.each(["较上年提高", "≥95%", "按时完成", "100%", "完成年度指标"])("%s is a value", (sense) => {
    expect(valueInSense(sense)).toBe(true);
  });
});
