/**
 * What a measure word (`基本支出`, `人员经费`, `公务接待费`) does to the reader: names the figures
 * after it, unless it is within another name (a project's, a narrower part's), and finds the whole
 * of a part after 其中.
 */
import type { Fund } from "../facts";
import { endsName } from "./bare-names";
import { DATED_AFTER, YEAR_REVENUE } from "./date-words";
import { splitByNature } from "./nature-placed";
import { headsBreakdown, joins } from "./nones";
import { projectsWith } from "./paths";
import { fundBefore, narrowerMeasure } from "./qualifiers";
import type { Named, Reader } from "./reader";
import { settleWithCarryover } from "./readings";
import type { WordToken } from "./scan";
import { noteSides } from "./sides";
import { compose } from "./subject";
import type { ClaimSubject } from "./types";
import { backToOuter, foreignPart, noteWithin, wholeFor, wholeNow } from "./wholes";

/** `本年收入总计`, `当年收入和支出预算`: the year word only dates what follows (see `DATED_AFTER`). */
const datedOnly = (c: string, t: WordToken): boolean =>
  YEAR_REVENUE.includes(c.slice(t.s, t.e)) && DATED_AFTER.some((w) => c.startsWith(w, t.e));

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
 * A measure word that names a project (`true`): followed by 项目 (`“2024年机关运行经费”项目49.00万元`),
 * or within a project's name as the tables print it (`2024年机关运行经费`, `办公楼公用经费补助`).
 * The name of a project the words are exactly, dated alike (`2024年机关运行经费49.00万元`), when
 * nothing decides: the measure, or that project (`Named.project`).
 */
const projectName = (
  r: Reader,
  t: WordToken,
  lex: Extract<WordToken["lex"], { t: "measure" }>,
): boolean | string => {
  const c = r.text.text;
  if (lex.atMost !== true && c.startsWith("项目", t.e)) return true;
  let alike: string | undefined;
  for (const [name, at] of projectsWith(r.index, c.slice(t.s, t.e))) {
    r.steps.n++;
    // As printed, or dated alike with 年 for 年度 or the other way (`2024年度机关运行经费`).
    const from = t.s >= at && c.startsWith(name, t.s - at) ? t.s - at : datedAlike(c, t, name, at);
    if (from < 0) continue;
    // `2024年机关运行经费` is a project's name and the measure dated alike: the project only
    // quoted, or among the projects' items; the measure when a bracket after it says what of
    // the measure it is (`2024年机关运行经费（公用经费）`); else either.
    if (at + t.e - t.s < name.length || !ITEM_HEAD.test(name.slice(0, at))) return true;
    if (r.text.quoted[from] === 1 || amongProjects(r)) return true;
    if (!OPENS.includes(c.charAt(t.e))) alike = name;
  }
  return alike ?? false;
};
const OPENS = "（(";

/**
 * Where a project's name of a year and the measure word alone (`2024年机关运行经费`) starts in the
 * text as printed with the year written otherwise (`2024年度机关运行经费` for `2024年…`, or the
 * other way), the measure word at `t`; -1 where it is not so printed. Looks back a few characters.
 */
function datedAlike(c: string, t: WordToken, name: string, at: number): number {
  if (at + t.e - t.s !== name.length || !YEAR_HEAD.test(name.slice(0, at))) return -1;
  const year = name.slice(0, 4);
  for (const head of [`${year}年度`, `${year}年`])
    if (t.s >= head.length && c.startsWith(head, t.s - head.length)) return t.s - head.length;
  return -1;
}
const YEAR_HEAD = /^\d{4}年度?$/u;

const projectSpending = (s: ClaimSubject | undefined): boolean =>
  s?.concept === "spending" && s.coords.nature === "project" && s.coords.functional === undefined;

/**
 * Whether the reader is within a list of project spending's items: its `主要包括` / `主要用于`
 * list, its 其中 list, or right after its figure (`项目支出287.00万元：…`).
 */
function amongProjects(r: Reader): boolean {
  const { sent, para } = r;
  if (sent.composed?.open === true && projectSpending(sent.composed.whole.subjects[0])) return true;
  const head = para.ofWhich ? r.claims[para.head ?? -1] : undefined;
  if (head !== undefined && "subject" in head && projectSpending(head.subject)) return true;
  const last = sent.lastLeft ? undefined : r.claims[sent.lastAmount ?? -1];
  return last !== undefined && "subject" in last && projectSpending(last.subject);
}

/**
 * Whether a part is its whole's measure, or a fund's share of the year's figures within a total
 * (`收入总计…，其中：一般公共预算拨款收入…`: that fund's revenue, not a category of the total named
 * 收入), or the carry-over the total holds (`收入总计…，其中：…上年结转结余…`). (`支出总计…，其中：
 * 基本支出…` stays a category of the total: it may hold the carry-forward.)
 */
const fundWithin = (whole: ClaimSubject, part: ClaimSubject): boolean =>
  whole.concept === part.concept ||
  (whole.concept === `${part.concept}.total` &&
    part.coords.fund !== undefined &&
    Object.keys(part.coords).length === 1) ||
  CARRIED[whole.concept] === part.concept;

/**
 * The carry-over a total holds by what it is (收入总计 = 本年收入 + 上年结转; 支出总计 = 本年支出 +
 * 年终结转结余): named in its 其中 list, that measure itself, not a category of the total.
 */
const CARRIED: Partial<Record<ClaimSubject["concept"], ClaimSubject["concept"]>> = {
  "revenue.total": "revenue.carryover",
  "spending.total": "spending.carryforward",
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

/**
 * The funds of the clause's none a measure word takes (`无政府性基金预算和国有资本经营预算支出`:
 * each fund's spending; `无政府性基金预算收入和支出`: the 支出 joined to the 收入 of that fund), when
 * the measure comes right after the none's last fund or is joined to the measure after it.
 */
function noneFundsOf(
  r: Reader,
  t: WordToken,
  adjacent: Fund | undefined,
): readonly Fund[] | undefined {
  const n = r.cl.none;
  const funds = n?.funds;
  if (n === undefined || funds === undefined || funds.length === 0) return undefined;
  if (adjacent !== undefined)
    return n.measure === undefined && adjacent === n.fund && r.cl.fund?.e === n.e
      ? funds
      : undefined;
  return n.measure !== undefined &&
    (n.measure.length > 0 || n.goesOn === true) &&
    joins(r.text.text, n.e, t.s)
    ? funds
    : undefined;
}

/**
 * Whether a part of 项目支出 (`运转类项目支出`) is named as one: in a 其中 list or within a whole of
 * 项目支出 (`项目支出…，其中：运转类…`, `项目支出中，运转类…`), or right after its figure (`项目支出
 * 287.00万元，运转类…`).
 */
function ofProjects(r: Reader, part: ClaimSubject | undefined): boolean {
  const whole = wholeNow(r, part);
  if (whole?.coords.nature === "project") return true;
  const implied = r.para.implied === undefined ? undefined : r.claims[r.para.implied.whole];
  return implied?.kind === "amount" && implied.subject.coords.nature === "project";
}

/**
 * Whether a bare `收入` / `支出` (no fund printed before it) is of the 科目 a numbered entry is on
 * (`2. “…（项）”76.76万元，…。2023年实际支出70.70万元`): its paragraph opens with a list marker and its
 * last figure is of a 科目 of the same side; not in a heading or a share's whole.
 */
function ofEntry(r: Reader, lex: Extract<WordToken["lex"], { t: "measure" }>): boolean {
  const last = r.para.last;
  const side = lex.subjects.length === 1 ? lex.subjects[0]?.concept : undefined;
  return (
    r.para.entry === true &&
    !r.heading &&
    !r.cl.share &&
    side !== undefined &&
    last?.subjects.every((s) => s.concept === side && s.coords.functional !== undefined) === true
  );
}

/**
 * Updates the reader's state for a measure word: the figures after it are of that measure (or of a
 * category of the 其中 list's whole), unless it is within another name. @internal
 */
export function onMeasure(
  r: Reader,
  t: WordToken,
  lex: Extract<WordToken["lex"], { t: "measure" }>,
) {
  const cl = r.cl;
  noteSides(r, lex);
  noteWithin(r, t);
  // `政府性基金安排的项目支出`: the fund before it; else `新增项目支出` is a part of no name.
  const adjacent = fundBefore(r, t, lex);
  const project =
    endsName(r, t) ||
    (adjacent === undefined && narrowerMeasure(r, t, lex)) ||
    projectName(r, t, lex);
  // The figures after it are that part's, not those of a measure named before in the clause.
  if (project === true || withinNature(r, lex) || afterUnnamedItem(r, t, lex)) {
    delete cl.measure;
    return;
  }
  // `支出总额968.00万元`: 本年支出合计 or 支出总计? Named only as the whole of a share.
  if (lex.wholeOnly !== undefined && !cl.share) return;
  // `运转类项目支出` outside 项目支出: 公用经费 and 其他运转类 alike, a measure the reader has no name for.
  if (lex.ofProjects === true && !ofProjects(r, lex.subjects[0])) {
    delete cl.measure;
    return;
  }
  // The funds of a none right before the measure (`无政府性基金预算和国有资本经营预算支出`), or of
  // the measure it is joined to (`无政府性基金预算收入和支出`): the none is of the measure of each.
  const noneFunds = noneFundsOf(r, t, adjacent);
  // `收入` / `支出` alone name a figure only after a fund word, or under a fund's heading.
  if (
    lex.afterFund === true &&
    adjacent === undefined &&
    noneFunds === undefined &&
    (r.heading || r.sectionFund === undefined)
  )
    return;
  // `三公经费支出预算`: the words after the measure say what kind of figure it is.
  if (cl.measureEnd === t.s) {
    cl.measureEnd = t.e;
    return;
  }
  // `2. “…（项）”76.76万元，…。2023年实际支出70.70万元，2024年预算安排76.76万元`: a bare 支出 in a
  // numbered entry on one 科目 is that 科目's (as `执行数` would be), not the section fund's whole.
  if (
    lex.afterFund === true &&
    adjacent === undefined &&
    noneFunds === undefined &&
    ofEntry(r, lex)
  ) {
    cl.refer = true;
    delete cl.measure;
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
  // `项目支出中人员经费…`, `49.68万元（未读出）中公用经费…`: a part of a whole the tables do not
  // break down so, or of a whole unknown.
  const of = r.heading || cl.share ? undefined : wholeNow(r, part);
  if (of === null || (of !== undefined && foreignPart(of, part))) {
    delete cl.measure;
    return;
  }
  const subjects = compose(r, lex, adjacent);
  if (r.heading) {
    r.headingFund = subjects[0]?.coords.fund;
    r.headingNamed = true;
    // `人员经费和公用经费分别为：`: the measures a `分别` of the lines after it takes (`items.ts`).
    if (r.kind === "context") r.sent.named.push({ subjects, atMost: lex.atMost === true, at: t.s });
    return;
  }
  // A none gone on past a `、` (`未安排因公出国（境）费、…`) is of the measures joined to it only
  // (`未安排因公出国（境）费、严格控制公务接待费`: no none of 公务接待费).
  const n0 = cl.none;
  // `…无负责管理的专项转移支付项目⏎基本支出中，…`: a measure heading its parts is no none's.
  if (n0 !== undefined && n0.after !== true && headsBreakdown(r.text.text, t.e)) delete cl.none;
  else if (
    n0?.goesOn === true &&
    (n0.measure === undefined ? (n0.funds?.length ?? 0) === 0 : !joins(r.text.text, n0.e, t.s))
  )
    delete cl.none;
  if (cl.none !== undefined) {
    // `未安排因公出国（境）费和公务用车购置费`: each measure of a list after the none word is none.
    // The list's measures grow one array the clause owns (never copied: a list of n measures
    // is read in n steps).
    const n = cl.none;
    const listed = n.measure !== undefined && joins(r.text.text, n.e, t.s) ? n.measure : undefined;
    const measure = listed ?? [];
    // `无政府性基金预算和国有资本经营预算拨款安排的支出` under a fund's heading: of each fund too.
    const each =
      noneFunds ?? (n.measure === undefined && adjacent === undefined ? n.funds : undefined);
    for (const f of each ?? [adjacent ?? n.fund])
      for (const s of compose(r, lex, f)) measure.push(s);
    cl.none = {
      s: n.s,
      e: t.e,
      at: listed !== undefined && listed.length > 0 && n.at !== undefined ? n.at : t.s,
      ...(n.fund === undefined ? {} : { fund: n.fund }),
      ...(n.funds === undefined ? {} : { funds: n.funds }),
      ...(n.goesOn === undefined ? {} : { goesOn: n.goesOn }),
      ...(n.except === undefined ? {} : { except: n.except }),
      measure,
    };
  }
  if (cl.share) {
    cl.shareBase = subjects;
    // `一般公共预算支出…，其中：项目支出…，占本年支出合计的…`: a whole printed without a fund
    // took the fund of its 其中 whole (or section); the whole of every fund may be meant.
    const free = lex.subjects[0];
    const fundless =
      adjacent === undefined &&
      subjects.length === 1 &&
      free !== undefined &&
      free.coords.fund === undefined;
    if (fundless && subjects[0]?.coords.fund !== undefined) cl.shareBaseFree = free;
    // `占支出总额的…` of no fund: 本年支出合计, or 支出总计 alike.
    else if (fundless && lex.wholeOnly !== undefined) cl.shareBaseFree = lex.wholeOnly;
    else delete cl.shareBaseFree;
    // `分别占支出合计的…`: the shares wait for the sentence end, the base with them.
    const resp = r.sent.respective;
    if (resp !== undefined) {
      resp.base = subjects;
      if (cl.shareBaseFree === undefined) delete resp.baseFree;
      else resp.baseFree = cl.shareBaseFree;
    }
    return;
  }
  // A part of another concept than its whole names a category of the whole
  // (`机构运转经费…其中：公用经费15.52万元` is the 公用经费 category of 机构运转经费; so is
  // `机关运行经费…，主要包括…公务接待费1.50万元`: what it is made of, not the 三公 item).
  // `收入预算…（含上年结转…）`: the whole includes the carry-over it names among its parts.
  if (r.para.ofWhich && r.para.head !== undefined)
    settleWithCarryover(r, r.para.head, subjects[0], t.s);
  // A measure named after the list ended starts afresh: the list is over.
  if (r.sent.composed?.open === false) delete r.sent.composed;
  const whole = wholeNow(r, subjects[0]) ?? undefined;
  const category = r.text.text.slice(t.s, t.e);
  const ofWhole =
    whole !== undefined && subjects[0] !== undefined && !fundWithin(whole, subjects[0]);
  // `公务接待费：基本支出1.50万元、…`: the 三公 measure's part in a nature (`nature-placed.ts`),
  // unless named as a category of its whole (`公务接待费2.50万元（含基本支出1.50万元…）`)
  if (!ofWhole && splitByNature(r, subjects, t.s)) cl.narrowed = true;
  const named: Named = ofWhole
    ? {
        subjects: [{ concept: whole.concept, coords: { ...whole.coords, category } }],
        atMost: false,
        at: t.s,
        end: t.e,
      }
    : {
        subjects: ofSubject(subjects, whole),
        atMost: lex.atMost === true,
        at: t.s,
        end: t.e,
        ...(typeof project === "string" ? { project } : {}),
        // `一般公共预算当年拨款收入`: the fund word says which (this year's); `本年收入总计`: no word does.
        ...((lex.either === true && !(adjacent !== undefined && cl.fund?.grant === true)) ||
        datedOnly(r.text.text, t)
          ? { either: true as const }
          : {}),
      };
  cl.measure = named;
  r.sent.named.push(named);
  const aside = r.sent.aside;
  if (aside !== undefined) {
    aside.named = true;
    aside.first ??= named;
  }
  if (natureSpending(named.subjects[0])) r.sent.namedNature = true;
  // A 三公 measure opens its statement; another measure (not a nature, its part) ends it.
  else r.sent.sanGong = named.subjects.some((s) => s.concept === "sanGong");
}
