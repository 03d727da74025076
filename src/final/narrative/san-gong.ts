import type { Amount } from "../../amount";
import type { SanGongItem } from "../../facts";
import { budgetChangeIn } from "./budget-change";
import { CHANGE_SUBJECTS } from "./changes";
import { rateIn } from "./rates";
import { amountStart, SAN_GONG_ITEMS } from "./san-gong-names";
import {
  amountAfter,
  amountAfterWords,
  amountAt,
  firstOfFrom,
  isAnyDigit,
  skipSpaces,
  skipWords,
} from "./scan";
import type { FinalNarrative } from "./types";
import { notEarlier } from "./years";

type SanGong = NonNullable<FinalNarrative["sanGong"]>;

/**
 * Where the items after `其中` end: at the bracket that closes the one `其中` opens in
 * (`年初预算为0.95万元（其中：因公出国（境）费0万元、公务接待费0.95万元），支出决算为…`, the items'
 * names' own brackets counted), else at the end of the sentence (one that opens with an item's
 * name goes on).
 */
function itemsEnd(text: string, of: number): number {
  const open = text[of - 1];
  if (open === "（" || open === "(") {
    let depth = 1;
    for (let i = of + 2; i < text.length; i++) {
      const c = text[i];
      if (c === "（" || c === "(") depth++;
      else if (c === "）" || c === ")") depth--;
      if (depth === 0) return i;
    }
    return text.length;
  }
  // a sentence that opens with an item's name goes on with the items
  for (let stop = text.indexOf("。", of); ; stop = text.indexOf("。", stop + 1)) {
    if (stop < 0) return text.length;
    if (!SAN_GONG_ITEMS.some(([w]) => text.startsWith(w, stop + 1))) return stop;
  }
}

/** The items named between `from` and `to`, each with where its name starts and ends, in order. */
function itemsIn(
  text: string,
  from: number,
  to: number,
): { at: number; end: number; item: SanGongItem }[] {
  const next = firstOfFrom(
    text,
    SAN_GONG_ITEMS.map(([w]) => w),
  );
  const out: { at: number; end: number; item: SanGongItem }[] = [];
  for (let hit = next(from); hit !== undefined && hit.at < to; ) {
    const word = hit.word;
    const item = (SAN_GONG_ITEMS.find(([w]) => w === word) as readonly [string, SanGongItem])[1];
    out.push({ at: hit.at, end: hit.at + word.length, item });
    hit = next(hit.at + word.length);
  }
  return out;
}

/** The words of 七(一)'s budget (`年初预算为`, the national form's `预算为`), the first printed read. */
const BUDGET_WORDS = ["年初预算为", "年初预算数为", "预算为", "预算数为"];
/** The words of 七(一)'s outcome. */
const OUTCOME_WORDS = ["支出决算为", "支出决算数为", "决算数为", "决算为"];

/** Words before a bare `预算为` that make it the adjusted budget (`全年预算为`, `调整后预算为`). */
const FULL_BEFORE = ["全年", "调整后", "调整"];

/** The budget the word at `k` names: `initial` (`年初预算为`), `full` (`全年预算为`) or `budget`. */
function budgetBaseAt(text: string, k: number): "initial" | "full" | "budget" {
  if (text.startsWith("年初", k)) return "initial";
  return FULL_BEFORE.some((w) => text.endsWith(w, k)) ? "full" : "budget";
}

/** Words between the 三公 name and the total's figure (`“三公”经费财政拨款支出决算为`, `“三公”经费支出合计`). */
const TOTAL_BETWEEN = [
  "”",
  '"',
  "’",
  "经费",
  "财政拨款",
  "支出",
  "决算数",
  "决算",
  "合计",
  "共计",
  "实际",
  "为",
  "是",
];
/** The words of a budget right after the name (`“三公”经费年初预算45.00万元`), longer first. */
const BUDGET_START = [
  "年初预算数为",
  "年初预算为",
  "年初预算数",
  "年初预算",
  "预算数为",
  "预算为",
  "预算数",
  "预算",
];
/** The words of the outcome opening the clause after such a budget (`，决算支出30.00万元`). */
const OUTCOME_START = [
  "支出决算数为",
  "支出决算为",
  "支出决算数",
  "支出决算",
  "决算支出为",
  "决算支出",
  "决算数为",
  "决算为",
  "决算数",
  "决算",
  "实际支出",
];
/** How far into its paragraph the 三公 name of a paragraph opening 七 may start (`本部门2024年度“三公”…`). */
const OPENING_REACH = 24;

/**
 * What may stand before the 三公 name opening 七 in other wordings: a year and the department's
 * own word, nothing else (`局机关本级“三公”经费支出20.00万元` is a unit's, `区教育局“三公”…` not read).
 */
const OWN_OPENING =
  /^(?:本部门|本单位|我部门|我单位)?(?:\d{4}年度?)?(?:本部门|本单位|我部门|我单位)?的?[“"‘]?$/u;

/**
 * The 三公 total a paragraph opens with in other provinces' wordings: its outcome right after the
 * name, only {@link TOTAL_BETWEEN} words between (`2024年度“三公”经费支出30.00万元`,
 * `…财政拨款支出决算30.00万元`), or a budget there and the outcome opening the next clause
 * (`“三公”经费年初预算45.00万元，决算支出30.00万元`). The name must open the paragraph's first
 * sentence and be the document's `year`'s (not `上年“三公”…`, `与2023年度“三公”经费…相比`). @internal
 */
export function openingTotal(
  p: string,
  year?: number,
): { budget?: Amount; outcome: Amount } | undefined {
  const at = p.indexOf("三公");
  if (at < 0 || at > OPENING_REACH || !OWN_OPENING.test(p.slice(0, at).trim())) return undefined;
  if (!notEarlier(p, year)(at)) return undefined;
  const j = skipWords(p, at + 2, TOTAL_BETWEEN, 8);
  if (isAnyDigit(p[j])) {
    const outcome = amountAt(p, j)?.amount;
    return outcome === undefined ? undefined : { outcome };
  }
  const word = BUDGET_START.find((w) => p.startsWith(w, j));
  const budget =
    word === undefined ? undefined : amountAt(p, skipWords(p, j + word.length, ["为"], 1));
  if (budget === undefined) return undefined;
  let k = skipSpaces(p, budget.end);
  if (p[k] !== "，" && p[k] !== ",") return undefined;
  k = skipSpaces(p, k + 1);
  const said = OUTCOME_START.find((w) => p.startsWith(w, k));
  const outcome =
    said === undefined ? undefined : amountAt(p, skipWords(p, k + said.length, ["为"], 1));
  return outcome === undefined ? undefined : { budget: budget.amount, outcome: outcome.amount };
}

/**
 * Whether a paragraph opens 七 with the 三公 budget and outcome (`“三公”经费财政拨款支出年初预算为…，
 * 支出决算为…`, `2024年度财政拨款“三公”经费支出预算为…，支出决算为…`), or, where no paragraph `opened`
 * it before, with the 三公's comparison with its budget (`2024年度“三公”经费决算数比年初预算减少…`,
 * its figures the table's). `year` is the document's. @internal
 */
export const opensSanGong = (p: string, opened = false, year?: number): boolean =>
  p.includes("三公") &&
  ((BUDGET_WORDS.some((w) => p.includes(w)) && OUTCOME_WORDS.some((w) => p.includes(w))) ||
    (!opened &&
      (budgetChangeIn(p, CHANGE_SUBJECTS.sanGong, year) !== undefined ||
        openingTotal(p, year) !== undefined)));

/**
 * 七: the 三公 budget, outcome and rate, and each item's outcome and rate after `其中`. An item's
 * figures are those between its name and the next item's (commas, `；` or `、` between them);
 * the whole's are read outside the items (a rate after the items is the last item's). @internal
 */
export function readSanGong(text: string, year?: number): SanGong {
  const of = text.indexOf("其中");
  const end = of < 0 ? of : itemsEnd(text, of);
  const outside = of < 0 ? text : text.slice(0, of) + text.slice(end);
  const now = notEarlier(outside, year);
  const budgetAt = amountAfterWords(outside, BUDGET_WORDS, 0, now);
  const outcomeAt = amountAfterWords(outside, OUTCOME_WORDS, 0, now);
  // other provinces' wordings (`“三公”经费支出30.00万元`, `年初预算45.00万元，决算支出…`)
  const opening =
    budgetAt === undefined && outcomeAt === undefined ? openingTotal(outside, year) : undefined;
  const budget = budgetAt?.amount ?? opening?.budget;
  const budgetBase =
    budgetAt !== undefined
      ? budgetBaseAt(outside, budgetAt.at)
      : opening?.budget === undefined
        ? undefined
        : outside.includes("年初预算")
          ? "initial"
          : "budget";
  const outcome = outcomeAt?.amount ?? opening?.outcome;
  // an item's amount printed bare (`其中：因公出国（境）费0万元；…`) is its outcome only where the
  // sentence names no budget before the items (`年初预算为0.95万元（其中：…）` lists the budget's)
  const bareItems = of >= 0 && !text.slice(text.lastIndexOf("。", of) + 1, of).includes("预算");
  const rate = rateIn(outside);
  const vsBudget = budgetChangeIn(outside, CHANGE_SUBJECTS.sanGong, year);
  const items: SanGong["items"][number][] = [];
  if (of >= 0) {
    const found = itemsIn(text, of + 2, end);
    for (let k = 0; k < found.length; k++) {
      const f = found[k] as (typeof found)[number];
      const part = text.slice(f.end, found[k + 1]?.at ?? end);
      const amount = amountAfter(part, "决算为") ?? itemOutcome(part, bareItems);
      const r = rateIn(part);
      items.push({
        item: f.item,
        ...(amount === undefined ? {} : { outcome: amount }),
        ...(r === undefined ? {} : { rate: r }),
      });
    }
  }
  return {
    ...(budget === undefined ? {} : { budget }),
    ...(budgetBase === undefined ? {} : { budgetBase }),
    ...(outcome === undefined ? {} : { outcome }),
    ...(rate === undefined ? {} : { rate }),
    ...(vsBudget === undefined ? {} : { vsBudget }),
    items,
    text,
  };
}

/**
 * An item's outcome in the words after its name (`part`) other than `决算为`: after its budget
 * (`预算30.00万元，决算21.40万元`), or, where `bare`, right after the name (`公务接待费8.60万元`).
 */
function itemOutcome(part: string, bare: boolean): Amount | undefined {
  const j = skipSpaces(part, 0);
  const word = BUDGET_START.find((w) => part.startsWith(w, j));
  if (word !== undefined) {
    const budget = amountAt(part, skipWords(part, j + word.length, ["为"], 1));
    if (budget === undefined) return undefined;
    let k = skipSpaces(part, budget.end);
    if (part[k] !== "，" && part[k] !== ",") return undefined;
    k = skipSpaces(part, k + 1);
    const said = OUTCOME_START.find((w) => part.startsWith(w, k));
    return said === undefined
      ? undefined
      : amountAt(part, skipWords(part, k + said.length, ["为"], 1))?.amount;
  }
  const start = bare ? amountStart(part, 0, part.length) : undefined;
  return start === undefined ? undefined : amountAt(part, start)?.amount;
}
