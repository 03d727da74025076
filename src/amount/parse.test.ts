import { describe, expect, it } from "vitest";
import { convertAmount } from "./convert";
import type { AmountErrorCode } from "./error";
import { formatAmountError } from "./messages";
import { amount, parseAmount, plainAmount } from "./parse";
import type { Unit } from "./types";

function parsed(input: string) {
  const r = parseAmount(input);
  if (!r.ok) throw new Error(`expected ${input} to parse, got ${r.error.code}`);
  return r.value;
}

describe("parseAmount: printed forms", () => {
  it.each([
    ["969.06", "969.06", 2],
    ["1,212.12", "1212.12", 2],
    ["24,840,779", "24840779", 0],
    ["3，518.85", "3518.85", 2],
    ["-1.00", "-1.00", 2],
    ["0", "0", 0],
    ["0.00", "0.00", 2],
    ["4.00", "4.00", 2],
    ["4", "4", 0],
    ["127,642,039", "127642039", 0],
  ])("%s → %s with %i decimals", (input, value, decimals) => {
    expect(parsed(input)).toEqual({ value, unit: "万元", decimals });
  });

  it("normalises full-width digits, point, comma and minus", () => {
    expect(parsed("１２３．４５")).toEqual({ value: "123.45", unit: "万元", decimals: 2 });
    expect(parsed("－1.00")?.value).toBe("-1.00");
    expect(parsed("−2")?.value).toBe("-2");
    expect(parsed("１，２３４")?.value).toBe("1234");
  });

  it("trims surrounding whitespace, including the ideographic space", () => {
    expect(parsed("  969.06\t")?.value).toBe("969.06");
    expect(parsed("\u3000682.06\u3000")?.value).toBe("682.06");
  });

  it("canonicalises leading zeros and negative zero", () => {
    expect(parsed("007")?.value).toBe("7");
    expect(parsed("00.50")?.value).toBe("0.50");
    expect(parsed("-0.00")).toEqual({ value: "0.00", unit: "万元", decimals: 2 });
    expect(parsed("-0")?.value).toBe("0");
  });

  it("reads △ and an amount in brackets as negatives (Chinese statements, accountants' exports)", () => {
    for (const printed of [
      "-1,234.50",
      "△1,234.50",
      "(1,234.50)",
      "（1,234.50）",
      " (１,２３４.５０) ",
    ])
      expect(parsed(printed)).toEqual({ value: "-1234.50", unit: "万元", decimals: 2 });
    expect(parsed("(0.00)")?.value).toBe("0.00");
    expect(parsed("（3）")?.value).toBe("-3");
  });

  it("accepts and drops a leading plus", () => {
    expect(parsed("+134.22")?.value).toBe("134.22");
    expect(parsed("＋6.13")?.value).toBe("6.13");
  });

  it("takes the unit and defaults to 万元", () => {
    expect(parseAmount("328,661", "元")).toEqual({
      ok: true,
      value: { value: "328661", unit: "元", decimals: 0 },
    });
    expect(parsed("1")?.unit).toBe("万元");
  });

  it("returns frozen amounts", () => {
    expect(Object.isFrozen(parsed("1.00"))).toBe(true);
  });
});

describe("parseAmount: no value", () => {
  it.each([
    "",
    "   ",
    "\u3000",
    "-",
    "—",
    "－",
    "--",
    "——",
    " — ",
    "/",
    "／",
    " / ",
    "–",
    "―",
    "－－",
  ])("%j → null", (input) => {
    expect(parseAmount(input)).toEqual({ ok: true, value: null });
  });

  it("reads a mark of nothing only alone: `/5`, `-/`, `—-—`, `----` are no amount", () => {
    for (const input of ["/5", "-/", "—-—", "----"]) expect(parseAmount(input).ok).toBe(false);
  });

  it("keeps no value distinct from zero", () => {
    expect(parsed("")).toBeNull();
    expect(parsed("0")).not.toBeNull();
    expect(parsed("0.00")).toEqual({ value: "0.00", unit: "万元", decimals: 2 });
  });
});

describe("parseAmount: rejects", () => {
  it.each<[string, AmountErrorCode, number]>([
    ["12.3.4", "multiple-points", 4],
    ["1e5", "exponent-not-allowed", 1],
    ["1.5E-3", "exponent-not-allowed", 3],
    ["NaN", "not-a-number", 0],
    ["Infinity", "not-a-number", 0],
    ["-Infinity", "not-a-number", 0],
    [" nan", "not-a-number", 1],
    ["1,2,3.4.5", "bad-grouping", 1], // the group "2" is found short before the second point
    ["1,2345", "bad-grouping", 1],
    ["1234,567", "bad-grouping", 4],
    [",123", "bad-grouping", 0],
    ["1,,234", "bad-grouping", 2],
    ["1,23", "bad-grouping", 1],
    ["1,23.4", "bad-grouping", 1],
    ["1.234,5", "bad-grouping", 5],
    ["abc", "invalid-character", 0],
    ["12a", "invalid-character", 2],
    ["1 000", "invalid-character", 1],
    ["12-", "misplaced-sign", 2],
    ["+-1", "misplaced-sign", 1],
    ["--1", "misplaced-sign", 1],
    ["(-1.00)", "misplaced-sign", 1],
    ["-(1.00)", "invalid-character", 1],
    ["(1.00", "invalid-character", 0],
    ["1.00)", "invalid-character", 4],
    ["()", "invalid-character", 0],
    ["(.)", "no-digits", 1],
    ["1△", "misplaced-sign", 1],
    [".", "no-digits", 0],
    [".5", "no-digits", 0],
    ["1.", "no-digits", 1],
    ["-.5", "no-digits", 1],
    ["+", "no-digits", 0],
    ["  +", "no-digits", 2],
  ])("%j → %s at %i", (input, code, position) => {
    expect(parseAmount(input)).toMatchObject({ ok: false, error: { code, input, position } });
  });

  it("names the offending character, whole code points included", () => {
    expect(parseAmount("12a")).toEqual({
      ok: false,
      error: { code: "invalid-character", input: "12a", position: 2, char: "a" },
    });
    expect(parseAmount("1😀")).toMatchObject({ ok: false, error: { position: 1, char: "😀" } });
    expect(parseAmount("e5")).toMatchObject({ ok: false, error: { code: "invalid-character" } });
  });

  it("counts positions in the untrimmed input", () => {
    expect(parseAmount("  1.2.3")).toMatchObject({ ok: false, error: { position: 5 } });
  });
});

describe("parseAmount on misuse from plain JavaScript", () => {
  it.each(["千元", "万", "", "yuan", "元 "])("refuses the unit %j with a typed error", (unit) => {
    const r = parseAmount("1", unit as Unit);
    expect(r).toEqual({
      ok: false,
      error: { code: "unknown-unit", input: "1", position: 0, unit },
    });
    if (!r.ok) expect(formatAmountError(r.error, "en")).toContain(`"${unit}"`);
  });

  it("refuses a blank cell in an unknown unit too (no amount is made in it)", () => {
    expect(parseAmount("", "千元" as Unit).ok).toBe(false);
  });

  it.each([
    [6.5, "number"],
    [null, "null"],
    [undefined, "undefined"],
    [{}, "object"],
    [["1"], "array"],
    [1n, "bigint"],
  ])("returns not-text for %o, never a TypeError", (input, type) => {
    const r = parseAmount(input as unknown as string);
    expect(r).toEqual({ ok: false, error: { code: "not-text", input: "", position: 0, type } });
    if (!r.ok) expect(formatAmountError(r.error)).toContain(type);
  });
});

describe("amount", () => {
  it("builds literals", () => {
    expect(amount("24,840,779", "元")).toEqual({ value: "24840779", unit: "元", decimals: 0 });
  });

  it("throws a TypeError on invalid or blank input", () => {
    expect(() => amount("1e5")).toThrow(TypeError);
    expect(() => amount("")).toThrow(TypeError);
    expect(() => amount("—")).toThrow(/blank/);
  });
});

describe("a unit argument outside 元 / 万元 / 亿元", () => {
  it("is a TypeError naming the units where no typed result exists (a programmer error)", () => {
    expect(() => convertAmount(amount("1"), "千元" as Unit)).toThrow(/元, 万元, 亿元/);
  });
});

describe("plainAmount: a plainly printed figure, read without a result object", () => {
  it("reads exactly what parseAmount reads of a plain figure, in every unit", () => {
    for (const unit of ["元", "万元", "亿元"] as const)
      for (const text of ["0", "0.00", "7", "12.5", "969.06", "100000000.1234", "10"]) {
        const r = parseAmount(text, unit);
        expect(r.ok && r.value).toEqual(plainAmount(text, unit));
      }
  });

  it("leaves every other printing to parseAmount", () => {
    const others = [
      "",
      " 1.00",
      "1.00 ",
      "1,234.00",
      "-1.00",
      "（1.00）",
      "01.00",
      "1.",
      ".5",
      "１",
      "—",
      "1e5",
    ];
    for (const text of others) expect(plainAmount(text, "万元")).toBeUndefined();
    expect(plainAmount(5 as unknown as string, "万元")).toBeUndefined();
  });
});
