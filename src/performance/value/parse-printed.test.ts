/**
 * Forms real published tables print: ranges with a unit on each end, an operator before a range,
 * notes in brackets, and the bare placeholders of an unfilled template (an error, unlike words
 * with letters in them).
 */
import { describe, expect, it } from "vitest";
import { formatIndicatorValueError } from "./messages";
import { parseIndicatorValue } from "./parse";
import type { IndicatorValue } from "./types";

const value = (s: string): IndicatorValue => {
  const r = parseIndicatorValue(s);
  if (!r.ok) throw new Error(`${s}: ${r.error.code}`);
  return r.value;
};
const range = (low: string, high: string, unit: string): IndicatorValue => ({
  kind: "range",
  low,
  high,
  unit,
});

describe("parseIndicatorValue: printed ranges", () => {
  it.each([
    ["100万-200万元", range("100", "200", "万元")],
    ["100万元-200万元", range("100", "200", "万元")],
    ["1万-2万人次", range("1", "2", "万人次")],
    ["5千-1万元", range("0.5", "1", "万元")],
    ["5千元-1万元", range("0.5", "1", "万元")],
    ["5000元-1万元", range("0.5", "1", "万元")],
    ["0.5万-8千元", range("5", "8", "千元")],
    ["500克-1千克", range("0.5", "1", "千克")],
    ["1-2个工作日", range("1", "2", "个工作日")],
  ])(
    "a unit on each end of the same measure: %s reads in the high end's unit",
    (input, expected) => {
      expect(value(input)).toEqual(expected);
    },
  );

  it("ends in units that differ are read as printed, never an error", () => {
    for (const text of ["80%-90分", "1万人-2万元", "1百分点-2个百分点", "5万元-10"])
      expect(value(text)).toEqual({ kind: "qualitative", text });
  });

  it("an operator before a range is redundant: the range is read", () => {
    expect(value("≥85%-90%")).toEqual(range("85", "90", "%"));
    expect(value("≥1-2次")).toEqual(range("1", "2", "次"));
    expect(value("≤3-5天")).toEqual(range("3", "5", "天"));
    expect(value("不低于85%～90%")).toEqual(range("85", "90", "%"));
  });

  it("以上 after a range makes its low end a minimum; 以下 or 以内 its high end a maximum", () => {
    const q = (op: string, v: string, unit: string) => ({ kind: "quantity", op, value: v, unit });
    expect(value("85%-90%以上")).toEqual(q("≥", "85", "%"));
    expect(value("85%～90%及以上")).toEqual(q("≥", "85", "%"));
    expect(value("≥85%-90%以上")).toEqual(q("≥", "85", "%"));
    expect(value("100万-200万元以上")).toEqual(q("≥", "100", "万元"));
    expect(value("5%-10%以下")).toEqual(q("≤", "10", "%"));
    expect(value("3-5天内")).toEqual(q("≤", "5", "天"));
    expect(value("3-5个工作日以内")).toEqual(q("≤", "5", "个工作日"));
    expect(value("5千-1万元以内")).toEqual(q("≤", "1", "万元"));
    // a month range with a suffix is the date it prints as, like `9月以内`
    expect(value("9-10月以内")).toEqual({ kind: "date", op: "≤", date: { month: 10 } });
    for (const [text, code] of [
      ["90%-85%以上", "inverted-range"],
      ["≤85%-90%以上", "conflicting-operators"],
    ] as const) {
      const r = parseIndicatorValue(text);
      expect([text, r.ok ? r.value.kind : r.error.code]).toEqual([text, code]);
    }
  });

  it("左右 after a range keeps it approximate, as printed, like a single approximate figure", () => {
    for (const text of ["50%-60%左右", "≥50%-60%左右", "3-5天左右", "1万-2万元上下", "95%左右"])
      expect(value(text)).toEqual({ kind: "qualitative", text });
  });

  it("a range still low above high is an error, after its units are reconciled", () => {
    for (const text of ["2万-1万元", "≥90%-80%"]) {
      const r = parseIndicatorValue(text);
      expect([text, r.ok ? r.value.kind : r.error.code]).toEqual([text, "inverted-range"]);
    }
  });
});

describe("parseIndicatorValue: notes and other printed forms", () => {
  const q = (op: string | undefined, v: string, unit: string) => ({
    kind: "quantity",
    ...(op === undefined ? {} : { op }),
    value: v,
    unit,
  });
  it.each([
    ["90%以上（含90%）", q("≥", "90", "%")],
    ["≥90%（合格率）", q("≥", "90", "%")],
    ["≥90分（满分100分）", q("≥", "90", "分")],
    ["≤5%（同比）", q("≤", "5", "%")],
    ["≥1次/季", q("≥", "1", "次/季")],
    ["≥4次/年", q("≥", "4", "次/年")],
    ["≤30分钟", q("≤", "30", "分钟")],
    ["≥98.5%", q("≥", "98.5", "%")],
    ["100%完成", q(undefined, "100", "%")],
    ["0起", q(undefined, "0", "起")],
    ["≤0.5‰", q("≤", "0.5", "‰")],
  ])("%s", (input, expected) => {
    expect(value(input)).toEqual(expected);
  });

  it("reads a standard or a sentence as printed", () => {
    for (const text of ["不低于上年", "全覆盖", "零事故", "年均≥3%", "同比增长≥5%", "较上年提高"])
      expect(value(text)).toEqual({ kind: "qualitative", text });
  });
});

describe("parseIndicatorValue: a bare placeholder", () => {
  it("an unfilled template value lacks its number, with or without an operator", () => {
    for (const text of [
      "X%",
      "XX万元",
      "X次",
      "X次/年",
      "X个工作日",
      "N年",
      "XX%（含）以上",
      "某某",
      "XX",
      "？",
      "××%",
      "＊＊%",
      // a range with its ends unfilled
      "X%-Y%",
    ]) {
      const r = parseIndicatorValue(text);
      expect([text, r.ok ? r.value.kind : r.error.code]).toEqual([text, "missing-number"]);
    }
  });

  it("a word with letters in it is no placeholder", () => {
    for (const text of [
      "PM2.5",
      "X光",
      "X光机",
      "X射线",
      "N95口罩",
      "GDP",
      "A级",
      "AAA级",
      "Ⅲ类",
      "Ⅹ类",
      "XX单位",
      "某些",
      // a mark alone (not applicable, a footnote's) is no figure left to fill in
      "×",
      "*",
      "＊",
      "**",
      "×××",
      "***",
      // one letter alone may be typed for the × mark
      "X",
      "x",
      "N",
    ])
      expect(value(text)).toEqual({ kind: "qualitative", text });
  });

  it("says a placeholder is unfilled, and an operator lacks its number", () => {
    const message = (s: string, en: boolean) => {
      const r = parseIndicatorValue(s);
      return r.ok ? "" : formatIndicatorValueError(r.error, en ? "en" : "zh-CN");
    };
    expect(message("X%", false)).toBe("指标值“X%”无效：模板占位未填写，缺少数值");
    expect(message("X%", true)).toBe(
      `invalid indicator value "X%": a template's placeholder left unfilled, without a number`,
    );
    expect(message("≥X%", false)).toBe("指标值“≥X%”无效：比较符号后缺少数值");
  });
});

describe("parseIndicatorValue: a unit printed in brackets", () => {
  it.each([
    ["≥90(分)", "≥", "90", "分"],
    ["≤100(万元)", "≤", "100", "万元"],
    ["≥2(个)", "≥", "2", "个"],
    ["≥90(%)", "≥", "90", "%"],
    ["≥90（%）", "≥", "90", "%"],
    ["≥ 90 （％）", "≥", "90", "%"],
    ["≤5（万元）", "≤", "5", "万元"],
    ["≥3（次/年）", "≥", "3", "次/年"],
    ["90（%）以上", "≥", "90", "%"],
    ["≥95（%）（含）", "≥", "95", "%"],
  ])("is the unit: %s → %s %s %s", (input, op, v, unit) => {
    expect(value(input)).toEqual({ kind: "quantity", op, value: v, unit });
  });

  it("without an operator, and on a range's ends", () => {
    expect(value("10(个)")).toEqual({ kind: "quantity", value: "10", unit: "个" });
    expect(value("85-90(%)")).toEqual(range("85", "90", "%"));
    expect(value("85(%)-90(%)")).toEqual(range("85", "90", "%"));
  });

  it.each([
    ["≥2（台套）", "≥", "2", "台套"],
    ["≥90(m³/天)", "≥", "90", "m³/天"],
    ["≤0.5(mg/L)", "≤", "0.5", "mg/L"],
    ["≥1（次/季度）", "≥", "1", "次/季度"],
    ["≥3（万元/人）", "≥", "3", "万元/人"],
    ["≥1（次）/年", "≥", "1", "次/年"],
    ["≥1000（人）次", "≥", "1000", "人次"],
    ["≤5（万元）/年", "≤", "5", "万元/年"],
  ])("a measure word, a unit without Chinese or parts of both: %s", (input, op, v, unit) => {
    expect(value(input)).toEqual({ kind: "quantity", op, value: v, unit });
  });

  it.each([
    ["不低于85（按年度考核）", "≥", "85"],
    ["≥85（年度考核）", "≥", "85"],
    ["≥3（每季度）", "≥", "3"],
    ["≥90（百分制）", "≥", "90"],
    ["≤5（预计）", "≤", "5"],
    ["85（按季度考核）", undefined, "85"],
  ])("a note in brackets right after the number is no unit: %s", (input, op, v) => {
    expect(value(input)).toEqual({ kind: "quantity", ...(op ? { op } : {}), value: v, unit: "" });
  });

  it("a note after the unit is dropped when it holds a word, with a number in it or not", () => {
    for (const [text, op, v] of [
      ["≥80%（2024年）", "≥", "80"],
      ["≤100%(2024年度)", "≤", "100"],
      ["≥95%（2023年为基数）", "≥", "95"],
    ] as const)
      expect([text, value(text)]).toEqual([text, { kind: "quantity", op, value: v, unit: "%" }]);
  });

  it("a bracket holding no unit stays no unit", () => {
    // a note in brackets after a unit is dropped; one holding a number or a sentence is no unit
    expect(value("≥90%（合格率）")).toEqual({ kind: "quantity", op: "≥", value: "90", unit: "%" });
    // after an operator, a note right after the number is an aside: the figure has no unit
    for (const text of ["≥90（满分100分）", "≥90(满分100)", "不低于90（满分为100分）"])
      expect([text, value(text)]).toEqual([
        text,
        { kind: "quantity", op: "≥", value: "90", unit: "" },
      ]);
    // a bracket holding a number alone is no note, and without an operator the text stays as printed
    const r = parseIndicatorValue("≥90（100）");
    expect(r.ok ? r.value : r.error.code).toBe("malformed-unit");
    expect(value("90（按标准执行，不低于上年）")).toEqual({
      kind: "qualitative",
      text: "90（按标准执行，不低于上年）",
    });
  });
});

describe("parseIndicatorValue: what a value is printed with is no part of it", () => {
  it("sentence punctuation at its end and one pair of brackets or quotes around it", () => {
    for (const text of [
      "≥90%。",
      "≥90%；",
      "≥90%，",
      "≥90%、",
      "【≥90%】",
      "“≥90%”",
      "“≥90%”。",
      "（≥90%）",
    ])
      expect([text, value(text)]).toEqual([
        text,
        { kind: "quantity", op: "≥", value: "90", unit: "%" },
      ]);
    expect(value("95%。")).toEqual({ kind: "quantity", value: "95", unit: "%" });
    expect(value("2024年12月底前。")).toEqual({
      kind: "date",
      op: "≤",
      date: { year: 2024, month: 12, day: "end" },
    });
  });

  it("a bracket after the figure or around a placeholder stays", () => {
    expect(value("≥90%(含)")).toEqual({ kind: "quantity", op: "≥", value: "90", unit: "%" });
    const r = parseIndicatorValue("≥（X）%");
    expect(r.ok ? r.value : r.error.code).toBe("missing-number");
    expect(value("“按时完成”")).toEqual({ kind: "qualitative", text: "“按时完成”" });
  });
});

describe("parseIndicatorValue: a tolerance", () => {
  it("a bound on a deviation either way is read as printed, never a missing number", () => {
    for (const text of ["≤±5%", "≤±0.5℃", "不超过±3%", "±5%以内"])
      expect([text, value(text)]).toEqual([text, { kind: "qualitative", text }]);
  });
});
