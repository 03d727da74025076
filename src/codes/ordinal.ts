import type { Code } from "./code";

const DIGITS = "一二三四五六七八九";

const ORDINAL = /^(?:([二三四五六七八九])?十([一二三四五六七八九])?|([一二三四五六七八九]))$/u;

const OPENING = ["（", "("];
const CLOSING = ["）", ")"];
const TRAILING = ["、", ".", "．"];

function digitValue(ch: string | undefined): number {
  return ch === undefined ? 0 : DIGITS.indexOf(ch) + 1;
}

/**
 * Reads a Chinese ordinal from 1 to 99 as printed before a row label: `一`, `十`, `二十九`,
 * `三十四`. Surrounding whitespace, one trailing `、` (or `.` / `．`) and one pair of brackets
 * (full- or half-width) are stripped, so `（十）` and `二十一、` read as 10 and 21. Non-canonical
 * forms (`一十`, `二二`, `十十`) and anything else give `undefined`. Never throws.
 *
 * @example
 * ```ts
 * import { parseChineseOrdinal } from "yusuan";
 * parseChineseOrdinal("三十四"); // 34
 * parseChineseOrdinal("（十）"); // 10
 * parseChineseOrdinal("二十一、"); // 21
 * parseChineseOrdinal("一般"); // undefined
 * ```
 */
export function parseChineseOrdinal(s: string): number | undefined {
  let t = s.trim();
  const last = t.slice(-1);
  if (TRAILING.includes(last)) t = t.slice(0, -1);
  const open = OPENING.indexOf(t.slice(0, 1));
  if (open >= 0) {
    if (CLOSING.indexOf(t.slice(-1)) !== open || t.length < 2) return undefined;
    t = t.slice(1, -1);
  }
  const m = ORDINAL.exec(t);
  if (m === null) return undefined;
  const [, tens, unitsAfterTen, single] = m;
  if (single !== undefined) return digitValue(single);
  return (tens === undefined ? 1 : digitValue(tens)) * 10 + digitValue(unitsAfterTen);
}

/**
 * Writes a number from 1 to 99 as a Chinese ordinal (`一`, `十`, `二十一`), the inverse of
 * {@link parseChineseOrdinal}; add `、` or brackets yourself.
 *
 * @throws RangeError when `n` is not an integer from 1 to 99
 *
 * @example
 * ```ts
 * import { formatChineseOrdinal } from "yusuan";
 * formatChineseOrdinal(29); // "二十九"
 * formatChineseOrdinal(10); // "十"
 * ```
 */
export function formatChineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) {
    throw new RangeError(`a Chinese ordinal must be an integer from 1 to 99, got ${n}`);
  }
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const unitText = units === 0 ? "" : (DIGITS[units - 1] ?? "");
  if (tens === 0) return unitText;
  return `${tens === 1 ? "" : (DIGITS[tens - 1] ?? "")}十${unitText}`;
}

/**
 * The Chinese ordinal that 收支总表 prints before a functional 类 row: the 类 code − 200
 * (`201` 一般公共服务 → 1, `229` 其他支出 → 29). For a 款 or 项, the ordinal of its 类.
 *
 * @throws TypeError when `c` is not a functional code
 *
 * @example
 * ```ts
 * import { code, functionalClassOrdinal } from "yusuan";
 * functionalClassOrdinal(code("functional", "208")); // 8
 * functionalClassOrdinal(code("functional", "2080505")); // 8
 * ```
 */
export function functionalClassOrdinal(c: Code): number {
  if (c.system !== "functional") {
    throw new TypeError(`functionalClassOrdinal needs a functional code, got ${c.system}`);
  }
  return Number.parseInt(c.value.slice(0, 3), 10) - 200;
}
