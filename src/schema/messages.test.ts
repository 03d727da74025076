import { describe, expect, it } from "vitest";
import type { SchemaIssue } from "./issues";
import { formatSchemaIssue, formatSchemaPath } from "./messages";

describe("formatSchemaPath", () => {
  it.each([
    [[], ""],
    [["meta", "year"], "meta.year"],
    [["tables", 2, "rows", 3, "cells", "basic.salary"], 'tables[2].rows[3].cells["basic.salary"]'],
    [["$schema"], "$schema"],
    [["tables", 0, "texts", "年度目标"], 'tables[0].texts["年度目标"]'],
  ] as const)("%j → %s", (path, expected) => {
    expect(formatSchemaPath(path)).toBe(expected);
  });
});

const cases: readonly [SchemaIssue, string, string][] = [
  [
    { code: "invalid-json", path: [], input: "{", detail: "Unexpected end of JSON input" },
    "文档：不是有效的 JSON：Unexpected end of JSON input",
    "document: not valid JSON: Unexpected end of JSON input",
  ],
  [
    { code: "missing", path: ["meta", "department", "name"] },
    "meta.department.name：缺少必填项",
    "meta.department.name: required but missing",
  ],
  [
    { code: "invalid-type", path: ["meta", "year"], input: "2024", expected: "int" },
    'meta.year：应为整数，实际是字符串 "2024"',
    'meta.year: expected an integer, got a string "2024"',
  ],
  [
    { code: "invalid-type", path: ["tables"], input: { a: 1 }, expected: "array" },
    "tables：应为数组，实际是对象",
    "tables: expected an array, got an object",
  ],
  [
    { code: "invalid-value", path: ["version"], input: 2, expected: [1] },
    "version：应为 1 之一，实际是数 2",
    "version: expected one of 1, got a number 2",
  ],
  [
    {
      code: "invalid-type",
      path: ["tables", 0, "rows", 0, "cells", "total"],
      input: 6.5,
      expected: "string",
    },
    'tables[0].rows[0].cells.total：应为字符串，实际是数 6.5；请按印刷写成文字，如 "6.5"（保留印出的小数位）',
    'tables[0].rows[0].cells.total: expected a string, got a number 6.5; write it as printed text, e.g. "6.5" (with the decimals as printed)',
  ],
  [
    { code: "duplicate-key", path: ["meta", "year"], key: "year" },
    "meta.year：键“year”在同一对象中出现了两次（JSON 只会保留后一个）",
    'meta.year: the key "year" appears twice in one object (JSON keeps only the last)',
  ],
  [
    { code: "unreadable", path: ["meta"], detail: "Error: getter" },
    "meta：无法读取（Error: getter）",
    "meta: could not be read (Error: getter)",
  ],
  [
    { code: "unknown-key", path: ["tabels"], key: "tabels", suggestions: ["tables"] },
    "tabels：文档格式中没有属性“tabels”（是否指“tables”？）",
    'tabels: the format has no property "tabels" (did you mean "tables"?)',
  ],
  [
    { code: "reserved-key", path: ["tables", 0, "texts", "__proto__"], key: "__proto__" },
    "tables[0].texts.__proto__：不能使用保留的键“__proto__”",
    'tables[0].texts.__proto__: the reserved key "__proto__" cannot be used',
  ],
  [
    { code: "too-small", path: ["tables", 0, "rows", 1, "key", "index"], input: -1, minimum: 0 },
    "tables[0].rows[1].key.index：不能小于 0，实际是数 -1",
    "tables[0].rows[1].key.index: must not be less than 0, got a number -1",
  ],
  [
    { code: "too-big", path: ["meta", "year"], input: 1e300, maximum: 9007199254740991 },
    "meta.year：不能大于 9007199254740991，实际是数 1e+300",
    "meta.year: must not be greater than 9007199254740991, got a number 1e+300",
  ],
  [
    { code: "invalid", path: ["meta"], input: null, reason: "custom" },
    "meta：无效（custom）",
    "meta: invalid (custom)",
  ],
];

describe("formatSchemaIssue", () => {
  it.each(cases)("%o", (issue, zh, en) => {
    expect(formatSchemaIssue(issue)).toBe(zh);
    expect(formatSchemaIssue(issue, "en")).toBe(en);
  });

  it("shortens a long string it quotes to 40 characters", () => {
    const input = "一".repeat(50);
    const issue: SchemaIssue = {
      code: "invalid-value",
      path: ["tables", 0, "unit"],
      input,
      expected: ["元"],
    };
    expect(formatSchemaIssue(issue, "en")).toBe(
      `tables[0].unit: expected one of "元", got a string "${"一".repeat(40)}…"`,
    );
  });
});
