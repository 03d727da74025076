import { describe, expect, it } from "vitest";
import { amount } from "./parse";
import { percentage, ratio } from "./ratio";

describe("percentage", () => {
  // Henan 情况说明: 969.06 total, +134.22 on 834.84 last year, 基本 682.06 / 项目 287.00,
  // 人员 630.38 / 公用 51.68 of 基本. Figures as printed in the fixture.
  it.each([
    ["134.22", "834.84", "16.08"],
    ["682.06", "969.06", "70.38"],
    ["287.00", "969.06", "29.62"],
    ["630.38", "682.06", "92.42"],
    ["51.68", "682.06", "7.58"],
  ])("%s of %s → %s%%", (part, whole, expected) => {
    expect(percentage(amount(part), amount(whole), { decimals: 2 })).toEqual({
      ok: true,
      value: expected,
    });
  });

  it("rounds half-up away from zero, or truncates toward zero", () => {
    // 1/3 = 33.333…%, 2/3 = 66.666…%
    expect(percentage(amount("2"), amount("3"), { decimals: 2 })).toEqual({
      ok: true,
      value: "66.67",
    });
    expect(percentage(amount("2"), amount("3"), { decimals: 2, rounding: "truncate" })).toEqual({
      ok: true,
      value: "66.66",
    });
    expect(percentage(amount("-2"), amount("3"), { decimals: 2 })).toEqual({
      ok: true,
      value: "-66.67",
    });
    expect(percentage(amount("1"), amount("3"), { decimals: 0 })).toEqual({
      ok: true,
      value: "33",
    });
    // 1/8 = 12.5% exactly: a tie
    expect(percentage(amount("1"), amount("8"), { decimals: 0 })).toEqual({
      ok: true,
      value: "13",
    });
    expect(percentage(amount("-1"), amount("8"), { decimals: 0 })).toEqual({
      ok: true,
      value: "-13",
    });
  });

  it("gives growth from a zero base as division-by-zero", () => {
    expect(percentage(amount("6.13"), amount("0.00"), { decimals: 2 })).toEqual({
      ok: false,
      error: { code: "division-by-zero", input: "0.00", position: 0 },
    });
  });
});

describe("ratio", () => {
  it("divides exactly and rounds once", () => {
    expect(ratio(amount("682.06"), amount("969.06"), { decimals: 4 })).toEqual({
      ok: true,
      value: "0.7038",
    });
    expect(ratio(amount("1"), amount("8"), { decimals: 2 })).toEqual({ ok: true, value: "0.13" });
    expect(ratio(amount("1"), amount("8"), { decimals: 2, rounding: "truncate" })).toEqual({
      ok: true,
      value: "0.12",
    });
    expect(ratio(amount("-7"), amount("-2"), { decimals: 0 })).toEqual({ ok: true, value: "4" });
    expect(ratio(amount("7"), amount("-2"), { decimals: 0 })).toEqual({ ok: true, value: "-4" });
  });

  it("divides across units", () => {
    // 50 元 of 1 万元 = 0.005
    expect(ratio(amount("50", "元"), amount("1.00"), { decimals: 4 })).toEqual({
      ok: true,
      value: "0.0050",
    });
  });

  it("never answers a negative zero", () => {
    expect(ratio(amount("-1"), amount("1000"), { decimals: 2 })).toEqual({
      ok: true,
      value: "0.00",
    });
    expect(ratio(amount("0"), amount("5"), { decimals: 1 })).toEqual({ ok: true, value: "0.0" });
  });

  it("reports a zero whole, carrying its value", () => {
    expect(ratio(amount("1"), amount("0", "元"), { decimals: 2 })).toEqual({
      ok: false,
      error: { code: "division-by-zero", input: "0", position: 0 },
    });
  });

  it("rejects a bad scale as a programmer error", () => {
    expect(() => ratio(amount("1"), amount("2"), { decimals: -1 })).toThrow(RangeError);
  });
});
