import type { SanGongItem } from "../../facts";
import { amountStart, FIGURE_NAMES } from "./san-gong-names";
import { amountAt, comparedFrom, firstOfFrom, lastBefore, skipSpaces, startsWord } from "./scan";
import { shareAt } from "./share-at";
import type { FinalNarrative } from "./types";

type SanGongFigure = FinalNarrative["sanGongItems"][number];

/**
 * 七 beyond its first paragraph: each 三公 item (or part of 公务用车) printed with its outcome right
 * after its name, only filler words between (`因公出国（境）费支出决算 0.00 万元，占 0.00%`,
 * `1、因公出国（境）费支出 0.00 万元`, `其中：公务用车购置支出为 0.00 万元`), with its share of the
 * 三公 total where `占` follows. A name followed by anything else (`公务接待费支出决算减少0.15万元`:
 * a change), inside a longer name or phrase (`国内公务接待费`, `比2023年度公务接待费…`), or in a
 * sentence about a budget without 决算 after it is not read. @internal
 */
export function readSanGongFigures(text: string): SanGongFigure[] {
  const next = firstOfFrom(
    text,
    FIGURE_NAMES.map(([w]) => w),
  );
  const out: SanGongFigure[] = [];
  const stopBefore = lastBefore(text, "。");
  const budgetBefore = lastBefore(text, "预算");
  for (let hit = next(0); hit !== undefined; ) {
    const word = hit.word;
    const after = next(hit.at + word.length);
    const end = after?.at ?? text.length;
    const start = amountStart(text, hit.at + word.length, end);
    const amount = start === undefined ? undefined : amountAt(text, start);
    // an outcome: the name starts a word (`国内公务接待费`, `比2023年度公务接待费…` are not the
    // item's), and the sentence speaks of no budget unless 决算 stands between name and amount
    // (`年初预算2.85万元，其中：…公务接待费2.85万元` is a budget)
    const said = text.slice(hit.at + word.length, start ?? hit.at).includes("决算");
    const budget = budgetBefore(hit.at);
    const outcome = startsWord(text, hit.at) && (said || budget < 0 || budget < stopBefore(hit.at));
    // a comparison's base (`与公务接待费支出0.54万元相比`) is last year's, not the outcome
    if (outcome && amount !== undefined && amount.end <= end && !comparedFrom(text, amount.end)) {
      const item = (FIGURE_NAMES.find(([w]) => w === word) as readonly [string, SanGongItem])[1];
      const seg = text.slice(amount.end, end);
      const k = skipSpaces(seg, 0);
      // a share of the 三公 total, not a rate on a budget (`占年初预算的13.68%`)
      const share =
        (seg.startsWith("，占", k) || seg.startsWith(",占", k)) &&
        !seg.slice(k, k + 12).includes("预算")
          ? k + 2
          : -1;
      const percent = share < 0 ? undefined : shareAt(seg, share);
      out.push({
        item,
        outcome: amount.amount,
        ...(percent === undefined ? {} : { percent }),
        text,
      });
    }
    hit = after;
  }
  return out;
}
