import { describe, expect, it } from "vitest";
import type { AmountError, AmountErrorCode } from "./error";
import { formatAmountError } from "./messages";

/** One sample per code; the mapped type makes a missing code a compile error. */
const samples: { readonly [K in AmountErrorCode]: Extract<AmountError, { code: K }> } = {
  "invalid-character": { code: "invalid-character", input: "12a", position: 2, char: "a" },
  "misplaced-sign": { code: "misplaced-sign", input: "12-", position: 2 },
  "multiple-points": { code: "multiple-points", input: "12.3.4", position: 4 },
  "bad-grouping": { code: "bad-grouping", input: "1,2,3.4.5", position: 1 },
  "no-digits": { code: "no-digits", input: "1.", position: 1 },
  "exponent-not-allowed": { code: "exponent-not-allowed", input: "1e5", position: 1 },
  "not-a-number": { code: "not-a-number", input: "NaN", position: 0 },
  "unknown-unit": { code: "unknown-unit", input: "1.00", position: 0, unit: "千元" },
  "unit-not-taken": { code: "unit-not-taken", input: "1100千元", position: 4, unit: "千元" },
  "not-text": { code: "not-text", input: "", position: 0, type: "number" },
  "division-by-zero": { code: "division-by-zero", input: "0.00", position: 0 },
};

/** Codes about the whole input (or its absence), not one character of it. */
const WHOLE = new Set<AmountErrorCode>(["division-by-zero", "unknown-unit", "not-text"]);

describe("formatAmountError", () => {
  it.each(Object.values(samples))("renders $code in both locales, quoting the input", (error) => {
    const zh = formatAmountError(error);
    const en = formatAmountError(error, "en");
    expect(formatAmountError(error, "zh-CN")).toBe(zh);
    if (error.code !== "not-text") {
      expect(zh).toContain(`“${error.input}”`);
      expect(en).toContain(`"${error.input}"`);
    }
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    // Unit names are data, quoted as printed; the English sentence is otherwise free of Chinese.
    expect(en.replace(/[元万亿千]/gu, "")).not.toMatch(/[\u4e00-\u9fff]/);
    if (!WHOLE.has(error.code)) {
      // positions are 0-based; messages count characters from 1
      expect(zh).toContain(`第 ${error.position + 1} 个字符`);
      expect(en).toContain(`character ${error.position + 1}`);
    }
  });

  it("gives each code its own message", () => {
    const all = Object.values(samples);
    expect(new Set(all.map((e) => formatAmountError(e))).size).toBe(all.length);
    expect(new Set(all.map((e) => formatAmountError(e, "en"))).size).toBe(all.length);
  });

  it("renders the documented sentences", () => {
    expect(formatAmountError(samples["multiple-points"])).toBe(
      "金额“12.3.4”无效：第 5 个字符是第二个小数点",
    );
    expect(formatAmountError(samples["multiple-points"], "en")).toBe(
      'invalid amount "12.3.4": character 5 is a second decimal point',
    );
    expect(formatAmountError(samples["division-by-zero"], "en")).toBe(
      'cannot compute a ratio: the whole "0.00" is zero',
    );
  });

  it("names the unknown unit and the type of a value that is no text", () => {
    expect(formatAmountError(samples["unknown-unit"])).toContain("“千元”");
    expect(formatAmountError(samples["unknown-unit"], "en")).toContain('"千元"');
    expect(formatAmountError(samples["not-text"], "en")).toContain("not a number");
  });

  it("shows the offending character with its code point", () => {
    const error: AmountError = {
      code: "invalid-character",
      input: "1\u00a02",
      position: 1,
      char: "\u00a0",
    };
    expect(formatAmountError(error)).toContain("U+00A0");
    expect(formatAmountError(error, "en")).toBe(
      'invalid amount "1\u00a02": character 2 "\u00a0" (U+00A0) is not allowed in an amount',
    );
  });
});
