/**
 * What a comparison is against, as its printed words normalised (`比上年`, `较上年度`, `与2023年相比`,
 * `同比`, `比上年预算` in 2024 are all `上年`; `比上年执行数` is `上年执行数`, `比2022年` is `2022年`):
 * two comparisons with one base compare the same figures. The words are data. @internal
 */
import { EARLIER_YEAR_WORDS, LAST_YEAR_WORDS } from "./date-words";

/** The word a comparison opens with (`比上年`, `较上年`, `与上年相比`), dropped. */
const OPENERS = "比较与";
/** `同比`: against the same period of last year (`同比增长`, `同比上年`). */
const SAME_PERIOD = "同比";
/** The words that close a comparison (`与上年相比`), dropped. */
const CLOSERS: readonly string[] = ["相比较", "相比", "相较", "比较", "对比"];
/**
 * Words naming the budget last year passed: a comparison's base when it names none (`比上年` is
 * read against last year's budget), dropped. A budget as adjusted (`调整后预算`) or an execution
 * (`执行数`, `决算`, `实际支出`) is kept: it is another base.
 */
const BUDGET_WORDS: readonly string[] = ["年初预算数", "年初预算", "预算数", "预算", "同期"];

/**
 * Adverbs of each between a comparison and its change word (`比上年各增加…`, `较上年均减少…`):
 * they say the change is of each measure named, not what it is against; dropped.
 */
const EACH_WORDS: readonly string[] = ["分别", "各", "均", "都"];

/**
 * The longest comparison read (`与上年同期年初预算数相比` is 12): longer words hold more than a base
 * (and are read in bounded time).
 */
const LONGEST = 16;

/** The base of a comparison with last year's budget (`比上年`, `同比`, `比2023年预算` in 2024). @internal */
export const LAST_YEAR_BASE = "上年";

/**
 * Whether a comparison's base (as {@link comparisonBase} normalises it) names a year other than
 * last year: a year printed (`2022年`, `2021年度预算`: last year's is `上年` by then) or one of
 * {@link EARLIER_YEAR_WORDS}. The tables state no figure of it. @internal
 */
export function otherYearBase(base: string | undefined): boolean {
  if (base === undefined) return false;
  if (EARLIER_YEAR_WORDS.some((w) => base.startsWith(w))) return true;
  return /^\d{4}年/u.test(base);
}

/** Last year's words, the longest first (`上年度` before `上年`). */
const LAST_YEAR = [...LAST_YEAR_WORDS].sort((a, b) => b.length - a.length);

/** `s` without one of `tails` at its end (the first that ends it). */
function dropEnd(s: string, tails: readonly string[]): string {
  const tail = tails.find((t) => s.endsWith(t));
  return tail === undefined ? s : s.slice(0, -tail.length);
}

/** The length of last year's word that opens `s` (`上年度`, `2023年度` in 2024), else 0. */
function lastYearAt(s: string, year: number | undefined): number {
  const word = LAST_YEAR.find((w) => s.startsWith(w));
  if (word !== undefined) return word.length;
  if (year === undefined) return 0;
  const printed = `${year - 1}年`;
  if (!s.startsWith(printed)) return 0;
  return s.startsWith("度", printed.length) ? printed.length + 1 : printed.length;
}

/**
 * The base of a comparison printed as `text` from `from` to `to` (from its opening word to its
 * change word: `比上年`, `较2023年度预算`, `与上年相比`, `同比`) in a text of `year`: last year's
 * named in any of its words is `上年`; the budget's words and the closing `相比` are dropped. None
 * for words longer than any comparison (they say more than what it is against).
 * @internal
 */
export function comparisonBase(
  text: string,
  from: number,
  to: number,
  year: number | undefined,
): string | undefined {
  if (to - from > LONGEST) return undefined;
  const words = text.slice(from, to);
  const same = words.startsWith(SAME_PERIOD);
  let s = same ? words.slice(SAME_PERIOD.length) : words;
  if (!same && s.length > 0 && OPENERS.includes(s.charAt(0))) s = s.slice(1);
  s = dropEnd(dropEnd(dropEnd(dropEnd(s, EACH_WORDS), CLOSERS), BUDGET_WORDS), BUDGET_WORDS);
  const last = lastYearAt(s, year);
  if (last > 0) return LAST_YEAR_BASE + s.slice(last);
  // `同比增长…`: against last year's same period
  return same ? LAST_YEAR_BASE + s : s;
}
