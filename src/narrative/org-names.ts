/**
 * Units the text names otherwise than the tables and the caller do (`人武部` for `某县人民武装部`,
 * `政务中心` for `某县政务服务中心`, `县住建局` for the department `某县住房和城乡建设局`), or a unit
 * they do not list at all (`二、某县第一中学收支预算情况`): a name ending in a kind of organisation
 * ({@link ORG_ENDS}) that opens its clause and is followed by what a figure's subject is followed by
 * (a year, a measure: `…人武部2025年支出预算…`). Matched to the department or to one of its units
 * when its characters are theirs in order (an abbreviation); else it is a unit the reader cannot
 * name, whose figures are never compared with the department's (`unit-part`, coverage).
 */
import { ORG_ENDINGS } from "../codes/org-endings";
import { BY_FIRST } from "./lexicon";
import type { Steps } from "./scan";
import { figureAfter } from "./unit-parts";
import { OWN_LEVEL_OR_ORGAN } from "./unit-words";
import { partOf, type UnitMention, type UnitNames, type UnitRef } from "./units";

/**
 * The endings of the shared list ({@link ORG_ENDINGS}) a text's names are not read by: single
 * characters that end as many words of a budget's text as names of units (`政府收支`,
 * `社会保障`, `市场监管`, `数字平台`, `学科`), which before `收入` / `支出` / `预算` at a clause's
 * start would take a sentence's subject for a unit the reader cannot name (its figures then never
 * compared). A name ending in one of them is read where its longer ending is kept (`办公室`,
 * `委员会`, `幼儿园`).
 */
const NOT_IN_TEXT: readonly string[] = [
  "室",
  "会",
  "园",
  "团",
  "署",
  "宫",
  "台",
  "场",
  "府",
  "科",
  "股",
];

/**
 * Endings a text's names have that the shared list does not: associations (whose `会` is left
 * out above), schools by their short names (`城关镇中心校`, `县职高`, `师大附中`; a numbered one,
 * `县一中`, is read by {@link orgEnd}), and the longer names of units ending in what is left out
 * above (`林场`, `工会`, `剧团`, `电视台`, `少年宫`, `人民政府`, `公园`), which no budget word ends.
 */
const TEXT_ONLY: readonly string[] = [
  "协会",
  "联合会",
  "完小",
  "职高",
  "职中",
  "附小",
  "附中",
  // the endings left out above in the longer names of units (`县国有林场`, `县总工会`, `县豫剧团`)
  "林场",
  "农场",
  "园艺场",
  "工会",
  "红十字会",
  "学会",
  "商会",
  "共青团",
  "剧团",
  "艺术团",
  "电视台",
  "广播台",
  "气象台",
  "少年宫",
  "文化宫",
  "人民政府",
  "公园",
  "植物园",
  "动物园",
  "产业园",
];

/**
 * The kinds of organisation a unit's name in a text ends with: the shared list but
 * {@link NOT_IN_TEXT}, and {@link TEXT_ONLY}. Only whether one ends a name counts (not which).
 */
export const ORG_ENDS: readonly string[] = [
  ...ORG_ENDINGS.filter((e) => !NOT_IN_TEXT.includes(e)),
  ...TEXT_ONLY,
];

/** Chinese numerals, as a school's number is printed (`第十一中学`, `县一中`). */
const NUMERALS = "〇零一二三四五六七八九十百";
/**
 * The kind of school a number names in a short name (`县一中`, `实验二小`, `县一高`, `机关一幼`):
 * a name ending in a numeral and one of these ends in a kind of organisation.
 */
const NUMBERED_KINDS = "中小高幼";

/**
 * Words of a list by their last (or first) character, in the list's order: a position is tried
 * against the few words that can end (start) there, not against the whole list (the reader tries
 * every position of a text).
 */
function byChar(
  words: readonly string[],
  at: (w: string) => string,
): ReadonlyMap<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of words) {
    const k = at(w);
    const list = map.get(k);
    if (list === undefined) map.set(k, [w]);
    else list.push(w);
  }
  return map;
}

/** {@link ORG_ENDS} by their last character (built once). */
const ENDS_BY_LAST = /*#__PURE__*/ byChar(ORG_ENDS, (w) => w.charAt(w.length - 1));

/** The kind of organisation ending `c` at `e`: one of {@link ORG_ENDS}, or a numbered school's. */
function orgEnd(c: string, e: number): string | undefined {
  const end = ENDS_BY_LAST.get(c.charAt(e - 1))?.find((w) => c.endsWith(w, e));
  if (end !== undefined) return end;
  return NUMBERED_KINDS.includes(c.charAt(e - 1)) && e >= 2 && NUMERALS.includes(c.charAt(e - 2))
    ? c.charAt(e - 1)
    : undefined;
}

const isNumeral = (ch: string): boolean => ch !== "" && NUMERALS.includes(ch);

/** What follows a unit's name where it is a figure's subject: a measure, a fund, a budget word. */
export const ORG_FOLLOWERS: readonly string[] = [
  "收入",
  "支出",
  "收支",
  "部门预算",
  "单位预算",
  "预算",
  "财政拨款",
  "一般公共预算",
  "政府性基金",
  "国有资本经营",
  "基本支出",
  "项目支出",
  "人员经费",
  "公用经费",
  "三公",
  "机关运行经费",
  "机构运转经费",
  "政府采购",
];

/** Words that may open a clause before a unit's name (`其中`, the 年 of a year before it). */
const LEADS: readonly string[] = ["其中", "年度", "年", "另外", "此外", "同时"];

/** What opens the document's own name for itself (`我中心`, `本院`, `该局`): no other unit. */
const SELF = ["本", "我", "该"];

/** The longest and shortest name looked back for (characters). */
const MAX_NAME = 20;
const MIN_NAME = 3;

const HAN = /\p{Script=Han}/u;
/** A heading's marker alone (`二、`, `(二)`, `2.`, `2、`, `(2)`): a name after it ending its line is the heading's. */
const HEADING_MARK =
  /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、])$/u;

/** Whether `c[k]` joins a figure before it to what follows (`110.00万元和…`, `…50万元及…`). */
const joinsFigure = (c: string, k: number): boolean =>
  k >= 2 &&
  "和及与".includes(c.charAt(k)) &&
  c.charAt(k - 1) === "元" &&
  /[0-9万亿千]/u.test(c.charAt(k - 2));

/** Whether a year (`2025年`) starts at `i`. */
const yearAt = (c: string, i: number): boolean =>
  isAsciiDigit(c.charAt(i)) && /^\d{4}年/u.test(c.slice(i, i + 5));

const isAsciiDigit = (ch: string): boolean => ch >= "0" && ch <= "9";

/** {@link ORG_FOLLOWERS} by their first character (built once). */
const FOLLOWERS_BY_FIRST = /*#__PURE__*/ byChar(ORG_FOLLOWERS, (w) => w.charAt(0));

/** Whether `c` at `e` goes on as a figure's subject goes on after its unit's name. @internal */
export function followed(c: string, e: number): boolean {
  return (
    yearAt(c, e) || (FOLLOWERS_BY_FIRST.get(c.charAt(e))?.some((w) => c.startsWith(w, e)) ?? false)
  );
}

/** Whether a word the reader knows as a fund or a measure is within `name` (then it is none). */
function namesMeasure(name: string, steps: Steps): boolean {
  for (let i = 0; i < name.length; i++)
    for (const [w, lex] of BY_FIRST.get(name.charAt(i)) ?? []) {
      steps.n++;
      if ((lex.t === "fund" || lex.t === "measure") && name.startsWith(w, i)) return true;
    }
  return false;
}

/**
 * Whether `short` abbreviates `full`: its characters are `full`'s in order, its last among
 * `full`'s last three (`人武部` of `人民武装部`, `发改委` of `发展和改革委员会`), and a number in it is
 * a whole number of `full`'s (`县一中` of `某县第一中学`, not of `某县第十一中学`).
 */
export function abbreviates(short: string, full: string): boolean {
  let j = 0;
  for (let i = 0; i < short.length; ) {
    let n = i + 1;
    if (isNumeral(short.charAt(i))) while (isNumeral(short.charAt(n))) n++;
    const part = short.slice(i, n);
    let k = full.indexOf(part, j);
    // a number stands alone: no numeral of `full` right before or after it
    if (n > i + 1 || isNumeral(part))
      while (k >= 0 && (isNumeral(full.charAt(k - 1)) || isNumeral(full.charAt(k + part.length))))
        k = full.indexOf(part, k + 1);
    if (k < 0) return false;
    j = k + part.length;
    i = n;
  }
  return j >= full.length - 2;
}

/**
 * What a name the tables do not print stands for: the department when it abbreviates one of its
 * names, else the one unit it abbreviates, else a unit the reader cannot name.
 */
function refOf(name: string, units: UnitNames): UnitRef {
  const found = new Set<UnitRef>();
  for (const list of units.byFirst.values())
    for (const u of list) {
      if (u.ref === "own" || (u.ref !== "department-name" && u.ref.kind === "sub")) continue;
      if (!abbreviates(name, u.name)) continue;
      if (u.ref === "department-name") return { kind: "department" };
      found.add(units.several ? u.ref : { kind: "department" });
    }
  const [only] = found;
  return found.size === 1 && only !== undefined ? only : { kind: "unit", stated: false };
}

/** The names {@link otherMentions} found: before a subject's words, and right before a figure. @internal */
export interface OtherMentions {
  /** Followed as a subject is (`…人武部2025年支出预算…`): they scope what follows. */
  readonly subjects: UnitMention[];
  /** Right before a figure (`其中：县一中110.00万元`): they scope the figure only if it is placed by them. */
  readonly beforeFigure: UnitMention[];
}

/**
 * The names of units {@link unitMentions} did not find (`known`, in order): each opens its clause,
 * ends in one of {@link ORG_ENDS}, is followed as a subject is (or by a figure: `beforeFigure`),
 * names no measure or fund, and is not the document's name for itself. Linear: one pass, each
 * position tried against a bounded list of endings, and a name is looked back for at most
 * {@link MAX_NAME} characters. @internal
 */
export function otherMentions(
  c: string,
  units: UnitNames,
  known: readonly UnitMention[],
  steps: Steps,
): OtherMentions {
  const subjects: UnitMention[] = [];
  const beforeFigure: UnitMention[] = [];
  let k = 0;
  // the end of the last name read with a part's word after it (`…办公室（本级）`)
  let covered = -1;
  for (let e = 1; e < c.length; e++) {
    steps.n++;
    if (e <= covered) continue;
    const lineEnd = c.charAt(e) === "\n";
    let found =
      followed(c, e) || lineEnd ? subjects : figureAfter(c, e) >= 0 ? beforeFigure : undefined;
    // `中共某某区委办公室（本级）2024年收入…`, `…办公室机关支出…`: the name, then a part of it
    const level =
      found === undefined
        ? OWN_LEVEL_OR_ORGAN.find((w) => c.startsWith(w, e) && followed(c, e + w.length))
        : undefined;
    if (level !== undefined) found = subjects;
    if (found === undefined) continue;
    const end = orgEnd(c, e);
    if (end === undefined) continue;
    let s = e - end.length;
    // (`…110.00万元和实验小学40.00万元`: a joiner after a figure starts the next name)
    const opens = (k: number) => !HAN.test(c.charAt(k - 1)) || joinsFigure(c, k - 1);
    while (s > 0 && e - s < MAX_NAME && !opens(s)) s--;
    // not at its clause's start: within a longer phrase
    if (s > 0 && !opens(s)) continue;
    let lead = LEADS.find((w) => c.startsWith(w, s));
    while (lead !== undefined && s + lead.length < e) {
      s += lead.length;
      lead = LEADS.find((w) => c.startsWith(w, s));
    }
    // a name ending its line is one only where a heading's marker alone is before it (`二、区人武部`)
    if (
      lineEnd &&
      !followed(c, e) &&
      !HEADING_MARK.test(c.slice(c.lastIndexOf("\n", s - 1) + 1, s))
    )
      continue;
    const name = c.slice(s, e);
    // (a numbered school's short name may be shorter: `一中`)
    const shortest = ORG_ENDS.includes(end) ? MIN_NAME : 2;
    if (name.length < shortest || SELF.includes(name.charAt(0))) continue;
    while (k < known.length && (known[k] as UnitMention).e <= s) k++;
    const next = known[k];
    if (next !== undefined && next.s < e) continue;
    if (namesMeasure(name, steps)) continue;
    const ref = refOf(name, units);
    if (level === undefined) found.push({ s, e, ref });
    else {
      covered = e + level.length;
      found.push({ s, e: covered, ref: ref.kind === "department" ? partOf(units) : ref });
    }
  }
  return { subjects, beforeFigure };
}

/** Two lists of mentions in text order, as one. @internal */
export function mergeMentions(a: readonly UnitMention[], b: readonly UnitMention[]): UnitMention[] {
  if (b.length === 0) return [...a];
  const out: UnitMention[] = [];
  let j = 0;
  for (const m of a) {
    while (j < b.length && (b[j] as UnitMention).s < m.s) out.push(b[j++] as UnitMention);
    out.push(m);
  }
  while (j < b.length) out.push(b[j++] as UnitMention);
  return out;
}
