/**
 * The claims of one of the department's units: a figure whose sentence names a unit before it
 * (`XX中心支出预算160.00万元`, `其中：XX局本级收入预算…`, `所属单位…`) is that unit's, not the
 * department's. It is placed on the unit's facts (`org`) where the tables give the unit's rows,
 * else left unplaced (`unit-part`): never compared with the department's figure.
 */
import { sentenceSpan } from "./ends";
import { CN_ORDINAL } from "./lines";
import type { Reader } from "./reader";
import { markerAt } from "./text";
import type { Claim, ClaimSubject, Unplaced } from "./types";
import type { UnitMention, UnitRef } from "./units";

/** A sentence of the text (compact offsets) and how many claims were read when it ended. @internal */
export interface SentenceEnd {
  readonly start: number;
  readonly end: number;
  readonly claims: number;
}

/** What becomes of a claim: kept as read, placed on a unit (`org`), or left unplaced. */
type Fate = undefined | { readonly org: string } | "left";

/**
 * What joins units into a group (`XX局本级和XX中心`, `本级、XX中心`): no one unit; the department
 * when it names every unit, else a sum over some of them ({@link GROUP}).
 */
const JOINERS = "和及与、";
/** What ends a figure (`50.00万元`, `20%`, `3个`): a joiner after it joins figures, not units. */
const FIGURE_ENDS = "0123456789元%个";
const afterFigure = (c: string, k: number): boolean =>
  k > 0 && FIGURE_ENDS.includes(c.charAt(k - 1));
/** The words a unit's text names itself by: under a unit's heading, that unit, not the department. */
const SELF = ["本单位", "我单位"];
/** The words a text names the whole department by, under any unit's heading too. */
const WHOLE = ["本部门", "我部门", "全部门"];
/** What ends a clause: a unit named in it with no figure after it scopes nothing past it. */
const CLAUSE_ENDS = "，,；;";
/**
 * The scope of a group of some of the department's units (`本级、某县第一中学支出预算260.00万元`
 * in a department of three): the sum over them, of no table, left unplaced.
 */
const GROUP = -3;
/** What a group's figures are scoped to: none the tables give. */
const SOME_UNITS: UnitRef = { kind: "sub" };

/**
 * The key of a unit in a group (its code, else its name as printed), or `undefined` for a name
 * standing for all of them or for the rest (`本部门`, `所属单位`: the group is the whole).
 */
function memberKey(c: string, u: UnitMention): string | undefined {
  if (u.ref.kind !== "unit") return undefined;
  return u.ref.code ?? `name:${c.slice(u.s, u.e)}`;
}

/**
 * The unit scope before each input offset: the last unit named in its sentence before it, outside
 * any bracket closed since (`项目支出287.00万元（含XX中心专项经费…），比上年增加…` is the
 * department's again after the bracket). A unit joined to another (`本级和XX中心`, not after a figure) names a group,
 * no one unit; a unit named in a clause that prints no figure after it (`根据XX中心工作需要，…`,
 * `本部门包括…XX中心，…`) scopes nothing past that clause. A unit a heading names alone
 * (`二、某县第一中学收支预算情况`) scopes its section: every sentence up to the next heading of its
 * level or above, or one naming another unit or the department. One pass over the compact text.
 * `-1`: the department's.
 */
function scopes(
  r: Reader,
  mentions: readonly UnitMention[],
  ends: readonly SentenceEnd[],
  own: number,
  ownRef?: UnitRef,
  count = 0,
) {
  const { text, input, headings } = r;
  const t = text.text;
  const ownHeads = own < 0 ? undefined : amongUnits(r, mentions, ownRef);
  const at = new Int32Array(input.length + 1).fill(-2);
  const stack: number[] = [];
  // whether each open bracket follows a figure (`110.00万元（…`), and where the last such closed
  const asides: boolean[] = [];
  let aside = -1;
  let scope = -1;
  // the units of the open sections (a heading's, with its level; -1 the department's), the
  // section's, and the unit the heading being read names
  const sections: { readonly m: number; readonly level: number }[] = [];
  let section = -1;
  let named = -1;
  let h = 0;
  let figure = false;
  // the units of the group being read (keys), and whether a name in it stands for all of them
  const group = new Set<string>();
  let all = false;
  let m = 0;
  let s = 0;
  for (let i = 0; i < t.length; i++) {
    r.steps.n++;
    let head = headings[h];
    // a heading is closed past its end, once a name ending it (`二、某县人民武装部`) is read
    if (head !== undefined && head.e < i) {
      if (named >= 0) {
        // (the department's name heading a section among units' sections: its own unit's)
        const m = mentions[named]?.ref.kind !== "department" ? named : ownHeads?.has(h) ? own : -1;
        sections.push({ m, level: headingLevel(t, head.s) });
        section = m;
      }
      named = -1;
      h++;
      head = headings[h];
    }
    if (head !== undefined && head.s === i) {
      // a heading closes the sections of its level and below
      const l = headingLevel(t, i);
      while ((sections.at(-1)?.level ?? -1) >= l) sections.pop();
      section = sections.at(-1)?.m ?? -1;
      named = -1;
    }
    while (s < ends.length && (ends[s] as SentenceEnd).end <= i) {
      scope = section;
      stack.length = 0;
      asides.length = 0;
      s++;
    }
    while (m < mentions.length && (mentions[m] as UnitMention).e <= i) {
      const u = mentions[m] as UnitMention;
      const joined = (k: number) => k >= 0 && k < t.length && JOINERS.includes(t.charAt(k));
      // joined to what names a unit before it (`本级、XX中心`), not to another unit's figure
      // (`其中：本级50.00万元、县一中30.00万元`: each its own), nor to the aside closing one
      // (`…110.00万元（基本支出80.00万元…）、县实验小学40.00万元`)
      const after =
        joined(u.s - 1) && !afterFigure(t, u.s - 1) && aside !== u.s - 2 && !afterMarker(t, u.s);
      const grouped = after || joined(u.e);
      // a group goes on from the unit joined right before it (`本级、XX中心和YY学校`); joined to
      // words not read as a unit (`本级及所属各单位`), it may hold the rest: the whole, as before
      if (!after || (mentions[m - 1] as UnitMention | undefined)?.e !== u.s - 1) {
        group.clear();
        all = after;
      }
      const key = memberKey(t, u);
      if (key === undefined || (joined(u.e) && mentions[m + 1]?.s !== u.e + 1)) all = true;
      if (key !== undefined) group.add(key);
      const whole = all || group.size >= count;
      // `本单位` under a unit's heading is that unit (`十一、XX中心…情况说明` `本单位共2个项目`);
      // so is the department's name under its own unit's (not `本部门`: the whole)
      const self =
        section >= 0 &&
        u.ref.kind === "department" &&
        (SELF.some((w) => t.startsWith(w, u.s)) ||
          (section === own && !WHOLE.some((w) => t.startsWith(w, u.s))));
      scope = grouped ? (whole ? -1 : GROUP) : self ? section : m;
      if (head !== undefined && head.s <= u.s && u.e <= head.e) named = grouped ? -1 : m;
      figure = false;
      m++;
    }
    const o = text.at[i] ?? input.length;
    if (at[o] === -2) at[o] = scope;
    const ch = t.charAt(i);
    if (ch >= "0" && ch <= "9") figure = true;
    else if (ch === "(") {
      stack.push(scope);
      asides.push(afterFigure(t, i));
    } else if (ch === ")" && stack.length > 0) {
      scope = stack.pop() as number;
      if (asides.pop() === true) aside = i;
    } else if (
      (scope >= 0 || scope === GROUP) &&
      scope !== section &&
      !figure &&
      CLAUSE_ENDS.includes(ch)
    )
      scope = section;
  }
  return at;
}

/**
 * The headings (by index) that name the department alone among the headings of their level
 * under the same heading above that name units (`（一）区民政局`, `（二）区社会福利院`): per-unit
 * sections, the department's name heading its own unit's (the unit named as the department is,
 * `区民政局机关`). A heading of no marker (a title) is never one. Linear: one pass over the
 * headings and the mentions.
 */
function amongUnits(
  r: Reader,
  mentions: readonly UnitMention[],
  own: UnitRef | undefined,
): ReadonlySet<number> {
  const t = r.text.text;
  const { headings } = r;
  const ownCode = own?.kind === "unit" ? own.code : undefined;
  // each heading's level, the heading above it and what the last name in it is (as `scopes`)
  const keys: string[] = [];
  const alone: boolean[] = [];
  const withUnits = new Set<string>();
  // levels under a heading where the own unit heads a section of its own (`二、XX局本级`)
  const withOwn = new Set<string>();
  const above: { readonly level: number; readonly h: number }[] = [];
  let m = 0;
  for (let h = 0; h < headings.length; h++) {
    const head = headings[h] as { readonly s: number; readonly e: number };
    const level = headingLevel(t, head.s);
    while ((above.at(-1)?.level ?? -1) >= level) above.pop();
    const key = `${above.at(-1)?.h ?? -1}:${level}`;
    above.push({ level, h });
    while (m < mentions.length && (mentions[m] as UnitMention).s < head.s) m++;
    let last: UnitMention | undefined;
    for (let k = m; k < mentions.length && (mentions[k] as UnitMention).e <= head.e; k++)
      last = mentions[k] as UnitMention;
    keys.push(key);
    const ref = level > 0 ? last?.ref : undefined;
    // the department's name and nothing after it (`（一）区民政局`, not `一、区民政局收支预算总体情况`)
    alone.push(ref?.kind === "department" && endsHeading(t, (last as UnitMention).e, head.e));
    if (ref?.kind === "unit") withUnits.add(key);
    if (ref?.kind === "unit" && ownCode !== undefined && ref.code === ownCode) withOwn.add(key);
  }
  const found = new Set<number>();
  for (let h = 0; h < headings.length; h++) {
    const key = keys[h] as string;
    if (alone[h] === true && withUnits.has(key) && !withOwn.has(key)) found.add(h);
  }
  return found;
}

/** Whether only a stop or spaces follow `e` up to the heading's end `end`. */
function endsHeading(c: string, e: number, end: number): boolean {
  for (let i = e; i < end; i++) if (!HEADING_TAIL.includes(c.charAt(i))) return false;
  return true;
}
const HEADING_TAIL = "：:。. \n";

/**
 * The level of the heading at `i` by its marker: `一、` 1, `（一）` 2, `1.` 3, `（1）` 4; 0 for
 * `第一部分` or none (above all).
 */
function headingLevel(c: string, i: number): number {
  const ch = c.charAt(i);
  if (ch === "(") return CN_ORDINAL.includes(c.charAt(i + 1)) ? 2 : 4;
  if (CN_ORDINAL.includes(ch)) return 1;
  return ch >= "0" && ch <= "9" ? 3 : 0;
}

/** Whether the `、` before `s` ends a list marker (`二、某县第一中学…`), not a list of units. */
function afterMarker(c: string, s: number): boolean {
  let j = s - 1;
  while (j > 0 && s - j <= 3 && /[0-9一二三四五六七八九十]/u.test(c.charAt(j - 1))) j--;
  return j < s - 1 && markerAt(c, j);
}

/**
 * The fate of a claim scoped to `ref`: a part's (`XX局机关`, `本级` of a department of no several
 * units) figures are left; its counts and nones are the document's unless `counts.ts` and
 * `owners.ts` tell a part's (`本部门机关车辆0辆`, `本部门（本级）无机构运转经费`).
 */
function fateOf(ref: UnitRef | undefined, c: Claim): Fate {
  if (ref === undefined || ref.kind === "department") return undefined;
  if (ref.kind === "part")
    return c.kind === "count" || (c.kind === "amount" && c.relation === "none")
      ? undefined
      : "left";
  if (ref.kind === "unit" && ref.stated && ref.code !== undefined) return { org: ref.code };
  return "left";
}

const onUnit = (s: ClaimSubject, org: string): ClaimSubject => ({
  concept: s.concept,
  coords: { ...s.coords, org },
});

/** The claim placed on a unit's facts (a share's unnamed whole may be the unit's, or the department's). */
function placed(c: Claim, org: string): Claim {
  if (c.kind === "count") return { ...c, org };
  if (c.kind === "amount" && c.also !== undefined)
    return { ...c, subject: onUnit(c.subject, org), also: onUnit(c.also, org) };
  if (c.kind !== "percent" || c.base === undefined || c.alsoBase !== undefined)
    return { ...c, subject: onUnit(c.subject, org) };
  return { ...c, subject: onUnit(c.subject, org), alsoBase: onUnit(c.base, org) };
}

/** The claims an index field of a share or growth rate refers to. */
const REFS = ["part", "whole", "delta", "current", "previous"] as const;

/**
 * Places the claims of a unit named in their sentence on that unit, or leaves them unplaced
 * (`unit-part`) where the tables give no figures of it (or the unit is not known: `所属单位`, a
 * 本级 of a department whose own unit the tables do not tell). `own`, the department's own unit
 * where the document lists it, is the unit of a section the department's name heads among units'
 * sections. A rate is of the unit its part or figures are of. Indexes between claims are kept. Linear: one pass over the text, one over the
 * claims. @internal
 */
export function scopeClaims(
  r: Reader,
  mentions: readonly UnitMention[],
  ends: readonly SentenceEnd[],
  own?: UnitRef,
  count = 0,
): void {
  // the department's names alone scope nothing
  if (r.claims.length === 0 || mentions.every((m) => m.ref.kind === "department")) return;
  // the own unit's scope (a section the department's name heads among units'): past the mentions
  const listed = own?.kind === "unit" && own.code !== undefined;
  const at = scopes(r, mentions, ends, listed ? mentions.length : -1, own, count);
  const refAt = (i: number) =>
    i === GROUP ? SOME_UNITS : listed && i === mentions.length ? own : mentions[i]?.ref;
  const fates: Fate[] = r.claims.map((c) => {
    r.steps.n++;
    return fateOf(refAt(at[c.span.start] ?? -1), c);
  });
  // a rate is of the unit its figures are of (a share's part, a growth's change)
  for (const [k, c] of r.claims.entries()) {
    if (c.kind !== "percent") continue;
    const own = c.part ?? c.delta ?? c.current;
    if (own !== undefined) fates[k] = fates[own];
    if (REFS.some((f) => c[f] !== undefined && fates[c[f] as number] === "left")) fates[k] = "left";
  }
  const index: number[] = [];
  let n = 0;
  for (const fate of fates) index.push(fate === "left" ? -1 : n++);
  const claims: Claim[] = [];
  const left: Unplaced[] = [];
  let sentence = 0;
  let lastLeft = -1;
  for (const [k, c] of r.claims.entries()) {
    while (sentence < ends.length - 1 && (ends[sentence] as SentenceEnd).claims <= k) sentence++;
    const fate = fates[k];
    if (fate === "left") {
      // one gap for the claims of one figure (`收支总计`, a none of a list of measures)
      if (c.span.start === lastLeft) continue;
      lastLeft = c.span.start;
      const end = ends[sentence];
      left.push({
        reason: "unit-part",
        carriesAmount: c.kind === "amount" || c.kind === "change",
        span: c.span,
        sentence: end === undefined ? c.span : sentenceSpan(r, end.start, end.end),
      });
      continue;
    }
    const kept = fate === undefined ? c : placed(c, fate.org);
    if (kept.kind !== "percent") claims.push(kept);
    else {
      const moved: Partial<Record<(typeof REFS)[number], number>> = {};
      for (const f of REFS) {
        const i = kept[f];
        if (i !== undefined) moved[f] = index[i] ?? i;
      }
      claims.push({ ...kept, ...moved });
    }
  }
  if (left.length === 0 && claims.every((c, i) => c === r.claims[i])) return;
  r.claims.length = 0;
  r.claims.push(...claims);
  // the gaps in the order of the text
  const gaps = [...r.unplaced];
  r.unplaced.length = 0;
  let g = 0;
  for (const u of left) {
    while (g < gaps.length && (gaps[g] as Unplaced).span.start < u.span.start)
      r.unplaced.push(gaps[g++] as Unplaced);
    r.unplaced.push(u);
  }
  while (g < gaps.length) r.unplaced.push(gaps[g++] as Unplaced);
}
