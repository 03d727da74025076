import { firstOfFrom, lastBefore, percentAt, skipSpaces } from "./scan";
import type { CompletionRate } from "./types";

/**
 * The words a completion rate follows, and the budget they name. Where one ends another
 * (`年初预算完成率`, `预算完成率`) the first printed wins, and the longer starts earlier.
 */
const RATE_WORDS: readonly (readonly [string, CompletionRate["base"]])[] = [
  ["完成年初预算的", "initial"],
  ["完成年初预算数的", "initial"],
  // the outcome said as a part of the budget (`决算数占年初预算数的95.46%`, `为全年预算的…`)
  ["为年初预算的", "initial"],
  ["为年初预算数的", "initial"],
  ["占年初预算的", "initial"],
  ["占年初预算数的", "initial"],
  ["为全年预算的", "full"],
  ["为全年预算数的", "full"],
  ["占全年预算的", "full"],
  ["占全年预算数的", "full"],
  ["为调整预算的", "full"],
  ["为调整预算数的", "full"],
  ["占调整预算的", "full"],
  ["占调整预算数的", "full"],
  ["为预算的", "budget"],
  ["为预算数的", "budget"],
  ["占预算的", "budget"],
  ["占预算数的", "budget"],
  ["年初预算完成率", "initial"],
  ["年初预算执行率", "initial"],
  ["全年预算完成率", "full"],
  ["全年预算执行率", "full"],
  ["调整预算完成率", "full"],
  ["调整预算执行率", "full"],
  ["预算完成率", "budget"],
  ["预算执行率", "budget"],
  ["完成全年预算数的", "full"],
  ["完成全年预算的", "full"],
  ["完成调整预算数的", "full"],
  ["完成调整预算的", "full"],
  ["完成调整后预算的", "full"],
  ["完成预算数的", "budget"],
  ["完成预算的", "budget"],
  // without 的 (`完成预算98.20%`), after the forms with it (the same place: the first listed wins)
  ["完成年初预算", "initial"],
  ["完成全年预算", "full"],
  ["完成调整预算", "full"],
  ["完成预算", "budget"],
];

/** What may stand between a rate's words and its percentage (`预算完成率为`, `执行率达到`). */
const FILLERS = ["达到", "为", "达", "是"];

/** Where a clause starts: a rate named `…率` must open its clause (not `项目预算执行率…`). */
const CLAUSE_OPENERS = "，,；;。：:";

/**
 * Whether a word says the outcome is a part of the budget (`占年初预算数的`, `为预算的`): a rate
 * only where its percentage follows (`占预算的比重较小` says no rate).
 */
const isPartWord = (word: string) => word.startsWith("占") || word.startsWith("为");

/**
 * The first completion rate printed at or after `from`. A rate named `…率` counts only where it
 * opens a clause outside a reason, and one said as a part of the budget (`占年初预算数的`) only
 * with its percentage; the words' places are searched once (linear). @internal
 */
export function rateIn(text: string, from = 0): CompletionRate | undefined {
  const next = firstOfFrom(
    text,
    RATE_WORDS.map(([w]) => w),
  );
  const stopBefore = lastBefore(text, "。");
  const reasonBefore = lastBefore(text, "原因");
  // a rate named by its `…率` opens a clause outside a reason (`，预算完成率为98.20%`), not
  // inside a longer name or after 原因 in its sentence (`主要原因是部分项目预算执行率为60%`)
  const own = (at: number, word: string) =>
    isPartWord(word)
      ? percentAt(text, skipSpaces(text, at + word.length)) !== undefined
      : !word.endsWith("率") ||
        ((at === 0 || CLAUSE_OPENERS.includes(text[at - 1] ?? "")) &&
          reasonBefore(at) <= stopBefore(at));
  let hit = next(from);
  while (hit !== undefined && !own(hit.at, hit.word)) hit = next(hit.at + hit.word.length);
  if (hit === undefined) return undefined;
  const word = hit.word;
  const j = skipSpaces(text, hit.at + word.length);
  const filler = FILLERS.find((f) => text.startsWith(f, j)) ?? "";
  const printed = percentAt(text, j + filler.length);
  const base = RATE_WORDS.find(([w]) => w === word)?.[1];
  if (printed === undefined || base === undefined || saysNoBudget(text, printed.end))
    return undefined;
  return { percent: printed.percent, base };
}

/** What a note in brackets after a rate says when there was no budget to complete. */
const NO_BUDGET = ["未安排预算", "未安排年初预算", "无预算", "未编列预算", "未列预算", "预算为0"];

/**
 * Whether a rate is followed by a note that there was no budget (`完成预算的0%（未安排预算）`): the
 * text says itself the rate means nothing, so it is no claim to check.
 */
function saysNoBudget(text: string, at: number): boolean {
  const j = skipSpaces(text, at);
  if (text[j] !== "（" && text[j] !== "(") return false;
  const note = text.slice(j + 1, j + 12);
  return NO_BUDGET.some((w) => note.includes(w));
}
