import { describe, expect, it } from "vitest";
import {
  addAmounts,
  amountsEqual,
  compareAmounts,
  isNegative,
  isZero,
  negateAmount,
  subtractAmounts,
  sumAmounts,
  zeroAmount,
} from "./arithmetic";
import { amount } from "./parse";

describe("addAmounts / subtractAmounts", () => {
  it("is exact: 0.1 + 0.2 = 0.3", () => {
    expect(addAmounts(amount("0.1"), amount("0.2"))).toEqual({
      value: "0.3",
      unit: "万元",
      decimals: 1,
    });
    expect(amountsEqual(addAmounts(amount("0.1"), amount("0.2")), amount("0.3"))).toBe(true);
  });

  it("keeps the larger precision", () => {
    expect(addAmounts(amount("1.50"), amount("1.00"))).toEqual(amount("2.50"));
    expect(addAmounts(amount("1"), amount("0.25")).value).toBe("1.25");
    expect(addAmounts(amount("0.5"), amount("0.50")).value).toBe("1.00");
  });

  it("adds across units in the finer unit", () => {
    // 1.5 万元 = 15000 元
    expect(addAmounts(amount("1.5"), amount("3", "元"))).toEqual(amount("15003", "元"));
    // 0.01 亿元 = 100 万元
    expect(addAmounts(amount("0.01", "亿元"), amount("2.50"))).toEqual(amount("102.50"));
  });

  it("subtracts, giving negatives and no negative zero", () => {
    // Henan 三公: 6.50 this year, 7.50 in 2023
    expect(subtractAmounts(amount("6.50"), amount("7.50"))).toEqual(amount("-1.00"));
    // 公用经费 51.68 − 办公设备购置 2.00 = 机构运转经费 49.68
    expect(subtractAmounts(amount("51.68"), amount("2.00"))).toEqual(amount("49.68"));
    expect(subtractAmounts(amount("2.50"), amount("2.5"))).toEqual(amount("0.00"));
    // Shanghai 302 printed subtotal vs the sum of its 款
    expect(subtractAmounts(amount("24,840,779", "元"), amount("24,840,778", "元")).value).toBe("1");
  });

  it("returns frozen amounts", () => {
    expect(Object.isFrozen(addAmounts(amount("1"), amount("2")))).toBe(true);
  });
});

describe("sumAmounts", () => {
  it("sums the Henan 三公 (0 + 4.00 + 2.50 = 6.50)", () => {
    expect(sumAmounts([amount("0"), amount("4.00"), amount("2.50")])).toEqual(amount("6.50"));
  });

  it("sums the Shanghai 三公 (288.70 + 25.40 + 32.20 = 346.30)", () => {
    expect(sumAmounts([amount("288.70"), amount("25.40"), amount("32.20")])).toEqual(
      amount("346.30"),
    );
  });

  it("gives zero for an empty list, in the requested unit", () => {
    expect(sumAmounts([])).toEqual({ value: "0", unit: "万元", decimals: 0 });
    expect(sumAmounts([], "元")).toEqual({ value: "0", unit: "元", decimals: 0 });
  });

  it("states the result in the finest unit, or in the unit asked for", () => {
    const list = [amount("1.00"), amount("50", "元")];
    expect(sumAmounts(list)).toEqual(amount("10050", "元"));
    expect(sumAmounts(list, "万元")).toEqual(amount("1.0050"));
  });
});

describe("compareAmounts / amountsEqual", () => {
  it("compares numerically across precision and units", () => {
    expect(compareAmounts(amount("1.0"), amount("1.00"))).toBe(0);
    expect(compareAmounts(amount("-2"), amount("1"))).toBe(-1);
    expect(compareAmounts(amount("10"), amount("9.99"))).toBe(1);
    expect(compareAmounts(amount("1"), amount("9999", "元"))).toBe(1);
    expect(compareAmounts(amount("1", "亿元"), amount("10000.01"))).toBe(-1);
  });

  it("treats 1 万元 and 10000 元 as equal, 1.0 and 1.00 as equal", () => {
    expect(amountsEqual(amount("1"), amount("10,000.00", "元"))).toBe(true);
    expect(amountsEqual(amount("1.0"), amount("1.00"))).toBe(true);
    expect(amountsEqual(amount("288.70"), amount("2,887,000", "元"))).toBe(true);
    expect(amountsEqual(amount("1.01"), amount("1.1"))).toBe(false);
  });
});

describe("negateAmount, isZero, isNegative, zeroAmount", () => {
  it("negates without producing -0", () => {
    expect(negateAmount(amount("1.00"))).toEqual(amount("-1.00"));
    expect(negateAmount(amount("-1.00"))).toEqual(amount("1.00"));
    expect(negateAmount(amount("0.00")).value).toBe("0.00");
  });

  it("tells zero and negatives", () => {
    expect(isZero(amount("0.00"))).toBe(true);
    expect(isZero(amount("0.01"))).toBe(false);
    expect(isNegative(amount("-0.01"))).toBe(true);
    expect(isNegative(amount("0"))).toBe(false);
    expect(isNegative(amount("3"))).toBe(false);
  });

  it("builds zeros", () => {
    expect(zeroAmount()).toEqual({ value: "0", unit: "万元", decimals: 0 });
    expect(zeroAmount("元", 2)).toEqual({ value: "0.00", unit: "元", decimals: 2 });
    expect(() => zeroAmount("元", -1)).toThrow(RangeError);
    expect(() => zeroAmount("元", 1.5)).toThrow(RangeError);
  });
});
