import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPercentClaims } from "./claims";

describe("findPercentClaims on arbitrary text", () => {
  it("never throws on 10,000 arbitrary strings and returns only well-formed claims", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: "grapheme", maxLength: 200 }),
      // fragments of the real phrasing, shuffled with numbers and noise
      fc
        .array(
          fc.oneof(
            fc.constantFrom(
              "其中",
              "万元",
              "，",
              "占",
              "%",
              "增加",
              "减少",
              "增长",
              "下降",
              "执行数为",
              "安排",
              "。",
              "\n",
            ),
            fc.integer({ min: -99999, max: 99999 }).map((n) => `${n / 100}`),
            fc.string({ maxLength: 4 }),
          ),
          { maxLength: 40 },
        )
        .map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(text, (s) => {
        for (const c of findPercentClaims(s)) {
          expect(["share", "growth", "change"]).toContain(c.kind);
          expect(c.percent).toMatch(/^\d+(\.\d+)?$/u);
          expect(c.offset).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
