import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDisclosureJson } from "./parse";

describe("parseDisclosureJson on arbitrary text", () => {
  it("never throws on 10,000 arbitrary strings; every issue has a code and a path", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json({ maxDepth: 4 }),
      fc.constantFrom(
        '{"format":"yusuan.disclosure","version":1}',
        "{",
        "null",
        "[]",
        '{"__proto__":{}}',
      ),
    );
    fc.assert(
      fc.property(text, (s) => {
        const r = parseDisclosureJson(s);
        if (!r.ok) {
          expect(r.error.length).toBeGreaterThan(0);
          for (const issue of r.error) {
            expect(typeof issue.code).toBe("string");
            expect(Array.isArray(issue.path)).toBe(true);
          }
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
