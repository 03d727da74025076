/**
 * A none after its measure, ending its clause (`因公出国（境）费未安排`, `公务接待费：无`,
 * `公务用车购置费预算为零`): the measure's figure is none, as `无公务接待费` says before it. Only
 * a few words may stand between the none word and the clause's end (`未安排预算`); anything else
 * (`无明显变化`, `无超支`) says something else of the measure.
 */
import { CLAUSE_ENDS } from "../disclosure/sentence-marks";
import { OPENING_QUOTES } from "./quotes";
import type { Named, Reader } from "./reader";
import type { WordToken } from "./scan";
import type { ClaimSubject } from "./types";

/** What may follow a none after its measure before the clause ends (`未安排预算`, `无此项支出`). */
const TAILS: ReadonlySet<string> = /*#__PURE__*/ new Set([
  "",
  "预算",
  "安排",
  "预算安排",
  "安排预算",
  "此项预算",
  "此项支出",
  "该项支出",
  "此项",
  "该项",
  "支出",
]);
/** The longest of {@link TAILS} with its break: a longer tail is never looked at in full. */
const MAX_TAIL = 6;
/** Breaks, and the closing bracket of an aside (`…4.00万元（公务用车购置费未安排）。`). */
const BREAKS = "，,、；;：:。！？!?\n)";

/**
 * The none word `t` after the clause's measure, its figure not yet given and no change, comparison
 * or share in the clause: a none of that measure if the clause ends soon after (`noneEnds`).
 * @internal
 */
export function noneAfter(r: Reader, t: WordToken): boolean {
  const { cl } = r;
  if (cl.measure === undefined || cl.claimed || cl.change !== undefined) return false;
  if (cl.compare || cl.share || cl.negated || cl.balance) return false;
  const c = r.text.text;
  // `公务接待费中宴请费用未安排`, `…一律不安排`: words between say what of the measure is none.
  if (!plainGap(c, cl.measureEnd, t.s)) return false;
  const list = joinedBefore(r, cl.measure, c.slice(cl.measureEnd, t.s).includes("均"));
  // `非必要的公务接待费不安排`: a part of the measure, not all of it.
  const first = list[0]?.at;
  if (first !== undefined && qualified(c, first)) return false;
  const measure = list.flatMap((m) => m.subjects);
  cl.none = { s: t.s, e: t.e, measure, after: true, ...(first === undefined ? {} : { at: first }) };
  return true;
}

/** Words joining the measures of a list (`因公出国（境）费、公务用车购置费和公务接待费`). */
const JOINS: ReadonlySet<string> = /*#__PURE__*/ new Set([
  "、",
  "和",
  "及",
  "与",
  "以及",
  "、以及",
]);

/** Whether the text from `e` to `s` only joins two items of a list. @internal */
export const joins = (c: string, e: number, s: number): boolean =>
  s - e <= 3 && JOINS.has(c.slice(e, s));

/**
 * The measures of a list a none after them is of: the clause's measure alone, or with `均`
 * (`因公出国（境）费和公务用车购置费均未安排`) each measure named right before it, joined to it.
 * @internal
 */
export function joinedBefore(r: Reader, last: Named, each: boolean): readonly Named[] {
  const named = r.sent.named;
  if (!each || named.at(-1) !== last) return [last];
  const c = r.text.text;
  let k = named.length - 1;
  for (; k > 0; k--) {
    r.steps.n++;
    const prev = named[k - 1];
    const at = named[k]?.at;
    if (prev?.end === undefined || at === undefined || !joins(c, prev.end, at)) break;
  }
  return named.slice(k);
}

/**
 * What may stand between a measure and its none after it (`因公出国（境）费：无`, `…预算均为零`,
 * `…均未安排`): anything else (`中宴请费用`, `一律`, `原则上`, `除必要的接待外`) narrows it.
 */
const GAP_WORDS = ["：", ":", "预算", "均", "为"];
/** The longest plain gap looked at: a longer one is never plain. */
const MAX_GAP = 6;

/** Whether the text from the measure's end `e` to the none word at `s` is plain. @internal */
export function plainGap(c: string, e: number, s: number): boolean {
  if (e < 0 || s - e > MAX_GAP) return false;
  let i = e;
  while (i < s) {
    const w = GAP_WORDS.find((g) => c.startsWith(g, i));
    if (w === undefined) return false;
    i += w.length;
  }
  return i === s;
}

/**
 * Words naming what remains of a list or a measure: right before a none's measure
 * (`未安排其他“三公”经费`), or opening a clause with no measure of its own (`其他两项与上年持平`).
 * @internal
 */
export const OTHER: readonly string[] = ["其他", "其余", "其它", "另外", "剩余", "余下"];

/**
 * Words right before a measure that make it a part of it (`超标准的…`, `非必要…`, `新增…`) or what
 * remains of it (`其他“三公”经费`): a none of that is no none of the measure.
 */
const QUALIFIERS = ["超标准", "非必要", "新增", "超出", ...OTHER];
/** Opening quotes before a measure (`“三公”经费`): no word. */
const QUOTES = OPENING_QUOTES;
/** `本部门的…`, `2024年的…`: an owner's or year's 的 before the measure only says whose it is. */
const OWNED = ["部门的", "单位的", "本级的", "年的", "年度的"];

/** Whether the measure starting at `at` is qualified by the words right before it. @internal */
export function qualified(c: string, at: number): boolean {
  let s = at;
  // `“三公”经费`: the opening quote is no word
  while (s > 0 && QUOTES.includes(c.charAt(s - 1))) s--;
  if (QUALIFIERS.some((w) => c.endsWith(w, s))) return true;
  return c.charAt(s - 1) === "的" && !OWNED.some((w) => c.endsWith(w, s));
}

/**
 * Whether the clause ending at `next` ends a none after its measure: only a tail of
 * {@link TAILS} stands between the none word and the break. @internal
 */
export function noneEnds(c: string, e: number, next: number): boolean {
  if (next - e > MAX_TAIL + 1) return false;
  let end = next;
  while (end > e && BREAKS.includes(c.charAt(end - 1))) end--;
  return TAILS.has(c.slice(e, end));
}

/** Words after a none's measure that make it the exception, not the none (`无公务接待费以外的支出`). */
const EXCEPT = ["以外", "之外", "外的", "外其他"];

/** Words right before a none's measure that make it what remains beside an exception. */
const BESIDE = ["以外的", "之外的", "以外", "之外"];

/** How far after a none's measure the end of its list is looked for (a bounded look ahead). */
const MAX_LIST = 80;

/**
 * Whether the list a none's measure opens (`无公务接待费、因公出国（境）费和公务用车购置费以外的支出`)
 * ends on an exception word before its clause ends: at most {@link MAX_LIST} characters ahead.
 */
function listExcepted(c: string, from: number): boolean {
  const end = Math.min(c.length, from + MAX_LIST);
  for (let i = from; i < end; i++) {
    // a list goes on past `、` and `和`, not past its clause's end
    if (CLAUSE_ENDS.includes(c.charAt(i))) return false;
    if (c.charAt(i) === "外" && (c.startsWith("以外", i - 1) || c.startsWith("之外", i - 1)))
      return true;
  }
  return false;
}

/**
 * Whether the measure of a none before it is its exception (`无…以外的…`, also at the end of the
 * list it opens: `无A、B和C以外的支出`) or what remains beside an exception
 * (`未安排其他“三公”经费`, `无…以外的“三公”经费`). @internal
 */
export function noneExcept(c: string, n: { readonly e: number; readonly at?: number }): boolean {
  if (EXCEPT.some((w) => c.startsWith(w, n.e)) || listExcepted(c, n.e)) return true;
  if (n.at === undefined) return false;
  let s = n.at;
  while (s > 0 && QUOTES.includes(c.charAt(s - 1))) s--;
  return OTHER.some((w) => c.endsWith(w, s)) || BESIDE.some((w) => c.endsWith(w, s));
}

/** How far before a none its sentence's `除…外` is looked for (a bounded look back). */
const MAX_EXCEPT = 80;

/** Where a sentence's `除` and the `外` after it stand (`除公务接待费外，…`). @internal */
export interface Except {
  readonly from: number;
  readonly to: number;
  /** The measures named within it (`exceptedIn`). */
  readonly excepted: readonly Named[];
}

/**
 * The `除…外` of the sentence before `s` (from the sentence's start, at most {@link MAX_EXCEPT}
 * characters back), or `null`. @internal
 */
export function exceptBefore(r: Reader, s: number): Except | null {
  const c = r.text.text;
  let out = -1;
  for (let i = s - 1; i >= Math.max(r.sent.start, s - MAX_EXCEPT); i--) {
    r.steps.n++;
    const ch = c.charAt(i);
    if (ch === "外" && out < 0) out = i;
    else if (ch === "除" && out > i) return { from: i, to: out, excepted: exceptedIn(r, i, out) };
  }
  return null;
}

/**
 * `除公务接待费和公务用车购置及运行费外，未安排其他“三公”经费`: a none after a `除…外` of its
 * sentence (from the sentence's start to the none word at `n.s`) is what remains beside the
 * exception, no none of the measure it names, unless that measure (starting at `n.at`) is named
 * after the `外` and holds none of the measures excepted (`除公务接待费外，因公出国（境）费均未安排`;
 * not `除公务接待费外，“三公”经费均未安排`). Reads at most {@link MAX_EXCEPT} characters back, once
 * for a list gone on past `、` (`n.except`: what its first part found).
 * @internal
 */
export function exceptFirst(
  r: Reader,
  n: {
    readonly s: number;
    readonly at?: number;
    readonly measure?: readonly ClaimSubject[];
    readonly except?: Except | null;
  },
): boolean {
  const ex = n.except === undefined ? exceptBefore(r, n.s) : n.except;
  if (ex === null) return false;
  return n.at === undefined || n.at < ex.to || holdsExcepted(n.measure ?? [], ex.excepted);
}

/**
 * The measures the sentence named between `from` and `to` (the `除…外`), in text order looked at
 * from the last back to the `除`: a bounded look (the `除…外` spans at most MAX_EXCEPT characters),
 * not the whole sentence's list.
 */
function exceptedIn(r: Reader, from: number, to: number): Named[] {
  const named = r.sent.named;
  const excepted: Named[] = [];
  for (let k = named.length - 1, seen = 0; k >= 0 && seen < MAX_EXCEPT; k--, seen++) {
    r.steps.n++;
    const m = named[k] as Named;
    if (m.at === undefined) continue;
    if (m.at <= from) break;
    if (m.at < to) excepted.push(m);
  }
  return excepted;
}

/**
 * Whether one of the measures `excepted` is a part of one of `subjects` (`公务接待费` of
 * `“三公”经费`), or none is known there (the exception is not read).
 */
function holdsExcepted(subjects: readonly ClaimSubject[], excepted: readonly Named[]): boolean {
  if (excepted.length === 0) return true;
  return excepted.some((m) => m.subjects.some((e) => subjects.some((w) => partOf(e, w))));
}

/** Whether `part` is `whole` or of it: its concept, its coordinates and more (an item's item). */
function partOf(part: ClaimSubject, whole: ClaimSubject): boolean {
  if (part.concept !== whole.concept) return false;
  const p: ReadonlyMap<string, unknown> = new Map(Object.entries(part.coords));
  return Object.entries(whole.coords).every(([k, v]) => {
    const own = p.get(k);
    return v === undefined || own === v || (typeof own === "string" && own.startsWith(`${v}.`));
  });
}

/** What after `中` makes a measure the heading of its parts (`基本支出中，工资福利支出…`). */
const HEAD_BREAKS = "，,：:";

/**
 * Whether the measure word ending at `e` heads a breakdown (`基本支出中，…`): the whole of the parts
 * after it, never a `无…`'s object (`…无负责管理的专项转移支付项目` printed without its 。 and joined
 * to the next paragraph `基本支出中，…`). @internal
 */
export const headsBreakdown = (c: string, e: number): boolean =>
  c.charAt(e) === "中" && HEAD_BREAKS.includes(c.charAt(e + 1));
