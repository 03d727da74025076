/**
 * A figure that is part of a name (`5G`, `4K`, `3D`, `4A级`): a technology, a format or a grade,
 * no count in a unit; and a value printed with a separator after its unit (`≥90%/`), which is no
 * part of the unit.
 */
import { describe, expect, it } from "vitest";
import { parseIndicatorValue } from "./parse";

const read = (s: string) => {
  const r = parseIndicatorValue(s);
  return r.ok ? r.value : r.error.code;
};

describe("parseIndicatorValue: a digit and a letter naming a thing", () => {
  it.each([
    "5G",
    "4G",
    "5G基站",
    "≥5G",
    "4K",
    "8K超高清",
    "3D",
    "3D打印",
    "2B",
    "4A级",
    "5A级景区",
    "≥4A级",
    "3C认证",
    "4S店",
    "5S管理",
    "５Ｇ",
    "达到5G",
    "5A景区",
    "3A级",
    "6S管理",
    "7S管理",
    "5S现场管理",
    "3C产品",
    "≥4S店",
  ])("%s is text, no quantity", (text) => {
    expect(read(text)).toEqual({ kind: "qualitative", text });
  });

  it.each([
    ["≥5GB", "≥", "5", "GB"],
    ["≥100M", "≥", "100", "M"],
    ["≥10G", "≥", "10", "G"],
    ["≤5g", "≤", "5", "g"],
    ["≥2kg", "≥", "2", "kg"],
    ["≥3km", "≥", "3", "km"],
    ["≥50t", "≥", "50", "t"],
    ["≤2L", "≤", "2", "L"],
    ["≥5MW", "≥", "5", "MW"],
    ["≥5.5G", "≥", "5.5", "G"],
    // A letter that names a thing only with a word after it (4A级, 5S管理, 4S店) is a unit alone:
    // seconds, amperes.
    ["≤5S", "≤", "5", "S"],
    ["≤5S/次", "≤", "5", "S/次"],
    ["≥4S", "≥", "4", "S"],
    ["≤6S", "≤", "6", "S"],
    ["≥1A", "≥", "1", "A"],
    ["≤2A", "≤", "2", "A"],
    ["≤3A", "≤", "3", "A"],
    ["≥5A", "≥", "5", "A"],
    ["≥3C", "≥", "3", "C"],
  ])("bites: a unit of letters stays a unit: %s", (text, op, value, unit) => {
    expect(read(text)).toEqual({ kind: "quantity", op, value, unit });
  });
});

describe("parseIndicatorValue: a separator after the unit", () => {
  it.each([
    ["≥90%/", "≥", "90", "%"],
    ["≥90％／", "≥", "90", "%"],
    ["≥10个/", "≥", "10", "个"],
    ["≤3000元/人/", "≤", "3000", "元/人"],
    ["≥2次·", "≥", "2", "次"],
  ])("%s reads without it", (text, op, value, unit) => {
    expect(read(text)).toEqual({ kind: "quantity", op, value, unit });
  });

  it("a separator alone, or a denominator alone, is read as printed", () => {
    expect(read("/")).toEqual({ kind: "qualitative", text: "/" });
    expect(read("／")).toEqual({ kind: "qualitative", text: "／" });
    expect(read("/年")).toEqual({ kind: "qualitative", text: "/年" });
  });

  it("a separator with no factor after it inside the unit makes no unit (a property test's find)", () => {
    for (const text of ["≥6/,元", "≥6／,元", "≥5元//年"])
      expect(read(text), text).toEqual({ kind: "qualitative", text });
    // a rate's first factor may be left out: a count per day
    expect(read("≥2/天")).toEqual({ kind: "quantity", op: "≥", value: "2", unit: "/天" });
  });

  it("bites: a second figure after the slash is still two figures", () => {
    expect(read("≥90%/≥95%")).toEqual({ kind: "qualitative", text: "≥90%/≥95%" });
    expect(read("≥2次/年")).toEqual({ kind: "quantity", op: "≥", value: "2", unit: "次/年" });
  });
});

describe("parseIndicatorValue: the name of a rate printed before its figure", () => {
  it.each([
    ["完成率100%", undefined, "100"],
    ["合格率≥98%", "≥", "98"],
    ["完成率达到100%", "≥", "100"],
    ["准确率不低于95%", "≥", "95"],
    ["群众满意度≥90％", "≥", "90"],
    ["故障率≤5%", "≤", "5"],
    ["覆盖率百分之九十五", undefined, "95"],
    ["差错率＜1‰", "<", "1"],
  ])("%s reads as the figure", (text, op, value) => {
    const unit = text.endsWith("‰") ? "‰" : "%";
    expect(read(text)).toEqual({
      kind: "quantity",
      ...(op === undefined ? {} : { op }),
      value,
      unit,
    });
  });

  it("a rate's name before a range reads as the range", () => {
    expect(read("达标率90%-95%")).toEqual({ kind: "range", low: "90", high: "95", unit: "%" });
  });

  it.each([
    ["年度完成率不低于95%", "≥", "95"],
    ["全年完成率100%", undefined, "100"],
    ["年度预算执行率≥90%", "≥", "90"],
    ["季度考核合格率≥95%", "≥", "95"],
    ["室内湿度≤60%", "≤", "60"],
    ["工程进度100%", undefined, "100"],
  ])("%s: a rate's name after a time word reads as the figure", (text, op, value) => {
    expect(read(text)).toEqual({
      kind: "quantity",
      ...(op === undefined ? {} : { op }),
      value,
      unit: "%",
    });
  });

  it.each([
    // A period's 度 (年度, 季度, 月度) ends no rate's name: the share is of another period.
    "不低于上年度90%",
    "高于上年度5%",
    "低于上年度10%",
    "第一季度100%",
    "第四季度≥95%",
    "每季度≥90%",
    "本年度100%",
    "2024年度100%",
    "月度≥95%",
    "温度≤26%",
    // A comparison or a period before the rate's name: no level of the rate.
    "较上年度完成率提高5%",
    "上年度完成率90%",
    "同比增长率≥5%",
    "环比增长率≥3%",
    "高于上年满意度5%",
    "不低于上年度满意度90%",
    "第一季度完成率≥25%",
    "上半年执行率≥50%",
    "年底完成率100%",
    "较上年同期增长率10%",
  ])("bites: %s, a comparison or a period, not a rate's level, is read as printed", (text) => {
    expect(read(text)).toEqual({ kind: "qualitative", text });
  });

  it.each(["每项≥2次", "完成率高", "满意度", "年度≥2次", "完成率≥2次", "合格率达标", "率100%"])(
    "bites: %s, no rate's name before a share, is read as printed",
    (text) => {
      expect(read(text)).toEqual({ kind: "qualitative", text });
    },
  );
});
