import type { Amount } from "../../amount";
import { statesReason } from "../../narrative/reason-words";
import { budgetChangeIn } from "./budget-change";
import { rateIn } from "./rates";
import {
  amountAfter,
  amountAfterWords,
  amountAt,
  circled,
  firstOf,
  lastNumberStart,
  numberAt,
  skipSpacesBack,
} from "./scan";
import type { BudgetItem } from "./types";

/**
 * The 类 / 款 / 项 names of a path `3、一般公共服务支出（类）财政事务（款）行政运行（项）` (after its
 * list mark: `3、`, `3.`, `（3）`).
 */
function pathNames(text: string, end: number): string[] {
  const names: string[] = [];
  const open = text[0] === "（" || text[0] === "(" ? 1 : 0;
  // after the list mark: `3、`, `3.`, `（3）`, or a circled `③` (one character)
  let start = circled(text[0]) > 0 ? 1 : (numberAt(text, open)?.end ?? -1) + 1;
  for (const level of ["类", "款", "项"]) {
    const hit = firstOf(text, [`（${level}）`, `(${level})`], start);
    if (hit === undefined || hit.at > end) return [];
    names.push(text.slice(start, hit.at).trim());
    start = hit.at + hit.word.length;
  }
  return names;
}

/**
 * The budgets an item's outcome is said to agree with (`与调整后预算一致`), and the base each
 * names: a 年初 budget or an adjusted (全年) one; `预算数` either.
 */
const BUDGETS: readonly (readonly [string, BudgetItem["base"] | undefined])[] = [
  ["预算数", undefined],
  ["预算", undefined],
  ["年初预算数", "initial"],
  ["年初预算", "initial"],
  ["全年预算数", "full"],
  ["全年预算", "full"],
  ["调整预算数", "full"],
  ["调整预算", "full"],
  ["调整后预算数", "full"],
  ["调整后预算", "full"],
];

/** The base a comparison word names (`与年初预算一致`: the 年初 budget), where it names one. */
const NAMED_BASE = new Map<string, BudgetItem["base"]>(
  BUDGETS.flatMap(([b, base]) =>
    base === undefined
      ? []
      : [
          [`与${b}基本一致`, base],
          [`与${b}一致`, base],
        ],
  ),
);

/** The words comparing an item's outcome with its budget, and what each says. */
const COMPARISONS: readonly (readonly [string, NonNullable<BudgetItem["word"]>])[] = [
  ["决算数基本持平", "roughlyFlat"],
  ["与预算数基本持平", "roughlyFlat"],
  ["基本持平", "roughlyFlat"],
  ["决算数与预算数持平", "flat"],
  ["决算数与预算持平", "flat"],
  ["持平", "flat"],
  ["决算数等于", "flat"],
  ["等于预算数", "flat"],
  ["等于年初预算", "flat"],
  ["等于全年预算", "flat"],
  ["等于调整预算", "flat"],
  ["决算数小于", "below"],
  ["小于预算数", "below"],
  ["小于全年预算", "below"],
  ["小于调整预算", "below"],
  ["决算数大于", "above"],
  ["大于预算数", "above"],
  ["大于全年预算", "above"],
  ["大于调整预算", "above"],
  // `与预算数一致`, `与年初预算基本一致`: said of the budget only (a bare `一致` says nothing)
  ...BUDGETS.flatMap(
    ([b]) =>
      [
        [`与${b}基本一致`, "roughlyFlat"],
        [`与${b}一致`, "flat"],
      ] as const,
  ),
];

/**
 * How the text compares an item's outcome with its budget: the comparison printed first after
 * the item's own outcome (at `from`), else the first printed. A comparison of a part in the
 * reason (`决算数小于预算数的主要原因：…其中：项目支出…决算数等于预算数`) or of a paragraph after
 * the item (`综上，…决算数小于年初预算数`) comes later and is not the item's.
 */
function wordOf(text: string, from: number, base: BudgetItem["base"]): BudgetItem["word"] {
  const words = COMPARISONS.map(([w]) => w);
  const hit = firstOf(text, words, Math.max(0, from)) ?? firstOf(text, words);
  if (hit === undefined) return undefined;
  // `与调整后预算一致` of an item read against its 年初预算 says nothing of that budget
  const named = NAMED_BASE.get(hit.word);
  if (named !== undefined && named !== base) return undefined;
  return COMPARISONS.find(([w]) => w === hit.word)?.[1];
}

/** The words of the adjusted (全年) budget, as printers word them; the first printed is used. @internal */
const FULL_WORDS = [
  "全年预算为",
  "全年预算数为",
  "调整预算为",
  "调整预算数为",
  "调整后预算为",
  "调整后预算数为",
];
export const fullWordIn = (text: string): string | undefined =>
  FULL_WORDS.find((w) => text.includes(w));

/**
 * The words of an item's outcome, as printers word them (`支出决算为`, `支出决算数为`,
 * `支出决算51.32万元`), a filler between allowed; longer first where one ends another.
 */
const OUTCOME_WORDS = ["支出决算数", "支出决算"];
/**
 * …and, where none is the item's, the bare `决算数为` / `决算为` opening a clause
 * (`全年预算数为52.00万元，决算数为51.22万元`): never one qualified by what precedes it
 * (`上年决算数为`, `2023年决算为`, `人员经费决算为`, `较上年决算数…`), another figure's.
 */
const BARE_OUTCOME_WORDS = ["决算数", "决算"];

/** Whether the outcome word at `k` is the item's own, not its 基本支出's or 项目支出's. */
function ownOutcomeWord(text: string, k: number): boolean {
  const before = text.slice(Math.max(0, k - 2), k);
  return before !== "基本" && before !== "项目";
}

/** Where a clause opens: after a comma, a stop, a colon or a semicolon (spaces between). */
const CLAUSE_MARKS = "，,。；;：:";
const opensClause = (text: string, k: number): boolean => {
  const j = skipSpacesBack(text, k);
  return j === 0 || CLAUSE_MARKS.includes(text[j - 1] ?? "");
};

/**
 * The item's own outcome, with where its word starts: not one of its 基本支出 or 项目支出
 * (`基本支出决算为1503.52万元，项目支出决算为8.37万元，合计1511.89万元`: none of its own), and
 * not a rate (`决算数为全年预算数的98.69%`: no amount follows). `at` is -1 when none.
 */
function ownOutcome(text: string): { amount: Amount | undefined; at: number } {
  const hit =
    amountAfterWords(text, OUTCOME_WORDS, 0, (k) => ownOutcomeWord(text, k)) ??
    amountAfterWords(text, BARE_OUTCOME_WORDS, 0, (k) => opensClause(text, k));
  return hit === undefined ? { amount: undefined, at: -1 } : hit;
}

/**
 * Words that open a sentence about the other 科目, closing the list of 项 (`其余科目决算数与预算数
 * 持平`, `以上其他各项决算数小于预算数…`): not the last 项's.
 */
const CLOSING = [
  "其余",
  "其他",
  "其它",
  "剩余",
  "以上",
  "上述",
  "除上述",
  "除以上",
  "除此之外",
  "除此以外",
  "综上",
  "总体来看",
  "总的来看",
  "总体上",
  "注：",
];
export const closes = (text: string, at: number): boolean =>
  CLOSING.some((w) => text.startsWith(w, at));

/** Where a sentence closing the list starts in an item's text (its length if none). */
function closingAt(text: string): number {
  for (let k = text.indexOf("。"); k >= 0; k = text.indexOf("。", k + 1))
    if (closes(text, k + 1)) return k + 1;
  return text.length;
}

/** The words of an item's 年初预算 (`年初预算为`, `年初预算数为`, `年初预算1560.05万元`). */
const INITIAL_WORDS = ["年初预算数", "年初预算"];

/** One 项 of 五(三), from its paragraph(s); `year` is the document's (see {@link budgetChangeIn}). @internal */
export function readItem(number: number, printed: string, year?: number): BudgetItem | undefined {
  const text = printed.slice(0, closingAt(printed));
  const end = firstOf(text, ["（项）", "(项)"]);
  if (end === undefined) return undefined;
  const names = pathNames(text, end.at);
  if (names.length !== 3) return undefined;
  const fullWord = fullWordIn(text);
  const full = fullWord !== undefined;
  // A budget printed out of order (`…161.62万元，支出决算为160.75万元`) is the amount just before
  // the outcome, when the text's own 年初预算为 is not followed by a number.
  const { amount: outcome, at: outcomeAt } = ownOutcome(text);
  let budget =
    fullWord === undefined
      ? amountAfterWords(text, INITIAL_WORDS)?.amount
      : amountAfter(text, fullWord);
  // (the comma full- or half-width, spaces after it: `161.62万元，　支出决算为…`)
  const comma = text[skipSpacesBack(text, outcomeAt) - 1];
  if (budget === undefined && outcomeAt > 0 && (comma === "，" || comma === ",")) {
    const before = text.lastIndexOf("万", outcomeAt);
    const digitsStart = lastNumberStart(text, before);
    if (digitsStart !== undefined) budget = amountAt(text, digitsStart)?.amount;
  }
  const rate = rateIn(text);
  const vsBudget = budgetChangeIn(text, [], year);
  const word = wordOf(text, outcomeAt, full ? "full" : "initial");
  // `主要用于：` or `主要用于:` (a half-width colon)
  const useWord = firstOf(text, ["主要用于：", "主要用于:"]);
  const useAt = useWord === undefined ? -1 : useWord.at;
  const useEnd = useAt < 0 ? -1 : text.indexOf("。", useAt);
  const use = useAt < 0 ? undefined : text.slice(useAt + 5, useEnd < 0 ? undefined : useEnd);
  return {
    number,
    names,
    base: full ? "full" : "initial",
    ...(budget === undefined ? {} : { budget }),
    ...(outcome === undefined ? {} : { outcome }),
    ...(rate === undefined ? {} : { rate }),
    ...(vsBudget === undefined ? {} : { vsBudget }),
    ...(word === undefined ? {} : { word }),
    // a cause however worded (`主要是…`, `系…所致`, `因…，`), as the budget narrative reads one
    reason: text.includes("原因") || statesReason(text),
    ...(use === undefined ? {} : { use }),
    text,
  };
}
