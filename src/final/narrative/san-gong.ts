import type { Amount } from "../../amount";
import type { SanGongItem } from "../../facts";
import { budgetChangeIn } from "./budget-change";
import { CHANGE_SUBJECTS, changeAt, changeIn } from "./changes";
import { rateIn } from "./rates";
import {
  amountAfter,
  amountAfterWords,
  amountAt,
  comparedFrom,
  firstOf,
  firstOfFrom,
  isAnyDigit,
  lastBefore,
  skipSpaces,
  skipWords,
  startsWord,
} from "./scan";
import { shareAt } from "./shares";
import type { FinalNarrative, PrintedChange } from "./types";
import { notEarlier } from "./years";

type SanGong = NonNullable<FinalNarrative["sanGong"]>;
type SanGongFigure = FinalNarrative["sanGongItems"][number];

/** The 三公 items as printers name them (the longer name first where one starts another). */
const SAN_GONG_ITEMS: readonly (readonly [string, SanGongItem])[] = [
  ["因公出国（境）费", "abroad"],
  ["因公出国(境)费", "abroad"],
  ["公务用车购置及运行维护费", "vehicles"],
  ["公务用车购置及运行费", "vehicles"],
  ["公务接待费", "reception"],
];

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
 * sentence and be this year's (not `上年“三公”…`, `与2023年度“三公”经费…相比`). @internal
 */
export function openingTotal(p: string): { budget?: Amount; outcome: Amount } | undefined {
  const at = p.indexOf("三公");
  if (at < 0 || at > OPENING_REACH || !OWN_OPENING.test(p.slice(0, at).trim())) return undefined;
  if (!notEarlier(p)(at)) return undefined;
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
 * its figures the table's). @internal
 */
export const opensSanGong = (p: string, opened = false): boolean =>
  p.includes("三公") &&
  ((BUDGET_WORDS.some((w) => p.includes(w)) && OUTCOME_WORDS.some((w) => p.includes(w))) ||
    (!opened &&
      (budgetChangeIn(p, CHANGE_SUBJECTS.sanGong) !== undefined || openingTotal(p) !== undefined)));

/**
 * 七: the 三公 budget, outcome and rate, and each item's outcome and rate after `其中`. An item's
 * figures are those between its name and the next item's (commas, `；` or `、` between them);
 * the whole's are read outside the items (a rate after the items is the last item's). @internal
 */
export function readSanGong(text: string): SanGong {
  const of = text.indexOf("其中");
  const end = of < 0 ? of : itemsEnd(text, of);
  const outside = of < 0 ? text : text.slice(0, of) + text.slice(end);
  const now = notEarlier(outside);
  const budgetAt = amountAfterWords(outside, BUDGET_WORDS, 0, now);
  const outcomeAt = amountAfterWords(outside, OUTCOME_WORDS, 0, now);
  // other provinces' wordings (`“三公”经费支出30.00万元`, `年初预算45.00万元，决算支出…`)
  const opening =
    budgetAt === undefined && outcomeAt === undefined ? openingTotal(outside) : undefined;
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
  const vsBudget = budgetChangeIn(outside, CHANGE_SUBJECTS.sanGong);
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

/** Each 三公 item's name as the 决算 table prints it, for messages. @internal */
export const SAN_GONG_LABEL: Readonly<Record<SanGongItem, string>> = {
  abroad: "因公出国（境）费",
  vehicles: "公务用车购置及运行维护费",
  "vehicles.purchase": "公务用车购置费",
  "vehicles.operation": "公务用车运行维护费",
  reception: "公务接待费",
};

/** The 三公 items and the parts of 公务用车 as printers name them, longer names first. */
const FIGURE_NAMES: readonly (readonly [string, SanGongItem])[] = [
  ...SAN_GONG_ITEMS,
  ["公务用车购置费", "vehicles.purchase"],
  ["公务用车购置支出", "vehicles.purchase"],
  ["公务用车运行维护费", "vehicles.operation"],
  ["公务用车运行维护支出", "vehicles.operation"],
  ["公务用车运行费", "vehicles.operation"],
];

/** What may stand between an item's name and its amount (`因公出国（境）费支出决算为 0.00 万元`). */
const BETWEEN = ["支出", "决算数", "决算", "实际", "合计", "为", "是", "费"];

/** Where the amount after an item's name starts when only {@link BETWEEN} words precede it. */
function amountStart(text: string, from: number, to: number): number | undefined {
  const j = skipWords(text, from, BETWEEN, 8);
  return j < to && isAnyDigit(text[j]) ? j : undefined;
}

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

/** Whether the words before a change only say what it is compared with (`与2023年度相比，`). */
function comparisonOnly(before: string): boolean {
  const b = before.trim();
  return (
    b.length <= 16 &&
    (b.startsWith("与") || b.startsWith("同")) &&
    (b.endsWith("相比，") || b.endsWith("相比,") || b.endsWith("相比"))
  );
}

/**
 * 七: the 三公 total's change against last year (`2024年度“三公”经费财政拨款支出决算数比2023年度减少
 * 0.15万元，下降27.78%`, or `与2023年度相比，减少…` after 七(一)'s sentence), on `current` (七(一)'s
 * outcome as printed): the first sentence from the one naming 三公 whose change is said of 三公 or
 * of nothing but the comparison; not when an item is named before the change (`“三公”经费中，
 * 公务接待费减少…`: the item's). Each sentence is read once. @internal
 */
export function sanGongChange(p: string, current: Amount | undefined): PrintedChange | undefined {
  const at = p.indexOf("三公");
  if (current === undefined || at < 0) return undefined;
  for (let start = p.lastIndexOf("。", at) + 1; start < p.length; ) {
    const stop = p.indexOf("。", start);
    const end = stop < 0 ? p.length : stop + 1;
    const sentence = p.slice(start, end);
    start = end;
    const moved = firstOf(sentence, ["增加", "减少"]);
    if (moved === undefined) continue;
    const before = sentence.slice(0, moved.at);
    if (FIGURE_NAMES.some(([w]) => before.includes(w))) continue;
    if (!before.includes("三公") && !comparisonOnly(before)) continue;
    const c = changeIn(sentence, "sanGong", current, 0);
    if (c !== undefined) return { ...c, text: p };
  }
  return undefined;
}

/** Words that say a paragraph compares with last year (七's changes follow one). */
const COMPARING = ["比", "相比", "同比", "上年", "上一年"];

/**
 * 七: each 三公 item's change against last year printed after the comparison
 * (`…其中：…公务接待费支出决算减少 0.15 万元，下降 27.78%`), on the item's outcome as 七(一)
 * printed it (`outcomes`); an item whose outcome was not read is not. @internal
 */
export function sanGongItemChanges(p: string, outcomes: SanGong["items"]): PrintedChange[] {
  if (firstOf(p, COMPARING) === undefined) return [];
  const next = firstOfFrom(
    p,
    SAN_GONG_ITEMS.map(([w]) => w),
  );
  const hits: { at: number; end: number; item: SanGongItem }[] = [];
  for (let hit = next(0); hit !== undefined; hit = next(hit.at + hit.word.length)) {
    const word = hit.word;
    if (!startsWord(p, hit.at)) continue;
    const item = (SAN_GONG_ITEMS.find(([w]) => w === word) as readonly [string, SanGongItem])[1];
    hits.push({ at: hit.at, end: hit.at + word.length, item });
  }
  const out: PrintedChange[] = [];
  for (let k = 0; k < hits.length; k++) {
    const { end, item } = hits[k] as (typeof hits)[number];
    const current = outcomes.find((o) => o.item === item)?.outcome;
    if (current === undefined) continue;
    // the item's own words: to the next item or its sentence's end (a later sentence's change,
    // `…公务接待费决算为2.00万元。2024年度“三公”经费…比2023年度减少…`, is the total's)
    const sentenceEnd = p.indexOf("。", end);
    const ownEnd = Math.min(
      hits[k + 1]?.at ?? p.length,
      sentenceEnd < 0 ? p.length : sentenceEnd + 1,
    );
    const c =
      changeAt(p, changeStart(p, end), "sanGong", current) ??
      // further on in the item's own words (`公务接待费支出0.39万元，较上年减少…`)
      changeIn(p.slice(end, ownEnd), "sanGong", current, 0);
    if (c !== undefined) out.push({ ...c, item, text: p });
  }
  return out;
}

/** Where a change right after an item's name starts: after filler words and a repeated `比上年`. */
function changeStart(p: string, from: number): number {
  let j = skipWords(p, from, BETWEEN, 4);
  // `比上年减少…`, `较2023年度增加…`: the comparison said again between name and change
  if (p.startsWith("比", j) || p.startsWith("较", j) || p.startsWith("同比", j)) {
    const moved = firstOf(p.slice(j, j + 12), ["增加", "减少"]);
    const skipped = moved === undefined ? "" : p.slice(j, j + moved.at);
    if (moved !== undefined && !/[，,；;。：:]/.test(skipped)) j += moved.at;
  }
  return j;
}

/**
 * 七's changes against last year in a paragraph: the total's ({@link sanGongChange}, on `total`)
 * and each item's ({@link sanGongItemChanges}, on `outcomes`). @internal
 */
export function sanGongChanges(
  p: string,
  total: Amount | undefined,
  outcomes: SanGong["items"],
): PrintedChange[] {
  const c = sanGongChange(p, total);
  const items = sanGongItemChanges(p, outcomes);
  return c === undefined ? items : [c, ...items];
}
