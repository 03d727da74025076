/**
 * Brackets as asides of the figure before them: `公务接待费2.50万元（含基本支出1.50万元、项目支出
 * 1.00万元），比上年减少1.00万元` — the change is of 公务接待费, not of the bracket's last part;
 * `基本支出682.06万元（含人员经费630.38万元），项目支出287.00万元` — the bracket's 含 list ends at
 * its closing bracket. What the reader knows of its clause, sentence and paragraph before an opening
 * bracket comes back at its closing one, when the bracket opened right after a figure and held a
 * figure or a 其中 word (a bracket of words only, `（一般公共预算）`, may name what follows it, and one
 * after a name, `本部门预算（支出合计969.06万元）中`, gives what it stands for: both read as before).
 * A bracket of words only right after a measure word glosses it (`机关运行经费（公用经费）预算
 * 49.68万元`, `“三公”经费（含因公出国（境）费、…公务接待费）6.50万元`): the measures it names are
 * not the figure's, and the state comes back at its close as well.
 *
 * A bracket not closed in its sentence (`公务接待费2.50万元（含基本支出1.50万元、项目支出1.00万元，
 * 比上年减少1.00万元。`) ends with it: where it should have closed is not known, so a figure after a
 * break within it that takes its measure or base from what came before (a change, a share, a rate,
 * an amount with no measure of its own in its clause) is left unplaced, and the sentence's end gives
 * back what the reader knew before it, as a closing bracket would (the next sentence reads as after
 * one).
 */
import type { Clause, Named, Paragraph, Reader, Sentence } from "./reader";
import type { Steps, Token } from "./scan";
import type { ClaimSubject } from "./types";
import { holdsSubject } from "./wholes";

/** The properties `K` of `T`, optional ones kept as `undefined` when absent. */
type Kept<T, K extends keyof T> = { readonly [P in K]: T[P] | undefined };

/** The state an aside leaves as it found. @internal */
export interface Aside {
  /** Brackets opened and not closed (nested ones restore nothing of their own). */
  depth: number;
  /** A figure or a `含` / `其中` was read inside: the state is restored at the close. */
  held: boolean;
  /** It is not closed in its sentence (`unclosedBrackets`). */
  readonly unclosed: boolean;
  /** A break (`，、；：`) was read inside it since it opened. */
  broken: boolean;
  /**
   * It opened right after a figure (`公务接待费2.50万元（含…）`): an aside of it. One after a name
   * (`本部门预算（支出合计969.06万元）中`, `人员经费（630.38万元）`) gives what the name stands for: kept.
   */
  readonly afterFigure: boolean;
  /**
   * It opened right after a measure word of a clause with no figure yet (`机关运行经费（公用经费）…`):
   * when it holds no figure, a gloss of that measure.
   */
  readonly afterMeasure: boolean;
  /** Where it opened. */
  readonly at: number;
  /**
   * Its clause had placed a figure before it opened: the bracket after a figure starts afresh
   * (`4.00万元（其中公务用车购置费未安排）`: its none is of its own measure), the clause is as
   * before at its close.
   */
  readonly claimed: boolean;
  /** A figure (amount or percentage) was read inside. */
  figured: boolean;
  /** A measure was named inside (`（含公务接待费2.50万元）`). */
  named: boolean;
  /** The first measure named inside. */
  first?: Named;
  readonly cl: Kept<
    Clause,
    | "measure"
    | "measureEnd"
    | "listed"
    | "path"
    | "pathUnknown"
    | "resolved"
    | "fund"
    | "change"
    | "compare"
    | "compared"
    | "comparedFrom"
    | "execution"
    | "adjusted"
    | "period"
  >;
  readonly sent: Kept<
    Sentence,
    | "named"
    | "namedNature"
    | "parts"
    | "flatFrom"
    | "lastAmount"
    | "lastLeft"
    | "changesAtLast"
    | "composed"
    | "purpose"
  > & { readonly count: number; readonly namedCount: number };
  readonly para: Kept<
    Paragraph,
    "head" | "ofWhich" | "wholes" | "shared" | "outer" | "last" | "lastAmount" | "implied"
  >;
}

/** Sets `o[k]` to `v`, deleting it when `v` is undefined (exact optional properties). */
function put<T extends object, K extends keyof T>(o: T, k: K, v: T[K] | undefined): void {
  if (v === undefined) delete o[k];
  else o[k] = v;
}

function open(r: Reader, at: number): void {
  const { cl, sent, para } = r;
  const now = sent.aside;
  if (now !== undefined) {
    now.depth++;
    return;
  }
  const afresh = r.prevAmount && cl.claimed;
  if (afresh) cl.claimed = false;
  sent.aside = {
    depth: 1,
    claimed: afresh,
    held: false,
    unclosed: r.unclosed.has(at),
    broken: false,
    afterFigure: r.prevAmount,
    afterMeasure: cl.measure !== undefined && cl.measureEnd === at && !cl.claimed,
    at,
    figured: false,
    named: false,
    cl: {
      measure: cl.measure,
      measureEnd: cl.measureEnd,
      listed: cl.listed,
      path: cl.path.slice(),
      pathUnknown: cl.pathUnknown,
      resolved: cl.resolved,
      fund: cl.fund,
      change: cl.change,
      compare: cl.compare,
      compared: cl.compared,
      comparedFrom: cl.comparedFrom,
      execution: cl.execution,
      adjusted: cl.adjusted,
      period: cl.period,
    },
    sent: {
      named: sent.named,
      namedCount: sent.named.length,
      namedNature: sent.namedNature,
      parts: sent.parts,
      count: sent.parts.length,
      flatFrom: sent.flatFrom,
      lastAmount: sent.lastAmount,
      lastLeft: sent.lastLeft,
      changesAtLast: sent.changesAtLast,
      composed: sent.composed,
      purpose: sent.purpose,
    },
    para: {
      head: para.head,
      ofWhich: para.ofWhich,
      wholes: para.wholes,
      shared: para.shared,
      outer: para.outer,
      last: para.last,
      lastAmount: para.lastAmount,
      implied: para.implied,
    },
  };
}

/**
 * Words that make a bracket after a measure narrow it or take a part out (`（其中公务接待费）`,
 * `（仅…）`, `（人员经费部分）`, `（不含…）`, `（除…）`, `（扣除…后）`): no gloss of all of it.
 */
const NARROWING = ["仅", "只", "部分", "不含", "未含", "不包括", "不计", "除"];
/** `其中` narrows the measure before it unless the bracket gives that part's figure. */
const OF_WHICH = "其中";

/** Words that name a part in a bracket (`（含公务接待费2.50万元）`), not what the measure is. */
const BRACKET_PART_WORDS = ["其中", "含", "包括"];

const fundless = (s: ClaimSubject): ClaimSubject => {
  const { fund: _, ...coords } = s.coords;
  return { concept: s.concept, coords };
};

/**
 * Whether the first measure named in a bracket after a measure is a part of it, funds aside
 * (`“三公”经费（公务接待费2.50万元）`, `一般公共预算基本支出（人员经费630.38万元）`), not what it stands
 * for (`部门支出预算（支出合计969.06万元）`).
 */
function partOf(a: Aside): boolean {
  const whole = a.cl.measure?.subjects;
  const part = a.first?.subjects;
  return (
    whole?.length === 1 &&
    part?.length === 1 &&
    holdsSubject(fundless(whole[0] as ClaimSubject), fundless(part[0] as ClaimSubject))
  );
}

/**
 * Whether the bracket from `a` to the closing one at `at` narrows the measure before it; `parts`:
 * it gives the figure of a part it names (`“三公”经费（其中公务接待费2.50万元）6.50万元`).
 */
function narrows(r: Reader, a: Aside, at: number | undefined, parts: boolean): boolean {
  if (!a.afterMeasure || at === undefined) return false;
  const inside = r.text.text.slice(a.at + 1, at);
  return NARROWING.some((w) => inside.includes(w)) || (!parts && inside.includes(OF_WHICH));
}

function close(r: Reader, at?: number): void {
  const { sent } = r;
  const a = sent.aside;
  if (a === undefined) return;
  if (--a.depth > 0) return;
  delete sent.aside;
  // `机关运行经费49.68万元（主要用于办公费、水电费等），比上年增加…`: a use or a list of what the
  // measure is made of, named inside the bracket, ends with it (the change after it is the measure's).
  sent.purpose = a.sent.purpose === true;
  put(sent, "composed", a.sent.composed);
  const { cl } = r;
  // Its clause goes on (no break in it): it had placed a figure, unless a none of the bracket's
  // own measure waits for the clause's end (`…4.00万元（公务用车购置费未安排）。`).
  if (a.claimed && !a.broken && !(cl.none !== undefined && cl.none.s > a.at)) cl.claimed = true;
  // `“三公”经费（含公务接待费2.50万元）6.50万元`, `“三公”经费（公务接待费2.50万元）6.50万元`: a
  // bracket after a measure that names a part and gives its figure is an aside: the figure after
  // it is the measure's; so when it also says how that part changed (`（其中公务接待费2.50万元，
  // 比上年减少1.00万元）6.50万元`: the change is the part's).
  // A part word with a figure gives that part's figure though the part has no measure word
  // (`项目支出（其中160.00万元用于人武部专项）287.00万元`, `（含人武部专项160.00万元）`).
  const ownParts =
    a.figured &&
    at !== undefined &&
    (BRACKET_PART_WORDS.some((w) => r.text.text.slice(a.at + 1, at).includes(w)) || partOf(a));
  const narrowed = narrows(r, a, at, ownParts);
  const gloss = a.afterMeasure && (!a.figured || narrowed || ownParts);
  // The words of a bracket after a measure holding figures of its own (a year, a comparison, a
  // change) are about them: the figure after it is read as the words before it say
  // (`“三公”经费（比上年减少1.00万元）6.50万元` is no change; a bracket of words only, `（2023年）`,
  // dates what follows it).
  if (a.afterMeasure && a.figured) {
    put(cl, "change", a.cl.change);
    cl.compare = a.cl.compare === true;
    put(cl, "compared", a.cl.compared);
    put(cl, "comparedFrom", a.cl.comparedFrom);
    cl.execution = a.cl.execution === true;
    cl.adjusted = a.cl.adjusted === true;
    put(cl, "period", a.cl.period);
  }
  if (!gloss && (!a.held || !a.afterFigure)) return;
  const { para } = r;
  put(cl, "measure", a.cl.measure);
  cl.measureEnd = a.cl.measureEnd ?? -1;
  put(cl, "listed", a.cl.listed);
  cl.path = a.cl.path ?? [];
  cl.pathUnknown = a.cl.pathUnknown === true;
  put(cl, "resolved", a.cl.resolved);
  put(cl, "fund", a.cl.fund);
  // The bracket's figures are no parts of the sentence's list (`基本支出…（含人员经费…）、项目支出…，
  // 分别占…`): they are dropped from it (each once: no copy).
  const parts = a.sent.parts ?? [];
  parts.length = Math.min(parts.length, a.sent.count);
  sent.parts = parts;
  const named = a.sent.named ?? [];
  named.length = Math.min(named.length, a.sent.namedCount);
  sent.named = named;
  sent.namedNature = a.sent.namedNature === true;
  sent.flatFrom = Math.min(a.sent.flatFrom ?? 0, parts.length);
  put(sent, "lastAmount", a.sent.lastAmount);
  sent.lastLeft = a.sent.lastLeft === true;
  sent.changesAtLast = a.sent.changesAtLast ?? 0;
  put(sent, "composed", a.sent.composed);
  for (const k of ["head", "wholes", "shared", "outer", "last", "lastAmount", "implied"] as const)
    put(para, k, a.para[k] as never);
  para.ofWhich = a.para.ofWhich === true;
  // `“三公”经费（其中公务接待费）2.50万元`: the figure after it is of a part with no name (coverage).
  if (narrowed) {
    delete cl.measure;
    cl.narrowed = true;
  }
}

/**
 * Reads the brackets between the token before `t` and `t` (each character once), and a list
 * marker's own closing bracket (`（1）`). @internal
 */
export function onBrackets(r: Reader, t: Token): void {
  const c = r.text.text;
  for (let at = r.prevEnd; at < t.s; at++) {
    r.steps.n++;
    const ch = c.charAt(at);
    if (ch === "(") open(r, at);
    else if (ch === ")") close(r, at);
  }
  if (t.k === "num" && t.kind === "marker" && c.charAt(t.e - 1) === ")") close(r, t.e - 1);
}

/**
 * The sentence ends: a bracket still open ends with it, giving back what the reader knew before it.
 * @internal
 */
export function endAside(r: Reader): void {
  const a = r.sent.aside;
  if (a === undefined) return;
  a.depth = 1;
  close(r);
}

/** Notes a break (`，、；：`) read within a bracket. @internal */
export function breakInAside(r: Reader): void {
  if (r.sent.aside !== undefined) r.sent.aside.broken = true;
}

/**
 * Whether a figure with no measure of its own in its clause cannot be placed for a bracket not
 * closed in its sentence: it comes after a break within it, and which of what was read before the
 * bracket or in it the figure is of is not known. @internal
 */
export const adrift = (r: Reader): boolean => {
  const { aside } = r.sent;
  const { cl } = r;
  return (
    aside?.unclosed === true &&
    aside.broken &&
    cl.measure === undefined &&
    cl.path.length === 0 &&
    !cl.pathUnknown
  );
};

/**
 * Where each outermost opening bracket starts that its sentence (or paragraph) ends before it is
 * closed, reading the brackets as `onBrackets` does (between the tokens, and a list marker's own
 * closing bracket). One pass. @internal
 */
export function unclosedBrackets(c: string, tokens: readonly Token[], steps: Steps): Set<number> {
  const out = new Set<number>();
  let depth = 0;
  let first = -1;
  let at = 0;
  const end = () => {
    if (depth > 0) out.add(first);
    depth = 0;
  };
  for (const t of tokens) {
    for (; at < t.s; at++) {
      steps.n++;
      const ch = c.charAt(at);
      if (ch === "(") {
        if (depth === 0) first = at;
        depth++;
      } else if (ch === ")" && depth > 0) depth--;
    }
    at = Math.max(at, t.e);
    if (t.k === "num" && t.kind === "marker" && c.charAt(t.e - 1) === ")" && depth > 0) depth--;
    if (t.k === "brk" && (t.level === "sentence" || t.level === "para")) end();
  }
  end();
  return out;
}

/** Notes that the open bracket holds a figure (`figure`) or a `含` / `其中`. @internal */
export function holds(r: Reader, figure = false): void {
  const a = r.sent.aside;
  if (a === undefined) return;
  a.held = true;
  if (figure) a.figured = true;
}
