import type { Locale } from "../locale";
import type { SchemaIssue, SchemaPath } from "./issues";
import type { SchemaNote } from "./notes";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/u;

/**
 * A path as property accesses: `tables[2].rows[3].cells["basic.salary"]`; `""` for the root.
 * @internal
 */
export function formatSchemaPath(path: SchemaPath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

const TYPE_NAMES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  "zh-CN": {
    string: "字符串",
    number: "数",
    int: "整数",
    boolean: "布尔值",
    null: "null",
    array: "数组",
    object: "对象",
    record: "以字符串为值的对象",
  },
  en: {
    string: "a string",
    number: "a number",
    int: "an integer",
    boolean: "a boolean",
    null: "null",
    array: "an array",
    object: "an object",
    record: "an object of strings",
  },
};

function typeName(type: string, locale: Locale): string {
  return TYPE_NAMES[locale][type] ?? type;
}

/** What was found: `数 5`, `字符串 "x"`, `数组` / `number 5`, `string "x"`, `an array`. */
function received(input: unknown, locale: Locale): string {
  const type = input === null ? "null" : Array.isArray(input) ? "array" : typeof input;
  const name = typeName(type, locale);
  if (typeof input === "string") {
    const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
    return `${name} ${JSON.stringify(shown)}`;
  }
  if (typeof input === "number" || typeof input === "boolean") return `${name} ${String(input)}`;
  return name;
}

function list(values: readonly (string | number)[], en: boolean): string {
  return values.map((v) => JSON.stringify(v)).join(en ? ", " : "、");
}

function zh(issue: SchemaIssue): string {
  switch (issue.code) {
    case "invalid-json":
      return `不是有效的 JSON：${issue.detail}`;
    case "too-deep":
      return `嵌套超过 ${issue.maximum} 层（第 ${issue.offset} 个字符处），不是本格式的文档`;
    case "missing":
      return "缺少必填项";
    case "invalid-type":
      return `应为${typeName(issue.expected, "zh-CN")}，实际是${received(issue.input, "zh-CN")}${
        issue.expected === "string" && typeof issue.input === "number"
          ? `；请按印刷写成文字，如 "${String(issue.input)}"（保留印出的小数位）`
          : ""
      }`;
    case "invalid-value":
      return `应为 ${list(issue.expected, false)} 之一，实际是${received(issue.input, "zh-CN")}`;
    case "unknown-key":
      return `文档格式中没有属性“${issue.key}”${
        issue.suggestions.length === 0
          ? ""
          : `（是否指${issue.suggestions.map((k) => `“${k}”`).join("或")}？）`
      }`;
    case "reserved-key":
      return `不能使用保留的键“${issue.key}”`;
    case "duplicate-key":
      return `键“${issue.key}”在同一对象中出现了两次（JSON 只会保留后一个）`;
    case "number-exponent":
      return `数 ${issue.input} 用了指数写法：请写成印出的数字`;
    case "invalid-code-number":
      return `编码写成了数 ${issue.input}：编码只有数字，请按印刷写成文字`;
    case "unreadable":
      return `无法读取（${issue.detail}）`;
    case "too-small":
      return `不能小于 ${issue.minimum}，实际是${received(issue.input, "zh-CN")}`;
    case "too-big":
      return `不能大于 ${issue.maximum}，实际是${received(issue.input, "zh-CN")}`;
    case "invalid":
      return `无效（${issue.reason}）`;
    case "too-many-issues":
      return `问题过多：只列出前 ${issue.maximum} 个，另有 ${issue.omitted} 个问题未列出`;
  }
}

function en(issue: SchemaIssue): string {
  switch (issue.code) {
    case "invalid-json":
      return `not valid JSON: ${issue.detail}`;
    case "too-deep":
      return `nested deeper than ${issue.maximum} levels (at character ${issue.offset}): not a document of this format`;
    case "missing":
      return "required but missing";
    case "invalid-type":
      return `expected ${typeName(issue.expected, "en")}, got ${received(issue.input, "en")}${
        issue.expected === "string" && typeof issue.input === "number"
          ? `; write it as printed text, e.g. "${String(issue.input)}" (with the decimals as printed)`
          : ""
      }`;
    case "invalid-value":
      return `expected one of ${list(issue.expected, true)}, got ${received(issue.input, "en")}`;
    case "unknown-key":
      return `the format has no property "${issue.key}"${
        issue.suggestions.length === 0
          ? ""
          : ` (did you mean ${issue.suggestions.map((k) => `"${k}"`).join(" or ")}?)`
      }`;
    case "reserved-key":
      return `the reserved key "${issue.key}" cannot be used`;
    case "duplicate-key":
      return `the key "${issue.key}" appears twice in one object (JSON keeps only the last)`;
    case "number-exponent":
      return `the number ${issue.input} has an exponent: write the figure as printed`;
    case "invalid-code-number":
      return `a code written as the number ${issue.input}: a code is digits only; write it as printed text`;
    case "unreadable":
      return `could not be read (${issue.detail})`;
    case "too-small":
      return `must not be less than ${issue.minimum}, got ${received(issue.input, "en")}`;
    case "too-big":
      return `must not be greater than ${issue.maximum}, got ${received(issue.input, "en")}`;
    case "invalid":
      return `invalid (${issue.reason})`;
    case "too-many-issues":
      return `too many issues: the first ${issue.maximum} are listed, ${issue.omitted} more issues are left out`;
  }
}

/**
 * Renders a {@link SchemaIssue} as a message that starts with its path, in Chinese by default or
 * in English.
 *
 * @param issue - an issue from `parseDisclosure` or `parseDisclosureJson`
 * @param locale - `"zh-CN"` (default) or `"en"`
 *
 * @example
 * ```ts
 * import { formatSchemaIssue } from "yusuan/json";
 * const issue = { code: "invalid-value", path: ["tables", 0, "unit"], input: "千元", expected: ["元", "万元", "亿元"] } as const;
 * formatSchemaIssue(issue); // 'tables[0].unit：应为 "元"、"万元"、"亿元" 之一，实际是字符串 "千元"'
 * formatSchemaIssue(issue, "en"); // 'tables[0].unit: expected one of "元", "万元", "亿元", got a string "千元"'
 * ```
 */
export function formatSchemaIssue(issue: SchemaIssue, locale: Locale = "zh-CN"): string {
  return withPath(issue.path, locale, locale === "en" ? en(issue) : zh(issue));
}

function withPath(at: SchemaPath, locale: Locale, message: string): string {
  const path = formatSchemaPath(at);
  if (locale === "en") return `${path === "" ? "document" : path}: ${message}`;
  return `${path === "" ? "文档" : path}：${message}`;
}

function noteMessage(note: SchemaNote, locale: Locale): string {
  const isEn = locale === "en";
  switch (note.code) {
    case "number-code":
      return isEn
        ? `a code written as the number ${note.input}, read as the digits written, "${note.input}"`
        : `编码写成了数 ${note.input}，按写出的数字读作 "${note.input}"`;
    case "null-cell":
      return isEn ? "null read as a blank cell" : "null 读作空白单元格";
    case "unknown-key":
      return isEn
        ? `${en(note)}; kept in this note, not read`
        : `${zh(note)}，已保留在提示中，未读入`;
    case "blank-amount": {
      const input = note.input === null ? "null" : JSON.stringify(note.input);
      return isEn
        ? `a blank amount (${input}): the entry states no figure and is left out of the ledger (not read as 0)`
        : `金额为空白（${input}），该明细未填金额，未计入明细账（不按 0 计）`;
    }
  }
}

/**
 * Renders a {@link SchemaNote} (what `readDisclosureJson` or `readLedgerJson` read differently
 * from the format's own writing) as a message that starts with its path, in Chinese by default or
 * in English.
 *
 * @param note - a note from `readDisclosureJson` or `readLedgerJson`
 * @param locale - `"zh-CN"` (default) or `"en"`
 *
 * @example
 * ```ts
 * import { formatSchemaNote } from "yusuan/json";
 * const note = { code: "null-cell", path: ["tables", 0, "rows", 2, "cells", "basic"] } as const;
 * formatSchemaNote(note); // "tables[0].rows[2].cells.basic：null 读作空白单元格"
 * formatSchemaNote(note, "en"); // "tables[0].rows[2].cells.basic: null read as a blank cell"
 * const blank = { code: "blank-amount", path: ["entries", 3, "amount"], input: null,
 *   entry: { unit: "1", fund: "gpb.grant", functional: "2013101", econ: "30201", nature: "basic", amount: "" } } as const;
 * formatSchemaNote(blank); // "entries[3].amount：金额为空白（null），该明细未填金额，未计入明细账（不按 0 计）"
 * ```
 */
export function formatSchemaNote(note: SchemaNote, locale: Locale = "zh-CN"): string {
  return withPath(note.path, locale, noteMessage(note, locale));
}
