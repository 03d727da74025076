import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearestKeys } from "./suggest";

const SAN_GONG = [
  "total",
  "abroad",
  "vehicles",
  "vehicles.purchase",
  "vehicles.operation",
  "reception",
];

describe("nearestKeys", () => {
  it("finds a key written in another case or with separators", () => {
    expect(nearestKeys("sangong", ["summary", "sanGong", "income"])).toEqual(["sanGong"]);
    expect(nearestKeys("vehicles_purchase", SAN_GONG)).toEqual(["vehicles.purchase"]);
    expect(nearestKeys("GPB-BASIC", ["gpbBasic", "gpbExpenditure"])).toEqual(["gpbBasic"]);
  });

  it("finds a key with a typo, the nearest first", () => {
    expect(nearestKeys("recepton", SAN_GONG)).toEqual(["reception"]);
    expect(nearestKeys("totla", SAN_GONG)).toEqual(["total"]);
    expect(nearestKeys("vehicles.purchse", SAN_GONG)[0]).toBe("vehicles.purchase");
  });

  it("suggests nothing for an unrelated or a much longer key", () => {
    expect(nearestKeys("备注", SAN_GONG)).toEqual([]);
    expect(nearestKeys("x", SAN_GONG)).toEqual([]);
    expect(nearestKeys("total".repeat(20_000), SAN_GONG)).toEqual([]);
  });

  it("never suggests the key itself, and at most `max` keys", () => {
    expect(nearestKeys("total", SAN_GONG)).not.toContain("total");
    expect(nearestKeys("abcd", ["abce", "abcf", "abcg", "abch"], 2)).toEqual(["abce", "abcf"]);
  });

  it("only suggests candidates, each once", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }),
        (s, keys) => {
          const found = nearestKeys(s, keys);
          expect(found.every((k) => keys.includes(k))).toBe(true);
          expect(new Set(found).size).toBe(found.length);
          expect(found.length).toBeLessThanOrEqual(3);
        },
      ),
    );
  });
});
