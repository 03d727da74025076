import { type CoordinatePattern, type Coordinates, DECOMPOSITIONS } from "../facts";
import { keyOf, type Reader } from "./reader";
import type { WordToken } from "./scan";
import type { AmountClaim, Claim, ClaimSubject } from "./types";

/**
 * Whether `w` is a whole of `p`: figures of the same year and basis and measure, `w`'s coordinates
 * all `p`'s, and `p` more (支出合计 of 基本支出; not 支出总计, which may hold the carry-forward).
 */
function isWholeOf(w: Claim | undefined, p: AmountClaim): boolean {
  if (w?.kind !== "amount" || w.period + w.basis !== p.period + p.basis) return false;
  return holdsSubject(w.subject, p.subject);
}

/**
 * Whether the subject `w` is a whole of `p`: the same measure, `w`'s coordinates all `p`'s, and
 * `p` more (or a nature below `w`'s). @internal
 */
export function holdsSubject(w: ClaimSubject, p: ClaimSubject): boolean {
  const { concept, coords } = w;
  const whole = Object.entries(coords);
  const part = p.coords;
  // 基本支出 holds 人员经费: a nature holds the natures below it.
  const finer = part.nature !== undefined && depth(part.nature) > depth(coords.nature);
  return (
    concept === p.concept &&
    whole.every(([k, v]) => {
      const own = part[k as keyof Coordinates];
      return own === v || (k === "nature" && own?.startsWith(`${v}.`) === true);
    }) &&
    (Object.keys(part).length > whole.length || finer)
  );
}

/** How deep a nature is (basic 1, basic.personnel 2; none 0). */
const depth = (nature: string | undefined): number =>
  nature === undefined ? 0 : nature.split(".").length;

/**
 * The kind of a part: its measure, which coordinates it has and how deep its nature is (基本支出
 * and 项目支出 are one kind; 人员经费 is not their kind).
 */
const kindOf = (p: AmountClaim): string => subjectKind(p.subject);

/** The kind of a part's subject (see `kindOf`). @internal */
export const subjectKind = (s: ClaimSubject): string =>
  `${s.concept}${Object.keys(s.coords).sort().join()}|${depth(s.coords.nature)}`;

/** The whole noted by {@link notePart} when `c` is one of its parts. @internal */
export function impliedWhole(r: Reader, c: AmountClaim): number | undefined {
  const kept = r.para.implied;
  return kept?.kind === kindOf(c) && isWholeOf(r.claims[kept.whole], c) ? kept.whole : undefined;
}

/**
 * Notes the whole the amount claim `c` is a part of, without `其中`: the figure right before it in
 * the paragraph when that is its whole (`支出合计…，基本支出…`), kept for the parts of the same kind
 * after it (`…、项目支出…`); any other figure ends it. @internal
 */
export function notePart(r: Reader, c: AmountClaim): void {
  const { para } = r;
  if (impliedWhole(r, c) !== undefined) return;
  const before = para.lastAmount;
  if (before !== undefined && isWholeOf(r.claims[before], c))
    para.implied = { whole: before, kind: kindOf(c) };
  else delete para.implied;
}

/**
 * How many parts of one kind the sentence's figures `parts` end with (`基本支出…、项目支出…`: 2):
 * the parts a list of `分别占` shares is of. @internal
 */
export function lastRun(r: Reader, parts: readonly number[]): number {
  let n = 0;
  let kind: string | undefined;
  for (let i = parts.length - 1; i >= 0; i--) {
    const c = r.claims[parts[i] ?? -1];
    if (c?.kind !== "amount") break;
    const k = kindOf(c);
    if (kind !== undefined && k !== kind) break;
    kind = k;
    n++;
  }
  return n;
}

/** Whether the subject `n` is one the decomposition pattern `p` names. */
const fits = (p: CoordinatePattern, n: ClaimSubject): boolean =>
  (p.concept ?? n.concept) === n.concept &&
  Object.entries(p.coords).every(([k, v]) => (n.coords[k as keyof Coordinates] ?? null) === v);

/** The keys of the wholes above each subject met, by its key (the lexicon's: a bounded set). */
const ABOVE = /*#__PURE__*/ new Map<string, Set<string>>();

/**
 * The keys of every whole that holds `n`, up the decompositions (人员经费 → 基本支出 → 支出合计 →
 * 支出总计); an identity of one part (收入总计 = 支出总计) holds nothing. Each subject walked once.
 */
function above(n: ClaimSubject): ReadonlySet<string> {
  const key = keyOf(n);
  let found = ABOVE.get(key);
  if (found !== undefined) return found;
  found = new Set();
  ABOVE.set(key, found);
  for (const d of DECOMPOSITIONS) {
    if (d.children.length < 2 || ![...d.children, ...(d.optional ?? [])].some((p) => fits(p, n)))
      continue;
    const coords: Record<string, string> = { ...n.coords };
    for (const [k, v] of Object.entries(d.parent.coords))
      if (v === null) delete coords[k];
      else coords[k] = v;
    const up = { concept: d.parent.concept ?? n.concept, coords } as ClaimSubject;
    found.add(keyOf(up));
    for (const k of above(up)) found.add(k);
  }
  return found;
}

/**
 * A `其中` within a 其中 list (`其中：基本支出682.06万元，其中人员经费…`): the outer whole is kept,
 * with the kind of the part that opened the inner list, for a sibling of that part after it
 * (`…；项目支出287.00万元，占29.62%`). Called before and after {@link noteWholes} with the head it
 * replaced. @internal
 */
export function noteOuter(r: Reader, before: number | undefined): void {
  const { para } = r;
  const inner = para.head === undefined ? undefined : r.claims[para.head];
  if (before !== undefined && before !== para.head && inner?.kind === "amount")
    para.outer = { head: before, kind: kindOf(inner), inner: inner.subject };
  else delete para.outer;
}

/**
 * Whether `s` is within `w` (a part of it at any depth): of its concept, with each of `w`'s
 * coordinates or one below it (公务用车购置费 in 公务用车购置及运行费), or held by it up the
 * decompositions (一般公共预算 in 财政拨款).
 */
function within(s: ClaimSubject, w: ClaimSubject): boolean {
  if (s.concept !== w.concept) return false;
  const key = keyOf(w);
  if (keyOf(s) === key) return false;
  const below = Object.entries(w.coords).every(([k, v]) => {
    const own = s.coords[k as keyof Coordinates];
    return own === v || own?.startsWith(`${v}.`) === true;
  });
  return below || above(s).has(key);
}

/**
 * A measure `s` named after an inner 其中 list: a sibling of the part that opened it (same kind:
 * 项目支出 after 基本支出's 人员经费…) has the outer whole back; a part within that part
 * (一般公共预算 in 财政拨款, 公务用车购置费 in 公务用车购置及运行费) does not. @internal
 */
export function backToOuter(r: Reader, s: ClaimSubject | undefined): void {
  const { para } = r;
  const outer = para.outer;
  if (s === undefined || outer === undefined || subjectKind(s) !== outer.kind) return;
  if (within(s, outer.inner)) return;
  para.head = outer.head;
  delete para.outer;
  delete para.wholes;
  delete para.shared;
}

/** At most this many figures before a 其中 are weighed as its whole (more: none is). */
const MAX_WHOLES = 8;

/**
 * `其中` after the figures `listed` (the sentence's, else the sentence's before): of one measure,
 * the last is the whole; of several (`基本支出…、项目支出…，其中`), the whole waits for each part's
 * measure ({@link wholeFor}). @internal
 */
export function noteWholes(r: Reader, listed: readonly number[]): void {
  const { para } = r;
  const keys = new Set<string>();
  for (const i of listed) {
    const c = r.claims[i];
    if (c?.kind === "amount") keys.add(keyOf(c.subject));
  }
  if (keys.size < 2) {
    delete para.wholes;
    delete para.shared;
    if (para.lastAmount !== undefined) para.head = para.lastAmount;
    return;
  }
  delete para.head;
  delete para.shared;
  para.wholes = listed.length > MAX_WHOLES ? [] : listed;
}

/**
 * The whole of a part named `p` after a `其中` that follows several measures' figures: the one of
 * them that holds it by the decompositions (人员经费: 基本支出, not 项目支出), with the fund it would
 * take from it when `inherits`; none when none of them does. When several do and the part is the
 * same under each (`支出合计…，基本支出…，其中人员经费…`: one measure, no fund to take, or the same),
 * the part is certain and its whole is not: the head is the last of them, marked `shared` (a
 * share of the part has no base); when they would make it different parts (two funds' spending),
 * none. @internal
 */
export function wholeFor(r: Reader, p: ClaimSubject, inherits: boolean): void {
  const found = new Map<string, number>();
  for (const i of r.para.wholes ?? []) {
    const w = r.claims[i];
    const fund = w?.kind === "amount" ? w.subject.coords.fund : undefined;
    const part = inherits && fund !== undefined ? { ...p, coords: { ...p.coords, fund } } : p;
    if (w?.kind === "amount" && above(part).has(keyOf(w.subject))) found.set(keyOf(w.subject), i);
  }
  const holders = [...found.values()];
  const last = holders.at(-1);
  const para = r.para;
  delete para.shared;
  if (last === undefined || (holders.length > 1 && !alike(r, holders, p, inherits)))
    delete para.head;
  else {
    para.head = last;
    if (holders.length > 1) para.shared = true;
  }
}

/**
 * Whether a part named `p` is the same part under each of the wholes `holders`: of its own
 * concept under each (no category of another measure) and, when it takes its whole's fund, with
 * the same fund from each.
 */
function alike(r: Reader, holders: readonly number[], p: ClaimSubject, inherits: boolean): boolean {
  const funds = new Set<string | undefined>();
  for (const i of holders) {
    const w = r.claims[i];
    if (w?.kind !== "amount" || w.subject.concept !== p.concept) return false;
    funds.add(w.subject.coords.fund);
  }
  return !inherits || funds.size === 1;
}

/**
 * Whether the reader is after a `其中` whose whole is not certain (several figures before it, and
 * none or more than one of them holds the part named): the part's figures are unplaced. @internal
 */
export const unsure = (r: Reader): boolean =>
  r.para.ofWhich && r.para.wholes !== undefined && r.para.head === undefined;

/** `中` (or `中的`) between a whole and its part, a break after it or not (`机关运行经费中，公用经费`). */
const WITHIN = /中的?[，,：:]?$/u;

/**
 * Notes the whole a `X中` right before the measure word at `t` names, for the parts after it in
 * the sentence (`项目支出中人员经费…`, `机关运行经费中，公用经费…`: the measure named right
 * before; `49.68万元中公用经费…`: that figure's measure, `null` when it was left unplaced). Looks
 * back four characters. @internal
 */
export function noteWithin(r: Reader, t: WordToken): void {
  const c = r.text.text;
  const found = WITHIN.exec(c.slice(Math.max(0, t.s - 4), t.s));
  if (found === null) return;
  const at = t.s - found[0].length;
  const named = r.sent.named.at(-1);
  if (named?.end === at) {
    const [only] = named.subjects;
    if (named.subjects.length === 1 && only !== undefined) r.sent.within = only;
    return;
  }
  if (!FIGURE_END.test(c.slice(Math.max(0, at - 3), at))) return;
  // the sentence's last figure placed, when it is the one right before `中`; else no whole known
  const last = r.sent.lastLeft ? undefined : r.claims[r.sent.lastAmount ?? -1];
  const end = last?.span.end ?? -1;
  const right = (r.text.at[at - 1] ?? -1) < end && (r.text.at[at] ?? -1) >= end;
  r.sent.within = right && last !== undefined && "subject" in last ? last.subject : null;
}
/** A money figure's end (`49.68万元`). */
const FIGURE_END = /\d[万亿]?元$/u;

/** The concepts of a fund's spending and revenue (`spending`, `spending.total`, `revenue.carryover`). */
const MONEY = /^(?:spending|revenue)(?:\.|$)/u;

/**
 * The whole the measure word now read is a part of: a `X中`'s (`Sentence.within`), an open
 * `主要包括` / `主要用于` list's, or the 其中 list's head; `null` where that whole is a figure
 * the reader could not place. @internal
 */
export function wholeNow(
  r: Reader,
  part: ClaimSubject | undefined,
): ClaimSubject | null | undefined {
  const within = r.sent.within;
  // (`一般公共预算支出中，公务接待费…`: a fund's spending or revenue holds other measures whole)
  if (
    within === null ||
    (within !== undefined && (within.concept === part?.concept || !MONEY.test(within.concept)))
  )
    return within;
  const composed = r.sent.composed;
  if (composed?.open === true) return composed.whole.subjects[0];
  const head = r.para.ofWhich && r.para.head !== undefined ? r.claims[r.para.head] : undefined;
  return head !== undefined && "subject" in head ? head.subject : undefined;
}

/**
 * Whether a part of basic spending (人员经费, 公用经费) is named within a whole of spending of
 * another nature (`项目支出中人员经费…`, `项目支出…，其中用于公用经费…`, `项目支出…，主要用于…
 * 公用经费补助…`): a part the tables do not state, not the department's basic 人员经费. @internal
 */
export function foreignPart(whole: ClaimSubject, part: ClaimSubject | undefined): boolean {
  const own = part?.coords.nature;
  const of = whole.coords.nature;
  return (
    part?.concept === whole.concept &&
    own?.startsWith("basic.") === true &&
    of !== undefined &&
    own !== of &&
    !own.startsWith(`${of}.`)
  );
}
