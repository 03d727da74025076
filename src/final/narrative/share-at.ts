/**
 * A share printed in a 决算 情况说明 (`占17.23%`, `所占比重为17.23%`, `占百分之17.23`), and a share
 * printed before its amount (`占99.79%，计2940.05万元`). Bounded reads: linear in the text. @internal
 *
 * @module
 */
import type { Amount } from "../../amount";
import { SHARE_FIGURE_WORDS } from "../../narrative/share-figure-words";
import { amountAt, numberAt, percentAt, skipSpaces } from "./scan";

/**
 * The percentage after `占` at `i`: `占17.23%`, `占比17.23%`, `所占比重为17.23%`, `占百分之17.23`,
 * `占…的17.23%` (a short whole named), `占…的比重为17.23%`. @internal
 */
export function shareAt(seg: string, i: number): string | undefined {
  return namedShareAt(seg, i)?.percent;
}

/**
 * {@link shareAt} with the whole it names (`` where it names none) and where it ends.
 */
export function namedShareAt(
  seg: string,
  i: number,
): { percent: string; whole: string; end: number } | undefined {
  let j = i;
  for (const w of SHARE_NOUNS) if (seg.startsWith(w, j)) j += w.length;
  let whole = "";
  const of = seg.indexOf("的", j);
  if (percentOrWordsAt(seg, j) === undefined && of > j && of - j <= 20) {
    whole = seg.slice(j, of).trim();
    j = of + 1;
  }
  for (const w of SHARE_NOUNS) if (seg.startsWith(w, j)) j += w.length;
  const printed = percentOrWordsAt(seg, j);
  return printed === undefined ? undefined : { ...printed, whole };
}

/**
 * The longest share before its amount read (`所占本部门一般公共预算财政拨款支出总额的比重为
 * 71.65%，金额为2106.66万元` is 48 characters, with spaces more).
 */
const SHARE_FIRST_SPAN = 80;

/** The marks between a share and the amount after it (`占99.79%，计2940.05万元`). */
const AFTER_SHARE = "，,";

/**
 * A share printed before its part's amount at `i` (spaces, `所`, `占…%`, one `，`, a word giving
 * the figure, the amount: `占99.79%，计2940.05万元`, `占比99.79%，金额2940.05万元`, `所占比重为
 * 99.79%，金额为2940.05万元`), with the whole the share names and where the amount ends. @internal
 */
export function shareFirstAt(
  text: string,
  i: number,
): { percent: string; whole: string; amount: Amount; end: number } | undefined {
  // (read within a window: bounded time wherever it is tried)
  const seg = text.slice(i, i + SHARE_FIRST_SPAN);
  let j = skipSpaces(seg, 0);
  if (seg.startsWith("所", j)) j++;
  if (!seg.startsWith("占", j)) return undefined;
  const share = namedShareAt(seg, j + 1);
  if (share === undefined) return undefined;
  j = skipSpaces(seg, share.end);
  const mark = seg[j];
  if (mark === undefined || !AFTER_SHARE.includes(mark)) return undefined;
  j = skipSpaces(seg, j + 1);
  const word = SHARE_FIGURE_WORDS.find((w) => seg.startsWith(w, j));
  if (word === undefined) return undefined;
  j = skipSpaces(seg, j + word.length);
  if (seg.startsWith("人民币", j)) j += 3;
  const printed = amountAt(seg, j);
  return printed === undefined
    ? undefined
    : { percent: share.percent, whole: share.whole, amount: printed.amount, end: i + printed.end };
}

/** Words between `占` (or `…的`) and the percentage: `占比`, `所占比重为`, `比例为`. */
const SHARE_NOUNS = ["比重", "比例", "比", "为", "是"];

/** A percentage printed at `j`: `71.65%` or `百分之71.65`, and where it ends. */
function percentOrWordsAt(seg: string, j: number): { percent: string; end: number } | undefined {
  const k = skipSpaces(seg, j);
  if (!seg.startsWith("百分之", k)) return percentAt(seg, k);
  const n = numberAt(seg, k + 3);
  return n === undefined ? undefined : { percent: n.digits, end: n.end };
}
