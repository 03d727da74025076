/** Quotation marks dropped from names (after NFKC, so full-width ＂＇ are already ASCII). */
const QUOTES = /[“”‘’"'「」『』]/gu;

const OPENING_BRACKETS = /[【〔[]/gu;
const CLOSING_BRACKETS = /[】〕\]]/gu;

/** A leading list ordinal: `一、`, `十二、`, `(一)`, `1、`, `(1)` (after brackets are unified). */
const LEADING_ORDINAL =
  /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|[0-9]+、|\([0-9]+\))/u;

/** Punctuation stripped at either end (after NFKC, so ，：； are already ASCII). */
const EDGE_PUNCTUATION = /^[、,。.:;]+|[、,。.:;]+$/gu;

/**
 * A key for comparing printed names (科目名称, row labels), not for display. It applies Unicode
 * NFKC (full-width letters, digits and brackets `（）` become half-width), then:
 * removes all whitespace (U+3000 and the line breaks of wrapped names included);
 * removes quotation marks `“” ‘’ " ' 「」 『』`;
 * turns `【】 〔〕 []` into `()`;
 * replaces `其它` with `其他`;
 * strips one leading list ordinal (`一、`, `（一）`, `1、`, `（1）`), so 收支总表 labels such as
 * `一、一般公共服务` compare with catalog names;
 * strips `、 , 。 . : ;` at either end.
 * Letter case is kept.
 *
 * @example
 * ```ts
 * import { normalizeName } from "yusuan";
 * normalizeName("因公出国（境）费用"); // "因公出国(境)费用"
 * normalizeName("（四）其它 支出、"); // "其他支出"
 * ```
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/\s+/gu, "")
    .replace(QUOTES, "")
    .replace(OPENING_BRACKETS, "(")
    .replace(CLOSING_BRACKETS, ")")
    .replaceAll("其它", "其他")
    .replace(LEADING_ORDINAL, "")
    .replace(EDGE_PUNCTUATION, "");
}

/**
 * Whether two printed names are the same name up to {@link normalizeName}. Names identify
 * nothing on their own (309 and 310 share 款 names): match codes by code, and use this to check
 * that a printed name agrees with the catalog.
 *
 * @example
 * ```ts
 * import { namesMatch } from "yusuan";
 * namesMatch("其它支出", "其他支出"); // true
 * namesMatch("公务接待费", "公务用车运行维护费"); // false
 * ```
 */
export function namesMatch(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}
