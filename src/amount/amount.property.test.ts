import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addAmounts, amountsEqual, compareAmounts, sumAmounts, zeroAmount } from "./arithmetic";
import { convertAmount } from "./convert";
import type { AmountErrorCode } from "./error";
import { formatAmount } from "./format";
import { amountInterval } from "./interval";
import { formatAmountError } from "./messages";
import { amount, parseAmount } from "./parse";
import { roundAmount } from "./round";
import type { Amount, AmountInterval, Unit } from "./types";
import { UNITS } from "./units";

// ---- generators ----------------------------------------------------------------------------

const digits = (maxLength: number) =>
  fc.array(fc.constantFrom(..."0123456789"), { maxLength }).map((d) => d.join(""));

/** Canonical decimal strings: `-` only on non-zero, no leading zeros, 0–6 fraction digits. */
const canonical = fc
  .record({
    negative: fc.boolean(),
    integer: fc.bigInt({ min: 0n, max: 10n ** 18n }),
    fraction: digits(6),
  })
  .map(({ negative, integer, fraction }) => {
    const body = fraction === "" ? `${integer}` : `${integer}.${fraction}`;
    const zero = integer === 0n && !/[1-9]/.test(fraction);
    return negative && !zero ? `-${body}` : body;
  });

const unit = fc.constantFrom<Unit>(...UNITS);
const anyAmount = fc.tuple(canonical, unit).map(([s, u]) => amount(s, u));
const amountIn = (u: Unit) => canonical.map((s) => amount(s, u));

// ---- an independent BigInt reference ----------------------------------------------------------

/** `"-1.50"` → `{ n: -150n, scale: 2 }`. */
function scaled(s: string): { n: bigint; scale: number } {
  const [integer = "", fraction = ""] = s.split(".");
  return { n: BigInt(integer + fraction), scale: fraction.length };
}

/** `(-150n, 2)` → `"-1.50"`. */
function unscaled(n: bigint, scale: number): string {
  const negative = n < 0n;
  const abs = (negative ? -n : n).toString().padStart(scale + 1, "0");
  const body = scale === 0 ? abs : `${abs.slice(0, -scale)}.${abs.slice(-scale)}`;
  return negative ? `-${body}` : body;
}

const EXPONENT: Record<Unit, number> = { 元: 0, 万元: 4, 亿元: 8 };

/** Σ values (each in its unit) stated in 元 with the smallest scale that is exact. */
function referenceSumInYuan(terms: readonly (readonly [string, Unit])[]): string {
  const parts = terms.map(([s, u]) => ({ ...scaled(s), exponent: EXPONENT[u] }));
  const scale = Math.max(0, ...parts.map((p) => p.scale - p.exponent));
  const total = parts.reduce(
    (sum, p) => sum + p.n * 10n ** BigInt(p.exponent + scale - p.scale),
    0n,
  );
  return unscaled(total, scale);
}

// ---- properties ---------------------------------------------------------------------------

describe("arithmetic laws", () => {
  it("addition is commutative and associative, across units", () => {
    fc.assert(
      fc.property(anyAmount, anyAmount, anyAmount, (a, b, c) => {
        expect(addAmounts(a, b)).toEqual(addAmounts(b, a));
        expect(addAmounts(addAmounts(a, b), c)).toEqual(addAmounts(a, addAmounts(b, c)));
      }),
    );
  });

  it("a sum does not depend on the order of its terms", () => {
    fc.assert(
      fc.property(fc.array(anyAmount, { maxLength: 12 }), fc.nat(), (list, seed) => {
        const rotated = [
          ...list.slice(seed % (list.length || 1)),
          ...list.slice(0, seed % (list.length || 1)),
        ];
        expect(sumAmounts(rotated)).toEqual(sumAmounts(list));
        expect(sumAmounts([...list].reverse())).toEqual(sumAmounts(list));
      }),
    );
  });

  it("zero is the identity", () => {
    fc.assert(
      fc.property(anyAmount, (a) => {
        expect(addAmounts(a, zeroAmount(a.unit))).toEqual(a);
        expect(addAmounts(zeroAmount(a.unit), a)).toEqual(a);
        expect(sumAmounts([a])).toEqual(a);
      }),
    );
  });

  it("sums equal a BigInt reference (one unit)", () => {
    fc.assert(
      fc.property(fc.array(canonical, { maxLength: 20 }), (values) => {
        const total = sumAmounts(
          values.map((s) => amount(s, "元")),
          "元",
        );
        expect(total.value).toBe(referenceSumInYuan(values.map((s) => [s, "元"] as const)));
      }),
    );
  });

  it("sums equal a BigInt reference (mixed units, in 元)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(canonical, unit), { maxLength: 20 }), (terms) => {
        const total = sumAmounts(
          terms.map(([s, u]) => amount(s, u)),
          "元",
        );
        expect(total.value).toBe(referenceSumInYuan(terms));
      }),
    );
  });

  it("compare agrees with the BigInt reference", () => {
    fc.assert(
      fc.property(canonical, canonical, (x, y) => {
        const [p, q] = [scaled(x), scaled(y)];
        const scale = Math.max(p.scale, q.scale);
        const difference =
          p.n * 10n ** BigInt(scale - p.scale) - q.n * 10n ** BigInt(scale - q.scale);
        const expected = difference < 0n ? -1 : difference > 0n ? 1 : 0;
        expect(compareAmounts(amount(x, "元"), amount(y, "元"))).toBe(expected);
      }),
    );
  });
});

describe("unit conversion", () => {
  it("元 → 万元 → 元 and 元 → 亿元 → 元 give the identical amount", () => {
    fc.assert(
      fc.property(amountIn("元"), (a) => {
        expect(convertAmount(convertAmount(a, "万元"), "元")).toEqual(a);
        expect(convertAmount(convertAmount(a, "亿元"), "元")).toEqual(a);
      }),
    );
  });

  it("万元 → 亿元 → 万元 gives the identical amount", () => {
    fc.assert(
      fc.property(amountIn("万元"), (a) => {
        expect(convertAmount(convertAmount(a, "亿元"), "万元")).toEqual(a);
      }),
    );
  });

  it("any conversion keeps the numeric value", () => {
    fc.assert(
      fc.property(anyAmount, unit, (a, to) => {
        expect(amountsEqual(convertAmount(a, to), a)).toBe(true);
      }),
    );
  });
});

describe("parse and format", () => {
  it("format(parse(s)) = s for canonical strings, with and without grouping", () => {
    fc.assert(
      fc.property(canonical, (s) => {
        expect(formatAmount(amount(s))).toBe(s);
        const { n, scale } = scaled(s);
        const abs = n < 0n ? -n : n;
        const integer = (abs / 10n ** BigInt(scale)).toLocaleString("en-US");
        const grouped = `${n < 0n ? "-" : ""}${integer}${s.includes(".") ? s.slice(s.indexOf(".")) : ""}`;
        expect(formatAmount(amount(grouped), { grouping: true })).toBe(grouped);
        expect(amount(grouped).value).toBe(s);
      }),
    );
  });

  it("parse(format(a)) = a, with and without grouping", () => {
    fc.assert(
      fc.property(anyAmount, (a) => {
        expect(parseAmount(formatAmount(a), a.unit)).toEqual({ ok: true, value: a });
        expect(parseAmount(formatAmount(a, { grouping: true }), a.unit)).toEqual({
          ok: true,
          value: a,
        });
      }),
    );
  });

  it("padding, a plus sign and leading zeros read as the canonical text itself", () => {
    // The canonical text is read as it is; the padded one through the general path.
    fc.assert(
      fc.property(canonical, unit, (s, u) => {
        const padded = s.startsWith("-") ? `\u3000-00${s.slice(1)} ` : ` +00${s}\t`;
        const a = parseAmount(s, u);
        expect(a.ok && a.value?.value).toBe(s);
        expect(parseAmount(padded, u)).toEqual(a);
      }),
    );
  });

  it("full-width digits, point, comma and minus parse like their ASCII forms", () => {
    const toFullWidth = (s: string) =>
      s.replace(/[0-9.,-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(anyAmount, (a) => {
        const printed = formatAmount(a, { grouping: true });
        expect(parseAmount(toFullWidth(printed), a.unit)).toEqual({ ok: true, value: a });
      }),
    );
  });
});

describe("amountInterval", () => {
  const contains = (i: AmountInterval, x: Amount): boolean => {
    const low = compareAmounts(i.low, x);
    const high = compareAmounts(x, i.high);
    return (
      (low < 0 || (low === 0 && i.lowInclusive)) && (high < 0 || (high === 0 && i.highInclusive))
    );
  };

  it("contains the value, and exactly the values that print as it", () => {
    fc.assert(
      fc.property(
        anyAmount,
        fc.constantFrom("half-up" as const, "truncate" as const),
        fc.integer({ min: -2500, max: 2500 }),
        (a, rounding, k) => {
          const i = amountInterval(a, rounding);
          expect(contains(i, a)).toBe(true);
          // an end belongs to the interval exactly when it prints as `a`
          expect(amountsEqual(roundAmount(i.low, a.decimals, rounding), a)).toBe(i.lowInclusive);
          expect(amountsEqual(roundAmount(i.high, a.decimals, rounding), a)).toBe(i.highInclusive);
          // x = a + k·10^-(d+3): inside the interval exactly when it prints as `a`
          const step = amount(unscaled(BigInt(k), a.decimals + 3), a.unit);
          const x = addAmounts(a, step);
          expect(contains(i, x)).toBe(amountsEqual(roundAmount(x, a.decimals, rounding), a));
        },
      ),
    );
  });
});

describe("bad input never throws", () => {
  const CODES: readonly AmountErrorCode[] = [
    "invalid-character",
    "misplaced-sign",
    "multiple-points",
    "bad-grouping",
    "no-digits",
    "exponent-not-allowed",
    "not-a-number",
  ];
  const amountish = fc
    .array(fc.constantFrom(..."0123456789０９.,，．-－+eE \u3000—a"), { maxLength: 16 })
    .map((c) => c.join(""));

  it("returns ok or a typed error for 10,000 arbitrary strings", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "grapheme" }),
          fc.string({ unit: "binary" }),
          amountish,
        ),
        (s) => {
          const r = parseAmount(s);
          if (r.ok) {
            if (r.value !== null) {
              expect(r.value.value).toMatch(/^-?(0|[1-9]\d*)(\.\d+)?$/);
              expect(r.value.value).not.toMatch(/^-0(\.0+)?$/);
              expect(r.value.value.split(".")[1]?.length ?? 0).toBe(r.value.decimals);
            }
            return;
          }
          expect(CODES).toContain(r.error.code);
          expect(r.error.input).toBe(s);
          expect(Number.isInteger(r.error.position)).toBe(true);
          expect(r.error.position).toBeGreaterThanOrEqual(0);
          expect(r.error.position).toBeLessThan(Math.max(1, s.length));
          if (r.error.code === "invalid-character") {
            expect(s.startsWith(r.error.char, r.error.position)).toBe(true);
          }
          expect(formatAmountError(r.error, "en").length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
