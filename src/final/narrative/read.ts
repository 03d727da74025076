import { type Amount, negateAmount } from "../../amount";
import type { SanGongItem } from "../../facts";
import { listAfter } from "./lists";
import {
  amountAfter,
  amountAt,
  firstOf,
  isAnyDigit,
  isSection,
  listNumber,
  numberAt,
  percentAfter,
  percentAt,
  sectionNumber,
  skipSpaces,
} from "./scan";
import type { BudgetItem, CompletionRate, FinalNarrative, PrintedChange } from "./types";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const RATE_WORDS: readonly (readonly [string, CompletionRate["base"]])[] = [
  ["完成年初预算的", "initial"],
  ["完成全年预算数的", "full"],
  ["完成全年预算的", "full"],
  ["完成调整预算数的", "full"],
  ["完成调整预算的", "full"],
  ["完成调整后预算的", "full"],
  ["完成预算数的", "budget"],
  ["完成预算的", "budget"],
];

/** The first completion rate printed at or after `from`. */
function rateIn(text: string, from = 0): CompletionRate | undefined {
  const hit = firstOf(
    text,
    RATE_WORDS.map(([w]) => w),
    from,
  );
  if (hit === undefined) return undefined;
  const percent = percentAt(text, hit.at + hit.word.length)?.percent;
  const base = RATE_WORDS.find(([w]) => w === hit.word)?.[1];
  return percent === undefined || base === undefined ? undefined : { percent, base };
}

/** The 类 / 款 / 项 names of a path `一般公共服务支出（类）财政事务（款）行政运行（项）`. */
function pathNames(text: string, end: number): string[] {
  const names: string[] = [];
  let start = text.indexOf("、") + 1;
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
  if (BELOW.some((w) => text.includes(w))) return "below";
  if (ABOVE.some((w) => text.includes(w))) return "above";
  if (text.includes("基本持平")) return "roughlyFlat";
  if (text.includes("持平")) return "flat";
  return undefined;
}
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

/** One 项 of 五(三), from its paragraph(s). */
function readItem(number: number, text: string): BudgetItem | undefined {
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

const SAN_GONG_ITEMS: readonly (readonly [string, SanGongItem])[] = [
  ["因公出国（境）费", "abroad"],
  ["公务用车购置及运行维护费", "vehicles"],
  ["公务用车购置及运行费", "vehicles"],
  ["公务接待费", "reception"],
];

function readSanGong(text: string): NonNullable<FinalNarrative["sanGong"]> {
  const budget = amountAfter(text, "年初预算为");
  const outcome = amountAfter(text, "支出决算为");
  const rate = rateIn(text);
  const items: NonNullable<FinalNarrative["sanGong"]>["items"][number][] = [];
  const of = text.indexOf("其中：");
  if (of >= 0) {
    for (const part of text.slice(of + 3).split("；")) {
      const hit = SAN_GONG_ITEMS.find(([w]) => part.startsWith(w));
      if (hit === undefined) continue;
      const amount = amountAfter(part, "决算为");
      const r = rateIn(part);
      items.push({
        item: hit[1],
        ...(amount === undefined ? {} : { outcome: amount }),
        ...(r === undefined ? {} : { rate: r }),
      });
    }
  }
  return {
    ...(budget === undefined ? {} : { budget }),
    ...(outcome === undefined ? {} : { outcome }),
    ...(rate === undefined ? {} : { rate }),
    items,
    text,
  };
}

/** `比2023年度增加X万元，增长P%` / `与2023年度相比，…减少X万元，下降P%` after `from`. */
function changeIn(
  text: string,
  subject: PrintedChange["subject"],
  current: Amount | undefined,
  from: number,
): PrintedChange | undefined {
  if (current === undefined) return undefined;
  const compared = firstOf(text, ["相比", "年度增加", "年度减少"], from);
  if (compared === undefined) return undefined;
  const moved = firstOf(text, ["增加", "减少"], compared.at);
  if (moved === undefined) return undefined;
  const amount = amountAt(text, moved.at + 2);
  if (amount === undefined) return undefined;
  const delta = moved.word === "减少" ? negateAmount(amount.amount) : amount.amount;
  const rateWord = firstOf(text, ["增长", "下降"], amount.end);
  const near = rateWord !== undefined && rateWord.at - amount.end <= 2;
  const rate = near ? rateAt(text, rateWord.at + 2) : undefined;
  return {
    subject,
    current,
    delta,
    ...(rate?.percent === undefined ? {} : { percent: rate.percent }),
    ...(rate?.bare === undefined ? {} : { bare: rate.bare }),
    text,
  };
}

/**
 * What may follow a rate printed without its `%`: the end of its clause or paragraph. Anything
 * else (a unit, a counter, 个百分点, a year) means the number is not a bare rate, whatever it is.
 */
const CLAUSE_END = "。，；,;";

/**
 * The rate printed at `i` after 增长 / 下降: `13.95%`, `13.95％` or `百分之13.95` (`percent`), or
 * a number that ends its clause with no `%` (`增长 13.95。`: `bare`).
 */
function rateAt(text: string, i: number): { percent?: string; bare?: string } | undefined {
  const j = skipSpaces(text, i);
  if (text.startsWith("百分之", j)) {
    const n = numberAt(text, j + 3);
    return n === undefined ? undefined : { percent: n.digits };
  }
  const p = percentAt(text, j);
  if (p !== undefined) return { percent: p.percent };
  const n = numberAt(text, j);
  if (n === undefined) return undefined;
  const next = text[skipSpaces(text, n.end)];
  return next === undefined || CLAUSE_END.includes(next) ? { bare: n.digits } : undefined;
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
  const paragraphs = text.split("\n").map((p) => p.trim());
  const out: Mutable<FinalNarrative> = { classShares: [], items: [], changes: [] };
  const items: BudgetItem[] = [];
  const changes: PrintedChange[] = [];
  const shares: FinalNarrative["classShares"][number][] = [];
  let inItems = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] ?? "";
    const section = sectionNumber(p);
    if (section === 6 || section === 7) inItems = false;
    const n = listNumber(p);
    if (inItems && n !== undefined) {
      // an item runs on over the paragraphs that open no new item or section
      let body = p;
      while (i + 1 < paragraphs.length) {
        const next = paragraphs[i + 1] ?? "";
        if (listNumber(next) !== undefined || isSection(next)) break;
        body += next;
        i++;
      }
      const item = readItem(n, body);
      if (item !== undefined) items.push(item);
      continue;
    }
    const gpbAt = p.indexOf("一般公共预算财政拨款支出");
    if (p.includes("年度收入支出总计") && !p.includes("财政拨款收入支出总计")) {
      const total = amountAfter(p, "收入支出总计");
      if (total !== undefined) out.total = total;
      const c = changeIn(p, "total", total, p.indexOf("收入支出总计"));
      if (c !== undefined) changes.push(c);
    } else if (p.includes("财政拨款收入支出总计")) {
      const total = amountAfter(p, "财政拨款收入支出总计");
      if (total !== undefined) out.fiscalTotal = total;
      const c = changeIn(p, "fiscalTotal", total, p.indexOf("财政拨款收入支出总计"));
      if (c !== undefined) changes.push(c);
    } else if (gpbAt >= 0 && p.includes("占本年支出合计的")) {
      const amount = amountAfter(p, "一般公共预算财政拨款支出", gpbAt);
      const share = percentAfter(p, "占本年支出合计的");
      out.gpb = {
        ...(amount === undefined ? {} : { amount }),
        ...(share === undefined ? {} : { share }),
        text: p,
      };
      const c = changeIn(p, "gpb", amount, p.indexOf("占本年支出合计的"));
      if (c !== undefined) changes.push(c);
    } else if (gpbAt >= 0 && p.includes("主要用于以下方面")) {
      const whole = amountAfter(p, "一般公共预算财政拨款支出", gpbAt);
      const start = p.indexOf("主要用于以下方面");
      for (const part of p.slice(start).split("；")) {
        const cls = firstOf(part, ["（类）", "(类)"]);
        if (cls === undefined || whole === undefined) continue;
        const colon = part.lastIndexOf("：", cls.at);
        const name = part.slice(colon + 1, cls.at).trim();
        const amount = amountAt(part, cls.at + cls.word.length)?.amount;
        const percent = percentAfter(part, "占", cls.at);
        if (percent === undefined) continue;
        shares.push({
          name,
          ...(amount === undefined ? {} : { amount }),
          percent,
          whole,
          text: part,
        });
      }
    } else if (gpbAt >= 0 && (p.includes("年初预算为") || fullWordIn(p) !== undefined)) {
      const initial = amountAfter(p, "年初预算为");
      const fullWord = fullWordIn(p);
      const full = fullWord === undefined ? undefined : amountAfter(p, fullWord);
      const outcome = amountAfter(p, "支出决算为");
      const rate = rateIn(p);
      out.execution = {
        ...(initial === undefined ? {} : { initial }),
        ...(full === undefined ? {} : { full }),
        ...(outcome === undefined ? {} : { outcome }),
        ...(rate === undefined ? {} : { rate }),
        text: p,
      };
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
    } else if (p.includes("经费财政拨款支出年初预算为")) {
      out.sanGong = readSanGong(p);
    } else if (p.includes("机关运行经费支出")) {
      const cost = amountAfter(p, "机关运行经费支出");
      if (cost !== undefined) out.operatingCost = cost;
      const c = changeIn(p, "operatingCost", cost, p.indexOf("机关运行经费支出"));
      if (c !== undefined) changes.push(c);
    } else if (p.includes("政府采购金额")) {
      const total = amountAfter(p, "为准）为") ?? amountAfter(p, "政府采购金额为");
      const next = paragraphs[i + 1] ?? "";
      const body = next.includes("中小企业") ? `${p}${next}` : p;
      const at = (phrase: string) => {
        const k = body.indexOf(phrase);
        return k < 0 ? undefined : amountAfter(body, "采购金额", k);
      };
      const reserved = at("在面向中小企业预留的政府采购项目中");
      const other = at("在其他政府采购项目中");
      if (total !== undefined) {
        const goods = amountAfter(p, "货物采购金额");
        const works = amountAfter(p, "工程采购金额");
        const services = amountAfter(p, "服务采购金额");
        out.procurement = {
          total,
          ...(goods === undefined ? {} : { goods }),
          ...(works === undefined ? {} : { works }),
          ...(services === undefined ? {} : { services }),
          ...(reserved === undefined ? {} : { smeReserved: reserved }),
          ...(other === undefined ? {} : { smeOther: other }),
          text: p,
        };
      }
    }
  }
  out.items = items;
  out.changes = changes;
  out.classShares = shares;
  return out;
}
