import { describe, expect, it } from "vitest";
import { convertAmount } from "./convert";
import { formatAmount } from "./format";
import { amount } from "./parse";
import { roundAmount } from "./round";
import { UNITS } from "./units";

describe("roundAmount", () => {
  it.each([
    ["1.005", 2, "1.01"],
    ["1.004", 2, "1.00"],
    ["-0.125", 2, "-0.13"], // a tie goes away from zero
    ["-0.124", 2, "-0.12"],
    ["328661.81", 0, "328662"],
    ["328661.5", 0, "328662"],
    ["-2.5", 0, "-3"],
    ["0.4", 0, "0"],
    ["-0.4", 0, "0"], // no negative zero
    ["7", 2, "7.00"], // more digits pad
  ] as const)("half-up %s to %i → %s", (value, decimals, expected) => {
    expect(roundAmount(amount(value), decimals)).toEqual(amount(expected));
  });

  it.each([
    ["328661.81", 0, "328661"], // a real text truncated instead of rounding
    ["1.999", 2, "1.99"],
    ["-1.29", 1, "-1.2"], // toward zero
    ["-0.9", 0, "0"],
    ["2517.7779", 2, "2517.77"],
  ] as const)("truncate %s to %i → %s", (value, decimals, expected) => {
    expect(roundAmount(amount(value), decimals, "truncate")).toEqual(amount(expected));
  });

  it("rejects a bad precision as a programmer error", () => {
    expect(() => roundAmount(amount("1"), -1)).toThrow(RangeError);
    expect(() => roundAmount(amount("1"), Number.NaN)).toThrow(RangeError);
  });
});

describe("formatAmount", () => {
  it("prints the value as is by default", () => {
    expect(formatAmount(amount("1,212.12"))).toBe("1212.12");
    expect(formatAmount(amount("4.00"))).toBe("4.00");
    expect(formatAmount(amount("-1.00"))).toBe("-1.00");
  });

  it.each([
    ["0", "0"],
    ["12", "12"],
    ["123", "123"],
    ["1234", "1,234"],
    ["24840779", "24,840,779"],
    ["127642039.5", "127,642,039.5"],
    ["-1212.12", "-1,212.12"],
    ["-123", "-123"],
  ])("groups %s as %s", (value, expected) => {
    expect(formatAmount(amount(value), { grouping: true })).toBe(expected);
  });

  it("rounds or pads to fixed decimals", () => {
    const a = amount("1212.125");
    expect(formatAmount(a, { decimals: 2 })).toBe("1212.13");
    expect(formatAmount(a, { decimals: 2, rounding: "truncate" })).toBe("1212.12");
    expect(formatAmount(a, { decimals: 0, grouping: true })).toBe("1,212");
    expect(formatAmount(amount("7"), { decimals: 2 })).toBe("7.00");
    expect(() => formatAmount(a, { decimals: -2 })).toThrow(RangeError);
  });
});

describe("convertAmount", () => {
  it("converts 万元 to 元 and back exactly", () => {
    expect(convertAmount(amount("969.06"), "元")).toEqual(amount("9690600", "元"));
    expect(convertAmount(amount("1.23456"), "元")).toEqual(amount("12345.6", "元"));
    expect(convertAmount(amount("2,887,000", "元"), "万元")).toEqual(amount("288.7000"));
  });

  it("converts the Shanghai 机关运行经费 (25,177,779 元 ≈ 2,517.78 万元)", () => {
    const wan = convertAmount(amount("25,177,779", "元"), "万元");
    expect(wan).toEqual(amount("2517.7779"));
    expect(formatAmount(wan, { decimals: 2, grouping: true })).toBe("2,517.78");
  });

  it("handles 亿元", () => {
    expect(convertAmount(amount("1.5", "亿元"), "元")).toEqual(amount("150000000", "元"));
    expect(convertAmount(amount("1.5", "亿元"), "万元")).toEqual(amount("15000"));
    expect(convertAmount(amount("123", "元"), "亿元")).toEqual(amount("0.00000123", "亿元"));
  });

  it("returns the amount itself for the same unit", () => {
    const a = amount("1.00");
    expect(convertAmount(a, "万元")).toBe(a);
  });

  it("lists the units from finest to coarsest, frozen", () => {
    expect(UNITS).toEqual(["元", "万元", "亿元"]);
    expect(Object.isFrozen(UNITS)).toBe(true);
  });
});
