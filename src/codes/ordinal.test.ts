import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { code } from "./code";
import { formatChineseOrdinal, functionalClassOrdinal, parseChineseOrdinal } from "./ordinal";

/** 一 … 三十四, written out by hand: the 收支总表 ordinals of 类 201 … 234. */
const ORDINALS = [
  "一",
  "二",
  "三",
  "四",
  "五",
  "六",
  "七",
  "八",
  "九",
  "十",
  "十一",
  "十二",
  "十三",
  "十四",
  "十五",
  "十六",
  "十七",
  "十八",
  "十九",
  "二十",
  "二十一",
  "二十二",
  "二十三",
  "二十四",
  "二十五",
  "二十六",
  "二十七",
  "二十八",
  "二十九",
  "三十",
  "三十一",
  "三十二",
  "三十三",
  "三十四",
];

describe("ordinals 一 … 三十四 and functional 类 codes", () => {
  it.each(ORDINALS.map((text, i) => [text, i + 1, String(201 + i)] as const))(
    "%s ↔ %i ↔ 类 %s",
    (text, n, classCode) => {
      expect(parseChineseOrdinal(text)).toBe(n);
      expect(formatChineseOrdinal(n)).toBe(text);
      expect(functionalClassOrdinal(code("functional", classCode))).toBe(n);
    },
  );
});

describe("parseChineseOrdinal", () => {
  it.each([
    ["（十）", 10],
    ["(十四)", 14],
    ["二十一、", 21],
    ["十、", 10],
    [" 九十九 ", 99],
    ["\u3000三．", 3],
    ["（十九）、", 19],
  ])("reads %j as %i", (input, n) => {
    expect(parseChineseOrdinal(input)).toBe(n);
  });

  it.each([
    "",
    "、",
    "（）",
    "一十",
    "二二",
    "十十",
    "十二十",
    "零",
    "一百",
    "1",
    "一般",
    "（十",
    "十）",
    "（十)x",
    "十、、",
  ])("rejects %j", (input) => {
    expect(parseChineseOrdinal(input)).toBeUndefined();
  });

  it("never throws and returns undefined or an integer from 1 to 99", () => {
    const ordinalLike = fc.string({
      unit: fc.constantFrom(..."一二三四五六七八九十零百（）()、. "),
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), ordinalLike), (s) => {
        const n = parseChineseOrdinal(s);
        if (n !== undefined) {
          expect(Number.isInteger(n)).toBe(true);
          expect(n).toBeGreaterThanOrEqual(1);
          expect(n).toBeLessThanOrEqual(99);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});

describe("formatChineseOrdinal", () => {
  it("round-trips every number from 1 to 99", () => {
    for (let n = 1; n <= 99; n++) expect(parseChineseOrdinal(formatChineseOrdinal(n))).toBe(n);
  });

  it("writes tens without a leading 一", () => {
    expect(formatChineseOrdinal(10)).toBe("十");
    expect(formatChineseOrdinal(15)).toBe("十五");
    expect(formatChineseOrdinal(90)).toBe("九十");
    expect(formatChineseOrdinal(99)).toBe("九十九");
  });

  it.each([0, 100, 1.5, -3, Number.NaN])("throws a RangeError for %d", (n) => {
    expect(() => formatChineseOrdinal(n)).toThrow(RangeError);
  });
});

describe("functionalClassOrdinal", () => {
  it("uses the 类 of a 款 or 项", () => {
    expect(functionalClassOrdinal(code("functional", "208 05 05"))).toBe(8);
    expect(functionalClassOrdinal(code("functional", "22999"))).toBe(29);
  });

  it("throws a TypeError for an economic code", () => {
    expect(() => functionalClassOrdinal(code("departmental", "301"))).toThrow(TypeError);
  });
});
