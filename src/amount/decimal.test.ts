/**
 * The exact decimal kernel (internal): sums on safe integers with a BigInt fallback, products,
 * comparisons across precisions and the sign of zero. Expected values are worked by hand.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addValues,
  compareValues,
  divideValues,
  multiplyValues,
  roundValue,
  subtractValues,
  sumValues,
} from "./decimal";

describe("sumValues", () => {
  it("adds values of different precisions at the common one", () => {
    expect(sumValues(["1", "0.5"], 2)).toBe("1.50");
    expect(sumValues(["1.5", "2.25", "-0.75"], 2)).toBe("3.00");
    expect(sumValues(["0.1", "0.2"], 1)).toBe("0.3");
  });

  it("gives zero for no values and keeps negative sums", () => {
    expect(sumValues([], 2)).toBe("0.00");
    expect(sumValues(["-1.05", "0.05"], 2)).toBe("-1.00");
    expect(sumValues(["-3", "-4"], 0)).toBe("-7");
  });

  it("is exact beyond 15 digits (a value too long for a safe integer)", () => {
    expect(sumValues(["123456789012345678.9", "0.1"], 1)).toBe("123456789012345679.0");
    expect(sumValues(["0.1", "123456789012345678.9"], 1)).toBe("123456789012345679.0");
  });

  it("is exact when the running total leaves the safe-integer range", () => {
    // ten times 999 999 999 999 999 = 9 999 999 999 999 990 > 2^53 − 1
    const values = Array.from({ length: 10 }, () => "999999999999999");
    expect(sumValues(values, 0)).toBe("9999999999999990");
    expect(sumValues(values, 2)).toBe("9999999999999990.00");
    expect(sumValues([...values, "-9999999999999990"], 0)).toBe("0");
  });
});

describe("multiplyValues", () => {
  it("prints the product with the sum of the factors' fraction digits", () => {
    expect(multiplyValues("1.25", "0.8")).toBe("1.000");
    expect(multiplyValues("0.1", "0.1")).toBe("0.01");
    expect(multiplyValues("12", "3")).toBe("36");
    expect(multiplyValues("-3", "0.5")).toBe("-1.5");
    expect(multiplyValues("-2.5", "-0.4")).toBe("1.00");
  });
});

describe("addValues, subtractValues, compareValues", () => {
  it("handle negative operands", () => {
    expect(addValues("-1.25", "0.5", 2)).toBe("-0.75");
    expect(addValues("-0.5", "-0.25", 2)).toBe("-0.75");
    expect(subtractValues("0.5", "-1.25", 2)).toBe("1.75");
    expect(subtractValues("-2", "-2", 0)).toBe("0");
  });

  it("compare values printed with different precisions", () => {
    expect(compareValues("1.5", "1.25")).toBe(1);
    expect(compareValues("1.25", "1.5")).toBe(-1);
    expect(compareValues("1.50", "1.5")).toBe(0);
    expect(compareValues("2", "1.99")).toBe(1);
    expect(compareValues("-0.1", "-0.05")).toBe(-1);
  });

  it("compare long values, signs and values just past fifteen characters exactly", () => {
    // 99 999 999 999 999.9 (16 characters) against 99 999 999 999 999.8 (16) and 1e14 (15).
    expect(compareValues("99999999999999.9", "99999999999999.8")).toBe(1);
    expect(compareValues("99999999999999.9", "100000000000000")).toBe(-1);
    expect(compareValues("123456789012.345", "123456789012.35")).toBe(-1);
    expect(compareValues("-123456789012.345", "-123456789012.35")).toBe(1);
    expect(compareValues("-0.01", "0")).toBe(-1);
    expect(compareValues("0.00", "0")).toBe(0);
    expect(compareValues("-7", "-7.000")).toBe(0);
  });
});

describe("roundValue", () => {
  it("never prints a negative zero", () => {
    expect(roundValue("-0.004", 2, "half-up")).toBe("0.00");
    expect(roundValue("-0.9", 0, "truncate")).toBe("0");
    expect(roundValue("-0.005", 2, "half-up")).toBe("-0.01");
  });
});

describe("divideValues", () => {
  it("rounds the exact quotient once, half away from zero or toward zero", () => {
    // 1 ÷ 8 = 0.125: a tie at two digits goes away from zero, on either side
    expect(divideValues("1", "8", 2, "half-up")).toBe("0.13");
    expect(divideValues("-1", "8", 2, "half-up")).toBe("-0.13");
    expect(divideValues("1", "-8", 2, "truncate")).toBe("-0.12");
    // 13422 ÷ 834.84 = 16.0773…; operands of different precisions
    expect(divideValues("13422", "834.84", 2, "half-up")).toBe("16.08");
    expect(divideValues("0.5", "0.25", 0, "half-up")).toBe("2");
    // -0.4 ÷ 100 = -0.004: zero at two digits, never "-0.00"
    expect(divideValues("-0.4", "100", 2, "half-up")).toBe("0.00");
  });

  it("agrees with decimal.js dividing at high precision and rounding once", () => {
    const value = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 6 }))
      .map(([negative, n, decimals]) => {
        const text = n.toString().padStart(decimals + 1, "0");
        const body = decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
        return negative && n !== 0n ? `-${body}` : body;
      });
    fc.assert(
      fc.property(
        value,
        value.filter((v) => /[1-9]/.test(v)),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom("half-up" as const, "truncate" as const),
        (a, b, decimals, rounding) => {
          const D = Decimal.clone({ precision: 200 });
          const q = new D(a).div(new D(b));
          const mode = rounding === "half-up" ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN;
          const expected = q.toFixed(decimals, mode).replace(/^-(0\.?0*)$/, "$1");
          expect(divideValues(a, b, decimals, rounding)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
