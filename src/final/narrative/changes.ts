import { type Amount, amountsEqual, negateAmount } from "../../amount";
import { firstCompared, followsCurrent, priorBefore, priorWithin } from "./comparisons";
import {
  amountAt,
  firstOf,
  firstOfFrom,
  isAnyDigit,
  numberAt,
  percentAt,
  skipSpaces,
} from "./scan";
import type { PrintedChange } from "./types";
import { clauseStart, endsClause, LONG_CLAUSE_BACK, ofThisYear } from "./years";

/**
 * The names a clause may give each subject of a change (connectives and spaces dropped, see
 * {@link clauseName}); an empty clause (`与2023年度相比，增加…`, `比2023年度增加…`) is the
 * paragraph's subject too. A clause naming anything else (`本年支出合计减少…`, `年末结转和结余增加…`)
 * states another figure's change. @internal
 */
export const CHANGE_SUBJECTS: Readonly<Record<PrintedChange["subject"], readonly string[]>> = {
  total: [
    "收入支出总计",
    "收支总计",
    "收入支出决算总计",
    "收支决算总计",
    "总计",
    "收入支出",
    "收支",
    "收支规模",
    "收入总计支出总计",
  ],
  fiscalTotal: [
    "财政拨款收入支出总计",
    "财政拨款收支总计",
    "财政拨款收入支出决算总计",
    "财政拨款总计",
    "财政拨款收入总计支出总计",
    "财政拨款收入总计财政拨款支出总计",
    "总计",
  ],
  gpb: [
    "一般公共预算财政拨款支出",
    "一般公共预算财政拨款支出合计",
    "一般公共预算财政拨款支出决算",
    "一般公共预算财政拨款",
  ],
  operatingCost: ["机关运行经费支出", "机关运行经费", "机关运行经费支出决算"],
  sanGong: [
    "三公经费",
    "三公经费支出",
    "三公经费支出决算",
    "三公经费支出决算数",
    "三公经费财政拨款支出",
    "三公经费财政拨款支出决算",
    "三公经费财政拨款支出决算数",
    "财政拨款三公经费",
    "财政拨款三公经费支出",
  ],
};

const MOVED = ["增加", "减少"];
/** The words a growth rate follows. */
const RATE_WORDS = ["增长", "下降", "上升", "提高", "降低", "增幅", "降幅"];
/** What may stand between a rate's word and the rate (`增长了12.08%`, `降幅为8.65%`, `下降幅度为8.65%`). */
const RATE_FILLERS = ["幅度为", "幅度", "了", "为"];

/** The amount moved, printed at `i` after `增加` / `减少`, a `了` between allowed (`减少了13.52万元`). */
function movedAmountAt(text: string, i: number): ReturnType<typeof amountAt> {
  return amountAt(text, text[i] === "了" ? i + 1 : i);
}
/** The longest clause read as a subject's name (the names are at most 14 characters). */
const MAX_CLAUSE = 30;
/** Connectives, quotes and spaces a subject's name may print or not (`收入、支出总计`, `“三公”经费`). */
const DROPPED = '、和与及 \u3000“”"‘’「」';
/** Words after the name that say how (`各增加`, `均减少`, `分别增加`, `共增加`). */
const HOW = ["分别", "各", "均", "都", "共"];

/**
 * The name a clause gives before its `增加` / `减少` (from the clause's start to `end`):
 * connectives and spaces dropped, the words saying how cut off the end. @internal
 */
export function clauseName(text: string, start: number, end: number): string {
  let name = "";
  for (let i = start; i < end; i++) {
    const c = text[i] ?? "";
    if (!DROPPED.includes(c)) name += c;
  }
  for (const w of HOW) if (name.endsWith(w)) return name.slice(0, name.length - w.length);
  return name;
}

/**
 * `比2023年度增加X万元，增长P%` / `与2023年度相比，…减少X万元，下降P%` after `from`: the first
 * `增加` / `减少` followed by an amount, in the sentence of the comparison, whose clause names the
 * subject or nothing (`与2023年度相比，本年支出合计减少…` is not the total's change). A comparison
 * that is another figure's, or whose sentence moves no amount (`比上年提高0.50个百分点。`, a
 * share's), leaves the next sentence's to be read (once: linear). The document's `year` dates
 * the figures before the comparison (see {@link ofThisYear}). @internal
 */
export function changeIn(
  text: string,
  subject: PrintedChange["subject"],
  current: Amount | undefined,
  from: number,
  year?: number,
  again = true,
): PrintedChange | undefined {
  if (current === undefined) return undefined;
  // `与2023年度…182.10万元相比，2024年度…184.65万元，增加2.55万元`: the comparison opens the
  // sentence before this year's figure
  const sentenceStart = text.lastIndexOf("。", from) + 1;
  const opened = text.slice(sentenceStart, from).includes("相比") ? sentenceStart : from;
  const compared = firstCompared(text, opened, current);
  if (compared === undefined) return undefined;
  const sentenceEnd = text.indexOf("。", compared.at);
  const stop = sentenceEnd < 0 ? text.length : sentenceEnd;
  let amounts = false;
  // nothing in the comparison's sentence: the next sentence's, unless an amount moved there
  const next = () =>
    amounts || !again || sentenceEnd < 0
      ? undefined
      : changeIn(text, subject, current, sentenceEnd + 1, year, false);
  // another figure's comparison (`占比较上年下降0.10个百分点。`)
  if (compared.word !== "相比" && !ownComparison(text, compared.at, subject, current, from, year))
    return next();
  let clauseStart = compared.word === "相比" ? compared.at + 2 : -1;
  let i = compared.at;
  const movedFrom = firstOfFrom(text, MOVED);
  while (i < stop) {
    const moved = movedFrom(i);
    if (moved === undefined || moved.at >= stop) return next();
    // the clause the word is in starts after the last clause mark before it
    for (let k = i; k < moved.at; k++) if (endsClause(text, k)) clauseStart = k + 1;
    const amount = movedAmountAt(text, moved.at + 2);
    // a clause longer than any name names no subject (and is not read again: linear)
    const name =
      clauseStart < 0 || moved.at - clauseStart > MAX_CLAUSE
        ? undefined
        : clauseName(text, clauseStart, moved.at);
    const named =
      clauseStart < 0 ||
      (name !== undefined && (name === "" || CHANGE_SUBJECTS[subject].includes(name)));
    if (amount !== undefined) {
      amounts = true;
      if (!named) {
        i = amount.end;
        continue;
      }
      const c = changeAt(text, moved.at, subject, current);
      const prior =
        compared.word === "相比"
          ? priorBefore(text, compared.at)
          : priorWithin(text, compared.at, moved.at);
      return c === undefined || prior === undefined ? c : { ...c, prior };
    }
    i = moved.at + 2;
  }
  return next();
}

/**
 * Whether a comparison other than `与…相比`, at `at`, is the figure's own. The clause before its
 * `比` / `较` names the subject (`2024年度“三公”经费财政拨款支出决算数比2023年度减少…`), or ends with
 * the figure (`…184.65万元比上年…`); or names nothing and the last money figure before it, from
 * the statement's start `from`, is this one (`…184.65万元，较2023年度减少…`, a share between
 * allowed), not a part's (`其中：公用经费100.00万元，比…`) nor a later sentence's subject
 * (`主要原因：项目支出较上年…`). Reads the statement once.
 */
function ownComparison(
  text: string,
  at: number,
  subject: PrintedChange["subject"],
  current: Amount,
  from: number,
  year: number | undefined,
): boolean {
  const sentence = text.lastIndexOf("。", at - 1) + 1;
  const clause = clauseStart(text, at, at - sentence);
  // the comparison's own words start at its 比 / 较 (`比2023年度减少` is found at 年度减少)
  let cut = at;
  for (let k = clause; k < at; k++) if (text[k] === "比" || text[k] === "较") cut = k;
  // an aside in brackets before it (`公务接待费（含外宾接待0.00万元）比…`) is no name
  const head = withoutAside(clauseName(text, clause, cut));
  if (head !== "") return namesSubject(head, subject) || followsCurrent(text, cut, current);
  // names nothing: the last money figure before it, outside brackets, from the figure's sentence
  const start = Math.min(text.lastIndexOf("。", from - 1) + 1, sentence);
  let last: Amount | undefined;
  let depth = 0;
  const now = ofThisYear(text, year, LONG_CLAUSE_BACK);
  for (let k = start; k < clause; k++) {
    const c = text[k];
    if (c === "（" || c === "(") depth++;
    else if ((c === "）" || c === ")") && depth > 0) depth--;
    if (depth > 0 || !isAnyDigit(c) || isAnyDigit(text[k - 1])) continue;
    const hit = amountAt(text, k);
    if (hit !== undefined && hit.end <= clause) {
      // last year's figure printed before it (`2023年度收入支出总计3052.34万元，比上年…`) is passed
      if (now(k)) last = hit.amount;
      k = hit.end - 1;
    }
  }
  // a text that starts right after its figure (七's item, read from its end on) has none
  if (last === undefined) return from === 0 && start === 0;
  return amountsEqual(last, current);
}

/** A name without a bracketed aside at its end (`公务接待费（含外宾接待0.00万元）`). */
function withoutAside(name: string): string {
  if (!name.endsWith("）") && !name.endsWith(")")) return name;
  const open = Math.max(name.lastIndexOf("（"), name.lastIndexOf("("));
  return open < 0 ? name : name.slice(0, open);
}

/** Words a subject's name may end with or not (`…总计决算数`, `“三公”经费支出合计`). */
const NAME_ENDINGS = ["决算数", "决算", "合计", "总额", "数", "财政拨款"];

/** A name without its endings of {@link NAME_ENDINGS} (at most three, in any order). */
function nameStem(name: string): string {
  let n = name;
  for (let round = 0; round < 3; round++) {
    const ending = NAME_ENDINGS.find((e) => n.endsWith(e) && n.length > e.length);
    if (ending === undefined) break;
    n = n.slice(0, n.length - ending.length);
  }
  return n;
}

/** Whether a clause's name names the subject (`收入支出总计决算数`, `2024年度“三公”经费决算数`). */
function namesSubject(head: string, subject: PrintedChange["subject"]): boolean {
  const stem = nameStem(head);
  return CHANGE_SUBJECTS[subject].some((name) => stem.endsWith(nameStem(name)));
}

/** A mark that may stand between a change's amount and its rate (`减少2.55万元，下降1.40%`). */
const RATE_AFTER = "，,；;、";

/**
 * A change printed right at `i` (`减少0.15万元，下降27.78%`), its comparison with last year said
 * before it (七's items after the total's `比2023年度…`): the moved amount, and the rate when a rate
 * word follows it at once. @internal
 */
export function changeAt(
  text: string,
  i: number,
  subject: PrintedChange["subject"],
  current: Amount,
): PrintedChange | undefined {
  const moved = MOVED.find((w) => text.startsWith(w, i));
  const amount = moved === undefined ? undefined : movedAmountAt(text, i + moved.length);
  if (amount === undefined) return undefined;
  const delta = moved === "减少" ? negateAmount(amount.amount) : amount.amount;
  let k = skipSpaces(text, amount.end);
  if (RATE_AFTER.includes(text[k] ?? "x")) k = skipSpaces(text, k + 1);
  const word = RATE_WORDS.find((w) => text.startsWith(w, k));
  const filler =
    word === undefined ? undefined : RATE_FILLERS.find((f) => text.startsWith(f, k + word.length));
  const rate =
    word === undefined ? undefined : rateAt(text, k + word.length + (filler?.length ?? 0));
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
  let j = skipSpaces(text, i);
  // a word of the form left in brackets (`下降（增长）27.78%`): the rate follows it
  if (text[j] === "（" || text[j] === "(") {
    const close = firstOf(text.slice(j, j + 6), ["）", ")"]);
    if (close !== undefined) j = skipSpaces(text, j + close.at + 1);
  }
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
