/**
 * How 时效 values read as other printers word them: a span of months of the year (`1-12月`,
 * `1月-12月`, the heating season `11-3月`) is a period read as printed, never a range of a number
 * of months nor an inverted one; a duration (`3-6个月`, `全年12个月`), a deadline (`2025年6月前`)
 * and the wordings of a rhythm or a year (`每季度`, `按月`, `次年3月底前`, `当年`) read without
 * error. A date that does not exist is still one.
 */
import { describe, expect, it } from "vitest";
import { parseIndicatorValue } from "./parse";
import type { IndicatorValue } from "./types";

const read = (s: string): IndicatorValue | string => {
  const r = parseIndicatorValue(s);
  return r.ok ? r.value : r.error.code;
};

describe("a span of months of the year is a period, read as printed", () => {
  it.each([
    "1-12月",
    "1—12月",
    "1~12月",
    "1至12月",
    "１－１２月",
    "1月-12月",
    "1月份至12月份",
    "1-12月份",
    "1-12月底",
    "3-5月完成",
    "6-8月期间",
    "3-5月中旬",
    "11-3月",
    "11月-3月",
    "≤3-5月",
  ])("%s", (text) => {
    expect(read(text)).toEqual({ kind: "qualitative", text });
  });

  it("a bound after a span is the date it prints as", () => {
    expect(read("9-10月以内")).toEqual({ kind: "date", op: "≤", date: { month: 10 } });
  });
});

describe("durations, deadlines and other time wordings read without error", () => {
  it.each([
    ["3-6个月", { kind: "range", low: "3", high: "6", unit: "个月" }],
    ["≤12个月", { kind: "quantity", op: "≤", value: "12", unit: "个月" }],
    ["15个工作日内", { kind: "quantity", op: "≤", value: "15", unit: "个工作日" }],
    ["2025年6月前", { kind: "date", op: "≤", date: { year: 2025, month: 6 } }],
    ["当年12月底前", { kind: "date", op: "≤", date: { month: 12, day: "end" } }],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    "全年12个月",
    "全年1-12月",
    "2025年1-12月",
    "2025年1月-12月",
    "每季度",
    "按月",
    "按季度拨付",
    "按月1次",
    "次年3月底前",
    "11月-次年3月",
    "当年",
    "年度内",
    "2025年第四季度前",
    "项目周期内",
  ])("%s is read as printed", (text) => {
    expect(read(text)).toEqual({ kind: "qualitative", text });
  });

  it("bites: a month or a day that does not exist, and an inverted duration, are still errors", () => {
    for (const [text, code] of [
      ["13月底前", "invalid-date"],
      ["2025年2月30日前", "invalid-date"],
      ["6-3个月", "inverted-range"],
      ["90%-80%", "inverted-range"],
    ] as const)
      expect([text, read(text)]).toEqual([text, code]);
  });
});
