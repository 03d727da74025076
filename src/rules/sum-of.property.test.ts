/**
 * `sumOf`, the sum behind every derived fact, reads values as safe integers in one pass and
 * scales its running total up when a finer value comes: checked against decimal.js on lists
 * that mix precisions, signs, blanks and values beyond 2^53 at their scale.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amount } from "../amount/parse";
import type { Amount } from "../amount/types";
import type { AnyFact } from "./derived";
import { sumOf } from "./derived";

const D = Decimal.clone({ precision: 200, toExpNeg: -300, toExpPos: 300 });

const value = fc
  .record({
    negative: fc.boolean(),
    integer: fc.oneof(
      fc.bigInt({ min: 0n, max: 99999n }),
      fc.bigInt({ min: 10n ** 11n, max: 10n ** 15n - 1n }), // ≤ 15 characters: read, summing past 2^53
      fc.bigInt({ min: 9n * 10n ** 8n, max: 10n ** 16n }),
      fc.constantFrom(2n ** 53n - 1n, 2n ** 53n, 90071992547409n),
      fc.bigInt({ min: 0n, max: 10n ** 25n }),
    ),
    fraction: fc.array(fc.constantFrom(..."0123456789"), { maxLength: 4 }).map((d) => d.join("")),
  })
  .map(({ negative, integer, fraction }) => {
    const body = fraction === "" ? `${integer}` : `${integer}.${fraction}`;
    const zero = integer === 0n && !/[1-9]/.test(fraction);
    return negative && !zero ? `-${body}` : body;
  });

/** A fact as `sumOf` reads it: only its value. */
const fact = (v: Amount | null) => ({ value: v }) as unknown as AnyFact;

describe("sumOf", () => {
  it("agrees with decimal.js, digit for digit, at the largest precision of the values present", () => {
    fc.assert(
      fc.property(fc.array(fc.option(value, { nil: null, freq: 4 }), { maxLength: 10 }), (xs) => {
        const facts = xs.map((s) => fact(s === null ? null : amount(s, "万元")));
        const got = sumOf(facts, "万元");
        const present = xs.filter((s): s is string => s !== null);
        if (present.length === 0) {
          expect(got).toBeNull();
          return;
        }
        const places = Math.max(...present.map((s) => s.split(".")[1]?.length ?? 0));
        const exact = present.reduce((t, s) => t.plus(s), new D(0)).toFixed(places);
        expect(got).toEqual({
          value: /^-0(\.0*)?$/.test(exact) ? exact.slice(1) : exact,
          unit: "万元",
          decimals: places,
        });
      }),
      { numRuns: 3000 },
    );
  });

  it("is its one value other than zero only at that value's precision", () => {
    const five = amount("5.00");
    expect(sumOf([fact(null), fact(five), fact(amount("0.00"))], "万元")).toBe(five);
    // "5" + "0.00" is "5.00", not the printed "5"; "-0.5" + "0" + "0.50" is zero.
    expect(sumOf([fact(amount("5")), fact(amount("0.00"))], "万元")?.value).toBe("5.00");
    const cancel = ["-0.5", "0", "0.50"].map((s) => fact(amount(s)));
    expect(sumOf(cancel, "万元")?.value).toBe("0.00");
    expect(sumOf([fact(amount("0")), fact(amount("0.0"))], "万元")?.value).toBe("0.0");
  });

  it("leaves the safe integers when the total does (an odd total past 2^53 would round)", () => {
    const values = [...Array(9).fill("999999999999999"), "123456789012345", "1"];
    expect(
      sumOf(
        values.map((s) => fact(amount(s))),
        "万元",
      )?.value,
    ).toBe("9123456789012337");
  });

  it("scales a large running total exactly when a finer value comes after it", () => {
    const facts = ["9007199254740", "-9007199254739.99", "0.001"].map((s) => fact(amount(s)));
    expect(sumOf(facts, "万元")?.value).toBe("0.011");
    const over = ["900719925474099", "0.01", "-900719925474099"].map((s) => fact(amount(s)));
    expect(sumOf(over, "万元")?.value).toBe("0.01"); // 9.007…e16 hundredths: beyond 2^53
  });
});
