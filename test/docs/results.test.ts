import ts from "typescript";
import { describe, expect, it } from "vitest";
import { instrument, isLiteral, leadingLiteral } from "./results";

describe("isLiteral", () => {
  it.each([
    '"1,212.12"',
    "'x'",
    "-0.5",
    "true",
    "null",
    "undefined",
    '["201", "2013101"]',
    '{ ok: true, value: { code: "x", "a-b": [1, 2] } }',
  ])("accepts %s", (text) => {
    expect(isLiteral(text)).toBe(true);
  });

  it.each([
    "x",
    "f(1)",
    "[x]",
    "{ a: b }",
    "{ ...o }",
    "1 + 1",
    '"open',
    "{ a: 1 } }",
    "new Map()",
  ])("rejects %s", (text) => {
    expect(isLiteral(text)).toBe(false);
  });
});

describe("leadingLiteral", () => {
  it.each([
    ['"1,212.13"', '"1,212.13"'],
    [" 1 ", "1"],
    ['"6.50"（三公经费）', '"6.50"'],
    ["true：跨单位比较", "true"],
    ['false (code "exponent-not-allowed")', "false"],
    ["{ ok: true, value: null }：空白或横线", "{ ok: true, value: null }"],
    ['["一般公共服务支出", "行政运行"]', '["一般公共服务支出", "行政运行"]'],
  ])("reads the literal of %s", (comment, literal) => {
    expect(leadingLiteral(comment)).toBe(literal);
  });

  it.each([
    "默认单位 万元",
    "e.g. the built-in catalogs",
    'low "-1.30" (excluded)',
    'a = { value: "1" }',
    "中文说明，含原文和字符位置",
    "",
  ])("finds no literal in %s", (comment) => {
    expect(leadingLiteral(comment)).toBeUndefined();
  });
});

/** Runs instrumented code (plain JavaScript) and returns what `__expect` saw. */
function evaluate(code: string): [number, unknown][] {
  const seen: [number, unknown][] = [];
  const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022 } });
  new Function("__expect", js.outputText)((i: number, v: unknown) => seen.push([i, v]));
  return seen;
}

describe("instrument", () => {
  it("wraps a claimed expression statement", () => {
    const { code, claims } = instrument("[1, 2].map((x) => x * 2); // [2, 4]");
    expect(claims).toEqual([{ line: 1, text: "[1, 2].map((x) => x * 2);", literal: "[2, 4]" }]);
    expect(evaluate(code)).toEqual([[0, [2, 4]]]);
  });

  it("checks a claimed constant after its declaration", () => {
    const { code, claims } = instrument('const s = "a" + "b"; // "ab"');
    expect(claims.map((c) => c.literal)).toEqual(['"ab"']);
    expect(evaluate(code)).toEqual([[0, "ab"]]);
  });

  it("reads a literal on the comment lines right after the statement", () => {
    const { code, claims } = instrument('[3, 1]\n  .sort();\n// [1, 3]\n"next";');
    expect(claims).toEqual([{ line: 1, text: "[3, 1]\n  .sort();", literal: "[1, 3]" }]);
    expect(evaluate(code)).toEqual([[0, [1, 3]]]);
  });

  it("finds claims inside blocks, and leaves prose alone", () => {
    const source = [
      "const n = 2; // 两个",
      "if (n > 1) {",
      "  n * 3; // 6",
      "}",
      "// the next line is prose too",
      "n - 1;",
    ].join("\n");
    const { code, claims } = instrument(source);
    expect(claims.map((c) => [c.line, c.literal])).toEqual([[3, "6"]]);
    expect(evaluate(code)).toEqual([[0, 6]]);
  });

  it("numbers claims in source order", () => {
    const { claims } = instrument("1; // 1\n2; // 2\n3; // 3");
    expect(claims.map((c) => c.literal)).toEqual(["1", "2", "3"]);
  });
});
