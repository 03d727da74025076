/**
 * Edges of the amount functions: every exponent letter, the full-width digit range, the unit
 * and type of a refused input, and the programmer errors that name the function called.
 */
import { describe, expect, it } from "vitest";
import { addAmounts, zeroAmount } from "./arithmetic";
import type { AmountError, AmountErrorCode } from "./error";
import { formatAmount } from "./format";
import { formatAmountError } from "./messages";
import { amount, parseAmount } from "./parse";
import { percentage, ratio } from "./ratio";
import { roundAmount } from "./round";
import type { Unit } from "./types";

const code = (input: string) => {
  const r = parseAmount(input);
  return r.ok ? "ok" : r.error.code;
};

describe("parseAmount edges", () => {
  it.each(["1e5", "1E5", "1ｅ5", "1Ｅ5"])("refuses the exponent in %s", (input) => {
    expect(parseAmount(input)).toEqual({
      ok: false,
      error: { code: "exponent-not-allowed", input, position: 1 },
    });
  });

  it("reads the full-width digits ０ to ９ and no character next to them", () => {
    expect(parseAmount("０１２３４５６７８９")).toEqual({
      ok: true,
      value: { value: "123456789", unit: "万元", decimals: 0 },
    });
    // U+FF0F and U+FF1A sit just outside ０–９; ASCII ':' just after 9, '/' just before 0.
    for (const c of ["／", "：", ":", "/", "a", "中"]) {
      expect(parseAmount(`1${c}`)).toEqual({
        ok: false,
        error: { code: "invalid-character", input: `1${c}`, position: 1, char: c },
      });
    }
  });

  it("reads grouped integers without a point", () => {
    expect(parseAmount("1,234", "元")).toEqual({
      ok: true,
      value: { value: "1234", unit: "元", decimals: 0 },
    });
    expect(code("1,23")).toBe("bad-grouping");
    expect(code("1,2345")).toBe("bad-grouping");
  });

  it("reports a group of four digits before a later bad character (the first problem)", () => {
    expect(parseAmount("1,2345a")).toEqual({
      ok: false,
      error: { code: "bad-grouping", input: "1,2345a", position: 1 },
    });
  });

  it("names the type of a unit that is no text", () => {
    const r = parseAmount("1", 5 as unknown as Unit);
    expect(r).toEqual({
      ok: false,
      error: { code: "unknown-unit", input: "1", position: 0, unit: "number" },
    });
  });

  it("reports a revoked Proxy as an object, without throwing", () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const r = parseAmount(proxy as unknown as string);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: "not-text", type: "object" });
  });

  it("amount() throws the English message of the error", () => {
    expect(() => amount("1e5")).toThrow(/scientific notation/);
    expect(() => amount("12a")).toThrow(/invalid amount "12a"/);
  });
});

describe("a wrong precision names the function called", () => {
  const a = amount("1.00");
  it.each([
    ["zeroAmount", () => zeroAmount("万元", -1)],
    ["roundAmount", () => roundAmount(a, 1.5)],
    ["formatAmount", () => formatAmount(a, { decimals: -2 })],
    ["ratio", () => ratio(a, a, { decimals: Number.NaN })],
    ["percentage", () => percentage(a, a, { decimals: -1 })],
  ])("%s", (name, call) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(new RegExp(`^${name}: decimals must be a non-negative integer, got `));
  });

  it("keeps a valid precision working", () => {
    expect(addAmounts(zeroAmount("万元", 2), a).value).toBe("1.00");
  });
});

describe("formatAmountError", () => {
  const CODES: readonly AmountErrorCode[] = [
    "invalid-character",
    "misplaced-sign",
    "multiple-points",
    "bad-grouping",
    "no-digits",
    "exponent-not-allowed",
    "not-a-number",
  ];
  const error = (code: AmountErrorCode): AmountError =>
    code === "invalid-character"
      ? { code, input: "1x", position: 1, char: "x" }
      : ({ code, input: "1x", position: 1 } as AmountError);

  it("says something different for each code on the same input and position", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const messages = CODES.map((c) => formatAmountError(error(c), locale));
      expect(new Set(messages).size).toBe(CODES.length);
    }
  });

  it("speaks Chinese by default", () => {
    const e = error("multiple-points");
    expect(formatAmountError(e)).toBe(formatAmountError(e, "zh-CN"));
    expect(formatAmountError(e)).toContain("小数点");
  });
});
