import { describe, expect, it } from "vitest";
import { amount } from "../../amount";
import { agreement, percentAgreement, percentOf } from "./support";

describe("percentOf", () => {
  it("rounds part ÷ whole × 100 to the printed percentage's decimals, half away from zero", () => {
    // 134.22 of 834.84 is 16.0773…%; 2940.05 of 2993.92 is 98.2006…%
    expect(percentOf(amount("134.22"), amount("834.84"), "16.08")).toBe("16.08");
    expect(percentOf(amount("2940.05"), amount("2993.92"), "98.2")).toBe("98.2");
    // 1 of 8 is 12.5% exactly: a tie goes away from zero, on either side
    expect(percentOf(amount("1.00"), amount("8.00"), "13")).toBe("13");
    expect(percentOf(amount("-1.00"), amount("8.00"), "13")).toBe("-13");
    // 0.004 of 100 is 0.004%: zero at two decimals, never "-0.00"
    expect(percentOf(amount("-0.004"), amount("100"), "0.00")).toBe("0.00");
  });

  it("compares figures of different units and gives nothing on a zero whole", () => {
    // 5000 元 of 1 万元 is 50%
    expect(percentOf(amount("5000", "元"), amount("1.00", "万元"), "50")).toBe("50");
    expect(percentOf(amount("1.00"), amount("0.00"), "10.00")).toBeUndefined();
  });
});

describe("agreement: a figure of the text against one of the tables, in any printed units", () => {
  const wan = (v: string) => amount(v, "万元");
  const yuan = (v: string) => amount(v, "元");
  it("a 万元 figure rounding a 元 table's cell agrees by rounding, in either order of precision", () => {
    // 3,078,234.00 元 is 307.8234 万元: printed 307.82 to the hundred 元
    expect(agreement(wan("307.82"), yuan("3078234.00"))).toBe("rounding");
    expect(agreement(wan("307.82"), yuan("3078234"))).toBe("rounding");
    expect(agreement(wan("307.8"), yuan("3078234.00"))).toBe("rounding");
    expect(agreement(wan("308"), yuan("3078234"))).toBe("rounding");
    // a text in 元 more precise than a 万元 table
    expect(agreement(yuan("3078234.00"), wan("307.82"))).toBe("rounding");
    expect(agreement(wan("307.823400"), wan("307.82"))).toBe("rounding");
    // the half step is included (307.825 万元 → 307.83 half-up; its neighbours' edges)
    expect(agreement(wan("307.82"), yuan("3078250"))).toBe("rounding");
  });
  it("exactly equal figures are equal; figures beyond half the coarser step differ", () => {
    expect(agreement(wan("307.82"), yuan("3078200.00"))).toBe("equal");
    expect(agreement(wan("307.82"), yuan("3078251"))).toBe("differ");
    expect(agreement(wan("307.83"), yuan("3078234.00"))).toBe("differ");
    expect(agreement(wan("307.82"), yuan("30782340"))).toBe("differ");
    // one precision: no rounding between them (`2946.25` against `2946.26` is a difference)
    expect(agreement(wan("2946.25"), wan("2946.26"))).toBe("differ");
    expect(agreement(yuan("100"), wan("0.01"))).toBe("equal");
    expect(agreement(yuan("101"), wan("0.01"))).toBe("rounding");
    expect(agreement(yuan("151"), wan("0.01"))).toBe("differ");
  });
});

describe("percentAgreement: a printed percentage of figures within their printed rounding", () => {
  const wan = (v: string) => amount(v, "万元");
  const yuan = (v: string) => amount(v, "元");
  it("accepts a share computed on a table's finer figures or on rounded ones", () => {
    // 0.39 万元 printed for 3,912.00 元, the whole: 100.00% (0.39 ÷ 0.3912 would give 99.69%)
    expect(percentAgreement(wan("0.39"), yuan("3912.00"), "100.00")).not.toBe("differ");
    // 3,912 ÷ 28,500 = 13.726…%: printed 13.73% beside the text's rounded 0.39 and 2.85 万元
    expect(percentAgreement(wan("0.39"), wan("2.85"), "13.73")).not.toBe("differ");
    expect(percentAgreement(wan("0.39"), wan("2.85"), "13.68")).not.toBe("differ");
    // 51.32 ÷ 52.00: any exact pair printing so gives 98.67…–98.71…%
    expect(percentAgreement(wan("51.32"), wan("52.00"), "98.70")).not.toBe("differ");
    expect(percentAgreement(wan("51.32"), wan("52.00"), "98.71")).not.toBe("differ");
    expect(percentAgreement(wan("51.32"), wan("52.00"), "98.7")).not.toBe("differ");
  });
  it("refuses a percentage no figures printing so can give", () => {
    expect(percentAgreement(wan("51.32"), wan("52.00"), "98.75")).toBe("differ");
    expect(percentAgreement(wan("51.32"), wan("52.00"), "98.65")).toBe("differ");
    // the Shanghai fixture's known error: 2,106.66 ÷ 2,940.05 = 71.65%, printed 71.73%
    expect(percentAgreement(wan("2106.66"), wan("2940.05"), "71.73")).toBe("differ");
    expect(percentAgreement(wan("2106.66"), wan("2940.05"), "71.65")).not.toBe("differ");
    // precise figures leave no room: 3,912 元 ÷ 28,500 元 is 13.73%, not 13.68%
    expect(percentAgreement(yuan("3912.00"), yuan("28500.00"), "13.68")).toBe("differ");
    expect(percentAgreement(wan("1"), wan("0.00"), "100")).toBeUndefined();
    // recomputed on the printed figures: equal; only within their rounding: rounding
    expect(percentAgreement(wan("1.00"), wan("16.00"), "6.3")).toBe("equal");
    expect(percentAgreement(wan("1.00"), wan("16.00"), "6.2")).toBe("rounding");
    expect(percentAgreement(wan("0.39"), yuan("3912.00"), "100.00")).toBe("rounding");
  });
  it("keeps whole-number figures' wide rounding bounded: a share outside it is still caught", () => {
    // 1 ÷ 16 万元 printed whole: any exact pair printing so gives 0.5 ÷ 16.5 = 3.03…% to
    // 1.5 ÷ 15.5 = 9.67…%
    expect(percentAgreement(wan("1"), wan("16"), "6.25")).toBe("equal");
    expect(percentAgreement(wan("1"), wan("16"), "9.6")).toBe("rounding");
    expect(percentAgreement(wan("1"), wan("16"), "3.1")).toBe("rounding");
    expect(percentAgreement(wan("1"), wan("16"), "9.8")).toBe("differ");
    expect(percentAgreement(wan("1"), wan("16"), "2.9")).toBe("differ");
    // a share of another pair of figures, or the figures swapped
    expect(percentAgreement(wan("1"), wan("16"), "16")).toBe("differ");
    expect(percentAgreement(wan("16"), wan("1"), "6.25")).toBe("differ");
    expect(percentAgreement(wan("1"), wan("16"), "62.5")).toBe("differ");
  });
});
