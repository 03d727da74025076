import type { Amount } from "../../amount";
import { changeAt } from "./changes";
import { firstOf, skipSpaces } from "./scan";
import type { BudgetChange } from "./types";
import { CLAUSE_MARKS, clauseStart } from "./years";

/**
 * The words that compare an outcome with its budget (`比年初预算减少463.84万元`), longest first
 * where one starts another, with the budget each names.
 */
const AGAINST: readonly (readonly [string, BudgetChange["base"]])[] = [
  ["比年初预算数", "initial"],
  ["比年初预算", "initial"],
  ["较年初预算数", "initial"],
  ["较年初预算", "initial"],
  ["比全年预算数", "full"],
  ["比全年预算", "full"],
  ["较全年预算数", "full"],
  ["较全年预算", "full"],
  ["比调整预算数", "full"],
  ["比调整预算", "full"],
  ["比预算数", "budget"],
  ["比预算", "budget"],
  ["较预算数", "budget"],
  ["较预算", "budget"],
];

/**
 * What the clause before the comparison may say: nothing (`…支出决算为9746.50万元，比年初预算…`) or
 * the outcome's own name (`决算数比预算数减少…`); any other (`项目支出比年初预算减少…`) is a part's.
 */
const OWN_SUBJECTS = ["", "决算数", "决算", "支出决算", "支出决算数", "实际支出", "执行数"];
/** How far back the clause before a comparison is read (a short name: bounded, linear). */
const SUBJECT_BACK = 12;
/** What opens a part's clause in the outcome's paragraph: a comparison after it is the part's. */
const PART_MARKS: readonly string[] = ["其中", "；", ";"];

/**
 * The outcome's comparison with its budget in a statement of 五(三) or 七 (`比年初预算减少463.84
 * 万元，下降4.54%`, `决算数比预算数减少2.46万元，下降86.32%`): the budget it names, the signed
 * difference (outcome − budget) and the rate. Only the outcome's own: the clause before it names
 * nothing else, and it stands before any reason (`主要原因：项目支出比年初预算减少…` is a part's) and
 * any part (`其中：基本支出决算为…，比年初预算增加…`, or after a `；`).
 * `undefined` where none is printed so. @internal
 */
export function budgetChangeIn(text: string): BudgetChange | undefined {
  const hit = firstOf(
    text,
    AGAINST.map(([w]) => w),
  );
  if (hit === undefined) return undefined;
  const reason = text.indexOf("原因");
  if (reason >= 0 && reason < hit.at) return undefined;
  // After a `其中` or a `；`, a comparison is a part's (`其中：基本支出决算为…，比年初预算增加…`).
  if (
    PART_MARKS.some((m) => {
      const at = text.indexOf(m);
      return at >= 0 && at < hit.at;
    })
  )
    return undefined;
  const start = clauseStart(text, hit.at, SUBJECT_BACK);
  if (start > 0 && !CLAUSE_MARKS.includes(text[start - 1] ?? "")) return undefined;
  const subject = text.slice(start, hit.at).replace(/\s/gu, "");
  if (!OWN_SUBJECTS.includes(subject)) return undefined;
  // the longest word printed there
  const word = AGAINST.find(([w]) => text.startsWith(w, hit.at)) as (typeof AGAINST)[number];
  let k = skipSpaces(text, hit.at + word[0].length);
  if (text[k] === "，" || text[k] === ",") k = skipSpaces(text, k + 1);
  const zero = { value: "0", unit: "万元", decimals: 0 } as Amount;
  const c = changeAt(text, k, "gpb", zero);
  if (c === undefined) return undefined;
  return {
    base: word[1],
    delta: c.delta,
    ...(c.percent === undefined ? {} : { percent: c.percent }),
  };
}
