import { type Amount, convertAmount, parseAmount, type Unit } from "../../amount";
import { parseChineseOrdinal } from "../../codes";

// Index scanning only (no regular expressions): every helper reads forward from a position and
// stops within a bounded window, so reading a text is linear in its length.

const isSpace = (c: string | undefined) => c === " " || c === "\u3000" || c === "\t";

/** The position after spaces from `i`. @internal */
export function skipSpaces(text: string, i: number): number {
  let j = i;
  while (isSpace(text[j])) j++;
  return j;
}

/** Where the spaces right before `i` start (`i` where there are none). @internal */
export function skipSpacesBack(text: string, i: number): number {
  let j = i;
  while (j > 0 && isSpace(text[j - 1])) j--;
  return j;
}

/** The ASCII digit of `0`–`9` or of a full-width `０`–`９` (a full-width font's text layer). */
function digitOf(c: string | undefined): string | undefined {
  if (c === undefined) return undefined;
  if (c >= "0" && c <= "9") return c;
  if (c >= "０" && c <= "９") return String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30);
  return undefined;
}
/** Whether a character is a digit, ASCII or full-width. @internal */
export const isAnyDigit = (c: string | undefined): boolean => digitOf(c) !== undefined;
const isPoint = (c: string | undefined) => c === "." || c === "．";

/** Whether a thousands separator `,` at `j` opens a group: exactly three digits, then no digit. */
const opensGroup = (text: string, j: number): boolean =>
  text[j] === "," &&
  isAnyDigit(text[j + 1]) &&
  isAnyDigit(text[j + 2]) &&
  isAnyDigit(text[j + 3]) &&
  !isAnyDigit(text[j + 4]);

/**
 * A decimal number printed at `i` (after spaces): its digits (ASCII, with `.` for the point) and
 * where it ends. Digits may be full-width (`１２．５０`), and the whole part grouped by thousands
 * with `,` as tables print it (`2,940.05`, `1,234,567`): the digits are given without the
 * separators. A `,` not followed by a group of exactly three digits ends the number (`3,4` is 3;
 * the full-width `，` is the text's own comma, never a separator). @internal
 */
export function numberAt(text: string, i: number): { digits: string; end: number } | undefined {
  const start = skipSpaces(text, i);
  let j = start;
  let digits = "";
  // the whole part: a first group of at most three digits may be followed by groups of three
  let run = 0;
  let grouped = false;
  for (;;) {
    const d = digitOf(text[j]);
    if (d !== undefined) {
      digits += d;
      j++;
      run++;
    } else if (run > 0 && run <= 3 && (!grouped || run === 3) && opensGroup(text, j)) {
      grouped = true;
      run = 0;
      j++;
    } else break;
  }
  for (;;) {
    const d = digitOf(text[j]);
    if (d !== undefined) digits += d;
    else if (isPoint(text[j]) && isAnyDigit(text[j + 1])) digits += ".";
    else break;
    j++;
  }
  if (j === start) return undefined;
  return { digits, end: j };
}

/** The unit a number is printed in, from the character after it: 万 / 万元, 亿 / 亿元, 元. */
const UNIT_OF: Readonly<Record<string, Unit>> = { 万: "万元", 亿: "亿元", 元: "元" };

/**
 * An amount printed at `i`: a number then `万元` (or a bare `万`; spaces may stand between the two
 * characters), `亿元` (`亿`) or `元`, in 万元
 * (the tables' unit: a figure in 元 is 万元 with four more decimals, so its precision is kept and
 * `2,995,390元` agrees with `2995.39` exactly); a figure in 亿元 stays in 亿元, its precision with it
 * (`0.30亿元` is 2,950 to 3,050 万元: in 万元 it would read as exactly 3,000). @internal
 */
export function amountAt(text: string, i: number): { amount: Amount; end: number } | undefined {
  const n = numberAt(text, i);
  if (n === undefined) return undefined;
  const j = skipSpaces(text, n.end);
  const unit = UNIT_OF[text[j] ?? ""];
  if (unit === undefined) return undefined;
  const parsed = parseAmount(n.digits, unit);
  if (!parsed.ok || parsed.value === null) return undefined;
  // `万元` however the text layer spaces it (`184.65 万 元`: a justified line's letter spacing)
  const yuan = skipSpaces(text, j + 1);
  const end = unit !== "元" && text[yuan] === "元" ? yuan + 1 : j + 1;
  const amount = unit === "亿元" ? parsed.value : convertAmount(parsed.value, "万元");
  return { amount, end };
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
 * `from` that is followed by one (`机关运行经费支出情况机关运行经费支出184.65万元`); a place `accept`
 * refuses is passed over. @internal
 */
export function amountAfter(
  text: string,
  word: string,
  from = 0,
  accept: (at: number) => boolean = () => true,
): Amount | undefined {
  let k = text.indexOf(word, from);
  while (k >= 0) {
    const hit = accept(k) ? amountAt(text, k + word.length) : undefined;
    if (hit !== undefined) return hit.amount;
    k = text.indexOf(word, k + word.length);
  }
  return undefined;
}

/** What may stand between a total's name and its amount (`收入、支出总计均为2995.39万元`). */
const FILLERS = ["分别为", "均为", "各为", "为", "均", "各"];

/**
 * The amount after the first of `words` that is followed by one, a filler between allowed
 * (`均为`, `为`), with where that word starts; a place `accept` refuses is passed over. Each word's
 * places are read once (linear). @internal
 */
export function amountAfterWords(
  text: string,
  words: readonly string[],
  from = 0,
  accept: (at: number) => boolean = () => true,
): { amount: Amount; at: number } | undefined {
  let best: { amount: Amount; at: number } | undefined;
  for (const word of words) {
    for (let k = text.indexOf(word, from); k >= 0; k = text.indexOf(word, k + word.length)) {
      if (best !== undefined && k >= best.at) break;
      if (!accept(k)) continue;
      const j = skipSpaces(text, k + word.length);
      const filler = FILLERS.find((f) => text.startsWith(f, j)) ?? "";
      const hit = amountAt(text, j + filler.length);
      if (hit !== undefined) {
        best = { amount: hit.amount, at: k };
        break;
      }
    }
  }
  return best;
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

/**
 * {@link firstOf} for calls whose `from` never decreases: each word's next place is searched
 * again only once passed, so all the calls together read the text once per word (a loop of
 * `firstOf` calls rereads the text to its end for a word it lacks). @internal
 */
export function firstOfFrom(
  text: string,
  words: readonly string[],
): (from: number) => { word: string; at: number } | undefined {
  const next: number[] = words.map(() => -2);
  return (from) => {
    let best = -1;
    for (let k = 0; k < words.length; k++) {
      let at = next[k] as number;
      if (at === -2 || (at >= 0 && at < from)) {
        at = text.indexOf(words[k] as string, from);
        next[k] = at;
      }
      if (at >= 0 && (best < 0 || at < (next[best] as number))) best = k;
    }
    return best < 0 ? undefined : { word: words[best] as string, at: next[best] as number };
  };
}

/** The marks after a list number (`3、`, `3.`, `3．`). */
const LIST_MARKS = "、.．";

/** A circled number `①`–`⑳`: its value, else 0. @internal */
export function circled(c: string | undefined): number {
  const code = c === undefined ? 0 : c.charCodeAt(0);
  return code >= 0x2460 && code <= 0x2473 ? code - 0x245f : 0;
}

/** A paragraph opening with a list number (`3、`, `12、`, `3.`, `（3）`, `③`): the number. @internal */
export function listNumber(paragraph: string): number | undefined {
  if (circled(paragraph[0]) > 0) return circled(paragraph[0]);
  const open = paragraph[0] === "（" || paragraph[0] === "(";
  if (open) {
    const n = numberAt(paragraph, 1);
    const close = n === undefined ? undefined : paragraph[n.end];
    return n === undefined || n.digits.includes(".") || (close !== "）" && close !== ")")
      ? undefined
      : Number(n.digits);
  }
  const n = numberAt(paragraph, 0);
  if (n === undefined || n.digits.includes(".") || !LIST_MARKS.includes(paragraph[n.end] ?? "x"))
    return undefined;
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

/**
 * The last place of `word` before a position, for positions that never decrease: each place is
 * found once (linear over all the calls). @internal
 */
export function lastBefore(text: string, word: string): (at: number) => number {
  let last = -1;
  let next = text.indexOf(word);
  return (at) => {
    while (next >= 0 && next < at) {
      last = next;
      next = text.indexOf(word, next + word.length);
    }
    return last;
  };
}

/**
 * What may stand before a name that starts a statement (`；其他收入…`, `3、公务接待费…`,
 * `1.因公出国（境）费…`, `（1）公务接待费…`, `基本支出和项目支出`).
 */
const WORD_OPENERS = "，,；;：:、。和及与（()） \u3000\t\n.．";

/**
 * Whether a name at `at` starts a word of its own, not the end of a longer name or a phrase
 * (`信息化建设项目支出`, `国内公务接待费`, `比2023年度公务接待费`): at the start, after a clause
 * mark or a connective, or after `其中`. @internal
 */
export function startsWord(text: string, at: number): boolean {
  return (
    at === 0 ||
    circled(text[at - 1]) > 0 ||
    WORD_OPENERS.includes(text[at - 1] ?? "") ||
    (at >= 2 && text.startsWith("其中", at - 2))
  );
}

/** The words a whole's name may follow right after the year (`2024年度收入合计`). */
const YEAR_WORDS = ["年度", "年", "本年"];

/**
 * Whether a name at `at` is one of its own: it starts a word or follows the year (`2024年度收入
 * 合计`), so `基本支出合计` holds no 支出合计 and a line a page broke (`财政拨` / `款收入支出总计`)
 * no 收入支出总计. @internal
 */
export function namedAt(text: string, at: number): boolean {
  const j = skipSpacesBack(text, at);
  return startsWord(text, at) || YEAR_WORDS.some((w) => text.startsWith(w, j - w.length));
}

/**
 * The position after any run of `words` from `from` (spaces between allowed), at most `max` of
 * them: `支出决算为` after an item's name. @internal
 */
export function skipWords(
  text: string,
  from: number,
  words: readonly string[],
  max: number,
): number {
  let j = skipSpaces(text, from);
  for (let n = 0; n < max; n++) {
    const w = words.find((b) => text.startsWith(b, j));
    if (w === undefined) break;
    j = skipSpaces(text, j + w.length);
  }
  return j;
}

/**
 * Where the number ending just before `at` (a unit) starts, spaces allowed between: digits of
 * either width, points, and thousands separators between digits (`numberAt` reads it again).
 * @internal
 */
export function lastNumberStart(text: string, at: number): number | undefined {
  let j = at - 1;
  while (text[j] === " " || text[j] === "\u3000") j--;
  const end = j;
  while (
    j >= 0 &&
    (isAnyDigit(text[j]) ||
      text[j] === "." ||
      text[j] === "．" ||
      (text[j] === "," && isAnyDigit(text[j - 1])))
  )
    j--;
  return j === end ? undefined : j + 1;
}

/** Whether a figure ending at `end` is a comparison's base (`0.54万元相比`): not this year's. @internal */
export const comparedFrom = (text: string, end: number): boolean => {
  const j = skipSpaces(text, end);
  return text.startsWith("相比", j) || text.startsWith("比较", j);
};
