import { typeName } from "../amount/parse";
import { figuresAhead } from "./ahead";
import { breakInAside, onBrackets, unclosedBrackets } from "./asides";
import { bracketed } from "./brackets";
import { continueList, endClause, endParagraph, endSentence } from "./ends";
import { onNumber } from "./figures";
import { itemsAfter, nextItem } from "./items";
import { paragraphKinds } from "./kinds";
import { labelColon } from "./labels";
import { levelsFrom } from "./levels";
import { mergeMentions, otherMentions } from "./org-names";
import { nameIndex } from "./paths";
import { newClause, newParagraph, newSentence, type Reader } from "./reader";
import { type Steps, scan, type Token } from "./scan";
import { compact, markerAt } from "./text";
import type { ExtractOptions, NarrativeReading } from "./types";
import { scopeClaims } from "./unit-claims";
import { figureLed, unitsAfter } from "./unit-parts";
import { unitMentions, unitNames } from "./units";
import { onWord } from "./words";

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
  const text = compact(input, steps);
  const tokens = scan(text, steps);
  const year = yearOf(tokens, options.year);
  const kinds = paragraphKinds(text.text, tokens, steps);
  const first = kinds[0] ?? "text";
  // The units the text names (a figure after one in its sentence is that unit's: `XX中心支出预算…`),
  // and those right before a figure of a 其中 list (`其中：某县第一中学110.00万元`).
  const units = unitNames(options.tables, options.department, options.units);
  const known = unitMentions(text.text, units, steps);
  // (a name the reader cannot match is another unit's only where the department's name is known)
  const named = typeof options.department?.name === "string";
  const { subjects: other, beforeFigure } = named
    ? otherMentions(text.text, units, known, steps)
    : { subjects: [], beforeFigure: [] };
  const r: Reader = {
    input,
    text,
    steps,
    year,
    index: nameIndex(options.tables, options.catalog, year),
    claims: [],
    pending: [],
    unplaced: [],
    remarks: [],
    sentences: [],
    headings: first === "heading" ? [{ s: 0, e: text.text.length }] : [],
    latest: new Map(),
    led: figureLed(text.text, [known, other, beforeFigure]),
    ledUsed: [],
    unitEnds: new Set([...known, ...other].map((m) => m.e)),
    ...figuresAhead(text.text, tokens, steps),
    ...levelsFrom(text.text, tokens, steps),
    bracketed: bracketed(text.text, tokens, steps),
    unclosed: unclosedBrackets(text.text, tokens, steps),
    sectionFund: undefined,
    sectionGrant: false,
    headingGrant: false,
    sectionSides: 0,
    headingSides: 0,
    kind: first,
    heading: first !== "text",
    headingFund: undefined,
    headingNamed: false,
    para: markerAt(text.text, 0) ? { ...newParagraph(), entry: true } : newParagraph(),
    list: undefined,
    items: undefined,
    sent: newSentence(0),
    cl: newClause(0),
    segStart: 0,
    prevEnd: 0,
    prevAmount: false,
  };
  let paragraph = 0;
  let colon = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    steps.n++;
    onBrackets(r, t);
    // `收入总计：969.06万元`: the figure right after a label's colon is the label's.
    if (t.k === "brk" && labelColon(r, tokens, i)) continue;
    if (t.k === "brk") {
      if (t.level === "para") {
        // `…808.00万元，具体为：` ends the paragraph: its figure is the whole of the list after it.
        const lead = colon && !r.heading && !r.sent.lastLeft ? r.sent.lastAmount : undefined;
        // `…其中：` / `…按单位划分：` / `…；`: the units' figures on the lines after it go on with its whole
        const units = unitsAfter(r, t.s);
        if (colon) itemsAfter(r, tokens, i);
        else if (r.items !== undefined && r.items.next >= r.items.list.length) r.items = undefined;
        endSentence(r, t.e);
        endParagraph(r);
        const last = r.headings.at(-1);
        if (r.kind === "heading" && last !== undefined) last.e = t.s;
        paragraph++;
        r.kind = kinds[paragraph] ?? "text";
        if (r.kind === "heading") r.headings.push({ s: t.e, e: text.text.length });
        r.heading = r.kind !== "text";
        // a paragraph opening with 其中 lists the parts of the last one's figure: it goes on
        if (!text.text.startsWith("其中", t.e)) r.para = newParagraph();
        if (markerAt(text.text, t.e)) r.para.entry = true;
        continueList(r, lead, t.e);
        nextItem(r, t.e);
        if (units !== undefined && r.kind === "text") r.sent.unitWhole = units;
      } else if (t.level === "sentence") endSentence(r, t.e);
      else {
        breakInAside(r);
        endClause(r, t.e);
      }
      r.prevEnd = t.e;
      r.prevAmount = false;
      colon = t.level === "colon";
      continue;
    }
    colon = false;
    if (t.k === "word") onWord(r, t);
    else if (!r.heading) onNumber(r, t);
    r.prevEnd = t.e;
    r.prevAmount = t.k === "num" && t.kind === "amount";
  }
  endSentence(r, text.text.length);
  endParagraph(r);
  // the names a figure was placed by scope it too (`其中：县一中110.00万元`)
  const listed = new Set([...known, ...other]);
  const led = r.ledUsed.filter((m) => !listed.has(m));
  const mentions = mergeMentions(mergeMentions(known, other), led);
  scopeClaims(r, mentions, r.sentences, units.several ? units.own : undefined, units.count);
  return { claims: r.claims, unplaced: r.unplaced, remarks: r.remarks };
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
 * @throws TypeError when `text` is not a string (a programmer error; a disclosure's texts are
 *   checked by `validateDisclosure` and the JSON reader)
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
  if (typeof text !== "string")
    throw new TypeError(
      `extractClaims(): the narrative must be text (a string), not a ${typeName(text)}`,
    );
  return readNarrative(text, options);
}
