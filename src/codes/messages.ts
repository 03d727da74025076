import type { Locale } from "../locale";
import type { CodeError } from "./code";
import type { CodeLevel, CodeSystem } from "./types";

const SYSTEM_NAMES: Readonly<Record<Locale, Readonly<Record<CodeSystem, string>>>> = {
  "zh-CN": {
    functional: "支出功能分类",
    departmental: "部门预算支出经济分类",
    government: "政府预算支出经济分类",
  },
  en: {
    functional: "functional",
    departmental: "departmental economic",
    government: "government economic",
  },
};

const LEVEL_NAMES_EN: Readonly<Record<CodeLevel, string>> = {
  类: "class (类)",
  款: "section (款)",
  项: "item (项)",
};

function widths(system: CodeSystem, locale: Locale): string {
  if (system === "functional") return locale === "en" ? "3, 5 or 7" : "3、5 或 7";
  return locale === "en" ? "3 or 5" : "3 或 5";
}

/** The character of `input` starting at UTF-16 index `position` (a whole code point). */
function charAt(input: string, position: number): string {
  const cp = input.codePointAt(position);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

/**
 * Renders a {@link CodeError} as a message, in Chinese by default or in English. The message
 * quotes the input and counts characters from 1 ("第 2 个字符" / "character 2"), that is
 * `position + 1`.
 *
 * @param error - the error returned by {@link parseCode}
 * @param locale - `"zh-CN"` (default) or `"en"`
 *
 * @example
 * ```ts
 * import { formatCodeError, parseFunctionalCode } from "yusuan";
 * const r = parseFunctionalCode("2O13101");
 * if (!r.ok) {
 *   formatCodeError(r.error);
 *   // "支出功能分类科目编码“2O13101”的第 2 个字符“O”不是数字或分隔符"
 *   formatCodeError(r.error, "en");
 *   // "functional code \"2O13101\": character 2 \"O\" is not a digit or a separator"
 * }
 * ```
 */
export function formatCodeError(error: CodeError, locale: Locale = "zh-CN"): string {
  const s = SYSTEM_NAMES[locale][error.system];
  const input = error.input;
  const n = error.position + 1;
  const en = locale === "en";
  switch (error.code) {
    case "empty":
      return en ? `${s} code is empty (input "${input}")` : `${s}科目编码为空（输入“${input}”）`;
    case "invalid-character":
      return en
        ? `${s} code "${input}": character ${n} "${error.char}" is not a digit or a separator`
        : `${s}科目编码“${input}”的第 ${n} 个字符“${error.char}”不是数字或分隔符`;
    case "bad-segment": {
      const length = [...error.segment].length;
      return en
        ? `${s} code "${input}": the group "${error.segment}" at character ${n} has ${length} digit${length === 1 ? "" : "s"}, expected ${error.expectedLength}`
        : `${s}科目编码“${input}”第 ${n} 个字符起的编码段“${error.segment}”有 ${length} 位，应为 ${error.expectedLength} 位`;
    }
    case "bad-length":
      return en
        ? `${s} code "${input}": ${error.length} digits from character ${n}, expected ${widths(error.system, locale)}`
        : `${s}科目编码“${input}”从第 ${n} 个字符起有 ${error.length} 位数字，应为 ${widths(error.system, locale)} 位`;
    case "wrong-system": {
      const actual = charAt(input, error.position);
      return en
        ? `${s} codes start with ${error.expectedPrefix}, but "${input}" has "${actual}" at character ${n}`
        : `${s}科目编码应以 ${error.expectedPrefix} 开头，“${input}”的第 ${n} 个字符是“${actual}”`;
    }
    case "level-not-allowed":
      return en
        ? `the ${s} classification has no ${LEVEL_NAMES_EN[error.level]} level: "${input}" has one from character ${n}`
        : `${s}没有“${error.level}”级科目：“${input}”从第 ${n} 个字符起是“${error.level}”级编码段`;
    case "not-text":
      return en
        ? `a ${s} code must be printed text (such as "2013101"), not a ${error.type}`
        : `${s}科目编码须是印出的文字（如 "2013101"），这里是 ${error.type}`;
  }
}
