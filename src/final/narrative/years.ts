import { isAnyDigit, skipSpacesBack } from "./scan";

// Which year a figure in a 决算 情况说明 is of: this year's, or last year's named before it (a
// comparison's base, `上年`, an earlier year). Index scanning only: each helper reads a bounded
// window back from a position.

/** Characters that end a clause. @internal */
export const CLAUSE_MARKS = "，,；;：:。";

/**
 * Last year as a text names it, longer first: a clause holding one is dated to last year
 * (`上年度收入支出总计…`), and a comparison may name it (`比上一年度…`). @internal
 */
export const LAST_YEAR = ["上一年度", "上年度", "上一年", "上年", "去年"];
/** Words that open a comparison's base (`与2023年度收入支出总计3052.34万元相比`). */
const BASE_OPENERS = "与较比";
/** How far back a clause's start is looked for (a year and a few words: bounded, linear). */
const CLAUSE_BACK = 16;

/** `0`–`9`. */
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/**
 * Whether the character at `k` ends a clause: one of {@link CLAUSE_MARKS}, but not the `,`
 * grouping a number's thousands (`54,300.00`: a digit before it, exactly three after). @internal
 */
export function endsClause(text: string, k: number): boolean {
  const c = text[k] ?? "";
  if (!CLAUSE_MARKS.includes(c)) return false;
  if (c !== "," || !isAnyDigit(text[k - 1])) return true;
  return !(
    isAnyDigit(text[k + 1]) &&
    isAnyDigit(text[k + 2]) &&
    isAnyDigit(text[k + 3]) &&
    !isAnyDigit(text[k + 4])
  );
}

/** Where the clause holding `at` starts: after the last clause mark, at most `back` characters back. @internal */
export function clauseStart(text: string, at: number, back: number): number {
  let start = at;
  while (start > 0 && at - start < back && !endsClause(text, start - 1)) start--;
  return start;
}

/** Spaces a printer may set between a year's digits and 年 (`2024 年度`). */
const YEAR_SPACES = " \u00a0\u3000";
/** How many such spaces are skipped (bounded: linear). */
const YEAR_SPACES_MAX = 2;

/**
 * The year printed with the 年 at `k` (`2024年`, `2024 年`: four digits, not five, at most two
 * spaces between) and where its digits start, or `undefined`.
 */
function yearEndingAt(text: string, k: number): { year: number; start: number } | undefined {
  if (text[k] !== "年") return undefined;
  let end = k;
  while (end > 0 && k - end < YEAR_SPACES_MAX && YEAR_SPACES.includes(text[end - 1] ?? "x")) end--;
  if (end < 4 || isDigit(text[end - 5])) return undefined;
  for (let j = end - 4; j < end; j++) if (!isDigit(text[j])) return undefined;
  return { year: Number(text.slice(end - 4, end)), start: end - 4 };
}

/** The latest year a text prints (`2024年`, `2024 年`), or 0. @internal */
export function latestYear(text: string): number {
  let latest = 0;
  for (let k = text.indexOf("年"); k >= 0; k = text.indexOf("年", k + 1))
    latest = Math.max(latest, yearEndingAt(text, k)?.year ?? 0);
  return latest;
}

/**
 * Words naming the document's own year (`本年度收入支出总计…`). Not `当年`: after an earlier year it
 * names that year (`2023年度…，当年…`). @internal
 */
export const THIS_YEAR_WORDS = ["本年度", "本年", "今年"];

/**
 * Next year as a text names it: a clause holding one is dated to next year (`下年度预算安排…`,
 * `结转下一年度使用的…`), as one holding {@link LAST_YEAR} is to last year.
 */
const NEXT_YEAR = ["下一年度", "下年度", "下一年", "下年", "明年"];

/**
 * What, right before a year, makes it a comparison's base (`比2023年度增加…`, `较2023年`,
 * `与2023年度相比`, `同2023年相比`): it dates nothing after it (`…0.39万元，比2023年度减少0.15万元，
 * 其中：因公出国（境）费…` goes on with this year's items).
 */
const BASE_BEFORE = "与较比同";

/** Marks that end a sentence: a year printed before one dates nothing after it. */
const SENTENCE_MARKS = "。！？!?";

/**
 * For each position of a text, the year printed nearest before it in its sentence, or 0: a
 * year (`2025年`, `2024 年度`) that is no comparison's base, or a word naming `year` itself
 * ({@link THIS_YEAR_WORDS}: `本年度`, the word's own position included). One pass.
 */
function sentenceYears(text: string, year: number): Uint16Array {
  const out = new Uint16Array(text.length + 1);
  let current = 0;
  for (let k = 0; k < text.length; k++) {
    if (year > 0 && THIS_YEAR_WORDS.some((w) => text.startsWith(w, k))) current = year;
    out[k] = current;
    const printed = yearEndingAt(text, k);
    if (printed !== undefined) {
      const before = text[skipSpacesBack(text, printed.start) - 1] ?? "x";
      if (!BASE_BEFORE.includes(before)) current = printed.year;
    } else if (SENTENCE_MARKS.includes(text[k] ?? "x")) current = 0;
  }
  out[text.length] = current;
  return out;
}

/**
 * Which figures of a text are of the document's `year` (its `meta.year`; without one, the latest
 * year the text prints, 0 when it prints none): an `accept` for {@link amountAfterWords}, true
 * for the figure named at `k` unless its clause (back to a clause mark, at most `back`
 * characters) says 上年 or 下年, opens a comparison's base (`与…`, `较…`) or prints another year,
 * or the year printed nearest before it in its sentence is another
 * (`2025年度基本支出预算2400.00万元，其中：人员经费…` is next year's,
 * `2023年度收入支出总计3052.34万元，…` last year's; a comparison's year, `比2023年度…`, dates
 * nothing). A figure of `year` is this year's whatever other year the paragraph prints elsewhere
 * (`…2995.39万元，部分资金结转至2025年使用`). One pass over the text, then each question reads
 * its clause only (linear). @internal
 */
export function ofThisYear(
  text: string,
  year: number | undefined,
  back = CLAUSE_BACK,
): (k: number) => boolean {
  const own = year ?? latestYear(text);
  const dated = sentenceYears(text, own);
  return (k) => {
    const clause = text.slice(clauseStart(text, k, back), k);
    if (LAST_YEAR.some((w) => clause.includes(w)) || NEXT_YEAR.some((w) => clause.includes(w)))
      return false;
    if (BASE_OPENERS.includes(clause[0] ?? "x")) return false;
    const inClause = latestYear(clause);
    if (inClause > 0 && inClause !== own) return false;
    const nearest = dated[k] ?? 0;
    return nearest === 0 || nearest === own;
  };
}

/** How far back a long clause's year is looked for (`2023年度一般公共预算财政拨款支出年初预算为…`). @internal */
export const LONG_CLAUSE_BACK = 40;

/**
 * An `accept` for {@link amountAfterWords}: the figure named at `k` is the document's `year`'s
 * ({@link ofThisYear}, its clause read back to a clause mark and at most 40 characters:
 * `与2023年度机关运行经费支出182.10万元相比，2024年度…`). @internal
 */
export function notEarlier(text: string, year?: number): (k: number) => boolean {
  return ofThisYear(text, year, LONG_CLAUSE_BACK);
}
