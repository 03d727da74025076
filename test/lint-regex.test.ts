/**
 * The regex screen of `npm run lint` (scripts/regex-safety.ts): the shapes docs/linear-time.md
 * forbids are found, the linear shapes src/ uses pass, and patterns built with `new RegExp` from
 * constants are read like literals.
 */
import { describe, expect, it } from "vitest";
import { checkPattern } from "../scripts/regex-safety";
import { lintSource } from "../scripts/regex-sources";

const rules = (pattern: string, flags = "") => [
  ...new Set(checkPattern(pattern, flags).map((f) => f.rule)),
];

describe("checkPattern", () => {
  it.each([
    ["(x+)+", "", "nested"],
    ["(?:\\s*,)*", "", "nested"],
    ["\\d+\\d*", "", "adjacent"],
    ["\\s*\\n\\s*", "gu", "adjacent"],
    [".*x.*", "", "adjacent"],
    ["[^。%]*?安排\\s*\\d+[^。%]*?%", "gu", "adjacent"],
    ["\\s+$", "g", "move"],
    ["\\s+$", "", "move"],
    ["\\d+\\.\\d+", "", "move"],
    ["(-?\\d[\\d,，]*(?:\\.\\d+)?)\\s*万元", "gu", "move"],
    ["^\\s+x", "m", "move"],
  ])("/%s/%s is %s", (pattern, flags, rule) => {
    expect(rules(pattern, flags)).toContain(rule);
  });

  it.each([
    ["^\\s+$", ""],
    ["\\s+", "gu"],
    ["[0-9０-９]+", "gu"],
    ["^(?:第?[一二三四五六七八九十百零〇]{1,6}[、.]|[0-9]{1,3}[、.](?![0-9]))", "u"],
    ["(?:预算|公开|部门|单位)?[0-9]{1,3}表|附?表[0-9]{1,3}(?:-[0-9]{1,3})?", "gu"],
    ["\\(续表?\\)|续表$", "gu"],
    ["^(org|functional):(.*)$", "su"],
    ["^[0-9０-９][0-9０-９\\s\\-‐‑–－/]*$", "u"],
    ["\\d+,\\d+", "y"],
    ["^\\d+(?:,\\d{3})*$", ""],
  ])("/%s/%s passes", (pattern, flags) => {
    expect(checkPattern(pattern, flags)).toEqual([]);
  });

  it("reports a pattern it cannot read instead of passing it", () => {
    expect(rules("(unclosed")).toEqual(["unreadable"]);
  });
});

describe("lintSource", () => {
  it("finds literals and RegExp of constants, with their lines", () => {
    const source = [
      'const NUM = "(\\\\d[\\\\d,]*)";',
      "const ok = /^a+$/u;",
      "const bad = /\\s+$/g;",
      `const built = new RegExp(\`$\{NUM}\\\\s*万元\`, "gu");`,
      "const dynamic = new RegExp(input);",
    ].join("\n");
    expect(lintSource("x.ts", source).map((f) => [f.line, f.rule])).toEqual([
      [3, "move"],
      [4, "move"],
      [5, "unreadable"],
    ]);
  });
});
