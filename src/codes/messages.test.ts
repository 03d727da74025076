import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Result } from "../result";
import { type Code, type CodeError, parseCode } from "./code";
import { formatCodeError } from "./messages";
import type { CodeSystem } from "./types";

function errorOf(system: CodeSystem, input: string): CodeError {
  const r: Result<Code, CodeError> = parseCode(system, input);
  if (r.ok) throw new Error(`expected an error for ${input}`);
  return r.error;
}

/** One case per error code; the expected messages are written by hand. */
const CASES: readonly (readonly [CodeError["code"], CodeError, string, string])[] = [
  [
    "empty",
    errorOf("functional", " "),
    "支出功能分类科目编码为空（输入“ ”）",
    'functional code is empty (input " ")',
  ],
  [
    "invalid-character",
    errorOf("functional", "2O13101"),
    "支出功能分类科目编码“2O13101”的第 2 个字符“O”不是数字或分隔符",
    'functional code "2O13101": character 2 "O" is not a digit or a separator',
  ],
  [
    "bad-segment",
    errorOf("departmental", "301 2"),
    "部门预算支出经济分类科目编码“301 2”第 5 个字符起的编码段“2”有 1 位，应为 2 位",
    'departmental economic code "301 2": the group "2" at character 5 has 1 digit, expected 2',
  ],
  [
    "bad-length",
    errorOf("functional", "2013"),
    "支出功能分类科目编码“2013”从第 1 个字符起有 4 位数字，应为 3、5 或 7 位",
    'functional code "2013": 4 digits from character 1, expected 3, 5 or 7',
  ],
  [
    "wrong-system",
    errorOf("government", "30101"),
    "政府预算支出经济分类科目编码应以 5 开头，“30101”的第 1 个字符是“3”",
    'government economic codes start with 5, but "30101" has "3" at character 1',
  ],
  [
    "level-not-allowed",
    errorOf("departmental", "302 17 01"),
    "部门预算支出经济分类没有“项”级科目：“302 17 01”从第 8 个字符起是“项”级编码段",
    'the departmental economic classification has no item (项) level: "302 17 01" has one from character 8',
  ],
  [
    "not-text",
    errorOf("functional", 2013101 as unknown as string),
    '支出功能分类科目编码须是印出的文字（如 "2013101"），这里是 number',
    'a functional code must be printed text (such as "2013101"), not a number',
  ],
];

describe("formatCodeError", () => {
  it("covers every error code", () => {
    expect(new Set(CASES.map(([c]) => c))).toEqual(
      new Set([
        "empty",
        "invalid-character",
        "bad-segment",
        "bad-length",
        "wrong-system",
        "level-not-allowed",
        "not-text",
      ]),
    );
  });

  it.each(CASES)("%s: Chinese by default, English on request", (codeName, error, zh, en) => {
    expect(error.code).toBe(codeName);
    expect(formatCodeError(error)).toBe(zh);
    expect(formatCodeError(error, "zh-CN")).toBe(zh);
    expect(formatCodeError(error, "en")).toBe(en);
  });

  it("renders any parse error in both locales, quoting the input", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom<CodeSystem>("functional", "government"),
        (s, system) => {
          const r = parseCode(system, s);
          if (r.ok) return;
          expect(formatCodeError(r.error)).toContain(s);
          expect(formatCodeError(r.error, "en")).toContain(s);
        },
      ),
    );
  });

  it("gives the widths of an economic system", () => {
    const error = errorOf("government", "5010");
    expect(formatCodeError(error)).toContain("应为 3 或 5 位");
    expect(formatCodeError(error, "en")).toContain("expected 3 or 5");
  });
});
