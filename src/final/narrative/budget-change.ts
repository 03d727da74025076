import type { Amount } from "../../amount";
import { changeAt, clauseName } from "./changes";
import { amountAt, skipSpaces } from "./scan";
import type { BudgetChange } from "./types";
import { clauseStart, endsClause, latestYear } from "./years";

/**
 * The budgets an outcome is set against, by the words before `预算` (`比年初预算…`, `较调整后预算数…`,
 * `与全年预算相比…`), longest first where one ends another; none: a bare `预算`. `预算调整数` (the
 * adjustment, not a budget) is none of them: left unread.
 */
const QUALIFIERS: readonly (readonly [string, BudgetChange["base"]])[] = [
  ["调整后", "full"],
  ["调整", "full"],
  ["年初", "initial"],
  ["全年", "full"],
  ["", "budget"],
];
/** What opens the comparison before the budget's name: `比` / `较` alone, … */
const THAN = "比较";
/** …or `与` / `同` / `和`, closed after the budget (and its amount, if printed) by `相比`, … */
const WITH = "与同和";
const WITH_CLOSERS = ["相比", "比较", "对比"];

/**
 * What the clause before the comparison may say: nothing (`…支出决算为9746.50万元，比年初预算…`) or
 * the outcome's own name (`决算数比预算数减少…`), after this year (`2024年度决算数…`, `本年度…`) and
 * the whole's name (`一般公共预算财政拨款支出决算数…`, `“三公”经费决算数…`: the caller's); any
 * other (`项目支出比年初预算减少…`) is a part's.
 */
const OWN_SUBJECTS = ["", "决算数", "决算", "支出决算", "支出决算数", "实际支出", "执行数"];
/** This year named without its number. */
const THIS_YEAR = ["本年度", "本年", "当年", "今年"];
/** How far back the clause before a comparison is read (a year and a name: bounded, linear). */
const SUBJECT_BACK = 32;
/** What opens a part's clause in the outcome's paragraph: a comparison after it is the part's. */
const PART_MARKS: readonly string[] = ["其中", "；", ";"];

/**
 * A comparison with a budget at a `预算` found at `k`: where its opener is, the budget it names
 * and where the change after it starts; `undefined` where the `预算` is no such comparison's.
 */
function comparisonAt(
  text: string,
  k: number,
): { at: number; base: BudgetChange["base"]; after: number } | undefined {
  const [q, base] = QUALIFIERS.find(([w]) =>
    text.startsWith(w, k - w.length),
  ) as (typeof QUALIFIERS)[number];
  const at = k - q.length - 1;
  const opener = text[at] ?? "";
  if (at < 0 || !(THAN.includes(opener) || WITH.includes(opener))) return undefined;
  let after = k + 2;
  if (text[after] === "数") after++;
  if (WITH.includes(opener)) {
    // `与年初预算10210.34万元相比`: the budget's amount may be printed before the closer
    after = skipSpaces(text, after);
    const amount = amountAt(text, after);
    if (amount !== undefined) after = skipSpaces(text, amount.end);
    const closer = WITH_CLOSERS.find((w) => text.startsWith(w, after));
    if (closer === undefined) return undefined;
    after += closer.length;
  }
  return { at, base, after };
}

/** The first comparison with a budget in `text` (each `预算` looked at once: linear). */
function firstComparison(text: string) {
  for (let k = text.indexOf("预算"); k >= 0; k = text.indexOf("预算", k + 2)) {
    const c = comparisonAt(text, k);
    if (c !== undefined) return c;
  }
  return undefined;
}

/** The clause's name without this year (`year`) before it (`2024年度`, `本年度`; another year: kept). */
function withoutThisYear(name: string, year: number): string {
  const own = THIS_YEAR.find((w) => name.startsWith(w));
  if (own !== undefined) return name.slice(own.length);
  if (name[4] !== "年" || year === 0 || name.slice(0, 4) !== String(year)) return name;
  return name.slice(name[5] === "度" ? 6 : 5);
}

/**
 * The outcome's comparison with its budget in a statement of 五(三) or 七 (`比年初预算减少463.84
 * 万元，下降4.54%`, `决算数比预算数减少2.46万元，下降86.32%`, `2024年度决算数比调整后预算减少…`,
 * `与年初预算相比，减少…`): the budget it names, the signed difference (outcome − budget) and the
 * rate. Only the outcome's own: the clause before it names nothing else (this year and one of
 * `names`, the whole's (`CHANGE_SUBJECTS`), allowed before the outcome's word), and it stands before any reason
 * (`主要原因：项目支出比年初预算减少…` is a part's) and any part (`其中：基本支出决算为…，比年初预算增加…`,
 * or after a `；`). `undefined` where none is printed so. This year is the document's `year`
 * (without one, the latest the text prints). @internal
 */
export function budgetChangeIn(
  text: string,
  names: readonly string[] = [],
  year?: number,
): BudgetChange | undefined {
  const hit = firstComparison(text);
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
  if (start > 0 && !endsClause(text, start - 1)) return undefined;
  const subject = withoutThisYear(clauseName(text, start, hit.at), year ?? latestYear(text));
  const own =
    OWN_SUBJECTS.includes(subject) ||
    names.some((n) => subject.startsWith(n) && OWN_SUBJECTS.includes(subject.slice(n.length)));
  if (!own) return undefined;
  let k = skipSpaces(text, hit.after);
  if (text[k] === "，" || text[k] === ",") k = skipSpaces(text, k + 1);
  const zero = { value: "0", unit: "万元", decimals: 0 } as Amount;
  const c = changeAt(text, k, "gpb", zero);
  if (c === undefined) return undefined;
  return {
    base: hit.base,
    delta: c.delta,
    ...(c.percent === undefined ? {} : { percent: c.percent }),
  };
}
