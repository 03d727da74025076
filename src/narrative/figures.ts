import { type Amount, amountsEqual, isNegative, negateAmount, zeroAmount } from "../amount";
import { amountKey } from "../amount/key";
import { isAmount } from "./ahead";
import { adrift, holds } from "./asides";
import { bareName } from "./bare-names";
import { pushCount } from "./counts";
import { eachChanged, eachNamed } from "./each";
import { moved, toLevel } from "./levels";
import { placedInNature } from "./nature-placed";
import { earlierFigure, otherYearChange } from "./other-years";
import { subUnitFigure } from "./owners";
import { pushPercent, rateBase, rateBefore } from "./rates";
import {
  balanced,
  keyOf,
  leave,
  type Named,
  periodNow,
  type Reader,
  span,
  startComparison,
  undated,
} from "./reader";
import { readingOf } from "./readings";
import { regionFigure } from "./regions";
import { UNREAD_CHANGES } from "./relation-words";
import type { NumToken } from "./scan";
import { waitedFor } from "./shares";
import { subjectNow } from "./subject";
import { endUnitWhole, unitPart } from "./unit-parts";
import { notePart, unsure } from "./wholes";

/**
 * The year of an amount: `比上年的834.84万元增加…`, a figure after the comparison and before its
 * word, is last year's; so is one a later `增加至` of its clause moves from (`由43.55万元增加至…`);
 * after `其中`, one whose clause names no year is of its whole's year (`2023年“三公”经费7.50万元，
 * 其中公务接待费3.50万元`); else its clause's or sentence's.
 */
function periodOf(r: Reader, t: NumToken): "prior" | "current" {
  const { cl, para } = r;
  if (cl.compare || r.from.has(t.s)) return "prior";
  const head = para.ofWhich && cl.period === undefined ? r.claims[para.head ?? -1] : undefined;
  if (head?.kind === "amount") return head.period;
  return listedPrior(r) ? "prior" : periodNow(r);
}

/**
 * `2023年收入总计834.84万元，支出总计834.84万元`: a clause with no year, no comparison and no word
 * of its own saying which figure (`预算`, `执行数`), naming a measure of its own other than those
 * an earlier clause of the sentence dated last year placed, goes on that clause's list of last
 * year's figures.
 */
function listedPrior(r: Reader): boolean {
  const { cl, sent } = r;
  const keys = sent.priorNamed;
  if (keys === undefined || cl.period !== undefined || cl.compare || cl.refer || cl.execution)
    return false;
  const m = cl.measure;
  if (m === undefined || thisYearNamed(r.text.text, cl.start, m)) return false;
  return m.subjects.every((s) => !keys.has(keyOf(s)));
}

/** Words that date a measure this year (`本年收入总计`, `今年支出`, `当年…`), in or right before it. */
const THIS_YEAR = ["本年", "今年", "当年"];

/**
 * Whether the measure a clause names says it is this year's: one of {@link THIS_YEAR} in its
 * words or in the few characters before them (bounded: never the clause's whole text).
 */
function thisYearNamed(c: string, start: number, m: Named): boolean {
  if (m.at === undefined) return false;
  const from = Math.max(start, m.at - 4);
  const words = c.slice(from, Math.max(from, m.end ?? m.at));
  return THIS_YEAR.some((w) => words.includes(w));
}

/**
 * Whether an amount that takes the paragraph's measure only from a word saying it is money
 * (`安排`, `资金`, `预算`: no measure or 科目 of its own in its clause, no 分别 list) is a part
 * the reader has no name for: the paragraph already printed another figure of that measure for
 * the same year and basis (`项目支出287.00万元，专项业务经费安排100.00万元`, `…。专项资金100.00万元`).
 * The same figure again (`基本支出682.06万元，预算安排682.06万元`) is the measure's.
 */
function anotherPart(r: Reader, t: NumToken, named: Named, value: Amount): boolean {
  const { cl, para, claims } = r;
  // A part named as such (`涉及项目预算资金`: at most the projects') may differ from its whole.
  if (named === cl.measure || named.atMost || cl.path.length > 0 || cl.pathUnknown) return false;
  if (r.sent.respective !== undefined || cl.change === "up" || cl.change === "down") return false;
  const prior = periodOf(r, t) === "prior";
  const seen = cl.execution ? para.execution : prior ? para.prior : para.current;
  return named.subjects.some((s) => {
    const before = claims[seen.get(keyOf(s)) ?? -1];
    return before?.kind === "amount" && !amountsEqual(before.value, value);
  });
}

/** Whether the figure of a measure worded as a project is that project's (either is meant). */
const projectFigure = (r: Reader, named: Named, value: Amount): boolean =>
  named.project !== undefined &&
  r.index.projectTotals.get(named.project)?.has(amountKey(value)) === true;

/** A year and a joining word right before another year (`2024年和`, `2023年度、`). */
const TWO_YEARS = /\d{4}年度?[和与及、]$/u;

/** What may stand between a change verb and its figure (`新增了134.22万元`). */
const AFTER_VERB = ["了", "达", ""];

/**
 * Whether a change verb the lexicon does not read ({@link UNREAD_CHANGES}) stands right before the
 * figure at `s`: the figure is a change, of no direction the reader knows (bounded: linear).
 */
const unreadChange = (c: string, s: number): boolean =>
  AFTER_VERB.some((g) => {
    if (!c.endsWith(g, s)) return false;
    const at = s - g.length;
    return UNREAD_CHANGES.some((w) => c.endsWith(w, at));
  });

function pushAmount(r: Reader, t: NumToken, value: Amount): void {
  const { cl, sent, para, claims } = r;
  const resp = sent.respective;
  endUnitWhole(r, t);
  // `…分别为630.38万元、51.68万元；项目支出287.00万元`: after the list's figures, a clause naming
  // its own measure has its own figure (`figuresAhead`), only of a measure the reader takes, once
  // the list has all its figures, and not while `分别占` shares wait for the sentence's last parts
  // (it would be one of them).
  // `基本支出…、项目支出…，其中公务接待费…`: a part no single figure before holds has no whole.
  if (unsure(r)) {
    leave(r, t, "no-base");
    return;
  }
  if (sent.twoYears && cl.change === undefined) {
    leave(r, t, "no-period");
    return;
  }
  if (cl.change === undefined && unreadChange(r.text.text, t.s)) {
    leave(r, t, "no-relation");
    return;
  }
  // `2023年调整后预算为1,017.51万元`, `比调整后预算减少48.45万元`: of the budget as adjusted, or
  // against it (this year's `全年预算` is the budget itself).
  const changed = cl.change === "up" || cl.change === "down";
  if (
    (changed && sent.againstAdjusted) ||
    (!changed && cl.adjusted && (cl.compare || periodOf(r, t) === "prior"))
  ) {
    leave(r, t, "adjusted");
    return;
  }
  // `（含人武部专项经费160.00万元）`: a bracket's figure of no measure of its own.
  if (r.bracketed.has(t.s) && cl.change === undefined && !cl.compare) {
    leave(r, t, "no-subject");
    return;
  }
  // `…（含基本支出1.50万元，比上年减少1.00万元。`: a bracket not closed; whose change is not known.
  if (resp === undefined && adrift(r)) {
    leave(r, t, "no-subject");
    return;
  }
  const own = resp !== undefined && r.own.has(t.s);
  const ownNamed =
    own && resp.next >= resp.list.length && resp.shares.length === 0 && cl.measure !== undefined;
  if (resp !== undefined) delete resp.after;
  // `人员经费和公用经费分别为630.38万元、51.68万元`: the figures follow the words in order, only
  // as many as the words (`…分别为682.06万元`: one figure may be their total; none is placed).
  // `其中：某县第一中学110.00万元`: the whole's measure, of the unit named (`unit-parts.ts`).
  const ofUnit = resp === undefined ? unitPart(r, t) : undefined;
  const named =
    ofUnit ??
    (resp === undefined || ownNamed
      ? eachNamed(r, t, subjectNow(r))
      : !own && resp.ahead.amounts === resp.list.length
        ? resp.list[resp.next++]
        : undefined);
  // A figure of no year or of a balance is unplaced for that, with or without a measure.
  const odd = undated(r) ? "no-period" : balanced(r) ? "balance" : undefined;
  if (
    odd !== undefined ||
    named === undefined ||
    named === "unknown-name" ||
    named.subjects.length === 0
  ) {
    // A balance's figure makes the rest of its sentence about it (`…结余1.00万元，其中…`).
    if (odd === "balance") sent.balance = true;
    leave(r, t, odd ?? (named === "unknown-name" ? "unknown-name" : "no-subject"));
    return;
  }
  // `所属单位政府采购预算20.00万元`: a sub-unit's figure, not the document's; `2024年机关运行经费
  // 49.00万元` with the figure of the project so named: the project's or the measure's.
  if (subUnitFigure(r.text.text, r.cl.start, t.s)) {
    leave(r, t, "unit-part");
    return;
  }
  // `公务接待费1.50万元在基本支出中安排`: the 三公 measure's part in a nature of spending (a total
  // `由基本支出…和项目支出…构成` is composed of the natures, not placed in one).
  if (
    (ofUnit === undefined && anotherPart(r, t, named, value)) ||
    (named.subjects.some((s) => s.concept === "sanGong") && placedInNature(r.text.text, t.e))
  ) {
    leave(r, t, "no-subject");
    return;
  }
  if (projectFigure(r, named, value)) {
    // Of the project or of the measure: so is what its sentence says of it next (its change):
    // no measure is left for it to be of.
    delete r.cl.measure;
    const at = r.sent.named.lastIndexOf(named);
    if (at >= 0) r.sent.named.splice(at, 1);
    delete r.para.last;
    leave(r, t, "no-subject");
    return;
  }
  const change =
    cl.change === "up" || cl.change === "down" ? cl.change : own ? undefined : resp?.change;
  // `比2022年减少2.50万元` in 2024: against a year no table states (`other-years.ts`)
  if (change !== undefined && otherYearChange(r, t, change, !own)) return;
  cl.claimed = true;
  // `人员经费、公用经费分别为630.38万元、51.68万元。比上年增长5%`: after a list's figure, a figure
  // without a measure is of none of the list (any of them could be meant), not of the last.
  if (resp !== undefined && !ownNamed) delete para.last;
  if (change !== undefined) {
    if (resp !== undefined && !own) resp.change = change;
    // `由3.50万元减少1.00万元至2.50万元`: the move's change is stated, none is worked out.
    delete cl.movedFrom;
    // `减少10万元` and `减少-10万元` are both −10 (the sign repeats the word); `增加-10万元` is a
    // signed change, a decrease of 10, as `增长-10.00%` is a fall.
    const delta = change === "down" && !isNegative(value) ? negateAmount(value) : value;
    const direction = isNegative(delta) ? "down" : change;
    sent.lastChange = sent.changes.length;
    const base = rateBase(r);
    if (base === undefined) delete sent.changeBase;
    else sent.changeBase = base;
    const each = resp === undefined ? eachChanged(r, t) : undefined;
    const from = claims.length;
    for (const subject of each ?? named.subjects) {
      sent.changes.push(claims.length);
      claims.push({
        kind: "change",
        subject,
        direction,
        delta,
        against: sent.againstExecution ? "execution" : "budget",
        span: span(r, t.s, t.e),
      });
    }
    rateBefore(r, from, t.s);
    return;
  }
  const period = periodOf(r, t);
  // `2022年为9.00万元` in 2024: of a year no table states, not last year's (`other-years.ts`)
  if (period === "prior" && earlierFigure(r, t, named)) return;
  const basis = cl.execution ? "execution" : "budget";
  const first = claims.length;
  for (const subject of named.subjects) {
    const k = keyOf(subject);
    const i = claims.length;
    if (basis === "execution") para.execution.set(k, i);
    else if (period === "prior") {
      para.prior.set(k, i);
      if (!cl.compare && (cl.period === "prior" || sent.priorNamed !== undefined)) {
        sent.priorNamed ??= new Set();
        sent.priorNamed.add(k);
      }
    } else {
      // `…，本年基本支出682.06万元、项目支出…`: a figure of this year ends the list of last year's.
      delete sent.priorNamed;
      sent.earlier = false;
      para.current.set(k, i);
      r.latest.set(k, i);
    }
    claims.push({
      kind: "amount",
      subject,
      value,
      period,
      basis,
      relation: named.atMost ? "atMost" : "equals",
      span: span(r, t.s, t.e),
      ...(named.path === undefined ? {} : { path: named.path }),
      ...readingOf(r, subject, named.either === true),
    });
  }
  sent.lastLeft = false;
  sent.changesAtLast = sent.changes.length;
  moved(r, t, first);
  // `…6.50万元，比2023年预算7.50万元减少…。其中：…`: the base of a comparison is no whole of a
  // 其中 after it, nor a part of the sentence's list, nor the part of a share.
  if (!cl.compare) {
    const made = claims[first];
    if (made?.kind === "amount") notePart(r, made);
    para.lastAmount = first;
    sent.lastAmount = first;
    sent.parts.push(first);
    waitedFor(r, first);
  }
  if (resp === undefined || own) {
    sent.named = [];
    sent.namedNature = false;
  }
  const last = { subjects: named.subjects, atMost: named.atMost };
  if (resp === undefined || ownNamed) para.last = last;
  // `…；项目支出287.00万元，比上年增长5%`: the rate after it is of this figure's measure alone.
  if (ownNamed) {
    resp.after = last;
    resp.owned = true;
  }
}

/**
 * Whether a figure is of the region's budget: its clause names one (`regions.ts`), or an earlier
 * figure of its sentence was one and its own clause names no measure (`…，比上年增加…`).
 */
function ofRegion(r: Reader, t: NumToken): boolean {
  if (regionFigure(r.text.text, r.cl.start, t.s)) r.sent.region = true;
  else if (!r.sent.region || r.cl.measure !== undefined || r.cl.path.length > 0) return false;
  return true;
}

/** Places one number of the text, or keeps it as unplaced. @internal */
export function onNumber(r: Reader, t: NumToken): void {
  const { cl } = r;
  const c = r.text.text;
  const from = r.segStart;
  r.segStart = t.e;
  if (t.kind === "amount" || t.kind === "percent") {
    if (cl.listed !== undefined) cl.listed.figured = true;
    holds(r, true);
  }
  // `非财政拨款支出262.00万元，占21.62%`: figures of a negated measure are of none the reader has.
  if (cl.negated && (t.kind === "amount" || t.kind === "percent" || t.kind === "bare")) {
    leave(r, t, "no-subject");
    return;
  }
  // `全县一般公共预算支出285,000.00万元`, `占全县…的0.08%`: the region's budget, not the
  // department's; so is what the sentence goes on to say without a measure of its own.
  if ((t.kind === "amount" || t.kind === "percent" || t.kind === "count") && ofRegion(r, t)) {
    leave(r, t, "region");
    return;
  }
  switch (t.kind) {
    case "marker":
    case "date":
      return;
    case "year": {
      const y = Number(t.raw);
      if (r.year === undefined) return;
      // `2024年和2023年…分别为6.50万元和7.50万元`: two years listed, each figure of either.
      if (TWO_YEARS.test(c.slice(Math.max(0, t.s - 7), t.s))) r.sent.twoYears = true;
      // `…无负责管理的专项转移支付项目⏎2024年因公出国（境）费…` (a line without its 。 joined to
      // the next): a year after a none's own words, before any measure of it, opens another
      // statement; the none names no measure after it (`无2024年…`, nothing between, still does).
      const n = cl.none;
      // The text layer's blank (`没有安排 2024年度…`) is nothing between.
      if (
        n !== undefined &&
        n.after !== true &&
        n.measure === undefined &&
        c.slice(n.e, t.s).trim() !== ""
      )
        delete cl.none;
      // A year opens another statement: a 三公 measure's ends (`nature-placed.ts`).
      delete r.sent.sanGong;
      if (y < r.year) {
        if (t.s > 0 && "比较与".includes(c.charAt(t.s - 1))) {
          // `教育支出比2023年增加…`: the 类 named before the comparison is what it compares
          bareName(r, t.s - 1, from);
          startComparison(r, t.s - 1, t.e);
        } else cl.period = "prior";
        // `2022年为9.00万元`, `比2022年的9.00万元` in 2024: a year before last year's
        cl.earlier = y < r.year - 1;
      } else if (y === r.year) {
        cl.period = "current";
        cl.earlier = false;
      }
      return;
    }
    case "amount":
      if (t.threshold) {
        // `1万元至2万元不等`: each bound of the clause is kept (none dropped).
        if (cl.threshold !== undefined) leave(r, cl.threshold, "threshold");
        cl.threshold = t;
      } else if (t.amount !== undefined) {
        if (r.to.has(t.s)) toLevel(r);
        bareName(r, t.s, from);
        pushAmount(r, t, t.amount);
      }
      return;
    case "percent":
      pushPercent(r, t);
      return;
    case "count":
      pushCount(r, t);
      return;
    case "bare": {
      if (isAmount(c, t)) {
        const last = r.para.lastAmount === undefined ? undefined : r.claims[r.para.lastAmount];
        pushAmount(r, t, zeroAmount(last?.kind === "amount" ? last.value.unit : "万元"));
      } else leave(r, t, "bare");
      return;
    }
    default:
      leave(r, t, "too-long");
  }
}
