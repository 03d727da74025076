/**
 * One grammar of units for every way a figure is printed: a unit of any number of factors between
 * `/` and `·` (`次/年/人/天`, `元/人/年/次`), a denominator in brackets, a count in a denominator,
 * reads as the same unit after digits, in brackets, after a count in Chinese numerals, in a range,
 * after a placeholder and with a suffix. Words too long for a unit (`≥1个标准化示范点`, `≥2个5G基站`)
 * are what the figure counts, and a dotted number (`≥1.5.2版本`) a version: read as printed; a
 * unit with a sign or a stray digit in it is still malformed, and so is `9..5`.
 */
import { describe, expect, it } from "vitest";
import { parseIndicatorValue } from "./parse";
import type { IndicatorValue } from "./types";

const read = (s: string): IndicatorValue | string => {
  const r = parseIndicatorValue(s);
  return r.ok ? r.value : r.error.code;
};

/**
 * A unit as printed, the unit it reads as, and whether it starts with a measure word (a count in
 * Chinese numerals and a placeholder stand before one; `Xkg` may be a word, `三万元` is 30000 元).
 */
const UNITS: readonly (readonly [string, string, boolean])[] = [
  ["次/年/人/天", "次/年/人/天", true],
  ["次／年／人／天", "次/年/人/天", true],
  ["人次/年", "人次/年", true],
  ["元/平方米·月", "元/平方米·月", true],
  ["元/人·次", "元/人·次", true],
  ["kg/人/天", "kg/人/天", false],
  ["次/（年·人）", "次/年·人", true],
  ["元/人/年/次", "元/人/年/次", true],
  ["小时/天/人", "小时/天/人", true],
  ["次/周/班/人", "次/周/班/人", true],
  ["万元/个/年", "万元/个/年", false],
  ["次/2年/人", "次/2年/人", true],
];

describe("a unit of any number of factors reads as a unit on every path", () => {
  it.each(UNITS)("%s", (printed, unit, measure) => {
    expect(read(`≥3${printed}`)).toEqual({ kind: "quantity", op: "≥", value: "3", unit });
    expect(read(`≥3（${printed}）`)).toEqual({ kind: "quantity", op: "≥", value: "3", unit });
    expect(read(`3${printed}以上`)).toEqual({ kind: "quantity", op: "≥", value: "3", unit });
    expect(read(`不超过3${printed}`)).toEqual({ kind: "quantity", op: "≤", value: "3", unit });
    expect(read(`2-3${printed}`)).toEqual({ kind: "range", low: "2", high: "3", unit });
    if (!measure) return;
    expect(read(`≥X${printed}`)).toBe("missing-number");
    expect(read(`≥三${printed}`)).toEqual({ kind: "quantity", op: "≥", value: "3", unit });
  });

  it("a count in Chinese numerals reads its unit as a figure in digits does", () => {
    expect(read("≥两次/（年·人）")).toEqual(read("≥2次/（年·人）"));
    expect(read("不少于三人次/（年·村）")).toEqual(read("不少于3人次/（年·村）"));
  });
});

describe("words after a figure, too long for a unit, are read as printed", () => {
  it.each([
    "≥1个标准化示范点",
    "≥2000平方米建筑面积",
    "≥90分钟每日每人次",
    "≥3元/人民币每年每次",
    "不少于10家定点医疗机构",
    "≥90分钟每日每人次，全年",
    // digits before a letter are part of a word
    "≥5G基站3个",
    "≥2个5G基站",
    "≥1套ISO9001认证",
    // a dotted number is a version or a clause, no malformed figure
    "≥1.5.2版本",
    "≥3.2.1",
  ])("%s", (text) => {
    expect(read(text)).toEqual({ kind: "qualitative", text });
  });

  it("bites: a unit with a sign, a punctuation mark or a stray digit in it is still malformed", () => {
    for (const text of ["≥90%≥", "≥3次/2", "≥1次/2", "≥3次至至", "≥3次/年-", "≥5次/年!", "≥90%100"])
      expect([text, read(text)]).toEqual([text, "malformed-unit"]);
    for (const text of ["≥9..5%", "≥1.5..2", "≥1,00人"])
      expect([text, read(text)]).toEqual([text, "malformed-number"]);
  });
});
