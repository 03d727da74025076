import { type Amount, isNegative, negateAmount, zeroAmount } from "../amount";
import { type Fund, factKey } from "../facts";
import type { Lex } from "./lexicon";
import { nameIndex, type PathSegment, resolvePath } from "./paths";
import { type NumToken, type Steps, scan, type Token } from "./scan";
import { type Compact, compact, markerAt } from "./text";
import type {
  Claim,
  ClaimSubject,
  ExtractOptions,
  NarrativeReading,
  PrintedPath,
  Remark,
  Span,
  Unplaced,
} from "./types";

type Measure = Extract<Lex, { t: "measure" }>;
interface Named {
  readonly subjects: readonly ClaimSubject[];
  readonly atMost: boolean;
  readonly path?: PrintedPath;
}
interface Clause {
  start: number;
  measure?: Named;
  fund?: { fund: Fund; e: number };
  /** Where the last measure word ended: a measure right after another only qualifies it. */
  measureEnd: number;
  change?: "up" | "down" | "flat";
  compare: boolean;
  /** A word (`预算`, `安排`, `执行数`) that makes a figure without a measure the paragraph's. */
  refer: boolean;
  share: boolean;
  shareBase?: readonly ClaimSubject[];
  execution: boolean;
  period?: "prior" | "current";
  none?: { s: number; e: number; fund?: Fund; measure?: readonly ClaimSubject[] };
  path: PathSegment[];
  pathUnknown: boolean;
  /** The path resolved once (`null`: not resolvable), until a level is added. */
  resolved?: PrintedPath | null;
  threshold?: NumToken;
  claimed: boolean;
}
interface Sentence {
  start: number;
  compare: boolean;
  againstExecution: boolean;
  prior: boolean;
  mentioned?: Named;
  purchase: boolean;
  project: boolean;
  reason: boolean;
  changes: number[];
  lastAmount?: number;
  /** Measures named since the sentence's last figure (for `分别`). */
  named: Named[];
  /** Amount claims of the sentence after its 其中 (all of them without one). */
  parts: number[];
  /** `分别`: figures take the measures named before, in order; shares wait for the sentence end. */
  respective?: {
    list: readonly Named[];
    next: number;
    shares: NumToken[];
    growth: number;
    /** The change word of the list (`分别增加10万元、20万元`: both are increases). */
    change?: "up" | "down";
  };
}
interface Paragraph {
  head?: number;
  ofWhich: boolean;
  last?: Named;
  lastAmount?: number;
  current: Map<string, number>;
  prior: Map<string, number>;
  execution: Map<string, number>;
}

const keyOf = (s: ClaimSubject) => factKey(s.concept, s.coords);
const newClause = (start: number): Clause => ({
  start,
  measureEnd: -1,
  compare: false,
  refer: false,
  share: false,
  execution: false,
  path: [],
  pathUnknown: false,
  claimed: false,
});
const newSentence = (start: number): Sentence => ({
  start,
  compare: false,
  againstExecution: false,
  prior: false,
  purchase: false,
  project: false,
  reason: false,
  changes: [],
  named: [],
  parts: [],
});
const newParagraph = (): Paragraph => ({
  ofWhich: false,
  current: new Map(),
  prior: new Map(),
  execution: new Map(),
});

/**
 * Per paragraph (in token order): a marker heading without figures (`五、一般公共预算支出…说明`)
 * sets the fund context of what follows; a `…如下：` line without figures sets it when it names
 * a measure.
 */
function paragraphKinds(
  c: string,
  tokens: readonly Token[],
  steps: Steps,
): ("heading" | "context" | "text")[] {
  const out: ("heading" | "context" | "text")[] = [];
  let start = 0;
  let figures = false;
  let lastLevel: string | undefined;
  const close = () => {
    out.push(
      figures
        ? "text"
        : markerAt(c, start)
          ? "heading"
          : lastLevel === "colon"
            ? "context"
            : "text",
    );
    figures = false;
    lastLevel = undefined;
  };
  for (const t of tokens) {
    steps.n++;
    if (t.k === "brk" && t.level === "para") {
      close();
      start = t.e;
      continue;
    }
    if (t.k === "num" && (t.kind === "amount" || t.kind === "percent" || t.kind === "count"))
      figures = true;
    lastLevel = t.k === "brk" ? t.level : undefined;
  }
  close();
  return out;
}

/** The text's own year: the latest `20xx年` it prints, when not given. */
function yearOf(tokens: readonly Token[], given: number | undefined): number | undefined {
  if (given !== undefined) return given;
  let max: number | undefined;
  for (const t of tokens)
    if (t.k === "num" && t.kind === "year") max = Math.max(max ?? 0, Number(t.raw));
  return max;
}

/**
 * Reads a narrative text (see `extractClaims`), counting its elementary steps. @internal
 */
export function readNarrative(
  input: string,
  options: ExtractOptions,
  steps: Steps = { n: 0 },
): NarrativeReading {
  const text: Compact = compact(input, steps);
  const c = text.text;
  const tokens = scan(text, steps);
  const year = yearOf(tokens, options.year);
  const index = nameIndex(options.tables, options.catalog, year);
  const contexts = paragraphKinds(c, tokens, steps);
  const claims: Claim[] = [];
  /** The current sentence's unplaced numbers, given their sentence when it ends. */
  const unplaced: Omit<Unplaced, "sentence">[] = [];
  const placedUnplaced: Unplaced[] = [];
  const remarks: Remark[] = [];
  const latest = new Map<string, number>();

  const span = (s: number, e: number): Span => {
    const start = text.at[s] ?? text.length;
    const end = e > s ? (text.at[e - 1] ?? text.length - 1) + 1 : start;
    return { start, end, text: input.slice(start, end) };
  };

  let sectionFund: Fund | undefined;
  let paraIndex = 0;
  let kind = contexts[0] ?? "text";
  let heading = kind !== "text";
  let headingFund: Fund | undefined;
  let headingNamed = false;
  let para = newParagraph();
  let sent = newSentence(0);
  let cl = newClause(0);
  let segStart = 0;

  const inherited = (): Fund | undefined => {
    if (para.ofWhich && para.head !== undefined) {
      const h = claims[para.head];
      if (h !== undefined && "subject" in h && h.subject.coords.fund !== undefined)
        return h.subject.coords.fund;
    }
    return sectionFund;
  };
  const compose = (lex: Measure, fund: Fund | undefined): ClaimSubject[] =>
    lex.subjects.map((s) => {
      if (lex.fundFree === true || s.coords.fund !== undefined) return s;
      // A heading names its own fund; text inherits its whole's or its section's.
      const f = fund ?? (heading ? undefined : inherited());
      return f === undefined ? s : { concept: s.concept, coords: { ...s.coords, fund: f } };
    });
  /** Resolves a path, counting the characters its names cost (each read a bounded number of times). */
  const resolve = (segments: readonly PathSegment[]): PrintedPath | null => {
    for (const seg of segments) steps.n += seg.name.length;
    return resolvePath(segments, index) ?? null;
  };
  const leave = (t: NumToken, reason: Unplaced["reason"]) =>
    unplaced.push({ reason, carriesAmount: t.kind === "amount", span: span(t.s, t.e) });

  /** The subjects a number in the current clause is about. */
  const subjectNow = (): Named | "unknown-name" | undefined => {
    if (cl.path.length > 0 || cl.pathUnknown) {
      if (cl.resolved === undefined) cl.resolved = cl.pathUnknown ? null : resolve(cl.path);
      const resolved = cl.resolved ?? undefined;
      if (resolved === undefined) return "unknown-name";
      const fund = inherited();
      const coords =
        fund === undefined ? { functional: resolved.code } : { functional: resolved.code, fund };
      return { subjects: [{ concept: "spending", coords }], atMost: false, path: resolved };
    }
    if (cl.measure !== undefined) return cl.measure;
    // A figure without a measure of its own is the paragraph's only when the words say so
    // (`预算数比…减少`, `执行数为`, `预算安排`); else it is left unplaced, not guessed.
    const refers = cl.refer || cl.compare || cl.execution || cl.period === "prior";
    return refers ? (para.last ?? sent.mentioned) : undefined;
  };
  const periodNow = (): "prior" | "current" => cl.period ?? (sent.prior ? "prior" : "current");

  const endClause = (next: number) => {
    const n = cl.none;
    if (n !== undefined && !cl.claimed && !sent.reason && !heading) {
      const subjects =
        n.measure ??
        (n.fund === undefined
          ? undefined
          : [{ concept: "spending" as const, coords: { fund: n.fund } }]);
      for (const subject of subjects ?? [])
        claims.push({
          kind: "amount",
          subject,
          value: zeroAmount("万元"),
          period: periodNow(),
          basis: "budget",
          relation: "none",
          span: span(n.s, n.e),
        });
    }
    if (cl.threshold !== undefined) leave(cl.threshold, "threshold");
    if (!cl.claimed && cl.period === "prior") sent.prior = true;
    cl = newClause(next);
    segStart = next;
  };
  const endParagraph = () => {
    if (kind === "heading" || (kind === "context" && headingNamed)) sectionFund = headingFund;
    headingFund = undefined;
    headingNamed = false;
  };
  const endSentence = (next: number) => {
    endClause(next);
    const shares = sent.respective?.shares ?? [];
    const parts = sent.parts.slice(-shares.length);
    for (const [i, t] of shares.entries())
      pushShare(t, shares.length <= sent.parts.length ? parts[i] : undefined);
    if (unplaced.length > 0) {
      const sentence = span(sent.start, next);
      for (const u of unplaced)
        placedUnplaced.push({
          reason: u.reason,
          carriesAmount: u.carriesAmount,
          span: u.span,
          sentence,
        });
      unplaced.length = 0;
    }
    sent = newSentence(next);
    // A 其中 list ends with its sentence.
    para.ofWhich = false;
  };

  const onWord = (t: Extract<Token, { k: "word" }>) => {
    const lex = t.lex;
    switch (lex.t) {
      case "fund":
        cl.fund = { fund: lex.fund, e: t.e };
        if (cl.none !== undefined && cl.none.e === t.s)
          cl.none = { ...cl.none, e: t.e, fund: lex.fund };
        return;
      case "measure": {
        const adjacent = cl.fund !== undefined && cl.fund.e === t.s ? cl.fund.fund : undefined;
        // `收入` / `支出` alone name a figure only after a fund word, or under a fund's heading.
        if (
          lex.afterFund === true &&
          adjacent === undefined &&
          (heading || sectionFund === undefined)
        )
          return;
        // `三公经费支出预算`: the words after the measure say what kind of figure it is.
        if (cl.measureEnd === t.s) {
          cl.measureEnd = t.e;
          return;
        }
        cl.measureEnd = t.e;
        const subjects = compose(lex, adjacent);
        if (heading) {
          headingFund = subjects[0]?.coords.fund;
          headingNamed = true;
          return;
        }
        if (cl.none !== undefined)
          cl.none = {
            ...cl.none,
            e: t.e,
            measure: compose(lex, adjacent ?? cl.none.fund),
          };
        if (cl.share) {
          cl.shareBase = subjects;
          return;
        }
        // A part of another concept than its whole names a category of the whole
        // (`机构运转经费…其中：公用经费15.52万元` is the 公用经费 category of 机构运转经费).
        const head = para.ofWhich && para.head !== undefined ? claims[para.head] : undefined;
        const whole = head !== undefined && "subject" in head ? head.subject : undefined;
        const named: Named =
          whole !== undefined && subjects[0] !== undefined && whole.concept !== subjects[0].concept
            ? {
                subjects: [
                  {
                    concept: whole.concept,
                    coords: { ...whole.coords, category: c.slice(t.s, t.e) },
                  },
                ],
                atMost: false,
              }
            : { subjects, atMost: lex.atMost === true };
        cl.measure = named;
        sent.mentioned = named;
        sent.named.push(named);
        return;
      }
      case "level": {
        let q = t.s - 1;
        while (q > segStart && !text.quoted[q]) {
          q--;
          steps.n++;
        }
        const name = c.slice(Math.max(q, segStart), t.s);
        if (name !== "") {
          cl.path.push({ level: lex.level, name });
          delete cl.resolved;
        }
        segStart = t.e;
        return;
      }
      case "subject": {
        if (!text.quoted[t.s] || cl.path.length > 0) return;
        let q = t.s - 1;
        while (q > segStart && !text.quoted[q]) {
          q--;
          steps.n++;
        }
        const name = c.slice(Math.max(q, segStart), t.s);
        segStart = t.e;
        if (name === "") return;
        // A name alone: the level whose width resolves it.
        for (const level of ["类", "款", "项"] as const) {
          if (resolve([{ level, name }]) === null) continue;
          cl.path = [{ level, name }];
          return;
        }
        cl.pathUnknown = true;
        return;
      }
      case "lastYear":
        if ("比较与".includes(c.charAt(t.s - 1))) {
          sent.compare = true;
          cl.compare = true;
        } else cl.period = "prior";
        return;
      case "compare":
        sent.compare = true;
        cl.compare = true;
        return;
      case "up":
      case "down":
        cl.change = lex.t;
        return;
      case "flat": {
        cl.change = "flat";
        if (heading || !(sent.compare || cl.compare)) return;
        const named = subjectNow();
        if (named === undefined || named === "unknown-name") return;
        cl.claimed = true;
        for (const subject of named.subjects)
          claims.push({
            kind: "change",
            subject,
            direction: "flat",
            against: sent.againstExecution ? "execution" : "budget",
            span: span(t.s, t.e),
          });
        return;
      }
      case "share":
        cl.share = true;
        return;
      case "ofWhich":
        if (para.lastAmount !== undefined) para.head = para.lastAmount;
        para.ofWhich = true;
        sent.parts = [];
        return;
      case "execution":
        if (sent.compare) sent.againstExecution = true;
        else cl.execution = true;
        return;
      case "none":
        cl.none = { s: t.s, e: t.e };
        return;
      case "reason": {
        let j = t.e;
        while (j < t.e + 2 && "：:是为".includes(c.charAt(j))) j++;
        const next = c.charAt(j);
        // A line break after the word is empty only when a heading or the end follows.
        const empty =
          j >= c.length ||
          "。；;".includes(next) ||
          (next === "\n" && (j + 1 >= c.length || markerAt(c, j + 1)));
        remarks.push({ kind: "reason", empty, span: span(t.s, t.e) });
        sent.reason = true;
        return;
      }
      case "residue":
        remarks.push({ kind: "residue", span: span(t.s, t.e) });
        return;
      case "purchase":
        sent.purchase = true;
        return;
      case "refer":
        cl.refer = true;
        return;
      case "respective":
        if (sent.named.length > 1)
          sent.respective = { list: sent.named.slice(), next: 0, shares: [], growth: 0 };
        return;
      case "project":
        sent.project = true;
        return;
      default:
        return;
    }
  };

  const pushAmount = (t: NumToken, value: Amount) => {
    const r = sent.respective;
    // `人员经费和公用经费分别为630.38万元、51.68万元`: the figures follow the words in order.
    const named = r === undefined ? subjectNow() : r.list[r.next++];
    if (named === undefined || named === "unknown-name") {
      leave(t, named === undefined ? "no-subject" : "unknown-name");
      return;
    }
    cl.claimed = true;
    const change = cl.change === "up" || cl.change === "down" ? cl.change : r?.change;
    if (change !== undefined) {
      if (r !== undefined) r.change = change;
      const delta = change === "down" && !isNegative(value) ? negateAmount(value) : value;
      for (const subject of named.subjects) {
        sent.changes.push(claims.length);
        claims.push({
          kind: "change",
          subject,
          direction: change,
          delta,
          against: sent.againstExecution ? "execution" : "budget",
          span: span(t.s, t.e),
        });
      }
      return;
    }
    // `比上年的834.84万元增加…`: a figure after the comparison and before its word is last year's.
    const period = cl.compare ? "prior" : periodNow();
    const basis = cl.execution ? "execution" : "budget";
    const first = claims.length;
    for (const subject of named.subjects) {
      const k = keyOf(subject);
      const i = claims.length;
      if (basis === "execution") para.execution.set(k, i);
      else if (period === "prior") para.prior.set(k, i);
      else {
        para.current.set(k, i);
        latest.set(k, i);
      }
      claims.push({
        kind: "amount",
        subject,
        value,
        period,
        basis,
        relation: named.atMost ? "atMost" : "equals",
        span: span(t.s, t.e),
        ...(named.path === undefined ? {} : { path: named.path }),
      });
    }
    para.lastAmount = first;
    sent.lastAmount = first;
    sent.parts.push(first);
    if (r === undefined) sent.named = [];
    para.last = { subjects: named.subjects, atMost: named.atMost };
  };

  const pushShare = (t: NumToken, part: number | undefined) => {
    const base = cl.shareBase?.[0];
    const whole =
      base === undefined
        ? para.ofWhich
          ? para.head
          : undefined
        : (para.current.get(keyOf(base)) ?? latest.get(keyOf(base)));
    const partClaim = part === undefined ? undefined : claims[part];
    if (part === undefined || whole === undefined || partClaim?.kind !== "amount") {
      leave(t, "no-base");
      return;
    }
    claims.push({
      kind: "percent",
      relation: "share",
      subject: partClaim.subject,
      percent: t.raw.replace(/[,，]/gu, ""),
      part,
      whole,
      span: span(t.s, t.e),
    });
  };

  const pushPercent = (t: NumToken) => {
    const percent = t.raw.replace(/[,，]/gu, "");
    const at = span(t.s, t.e);
    const r = sent.respective;
    if (r !== undefined && cl.share) {
      // `…，分别占92.42%和7.58%`: matched with the sentence's last parts when it ends.
      r.shares.push(t);
      cl.claimed = true;
      return;
    }
    if (cl.share) {
      cl.claimed = true;
      pushShare(t, sent.lastAmount);
      return;
    }
    const direction = cl.change === "up" || cl.change === "down" ? cl.change : undefined;
    if (direction === undefined) {
      leave(t, "no-relation");
      return;
    }
    cl.claimed = true;
    if (sent.changes.length > 0) {
      // `分别增长5%和8%`: one rate a change, in order.
      const changes = r === undefined ? sent.changes : sent.changes.slice(r.growth, ++r.growth);
      for (const d of changes) {
        const change = claims[d];
        if (change?.kind !== "change") continue;
        const k = keyOf(change.subject);
        const current = para.current.get(k) ?? latest.get(k);
        claims.push({
          kind: "percent",
          relation: "growth",
          subject: change.subject,
          percent,
          direction,
          delta: d,
          ...(current === undefined ? {} : { current }),
          span: at,
        });
      }
      return;
    }
    const named = subjectNow();
    if (named === undefined || named === "unknown-name") {
      leave(t, "no-relation");
      return;
    }
    for (const subject of named.subjects) {
      const k = keyOf(subject);
      const previous = sent.againstExecution ? para.execution.get(k) : para.prior.get(k);
      const current = para.current.get(k);
      claims.push({
        kind: "percent",
        relation: "growth",
        subject,
        percent,
        direction,
        ...(previous === undefined ? {} : { previous }),
        ...(current === undefined ? {} : { current }),
        span: at,
      });
    }
  };

  const pushCount = (t: NumToken) => {
    const label = c.slice(Math.max(cl.start, t.s - 30), t.s);
    const value = Number(t.raw.replace(/[,，]/gu, ""));
    let what: "vehicles" | "vehicles.purchase" | "equipment" | "projects" | undefined;
    let category: string | undefined;
    if (t.unit === "辆") {
      what = sent.purchase ? "vehicles.purchase" : "vehicles";
      if (label.endsWith("用车")) category = label;
    } else if (t.unit === "台(套)" || t.unit === "台" || t.unit === "套") {
      what = "equipment";
      category = label;
      delete cl.threshold;
    } else if (t.unit === "个" && (sent.project || c.startsWith("项目", t.e))) what = "projects";
    if (what === undefined || !Number.isSafeInteger(value)) {
      leave(t, "unit");
      return;
    }
    cl.claimed = true;
    claims.push({
      kind: "count",
      what,
      ...(category === undefined ? {} : { category }),
      value,
      unit: t.unit,
      period: periodNow(),
      span: span(t.s, t.e),
    });
  };

  const onNumber = (t: NumToken) => {
    segStart = t.e;
    switch (t.kind) {
      case "marker":
      case "date":
        return;
      case "year": {
        const y = Number(t.raw);
        if (year === undefined || heading) return;
        if (y < year) {
          if ("比较与".includes(c.charAt(t.s - 1))) {
            sent.compare = true;
            cl.compare = true;
          } else cl.period = "prior";
        } else if (y === year) cl.period = "current";
        return;
      }
      case "amount":
        if (t.threshold) cl.threshold = t;
        else if (t.amount !== undefined) pushAmount(t, t.amount);
        return;
      case "percent":
        pushPercent(t);
        return;
      case "count":
        pushCount(t);
        return;
      case "bare": {
        const zero = /^-?0+(\.0+)?$/u.test(t.raw);
        if (zero && c.charAt(t.s - 1) === "为") {
          const last = para.lastAmount === undefined ? undefined : claims[para.lastAmount];
          pushAmount(t, zeroAmount(last?.kind === "amount" ? last.value.unit : "万元"));
        } else leave(t, "bare");
        return;
      }
      default:
        leave(t, "too-long");
    }
  };

  for (const t of tokens) {
    steps.n++;
    if (t.k === "brk") {
      if (t.level === "para") {
        endSentence(t.e);
        endParagraph();
        paraIndex++;
        kind = contexts[paraIndex] ?? "text";
        heading = kind !== "text";
        para = newParagraph();
      } else if (t.level === "sentence") endSentence(t.e);
      else endClause(t.e);
      continue;
    }
    if (t.k === "word") onWord(t);
    else if (!heading) onNumber(t);
  }
  endSentence(c.length);
  endParagraph();
  return { claims, unplaced: placedUnplaced, remarks };
}

/**
 * Reads every numeric statement of a narrative text (情况说明) and places it on the facts the
 * tables state: totals, 科目 by their path, changes against last year (增加 / 减少 / 持平),
 * shares and growth rates, 三公 and each item, 机构运转经费 / 机关运行经费, 政府采购 (货物 / 工程 /
 * 服务), vehicles, equipment and projects. Numbers it cannot place come back in `unplaced` with
 * their span, never dropped; empty reasons and template residue come back in `remarks`.
 * Linear in the text: one pass to scan, one over the tokens.
 *
 * @param text - the narrative as printed (wrapped lines are joined, full-width digits read)
 * @param options - the document's year, the functional catalog and the tables (to resolve 科目 names)
 *
 * @example
 * ```ts
 * import { extractClaims } from "yusuan/narrative";
 * const r = extractClaims("支出合计 969.06万元，其中：基本支出 682.06万元，占 70.38%；项目支出 287.00万元，占 29.62%。");
 * r.claims.map((c) => c.kind); // ["amount", "amount", "percent", "amount", "percent"]
 * r.unplaced.length; // 0
 * ```
 */
export function extractClaims(text: string, options: ExtractOptions = {}): NarrativeReading {
  return readNarrative(text, options);
}
