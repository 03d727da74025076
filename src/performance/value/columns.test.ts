/**
 * A layout that prints an indicator's comparison (指标性质) and unit (计量单位 / 度量单位) in
 * columns of their own: the three cells read as one value, and a value that already prints them
 * (or prints no figure) stays as printed.
 */
import { describe, expect, it } from "vitest";
import { joinValueColumns } from "./columns";
import { parseIndicatorValue } from "./parse";

describe("joinValueColumns", () => {
  it.each([
    ["95", "≥", "%", { kind: "quantity", op: "≥", value: "95", unit: "%" }],
    ["100", "＝", "％", { kind: "quantity", op: "=", value: "100", unit: "%" }],
    ["3000", "≤", "元/人", { kind: "quantity", op: "≤", value: "3000", unit: "元/人" }],
    ["2", "大于等于", "次／天", { kind: "quantity", op: "≥", value: "2", unit: "次/天" }],
    ["15", "", "个", { kind: "quantity", value: "15", unit: "个" }],
    ["90-100", "", "分", { kind: "range", low: "90", high: "100", unit: "分" }],
    ["≤50", "", "万元", { kind: "quantity", op: "≤", value: "50", unit: "万元" }],
    ["1,000", "≥", "人次", { kind: "quantity", op: "≥", value: "1000", unit: "人次" }],
    ["12.5", "不高于", "天", { kind: "quantity", op: "≤", value: "12.5", unit: "天" }],
    // a 度量单位 of 月 is a number of months (`12（月）`), no date in December
    ["１２", "≤", "月", { kind: "quantity", op: "≤", value: "12", unit: "月" }],
    // a unit named by a word (`月份`, `百分比`) is the unit it names
    ["12", "", "月份", { kind: "quantity", value: "12", unit: "月" }],
    ["12", "≤", "月份", { kind: "quantity", op: "≤", value: "12", unit: "月" }],
    ["95", "≥", "百分比", { kind: "quantity", op: "≥", value: "95", unit: "%" }],
    ["≥95", "", "百分比", { kind: "quantity", op: "≥", value: "95", unit: "%" }],
    ["90～95", "", "%", { kind: "range", low: "90", high: "95", unit: "%" }],
    ["3", "<=", "千分比", { kind: "quantity", op: "≤", value: "3", unit: "‰" }],
    // a figure in Chinese numerals with its unit apart reads as in digits
    ["十二", "", "个月", { kind: "quantity", value: "12", unit: "个月" }],
    ["九十五", "≥", "%", { kind: "quantity", op: "≥", value: "95", unit: "%" }],
    ["≥两", "", "次/年", { kind: "quantity", op: "≥", value: "2", unit: "次/年" }],
    ["百分之九十五", "≥", "", { kind: "quantity", op: "≥", value: "95", unit: "%" }],
    ["九成", "≥", "", { kind: "quantity", op: "≥", value: "90", unit: "%" }],
    // a figure without a unit (the unit cell printing none, or no unit column) keeps its comparison
    ["95", "≥", "", { kind: "quantity", op: "≥", value: "95", unit: "" }],
    ["95", "≥", "无", { kind: "quantity", op: "≥", value: "95", unit: "" }],
    ["0", "≤", "—", { kind: "quantity", op: "≤", value: "0", unit: "" }],
    ["4.5", "大于等于", "/", { kind: "quantity", op: "≥", value: "4.5", unit: "" }],
    // a figure printing its magnitude (`10万`) takes the unit printed apart after it
    ["10万", "≥", "元", { kind: "quantity", op: "≥", value: "10", unit: "万元" }],
    ["1.5万", "≥", "人次", { kind: "quantity", op: "≥", value: "1.5", unit: "万人次" }],
    ["2亿", "≤", "元", { kind: "quantity", op: "≤", value: "2", unit: "亿元" }],
    ["≥3千", "", "人", { kind: "quantity", op: "≥", value: "3", unit: "千人" }],
    // a 指标方向 of 正向 is met at or above the value, a 反向 (逆向) one at or below it
    ["3", "反向", "个工作日", { kind: "quantity", op: "≤", value: "3", unit: "个工作日" }],
    ["95", "正向", "%", { kind: "quantity", op: "≥", value: "95", unit: "%" }],
    ["30", "逆向指标", "分钟", { kind: "quantity", op: "≤", value: "30", unit: "分钟" }],
    ["5", " 反 向 ", "%", { kind: "quantity", op: "≤", value: "5", unit: "%" }],
    ["1.2万", "正向指标", "平方米", { kind: "quantity", op: "≥", value: "1.2", unit: "万平方米" }],
  ])("%s with %j and %j reads as one value", (value, sense, unit, expected) => {
    const r = parseIndicatorValue(joinValueColumns(value, sense, unit));
    expect(r.ok ? r.value : r.error).toEqual(expected);
  });

  it.each([
    ["≥95%", "≥", "%"],
    ["95%", "", "%"],
    ["按时完成", "定性", ""],
    ["持续提升", "定性", "—"],
    ["2024年12月31日前", "≤", "/"],
    ["≥95%", "≤", "%"],
    ["", "≥", "%"],
    ["95", "定量", "无"],
    ["95%以上", "≥", "%"],
    ["3天内", "≤", "天"],
    ["X%", "≥", "%"],
    ["约500", "≥", "人"],
    ["3-5", "≥", "—"],
    ["一流", "", "个"],
    ["优", "定性", ""],
    ["达到预期", "定性", "/"],
    // a direction adds nothing to a value printing its comparison, or no figure
    ["≥95%", "反向", "%"],
    ["按时完成", "反向", ""],
    ["3天内", "反向", "天"],
    // a magnitude before a unit printing one (`10万` and `万元`) is not doubled
    ["10万", "", "万元"],
  ])("%s with %j and %j stays as printed", (value, sense, unit) => {
    expect(joinValueColumns(value, sense, unit)).toBe(value);
  });
});
