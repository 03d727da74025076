import { isAnyDigit, skipSpaces, skipSpacesBack } from "./scan";

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
 * Words opening a cause or basis clause (`因2023年机构改革`, `根据2023年度审计整改要求`,
 * `按照2023年制定的办法`): a year after one, in its clause, dates nothing.
 */
const CAUSE_WORDS = ["由于", "因为", "根据", "按照", "依据", "依照", "鉴于", "参照", "因"];
/**
 * Words that, right before a year, date an event rather than a figure (`于2023年成立`,
 * `自2023年起`) when no figure follows in the year's clause: the year dates nothing.
 */
const EVENT_BEFORE = "于自从";
/** What may follow a year in a date (`2024年12月31日`, `2023年度`, `2023年底`). */
const DATE_TAIL = "度末底初月日号止起0123456789０１２３４５６７８９ \u00a0\u3000";
/**
 * Characters that may come before a year opening its clause as its time (`截至2024年12月31日，`,
 * `；2024年度收入总计…`, `本年末，`): such a year dates the rest of its sentence.
 */
const TIME_CHARS = `截止至到在于本今年${DATE_TAIL}`;

/** Whether the clause mark at `k` separates clauses (not a thousands `,`, not a sentence's end). */
const isClauseMark = (text: string, k: number) =>
  endsClause(text, k) && !SENTENCE_MARKS.includes(text[k] ?? "x");

/**
 * Whether the year printed from `start` to its 年 at `k` is in a cause or basis clause (a
 * {@link CAUSE_WORDS} word before it in its clause, at most {@link CLAUSE_BACK} characters back),
 * or dates an event (`于2023年成立`, `自2023年起`: {@link EVENT_BEFORE} right before it and no
 * figure after it in its clause). Bounded reads: linear.
 */
function datesNothing(text: string, start: number, k: number): boolean {
  const from = clauseStart(text, start, CLAUSE_BACK);
  const before = text.slice(from, start);
  if (CAUSE_WORDS.some((w) => before.includes(w))) return true;
  if (!EVENT_BEFORE.includes(text[skipSpacesBack(text, start) - 1] ?? "x")) return false;
  let j = k + 1;
  while (j < text.length && DATE_TAIL.includes(text[j] ?? "x")) j++;
  for (let n = 0; j < text.length && n < CLAUSE_BACK && !endsClause(text, j); j++, n++)
    if (isAnyDigit(text[j])) return false;
  return true;
}

/** Which year dates each position of a text, and which printed years date nothing. */
interface Dating {
  /** For each position, the year that dates it, or 0. */
  readonly years: Uint16Array;
  /** The positions of the 年 of years in a cause or basis clause: they date nothing. */
  readonly idle: ReadonlySet<number>;
}

/**
 * For each position of a text, the year that dates it, or 0, in one pass: a year (`2025年`,
 * `2024 年度`) or a word naming `year` itself ({@link THIS_YEAR_WORDS}: `本年度`, the word's own
 * position included) dates the rest of its clause; it dates the rest of its sentence when it is
 * in the sentence's first clause (`2025年度基本支出预算2400.00万元，其中：…`) or opens its clause
 * as its time (`2024年度，…`, `截至2024年12月31日，…`, `；2024年度收入总计…`); a list after `其中`
 * keeps the year of the clause before it. A comparison's base (`比2023年度…`) and a year in a cause or basis clause
 * (`因2023年机构改革，…`, `本局于2023年成立，…`) date nothing.
 */
function sentenceYears(text: string, year: number): Dating {
  const out = new Uint16Array(text.length + 1);
  const idle = new Set<number>();
  let sentence = 0;
  let clause = 0;
  let first = true;
  let timeOnly = true;
  let list = false;
  const date = (y: number) => {
    clause = y;
    if (first || timeOnly) sentence = y;
  };
  for (let k = 0; k < text.length; k++) {
    const c = text[k] ?? "";
    if (year > 0 && THIS_YEAR_WORDS.some((w) => text.startsWith(w, k))) date(year);
    out[k] = clause || sentence;
    if (!TIME_CHARS.includes(c) && !isClauseMark(text, k)) timeOnly = false;
    const printed = yearEndingAt(text, k);
    if (printed !== undefined) {
      const before = text[skipSpacesBack(text, printed.start) - 1] ?? "x";
      if (datesNothing(text, printed.start, k)) idle.add(k);
      else if (!BASE_BEFORE.includes(before)) date(printed.year);
    } else if (SENTENCE_MARKS.includes(c)) {
      sentence = clause = 0;
      first = timeOnly = true;
      list = false;
    } else if (isClauseMark(text, k)) {
      list ||= text.startsWith("其中", skipSpaces(text, k + 1));
      if (!list) clause = 0;
      first = false;
      timeOnly = true;
    }
  }
  out[text.length] = clause || sentence;
  return { years: out, idle };
}

/** The latest year printed from `from` to `to` whose 年 is not in `idle`, or 0. */
function latestIn(text: string, from: number, to: number, idle: ReadonlySet<number>): number {
  let latest = 0;
  for (let k = text.indexOf("年", from); k >= 0 && k < to; k = text.indexOf("年", k + 1))
    if (!idle.has(k)) latest = Math.max(latest, yearEndingAt(text, k)?.year ?? 0);
  return latest;
}

/**
 * The latest year printed in `text` before `to` that dates a figure, or 0: a year in a cause or
 * basis clause (`因2023年机构改革`, `本局于2023年成立`) is left out. `year` is the document's. @internal
 */
export function latestDatingYear(text: string, to: number, year: number): number {
  return latestIn(text, 0, to, datingOf(text, year).idle);
}

/** The last text dated, and its dating: the figures of one paragraph are asked about in turn. */
let lastDated: { text: string; year: number; dating: Dating } | undefined;

/** {@link sentenceYears}, computed once for consecutive questions on the same paragraph. */
function datingOf(text: string, year: number): Dating {
  if (lastDated?.text !== text || lastDated.year !== year)
    lastDated = { text, year, dating: sentenceYears(text, year) };
  return lastDated.dating;
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
  // Read on the first question only: a paragraph is often asked none (`vehiclesIn` where no
  // 共有车辆 is printed).
  let dated: { own: number; dating: Dating } | undefined;
  return (k) => {
    if (dated === undefined) {
      const own = year ?? latestYear(text);
      dated = { own, dating: datingOf(text, own) };
    }
    const { own } = dated;
    const { years, idle } = dated.dating;
    const from = clauseStart(text, k, back);
    const clause = text.slice(from, k);
    if (LAST_YEAR.some((w) => clause.includes(w)) || NEXT_YEAR.some((w) => clause.includes(w)))
      return false;
    if (BASE_OPENERS.includes(clause[0] ?? "x")) return false;
    const inClause = latestIn(text, from, k, idle);
    if (inClause > 0 && inClause !== own) return false;
    const nearest = years[k] ?? 0;
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

/**
 * Whether a paragraph speaks of a year before the document's `year` only: its first clause names
 * such a year (`2023年度收入支出总计3052.34万元。` in a 2024 决算) and it names none from `year` on,
 * nor this year by a word (`2023年度本单位尚未成立，本年度收入支出总计…`). Its figures are that
 * year's, never read as this year's. @internal
 */
export function earlierYearOnly(p: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  const latest = latestYear(p);
  if (latest === 0 || latest >= year) return false;
  if (THIS_YEAR_WORDS.some((w) => p.includes(w))) return false;
  let end = 0;
  while (end < p.length && !endsClause(p, end)) end++;
  // a cause's year (`因2023年机构改革，…`) does not date the paragraph
  const first = latestDatingYear(p, end, year);
  return first > 0 && first < year;
}
