/**
 * The exact sum behind every derived fact: blanks are "no value", precisions meet at the finest,
 * and figures too long for a safe integer (or totals past it) stay exact. Sums worked by hand.
 */
import { describe, expect, it } from "vitest";
import { amount, amountsEqual, type Unit } from "../amount";
import type { Fact } from "../facts";
import { sumOf } from "./derived";

const fact = (raw: string, unit: Unit = "万元"): Fact => ({
  concept: "spending",
  coords: {},
  value: raw === "" ? null : amount(raw, unit),
  source: { table: "expenditure", row: "functional:2013101", column: "total", raw },
});

describe("sumOf", () => {
  it("is no value when every part is blank, and skips blanks otherwise", () => {
    expect(sumOf([fact(""), fact("")], "万元")).toBeNull();
    expect(sumOf([], "万元")).toBeNull();
    expect(sumOf([fact("558.07"), fact(""), fact("77.00")], "万元")).toEqual({
      value: "635.07",
      unit: "万元",
      decimals: 2,
    });
  });

  it("adds at the finest precision printed, negatives included", () => {
    // 558.07 + 77 + 0.5 = 635.57; 12.3 + 0.456 = 12.756; −1.05 + 0.05 = −1.00
    expect(sumOf([fact("558.07"), fact("77"), fact("0.5")], "万元")?.value).toBe("635.57");
    expect(sumOf([fact("12.3"), fact("0.456")], "万元")).toMatchObject({
      value: "12.756",
      decimals: 3,
    });
    expect(sumOf([fact("-1.05"), fact("0.05")], "万元")?.value).toBe("-1.00");
    expect(sumOf([fact("-0.30"), fact("0.30")], "万元")?.value).toBe("0.00");
  });

  it("stays exact past the safe-integer range", () => {
    // 999 999 999 999 999.99 + 0.01 = 1 000 000 000 000 000.00 (a value of 18 characters)
    expect(sumOf([fact("999999999999999.99"), fact("0.01")], "万元")?.value).toBe(
      "1000000000000000.00",
    );
    // Each 99 999 999 999 999.00 is 9 999 999 999 999 900 hundredths, past 2^53: ten of them
    // make 999 999 999 999 990.00.
    const tens = Array.from({ length: 10 }, () => fact("99999999999999.00", "元"));
    expect(sumOf(tens, "元")?.value).toBe("999999999999990.00");
    // Each 999 999 999 999 999 fits a safe integer; ten of them (9 999 999 999 999 990) do not.
    const nines = Array.from({ length: 10 }, () => fact("999999999999999"));
    expect(sumOf(nines, "万元")?.value).toBe("9999999999999990");
  });

  it("states a sum over parts in other units in the table's unit", () => {
    // 1.00 万元 + 5 000 元 = 1.5 万元
    const total = sumOf([fact("1.00"), fact("5000", "元")], "万元");
    expect(total?.unit).toBe("万元");
    expect(total !== null && amountsEqual(total, amount("1.5", "万元"))).toBe(true);
  });

  it("returns a frozen amount", () => {
    expect(Object.isFrozen(sumOf([fact("1.00"), fact("2.00")], "万元"))).toBe(true);
  });
});
