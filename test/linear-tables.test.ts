/**
 * The linearity guard's first share (see test/support/linear-guard.ts): the table, code, amount
 * and JSON readers, and the guard's own controls.
 */
import { describe, expect, it } from "vitest";
import { BOUND, guardShare, shareOf } from "./support/linear-guard";
import { growth, settledGrowth } from "./support/linearity";
import { SCANNERS, SHAPED_ADVERSARIES, TEXT_READERS } from "./support/scanners";

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
    const quadratic = settledGrowth(pairs, spaces, 100, BOUND, 0);
    expect(quadratic.ratio).toBeGreaterThan(BOUND);
    // A measure stops early only well under the bound: a quadratic scan's takes every round.
    expect(quadratic.rounds).toBe(3);
  });

  it("passes a linear scan of the same text", () => {
    const anchored = /\s+$/;
    expect(
      settledGrowth((s) => anchored.test(s.trimStart()), spaces, 1_000, BOUND).ratio,
    ).toBeLessThan(BOUND);
  });
});

guardShare("tables");

it("every reader named is a scanner", () => {
  expect(SCANNERS.filter((s) => TEXT_READERS.includes(s.name))).toHaveLength(TEXT_READERS.length);
  for (const { readers } of SHAPED_ADVERSARIES)
    expect(SCANNERS.filter((s) => readers.includes(s.name))).toHaveLength(readers.length);
});

it("the three shares split the scanners: the texts' share holds every 情况说明 reader", () => {
  expect(TEXT_READERS.every((name) => shareOf(name) === "texts")).toBe(true);
  expect(SCANNERS.some((s) => shareOf(s.name) === "tables")).toBe(true);
  // every early reader named is a scanner (a renamed one would fall silently into another share)
  expect(SCANNERS.filter((s) => shareOf(s.name) === "early")).toHaveLength(3);
});
