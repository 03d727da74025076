import { type Amount, amountsEqual } from "../../amount";
import { budgetChangeIn } from "./budget-change";
import { changeIn } from "./changes";
import { addReadFigures, type ParagraphReads } from "./coverage";
import { closes, fullWordIn, readItem } from "./items";
import { listAfter } from "./lists";
import { type Paragraphs, paragraphsOf } from "./paragraphs";
import { readParts, splitKindOf } from "./parts";
import { readProcurement, statesProcurement } from "./procurement";
import { rateIn } from "./rates";
import { opensSanGong, readSanGong, readSanGongFigures, sanGongChanges } from "./san-gong";
import {
  amountAfter,
  amountAfterWords,
  circled,
  isSection,
  listNumber,
  sectionNumber,
  startsWord,
} from "./scan";
import { classListLead, classShares, gpbShare, marksClasses } from "./shares";
import type { BudgetItem, FinalNarrative, PrintedChange } from "./types";
import { earlierAt, latestYear, notEarlier } from "./years";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Whether a paragraph opens another section's statement (七's 三公, 六's 基本支出, 十一's 机关运行经费
 * or 政府采购): an item of 五(三) does not run on into it, heading or not.
 */
const opensOther = (p: string): boolean =>
  p.includes("三公") ||
  (p.includes("财政拨款基本支出") && p.includes("人员经费")) ||
  p.includes("机关运行经费") ||
  statesProcurement(p);

/**
 * Whether a paragraph opens a 五(三) item: a list number (`3、`, `3.`), or a bracketed or circled
 * one (`（3）`, `③`) with the item's 项 path; such a sub-point without one (`（1）基本支出…`,
 * `①基本支出…`) belongs to the item before.
 */
function opensItem(p: string): boolean {
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
 * `涉及一般公共预算财政拨款支出年初预算为4415.48万元`), which would stand for 五(三)'s.
 */
const opensExecution = (p: string, top: number): boolean =>
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
 * Whether a paragraph gives 五(一)'s share of 本年支出合计: not one printed in 五(二)'s list, after
 * its lead (`主要用于以下方面`, `主要用于：`: `…社会保障和就业支出754.75万元，占本年支出合计的7.73%` is a
 * 类's).
 */
function sharesTotal(p: string): boolean {
  const at = p.indexOf("占本年支出合计的");
  const uses = classListLead(p, 0, false);
  return at >= 0 && (uses < 0 || at < uses);
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
  "收入总计、支出总计",
  "收入总计和支出总计",
  "收入总计与支出总计",
];
/** 一's total printed as two figures (`收入总计X万元，支出总计X万元`): the income side's names. */
const REVENUE_TOTAL = ["收入总计", "收入决算总计"];
/** …and the spending side's, after it. */
const SPENDING_TOTAL = ["支出总计", "支出决算总计"];
/** The same names of 四, made on first use (a module-level call would defeat tree-shaking). */
let fiscalTotal: readonly string[] | undefined;
const FISCAL = (): readonly string[] => (fiscalTotal ??= TOTAL.map((w) => `财政拨款${w}`));

/**
 * 一 (or 四, `prefix` 财政拨款) printed as its two sides, `收入总计X万元，支出总计X万元`: the total
 * where both are printed and agree (a 决算 prints one figure for both; two that differ are left
 * unread, never guessed between). The spending side is read after the income side, with or
 * without the prefix repeated.
 */
function pairedTotal(
  p: string,
  prefix: string,
  accept: (k: number) => boolean,
): { amount: Amount; at: number } | undefined {
  const revenue = amountAfterWords(
    p,
    REVENUE_TOTAL.map((w) => prefix + w),
    0,
    accept,
  );
  if (revenue === undefined) return undefined;
  const spending = amountAfterWords(p, SPENDING_TOTAL, revenue.at, accept);
  return spending !== undefined && amountsEqual(spending.amount, revenue.amount)
    ? revenue
    : undefined;
}

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
 * {@link readFinalNarrative}, with the figures read, by line, for the report's coverage. Given
 * the text sections apart, no paragraph is joined across two of them. @internal
 */
export function readFinalText(text: string | readonly Paragraphs[]): {
  narrative: FinalNarrative;
  reads: ParagraphReads;
} {
  // each section's paragraphs, its wrapped lines joined (never across sections)
  const sections = typeof text === "string" ? [paragraphsOf(text.split("\n"))] : text;
  const paragraphs = sections.flatMap((section) => section.texts);
  // what was read, by paragraph (the coverage counts figures paragraph by paragraph)
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
  const sanGongItems: FinalNarrative["sanGongItems"][number][] = [];
  const items: BudgetItem[] = [];
  const changes: PrintedChange[] = [];
  const shares: FinalNarrative["classShares"][number][] = [];
  const out: Mutable<FinalNarrative> = { classShares: shares, items, changes, sanGongItems };
  let inItems = false;
  /**
   * 五(二)'s list of 类 after 一般公共预算财政拨款支出's figure and its lead (`主要用于以下方面：`, read
   * whatever follows; `主要用于：`, `按支出功能分类：`, `其中：` where 类 with their shares follow, and
   * not in 五(三)'s opening), or `undefined`.
   */
  const classList = (p: string, gpbAt: number, top: number) => {
    const whole = amountAfter(p, "一般公共预算财政拨款支出", gpbAt);
    const own = p.indexOf("主要用于以下方面", gpbAt);
    if (own >= 0) return whole === undefined ? [] : classShares(p, own, whole);
    // Led by other words, a list is 五(二)'s only in 五 (or a text numbering no section): in 三, a
    // list by function after 本年支出合计 is every fund's, though it names the gpb figure too.
    const lead = inFive(top) ? classListLead(p, gpbAt, true) : -1;
    if (lead < 0 || whole === undefined || opensExecution(p, top)) return undefined;
    const read = classShares(p, lead, whole);
    return read.length > 0 ? read : undefined;
  };
  /** Whether a paragraph in top-level section `top` may be 五's (0: before any section). */
  const inFive = (top: number) => top === 5 || top === 0;
  /** The top-level section the paragraph is in (七 is 7), 0 before any. */
  let top = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] ?? "";
    const section = sectionNumber(p);
    if (section === 6 || section === 7) inItems = false;
    if (section !== undefined && section > 0) top = section;
    const n = listNumber(p);
    // a numbered paragraph opening another section's statement ends 五(三) (`1.“三公”经费…`)
    if (inItems && n !== undefined && opensOther(p)) inItems = false;
    if (inItems && n !== undefined) {
      // an item runs on over the paragraphs that open no new item or section (a sub-point
      // `（1）基本支出…` without a 项 path is the item's own)
      let body = p;
      const first = i;
      while (i + 1 < paragraphs.length) {
        const next = paragraphs[i + 1] ?? "";
        if (opensItem(next) || isSection(next) || closes(next, 0) || opensOther(next)) break;
        body += next;
        i++;
      }
      const item = readItem(n, body);
      if (item !== undefined) items.push(item);
      mark(first, i, item);
      continue;
    }
    const gpbAt = p.indexOf("一般公共预算财政拨款支出");
    // 五(二)'s list, where no statement before it in this chain reads the paragraph
    const listed = gpbAt >= 0 && !sharesTotal(p) ? classList(p, gpbAt, top) : undefined;
    const paired =
      REVENUE_TOTAL.some((w) => p.includes(w)) && SPENDING_TOTAL.some((w) => p.includes(w));
    const fiscal =
      FISCAL().some((w) => p.includes(w)) ||
      (paired && REVENUE_TOTAL.some((w) => p.includes(`财政拨款${w}`)));
    if (!fiscal && p.includes("年度") && (paired || TOTAL.some((w) => p.includes(w)))) {
      const latest = latestYear(p);
      // not 四's name (`财政拨款收入支出总计`), nor the rest of it a page broke (`财政拨` / `款收入…`)
      const accept = (k: number) => p[k - 1] !== "款" && !earlierAt(p, k, latest);
      const total = amountAfterWords(p, TOTAL, 0, accept) ?? pairedTotal(p, "", accept);
      if (total !== undefined) out.total = total.amount;
      const c = changeIn(p, "total", total?.amount, total?.at ?? 0);
      if (c !== undefined) changes.push(c);
      mark(i, i, total, c);
    } else if (fiscal) {
      const latest = latestYear(p);
      const accept = (k: number) => !earlierAt(p, k, latest);
      const total = amountAfterWords(p, FISCAL(), 0, accept) ?? pairedTotal(p, "财政拨款", accept);
      if (total !== undefined) out.fiscalTotal = total.amount;
      const c = changeIn(p, "fiscalTotal", total?.amount, total?.at ?? 0);
      if (c !== undefined) changes.push(c);
      mark(i, i, total, c);
    } else if (gpbAt >= 0 && sharesTotal(p)) {
      const { amount, share } = gpbShare(p, gpbAt);
      out.gpb = {
        ...(amount === undefined ? {} : { amount }),
        ...(share === undefined ? {} : { share }),
        text: p,
      };
      const c = changeIn(p, "gpb", amount, p.indexOf("占本年支出合计的"));
      if (c !== undefined) changes.push(c);
      // 五(二)'s list run into the same paragraph (`…占本年支出合计的99.87%，其中：…（类）…`)
      const lead = amount === undefined || !inFive(top) ? -1 : classListLead(p, gpbAt, true);
      const read = lead < 0 ? [] : classShares(p, lead, amount as Amount);
      shares.push(...read);
      mark(i, i, out.gpb, c, read);
    } else if (listed !== undefined) {
      shares.push(...listed);
      mark(i, i, listed);
    } else if (gpbAt >= 0 && opensExecution(p, top)) {
      const now = notEarlier(p);
      const initial = amountAfterWords(p, INITIAL_WORDS, 0, now)?.amount;
      const full = amountAfterWords(p, FULL_WORDS, 0, now)?.amount;
      const outcome = amountAfterWords(p, OUTCOME_WORDS, 0, ownOutcome(p, now))?.amount;
      const rate = rateIn(p);
      const vsBudget = budgetChangeIn(p);
      out.execution = {
        ...(initial === undefined ? {} : { initial }),
        ...(full === undefined ? {} : { full }),
        ...(outcome === undefined ? {} : { outcome }),
        ...(rate === undefined ? {} : { rate }),
        ...(vsBudget === undefined ? {} : { vsBudget }),
        text: p,
      };
      mark(i, i, out.execution);
      inItems = true;
    } else if (p.includes("财政拨款基本支出") && p.includes("人员经费")) {
      // 公用经费 printed on the next line (`…人员经费…；` then `公用经费…`) is the same statement
      const first = i;
      let q = p;
      const next = paragraphs[i + 1] ?? "";
      if (!p.includes("公用经费") && next.startsWith("公用经费")) {
        q = `${p}${next}`;
        i++;
      }
      const basic = amountAfter(q, "财政拨款基本支出");
      const personnel = amountAfter(q, "人员经费");
      const pub = amountAfter(q, "公用经费");
      const personnelAt = q.indexOf("人员经费");
      const publicAt = q.indexOf("公用经费", personnelAt);
      const personnelList = listAfter(q, personnelAt);
      const publicList = publicAt < 0 ? undefined : listAfter(q, publicAt);
      out.basic = {
        ...(basic === undefined ? {} : { basic }),
        ...(personnel === undefined ? {} : { personnel }),
        ...(pub === undefined ? {} : { public: pub }),
        // the 人员经费 list is the one printed before 公用经费
        ...(personnelList === undefined ||
        (publicAt >= 0 && q.indexOf("主要包括", personnelAt) > publicAt)
          ? {}
          : { personnelList }),
        ...(publicList === undefined ? {} : { publicList }),
        text: q,
      };
      mark(first, i, out.basic);
    } else if (p.includes("经费财政拨款支出年初预算为") || opensSanGong(p)) {
      out.sanGong = readSanGong(p);
      // 七 begins (its numbered items are not 五(三)'s, heading or not)
      top = 7;
      inItems = false;
      // a change against last year in the same paragraph (`…完成预算的13.68%。与2023年度相比，减少…`)
      const moved = sanGongChanges(p, out.sanGong.outcome, out.sanGong.items);
      changes.push(...moved);
      mark(i, i, out.sanGong, moved);
    } else if (p.includes("机关运行经费支出")) {
      // this year's (`与2023年度机关运行经费支出182.10万元相比，2024年度…` prints last year's first)
      const cost = amountAfterWords(p, ["机关运行经费支出"], 0, notEarlier(p));
      if (cost !== undefined) out.operatingCost = cost.amount;
      const c = changeIn(p, "operatingCost", cost?.amount, cost?.at ?? 0);
      if (c !== undefined) changes.push(c);
      mark(i, i, cost?.amount, c);
    } else if (statesProcurement(p)) {
      // the 中小企业 paragraph after it, empty lines between passed over (a page's furniture, its
      // number and running header with blank lines around them, is as many empty lines); each
      // empty line is passed over once, by the one statement before it: linear
      let k = i + 1;
      while (k < paragraphs.length && paragraphs[k] === "") k++;
      const next = paragraphs[k] ?? "";
      const procurement = readProcurement(p, next);
      if (procurement !== undefined) {
        out.procurement = procurement;
        mark(i, next.includes("中小企业") ? k : i, procurement);
      }
    } else if (top === 7 || p.includes("三公")) {
      const figures = readSanGongFigures(p);
      sanGongItems.push(...figures);
      // 七 goes on to the next heading (its items may be numbered without it: `1.因公出国（境）费…`)
      if (figures.length > 0) top = 7;
      // an item's change is on its outcome in this paragraph, else in 七(一)
      const moved = sanGongChanges(p, out.sanGong?.outcome, [
        ...figures,
        ...(out.sanGong?.items ?? []),
      ]);
      changes.push(...moved);
      mark(i, i, figures, moved);
    } else if (top === 5 && out.gpb?.amount !== undefined && marksClasses(p)) {
      // 五(二)'s list printed without its lead, 五(一)'s figure its whole: read where 类 with their
      // shares are printed (else coverage)
      const read = classShares(p, 0, out.gpb.amount);
      shares.push(...read);
      if (read.length > 0) mark(i, i, read);
    } else {
      const kind = splitKindOf(p, top);
      if (kind === undefined) continue;
      // a statement wrapped over lines (`…占55.10%；` then `项目支出…`) runs to its `。`
      const first = i;
      const pieces = [p];
      while (!(paragraphs[i] ?? "").endsWith("。") && i + 1 < paragraphs.length) {
        const next = paragraphs[i + 1] ?? "";
        if (
          isSection(next) ||
          listNumber(next) !== undefined ||
          splitKindOf(next, top) !== undefined
        )
          break;
        pieces.push(next);
        i++;
      }
      const parts = readParts(pieces.join(""), kind, top);
      if (parts !== undefined && out[kind] === undefined) out[kind] = parts;
      mark(first, i, parts);
    }
  }
  return { narrative: out, reads };
}
