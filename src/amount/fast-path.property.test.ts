/**
 * The safe-integer fast paths of amount arithmetic (`addAmounts`, `subtractAmounts`,
 * `sumAmounts`, `compareAmounts` and the kernel's `addValues` / `subtractValues` /
 * `unscaledSmall`) against decimal.js, on values drawn to cross the fast path's edges: small
 * and beyond 2^53 at their scale, negative, zero, mixed precisions and mixed units. A fast path
 * that is wrong gives a wrong figure, so every result is compared digit for digit.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addAmounts, compareAmounts, subtractAmounts, sumAmounts } from "./arithmetic";
import { convertAmount } from "./convert";
import { addValues, subtractValues, unscaledSmall } from "./decimal";
import { amount } from "./parse";
import type { Amount, Unit } from "./types";
import { finerUnit, UNITS } from "./units";

const D = Decimal.clone({ precision: 200, toExpNeg: -300, toExpPos: 300 });

/** Integer parts around every size the fast path cares about: tiny, ~2^53 at 0–6 places, huge. */
const integerPart = fc.oneof(
  fc.bigInt({ min: 0n, max: 999n }),
  fc.bigInt({ min: 0n, max: 10n ** 9n }),
  fc.bigInt({ min: 9n * 10n ** 8n, max: 10n ** 16n }), // 2^53 ≈ 9.007·10^15 scaled by 0–6 places
  fc.constantFrom(2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, 9007199254740n, 90071992547n),
  fc.bigInt({ min: 0n, max: 10n ** 30n }),
);

const canonical = fc
  .record({
    negative: fc.boolean(),
    integer: integerPart,
    fraction: fc.array(fc.constantFrom(..."0123456789"), { maxLength: 6 }).map((d) => d.join("")),
  })
  .map(({ negative, integer, fraction }) => {
    const body = fraction === "" ? `${integer}` : `${integer}.${fraction}`;
    const zero = integer === 0n && !/[1-9]/.test(fraction);
    return negative && !zero ? `-${body}` : body;
  });

const unit = fc.constantFrom<Unit>(...UNITS);
const sameUnitPair = fc
  .tuple(canonical, canonical, unit)
  .map(([a, b, u]) => [amount(a, u), amount(b, u)] as const);
const anyPair = fc
  .tuple(canonical, unit, canonical, unit)
  .map(([a, u, b, v]) => [amount(a, u), amount(b, v)] as const);
const pair = fc.oneof(sameUnitPair, anyPair);

/** Exponent of a unit in 元. */
const EXP: Record<Unit, number> = { 元: 0, 万元: 4, 亿元: 8 };
const inYuan = (a: Amount) => new D(a.value).times(new D(10).pow(EXP[a.unit]));

/** The exact value of `a` as printed in its unit with its decimals, per decimal.js. */
function expectExact(result: Amount, yuan: Decimal) {
  const places = result.decimals;
  const expected = yuan.div(new D(10).pow(EXP[result.unit])).toFixed(places);
  const clean = /^-0(\.0*)?$/.test(expected) ? expected.slice(1) : expected;
  expect(result.value).toBe(clean);
}

describe("amount arithmetic fast paths agree with decimal.js", () => {
  it("addAmounts and subtractAmounts, same and mixed units", () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expectExact(addAmounts(a, b), inYuan(a).plus(inYuan(b)));
        expectExact(subtractAmounts(a, b), inYuan(a).minus(inYuan(b)));
        expect(addAmounts(a, b).unit).toBe(finerUnit(a.unit, b.unit));
      }),
      { numRuns: 2000 },
    );
  });

  it("sumAmounts of a list (one unit or several, with and without a target unit)", () => {
    const list = fc.oneof(
      unit.chain((u) =>
        fc.array(
          canonical.map((s) => amount(s, u)),
          { maxLength: 12 },
        ),
      ),
      fc.array(
        fc.tuple(canonical, unit).map(([s, u]) => amount(s, u)),
        { maxLength: 12 },
      ),
    );
    fc.assert(
      fc.property(list, fc.option(unit, { nil: undefined }), (xs, to) => {
        const total = sumAmounts(xs, to);
        const exact = xs.reduce((s, a) => s.plus(inYuan(a)), new D(0));
        expectExact(total, exact);
        // The same amount as adding pairwise, unit and precision included.
        if (xs.length > 0) {
          const pairwise = xs.slice(1).reduce((s, a) => addAmounts(s, a), xs[0] as Amount);
          expect(total).toEqual(to === undefined ? pairwise : convertAmount(pairwise, to));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("compareAmounts", () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(compareAmounts(a, b)).toBe(inYuan(a).comparedTo(inYuan(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it("addValues and subtractValues at a larger scale than either value", () => {
    fc.assert(
      fc.property(canonical, canonical, fc.nat(4), (a, b, extra) => {
        const places = Math.max(a.split(".")[1]?.length ?? 0, b.split(".")[1]?.length ?? 0) + extra;
        const fix = (x: Decimal) => {
          const s = x.toFixed(places);
          return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
        };
        expect(addValues(a, b, places)).toBe(fix(new D(a).plus(b)));
        expect(subtractValues(a, b, places)).toBe(fix(new D(a).minus(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it("unscaledSmall prints every safe integer at 0–8 places", () => {
    const safe = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.maxSafeInteger().map((n) => n),
      fc.constantFrom(
        0,
        -0,
        1,
        -1,
        9,
        -9,
        10,
        99,
        100,
        Number.MAX_SAFE_INTEGER,
        Number.MIN_SAFE_INTEGER,
      ),
    );
    fc.assert(
      fc.property(safe, fc.nat(8), (n, places) => {
        const s = new D(n).div(new D(10).pow(places)).toFixed(places);
        expect(unscaledSmall(n, places)).toBe(/^-0(\.0*)?$/.test(s) ? s.slice(1) : s);
      }),
      { numRuns: 3000 },
    );
  });
});
