/**
 * A trie node with many steps of one dimension (a 支出表's thousands of 功能分类 codes under each
 * 支出性质 column) keeps them as slots by the value's number in one numbering of that dimension
 * shared by the whole interner, not a map of its own: on a 10⁴-row 支出表 eleven maps of ≈ 10,000
 * codes each were ≈ 5 MB kept and ≈ 11 MB allocated (their growth) a check. The ids are the same
 * whatever the layout: given in the order identities are first met.
 */
import { describe, expect, it } from "vitest";
import { FactIds } from "./intern";
import { factKey } from "./key";
import type { Coordinates } from "./types";

const NATURES = ["basic", "project", "basic.personnel", "basic.public"] as const;
const codes = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `2${String(1 + (i % 99)).padStart(2, "0")}${String(i).padStart(4, "0")}`,
  );

/** Ids by key, given in order: what any interner must give for the same sequence. */
function reference(coords: readonly Coordinates[]): number[] {
  const seen = new Map<string, number>();
  return coords.map((c) => {
    const k = factKey("spending", c);
    let id = seen.get(k);
    if (id === undefined) {
      id = seen.size;
      seen.set(k, id);
    }
    return id;
  });
}

describe("FactIds with nodes of many steps", () => {
  it("gives the ids a key per identity gives, looked up in any order", () => {
    const all: Coordinates[] = [];
    for (const code of codes(3000))
      for (const nature of NATURES) all.push({ functional: code, nature }, { functional: code });
    // A few identities met again later, and coarser codes after the finer ones.
    all.push({ functional: "2010000", nature: "basic" }, { functional: "201" }, {});
    const ids = new FactIds();
    const expected = reference(all);
    expect(all.map((c) => ids.of("spending", c))).toEqual(expected);
    // Found again without making anything, backwards; an unknown code is not found.
    const found: (number | undefined)[] = [];
    for (let i = all.length - 1; i >= 0; i--)
      found.push(ids.find("spending", all[i] as Coordinates));
    expect(found).toEqual([...expected].reverse());
    expect(ids.find("spending", { functional: "2999999", nature: "basic" })).toBeUndefined();
    expect(ids.find("spending", { functional: "2010000", nature: "remittance" })).toBeUndefined();
  });

  it("numbers a dimension's values once for every node of many steps", () => {
    const ids = new FactIds();
    for (const code of codes(3000))
      for (const nature of NATURES) ids.of("spending", { functional: code, nature });
    // Before: a map per 支出性质 node holding its 3,000 codes; now the codes' one numbering.
    expect(ids.largeMaps).toBeLessThanOrEqual(1);
  });

  it("keeps a node whose values are few of a large numbering as a map (no mostly empty slots)", () => {
    const ids = new FactIds();
    const many = codes(5000);
    // One node holds all 5,000 codes (numbered); others hold every 20th code only.
    for (const code of many) ids.of("spending", { functional: code, nature: "basic" });
    const sparse = many.filter((_, i) => i % 20 === 0);
    for (const code of sparse) ids.of("spending", { functional: code, nature: "project" });
    expect(ids.slotsKept).toBeLessThan(5000 + 2 * 5000);
    for (const code of sparse)
      expect(ids.find("spending", { functional: code, nature: "project" })).toBeDefined();
  });

  it("turns a node's slots back into a map when its new value is numbered far past them", () => {
    const ids = new FactIds();
    const many = codes(1000);
    // 1,000 codes under 基本支出 (numbered 0–999), the first 128 of them under 项目支出 (its
    // slots 0–127), then the last code under 项目支出: slot 999 would leave most slots empty.
    for (const code of many) ids.of("spending", { functional: code, nature: "basic" });
    const project = [...many.slice(0, 128), many[999] as string];
    const made = project.map((code) => ids.of("spending", { functional: code, nature: "project" }));
    // The 基本支出 node's slots only (its first step is held in the node itself).
    expect(ids.slotsKept).toBe(999);
    expect(
      project.map((code) => ids.find("spending", { functional: code, nature: "project" })),
    ).toEqual(made);
    expect(ids.find("spending", { functional: many[500] as string, nature: "project" })).toBe(
      undefined,
    );
  });
});
