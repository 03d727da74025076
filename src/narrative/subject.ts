/**
 * What a figure of the current clause is about: the 科目 path its clause names, else the measure
 * (with the fund printed before it or inherited from its 其中 whole or section), else the
 * paragraph's measure where the words refer to it; never guessed.
 */
import type { Fund } from "../facts";
import { comparisonBase } from "./comparison-bases";
import { fundOfWhole } from "./fund-parts";
import { takeItem } from "./items";
import type { Lex } from "./lexicon";
import { OTHER } from "./nones";
import { type PathSegment, resolvePath } from "./paths";
import type { Named, Reader } from "./reader";
import { fundAlone } from "./sides";
import type { ClaimSubject, PrintedPath } from "./types";

/** The fund a measure without one takes: its 其中 whole's, else its section's. @internal */
export function inherited(r: Reader): Fund | undefined {
  if (r.para.ofWhich && r.para.head !== undefined) {
    const h = r.claims[r.para.head];
    if (h !== undefined && "subject" in h && h.subject.coords.fund !== undefined)
      return h.subject.coords.fund;
  }
  return r.sectionFund;
}

/**
 * The fund of the spending a `主要用于` / `主要包括` list is the composition of
 * (`一般公共预算支出950.12万元，主要用于以下方面：社会保障和就业支出（类）866.16万元`): its 科目
 * are that fund's. Only of spending of one fund and nothing else.
 */
function fundOfComposed(r: Reader): Fund | undefined {
  const composed = r.sent.composed;
  if (composed?.open !== true || composed.whole.subjects.length !== 1) return undefined;
  const whole = composed.whole.subjects[0] as ClaimSubject;
  const { fund, ...rest } = whole.coords;
  return whole.concept === "spending" && Object.keys(rest).length === 0 ? fund : undefined;
}

/** The nature of spending a 其中 list's whole is of (`项目支出…，其中：`), if any. */
function natureOfWhole(r: Reader): ClaimSubject["coords"]["nature"] {
  if (!r.para.ofWhich || r.para.head === undefined) return undefined;
  const h = r.claims[r.para.head];
  return h !== undefined && "subject" in h && h.subject.concept === "spending"
    ? h.subject.coords.nature
    : undefined;
}

/** A measure's subjects with the fund printed before it, or inherited (not in a heading). @internal */
export function compose(
  r: Reader,
  lex: Extract<Lex, { t: "measure" }>,
  fund: Fund | undefined,
): ClaimSubject[] {
  return lex.subjects.map((s) => {
    if (lex.fundFree === true || s.coords.fund !== undefined) return s;
    const f = fund ?? (r.heading ? undefined : inherited(r));
    return f === undefined ? s : { concept: s.concept, coords: { ...s.coords, fund: f } };
  });
}

/** Resolves a path, counting the characters its names cost (each read a bounded number of times). @internal */
export function resolve(r: Reader, segments: readonly PathSegment[]): PrintedPath | null {
  for (const seg of segments) r.steps.n += seg.name.length;
  return resolvePath(segments, r.index) ?? null;
}

/** The subjects a number in the current clause is about. @internal */
export function subjectNow(r: Reader): Named | "unknown-name" | undefined {
  const cl = r.cl;
  if (cl.narrowed) return undefined;
  if (cl.path.length > 0 || cl.pathUnknown) {
    if (cl.resolved === undefined) cl.resolved = cl.pathUnknown ? null : resolve(r, cl.path);
    const resolved = cl.resolved ?? undefined;
    if (resolved === undefined) return "unknown-name";
    // A spending measure of the clause is the 科目's (`行政运行（项）…（含基本支出508.07万元…）`).
    const m = cl.measure;
    if (m?.subjects.every((s) => s.concept === "spending")) {
      const subjects = m.subjects.map((s) =>
        s.coords.functional !== undefined
          ? s
          : { concept: s.concept, coords: { ...s.coords, functional: resolved.code } },
      );
      return { subjects, atMost: m.atMost, path: resolved };
    }
    // `一般公共预算安排“…（项）”696.48万元`, `…（项）财政拨款696.48万元`: the clause's fund,
    // else its sentence's lead-in's, else that of the spending its use list is of.
    const fund = cl.fund?.fund ?? r.sent.fund ?? fundOfComposed(r) ?? inherited(r);
    // `项目支出…，其中：一般公共服务支出（类）248.00万元`: the 科目's part of its whole's nature.
    const nature = natureOfWhole(r);
    const coords = {
      functional: resolved.code,
      ...(fund === undefined ? {} : { fund }),
      ...(nature === undefined ? {} : { nature }),
    };
    return { subjects: [{ concept: "spending", coords }], atMost: false, path: resolved };
  }
  if (cl.measure !== undefined) return cl.measure;
  // `…，其他两项与上年持平`, `其余各项均…`: the rest of a list, which the reader has no name for
  if (OTHER.some((w) => r.text.text.startsWith(w, cl.start))) return undefined;
  // `分别为：` / `1、630.38万元；`: a numbered line's figure is the measure of its rank.
  const item = takeItem(r);
  if (item !== undefined) return item;
  const fundPart = fundOfWhole(r) ?? fundAlone(r);
  if (fundPart !== undefined) return fundPart;
  // A figure without a measure of its own is the paragraph's only when the words say so
  // (`预算数比…减少`, `执行数为`, `预算安排`); else it is left unplaced, not guessed. The part
  // named since the sentence's last amount (`对项目支出全面实施绩效目标管理，…涉及预算拨款12.00万元`:
  // the targets' money, at most the projects') is it, not the measure of the paragraph's last amount.
  const refers = cl.refer || cl.compare || cl.execution || cl.period === "prior";
  const part = r.sent.named.at(-1);
  // `与上年执行数相比，减少…`: the change after a comparison against the execution, split from it by
  // a comma, is the change of the measure the comparison named, else of the paragraph's.
  if (!refers && r.sent.open && r.sent.againstExecution && cl.change !== undefined)
    return part ?? r.para.last;
  // `由3.50万元减少至2.50万元，减少1.00万元`: the change right after a move restates its change (not
  // within a reason: `主要原因是…，减少…` may be of anything).
  const moved = r.sent.moved;
  if (!refers && moved !== undefined && cl.change !== undefined && !r.sent.reason)
    if (cl.start === moved.end + 1) return moved.named;
  // `比上年增长16.08%，增加135.22万元`: the change right after a rate restates the rate's change;
  // so does one comparing with the rate's own base (`收支总计各增长16.08%，比上年增加135.22万元`:
  // each side's, not only the paragraph's last measure's), which `restatesRate` tells.
  const rated = r.sent.rated;
  const compared = !cl.refer && !cl.execution && cl.period !== "prior";
  if ((!refers || compared) && rated !== undefined && cl.change !== undefined && !r.sent.reason)
    if (cl.start === rated.end + 1 && restatesRate(r, rated, cl.start)) return rated.named;
  if (!refers) return undefined;
  // Money after a use (`项目支出主要用于专项业务，安排100.00万元`) is the use's, a part the reader
  // has no name for, unless the words compare it or date it.
  if (r.sent.purpose && !cl.compare && !cl.execution && cl.period !== "prior") return undefined;
  // `机关运行经费…，主要包括办公费…、公务用车运行维护费4.00万元，比上年增加…`: the item's or the
  // whole's, which is not said.
  const composed = r.sent.composed;
  if (composed !== undefined && r.para.last !== composed.whole) return undefined;
  // Else the measure of the paragraph's last figure; not a measure its sentence only names
  // (`项目支出中，专项资金100.00万元`: a part the reader has no name for, not 项目支出).
  if (part?.atMost === true) return part;
  // (an increase is never of a measure the sentence just said is none: whose it is is not said)
  return r.para.last?.none === true && cl.change === "up" ? undefined : r.para.last;
}

/**
 * The words that may open a clause restating the change of the rate right before it, before its
 * change word or its own comparison (`，即增加…`, `，具体增加…`, `，合计增加…`, `，净增加…`,
 * `，即比上年增加…`, `（增加…）`). @internal
 */
const RESTATING: readonly string[] = [
  "",
  "即",
  "亦即",
  "也即",
  "也就是",
  "也就是说",
  "共",
  "共计",
  "一共",
  "总共",
  "合计",
  "总计",
  "具体",
  "具体为",
  "净",
  "累计",
];

/** A one-character rise or fall a bracket may print after its rate (`（增134.22万元）`). */
const BARE_CHANGE = "增减多少";

/**
 * Whether the change read now (its figure at `at`) restates the change of the rate printed right
 * before it (`rated`): it follows the rate in the same clause or the next one, nothing but a
 * restating word comes before its change word (`（增加…）`, `，即增加…`, `，具体增加…`) or its own
 * comparison, and that comparison is the rate's in other words (`比上年增长…，比上年增加…`,
 * `较上年…，较上年度…`, `同比…，比上年…`: `comparison-bases.ts`). A change against another base
 * (`，较上年执行数增加…`, `，比2022年增加…`) or in an aside that qualifies it (`（剔除一次性因素后
 * 增加…）`, `（不含结转增加…）`) is another figure. @internal
 */
export function restatesRate(
  r: Reader,
  rated: { readonly end: number; readonly base?: string },
  at: number,
): boolean {
  const cl = r.cl;
  const end = rated.end;
  if (cl.start > end + 1) return false;
  // (one separator after the rate: `，` or `（`)
  const text = r.text.text;
  const own = cl.changeAt !== undefined && cl.changeAt > end;
  const from = cl.comparedFrom;
  if (own && cl.compare && from !== undefined && from > end && from < (cl.changeAt ?? from))
    return (
      rated.base !== undefined &&
      RESTATING.includes(text.slice(end + 1, from).trim()) &&
      comparisonBase(text, from, cl.changeAt ?? from, r.year) === rated.base
    );
  const words = text.slice(end + 1, own ? cl.changeAt : at).trim();
  if (RESTATING.includes(words)) return true;
  return !own && BARE_CHANGE.includes(words.slice(-1)) && RESTATING.includes(words.slice(0, -1));
}
