/**
 * Units as other printers write them: compound units of a rate per several things
 * (`元/人·天/年`), a denominator in brackets (`元/(人·天)`), a count in a denominator
 * (`次/2年`), a unit printed in brackets (`12（月）`: a number of months, no date), and a
 * score out of a whole (`4.5/5`).
 */
import { describe, expect, it } from "vitest";
import { joinValueColumns } from "./columns";
import { parseIndicatorValue } from "./parse";
import type { IndicatorValue } from "./types";

const value = (s: string): IndicatorValue => {
  const r = parseIndicatorValue(s);
  if (!r.ok) throw new Error(`${s}: ${r.error.code}`);
  return r.value;
};
const errorCode = (s: string): string => {
  const r = parseIndicatorValue(s);
  return r.ok ? `ok: ${JSON.stringify(r.value)}` : r.error.code;
};
const quantity = (op: string, v: string, unit: string) => ({
  kind: "quantity",
  op,
  value: v,
  unit,
});

describe("parseIndicatorValue: compound units", () => {
  it.each([
    ["≥95元/人·天/年", "≥", "95", "元/人·天/年"],
    ["≤95元/人·天/年", "≤", "95", "元/人·天/年"],
    ["≤1.2万元/人·年/次", "≤", "1.2", "万元/人·年/次"],
    ["≤30元/人·次/天", "≤", "30", "元/人·次/天"],
    ["≤50元/平方米·月/户", "≤", "50", "元/平方米·月/户"],
    ["≤５０元／人・天／年", "≤", "50", "元/人・天/年"],
    ["≤2次/人·年/项", "≤", "2", "次/人·年/项"],
  ])("a rate per several things, each part a product: %s", (text, op, v, unit) => {
    expect(value(text)).toEqual(quantity(op, v, unit));
  });

  it.each([
    ["≤95元/(人·天)", "≤", "95", "元/人·天"],
    ["≤0.3元/（人·次）", "≤", "0.3", "元/人·次"],
    ["≤3000元/(人·年)", "≤", "3000", "元/人·年"],
    ["≥2篇/（人·年）", "≥", "2", "篇/人·年"],
  ])("a denominator printed in brackets is the denominator: %s", (text, op, v, unit) => {
    expect(value(text)).toEqual(quantity(op, v, unit));
  });

  it.each([
    ["≥1次/2年", "≥", "1", "次/2年"],
    ["≥1次/3个月", "≥", "1", "次/3个月"],
    ["≤5000元/10人", "≤", "5000", "元/10人"],
    ["≥1次/两年", "≥", "1", "次/2年"],
  ])("a count in a denominator is part of the unit: %s", (text, op, v, unit) => {
    expect(value(text)).toEqual(quantity(op, v, unit));
  });

  it("a score out of a whole is read as printed, as a ratio is", () => {
    for (const text of ["≥4.5/5", "≥4.5/5分", "9/10"])
      expect([text, value(text)]).toEqual([text, { kind: "qualitative", text }]);
  });

  it("still rejects what is no unit", () => {
    for (const text of ["≥1次/2", "≥3次/年/2", "≥90%≥", "≥5次/年!", "≥3次/年-"])
      expect([text, errorCode(text)]).toEqual([text, "malformed-unit"]);
  });
});

describe("parseIndicatorValue: a unit in brackets is a measure, never a date", () => {
  it.each([
    ["≤12（月）", "≤", "12", "月"],
    ["≤12(月)", "≤", "12", "月"],
    ["≤6（月）", "≤", "6", "月"],
    ["≥3（月）", "≥", "3", "月"],
    ["＜１２（月）", "<", "12", "月"],
  ])("%s is a number of months", (text, op, v, unit) => {
    expect(value(text)).toEqual(quantity(op, v, unit));
  });

  it("a month printed without brackets is still a month", () => {
    expect(value("≤12月")).toEqual({ kind: "date", op: "≤", date: { month: 12 } });
    expect(value("12月底前")).toEqual({ kind: "date", op: "≤", date: { month: 12, day: "end" } });
  });

  it("a 度量单位 column of 月 after a figure is a number of months", () => {
    for (const [v, sense] of [
      ["12", "≤"],
      ["6", "≤"],
      ["3", "＜"],
    ] as const) {
      const joined = joinValueColumns(v, sense, "月");
      expect([joined, value(joined).kind]).toEqual([joined, "quantity"]);
    }
    // other units are joined as printed
    expect(joinValueColumns("95", "≥", "%")).toBe("≥95%");
    expect(joinValueColumns("30", "≤", "日")).toBe("≤30日");
    expect(joinValueColumns("12", "≤", "个月")).toBe("≤12个月");
  });
});

describe("parseIndicatorValue: 月份 names a month", () => {
  it.each([
    ["12月份前", { op: "≤", date: { month: 12 } }],
    ["2024年12月份前", { op: "≤", date: { year: 2024, month: 12 } }],
    ["2024年6月份", { date: { year: 2024, month: 6 } }],
    ["≤12月份", { op: "≤", date: { month: 12 } }],
    ["10月份之前完成", { op: "≤", date: { month: 10 } }],
  ])("%s", (text, expected) => {
    expect(value(text)).toEqual({ kind: "date", ...expected });
  });

  it("a month that does not exist is still an invalid date", () => {
    expect(errorCode("2024年13月份前")).toBe("invalid-date");
  });
});

describe("parseIndicatorValue: a metre's power printed as a digit", () => {
  it.each([
    ["≥100m2", "≥", "100", "m²"],
    ["≥3万m2", "≥", "3", "万m²"],
    ["≥1000m3", "≥", "1000", "m³"],
    ["≥10km2", "≥", "10", "km²"],
    ["≤35μg/m3", "≤", "35", "μg/m³"],
    ["≥500m3/天", "≥", "500", "m³/天"],
    ["≤800元/m2", "≤", "800", "元/m²"],
    ["≥1.5 m2/人", "≥", "1.5", "m²/人"],
    ["≥100（m2）", "≥", "100", "m²"],
  ])("%s is the square or cubic unit", (text, op, v, unit) => {
    expect(value(text)).toEqual(quantity(op, v, unit));
  });

  it("a range of them, and digits that are no power", () => {
    expect(value("1000m2-2000m2")).toEqual({
      kind: "range",
      low: "1000",
      high: "2000",
      unit: "m²",
    });
    for (const text of ["≥1.5m23", "≥1m2.5"])
      expect([text, errorCode(text)]).toEqual([text, "malformed-unit"]);
  });
});

describe("parseIndicatorValue: a product of figures and an inclusive marker inside a date", () => {
  it("round the clock (≥7×24小时) is read as printed, as a ratio is", () => {
    for (const text of ["≥7×24小时", "≥7*24小时", "≥7x24小时", "≥5×8小时/周"])
      expect([text, value(text)]).toEqual([text, { kind: "qualitative", text }]);
  });

  it.each([
    ["12月（含）前", { op: "≤", date: { month: 12 } }],
    ["2024年12月31日（含）前", { op: "≤", date: { year: 2024, month: 12, day: 31 } }],
    ["2024年6月30日(含)之前完成", { op: "≤", date: { year: 2024, month: 6, day: 30 } }],
  ])("%s is the date, its bound included", (text, expected) => {
    expect(value(text)).toEqual({ kind: "date", ...expected });
  });

  it("the marker elsewhere is dropped as before; alone it is text", () => {
    expect(value("≥95%(含)")).toEqual(quantity("≥", "95", "%"));
    expect(value("≥1次/月（含）")).toEqual(quantity("≥", "1", "次/月"));
    expect(value("（含）")).toEqual({ kind: "qualitative", text: "（含）" });
  });
});

describe("parseIndicatorValue: operators as clerks type them", () => {
  it.each([
    ["≥=90%", "≥", "90", "%"],
    ["≥ = 90%", "≥", "90", "%"],
    ["=>90%", "≥", "90", "%"],
    ["≤=5%", "≤", "5", "%"],
    ["=<5%", "≤", "5", "%"],
    ["大于或等于90%", "≥", "90", "%"],
    ["小于或等于5%", "≤", "5", "%"],
    ["最少2次", "≥", "2", "次"],
  ])("%s", (text, op, v, unit) => {
    expect(value(text)).toEqual(quantity(op, v, unit));
  });

  it("as a 指标性质 cell joined with its value and unit", () => {
    for (const sense of ["大于或等于", "≥=", "=>"])
      expect(value(joinValueColumns("90", sense, "%"))).toEqual(quantity("≥", "90", "%"));
    expect(value(joinValueColumns("5", "小于或等于", "%"))).toEqual(quantity("≤", "5", "%"));
  });

  it("still lacks its number without one", () => {
    for (const text of ["≥=", "=>", "大于或等于", "≥=%"])
      expect([text, errorCode(text)]).toEqual([text, "missing-number"]);
  });
});
