import { describe, expect, it } from "vitest";
import { amount } from "../../amount";
import { percentOf } from "./support";

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
