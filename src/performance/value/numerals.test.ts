/**
 * Figures printed in Chinese numerals read as the same figures printed in digits: the numerals
 * are a normalisation of the reader (`≥三万元/个/年` is `≥3万元/个/年`), never a reading of their
 * own, and a numeral in a word stays a word.
 */
import { describe, expect, it } from "vitest";
import { numeralsInDigits } from "./numerals";
import { parseIndicatorValue } from "./parse";

/** The reading, a qualitative value by its kind only (its text is the value as printed). */
const read = (s: string) => {
  const r = parseIndicatorValue(s);
  return r.ok && r.value.kind === "qualitative" ? { ok: true, kind: "qualitative" } : r;
};

describe("a figure in Chinese numerals reads as the figure in digits", () => {
  it.each([
    ["≥三万元/个/年", "≥3万元/个/年"],
    ["不少于两次/年", "不少于2次/年"],
    ["十二个月", "12个月"],
    ["≤十二个月", "≤12个月"],
    ["百分之九十五", "95%"],
    ["≥百分之九十五", "≥95%"],
    ["不低于百分之九十", "不低于90%"],
    ["百分之百", "100%"],
    ["百分之95", "95%"],
    ["千分之三", "3‰"],
    ["≤百分之零点五", "≤0.5%"],
    ["九成", "90%"],
    ["≥九成五", "≥95%"],
    ["八成以上", "80%以上"],
    ["三千余人", "3000余人"],
    ["≥三千余人", "≥3000余人"],
    ["十余次", "10余次"],
    ["二十多项", "20多项"],
    ["一万余人次", "1万余人次"],
    ["≥一万二千元", "≥12000元"],
    ["≥三千万元", "≥3000万元"],
    ["≥一亿五千万元", "≥15000万元"],
    ["≥三点五万元", "≥3.5万元"],
    ["≥十万", "≥10万"],
    ["三至五天", "3至5天"],
    ["三到五个工作日", "3到5个工作日"],
    ["九十-九十五分", "90-95分"],
    ["两次以上", "2次以上"],
    ["三个工作日内", "3个工作日内"],
    ["两周内", "2周内"],
    ["≥两次，≤五次", "≥2次，≤5次"],
    ["二〇二四年十二月底前", "2024年12月底前"],
    ["二零二四年十二月三十一日前", "2024年12月31日前"],
    ["二〇二四年度", "2024年度"],
    ["十二月份前", "12月份前"],
    ["三千人左右", "3000人左右"],
    ["≥一百零五人", "≥105人"],
    ["≥一千零五十人", "≥1050人"],
    ["≥两次/（年·人）", "≥2次/（年·人）"],
    ["≥一次/两年", "≥1次/2年"],
    ["二十月", "20月"],
  ])("%s reads as %s", (han, digits) => {
    expect(read(han)).toEqual(read(digits));
  });

  it("an approximate figure (余, 多, 左右) is no exact target, in numerals or digits", () => {
    for (const s of ["三千余人", "3000余人", "十余次", "10余次", "20余项", "≥20余项", "二十多项"])
      expect(parseIndicatorValue(s)).toEqual({ ok: true, value: { kind: "qualitative", text: s } });
    for (const s of ["1.5万人次", "3000人", "≥三千人"])
      expect(parseIndicatorValue(s)).toMatchObject({ ok: true, value: { kind: "quantity" } });
  });

  it("a numeral in a word stays a word", () => {
    for (const s of [
      "一流",
      "≥一流",
      "统一",
      "唯一",
      "一次性",
      "≥一次性",
      "一元化",
      "一户一档",
      "一人一档",
      "十分满意",
      "二级",
      "≥三级",
      "三甲",
      "一成不变",
      "九成新",
      "十万火急",
      "一站式服务",
      "一网通办",
      "四个全面",
      "三年行动计划",
      "≥一",
      "≥一百五人",
      "≥一万二元",
      "≥一二次",
      "≥百人",
      "千人计划",
      "四季度前",
    ])
      expect([s, numeralsInDigits(s)]).toEqual([s, s]);
    // times in a period are read as printed, in numerals or digits (after 每: ./per.test.ts)
    for (const s of ["一年一次", "1年1次", "≥一年两次", "一月一次", "第四季度"])
      expect([s, read(s)]).toEqual([s, { ok: true, kind: "qualitative" }]);
  });

  it("a numeral after a digit is its magnitude, no figure of its own", () => {
    expect(numeralsInDigits("3千余人")).toBe("3千余人");
    expect(numeralsInDigits("1.5万人次")).toBe("1.5万人次");
  });

  it("bites: a wrong value in numerals is still wrong", () => {
    expect(read("十三月底前")).toMatchObject({ ok: false, error: { code: "invalid-date" } });
    expect(read("五至三天")).toMatchObject({ ok: false, error: { code: "inverted-range" } });
    expect(read("百分之九十五至百分之九十")).toMatchObject({
      ok: false,
      error: { code: "inverted-range" },
    });
  });
});
