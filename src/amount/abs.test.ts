import { describe, expect, it } from "vitest";
import { absAmount } from "./arithmetic";
import { amount } from "./parse";

describe("absAmount", () => {
  it("drops a negative amount's sign and keeps its unit and precision", () => {
    const a = absAmount(amount("-1,234.50", "元"));
    expect([a.value, a.unit, a.decimals]).toEqual(["1234.50", "元", 2]);
  });

  it("gives a positive amount or zero as it is", () => {
    const a = amount("6.50");
    expect(absAmount(a)).toBe(a);
    expect(absAmount(amount("0.00")).value).toBe("0.00");
  });
});
