import { subUnitNone } from "./owners";
import { projectsWith } from "./paths";
import {
  balanced,
  compose,
  type Named,
  type Reader,
  resolve,
  span,
  startComparison,
  subjectNow,
} from "./reader";
import type { WordToken } from "./scan";
import { markerAt } from "./text";
import type { ClaimSubject } from "./types";
import { backToOuter, noteOuter, noteWholes, unsure, wholeFor } from "./wholes";

/** The name of a 科目 printed before `end`: back to the opening quote or the last boundary. */
function nameBefore(r: Reader, end: number): string {
  let q = end - 1;
  while (q > r.segStart && r.text.quoted[q] !== 1) {
    q--;
    r.steps.n++;
  }
  return r.text.text.slice(Math.max(q, r.segStart), end);
}

/** Characters that join a measure word to the words before it (`基本支出中人员经费`, `和公用经费`). */
const LINKS = "中的和及与或为是含在对其于各度、";
/** Words of the document's own that may stand right before a measure (`本单位人员经费`). */
const OWNERS = ["本单位", "本部门", "我单位", "我部门", "单位", "部门", "本级"];
const HAN = /^\p{Script=Han}$/u;

/**
 * Whether 人员经费 or 公用经费 ends a longer name the reader does not know (`离退休人员经费`,
 * `劳务派遣人员经费`, `退休人员公用经费`): right after a character of a word, not after a break, a
 * known word, a link character or the document's own name for itself. Such a figure is of a part
 * the reader cannot name, not of the measure.
 */
function narrower(
  r: Reader,
  t: WordToken,
  lex: Extract<WordToken["lex"], { t: "measure" }>,
): boolean {
  // Only the names other things' names end with (人员经费, 公用经费; 支出 and 收入 alone:
  // `一般公共服务支出`, `工资福利支出` under a fund's heading are no fund's spending).
  const nature = lex.subjects[0]?.coords.nature;
  if (nature !== "basic.personnel" && nature !== "basic.public" && lex.afterFund !== true)
    return false;
  if (t.s === 0 || r.prevEnd === t.s) return false;
  const c = r.text.text;
  const ch = c.charAt(t.s - 1);
  return HAN.test(ch) && !LINKS.includes(ch) && !OWNERS.some((w) => c.endsWith(w, t.s));
}

/**
 * The parts of a 科目's figure are of that 科目 (`行政运行（项）558.07万元，其中基本支出508.07万元`:
 * the 基本支出 of 2013101, not the department's).
 */
function ofSubject(subjects: ClaimSubject[], whole: ClaimSubject | undefined): ClaimSubject[] {
  const functional = whole?.coords.functional;
  if (functional === undefined) return subjects;
  return subjects.map((s) =>
    s.concept !== whole?.concept || s.coords.functional !== undefined
      ? s
      : { concept: s.concept, coords: { ...s.coords, functional } },
  );
}

/**
 * 机关运行经费 opening an item of a list right after an item the reader could not name
 * (`主要包括：2024年人武部专项经费125.00万元；2024年机关运行经费49.00万元`): another project's
 * name, not the measure. Only a year may stand before it in its item.
 */
function afterUnnamedItem(
  r: Reader,
  t: WordToken,
  lex: Extract<WordToken["lex"], { t: "measure" }>,
): boolean {
  // The one measure projects are named after (`2024年机关运行经费`).
  if (lex.subjects[0]?.concept !== "operatingCost") return false;
  const c = r.text.text;
  const start = r.cl.start;
  if (!r.sent.lastLeft || t.s - start > 6 || !"、；;".includes(c.charAt(start - 1))) return false;
  return ITEM_HEAD.test(c.slice(start, t.s));
}
const ITEM_HEAD = /^(?:\d{4}年度?)?$/u;

/**
 * A measure word that names a project: followed by 项目 (`“2024年机关运行经费”项目49.00万元`), or
 * within a project's name as the tables print it (`2024年机关运行经费`, `办公楼公用经费补助`).
 */
const projectName = (
  r: Reader,
  t: WordToken,
  lex: Extract<WordToken["lex"], { t: "measure" }>,
): boolean => {
  const c = r.text.text;
  if (lex.atMost !== true && c.startsWith("项目", t.e)) return true;
  for (const [name, at] of projectsWith(r.index, c.slice(t.s, t.e))) {
    r.steps.n++;
    if (t.s >= at && c.startsWith(name, t.s - at)) return true;
  }
  return false;
};

const natureSpending = (s: ClaimSubject | undefined): boolean =>
  s?.concept === "spending" && s.coords.nature !== undefined;

/**
 * A 三公 item inside a nature's spending (`基本支出中公务接待费1.50万元`, `公用经费包括：…公务接待费
 * 1.50万元`): the line of that spending (30217 公务接待费), not the 三公 item of the whole budget.
 */
function withinNature(r: Reader, lex: Extract<WordToken["lex"], { t: "measure" }>): boolean {
  if (lex.subjects[0]?.concept !== "sanGong") return false;
  if (r.sent.namedNature) return true;
  const head = r.para.ofWhich ? r.claims[r.para.head ?? -1] : undefined;
  return head !== undefined && "subject" in head && natureSpending(head.subject);
}

function onMeasure(r: Reader, t: WordToken, lex: Extract<WordToken["lex"], { t: "measure" }>) {
  const cl = r.cl;
  // The figures after it are that part's, not those of a measure named before in the clause.
  if (
    narrower(r, t, lex) ||
    projectName(r, t, lex) ||
    withinNature(r, lex) ||
    afterUnnamedItem(r, t, lex)
  ) {
    delete cl.measure;
    return;
  }
  const adjacent = cl.fund !== undefined && cl.fund.e === t.s ? cl.fund.fund : undefined;
  // `收入` / `支出` alone name a figure only after a fund word, or under a fund's heading.
  if (
    lex.afterFund === true &&
    adjacent === undefined &&
    (r.heading || r.sectionFund === undefined)
  )
    return;
  // `三公经费支出预算`: the words after the measure say what kind of figure it is.
  if (cl.measureEnd === t.s) {
    cl.measureEnd = t.e;
    return;
  }
  cl.measureEnd = t.e;
  if (cl.listed !== undefined) cl.listed.named = true;
  // `…，其中人员经费…；项目支出…`: a sibling of the inner list's whole has the outer whole back.
  const part = lex.subjects[0];
  if (r.para.ofWhich && !r.heading && !cl.share) backToOuter(r, compose(r, lex, adjacent)[0]);
  // `基本支出…、项目支出…，其中人员经费…`: the whole is the one of them that holds the part.
  if (r.para.ofWhich && r.para.wholes !== undefined && !r.heading && !cl.share && part) {
    const own = adjacent ?? part.coords.fund;
    const coords = { ...part.coords, ...(own === undefined ? {} : { fund: own }) };
    wholeFor(r, { concept: part.concept, coords }, own === undefined && lex.fundFree !== true);
  }
  const subjects = compose(r, lex, adjacent);
  if (r.heading) {
    r.headingFund = subjects[0]?.coords.fund;
    r.headingNamed = true;
    return;
  }
  if (cl.none !== undefined)
    cl.none = { ...cl.none, e: t.e, measure: compose(r, lex, adjacent ?? cl.none.fund) };
  if (cl.share) {
    cl.shareBase = subjects;
    // `分别占支出合计的…`: the shares wait for the sentence end, the base with them.
    if (r.sent.respective !== undefined) r.sent.respective.base = subjects;
    return;
  }
  // A part of another concept than its whole names a category of the whole
  // (`机构运转经费…其中：公用经费15.52万元` is the 公用经费 category of 机构运转经费).
  const head = r.para.ofWhich && r.para.head !== undefined ? r.claims[r.para.head] : undefined;
  const whole = head !== undefined && "subject" in head ? head.subject : undefined;
  const category = r.text.text.slice(t.s, t.e);
  const named: Named =
    whole !== undefined && subjects[0] !== undefined && whole.concept !== subjects[0].concept
      ? {
          subjects: [{ concept: whole.concept, coords: { ...whole.coords, category } }],
          atMost: false,
        }
      : { subjects: ofSubject(subjects, whole), atMost: lex.atMost === true };
  cl.measure = named;
  r.sent.named.push(named);
  if (natureSpending(named.subjects[0])) r.sent.namedNature = true;
}

/** `均` / `都` before a change word: it is of every figure listed before it. */
const ALL = /[均都皆](?:[与比较和同]|$)/u;

/**
 * `…，均与上年持平`: a flat change of each figure of this year listed since the list's start (its
 * 其中), the last `；`, the last stated change or the last `均` (at least two); false when there
 * are not (the word then reads as for one figure). Each figure is read by one `均` at most.
 */
function eachFlat(r: Reader, t: WordToken): boolean {
  const { sent } = r;
  const listed = sent.parts.slice(sent.flatFrom).flatMap((i) => {
    const c = r.claims[i];
    return c?.kind === "amount" && c.period === "current" ? [c.subject] : [];
  });
  sent.flatFrom = sent.parts.length;
  if (listed.length < 2) return false;
  r.cl.claimed = true;
  for (const subject of listed)
    r.claims.push({
      kind: "change",
      subject,
      direction: "flat",
      against: r.sent.againstExecution ? "execution" : "budget",
      span: span(r, t.s, t.e),
    });
  return true;
}

/** Updates the reader's state for one word of the lexicon (or of template residue). @internal */
export function onWord(r: Reader, t: WordToken): void {
  const { cl, sent, para } = r;
  const c = r.text.text;
  const lex = t.lex;
  switch (lex.t) {
    case "fund":
      cl.fund = { fund: lex.fund, e: t.e };
      if (cl.none !== undefined && cl.none.e === t.s)
        cl.none = { ...cl.none, e: t.e, fund: lex.fund };
      return;
    case "measure":
      onMeasure(r, t, lex);
      return;
    case "level": {
      const name = nameBefore(r, t.s);
      if (name !== "") {
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
      if (t.s > 0 && "比较与".includes(c.charAt(t.s - 1))) startComparison(r, t.e);
      else cl.period = "prior";
      return;
    case "thisYear":
      // `2023年预算执行完毕后，本年…6.50万元`: this year's, whatever the sentence said before.
      cl.period = "current";
      return;
    case "compare":
      sent.compare = true;
      cl.compare = true;
      cl.compared = t.e;
      return;
    case "up":
    case "down":
      cl.change = lex.t;
      return;
    case "to":
      // `由3.50万元减少到2.50万元`: the figure after it is this year's level, not a change.
      delete cl.change;
      cl.compare = false;
      cl.period = "current";
      return;
    case "flat": {
      cl.change = "flat";
      if (r.heading || !(sent.compare || cl.compare) || balanced(r) || unsure(r)) return;
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
      cl.share = true;
      return;
    case "ofWhich": {
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
      // `基本支出…、项目支出…，其中` (or `…。其中`): the figures its whole may be.
      noteWholes(r, sent.parts.length > 0 ? sent.parts : (para.lastParts ?? []));
      // `一般公共服务支出635.07万元，其中…`: after a figure the reader could not place, the
      // parts' whole is unknown (not the figure placed before it).
      if (sent.lastLeft && !sent.balance) {
        para.wholes = [];
        delete para.head;
      }
      noteOuter(r, outer);
      para.ofWhich = true;
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
      if (!subUnitNone(c, sent.start, t.s)) cl.none = { s: t.s, e: t.e };
      return;
    case "reason": {
      let j = t.e;
      while (j < t.e + 2 && "：:是为".includes(c.charAt(j))) j++;
      const next = c.charAt(j);
      // A line break after the word is empty only when a heading or the end follows. `所致`
      // ends its cause (`系人员增加所致`): never empty.
      // Nor is `…是…的主要原因` (the cause stated before the word).
      const empty =
        c.startsWith("所致", t.s) ||
        (c.charAt(t.s - 1) === "的" && !"是为：:".includes(c.charAt(t.e - 1)))
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
      cl.refer = true;
      return;
    case "purpose":
      sent.purpose = true;
      return;
    case "respective": {
      const ahead = r.ahead.get(t.s) ?? { amounts: 0, percents: 0 };
      if (sent.named.length > 1)
        sent.respective = { list: sent.named.slice(), next: 0, shares: [], growth: 0, ahead };
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
      return;
    default:
      return;
  }
}
