import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Code, code } from "./code";
import { codeAncestors, codeParent, compareCodes, isAncestorCode } from "./hierarchy";

const f = (v: string): Code => code("functional", v);

describe("codeParent", () => {
  it("goes from 项 to 款 to 类 to nothing", () => {
    expect(codeParent(f("2013101"))).toEqual({ system: "functional", value: "20131", level: "款" });
    expect(codeParent(f("20131"))).toEqual({ system: "functional", value: "201", level: "类" });
    expect(codeParent(f("201"))).toBeUndefined();
  });

  it("keeps the system and freezes the result", () => {
    const p = codeParent(code("government", "50101"));
    expect(p).toEqual({ system: "government", value: "501", level: "类" });
    expect(Object.isFrozen(p)).toBe(true);
  });
});

describe("codeAncestors", () => {
  it("lists the ancestors nearest first", () => {
    expect(codeAncestors(f("2013101")).map((c) => c.value)).toEqual(["20131", "201"]);
    expect(codeAncestors(code("departmental", "30217")).map((c) => c.value)).toEqual(["302"]);
    expect(codeAncestors(f("229"))).toEqual([]);
  });

  it("returns a frozen array", () => {
    expect(Object.isFrozen(codeAncestors(f("2080505")))).toBe(true);
  });
});

describe("isAncestorCode", () => {
  it("is true for the 类 and 款 above a 项", () => {
    expect(isAncestorCode(f("201"), f("2013101"))).toBe(true);
    expect(isAncestorCode(f("20131"), f("2013101"))).toBe(true);
  });

  it("is false for the code itself, a child, a sibling and a cousin", () => {
    expect(isAncestorCode(f("20131"), f("20131"))).toBe(false);
    expect(isAncestorCode(f("2013101"), f("20131"))).toBe(false);
    expect(isAncestorCode(f("20132"), f("2013101"))).toBe(false);
    expect(isAncestorCode(f("202"), f("2013101"))).toBe(false);
  });

  it("is false across systems even when the digits agree", () => {
    const foreign: Code = { system: "departmental", value: "201", level: "类" };
    expect(isAncestorCode(foreign, f("2013101"))).toBe(false);
  });
});

describe("compareCodes", () => {
  it("sorts by system, then parents before children", () => {
    const shuffled = [
      code("government", "50101"),
      f("2013102"),
      code("departmental", "30217"),
      f("201"),
      code("departmental", "302"),
      f("202"),
      f("2013101"),
      code("departmental", "301"),
      f("20131"),
    ];
    const sorted = [...shuffled].sort(compareCodes).map((c) => `${c.system}:${c.value}`);
    expect(sorted).toEqual([
      "functional:201",
      "functional:20131",
      "functional:2013101",
      "functional:2013102",
      "functional:202",
      "departmental:301",
      "departmental:302",
      "departmental:30217",
      "government:50101",
    ]);
  });

  it("is zero only for equal codes", () => {
    expect(compareCodes(f("20131"), f("201 31"))).toBe(0);
    expect(compareCodes(f("20131"), f("201"))).toBeGreaterThan(0);
    expect(compareCodes(f("201"), f("20131"))).toBeLessThan(0);
  });

  it("puts every ancestor before its descendants in any shuffled list", () => {
    const functional7 = fc
      .string({ unit: fc.constantFrom(..."0123456789"), minLength: 6, maxLength: 6 })
      .map((d) => f(`2${d}`));
    const shuffledFamilies = fc.array(functional7, { maxLength: 12 }).chain((leaves) => {
      const all = leaves.flatMap((c) => [c, ...codeAncestors(c)]);
      return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
    });
    fc.assert(
      fc.property(shuffledFamilies, (shuffled) => {
        const sorted = [...shuffled].sort(compareCodes);
        for (let i = 0; i < sorted.length; i++) {
          for (let j = 0; j < i; j++) {
            const later = sorted[i];
            const earlier = sorted[j];
            if (later !== undefined && earlier !== undefined) {
              expect(isAncestorCode(later, earlier)).toBe(false);
            }
          }
        }
      }),
    );
  });
});
