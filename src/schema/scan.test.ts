import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanJson } from "./depth";
import { duplicateKeys } from "./duplicates";
import { parseDisclosureJson } from "./parse";

/** The members of every object in a parsed JSON value (the keys `JSON.parse` kept). */
const members = (v: unknown): number =>
  typeof v !== "object" || v === null
    ? 0
    : Object.values(v).reduce<number>(
        (n, x) => n + members(x),
        Array.isArray(v) ? 0 : Object.keys(v).length,
      );

describe("scanJson", () => {
  it("counts one key per member written, none for colons inside strings", () => {
    // 4 members: a, b, c (inside b) and "d:e" (a key with a colon in it), whose value has a colon.
    const text = '{"a": 1, "b": {"c": "x:y"}, "d:e": ["f:g", ":"]}';
    expect(scanJson(text)).toEqual({ tooDeepAt: -1, keys: 4 });
  });

  it("reads escaped quotes and backslash runs at the end of a string", () => {
    // "a\"" ends after \" ; "b\\" ends at the quote after \\ ; "c\\\"d" ends after d.
    const text = String.raw`{"a\"": "\\", "b\\": "x", "c\\\"d": {"e": 1}}`;
    expect(JSON.parse(text)).toBeTypeOf("object");
    expect(scanJson(text)).toEqual({ tooDeepAt: -1, keys: 4 });
  });

  it("finds the bracket that opens level max + 1, not brackets inside strings", () => {
    expect(scanJson('[["[[[["]]', 2)).toEqual({ tooDeepAt: -1, keys: 0 });
    expect(scanJson('[{"a": [1]}]', 2).tooDeepAt).toBe(7);
    expect(scanJson('{"a": {"b": {}}}', 3).tooDeepAt).toBe(-1);
    expect(scanJson('{"a": {"b": {}}}', 2).tooDeepAt).toBe(12);
  });

  it("ignores what follows a string left open, brackets included", () => {
    // The quote before [[[[ opens a string that never closes: nothing after it is structure.
    expect(scanJson('{"a": "[[[[', 2)).toEqual({ tooDeepAt: -1, keys: 1 });
    expect(scanJson('{"a\\n": ["x", "[{:"], "b": "\\u0022[[[', 2)).toEqual({
      tooDeepAt: -1,
      keys: 2,
    });
    // Escaped quotes inside: "\"[[" is one string, the brackets after it open levels 2 and 3.
    expect(scanJson(String.raw`["\"[[", [[1]]]`, 2)).toEqual({ tooDeepAt: 10, keys: 0 });
  });

  it("reads 10⁵ quotes, brackets or strings left open in one pass", () => {
    // An odd number of quotes: pairs of empty strings, then one left open.
    expect(scanJson('"'.repeat(100_001))).toEqual({ tooDeepAt: -1, keys: 0 });
    for (const text of ['["'.repeat(50_000), '{"a":"'.repeat(20_000), '"\\"['.repeat(25_000)]) {
      const start = performance.now();
      scanJson(text);
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });

  it("on any JSON text, counts the keys of the parsed value when no key repeats", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v, null, 1);
        expect(scanJson(text).keys).toBe(members(JSON.parse(text)));
      }),
      { numRuns: 300 },
    );
  });
});

describe("duplicate keys through the key count", () => {
  it("a key written twice in any object is reported exactly as the full scan reports it", () => {
    const doc = (extra: string) =>
      `{"format": "yusuan.disclosure", "version": 1, "meta": {"year": 2024, "documentKind": "单位", "template": "henan2024", "department": {"name": "某单位"${extra}}, "units": []}, "tables": [], "texts": []}`;
    for (const extra of [
      ', "name": "某单位"',
      ', "n\\u0061me": "另一单位"',
      ', "code": "1", "code": "1"',
    ]) {
      const text = doc(extra);
      const r = parseDisclosureJson(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toEqual(duplicateKeys(text));
      expect(r.ok ? [] : r.error.map((i) => i.code)).toEqual(["duplicate-key"]);
    }
    expect(parseDisclosureJson(doc(', "code": "1"')).ok).toBe(true);
  });
});
