/**
 * What the words right before a measure word do to it: a fund (`一般公共预算项目支出`, also across
 * `安排的`: `政府性基金安排的项目支出`; a revenue of one fund alike: `事业收入安排的项目支出`) says
 * whose money it is; the document's own name for itself, a year, a list's mark or a link say
 * nothing of it (`本部门项目支出`, `2024年的项目支出`, `（二）项目支出`, `其中：项目支出`); any other
 * word makes it a narrower measure the reader has no name for (`新增项目支出`, `在职人员基本支出`,
 * `上年结转安排的项目支出`), whose figure is left unplaced, never read as the whole's.
 */
import type { Fund } from "../facts";
import { LAST_YEAR_WORDS, THIS_YEAR_WORDS } from "./date-words";
import { MEASURE_WORDS } from "./measure-words";
import { ORG_ENDS } from "./org-names";
import type { Reader } from "./reader";
import type { WordToken } from "./scan";
import { inherited } from "./subject";
import type { ClaimSubject } from "./types";
import { GOVERNMENT_OWN_LEVELS, OWN_LEVEL, OWN_NAMES, SUB_UNITS } from "./unit-words";

type MeasureLex = Extract<WordToken["lex"], { t: "measure" }>;

/**
 * Characters that join a measure word to the words before it (`基本支出中人员经费`, `和公用经费`,
 * `一般公共预算支出按支出功能分类`, `二是项目支出`, `2024年度项目支出`).
 */
const LINKS = "中的和及与或为是含在对其于各、按从";

/**
 * Words naming the whole of a measure, never a part: its total (`合计项目支出`, `总基本支出`) or
 * its whole scope (`全口径项目支出`, `全年度`). Not `当年` (this year's appropriation, without
 * 上年结转), `年初` (the adopted budget: in a final account not the final figure), a level that
 * need not be the document's own (`区级`, `县级`: in a city's budget what goes to the level below),
 * nor `机关` (one unit of a department with several): those may name a part, left narrower.
 */
const WHOLES = ["合计", "总计", "共计", "总", "全口径", "全年度"];

/**
 * Words that only say whose, or which whole, the figure is (`本部门`, `我局`, `单位`, `全年`): the
 * document's own name for itself (本 / 我 / 该 and a kind of body), a bare 单位 / 部门, or a word
 * naming the whole ({@link WHOLES}). They say nothing only where they stand after a break or a word
 * that says nothing either (`行政单位`, `所属单位`, `部门本级` are a part of the department).
 */
const OWNERS: readonly string[] = /*#__PURE__*/ (() => {
  const bodies = ["单位", "部门", "机关", "中心", "局", "委", "院", "办", "厅", "处", "所", "站"];
  const own = ["本", "我", "该"].flatMap((h) => bodies.map((b) => h + b));
  return [...own, "单位", "部门", "全年", "年度", "全部", "所有", ...WHOLES].sort(
    (a, b) => b.length - a.length,
  );
})();

/** Words between a fund and the measure it pays for (`政府性基金安排的项目支出`), longest first. */
const ARRANGED = ["资金安排的", "资金安排", "安排的", "安排", "的"];
/** The verb a fund or revenue pays a measure with (`事业收入安排项目支出`). */
const ARRANGE = "安排";
/** Words dating a measure, before `安排的` or `的` (`本年安排的项目支出`, `2024年的项目支出`). */
const DATES = [...THIS_YEAR_WORDS, ...LAST_YEAR_WORDS];
const HAN = /^\p{Script=Han}$/u;
const DIGIT = /^[0-9]$/u;

/** Whether a measure word is a nature of spending (`基本支出`, `项目支出`, `人员经费`…). */
const natureWord = (lex: MeasureLex): boolean => {
  const s = lex.subjects[0];
  return (
    s?.concept === "spending" &&
    s.coords.nature !== undefined &&
    lex.atMost !== true &&
    lex.fundFree !== true
  );
};

const natureSpending = (s: ClaimSubject | undefined): boolean =>
  s?.concept === "spending" && s.coords.nature !== undefined;

/** The measure words of no nature of spending, by their last character. */
const OTHER_MEASURES: ReadonlyMap<string, readonly string[]> = /*#__PURE__*/ (() => {
  const map = new Map<string, string[]>();
  for (const [w, lex] of MEASURE_WORDS)
    if (lex.t === "measure" && !natureSpending(lex.subjects[0])) {
      const list = map.get(w.slice(-1)) ?? [];
      list.push(w);
      map.set(w.slice(-1), list);
    }
  return map;
})();

/**
 * Whether a measure word of another kind than a nature of spending ends at `s`
 * (`上年结转项目支出`, `政府采购项目支出`, `一般公共服务支出项目支出`): what the spending pays
 * for, or of, is a part of it (`基本支出人员经费` is no such). Reads a bounded number of words.
 */
function otherMeasureAt(r: Reader, s: number): boolean {
  const c = r.text.text;
  const list = OTHER_MEASURES.get(c.charAt(s - 1)) ?? [];
  r.steps.n += list.length;
  return list.some((w) => c.endsWith(w, s));
}

/**
 * The fund of the measure word `t`: that of a fund word right before it; for a nature of
 * spending also before `安排的` / `的` (`政府性基金安排的项目支出`, `一般公共预算的基本支出`), or that
 * of a revenue of one fund before `安排` (`事业收入安排的项目支出`: what the business revenue pays
 * for).
 * @internal
 */
export function fundBefore(r: Reader, t: WordToken, lex: MeasureLex): Fund | undefined {
  const c = r.text.text;
  const fund = r.cl.fund;
  if (fund !== undefined && fund.e === t.s) return fund.fund;
  if (!natureWord(lex)) return undefined;
  // (a refer word after a fund may have taken the fund's end on: `政府性基金安排|的`)
  const gaps = ARRANGED.filter((w) => c.endsWith(w, t.s));
  if (fund !== undefined && gaps.some((w) => fund.e === t.s - w.length)) return fund.fund;
  const gap = gaps[0];
  if (gap === undefined || !gap.includes(ARRANGE)) return undefined;
  const at = t.s - gap.length;
  const m = r.cl.measure;
  const revenue = m?.end === at && m.subjects.length === 1 ? m.subjects[0] : undefined;
  if (revenue?.concept !== "revenue") return undefined;
  const { fund: own, ...rest } = revenue.coords;
  return Object.keys(rest).length === 0 ? own : undefined;
}

/**
 * The tail of a list of examples after a name (`人武部等项目支出`, `民兵等项目支出增加`): the
 * measure the examples stand in, as after a link.
 */
const LIST_TAIL = "等";

/** Whether a break, a link, a list's tail, or nothing stands right before `s`. */
const open = (c: string, s: number): boolean => {
  const ch = c.charAt(s - 1);
  return s === 0 || !HAN.test(ch) || LINKS.includes(ch) || ch === LIST_TAIL;
};

/**
 * The department's own level after its name or alone (`XX局本级`, `本部门机关本级`, `本级`), or
 * its government's own level (`市本级`, `区本级`: the budget of that level, the department's): the
 * units' reading scopes the figure (`unit-claims.ts`; of a department of one unit, the whole).
 */
const OWN_LEVELS: readonly string[] = [...OWN_LEVEL, ...GOVERNMENT_OWN_LEVELS].sort(
  (a, b) => b.length - a.length,
);
/** How many words that say nothing may stand in a row (`本部门全口径`, `2024年本部门合计`). */
const OWNERS_IN_ROW = 3;

/**
 * Where the words that say nothing before `s` start (`本部门`, `本部门机关本级`, `本级`): `s` if
 * none.
 */
function ownerFrom(c: string, s: number): number {
  const level = OWN_LEVELS.find((w) => c.endsWith(w, s));
  let at = level === undefined ? s : s - level.length;
  for (let i = 0; i < OWNERS_IN_ROW; i++) {
    const w = OWNERS.find((o) => c.endsWith(o, at));
    if (w === undefined) break;
    at -= w.length;
  }
  return at;
}

/**
 * Whether a unit's name ends at `s` (`…人民武装部`, `…管理中心`): the units' reading scopes the
 * figure after it to that unit (`unit-claims.ts`), not this one.
 */
const unitBefore = (c: string, s: number): boolean => ORG_ENDS.some((w) => c.endsWith(w, s));

/** Whether a date stands right before `s` (`本年`, `2024年`, `2024年度`). */
const dated = (c: string, s: number): boolean =>
  DATES.some((w) => c.endsWith(w, s)) ||
  (c.endsWith("年", s) && DIGIT.test(c.charAt(s - 2))) ||
  (c.endsWith("年度", s) && DIGIT.test(c.charAt(s - 3)));

/**
 * Whether the measure word `t` is a narrower measure the reader has no name for: a nature of
 * spending (or 收入 / 支出 after a fund) right after a word that is none of a fund's, the
 * document's own name, a date, a link or a break (`新增项目支出`, `在职人员基本支出`,
 * `离退休人员经费`, `上年结转项目支出`, `新增的项目支出`, `上年结转安排的项目支出`). Its fund, if
 * any, is looked at first ({@link fundBefore}). @internal
 */
export function narrowerMeasure(r: Reader, t: WordToken, lex: MeasureLex): boolean {
  if (natureWord(lex)) return qualifiedNature(r, t);
  if (lex.afterFund === true) return withinWord(r, t);
  return totalWord(lex) && qualifiedTotal(r, t);
}

/** The concepts of a department's whole revenue or spending. */
const TOTALS: readonly string[] = ["revenue", "spending", "revenue.total", "spending.total"];

/**
 * Whether a measure word names the department's whole revenue or spending of one side
 * (`支出预算`, `收入合计`, `部门预算支出`): of no fund, nature or item.
 */
const totalWord = (lex: MeasureLex): boolean =>
  lex.fundFree !== true &&
  lex.atMost !== true &&
  lex.subjects.length === 1 &&
  lex.subjects.every((s) => TOTALS.includes(s.concept) && Object.keys(s.coords).length === 0);

/**
 * Words before a total's name that say nothing of it besides {@link ownerFrom}'s: `预算`, `资金`,
 * `安排` (`预算支出合计`: the budget's; what is before them still says: `专户资金收入合计`), `机关` (`XX局机关支出预算`: the own unit, told by the units'
 * reading), `取得` (`从本级财政取得支出预算`).
 */
const TOTAL_OWNERS = ["预算", "资金", "安排", "机关", "财政取得", "取得"];
/**
 * This year's words before a total's name (`当年支出总计`, `本年收入合计`): the year, as a date
 * says it; not so before a nature (`当年项目支出`: without 上年结转, see the natures' reading).
 */
const TOTAL_PERIODS = ["本年度", "本年", "当年", "今年"];
/** How far before a total's name a sub-unit word leaves it to the units' reading (`所属事业单位`). */
const SUB_UNIT_WINDOW = 8;

/** The measure words by their last character. */
const MEASURES_BY_END: ReadonlyMap<string, readonly string[]> = /*#__PURE__*/ (() => {
  const map = new Map<string, string[]>();
  for (const [w, lex] of MEASURE_WORDS)
    if (lex.t === "measure") {
      const list = map.get(w.slice(-1)) ?? [];
      list.push(w);
      map.set(w.slice(-1), list);
    }
  return map;
})();

/**
 * {@link narrowerMeasure} of a total's name: right after a word that is none of the document's
 * own name for itself, a whole's word, a date, a unit's name, a link, a break or a word of the
 * lexicon, it names a part of the total the reader has no name for (`会议费支出预算`,
 * `工资福利支出预算`, `非税收入预算`, `人员类支出合计`), left unplaced; so it does right after a
 * narrower measure (`离退休人员经费支出预算`), not after one it goes on with (`三公经费支出预算`).
 */
function qualifiedTotal(r: Reader, t: WordToken): boolean {
  const c = r.text.text;
  if (r.prevEnd === t.s && !TOTAL_OWNERS.some((w) => c.endsWith(w, t.s))) {
    if (r.cl.measureEnd === t.s) return false;
    const list = MEASURES_BY_END.get(c.charAt(t.s - 1)) ?? [];
    r.steps.n += list.length;
    return list.some((w) => c.endsWith(w, t.s));
  }
  // where each word that says nothing before it starts (`本年度|部门|支出总预算`), from the nearest
  const stops = [t.s];
  const back = (words: readonly string[]) => {
    const at = stops[stops.length - 1] as number;
    const w = words.find((o) => c.endsWith(o, at));
    if (w !== undefined) stops.push(at - w.length);
    return w !== undefined;
  };
  back(TOTAL_OWNERS);
  back(TOTAL_PERIODS);
  back(OWN_LEVELS);
  for (let i = 0; i < OWNERS_IN_ROW && back(OWNERS); i++);
  const from = stops[stops.length - 1] as number;
  // A unit's name (`XX中心支出预算`, `所属单位支出预算`): the units' reading scopes the figure.
  const near = c.slice(Math.max(r.cl.start, from - SUB_UNIT_WINDOW), from);
  if (SUB_UNITS.some((w) => near.includes(w))) return false;
  return !stops.some(
    (e) =>
      r.unitEnds.has(e) ||
      open(c, e) ||
      dated(c, e) ||
      unitBefore(c, e) ||
      (e < t.s && r.prevEnd === e),
  );
}

/** The words of {@link withinWord}'s own that may stand right before 收入 / 支出. */
const AFTER_FUND_LINKS = `${LINKS}度`;
/**
 * The document's names for itself and its own level, and any unit's or department's name's end
 * (`本部门`, `机关本级`, `XX单位`), right before 收入 / 支出.
 */
const AFTER_FUND_OWNERS: readonly string[] = [...OWN_NAMES, ...OWN_LEVEL, "单位", "部门"];

/**
 * Whether 收入 or 支出 alone ends a longer name (`一般公共服务支出`, `工资福利支出` under a fund's
 * heading are no fund's spending): right after a character of a word, not after a break, a known
 * word, a link character or the document's own name for itself.
 */
function withinWord(r: Reader, t: WordToken): boolean {
  if (t.s === 0 || r.prevEnd === t.s) return false;
  const c = r.text.text;
  const ch = c.charAt(t.s - 1);
  return (
    HAN.test(ch) &&
    !AFTER_FUND_LINKS.includes(ch) &&
    !AFTER_FUND_OWNERS.some((w) => c.endsWith(w, t.s))
  );
}

/** `当年` right before a nature of spending: this year's appropriation (`当年项目支出`). */
const THIS_YEARS = ["当年度", "当年"];

/**
 * Whether the figure of a nature of spending after `当年` (`…，其中：基本支出…，当年项目支出…`) has a
 * fund the words name as a whole's or a section's, and no year before it but this one's: then it is
 * that fund's appropriation of this year (`grant`), compared with the tables' this year's money
 * where they print it apart from 上年结转 (`rules/readings.ts`). Without such a fund (what funds
 * `当年` takes in is not said) it stays a narrower measure, unplaced.
 */
function thisYearsFund(r: Reader): boolean {
  const { cl, sent } = r;
  if (r.heading || cl.fund !== undefined || cl.period === "prior" || sent.prior || sent.after)
    return false;
  return inherited(r) !== undefined;
}

/**
 * {@link narrowerMeasure} of a nature of spending after `当年` (`当年项目支出`, `2024年当年基本支出`),
 * or `undefined` where no `当年` stands before it: narrower unless a fund is known
 * ({@link thisYearsFund}) and what stands before `当年` says nothing of the measure either.
 */
function afterThisYear(r: Reader, t: WordToken): boolean | undefined {
  const c = r.text.text;
  const word = THIS_YEARS.find((w) => c.endsWith(w, t.s));
  if (word === undefined) return undefined;
  const s = t.s - word.length;
  if (r.prevEnd === s ? otherMeasureAt(r, s) : !plainBefore(r, s)) return true;
  if (!thisYearsFund(r)) return true;
  r.cl.thisYear = true;
  return false;
}

/** Whether only words that say nothing of a measure stand before `s` (a break, a link, a date, the document's own name, a unit's). */
function plainBefore(r: Reader, s: number): boolean {
  const c = r.text.text;
  const from = ownerFrom(c, s);
  return (
    open(c, from) || unitBefore(c, from) || (from < s && (r.prevEnd === from || dated(c, from)))
  );
}

/** {@link narrowerMeasure} of a nature of spending. */
function qualifiedNature(r: Reader, t: WordToken): boolean {
  const thisYear = afterThisYear(r, t);
  if (thisYear !== undefined) return thisYear;
  const c = r.text.text;
  const measureBefore = (s: number) => otherMeasureAt(r, s);
  if (c.endsWith(ARRANGE, t.s)) return measureBefore(t.s - ARRANGE.length);
  if (c.charAt(t.s - 1) === "的") {
    let s = t.s - 1;
    if (c.endsWith(ARRANGE, s)) s -= ARRANGE.length;
    if (measureBefore(s)) return true;
    const from = ownerFrom(c, s);
    return !(
      open(c, from) ||
      dated(c, from) ||
      unitBefore(c, from) ||
      (from === s && r.prevEnd === s)
    );
  }
  if (r.prevEnd === t.s) return measureBefore(t.s);
  return !plainBefore(r, t.s);
}
