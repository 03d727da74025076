import { changeIn, earlierAt, latestYear, notEarlier } from "./changes";
import { addReadFigures, type ParagraphReads } from "./coverage";
import { listAfter } from "./lists";
import { readParts, splitKindOf } from "./parts";
import { readProcurement, statesProcurement } from "./procurement";
import { rateIn } from "./rates";
import {
  opensSanGong,
  readSanGong,
  readSanGongFigures,
  sanGongChange,
  sanGongItemChanges,
} from "./san-gong";
import {
  amountAfter,
  amountAfterWords,
  amountAt,
  firstOf,
  isAnyDigit,
  isSection,
  listNumber,
  numberAt,
  sectionNumber,
} from "./scan";
import { classShares, gpbShare } from "./shares";
import type { BudgetItem, FinalNarrative, PrintedChange } from "./types";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The 类 / 款 / 项 names of a path `3、一般公共服务支出（类）财政事务（款）行政运行（项）` (after its list mark). */
function pathNames(text: string, end: number): string[] {
  const names: string[] = [];
  let start = (numberAt(text, 0)?.end ?? -1) + 1;
  for (const level of ["类", "款", "项"]) {
    const hit = firstOf(text, [`（${level}）`, `(${level})`], start);
    if (hit === undefined || hit.at > end) return [];
    names.push(text.slice(start, hit.at).trim());
    start = hit.at + hit.word.length;
  }
  return names;
}

/**
 * How the text compares an item's outcome with its budget. The outcome's own comparison first
 * (`决算数小于预算数，公用经费与预算持平`: below; a 持平 of a part in its reason is not the
 * item's), then a 持平 of the item.
 */
function wordOf(text: string): BudgetItem["word"] {
  if (text.includes("决算数基本持平") || text.includes("与预算数基本持平")) return "roughlyFlat";
  if (text.includes("决算数与预算数持平") || text.includes("决算数与预算持平")) return "flat";
  if (EQUAL.some((w) => text.includes(w))) return "flat";
  if (BELOW.some((w) => text.includes(w))) return "below";
  if (ABOVE.some((w) => text.includes(w))) return "above";
  if (text.includes("基本持平")) return "roughlyFlat";
  if (text.includes("持平")) return "flat";
  return undefined;
}
const EQUAL = ["决算数等于", "等于预算数", "等于年初预算", "等于全年预算", "等于调整预算"];
const BELOW = ["决算数小于", "小于预算数", "小于全年预算", "小于调整预算"];
const ABOVE = ["决算数大于", "大于预算数", "大于全年预算", "大于调整预算"];

/** The words of the adjusted (全年) budget, as printers word them; the first printed is used. */
const FULL_WORDS = ["全年预算为", "全年预算数为", "调整预算为", "调整预算数为", "调整后预算为"];
const fullWordIn = (text: string): string | undefined => FULL_WORDS.find((w) => text.includes(w));

/**
 * Where the item's own `支出决算为` starts: not one of its 基本支出 or 项目支出
 * (`基本支出决算为1503.52万元，项目支出决算为8.37万元，合计1511.89万元`: none of its own); -1 when
 * none.
 */
function ownOutcomeAt(text: string): number {
  for (let k = text.indexOf("支出决算为"); k >= 0; k = text.indexOf("支出决算为", k + 5)) {
    const before = text.slice(Math.max(0, k - 2), k);
    if (before !== "基本" && before !== "项目") return k;
  }
  return -1;
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
];
const closes = (text: string, at: number): boolean => CLOSING.some((w) => text.startsWith(w, at));

/** Where a sentence closing the list starts in an item's text (its length if none). */
function closingAt(text: string): number {
  for (let k = text.indexOf("。"); k >= 0; k = text.indexOf("。", k + 1))
    if (closes(text, k + 1)) return k + 1;
  return text.length;
}

/** One 项 of 五(三), from its paragraph(s). */
function readItem(number: number, printed: string): BudgetItem | undefined {
  const text = printed.slice(0, closingAt(printed));
  const end = firstOf(text, ["（项）", "(项)"]);
  if (end === undefined) return undefined;
  const names = pathNames(text, end.at);
  if (names.length !== 3) return undefined;
  const fullWord = fullWordIn(text);
  const full = fullWord !== undefined;
  const budgetWord = fullWord ?? "年初预算为";
  // A budget printed out of order (`…161.62万元，支出决算为160.75万元`) is the amount just before
  // the outcome, when the text's own 年初预算为 is not followed by a number.
  const outcomeAt = ownOutcomeAt(text);
  let budget = amountAfter(text, budgetWord);
  if (budget === undefined && outcomeAt > 0 && text[outcomeAt - 1] === "，") {
    const before = text.lastIndexOf("万元", outcomeAt);
    const digitsStart = lastNumberStart(text, before);
    if (digitsStart !== undefined) budget = amountAt(text, digitsStart)?.amount;
  }
  const outcome = outcomeAt < 0 ? undefined : amountAt(text, outcomeAt + 5)?.amount;
  const rate = rateIn(text);
  const word = wordOf(text);
  const useAt = text.indexOf("主要用于：");
  const useEnd = useAt < 0 ? -1 : text.indexOf("。", useAt);
  const use = useAt < 0 ? undefined : text.slice(useAt + 5, useEnd < 0 ? undefined : useEnd);
  return {
    number,
    names,
    base: full ? "full" : "initial",
    ...(budget === undefined ? {} : { budget }),
    ...(outcome === undefined ? {} : { outcome }),
    ...(rate === undefined ? {} : { rate }),
    ...(word === undefined ? {} : { word }),
    reason: text.includes("原因"),
    ...(use === undefined ? {} : { use }),
    text,
  };
}

/**
 * Where the number ending just before `at` (a `万元`) starts, spaces allowed between: digits of
 * either width, points, and thousands separators between digits (`numberAt` reads it again).
 */
function lastNumberStart(text: string, at: number): number | undefined {
  let j = at - 1;
  while (text[j] === " " || text[j] === "\u3000") j--;
  const end = j;
  while (
    j >= 0 &&
    (isAnyDigit(text[j]) ||
      text[j] === "." ||
      text[j] === "．" ||
      (text[j] === "," && isAnyDigit(text[j - 1])))
  )
    j--;
  return j === end ? undefined : j + 1;
}

/** The names of 一 收入支出总计 and 四 财政拨款收入支出总计 as printers word them. */
const TOTAL = [
  "收入支出总计",
  "收入、支出总计",
  "收入和支出总计",
  "收支总计",
  "收入支出决算总计",
  "收入、支出决算总计",
  "收支决算总计",
];
/** The same names of 四, made on first use (a module-level call would defeat tree-shaking). */
let fiscalTotal: readonly string[] | undefined;
const FISCAL = (): readonly string[] => (fiscalTotal ??= TOTAL.map((w) => `财政拨款${w}`));

/**
 * Reads a 部门决算 情况说明 (one paragraph a line): the figures its standard sentences state, in
 * linear time. It never guesses: a sentence it does not recognise, or a figure printed out of
 * its place, is simply absent from the result.
 *
 * @param text - the 情况说明, one paragraph per line
 *
 * @example
 * ```ts
 * import { readFinalNarrative } from "yusuan/final";
 * const r = readFinalNarrative(
 *   "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。",
 * );
 * [r.execution?.initial?.value, r.execution?.outcome?.value, r.execution?.rate]; // ["2993.92", "2940.05", { percent: "98.20", base: "initial" }]
 * ```
 */
export function readFinalNarrative(text: string): FinalNarrative {
  return readFinalText(text).narrative;
}

/**
 * {@link readFinalNarrative}, with the figures read from each paragraph (by index, one a line),
 * for the report's coverage. @internal
 */
export function readFinalText(text: string): {
  narrative: FinalNarrative;
  reads: ParagraphReads;
} {
  const paragraphs = text.split("\n").map((p) => p.trim());
  const reads: Set<string>[] = [];
  /** Paragraphs `from` to `to` were read, and these parts read from them. */
  const mark = (from: number, to: number, ...parts: unknown[]) => {
    // the parts are walked once; the paragraphs of one statement share their figures
    const read = reads[from] ?? new Set<string>();
    addReadFigures(parts, read);
    for (let k = from; k <= to; k++) {
      const had = reads[k];
      if (had === undefined) reads[k] = read;
      else if (had !== read) for (const v of read) had.add(v);
    }
  };
  const out: Mutable<FinalNarrative> = {
    classShares: [],
    items: [],
    changes: [],
    sanGongItems: [],
  };
  const sanGongItems: FinalNarrative["sanGongItems"][number][] = [];
  const items: BudgetItem[] = [];
  const changes: PrintedChange[] = [];
  const shares: FinalNarrative["classShares"][number][] = [];
  let inItems = false;
  /** The top-level section the paragraph is in (七 is 7), 0 before any. */
  let top = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] ?? "";
    const section = sectionNumber(p);
    if (section === 6 || section === 7) inItems = false;
    if (section !== undefined && section > 0) top = section;
    const n = listNumber(p);
    if (inItems && n !== undefined) {
      // an item runs on over the paragraphs that open no new item or section
      let body = p;
      const first = i;
      while (i + 1 < paragraphs.length) {
        const next = paragraphs[i + 1] ?? "";
        if (listNumber(next) !== undefined || isSection(next) || closes(next, 0)) break;
        body += next;
        i++;
      }
      const item = readItem(n, body);
      if (item !== undefined) items.push(item);
      mark(first, i, item);
      continue;
    }
    const gpbAt = p.indexOf("一般公共预算财政拨款支出");
    const fiscal = FISCAL().some((w) => p.includes(w));
    if (!fiscal && p.includes("年度") && TOTAL.some((w) => p.includes(w))) {
      const latest = latestYear(p);
      const total = amountAfterWords(p, TOTAL, 0, (k) => !earlierAt(p, k, latest));
      if (total !== undefined) out.total = total.amount;
      const c = changeIn(p, "total", total?.amount, total?.at ?? 0);
      if (c !== undefined) changes.push(c);
      mark(i, i, total, c);
    } else if (fiscal) {
      const latest = latestYear(p);
      const total = amountAfterWords(p, FISCAL(), 0, (k) => !earlierAt(p, k, latest));
      if (total !== undefined) out.fiscalTotal = total.amount;
      const c = changeIn(p, "fiscalTotal", total?.amount, total?.at ?? 0);
      if (c !== undefined) changes.push(c);
      mark(i, i, total, c);
    } else if (gpbAt >= 0 && p.includes("占本年支出合计的")) {
      const { amount, share } = gpbShare(p, gpbAt);
      out.gpb = {
        ...(amount === undefined ? {} : { amount }),
        ...(share === undefined ? {} : { share }),
        text: p,
      };
      const c = changeIn(p, "gpb", amount, p.indexOf("占本年支出合计的"));
      if (c !== undefined) changes.push(c);
      mark(i, i, out.gpb, c);
    } else if (gpbAt >= 0 && p.includes("主要用于以下方面")) {
      const whole = amountAfter(p, "一般公共预算财政拨款支出", gpbAt);
      const read = whole === undefined ? [] : classShares(p, p.indexOf("主要用于以下方面"), whole);
      shares.push(...read);
      mark(i, i, read);
    } else if (gpbAt >= 0 && (p.includes("年初预算为") || fullWordIn(p) !== undefined)) {
      const now = notEarlier(p);
      const initial = amountAfterWords(p, ["年初预算为"], 0, now)?.amount;
      const fullWord = fullWordIn(p);
      const full =
        fullWord === undefined ? undefined : amountAfterWords(p, [fullWord], 0, now)?.amount;
      const outcome = amountAfterWords(p, ["支出决算为"], 0, now)?.amount;
      const rate = rateIn(p);
      out.execution = {
        ...(initial === undefined ? {} : { initial }),
        ...(full === undefined ? {} : { full }),
        ...(outcome === undefined ? {} : { outcome }),
        ...(rate === undefined ? {} : { rate }),
        text: p,
      };
      mark(i, i, out.execution);
      inItems = true;
    } else if (p.includes("财政拨款基本支出") && p.includes("人员经费")) {
      const basic = amountAfter(p, "财政拨款基本支出");
      const personnel = amountAfter(p, "人员经费");
      const pub = amountAfter(p, "公用经费");
      const personnelAt = p.indexOf("人员经费");
      const publicAt = p.indexOf("公用经费", personnelAt);
      const personnelList = listAfter(p, personnelAt);
      const publicList = publicAt < 0 ? undefined : listAfter(p, publicAt);
      out.basic = {
        ...(basic === undefined ? {} : { basic }),
        ...(personnel === undefined ? {} : { personnel }),
        ...(pub === undefined ? {} : { public: pub }),
        // the 人员经费 list is the one printed before 公用经费
        ...(personnelList === undefined ||
        (publicAt >= 0 && p.indexOf("主要包括", personnelAt) > publicAt)
          ? {}
          : { personnelList }),
        ...(publicList === undefined ? {} : { publicList }),
        text: p,
      };
      mark(i, i, out.basic);
    } else if (p.includes("经费财政拨款支出年初预算为") || opensSanGong(p)) {
      out.sanGong = readSanGong(p);
      mark(i, i, out.sanGong);
    } else if (p.includes("机关运行经费支出")) {
      // this year's (`与2023年度机关运行经费支出182.10万元相比，2024年度…` prints last year's first)
      const cost = amountAfterWords(p, ["机关运行经费支出"], 0, notEarlier(p));
      if (cost !== undefined) out.operatingCost = cost.amount;
      const c = changeIn(p, "operatingCost", cost?.amount, cost?.at ?? 0);
      if (c !== undefined) changes.push(c);
      mark(i, i, cost?.amount, c);
    } else if (statesProcurement(p)) {
      const next = paragraphs[i + 1] ?? "";
      const procurement = readProcurement(p, next);
      if (procurement !== undefined) {
        out.procurement = procurement;
        mark(i, next.includes("中小企业") ? i + 1 : i, procurement);
      }
    } else if (top === 7 || p.includes("三公")) {
      const figures = readSanGongFigures(p);
      sanGongItems.push(...figures);
      const c = sanGongChange(p, out.sanGong?.outcome);
      if (c !== undefined) changes.push(c);
      const itemChanges = sanGongItemChanges(p, out.sanGong?.items ?? []);
      changes.push(...itemChanges);
      mark(i, i, figures, c, itemChanges);
    } else {
      const kind = splitKindOf(p);
      if (kind === undefined) continue;
      // a statement wrapped over lines (`…占55.10%；` then `项目支出…`) runs to its `。`
      const first = i;
      const pieces = [p];
      while (!(paragraphs[i] ?? "").endsWith("。") && i + 1 < paragraphs.length) {
        const next = paragraphs[i + 1] ?? "";
        if (isSection(next) || listNumber(next) !== undefined || splitKindOf(next) !== undefined)
          break;
        pieces.push(next);
        i++;
      }
      const parts = readParts(pieces.join(""), kind);
      if (parts !== undefined && out[kind] === undefined) out[kind] = parts;
      mark(first, i, parts);
    }
  }
  out.items = items;
  out.changes = changes;
  out.classShares = shares;
  out.sanGongItems = sanGongItems;
  return { narrative: out, reads };
}
