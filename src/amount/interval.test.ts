import { describe, expect, it } from "vitest";
import { amountInterval } from "./interval";
import { amount } from "./parse";

describe("amountInterval", () => {
  it("half-up, positive: [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ)", () => {
    expect(amountInterval(amount("6.50"))).toEqual({
      low: amount("6.495"),
      high: amount("6.505"),
      lowInclusive: true,
      highInclusive: false,
    });
  });

  it("half-up, negative: ties go away from zero, so the open end flips", () => {
    // -0.125 rounds to -0.13, -0.135 rounds to -0.14
    expect(amountInterval(amount("-0.13"))).toEqual({
      low: amount("-0.135"),
      high: amount("-0.125"),
      lowInclusive: false,
      highInclusive: true,
    });
  });

  it("half-up, zero: both ends open", () => {
    expect(amountInterval(amount("0.00"))).toEqual({
      low: amount("-0.005"),
      high: amount("0.005"),
      lowInclusive: false,
      highInclusive: false,
    });
  });

  it("truncate, positive: [v, v + 10⁻ᵈ) — 328,661 元 printed for 328,661.81", () => {
    expect(amountInterval(amount("328,661", "元"), "truncate")).toEqual({
      low: amount("328661.0", "元"),
      high: amount("328662.0", "元"),
      lowInclusive: true,
      highInclusive: false,
    });
  });

  it("truncate, negative: toward zero, (v − 10⁻ᵈ, v]", () => {
    expect(amountInterval(amount("-1.2"), "truncate")).toEqual({
      low: amount("-1.30"),
      high: amount("-1.20"),
      lowInclusive: false,
      highInclusive: true,
    });
  });

  it("truncate, zero: (−10⁻ᵈ, 10⁻ᵈ)", () => {
    expect(amountInterval(amount("0"), "truncate")).toEqual({
      low: amount("-1.0"),
      high: amount("1.0"),
      lowInclusive: false,
      highInclusive: false,
    });
  });

  it("keeps the unit and freezes everything", () => {
    const i = amountInterval(amount("3", "亿元"));
    expect(i.low.unit).toBe("亿元");
    expect(Object.isFrozen(i)).toBe(true);
    expect(Object.isFrozen(i.high)).toBe(true);
  });
});
