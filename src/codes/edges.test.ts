/**
 * Edges of the code functions: the digit ranges, inputs that are not strings, the bracket pair of
 * an ordinal, names with punctuation at either end, the order across systems, and messages that
 * never throw.
 */
import { describe, expect, it } from "vitest";
import { code, codeLevelOf, parseCode } from "./code";
import { compareCodes } from "./hierarchy";
import { formatCodeError } from "./messages";
import { normalizeName } from "./names";
import { formatChineseOrdinal, functionalClassOrdinal, parseChineseOrdinal } from "./ordinal";

describe("parseCode edges", () => {
  it("reads full-width digits up to ９ and refuses the characters around both digit ranges", () => {
    const r = parseCode("departmental", "３０２１９");
    expect(r.ok && r.value.value).toBe("30219");
    for (const c of ["／", "：", "/", ":"]) {
      const bad = parseCode("departmental", `30${c}2`);
      expect(bad.ok ? "ok" : bad.error).toMatchObject({
        code: "invalid-character",
        char: c,
        position: 2,
      });
    }
  });

  it.each([
    [null, "null"],
    [["3", "0", "2"], "object"],
    [302, "number"],
  ])("refuses %j as not-text (%s), without reading it", (input, type) => {
    const r = parseCode("departmental", input as unknown as string);
    expect(r).toEqual({
      ok: false,
      error: { code: "not-text", type, input: "", position: 0, system: "departmental" },
    });
  });

  it("codeLevelOf counts digits only", () => {
    expect(codeLevelOf("a01")).toBeUndefined();
    expect(codeLevelOf("2010x")).toBeUndefined();
    expect(codeLevelOf("x201")).toBeUndefined();
    expect(codeLevelOf("201")).toBe("类");
  });
});

describe("Chinese ordinals", () => {
  it.each(["（十一", "(三）", "（三)", "十一）", "（）", "("])("reads %j as no ordinal", (s) => {
    expect(parseChineseOrdinal(s)).toBeUndefined();
  });

  it("reads a matching pair of brackets, full- or half-width", () => {
    expect(parseChineseOrdinal("（十一）")).toBe(11);
    expect(parseChineseOrdinal("(十一)")).toBe(11);
  });

  it("refuses to write 0 or 100, saying what it needs", () => {
    expect(() => formatChineseOrdinal(100)).toThrow(
      "a Chinese ordinal must be an integer from 1 to 99, got 100",
    );
    expect(() => formatChineseOrdinal(0)).toThrow(/got 0$/);
  });

  it("functionalClassOrdinal names the system it was given", () => {
    expect(() => functionalClassOrdinal(code("departmental", "302"))).toThrow(
      "functionalClassOrdinal needs a functional code, got departmental",
    );
  });
});

describe("normalizeName at the edges", () => {
  it.each([
    ["、收入。", "收入"],
    [":;支出!?", "支出"],
    ["支出、、", "支出"],
    ["。。", ""],
    ["a.b", "a.b"],
  ])("%j → %j", (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });

  it("removes an enclosed number after leading whitespace", () => {
    expect(normalizeName(" ①财政拨款")).toBe("财政拨款");
    expect(normalizeName("\u3000⑵其他收入")).toBe("其他收入");
  });
});

describe("compareCodes across systems", () => {
  it("orders functional before departmental before government, whatever the digits", () => {
    const f = code("functional", "229");
    const d = code("departmental", "301");
    const g = code("government", "501");
    expect(compareCodes(d, f)).toBeGreaterThan(0);
    expect(compareCodes(f, d)).toBeLessThan(0);
    expect(compareCodes(g, d)).toBeGreaterThan(0);
    expect([g, d, f].sort(compareCodes).map((c) => c.system)).toEqual([
      "functional",
      "departmental",
      "government",
    ]);
  });
});

describe("formatCodeError", () => {
  it("says 1 digit, not 1 digits", () => {
    const r = parseCode("departmental", "301 2");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(formatCodeError(r.error, "en")).toContain('the group "2" at character 5 has 1 digit,');
    }
    const two = parseCode("departmental", "301 123");
    if (!two.ok) expect(formatCodeError(two.error, "en")).toContain("has 3 digits, expected 2");
  });

  it("never throws on an error whose position is past its input", () => {
    const message = formatCodeError(
      { code: "wrong-system", expectedPrefix: "3", input: "", position: 4, system: "departmental" },
      "en",
    );
    expect(message).toBe('departmental economic codes start with 3, but "" has "" at character 5');
  });
});
