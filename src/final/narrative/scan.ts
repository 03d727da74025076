import { type Amount, parseAmount } from "../../amount";
import { parseChineseOrdinal } from "../../codes";

// Index scanning only (no regular expressions): every helper reads forward from a position and
// stops within a bounded window, so reading a text is linear in its length.

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isSpace = (c: string | undefined) => c === " " || c === "\u3000" || c === "\t";

/** The position after spaces from `i`. @internal */
export function skipSpaces(text: string, i: number): number {
  let j = i;
  while (isSpace(text[j])) j++;
  return j;
}

/** A decimal number printed at `i` (after spaces): its digits and where it ends. @internal */
export function numberAt(text: string, i: number): { digits: string; end: number } | undefined {
  const start = skipSpaces(text, i);
  let j = start;
  while (isDigit(text[j]) || (text[j] === "." && isDigit(text[j + 1]))) j++;
  if (j === start) return undefined;
  return { digits: text.slice(start, j), end: j };
}

/** An amount in 万元 printed at `i`: a number then `万元` (or a bare `万`). @internal */
export function amountAt(text: string, i: number): { amount: Amount; end: number } | undefined {
  const n = numberAt(text, i);
  if (n === undefined) return undefined;
  const j = skipSpaces(text, n.end);
  if (text[j] !== "万") return undefined;
  const parsed = parseAmount(n.digits, "万元");
  if (!parsed.ok || parsed.value === null) return undefined;
  return { amount: parsed.value, end: text[j + 1] === "元" ? j + 2 : j + 1 };
}

/** A percentage printed at `i`: its digits (without `%`). @internal */
export function percentAt(text: string, i: number): { percent: string; end: number } | undefined {
  const n = numberAt(text, i);
  if (n === undefined) return undefined;
  const j = skipSpaces(text, n.end);
  if (text[j] !== "%" && text[j] !== "％") return undefined;
  return { percent: n.digits, end: j + 1 };
}

/**
 * The amount printed right after `word` (spaces allowed), at its first occurrence at or after
 * `from` that is followed by one (`机关运行经费支出情况机关运行经费支出184.65万元`). @internal
 */
export function amountAfter(text: string, word: string, from = 0): Amount | undefined {
  let k = text.indexOf(word, from);
  while (k >= 0) {
    const hit = amountAt(text, k + word.length);
    if (hit !== undefined) return hit.amount;
    k = text.indexOf(word, k + word.length);
  }
  return undefined;
}

/** The percentage printed right after the first `word` at or after `from`. @internal */
export function percentAfter(text: string, word: string, from = 0): string | undefined {
  const k = text.indexOf(word, from);
  return k < 0 ? undefined : percentAt(text, k + word.length)?.percent;
}

/** The first of `words` found in `text`, with its position. @internal */
export function firstOf(
  text: string,
  words: readonly string[],
  from = 0,
): { word: string; at: number } | undefined {
  let best: { word: string; at: number } | undefined;
  for (const word of words) {
    const at = text.indexOf(word, from);
    if (at >= 0 && (best === undefined || at < best.at)) best = { word, at };
  }
  return best;
}

/** A paragraph opening with a list number (`3、`, `12、`): the number. @internal */
export function listNumber(paragraph: string): number | undefined {
  const n = numberAt(paragraph, 0);
  if (n === undefined || n.digits.includes(".") || paragraph[n.end] !== "、") return undefined;
  return Number(n.digits);
}

const ORDINAL = "一二三四五六七八九十";
const HEADING_MARKS = "、．.";

/**
 * The number of a section heading opening the paragraph: `六、…`, `六．…`, `十一.…` (6, 6, 11);
 * `（三）…` in either bracket width is a section without a top-level number (0). Read with the
 * shared ordinal parser, so every mark it accepts after an ordinal is accepted here. @internal
 */
export function sectionNumber(paragraph: string): number | undefined {
  const p = paragraph.trimStart();
  if (p[0] === "（" || p[0] === "(") return ORDINAL.includes(p[1] ?? "x") ? 0 : undefined;
  let j = 0;
  while (j < 4 && ORDINAL.includes(p[j] ?? "x")) j++;
  if (j === 0 || !HEADING_MARKS.includes(p[j] ?? "x")) return undefined;
  return parseChineseOrdinal(p.slice(0, j + 1));
}

/** A paragraph opening a section: `六、…` or `（三）…` (full- or half-width brackets). @internal */
export function isSection(paragraph: string): boolean {
  return sectionNumber(paragraph) !== undefined;
}
