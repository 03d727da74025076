/**
 * Readings that were wrong rather than errors: a figure left partly unfilled (`≥5X%`), brackets
 * holding nothing in a unit (`≤95元()`, `≥90%(`), a span of months of the year (`1月-12月`), and
 * dates printed in words (`十二月底前`), after the budget's own year (`当年12月底前`) or before
 * an action (`2024年11月30日前拨付到位`). Each is read as what it is, or as printed text; none
 * is an error of the document.
 */
import { describe, expect, it } from "vitest";
import { parseIndicatorValue } from "./parse";
import type { IndicatorValue } from "./types";

const value = (s: string): IndicatorValue => {
  const r = parseIndicatorValue(s);
  if (!r.ok) throw new Error(`${s}: ${r.error.code}`);
  return r.value;
};
const text = (s: string) => ({ kind: "qualitative", text: s });

describe("a figure left partly unfilled is no number in a unit of letters", () => {
  it.each(["≥5X%", "9X%", "≥9x%", "≤1XX万元", "≥2N次", "不低于8X%", "≥9X%以上"])("%s", (s) => {
    expect(value(s)).toEqual(text(s));
  });

  it("bites: a unit of Latin letters that is none stays a unit (≥100Nm), a figure stays (≥95%)", () => {
    expect(value("≥100Nm")).toEqual({ kind: "quantity", op: "≥", value: "100", unit: "Nm" });
    expect(value("≥95%")).toEqual({ kind: "quantity", op: "≥", value: "95", unit: "%" });
    // a placeholder where the whole number stands lacks its number, as before
    expect(parseIndicatorValue("≥X%")).toMatchObject({
      ok: false,
      error: { code: "missing-number" },
    });
  });
});

describe("brackets holding nothing are no part of a unit", () => {
  it.each([
    ["≤95元()", "≤", "95", "元"],
    ["≤95元（）", "≤", "95", "元"],
    ["≤95元（ ）", "≤", "95", "元"],
    ["≥90%(", "≥", "90", "%"],
    ["≥90%（", "≥", "90", "%"],
    ["≥90%)", "≥", "90", "%"],
    ["≥90(%", "≥", "90", "%"],
    ["≥90%【】", "≥", "90", "%"],
    ["（≥90%", "≥", "90", "%"],
    ["≥3()次/年", "≥", "3", "次/年"],
  ])("%s", (s, op, v, unit) => {
    expect(value(s)).toEqual({ kind: "quantity", op, value: v, unit });
  });

  it("bites: brackets that hold something keep their meaning", () => {
    expect(value("≥1（次）/年")).toEqual({ kind: "quantity", op: "≥", value: "1", unit: "次/年" });
    expect(value("≥90%（含）")).toEqual({ kind: "quantity", op: "≥", value: "90", unit: "%" });
    expect(value("()")).toEqual(text("()"));
    expect(parseIndicatorValue("≥90%（以上）元")).toMatchObject({ ok: false });
  });
});

describe("a span of months of the year is a period, no range of a number of months", () => {
  it.each([
    "1月-12月",
    "1月份-12月份",
    "1月至12月",
    "3月~6月",
    "3月～6月",
    "1月—12月",
    "1月-12月底前",
  ])("%s", (s) => {
    expect(value(s)).toEqual(text(s));
  });

  it("bites: a number of months stays a quantity or a range", () => {
    expect(value("3-6个月")).toEqual({ kind: "range", low: "3", high: "6", unit: "个月" });
    expect(value("≤12（月）")).toEqual({ kind: "quantity", op: "≤", value: "12", unit: "月" });
  });
});

describe("dates printed in words are dates", () => {
  it.each([
    ["十二月底前", { month: 12, day: "end" }],
    ["六月底前完成", { month: 6, day: "end" }],
    ["十二月三十一日前", { month: 12, day: 31 }],
    ["九月十日前", { month: 9, day: 10 }],
    ["当年12月底前", { month: 12, day: "end" }],
    ["本年度12月31日前", { month: 12, day: 31 }],
    ["今年6月底前完成验收", { month: 6, day: "end" }],
    ["本年底前", { month: 12, day: "end" }],
    ["当年十月底前", { month: 10, day: "end" }],
    ["2024年11月30日前拨付到位", { year: 2024, month: 11, day: 30 }],
    ["2024年11月30日之前支付完毕", { year: 2024, month: 11, day: 30 }],
    ["12月底前全部拨付", { month: 12, day: "end" }],
  ])("%s", (s, date) => {
    expect(value(s)).toEqual({ kind: "date", op: "≤", date });
  });

  it("a date of another year (次年, 下年, 明年) the model cannot hold is read as printed", () => {
    for (const s of ["次年3月底前", "下年度6月30日前", "明年1月底前"])
      expect(value(s)).toEqual(text(s));
  });

  it("bites: figures after a date, about a month, or no date at all stay text", () => {
    for (const s of ["12月底前完成50%", "3月前后", "一月一次", "项目完工后"])
      expect(value(s)).toEqual(text(s));
    // a count of months in numerals reads as in digits, no month
    expect(value("二十月")).toEqual(value("20月"));
    expect(parseIndicatorValue("十三月底前")).toMatchObject({
      ok: false,
      error: { code: "invalid-date" },
    });
  });
});

describe("two alternatives (或) are no range and no malformed unit", () => {
  it.each(["≥90%或≥5次", "≥90%或者≥5次", "≥95%或≤2次", "≥90%或100%"])("%s", (s) => {
    expect(value(s)).toEqual(text(s));
  });

  it("bites: two bounds joined by 且 or a comma are still a range; a broken second bound is wrong", () => {
    expect(value("≥90%且≤95%")).toEqual({ kind: "range", low: "90", high: "95", unit: "%" });
    expect(parseIndicatorValue("≥90%或≤X%")).toMatchObject({
      ok: false,
      error: { code: "missing-number" },
    });
  });
});
