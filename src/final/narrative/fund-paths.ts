/**
 * 八's opening paragraph naming where the 政府性基金 went, 项 by 项, each with its figure
 * (`政府性基金预算财政拨款支出主要用于城乡社区支出（类）国有土地使用权出让收入安排的支出（款）其他国有土地
 * 使用权出让收入安排的支出（项）50.00万元`): each 项 as an item of 八's list (its 决算 the figure),
 * checked against the fund's table row as the numbered items are. A path without its figure right
 * after its （项） (`…（项）年初预算为…`) is not read.
 */
import { amountAt, firstOfFrom, skipSpaces } from "./scan";
import type { BudgetItem } from "./types";

const USE = "主要用于";
const LEVELS = [
  ["（类）", "(类)"],
  ["（款）", "(款)"],
  ["（项）", "(项)"],
] as const;
/** Where a 类's name starts: after the last of these before its `（类）`. */
const NAME_STARTS = "：:；;，,、。";
/** What may stand between a 项's `（项）` and its figure. */
const BEFORE_FIGURE = ["支出", "为"];

/** The 项 the paragraph says the fund was spent on, each with its figure (none: `[]`). @internal */
export function fundPaths(p: string): BudgetItem[] {
  const use = p.indexOf(USE);
  if (use < 0) return [];
  const next = LEVELS.map((words) => firstOfFrom(p, words));
  const items: BudgetItem[] = [];
  let from = use + USE.length;
  for (;;) {
    const names: string[] = [];
    let start = from;
    let end = from;
    for (const [level, find] of next.entries()) {
      const hit = find(end);
      if (hit === undefined) return items;
      if (level === 0) {
        // the 类's name: after the last clause mark before its （类） (one pass over what is passed)
        for (let k = from; k < hit.at; k++) if (NAME_STARTS.includes(p[k] ?? "")) start = k + 1;
      }
      names.push(p.slice(start, hit.at).trim());
      start = end = hit.at + hit.word.length;
    }
    let at = skipSpaces(p, end);
    const word = BEFORE_FIGURE.find((w) => p.startsWith(w, at));
    if (word !== undefined) at = skipSpaces(p, at + word.length);
    const figure = amountAt(p, at);
    if (figure !== undefined && names.every((n) => n !== ""))
      items.push({
        number: items.length + 1,
        names,
        base: "initial",
        outcome: figure.amount,
        reason: false,
        text: p,
      });
    from = figure?.end ?? end;
  }
}
