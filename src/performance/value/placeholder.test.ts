/**
 * A template's placeholder (`X`, `XX`, `N`, `某`, `×`) is a figure left unfilled only where it
 * stands for the number: followed by nothing, a measure (`%`, `万元`, `次/年`), or a range's
 * separator and its other end. A letter that begins a word (`X光机`, `X射线`, `CT`) is a
 * qualitative standard, with an operator or without; a Roman numeral is a class wherever it is
 * printed, and only where it stands decides.
 */
import { describe, expect, it } from "vitest";
import { parseIndicatorValue } from "./parse";

const outcome = (s: string): string => {
  const r = parseIndicatorValue(s);
  return r.ok ? r.value.kind : r.error.code;
};

describe("parseIndicatorValue: a letter that begins a word is no placeholder", () => {
  it("an operator before a standard that starts with a Latin letter is qualitative", () => {
    for (const text of [
      "≤X光机辐射剂量",
      "≤X射线剂量限值",
      "≥X线片甲级片率",
      "不超过X射线防护标准",
      "≥CT设备完好率",
      "≥B超检查覆盖率",
      "达到X光机检测标准",
      "≥N95口罩储备标准",
      "≥X光",
    ])
      expect([text, outcome(text)]).toEqual([text, "qualitative"]);
  });

  it("a placeholder where the number stands still lacks its number", () => {
    for (const text of [
      "≥X%",
      "≤XX元/人",
      "≥X.X%",
      "≥XX.XX万元",
      "≥X%以上",
      "≥X%（含）",
      "≥X分（满分100分）",
      "不低于某%",
      "≤N个工作日",
      "≥（X）%",
    ])
      expect([text, outcome(text)]).toEqual([text, "missing-number"]);
  });
});

describe("parseIndicatorValue: a Roman numeral decides only where it stands", () => {
  it("a placeholder with a class in a note after it lacks its number", () => {
    for (const text of ["≥X%（Ⅱ类）", "≥X%(Ⅲ类水质)", "X%（Ⅱ类）", "≤XX天（Ⅰ级响应）"])
      expect([text, outcome(text)]).toEqual([text, "missing-number"]);
  });

  it("a class in Roman numerals in place of the figure is a standard", () => {
    for (const text of ["≥Ⅹ类", "≥Ⅲ类", "≤Ⅱ级", "Ⅹ类", "达到Ⅳ类水质标准", "≥Ⅺ级"])
      expect([text, outcome(text)]).toEqual([text, "qualitative"]);
  });
});

describe("parseIndicatorValue: a placeholder range lacks its numbers", () => {
  it("both ends, or one, left unfilled, with an operator or without", () => {
    for (const text of [
      "X%-Y%",
      "X-Y万元",
      "XX%～XX%",
      "X%~Y%",
      "X至Y个",
      "XX-XX天",
      "X%-Y%以上",
      "≥X%-Y%",
      "≤X-Y万元",
      "90%-X%",
      "X%-95%",
      "≥90%-XX%",
    ])
      expect([text, outcome(text)]).toEqual([text, "missing-number"]);
  });

  it("a word after a separator, or a letter word with a dash, is text", () => {
    for (const text of ["X-光机", "X-Y轴定位", "N-1原则", "A-B级", "90%-X光机"])
      expect([text, outcome(text)]).toEqual([text, "qualitative"]);
  });
});

describe("parseIndicatorValue: a placeholder before any measure a target is counted in", () => {
  it("lacks its number, with an operator or without", () => {
    for (const text of [
      "≤X分钟",
      "≤XX秒",
      "≥X公顷",
      "≥X平方公里",
      "≥X立方米",
      "≤X起",
      "≤X例",
      "≥X笔",
      "≥X倍",
      "≥X千克",
      "≥X万吨",
      "X分钟",
    ])
      expect([text, outcome(text)]).toEqual([text, "missing-number"]);
  });

  it("a count in Chinese numerals before those measures is a quantity", () => {
    for (const text of ["≤三十分钟", "≥两公顷", "≤五起", "≥三倍"]) {
      const r = parseIndicatorValue(text);
      expect([text, r.ok && r.value.kind]).toEqual([text, "quantity"]);
    }
  });
});

describe("parseIndicatorValue: a placeholder in a date", () => {
  it("lacks its number", () => {
    for (const text of ["≤XX月XX日前", "≤X月底前", "≤X年X月", "不晚于X月X日", "≤XX月XX号之前"])
      expect([text, outcome(text)]).toEqual([text, "missing-number"]);
  });

  it("a word after a date part is text", () => {
    for (const text of ["≥X年级", "≤X日游", "≥X月份销量"])
      expect([text, outcome(text)]).toEqual([text, "qualitative"]);
  });
});

describe("parseIndicatorValue: a date with a figure left unfilled is a placeholder", () => {
  it("a year printed before a month or day left unfilled is no quantity of that year", () => {
    for (const text of [
      "2024年X月底前",
      "2024年X月",
      "2025年XX月XX日前",
      "2024年12月X日前",
      "2024年x月底以前完成",
      "20XX年12月底前",
      "202X年",
      "20XX年度",
      "不晚于2024年X月",
    ])
      expect([text, outcome(text)]).toEqual([text, "missing-number"]);
  });

  it("a date filled in is still a date, and a year alone is not a placeholder", () => {
    for (const text of ["2024年12月底前", "2025年6月30日前", "2024年底前完成"])
      expect([text, outcome(text)]).toEqual([text, "date"]);
    expect(outcome("2024年")).not.toBe("missing-number");
  });
});
