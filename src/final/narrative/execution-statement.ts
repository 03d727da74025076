// 五(三)'s statement of the budget's execution: the paragraph that opens it, its figures, and
// what ends its list of 项.
import { budgetChangeIn } from "./budget-change";
import { CHANGE_SUBJECTS } from "./changes";
import { fullWordIn } from "./items";
import { statesProcurement } from "./procurement";
import { rateIn } from "./rates";
import { amountAfterWords, circled, listNumber, startsWord } from "./scan";
import type { FinalNarrative } from "./types";
import { notEarlier } from "./years";

/**
 * Whether a paragraph opens another section's statement (七's 三公, 六's 基本支出, 十一's 机关运行经费
 * or 政府采购): an item of 五(三) does not run on into it, heading or not. @internal
 */
export const opensOther = (p: string): boolean =>
  p.includes("三公") ||
  (p.includes("财政拨款基本支出") && p.includes("人员经费")) ||
  p.includes("机关运行经费") ||
  statesProcurement(p);

/**
 * Whether a paragraph opens a 五(三) item: a list number (`3、`, `3.`), or a bracketed or circled
 * one (`（3）`, `③`) with the item's 项 path; such a sub-point without one (`（1）基本支出…`,
 * `①基本支出…`) belongs to the item before. @internal
 */
export function opensItem(p: string): boolean {
  if (listNumber(p) === undefined) return false;
  const sub = p[0] === "（" || p[0] === "(" || circled(p[0]) > 0;
  return !sub || p.includes("（项）") || p.includes("(项)");
}

/** The words of 五(三)'s 年初预算, a filler between allowed (`年初预算为`, `年初预算数为`, `年初预算10210.34万元`). */
const INITIAL_WORDS = ["年初预算数", "年初预算"];
/** The words of 五(三)'s 全年预算, a filler between allowed (`全年预算为…`, `调整预算10500.00万元`). */
const FULL_WORDS = [
  "全年预算数",
  "全年预算",
  "调整预算数",
  "调整预算",
  "调整后预算数",
  "调整后预算",
];
/**
 * The words of 五(三)'s outcome (`支出决算为`, `支出决算9746.50万元`, `决算数为`), a filler between
 * allowed; longer first where one ends another.
 */
const OUTCOME_WORDS = ["支出决算数", "支出决算", "决算数", "决算"];

/**
 * Whether a paragraph naming 一般公共预算财政拨款支出 opens 五(三): it states the 年初预算 with its
 * amount (`年初预算为…`, `年初预算数为…`, `年初预算10210.34万元`) or names a 全年预算, in 五 or before
 * it (`top`, 0 before any heading): not a budget a later section mentions (十's
 * `涉及一般公共预算财政拨款支出年初预算为4415.48万元`), which would stand for 五(三)'s. @internal
 */
export const opensExecution = (p: string, top: number): boolean =>
  top <= 5 &&
  (p.includes("年初预算为") ||
    fullWordIn(p) !== undefined ||
    amountAfterWords(p, INITIAL_WORDS) !== undefined ||
    amountAfterWords(p, FULL_WORDS) !== undefined);

/**
 * An `accept` for 五(三)'s outcome: this year's (`now`), the whole's and not a part's (`基本支出决算为…`,
 * `项目支出决算…`), and a bare `决算` or `决算数` one opening its clause (`，决算数为9746.50万元`), not the
 * end of another name (`三公经费决算…`).
 */
function ownOutcome(p: string, now: (k: number) => boolean): (k: number) => boolean {
  return (k) => {
    if (!now(k)) return false;
    if (p.startsWith("支出", k))
      return !p.startsWith("基本", k - 2) && !p.startsWith("项目", k - 2);
    return startsWord(p, k);
  };
}

/**
 * 五(三)'s opening statement: the 年初预算, the 全年预算, the outcome (this year's, the whole's),
 * the completion rate and the comparison with the budget, each where printed; this year is the
 * document's `year` (see {@link notEarlier}). @internal
 */
export function readExecution(p: string, year?: number): NonNullable<FinalNarrative["execution"]> {
  const now = notEarlier(p, year);
  const initial = amountAfterWords(p, INITIAL_WORDS, 0, now)?.amount;
  const full = amountAfterWords(p, FULL_WORDS, 0, now)?.amount;
  const outcome = amountAfterWords(p, OUTCOME_WORDS, 0, ownOutcome(p, now))?.amount;
  const rate = rateIn(p);
  const vsBudget = budgetChangeIn(p, CHANGE_SUBJECTS.gpb, year);
  return {
    ...(initial === undefined ? {} : { initial }),
    ...(full === undefined ? {} : { full }),
    ...(outcome === undefined ? {} : { outcome }),
    ...(rate === undefined ? {} : { rate }),
    ...(vsBudget === undefined ? {} : { vsBudget }),
    text: p,
  };
}
