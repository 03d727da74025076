import { describe, expect, it } from "vitest";
import { formatIndicatorValue } from "./format";
import { formatIndicatorValueError } from "./messages";
import { parseIndicatorValue } from "./parse";
import type { IndicatorValue } from "./types";

const value = (s: string): IndicatorValue => {
  const r = parseIndicatorValue(s);
  if (!r.ok) throw new Error(`${s}: ${r.error.code}`);
  return r.value;
};
const errorCode = (s: string): string => {
  const r = parseIndicatorValue(s);
  return r.ok ? `parsed as ${r.value.kind}` : r.error.code;
};

describe("parseIndicatorValue: quantities", () => {
  it.each([
    ["≥600条", "≥", "600", "条"],
    ["≤3000元/人", "≤", "3000", "元/人"],
    ["≥2次／天", "≥", "2", "次/天"],
    ["≥24小时／天", "≥", "24", "小时/天"],
    ["＞95％", ">", "95", "%"],
    ["＜5%", "<", "5", "%"],
    ["≧90%", "≥", "90", "%"],
    ["≦20%", "≤", "20", "%"],
    [">= 95 %", "≥", "95", "%"],
    ["＝100%", "=", "100", "%"],
    ["不低于90%", "≥", "90", "%"],
    ["不少于8篇", "≥", "8", "篇"],
    ["不高于3000元", "≤", "3000", "元"],
    ["不超过20%", "≤", "20", "%"],
    ["超过100人次", ">", "100", "人次"],
    ["90%以上", "≥", "90", "%"],
    ["90%及以上", "≥", "90", "%"],
    ["5万元以内", "≤", "5", "万元"],
    ["3个工作日内", "≤", "3", "个工作日"],
    ["≥ 1,715 人次", "≥", "1715", "人次"],
    ["≥９５．５%", "≥", "95.5", "%"],
    ["≥95.0%", "≥", "95.0", "%"],
    ["≥-5%", "≥", "-5", "%"],
  ])("%s → %s %s %s", (input, op, v, unit) => {
    expect(value(input)).toEqual({ kind: "quantity", op, value: v, unit });
  });

  it.each([
    ["≥100㎡", "≥", "100", "m²"],
    ["≥100m²", "≥", "100", "m²"],
    ["≥3万㎡", "≥", "3", "万m²"],
    ["≥1000m³", "≥", "1000", "m³"],
    ["≥1000㎥", "≥", "1000", "m³"],
    ["≥10km²", "≥", "10", "km²"],
    ["≥10㎢", "≥", "10", "km²"],
    ["≤800元/㎡", "≤", "800", "元/m²"],
    ["≤1.2万元/人·年", "≤", "1.2", "万元/人·年"],
    ["≤50元/平方米/年", "≤", "50", "元/平方米/年"],
    ["≤0.5万元/亩/年", "≤", "0.5", "万元/亩/年"],
    ["≤1000元/吨·公里", "≤", "1000", "元/吨·公里"],
    ["≥2次/人/年", "≥", "2", "次/人/年"],
  ])("square, cubic and compound units: %s → %s %s %s", (input, op, v, unit) => {
    expect(value(input)).toEqual({ kind: "quantity", op, value: v, unit });
  });

  it("a dotted number without a day or a date suffix is a number; 前 after a number is no unit", () => {
    expect(value("2024.12")).toEqual({ kind: "quantity", value: "2024.12", unit: "" });
    expect(value("12.31")).toEqual({ kind: "quantity", value: "12.31", unit: "" });
    expect(value("2024前")).toEqual({ kind: "qualitative", text: "2024前" });
  });

  it.each([
    ["≥90%（含）", "≥", "90", "%"],
    ["95%（含）以上", "≥", "95", "%"],
    ["90%以上（含90%）", "≥", "90", "%"],
    ["≥95％（含95％）", "≥", "95", "%"],
    ["≤100万元（含税）", "≤", "100", "万元"],
    ["≥98%合格率", "≥", "98", "%"],
    ["≥95%满意度", "≥", "95", "%"],
    ["≤5‰发生率", "≤", "5", "‰"],
  ])("an inclusive marker or the name after a percentage is no unit: %s", (input, op, v, unit) => {
    expect(value(input)).toEqual({ kind: "quantity", op, value: v, unit });
  });

  it("reads a ratio as printed, not as a number and a unit", () => {
    for (const text of ["≥1:1", "≥1∶1", "1:1.5", "≥3:1", "1:3以上", "≥1：1"])
      expect(value(text)).toEqual({ kind: "qualitative", text });
  });

  it("keeps a bare value without an operator (100% has none)", () => {
    expect(value("100%")).toEqual({ kind: "quantity", value: "100", unit: "%" });
    expect(value("8个")).toEqual({ kind: "quantity", value: "8", unit: "个" });
    expect(value("12")).toEqual({ kind: "quantity", value: "12", unit: "" });
  });
});

describe("parseIndicatorValue: ranges, dates, text", () => {
  it.each([
    ["80%-90%", "80", "90", "%"],
    ["90-100分", "90", "100", "分"],
    ["80%～90%", "80", "90", "%"],
    ["80%至90%", "80", "90", "%"],
    ["1—3个", "1", "3", "个"],
    ["-5%-5%", "-5", "5", "%"],
  ])("range %s", (input, low, high, unit) => {
    expect(value(input)).toEqual({ kind: "range", low, high, unit });
  });

  it.each([
    ["2024年12月31日前", { op: "≤", date: { year: 2024, month: 12, day: 31 } }],
    ["12月底前", { op: "≤", date: { month: 12, day: "end" } }],
    ["2024年底前", { op: "≤", date: { year: 2024, month: 12, day: "end" } }],
    ["年底前", { op: "≤", date: { month: 12, day: "end" } }],
    ["6月30日之前完成", { op: "≤", date: { month: 6, day: 30 } }],
    ["2024年6月前", { op: "≤", date: { year: 2024, month: 6 } }],
    ["2024年3月1日以后", { op: "≥", date: { year: 2024, month: 3, day: 1 } }],
    ["不晚于2024年11月30日", { op: "≤", date: { year: 2024, month: 11, day: 30 } }],
    ["2024年2月29日", { date: { year: 2024, month: 2, day: 29 } }],
    ["2024.12.31前", { op: "≤", date: { year: 2024, month: 12, day: 31 } }],
    ["2024.12.31", { date: { year: 2024, month: 12, day: 31 } }],
    ["2024.12.31前完成", { op: "≤", date: { year: 2024, month: 12, day: 31 } }],
    ["2024.6.30之前", { op: "≤", date: { year: 2024, month: 6, day: 30 } }],
    ["2024.12前", { op: "≤", date: { year: 2024, month: 12 } }],
    ["≤2024.10.31", { op: "≤", date: { year: 2024, month: 10, day: 31 } }],
    ["2024-12-31前", { op: "≤", date: { year: 2024, month: 12, day: 31 } }],
    ["2024/9/30", { date: { year: 2024, month: 9, day: 30 } }],
    ["2024.3.1以后", { op: "≥", date: { year: 2024, month: 3, day: 1 } }],
  ])("date %s", (input, expected) => {
    expect(value(input)).toEqual({ kind: "date", ...expected });
  });

  it("a dotted month and day need their year; a period between two dates is read as printed", () => {
    // `1.5前` may be 1 May or not: without a year, a date writes 月 / 日.
    for (const text of ["1.5前", "12.31前", "2024.1.1-2024.12.31", "2024-01-01至2024-12-31"])
      expect(value(text)).toEqual({ kind: "qualitative", text });
    expect(errorCode("2024.1.1-2024.13.31")).toBe("invalid-date");
    // An operator before a period is printed too: read as printed, not an error.
    expect(value("≥2024.1.1-2024.12.31")).toEqual({
      kind: "qualitative",
      text: "≥2024.1.1-2024.12.31",
    });
    // Numbers and ranges of numbers stay so.
    expect(value("10000-20000元")).toEqual({
      kind: "range",
      low: "10000",
      high: "20000",
      unit: "元",
    });
  });

  it("an approximate figure (左右, 上下) is no exact target: read as printed", () => {
    for (const text of ["≥95%左右", "95%左右", "80%-90%左右", "3天上下"])
      expect(value(text)).toEqual({ kind: "qualitative", text });
  });

  it("reads text without an operator as qualitative, trimmed, as printed", () => {
    for (const text of ["保障到位", "厉行节约，按需确定", "按要求保障出行安全", "无延误", "规范"]) {
      expect(value(` ${text} `)).toEqual({ kind: "qualitative", text });
    }
    // A number followed by prose is text too: the "unit" would be longer than a unit.
    expect(value("3年内完成建设")).toEqual({ kind: "qualitative", text: "3年内完成建设" });
    expect(value("全年起草调研报告不少于8篇")).toEqual({
      kind: "qualitative",
      text: "全年起草调研报告不少于8篇",
    });
  });

  it("reads an operator word followed by a standard, not a number, as qualitative", () => {
    for (const text of [
      "达到省级标准",
      "达到国家二级标准",
      "不低于上年水平",
      "高于全市平均水平",
      "不超过预算控制数",
    ])
      expect(value(text)).toEqual({ kind: "qualitative", text });
    // with a number it is a quantity still
    expect(value("达到95%")).toEqual({ kind: "quantity", op: "≥", value: "95", unit: "%" });
  });

  it("reads a comparison symbol followed by a standard, not a number, as qualitative", () => {
    for (const text of [
      "≥上年水平",
      "≤预算数",
      "≤批复预算",
      "≥Ⅲ类",
      "≥合格",
      "≥良好",
      "≥国家标准",
      "＞ 上年",
      "≤年初预算",
      "≥二级",
      "≥AA级",
      "≥按需",
    ])
      expect(value(text)).toEqual({ kind: "qualitative", text });
  });

  it("an operator before a template's placeholder lacks its number; a class in Roman numerals does not", () => {
    for (const text of [
      "≥X%",
      "≥XX%",
      "≤XX元/人",
      "≥N次",
      "≥n个",
      "≥某%",
      "≤X万元",
      "不低于X%",
      "≥×%",
      "≥＊%",
      "≥？%",
      "≥（X）%",
      "≥x",
    ])
      expect([text, errorCode(text)]).toEqual([text, "missing-number"]);
    for (const text of ["≥Ⅹ类", "≥XII类", "≥IV类", "≥NPS", "≥AA级"])
      expect(value(text)).toEqual({ kind: "qualitative", text });
  });

  it("reads an operator and a count in Chinese numerals as a quantity", () => {
    expect(value("≥两次")).toEqual({ kind: "quantity", op: "≥", value: "2", unit: "次" });
    expect(value("≥三个")).toEqual({ kind: "quantity", op: "≥", value: "3", unit: "个" });
    expect(value("不少于十次")).toEqual({ kind: "quantity", op: "≥", value: "10", unit: "次" });
    expect(value("≤十二次／年")).toEqual({ kind: "quantity", op: "≤", value: "12", unit: "次/年" });
    expect(value("≥二十五人")).toEqual({ kind: "quantity", op: "≥", value: "25", unit: "人" });
    // A grade is no count; a numeral alone has no unit.
    expect(value("≥三级")).toEqual({ kind: "qualitative", text: "≥三级" });
    expect(value("≥一")).toEqual({ kind: "qualitative", text: "≥一" });
  });

  it("reads a Chinese-numeral count only as a whole number before a measure word", () => {
    const q = (v: string, unit: string) => ({ kind: "quantity", op: "≥", value: v, unit });
    expect(value("≥一百五十人")).toEqual(q("150", "人"));
    expect(value("≥一万二千元")).toEqual(q("12000", "元"));
    expect(value("≥三千元")).toEqual(q("3000", "元"));
    expect(value("≥一百零五人")).toEqual(q("105", "人"));
    expect(value("≥三个月")).toEqual(q("3", "个月"));
    expect(value("≥十二人次")).toEqual(q("12", "人次"));
    expect(value("≥九十五%")).toEqual(q("95", "%"));
    // A numeral in a word, digits in a row, an abbreviated tail: not a count.
    for (const text of [
      "达到一流水平",
      "≥一流",
      "≥一致",
      "不低于一半",
      "≥二〇二四年",
      "≥三甲",
      "≥一次性",
      "≥一元化",
      "≥一百五人",
      "≥一万二元",
      "≥一二次",
      "≥百人",
    ])
      expect(value(text)).toEqual({ kind: "qualitative", text });
  });
});

describe("parseIndicatorValue: a year is a time, not a count of years", () => {
  it("a year or a period of years is read as printed", () => {
    for (const text of [
      "2024年",
      "2024年度",
      "2025年上半年",
      "2024年第四季度",
      "2024年内",
      "2024年度内完成",
      "2024-2025年",
      "2024年至2026年",
      "≥2024年",
    ])
      expect([text, value(text)]).toEqual([text, { kind: "qualitative", text }]);
  });

  it("a count of years and a date with its year are still read", () => {
    expect(value("3年")).toEqual({ kind: "quantity", value: "3", unit: "年" });
    expect(value("≥20年")).toEqual({ kind: "quantity", op: "≥", value: "20", unit: "年" });
    expect(value("3-5年")).toEqual({ kind: "range", low: "3", high: "5", unit: "年" });
    expect(value("2000万元")).toEqual({ kind: "quantity", value: "2000", unit: "万元" });
    expect(value("2024年底前").kind).toBe("date");
  });
});

describe("parseIndicatorValue: a part of a month is a time", () => {
  it("a month's 上旬 / 中旬 / 下旬 / 初 is read as printed, with a date suffix or without", () => {
    for (const text of ["12月中旬", "6月上旬前", "9月初完成", "11月下旬之前"])
      expect([text, value(text)]).toEqual([text, { kind: "qualitative", text }]);
  });

  it("a month is still a date and a count of months a quantity", () => {
    expect(value("12月")).toEqual({ kind: "date", date: { month: 12 } });
    expect(value("3个月")).toEqual({ kind: "quantity", value: "3", unit: "个月" });
  });
});

describe("parseIndicatorValue: two bounds of one value", () => {
  it.each([
    ["≥90%，≤100%", "90", "100", "%"],
    ["≥80%且≤100%", "80", "100", "%"],
    ["≥85%；≤95%", "85", "95", "%"],
    ["≤100%、≥90%", "90", "100", "%"],
    ["≥90，≤100%", "90", "100", "%"],
    ["不低于3次，不超过5次", "3", "5", "次"],
    ["≥90% ，≤ 100 %", "90", "100", "%"],
  ])("an at-least and an at-most bound are a range: %s", (input, low, high, unit) => {
    expect(value(input)).toEqual({ kind: "range", low, high, unit });
  });

  it("other pairs of bounds are read as printed, never an error", () => {
    for (const text of ["≥90%，<100%", "≥90%，≤100分", "≥100%，≤90%", "≥90%，12月底前"])
      expect([text, value(text)]).toEqual([text, { kind: "qualitative", text }]);
  });

  it("a second bound left unfilled lacks its number", () => {
    expect(errorCode("≥90%，≤X%")).toBe("missing-number");
  });

  it("a note of words after a bound is an aside; a note with figures is read as printed", () => {
    for (const [text, figure] of [
      ["≥90%，全年", "90"],
      ["≥85%，较上年提高", "85"],
      ["≥90%；按年度考核", "90"],
      ["不低于95%、逐年提高", "95"],
    ] as const)
      expect([text, value(text)]).toEqual([
        text,
        { kind: "quantity", op: "≥", value: figure, unit: "%" },
      ]);
    expect(value("≤5天，全年")).toEqual({ kind: "quantity", op: "≤", value: "5", unit: "天" });
    for (const text of ["≥3次，每次2小时", "≥90%，其中重点项目100%"])
      expect([text, value(text)]).toEqual([text, { kind: "qualitative", text }]);
    // Words too long for a unit before the note are read as printed, as they are alone; a
    // unit with a sign in it is still malformed.
    const words = "≥90分钟每日每人次，全年";
    expect(value(words)).toEqual({ kind: "qualitative", text: words });
    expect(errorCode("≥90%≥，全年")).toBe("malformed-unit");
  });
});

describe("parseIndicatorValue: malformed values are typed errors with the input", () => {
  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["≥", "missing-number"],
    ["不低于", "missing-number"],
    ["≥%", "missing-number"],
    ["≤ ／天", "missing-number"],
    ["≥9..5%", "malformed-number"],
    ["≥1,00人", "malformed-number"],
    ["≥90%≥", "malformed-unit"],
    ["≥3次/2", "malformed-unit"],
    ["≥3次至至", "malformed-unit"],
    ["≤90%以上", "conflicting-operators"],
    ["90%-80%", "inverted-range"],
    ["2万-1万元", "inverted-range"],
    ["≥90%-80%", "inverted-range"],
    ["X%", "missing-number"],
    ["13月底前", "invalid-date"],
    ["2024年13月", "invalid-date"],
    ["2023年2月29日", "invalid-date"],
    ["4月31日前", "invalid-date"],
    ["2024.13.01", "invalid-date"],
    ["2023.2.29前", "invalid-date"],
    ["2024.13前", "invalid-date"],
  ])("%j → %s", (input, code) => {
    expect(errorCode(input)).toBe(code);
    const r = parseIndicatorValue(input);
    expect(r.ok ? undefined : r.error.input).toBe(input);
  });

  it("renders every error in Chinese and English, quoting the input", () => {
    const r = parseIndicatorValue("≥3次／年／2");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // The unit is quoted as compared (after NFKC: the full-width slashes are half-width).
    expect(formatIndicatorValueError(r.error)).toBe(
      "指标值“≥3次／年／2”无效：“次/年/2”不是计量单位",
    );
    expect(formatIndicatorValueError(r.error, "en")).toBe(
      'invalid indicator value "≥3次／年／2": "次/年/2" is not a unit',
    );
  });
});

describe("formatIndicatorValue", () => {
  it("prints the canonical form, which reads back", () => {
    const cases: [string, string][] = [
      ["不低于 90 ％", "≥90%"],
      ["≥2次／天", "≥2次/天"],
      ["90-100分", "90分-100分"],
      ["2024年底前", "2024年12月底前"],
      ["保障到位", "保障到位"],
      ["100%", "100%"],
    ];
    for (const [printed, canonical] of cases) {
      expect(formatIndicatorValue(value(printed))).toBe(canonical);
      expect(value(canonical)).toEqual(value(printed));
    }
  });
});

describe("parseIndicatorValue: values from plain JavaScript", () => {
  it("reads a spreadsheet's number as its text and null as blank; other values are not-text", () => {
    const read = (v: unknown) => parseIndicatorValue(v as string);
    expect(read(95)).toEqual({ ok: true, value: { kind: "quantity", value: "95", unit: "" } });
    expect(read(0.5)).toEqual({ ok: true, value: { kind: "quantity", value: "0.5", unit: "" } });
    expect(read(null)).toEqual({ ok: false, error: { code: "empty", input: "" } });
    expect(read(undefined)).toEqual({ ok: false, error: { code: "empty", input: "" } });
    const r = read({ v: 95 });
    expect(r).toEqual({ ok: false, error: { code: "not-text", input: "", found: "object" } });
    if (r.ok) return;
    expect(formatIndicatorValueError(r.error)).toBe("指标值应为文本，实为 object");
    expect(formatIndicatorValueError(r.error, "en")).toBe(
      "an indicator value must be text, found object",
    );
    expect(read(true)).toMatchObject({ ok: false, error: { code: "not-text", found: "boolean" } });
  });
});
