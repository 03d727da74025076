import { type Fund, factKey } from "../facts";
import type { Aside } from "./asides";
import type { Clause, Named } from "./clause";
import type { NameIndex } from "./paths";
import type { NumToken, Steps } from "./scan";
import type { Compact } from "./text";
import type { Claim, ClaimSubject, Remark, Span, Unplaced } from "./types";
import type { SentenceEnd } from "./unit-claims";
import type { UnitMention } from "./units";

export { type Clause, type Named, newClause } from "./clause";

/** What the reader knows of the current sentence (up to `。`). @internal */
export interface Sentence {
  start: number;
  compare: boolean;
  againstExecution: boolean;
  /** The comparison's base is the budget as adjusted in the year (`比调整后预算减少…`). */
  againstAdjusted: boolean;
  /**
   * What the sentence's last change figure is against (`comparison-bases.ts`: `比2022年增加…` is
   * `2022年`), when its words tell: against another year (the change left unplaced), so is a
   * change or rate after it naming no base of its own.
   */
  changeBase?: string;
  prior: boolean;
  /**
   * The sentence's last year's figures are of a year before last year (`2022年“三公”经费…9.00万元，
   * 其中…`; a clause dating the sentence, or the first figure of its list): left unplaced.
   */
  earlier: boolean;
  /** `2023年预算执行完毕后，…`: about what follows a budget's execution, dated by no year. */
  after: boolean;
  /** A figure of the sentence was a balance or a saving (`“三公”经费结余1.00万元，其中…`). */
  balance: boolean;
  /**
   * A fund a lead-in clause with no figure names for the 科目 after it
   * (`财政拨款支出按功能科目划分：…（类）866.16万元`, `财政拨款支出中，…`).
   */
  fund?: Fund;
  /** That fund's word names this year's appropriation (`一般公共预算当年拨款支出按功能分类：`). */
  fundGrant?: boolean;
  /**
   * The whole a lead-in clause with no figure breaks down (`一般公共预算支出按功能分类，…`,
   * `…969.06万元，按功能分类：…`): a share after it naming no whole, of no 其中 whole, is of it.
   */
  whole?: ClaimSubject;
  /** The clause before was a comparison without its change (`与上年执行数相比，减少…`). */
  open: boolean;
  /**
   * What that comparison is against (`comparison-bases.ts`: `与2023年预算相比，` is `上年`), when
   * its words tell.
   */
  openBase?: string;
  purchase: boolean;
  reason: boolean;
  changes: number[];
  /** Where in `changes` the last change figure's claims start. */
  lastChange: number;
  lastAmount?: number;
  /**
   * The whole a lead-in clause with no figure names for the units' figures after it, this year's
   * budget of one measure (`本部门2025年支出预算中，其中：某县第一中学110.00万元`, `…按单位划分：`):
   * until a figure no unit's name leads (`unit-parts.ts`).
   */
  unitWhole?: ClaimSubject;
  /** Measures named since the sentence's last figure (for `分别`). */
  named: Named[];
  /** Whether one of `named` is a nature's spending (kept as they are pushed: no rescan per word). */
  namedNature: boolean;
  /**
   * A 三公 measure was named in the statement now read (set as it is named; ended by a `；`, a
   * year or another measure): a nature named in it is the measure's part (`nature-placed.ts`).
   */
  sanGong?: boolean;
  /** A use was named (`主要用于…`): money after it with no measure of its own is the use's. */
  purpose: boolean;
  /**
   * What a `主要包括` / `主要用于` list is the composition of (`机关运行经费…，主要包括办公费、公务接待费
   * 1.50万元`): a measure of another concept named in it is a category of the whole, not that
   * measure (`open`: to its `等`, the sentence end, or a `；` unless a `：` opened the list). While
   * the paragraph's measure is one of its items, a figure without a measure of its own is of no
   * certain one (the item's or the whole's); after its `等`, the whole's.
   */
  composed?: { readonly whole: Named; readonly colon: boolean; open: boolean };
  /** A figure of the sentence was of the region's budget (`全县…`, `regions.ts`). */
  region?: true;
  /**
   * The whole a `X中` named (`项目支出中人员经费…，公用经费…`, `机关运行经费中，公用经费…`,
   * `49.68万元中公用经费…`): the measures after it to the `；` or the sentence end are its parts,
   * as after `其中`; `null` when that whole is a figure the reader could not place.
   */
  within?: ClaimSubject | null;
  /**
   * The sentence's last amount was left unplaced (`其中一般公共服务支出635.07万元，占65.53%`: a
   * share after it is that figure's, not the last placed one's).
   */
  lastLeft: boolean;
  /** How many changes the sentence had placed when its last amount was read (placed or left). */
  changesAtLast: number;
  /** Two years are listed (`2024年和2023年…`): which figure is of which is not said. */
  twoYears: boolean;
  /** The sides (`sides.ts`) the measures the sentence named so far are of. */
  sides: number;
  /**
   * The fact keys of the figures a clause dated last year by its own year placed
   * (`2023年收入总计834.84万元，…`): a later clause naming another measure of its own and no year
   * (`，支出总计834.84万元`) lists last year's too.
   */
  priorNamed?: Set<string>;
  /** A share of a measure named before 占 whose figure comes after it (`基本支出占70.38%，为…`). */
  waiting?: {
    readonly t: NumToken;
    readonly key: string;
    /** The whole named after 占 in the share's clause (`占一般公共预算支出的65.53%，为…`). */
    readonly base?: readonly ClaimSubject[];
    readonly free?: ClaimSubject;
  };
  /**
   * The measure a move ended on (`由3.50万元减少至2.50万元`) and where its new level ends: a change
   * word opening the next clause without a measure (`，减少1.00万元`) restates the move's change.
   */
  moved?: { readonly named: Named; readonly end: number };
  /**
   * Growth rates printed before their change (`比上年增长16.08%（增加135.22万元）`, `增长16.08%，增加
   * 135.22万元`): the measure they were placed on, their claims (`first`, `count`) and where the
   * rate ends. The change read right after them, of their measure, is theirs (`rates.ts`).
   */
  rated?: {
    readonly named: Named;
    readonly first: number;
    readonly count: number;
    readonly end: number;
    /**
     * What the rate is against (`comparison-bases.ts`: `比上年增长` and `同比增长` are `上年`); none
     * when the sentence compared with something before the rate's clause (not told which).
     */
    readonly base?: string;
  };
  /** Amount claims of the sentence after its 其中 (all of them without one). */
  parts: number[];
  /** The bracket open in the sentence, and what it found before it (`asides.ts`). */
  aside?: Aside;
  /**
   * Where in `parts` the figures a `均…持平` is of start: after the last stated change, `；` or
   * `均` (each figure is given a flat change at most once).
   */
  flatFrom: number;
  /** `分别`: figures take the measures named before, in order; shares wait for the sentence end. */
  respective?: {
    list: readonly Named[];
    /** The whole named after 占 (`分别占支出合计的…`). */
    base?: readonly ClaimSubject[];
    /** Another whole that one may be (as `Clause.shareBaseFree`). */
    baseFree?: ClaimSubject;
    next: number;
    shares: NumToken[];
    growth: number;
    /** The change word of the list (`分别增加10万元、20万元`: both are increases). */
    change?: "up" | "down";
    /** The change word of its growth rates (`分别增长5%、8%`: both are rises). */
    direction?: "up" | "down";
    /** The figures after it (to the next 分别 or the sentence end): placed only as many as the list. */
    ahead: Ahead;
    /** The measure of the sentence's last figure when it named its own after the list (else none). */
    after?: Named;
    /** A figure of its own was placed after the list: shares then have no certain whole. */
    owned?: boolean;
  };
}

/** How many amounts and percentages follow a 分别, up to the next one or the sentence end. @internal */
export interface Ahead {
  readonly amounts: number;
  readonly percents: number;
}

/** What the reader knows of the current paragraph. @internal */
export interface Paragraph {
  /** It opens with a list marker (`2. “…（项）”76.76万元，…`, `（一）…`): a numbered entry. */
  entry?: true;
  head?: number;
  ofWhich: boolean;
  /** Where the word that opened the 其中 list ended when it says what the whole includes (`含`, `包括`). */
  includes?: number;
  /**
   * The figures before a `其中` of several measures (`基本支出…、项目支出…，其中`): each part's whole
   * is the one of them that holds it, else none (`wholes.ts`).
   */
  wholes?: readonly number[];
  /**
   * The head is one of several of `wholes` that hold the part alike
   * (`支出合计…，基本支出…，其中人员经费…`): the part's figures are placed, a share of it has no
   * certain whole (`wholes.ts`).
   */
  shared?: boolean;
  /**
   * The whole of a 其中 list within which another 其中 opened, its parts' kind and the part that
   * opened the inner list (`wholes.ts`).
   */
  outer?: { readonly head: number; readonly kind: string; readonly inner: ClaimSubject };
  /** The amount claims of the paragraph's last sentence that had any (after its 其中). */
  lastParts?: readonly number[];
  /** The whole printed right before its parts, without 其中, and the kind of its parts (`wholes.ts`). */
  implied?: { whole: number; kind: string };
  last?: Named;
  lastAmount?: number;
  /**
   * A share of the paragraph whose named whole may be another (`占本年支出合计的…` under a fund's
   * 其中 whole): a later share of the same whole that names none (`；项目支出…，占20.66%`) may be
   * of that other whole alike.
   */
  shareFree?: { readonly whole: number; readonly free: ClaimSubject };
  current: Map<string, number>;
  prior: Map<string, number>;
  execution: Map<string, number>;
}

/** A paragraph is a heading (sets the fund context), a `…如下：` line (may set it) or text. @internal */
export type ParagraphKind = "heading" | "context" | "text";

/** The reader's state while it walks the tokens once. @internal */
export interface Reader {
  readonly input: string;
  readonly text: Compact;
  readonly steps: Steps;
  readonly year: number | undefined;
  readonly index: NameIndex;
  readonly claims: Claim[];
  /** The current sentence's unplaced numbers, given their sentence when it ends. */
  readonly pending: Omit<Unplaced, "sentence">[];
  readonly unplaced: Unplaced[];
  readonly remarks: Remark[];
  /** The sentences read so far, each with the number of claims read when it ended. */
  readonly sentences: SentenceEnd[];
  /** Where each heading paragraph starts and ends (compact offsets), in order. */
  readonly headings: { readonly s: number; e: number }[];
  /** The latest current-year amount claim of each fact key, in the whole text. */
  readonly latest: Map<string, number>;
  /** The figures after each 分别, by where it starts (`figuresAhead`). */
  readonly ahead: ReadonlyMap<number, Ahead>;
  /** The amounts after a 分别 list's figures whose clause names their own measure (`figuresAhead`). */
  readonly own: ReadonlySet<number>;
  /** The opening brackets not closed in their sentence (`unclosedBrackets`). */
  readonly unclosed: ReadonlySet<number>;
  /** The amounts in brackets that name no measure of their own (`bracketed`). */
  readonly bracketed: ReadonlySet<number>;
  /** The amounts a later `增加至` / `减少到` of their clause moves from (`levelsFrom`). */
  readonly from: ReadonlySet<number>;
  /** The `增加至` / `调整为` words with a figure before them in their clause (`levelsFrom`). */
  readonly moving: ReadonlySet<number>;
  /** The new levels after a change's figure and `至` / `到` (`减少1.00万元至2.50万元`, `levelsFrom`). */
  readonly to: ReadonlySet<number>;
  /** The units' names right before a figure (`其中：某县第一中学110.00万元`), by where it starts. */
  readonly led: ReadonlyMap<number, UnitMention>;
  /** Those of `led` a figure was placed by (`unit-parts.ts`), in order: they scope it. */
  readonly ledUsed: UnitMention[];
  /** Where the units' names the text names end (`XX中心支出预算…`: the units' reading scopes it). */
  readonly unitEnds: ReadonlySet<number>;
  sectionFund: Fund | undefined;
  /** The last heading names this year's appropriation (`一般公共预算当年拨款支出情况`). */
  sectionGrant: boolean;
  /** The heading being read names it. */
  headingGrant: boolean;
  /** The sides (`sides.ts`) the last heading's measures are of: a fund word alone's measure. */
  sectionSides: number;
  /** The sides the measures of the heading being read are of. */
  headingSides: number;
  kind: ParagraphKind;
  heading: boolean;
  headingFund: Fund | undefined;
  headingNamed: boolean;
  para: Paragraph;
  /**
   * The figure a paragraph ending with a colon lists the parts of in the numbered paragraphs after
   * it (`一般公共预算支出808.00万元，具体为：` / `1.一般公共服务支出…`), while they go on.
   */
  list: number | undefined;
  /**
   * The measures of a `分别为：` that ended its paragraph with no figure (`人员经费和公用经费分别为：`),
   * one for each numbered paragraph after it with one figure and no measure (`1、630.38万元；`), in
   * order, while they go on (`items.ts`).
   */
  items: { readonly list: readonly Named[]; next: number; current?: Named } | undefined;
  sent: Sentence;
  cl: Clause;
  /** Where the name of a 科目 path may start (after the last break, number or level marker). */
  segStart: number;
  /** Where the token before the current one ended. */
  prevEnd: number;
  /** Whether the token before the current one is an amount (a bracket right after one is an aside). */
  prevAmount: boolean;
}

/** @internal */
export const keyOf = (s: ClaimSubject): string => factKey(s.concept, s.coords);

/** @internal */
export const newSentence = (start: number): Sentence => ({
  start,
  compare: false,
  againstExecution: false,
  againstAdjusted: false,
  prior: false,
  earlier: false,
  after: false,
  balance: false,
  open: false,
  purchase: false,
  reason: false,
  changes: [],
  lastChange: 0,
  lastLeft: false,
  changesAtLast: 0,
  twoYears: false,
  sides: 0,
  named: [],
  namedNature: false,
  purpose: false,
  parts: [],
  flatFrom: 0,
});

/** @internal */
export const newParagraph = (): Paragraph => ({
  ofWhich: false,
  current: new Map(),
  prior: new Map(),
  execution: new Map(),
});

/** The input span of compact characters `[s, e)`. @internal */
export function span(r: Reader, s: number, e: number): Span {
  const start = r.text.at[s] ?? r.text.length;
  const end = e > s ? (r.text.at[e - 1] ?? r.text.length - 1) + 1 : start;
  return { start, end, text: r.input.slice(start, end) };
}

/** Keeps a number the reader cannot place, with why. @internal */
export function leave(r: Reader, t: NumToken, reason: Unplaced["reason"]): void {
  r.pending.push({ reason, carriesAmount: t.kind === "amount", span: span(r, t.s, t.e) });
  if (t.kind === "amount") {
    r.sent.lastLeft = true;
    r.sent.changesAtLast = r.sent.changes.length;
  }
}

/**
 * `比上年` / `较2023年` / `与上年`: a comparison starts (its words from `from`), with its own base (the budget unless its
 * words say 执行数: `比2023年执行数增加…，比2023年预算增加…` are against two bases). @internal
 */
export function startComparison(r: Reader, from: number, end: number): void {
  r.sent.compare = true;
  r.sent.againstExecution = false;
  r.sent.againstAdjusted = false;
  r.cl.compare = true;
  r.cl.compared = end;
  r.cl.comparedFrom = from;
}

/**
 * Whether a figure is of no year the reader can tell: its sentence is about what follows a
 * budget's execution (`2023年预算执行完毕后，结转…`) and its clause names no year of its own.
 * Such a figure is neither last year's budget nor this year's: it is left unplaced. @internal
 */
export const undated = (r: Reader): boolean => r.sent.after && r.cl.period === undefined;

/** This year's or last year's: the clause's year word, else the sentence's. @internal */
export function periodNow(r: Reader): "prior" | "current" {
  return r.cl.period ?? (r.sent.prior ? "prior" : "current");
}

/**
 * Whether a figure is of a balance or a saving, not of the measure named: its clause names one
 * (`“三公”经费结余1.00万元`, `较预算节约2.00万元`), or an earlier figure of its sentence was one and
 * its own clause names no year or budget of its own (`…结余1.00万元，其中公务接待费0.30万元`). @internal
 */
export const balanced = (r: Reader): boolean =>
  r.cl.balance || (r.sent.balance && r.cl.period === undefined && !r.cl.refer);
