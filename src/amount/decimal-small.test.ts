/**
 * The safe-integer fast paths of the decimal kernel (internal): `smallUnits` reads a canonical
 * value's digits as an integer count of `10^-decimals`, `unscaledSmall` prints one back. Every
 * caller falls back to BigInt when `smallUnits` gives `undefined`, so a wrong `undefined` only
 * costs time while a wrong number is a wrong sum: both are pinned here, by hand and against
 * decimal.js.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareValues, smallUnits, unscaledSmall } from "./decimal";

/** A canonical plain value: optional minus, integer digits without leading zeros, 0–4 decimals. */
const canonical = fc
  .record({
    negative: fc.boolean(),
    int: fc.bigInt({ min: 0n, max: 10n ** 13n }),
    frac: fc.stringMatching(/^[0-9]{0,4}$/u),
  })
  .map(({ negative, int, frac }) => {
    const body = frac === "" ? String(int) : `${int}.${frac}`;
    return negative && /[1-9]/u.test(body) ? `-${body}` : body;
  });

describe("smallUnits", () => {
  it("reads integers, fractions and negatives at the given scale", () => {
    expect(smallUnits("0", 0)).toBe(0);
    expect(smallUnits("7", 0)).toBe(7);
    expect(smallUnits("7", 2)).toBe(700);
    expect(smallUnits("123.45", 2)).toBe(12345);
    expect(smallUnits("123.4", 2)).toBe(12340);
    expect(smallUnits("0.05", 3)).toBe(50);
    expect(smallUnits("-1.5", 2)).toBe(-150);
    expect(smallUnits("-0.01", 2)).toBe(-1);
    expect(smallUnits("100", 1)).toBe(1000);
  });

  it("gives undefined where the value does not fit: more fraction digits than asked, over 15 characters, beyond the safe range", () => {
    expect(smallUnits("1.234", 2)).toBeUndefined();
    expect(smallUnits("0.5", 0)).toBeUndefined();
    expect(smallUnits("0.0", 0)).toBeUndefined(); // zeros too
    expect(smallUnits("1234567890123456", 0)).toBeUndefined(); // 16 characters
    expect(smallUnits("123456789012345", 0)).toBe(123456789012345); // 15
    expect(smallUnits("-12345678901234", 0)).toBe(-12345678901234); // 15 with the sign
    // 15 characters, but × 10^4 leaves the safe range (2^53 − 1 ≈ 9.007 × 10^15)
    expect(smallUnits("999999999999999", 4)).toBeUndefined();
    expect(smallUnits("900719925474099", 1)).toBe(9007199254740990);
  });

  it("gives undefined for anything but digits, one point and a leading minus", () => {
    expect(smallUnits("1,000", 0)).toBeUndefined();
    expect(smallUnits("1.2.3", 3)).toBeUndefined();
    expect(smallUnits("12a", 0)).toBeUndefined();
    expect(smallUnits("1-2", 0)).toBeUndefined();
    expect(smallUnits("/", 0)).toBeUndefined(); // just below "0"
    expect(smallUnits(":", 0)).toBeUndefined(); // just above "9"
  });

  it("agrees with decimal.js on every canonical value that fits", () => {
    fc.assert(
      fc.property(canonical, fc.integer({ min: 0, max: 4 }), (v, decimals) => {
        const n = smallUnits(v, decimals);
        const exact = new Decimal(v).times(new Decimal(10).pow(decimals));
        // More fraction digits than asked is no fit, even zeros ("0.0" at 0 places).
        const places = v.includes(".") ? v.length - v.indexOf(".") - 1 : 0;
        const fits =
          places <= decimals && v.length <= 15 && exact.abs().lte(Number.MAX_SAFE_INTEGER);
        if (!fits) expect(n).toBeUndefined();
        else expect(n).toBe(exact.toNumber());
      }),
    );
  });
});

describe("unscaledSmall", () => {
  it("prints a count of 10^-decimals with exactly that many digits", () => {
    expect(unscaledSmall(0, 0)).toBe("0");
    expect(unscaledSmall(0, 2)).toBe("0.00");
    expect(unscaledSmall(5, 2)).toBe("0.05");
    expect(unscaledSmall(12345, 2)).toBe("123.45");
    expect(unscaledSmall(-150, 2)).toBe("-1.50");
    expect(unscaledSmall(-1, 3)).toBe("-0.001");
    expect(unscaledSmall(42, 0)).toBe("42");
    expect(unscaledSmall(-42, 0)).toBe("-42");
  });

  it("is the inverse of smallUnits on canonical values", () => {
    fc.assert(
      fc.property(canonical, (v) => {
        const decimals = v.includes(".") ? v.length - v.indexOf(".") - 1 : 0;
        const n = smallUnits(v, decimals);
        if (n !== undefined) expect(unscaledSmall(n, decimals)).toBe(v);
      }),
    );
  });
});

describe("compareValues on the fast path", () => {
  it("orders values of different precisions and signs as decimal.js does", () => {
    fc.assert(
      fc.property(canonical, canonical, (a, b) => {
        expect(compareValues(a, b)).toBe(new Decimal(a).comparedTo(new Decimal(b)));
      }),
    );
  });

  it("orders close values by their last digit", () => {
    expect(compareValues("1.01", "1.1")).toBe(-1);
    expect(compareValues("1.10", "1.1")).toBe(0);
    expect(compareValues("-2", "-1.99")).toBe(-1);
    expect(compareValues("3", "2.999")).toBe(1);
  });
});
