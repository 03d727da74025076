import { adrift, holds } from "./asides";
import { bareName, pathSpent, withoutLead } from "./bare-names";
import { otherYearBase } from "./comparison-bases";
import { THIS_YEAR_WORDS } from "./date-words";
import { toLevel } from "./levels";
import { ALL, compose, eachFlat } from "./list-words";
import { onMeasure } from "./measures";
import { joins, noneAfter } from "./nones";
import { subUnitNone } from "./owners";
import { rateBase } from "./rates";
import { balanced, type Named, type Reader, span, startComparison } from "./reader";
import { affectedBy, bareCause } from "./reason-words";
import type { WordToken } from "./scan";
import { resolve, subjectNow } from "./subject";
import { markerAt } from "./text";
import { noteOuter, noteWholes, unsure } from "./wholes";

/** What a negated word names: nothing the reader has (its figures are left unplaced). */
const NO_SUBJECT: Named = { subjects: [], atMost: false };

/**
 * The last character of a reason word that opens the cause after it (`主要原因是`, `由于`, `主要系`,
 * `原因：`); a word ending otherwise closes or names its cause (`所致`, `影响`, `厉行节约`).
 */
const CONNECTIVE = /[是为：:于因系由]/u;

/** The name of a 科目 printed before `end`: back to the opening quote or the last boundary. */
function nameBefore(r: Reader, end: number): string {
  let q = end - 1;
  while (q > r.segStart && r.text.quoted[q] !== 1) {
    q--;
    r.steps.n++;
  }
  return r.text.text.slice(Math.max(q, r.segStart), end);
}

/** Words between a none and its fund (`没有使用政府性基金预算拨款安排的支出`). */
const NONE_FUND_GAPS = ["使用", "安排"];

/** Updates the reader's state for one word of the lexicon (or of template residue). @internal */
export function onWord(r: Reader, t: WordToken): void {
  const { cl, sent, para } = r;
  const c = r.text.text;
  const lex = t.lex;
  switch (lex.t) {
    case "fund": {
      cl.fund = { fund: lex.fund, e: t.e, ...(lex.grant === true ? { grant: true } : {}) };
      // `本年财政拨款…`: the year word within the fund's name dates the clause as alone it would.
      if (lex.grant === true && THIS_YEAR_WORDS.some((w) => c.startsWith(w, t.s)))
        cl.period = "current";
      if (lex.grant === true && r.heading) r.headingGrant = true;
      // `无政府性基金预算…`, `没有使用政府性基金预算…`, and each fund joined to it before any measure
      // (`无政府性基金预算和国有资本经营预算…`): the none is of each of them.
      const n = cl.none;
      if (
        n !== undefined &&
        n.after !== true &&
        n.measure === undefined &&
        (n.funds === undefined
          ? n.e === t.s || NONE_FUND_GAPS.includes(c.slice(n.e, t.s))
          : joins(c, n.e, t.s))
      ) {
        const funds = n.funds ?? [];
        funds.push(lex.fund);
        cl.none = { ...n, e: t.e, fund: lex.fund, funds };
      }
      return;
    }
    case "measure":
      onMeasure(r, t, lex);
      return;
    case "level": {
      // a level after the path's figure starts another path (`…635.07万元和…（类）73.69万元`)
      const next = pathSpent(r);
      const name = next ? withoutLead(nameBefore(r, t.s)) : nameBefore(r, t.s);
      if (name !== "") {
        if (next) cl.path = [];
        cl.path.push({ level: lex.level, name });
        delete cl.resolved;
      }
      r.segStart = t.e;
      return;
    }
    case "subject": {
      if (r.text.quoted[t.s] !== 1 || cl.path.length > 0) return;
      const name = nameBefore(r, t.s);
      r.segStart = t.e;
      if (name === "") return;
      // A name alone: the level whose width resolves it.
      for (const level of ["类", "款", "项"] as const) {
        if (resolve(r, [{ level, name }]) === null) continue;
        cl.path = [{ level, name }];
        return;
      }
      cl.pathUnknown = true;
      return;
    }
    case "lastYear":
      // `比上年` / `较上年` / `与上年`: a comparison (not at the very start: "比较与".includes("")).
      if (t.s > 0 && "比较与".includes(c.charAt(t.s - 1))) {
        // `教育支出比上年增加…`: the 类 named before the comparison is what it compares
        bareName(r, t.s - 1, r.segStart);
        startComparison(r, t.s - 1, t.e);
      } else cl.period = "prior";
      return;
    case "earlierYear":
      // `上上年为9.00万元`, `比前年的9.00万元` (as `2022年` in 2024): a year no table states
      if (t.s > 0 && "比较与".includes(c.charAt(t.s - 1))) {
        bareName(r, t.s - 1, r.segStart);
        startComparison(r, t.s - 1, t.e);
      } else cl.period = "prior";
      cl.earlier = true;
      return;
    case "thisYear":
      // `2023年预算执行完毕后，本年…6.50万元`: this year's, whatever the sentence said before.
      cl.period = "current";
      return;
    case "compare":
      bareName(r, t.s, r.segStart);
      sent.compare = true;
      cl.compare = true;
      cl.compared = t.e;
      cl.comparedFrom = t.s;
      return;
    case "up":
    case "down":
      cl.change = lex.t;
      cl.changeAt = t.s;
      return;
    case "to":
      // `2023年预算调整为45.00万元`: with no figure before it in its clause to move from, the
      // year before the word dates the new level (last year's own adjustment).
      if (cl.period === "prior" && !r.moving.has(t.s)) {
        delete cl.change;
        return;
      }
      toLevel(r);
      return;
    case "flat": {
      cl.change = "flat";
      // (`与调整后预算持平`: against a budget no table states)
      if (
        r.heading ||
        !(sent.compare || cl.compare) ||
        sent.againstAdjusted ||
        balanced(r) ||
        unsure(r) ||
        adrift(r) ||
        // `比2022年持平` in 2024: against a year no table states
        otherYearBase(rateBase(r, t.s))
      )
        return;
      // `…购置费0万元，…运行费4.00万元，均与上年持平`: each figure of the sentence's list.
      if (ALL.test(c.slice(Math.max(cl.start, t.s - 8), t.s)) && eachFlat(r, t)) return;
      const named = subjectNow(r);
      const resp = sent.respective;
      // `…分别为630.38万元、51.68万元，与上年持平`: the list's last is not the only one meant.
      if (
        named === undefined ||
        named === "unknown-name" ||
        (resp !== undefined && named !== cl.measure && named !== resp.after)
      )
        return;
      cl.claimed = true;
      for (const subject of named.subjects)
        r.claims.push({
          kind: "change",
          subject,
          direction: "flat",
          against: sent.againstExecution ? "execution" : "budget",
          span: span(r, t.s, t.e),
        });
      return;
    }
    case "share":
      // `一般公共服务支出占65.53%，为635.07万元`: a 类 or 款 named alone before 占 is the share's part
      // (or with its level: `一般公共服务支出（类）占…`), as its figure would name it, before the
      // whole after 占 names a fund of its own
      if (cl.measure === undefined && !cl.share) {
        if (cl.path.length === 0) bareName(r, t.s, r.segStart);
        const owner = cl.path.length > 0 && !pathSpent(r) ? subjectNow(r) : undefined;
        if (typeof owner === "object") {
          cl.shareOwner = owner;
          cl.sharePath = true;
        }
      }
      cl.share = true;
      return;
    case "ofWhich": {
      holds(r);
      // `其中：基本支出…，其中人员经费…`: the outer list's whole, kept for a sibling of its part.
      const outer = para.ofWhich ? para.head : undefined;
      cl.listed = {
        at: t.e,
        ...(para.head === undefined ? {} : { head: para.head }),
        ...(para.wholes === undefined ? {} : { wholes: para.wholes }),
        ofWhich: para.ofWhich,
        named: false,
        figured: false,
      };
      // `基本支出…、项目支出…，其中` (or `…。其中`): the figures its whole may be; in brackets
      // (`…、项目支出287.00万元（含…）`), the figure before them.
      noteWholes(
        r,
        sent.aside !== undefined ? [] : sent.parts.length > 0 ? sent.parts : (para.lastParts ?? []),
      );
      // `一般公共服务支出635.07万元，其中…`: after a figure the reader could not place, the
      // parts' whole is unknown (not the figure placed before it).
      if (sent.lastLeft && !sent.balance) {
        para.wholes = [];
        delete para.head;
      }
      // `“三公”经费（其中公务接待费2.50万元）6.50万元`: the whole is the measure before the bracket,
      // whose figure comes after it; no figure read before (of an earlier sentence: `2023年“三公”
      // 经费7.50万元。“三公”经费（其中…）…`) is that whole, nor gives its parts a year.
      else if (sent.aside?.afterMeasure === true && !sent.aside.claimed) {
        delete para.wholes;
        delete para.head;
      }
      noteOuter(r, outer);
      para.ofWhich = true;
      // `（含上年结转…）`, `包括…`: what the whole includes (not `其中`, whose list may go on past it)
      if (c.slice(t.s, t.e) === "其中") delete para.includes;
      else para.includes = t.e;
      sent.parts = [];
      sent.flatFrom = 0;
      return;
    }
    case "execution":
      // A figure named by it is last year's execution (`较2023年执行数1,222.26万元增加…`: the
      // base of the change, stated); in the clause of a comparison it is also what the change is
      // against (`与上年执行数相比，…`), not after another comparison (`…，上年执行数为…`).
      cl.execution = true;
      if (cl.compare) sent.againstExecution = true;
      return;
    case "adjusted":
      // `2023年调整后预算为…`: a figure of no table; `比调整后预算减少…`: a change against it.
      cl.adjusted = true;
      if (cl.compare) sent.againstAdjusted = true;
      return;
    case "actual":
      // After a comparison or last year (`比上年实际支出`, `2023年实际完成数`) it names the
      // execution, and parts no measure from its fund (`2023年一般公共预算实际支出`); elsewhere
      // (`根据实际需要`) nothing. It never parts a measure from its kind (`“三公”经费实际支出`).
      if (cl.measureEnd === t.s) cl.measureEnd = t.e;
      if (cl.compare || cl.period === "prior") {
        if (cl.fund?.e === t.s) cl.fund.e = t.e;
        cl.execution = true;
        if (cl.compare) sent.againstExecution = true;
      }
      return;
    case "balance":
      // `比上年节约0.50万元` / `同比节支…`: a saving right after a comparison with last year is the
      // decrease against it; elsewhere (`较预算节约`, `比上年多节约`, `结余`) a quantity of its own.
      if (cl.compared === t.s && c.charAt(t.s) === "节") cl.change = "down";
      else cl.balance = true;
      return;
    case "after":
      // `2023年预算执行完毕后，…`: the year before the words dates neither this clause nor its
      // sentence, whose figures are of no year but their clause's own.
      delete cl.period;
      cl.execution = false;
      cl.refer = false;
      sent.after = true;
      return;
    case "none":
      // `所属事业单位无机关运行经费`: a sub-unit's none, not the document's (bounded look back).
      // `因公出国（境）费未安排`, `公务接待费：无`: after the clause's measure, that measure's none.
      if (!subUnitNone(c, sent.start, t.s) && !noneAfter(r, t)) cl.none = { s: t.s, e: t.e };
      return;
    case "reason": {
      // A bare 系 or 因 opens a cause only at a clause's start (`，系人员增加`, `，因批次减少`), never
      // inside a word (`关系`, `原因`, `，系统运维`, `因公出国`); 影响 closes one only after 受.
      if (t.e === t.s + 1 && !bareCause(c, t.s)) return;
      if (c.startsWith("影响", t.s) && t.e === t.s + 2 && !affectedBy(c, t.s)) return;
      // A word closing or naming a cause the sentence already introduced (`主要原因是厉行节约`,
      // `原因是…所致`) is part of that reason, no second one.
      const opens = CONNECTIVE.test(c.charAt(t.e - 1));
      if (!opens && sent.reason) return;
      let j = t.e;
      while (j < t.e + 2 && "：:是为".includes(c.charAt(j))) j++;
      const next = c.charAt(j);
      // A line break after the word is empty only when a heading or the end follows. A word
      // ending its cause (`系人员增加所致`, `受改革影响`, `…导致`) or naming one (`厉行节约`) is
      // never empty. Nor is `…是…的主要原因` (the cause stated before the word).
      const empty =
        !opens || (c.charAt(t.s - 1) === "的" && !"是为：:".includes(c.charAt(t.e - 1)))
          ? false
          : j >= c.length ||
            "。；;".includes(next) ||
            (next === "\n" && (j + 1 >= c.length || markerAt(c, j + 1)));
      r.remarks.push({ kind: "reason", empty, span: span(r, t.s, t.e) });
      sent.reason = true;
      return;
    }
    case "residue":
      r.remarks.push({ kind: "residue", span: span(r, t.s, t.e) });
      return;
    case "purchase":
      sent.purchase = true;
      return;
    case "refer":
      // `一般公共预算财政拨款安排969.06万元`, `财政拨款预算…`: the fund's money still, right before
      // the figure (a 其中 part of its whole, `fundOfWhole`; a side's, `fundAlone`).
      if (cl.fund?.e === t.s) cl.fund.e = t.e;
      cl.refer = true;
      return;
    case "purpose":
      sent.purpose = true;
      compose(r, t);
      return;
    case "compose":
      compose(r, t);
      return;
    case "respective": {
      const ahead = r.ahead.get(t.s) ?? { amounts: 0, percents: 0 };
      if (sent.named.length > 1) {
        sent.respective = { list: sent.named.slice(), next: 0, shares: [], growth: 0, ahead };
        // `财政拨款收入和非财政拨款收入分别为…`: only the negated word's own figure is of none.
        cl.negated = false;
      }
      // `基本支出682.06万元、项目支出287.00万元，分别占70.38%、29.62%` (or `分别比上年增加…、…`):
      // after the figures, the shares meet the sentence's last parts and the amounts its parts, in order.
      else if (sent.parts.length > 1) {
        const list: Named[] = [];
        for (const i of sent.parts) {
          const c = r.claims[i];
          if (c?.kind === "amount")
            list.push({ subjects: [c.subject], atMost: c.relation === "atMost" });
        }
        sent.respective = { list, next: 0, shares: [], growth: 0, ahead };
      }
      return;
    }
    case "negated":
      // `非财政拨款收入262.00万元`: the rest of the funds, which the reader has no measure for.
      delete cl.measure;
      delete cl.fund;
      cl.measureEnd = t.e;
      cl.negated = true;
      // Its place in a `分别` list (`财政拨款收入和非财政拨款收入分别为…、…`): a figure of no subject.
      sent.named.push(NO_SUBJECT);
      return;
    default:
      return;
  }
}
