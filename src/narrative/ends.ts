/**
 * The ends of the reader's units of text: a clause (`，` `；`), a sentence (`。`) and a paragraph,
 * and what each settles (nones, thresholds, lead-ins, lists, `分别` shares, unplaced figures'
 * sentences). @internal
 */

import { zeroAmount } from "../amount";
import { endAside } from "./asides";
import { comparisonBase } from "./comparison-bases";
import { exceptBefore, exceptFirst, noneEnds, noneExcept } from "./nones";
import { CLOSING_QUOTES, OPENING_QUOTES } from "./quotes";
import {
  balanced,
  leave,
  newClause,
  newSentence,
  periodNow,
  type Reader,
  span,
  undated,
} from "./reader";
import { SHARE_FIGURE_WORDS } from "./share-figure-words";
import { endShares, pushShare } from "./shares";
import { markerAt } from "./text";
import type { Span } from "./types";
import { noteUnitWhole } from "./unit-parts";
import { lastRun } from "./wholes";

/** The end of a list (`…等`, `…等支出`, `…等方面`) before a clause break. */
const LIST_END = /等(?:支出|费用|经费|开支|方面|内容)?$/u;
const LIST_END_SPAN = 3;

/** Words opening a list with a colon (`…969.06万元，具体为：…`): the figure before is its whole. */
const LIST_OPENS = ["具体为", "具体是", "如下"];

/** Words a lead-in clause ends with (`一般公共预算支出按功能分类，…`): its fund is the sentence's. */
const LEAD_INS = ["分类", "划分", "看", "科目分", "类别分"];

/**
 * A lead-in clause (`一般公共预算支出按功能分类，`, `…969.06万元，按功能分类：`) breaks down the
 * measure it names, else the sentence's last figure (placed) when it names none: the whole of a
 * share after it that names none and has no 其中 whole; its parts take its fund.
 */
function leadWhole(r: Reader): void {
  const { cl, sent } = r;
  const last = sent.lastLeft ? undefined : r.claims[sent.lastAmount ?? -1];
  const whole =
    cl.measure !== undefined
      ? cl.measure.subjects.length === 1
        ? cl.measure.subjects[0]
        : undefined
      : cl.fund === undefined && last?.kind === "amount"
        ? last.subject
        : undefined;
  if (whole === undefined) return;
  sent.whole = whole;
  if (sent.fund === undefined && whole.coords.fund !== undefined) {
    sent.fund = whole.coords.fund;
    sent.fundGrant = cl.fund?.grant === true;
  }
}

/** Ends a clause: a `无…` that made no figure states none; a threshold nothing took stays unplaced. */
export function endClause(r: Reader, next: number): void {
  const { cl, sent } = r;
  // `财政拨款支出按功能科目划分：`, `财政拨款支出中，`: a lead-in naming a fund and no figure.
  const c = r.text.text;
  if (
    cl.fund !== undefined &&
    !cl.claimed &&
    (c.charAt(next - 1) === ":" ||
      c.charAt(next - 1) === "：" ||
      c.charAt(next - 2) === "中" ||
      LEAD_INS.some((w) => c.endsWith(w, next - 1)))
  ) {
    sent.fund = cl.fund.fund;
    sent.fundGrant = cl.fund.grant === true;
  }
  // `…969.06万元，具体为：`, `本部门支出预算中，`: so does a list's opening or a measure's 中
  const opens =
    LEAD_INS.some((w) => c.endsWith(w, next - 1)) ||
    (":：".includes(c.charAt(next - 1)) && LIST_OPENS.some((w) => c.endsWith(w, next - 1))) ||
    (cl.measure !== undefined && c.charAt(next - 2) === "中" && c.charAt(next - 3) !== "其");
  // `本部门2025年支出预算中，其中：某县第一中学110.00万元`: the whole of the units' figures after it.
  if (!cl.claimed) noteUnitWhole(r, next, opens);
  if (!cl.claimed && opens) {
    leadWhole(r);
    // `机关运行经费中，公用经费…`: the measures after it are its parts (`measures.ts`).
    const [whole, more] = cl.measure?.subjects ?? [];
    if (c.charAt(next - 2) === "中" && whole !== undefined && more === undefined)
      sent.within = whole;
    // `“三公”经费中，因公出国（境）费、…、公务接待费分别为…`: the whole is no name of the list after it.
    sent.named = [];
  }
  const n = cl.none;
  if (
    n !== undefined &&
    !cl.claimed &&
    !sent.reason &&
    !r.heading &&
    !undated(r) &&
    !balanced(r) &&
    (n.after === true ? noneEnds(c, n.e, next) : !noneExcept(c, n)) &&
    !exceptFirst(r, n)
  ) {
    const subjects =
      n.measure ?? n.funds?.map((fund) => ({ concept: "spending" as const, coords: { fund } }));
    // One span for all of them: a none of a list of n measures spans the list (read once).
    const at = closed(r, span(r, n.s, n.e));
    for (const subject of subjects ?? [])
      r.claims.push({
        kind: "amount",
        subject,
        value: zeroAmount("万元"),
        period: periodNow(r),
        basis: "budget",
        relation: "none",
        span: at,
      });
    // `…增加0.46万元；政府性基金拨款支出预算为零，与上年持平`: a change after the none is of its
    // measure, as after a figure `0.00万元` in its place, not of the figure before it.
    if (subjects !== undefined && subjects.length > 0)
      r.para.last = { subjects, atMost: false, none: true };
  }
  if (cl.threshold !== undefined) leave(r, cl.threshold, "threshold");
  // `…占70.38%，包括人员经费和公用经费；项目支出…`: a list of names without figures is a
  // description, not the 其中 of what follows: the paragraph's 其中 state is as before it.
  const listed = cl.listed;
  if (listed?.named === true && !listed.figured) {
    const para = r.para;
    if (listed.head === undefined) delete para.head;
    else para.head = listed.head;
    if (listed.wholes === undefined) delete para.wholes;
    else para.wholes = listed.wholes;
    para.ofWhich = listed.ofWhich;
    delete para.outer;
  }
  // `截至2023年12月31日，…共有车辆2辆`: a year clause without a figure dates the sentence.
  if (!cl.claimed && cl.period === "prior") {
    sent.prior = true;
    sent.earlier = cl.earlier === true;
  }
  sent.open = cl.compare && cl.change === undefined;
  const base =
    sent.open && cl.comparedFrom !== undefined
      ? comparisonBase(c, cl.comparedFrom, next - 1, r.year)
      : undefined;
  if (base === undefined) delete sent.openBase;
  else sent.openBase = base;
  // `公务接待费2.50万元，比上年减少1.00万元；…，均与上年持平`: a 均 after a stated change or a `；`
  // is not of the figures before it.
  const semi = c.charAt(next - 1) === "；" || c.charAt(next - 1) === ";";
  if (cl.change !== undefined || semi) sent.flatFrom = sent.parts.length;
  if (semi) {
    delete sent.within;
    delete sent.sanGong;
  }
  const composed = sent.composed;
  if (composed !== undefined) {
    // `…，主要包括办公费、公务接待费1.50万元等，比上年增加…`: after its `等` the list is over and the
    // paragraph's measure is its whole again.
    if (LIST_END.test(c.slice(Math.max(cl.start, next - LIST_END_SPAN), next - 1))) {
      r.para.last = composed.whole;
      delete sent.composed;
    }
    // `机关运行经费…，主要用于办公、接待；“三公”经费…`: it ends at a `；`, unless a `：` opened it
    // (`主要包括：办公费…；印刷费…`).
    else if (semi && !composed.colon) composed.open = false;
  }
  // `基本支出占70.38%，为682.06万元`: the figure after the share is of the measure it named.
  const carried = cl.share && sent.waiting !== undefined ? cl.shareOwner : undefined;
  r.cl = newClause(next);
  // `未安排因公出国（境）费、公务用车购置费和公务接待费`, `无政府性基金预算、国有资本经营预算…`: a none
  // before its list goes on past a `、` to the measures or funds joined after it (each read once).
  if (n !== undefined && n.after !== true && !cl.claimed && c.charAt(next - 1) === "、") {
    const except = n.except === undefined ? exceptBefore(r, n.s) : n.except;
    r.cl.none =
      n.measure !== undefined
        ? {
            s: next,
            e: next - 1,
            measure: [],
            goesOn: true,
            except,
            ...(n.fund === undefined ? {} : { fund: n.fund }),
            ...(n.funds === undefined ? {} : { funds: n.funds }),
          }
        : { s: next, e: next - 1, funds: [], goesOn: true, except };
  }
  if (carried !== undefined && SHARE_FIGURE_WORDS.some((w) => c.startsWith(w, next)))
    r.cl.measure = carried;
  r.segStart = next;
}

/** The shared quotes; the straight ones open and close. */
const OPENING = OPENING_QUOTES;
const CLOSING = CLOSING_QUOTES;

/**
 * A span of words (`无“公务接待费`) with the quote right after it when it holds an odd number of
 * quotes (`无“公务接待费”`, `无"公务接待费"`): a quote is never cut in half.
 */
function closed(r: Reader, s: Span): Span {
  let odd = false;
  r.steps.n += s.text.length;
  for (const ch of s.text) if (OPENING.includes(ch) || CLOSING.includes(ch)) odd = !odd;
  const next = r.input.charAt(s.end);
  return odd && next !== "" && CLOSING.includes(next)
    ? { start: s.start, end: s.end + 1, text: s.text + next }
    : s;
}

/**
 * The input span of the sentence of compact characters `[s, e)`, as printed: with the opening
 * quotes before its first character and the closing quotes right after its full stop (the compact
 * form drops them), without the line break that may end it. Each character is looked at once.
 */
export function sentenceSpan(r: Reader, s: number, e: number): Span {
  const { input, text } = r;
  let last = e;
  while (last > s && text.text.charAt(last - 1) === "\n") last--;
  let { start, end } = span(r, s, last);
  for (let j = start; j > 0; j--) {
    r.steps.n++;
    const ch = input.charAt(j - 1);
    if (OPENING.includes(ch)) start = j - 1;
    else if (ch === "\n" || !/\s/u.test(ch)) break;
  }
  while (end < input.length && CLOSING.includes(input.charAt(end))) end++;
  return { start, end, text: input.slice(start, end) };
}

/** Ends a sentence: `分别占` shares meet their parts, unplaced numbers get their sentence. */
export function endSentence(r: Reader, next: number): void {
  // A bracket not closed in the sentence ends with it.
  endAside(r);
  endClause(r, next);
  const { sent } = r;
  const shares = sent.respective?.shares ?? [];
  const parts = sent.parts.slice(-shares.length);
  // As many shares as the parts of one kind the sentence ends with, or none placed (never guessed).
  const matched = shares.length === lastRun(r, sent.parts);
  for (const [i, t] of shares.entries())
    pushShare(
      r,
      t,
      matched ? parts[i] : undefined,
      sent.respective?.base,
      sent.respective?.baseFree,
    );
  endShares(r);
  if (r.pending.length > 0) {
    const sentence = sentenceSpan(r, sent.start, next);
    for (const u of r.pending)
      r.unplaced.push({ reason: u.reason, carriesAmount: u.carriesAmount, span: u.span, sentence });
    r.pending.length = 0;
  }
  if (sent.parts.length > 0) r.para.lastParts = sent.parts;
  r.sentences.push({ start: sent.start, end: next, claims: r.claims.length });
  r.sent = newSentence(next);
  // A 其中 list ends with its sentence; the measure of its last figure is a part's, not what a
  // later sentence without a measure is about (`…，其中公务接待费2.50万元。比2023年减少1.00万元`);
  // so does a `主要包括` list that placed a figure (one without figures leaves the measure as it was).
  if (r.para.ofWhich || (sent.composed !== undefined && r.para.last !== sent.composed.whole))
    delete r.para.last;
  r.para.ofWhich = false;
  delete r.para.outer;
}

/**
 * A numbered paragraph (`1.一般公共服务支出（类）638.00万元，占78.96%。`) after one that ended with a
 * colon after a figure (`一般公共预算支出808.00万元，具体为：`), or after such an item, lists a part
 * of that figure as a 其中 would: its fund and the whole of its share. Any other paragraph ends
 * the list.
 */
export function continueList(r: Reader, lead: number | undefined, at: number): void {
  const c = r.text.text;
  r.list = r.kind === "text" && markerAt(c, at) ? (lead ?? r.list) : undefined;
  if (r.list === undefined || c.startsWith("其中", at)) return;
  r.para.head = r.list;
  r.para.ofWhich = true;
}

/** Ends a paragraph: a heading (or a `…如下：` line naming a measure) sets the fund context. */
export function endParagraph(r: Reader): void {
  if (r.kind === "heading" || (r.kind === "context" && r.headingNamed)) {
    r.sectionFund = r.headingFund;
    r.sectionSides = r.headingSides;
    r.sectionGrant = r.headingGrant;
  }
  r.headingGrant = false;
  r.headingSides = 0;
  r.headingFund = undefined;
  r.headingNamed = false;
}
