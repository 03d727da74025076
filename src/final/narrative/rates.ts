import { firstOf, percentAt, skipSpaces } from "./scan";
import type { CompletionRate } from "./types";

const RATE_WORDS: readonly (readonly [string, CompletionRate["base"]])[] = [
  ["完成年初预算的", "initial"],
  ["完成全年预算数的", "full"],
  ["完成全年预算的", "full"],
  ["完成调整预算数的", "full"],
  ["完成调整预算的", "full"],
  ["完成调整后预算的", "full"],
  ["完成预算数的", "budget"],
  ["完成预算的", "budget"],
];

/** The first completion rate printed at or after `from`. @internal */
export function rateIn(text: string, from = 0): CompletionRate | undefined {
  const hit = firstOf(
    text,
    RATE_WORDS.map(([w]) => w),
    from,
  );
  if (hit === undefined) return undefined;
  const printed = percentAt(text, hit.at + hit.word.length);
  const base = RATE_WORDS.find(([w]) => w === hit.word)?.[1];
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
