import { isAnyDigit } from "./scan";

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

/** The latest year a text prints (`2024年`, `2024 年`), or 0. @internal */
export function latestYear(text: string): number {
  let latest = 0;
  for (let k = text.indexOf("年"); k >= 0; k = text.indexOf("年", k + 1)) {
    let end = k;
    while (end > 0 && k - end < YEAR_SPACES_MAX && YEAR_SPACES.includes(text[end - 1] ?? "x"))
      end--;
    if (end < 4 || isDigit(text[end - 5])) continue;
    let ok = true;
    for (let j = end - 4; j < end; j++) ok &&= isDigit(text[j]);
    if (ok) latest = Math.max(latest, Number(text.slice(end - 4, end)));
  }
  return latest;
}

/**
 * Words naming the document's own year (`本年度收入支出总计…`). Not `当年`: after an earlier year it
 * names that year (`2023年度…，当年…`). @internal
 */
export const THIS_YEAR_WORDS = ["本年度", "本年", "今年"];

/**
 * Whether the clause before `at` dates the figure named there to an earlier year: it says 上年,
 * opens a comparison's base (`与…`, `较…`), or prints a year before `latest`
 * (`2023年度收入支出总计3052.34万元，2024年度收入支出总计…`: the first is last year's). @internal
 */
export function earlierAt(text: string, at: number, latest: number, back = CLAUSE_BACK): boolean {
  const clause = text.slice(clauseStart(text, at, back), at);
  if (LAST_YEAR.some((w) => clause.includes(w))) return true;
  if (BASE_OPENERS.includes(clause[0] ?? "x")) return true;
  const year = latestYear(clause);
  return year > 0 && year < latest;
}

/** How far back a long clause's year is looked for (`2023年度一般公共预算财政拨款支出年初预算为…`). @internal */
export const LONG_CLAUSE_BACK = 40;

/**
 * An `accept` for {@link amountAfterWords}: the figure named at `k` is not an earlier year's (its
 * clause, back to a clause mark and at most 40 characters, says 上年, opens a comparison's base or
 * prints an earlier year: `与2023年度机关运行经费支出182.10万元相比，2024年度…`). @internal
 */
export function notEarlier(text: string): (k: number) => boolean {
  const latest = latestYear(text);
  return (k) => !earlierAt(text, k, latest, LONG_CLAUSE_BACK);
}
