/**
 * The linearity guard (issue 11): every function that scans text (test/support/scanners.ts) is
 * fed adversarial texts of 10⁵ characters, and its time on them is compared with its time on
 * texts 10 times shorter, in this process: a linear scanner gives a ratio near 10, a quadratic
 * one near 100. The bound, 30, is generous; no wall-clock threshold is used (see
 * test/support/linearity.ts for how the ratio is measured and why it is steady).
 *
 * A scanner that fails here is slower than linear on that kind of text: look for a regex with
 * adjacent or nested unbounded quantifiers over the same characters (`npm run lint` catches the
 * usual shapes, docs/linear-time.md), or for a rescan per match (`slice` + search in a loop).
 */
import { describe, expect, it } from "vitest";
import { growth, settledGrowth } from "./support/linearity";
import {
  ADVERSARIES,
  SCANNERS,
  SHAPED_ADVERSARIES,
  TEXT_ADVERSARIES,
  TEXT_READERS,
} from "./support/scanners";

/** Linear gives ≈ 10; quadratic ≈ 100. */
const BOUND = 30;
/** The short input; the long one is 10 times longer: 10⁵ characters. */
const SHORT = 10_000;

describe("the guard itself", () => {
  // Controls at a tenth of the size, so the quadratic ones finish quickly.
  const spaces = (n: number) => `${" ".repeat(n)}x`;

  it("flags a quadratic scan: a trailing-space regex with the global flag", () => {
    const trailing = /\s+$/g;
    expect(growth((s) => s.replace(trailing, ""), spaces, 1_000).ratio).toBeGreaterThan(BOUND);
  });

  it("flags a rescan per position", () => {
    const rescan = (s: string) => {
      let found = 0;
      for (let i = 0; i < s.length; i++) if (s.indexOf("y", i) >= 0) found++;
      return found;
    };
    // `indexOf` is fast per character: at 10³ a call's fixed cost still shows, so 3·10³.
    expect(growth(rescan, spaces, 3_000).ratio).toBeGreaterThan(BOUND);
  });

  it("confirms a ratio over the bound a size up: a step at one size passes, a quadratic scan does not", () => {
    // Linear, but eight times the work per character past 5·10³ characters (as V8's large
    // strings cost more per byte): ≈ 80 from 10³ to 10⁴, ≈ 10 from 10⁴ to 10⁵.
    const passes = (s: string, k: number) => {
      let sum = 0;
      for (let p = 0; p < k; p++) for (let i = 0; i < s.length; i++) sum += s.charCodeAt(i);
      return sum;
    };
    const stepped = (s: string) => passes(s, s.length > 5_000 ? 8 : 1);
    expect(growth(stepped, spaces, 1_000).ratio).toBeGreaterThan(BOUND);
    expect(settledGrowth(stepped, spaces, 1_000, BOUND, 0).ratio).toBeLessThan(BOUND);
    // Every pair of characters compared: ≈ 100 at every size (small sizes keep it quick).
    const pairs = (s: string) => {
      let same = 0;
      for (let i = 0; i < s.length; i++)
        for (let j = 0; j < i; j++) if (s.charCodeAt(i) === s.charCodeAt(j)) same++;
      return same;
    };
    expect(settledGrowth(pairs, spaces, 100, BOUND, 0).ratio).toBeGreaterThan(BOUND);
  });

  it("passes a linear scan of the same text", () => {
    const anchored = /\s+$/;
    expect(
      settledGrowth((s) => anchored.test(s.trimStart()), spaces, 1_000, BOUND).ratio,
    ).toBeLessThan(BOUND);
  });
});

// One test per scanner and adversary: a failure names both, and no single test runs long.
describe.each(SCANNERS)("$name is linear", ({ run }) => {
  it.each(ADVERSARIES)("on $name at 10⁵ characters", (adversary) => {
    const { ratio } = settledGrowth(run, adversary.make, SHORT, BOUND);
    expect(ratio, `${adversary.name}: ×${ratio.toFixed(0)} for 10× the text`).toBeLessThan(BOUND);
  });
});

// The 情况说明 shapes, for the scanners that read a 情况说明 only (the others see no more in them
// than in the adversaries above).
describe.each(SCANNERS.filter((s) => TEXT_READERS.includes(s.name)))(
  "$name is linear on 情况说明 shapes",
  ({ run }) => {
    it.each(TEXT_ADVERSARIES)("on $name at 10⁵ characters", (adversary) => {
      const { ratio } = settledGrowth(run, adversary.make, SHORT, BOUND);
      expect(ratio, `${adversary.name}: ×${ratio.toFixed(0)} for 10× the text`).toBeLessThan(BOUND);
    });
  },
);

// The shapes one kind of reader treats specially (指标值, unit lines), for those readers only.
describe.each(SHAPED_ADVERSARIES)("on $shapes shapes", ({ readers, adversaries }) => {
  describe.each(SCANNERS.filter((s) => readers.includes(s.name)))("$name is linear", ({ run }) => {
    it.each(adversaries)("on $name at 10⁵ characters", (adversary) => {
      const { ratio } = settledGrowth(run, adversary.make, SHORT, BOUND);
      expect(ratio, `${adversary.name}: ×${ratio.toFixed(0)} for 10× the text`).toBeLessThan(BOUND);
    });
  });

  it("every reader named is a scanner", () => {
    expect(SCANNERS.filter((s) => readers.includes(s.name))).toHaveLength(readers.length);
  });
});

it("every 情况说明 reader named is a scanner", () => {
  expect(SCANNERS.filter((s) => TEXT_READERS.includes(s.name))).toHaveLength(TEXT_READERS.length);
});
