/**
 * How much of each text section the narrative rules understood and checked (`report.coverage.texts`):
 * every figure the reader read, those it placed, and a gap for each it could not place (its
 * `Unplaced` reason) or placed on something no table of the disclosure gives (`not-compared`: a
 * 机关运行经费 or 政府采购 figure with no table stating any — read, never checked, so no finding and
 * not counted as placed).
 */
import { FULL_STOP_MARKS } from "../../disclosure/sentence-marks";
import type { TextCoverage, TextGap } from "../../rules/coverage";
import type { RuleContext } from "../../rules/types";
import type { Claim, Span } from "../types";
import type { SectionReading } from "./read";

/** The concepts any fact of the check states (printed or derived), once per check. */
function statedConcepts(ctx: RuleContext): ReadonlySet<string> {
  const stated = new Set<string>();
  for (const group of ctx.groups.values()) {
    const f = group[0];
    if (f !== undefined) stated.add(f.concept);
  }
  return stated;
}

/**
 * Whether a claim is one `narrative.amount` would compare with the tables (this year's budget)
 * yet the tables state nothing of its concept.
 */
const notCompared = (c: Claim, stated: ReadonlySet<string>): boolean =>
  c.kind === "amount" &&
  c.basis === "budget" &&
  c.period === "current" &&
  !stated.has(c.subject.concept);

/**
 * What ends the sentence a gap is shown in: a full stop or a line break, not a statement's `；`
 * (the whole sentence of statements printed a clause at a time is shown).
 */
const GAP_SENTENCE_ENDS = /*#__PURE__*/ FULL_STOP_MARKS.concat("\n");

/**
 * The sentence of each span in `body`, for spans in increasing order of start: one pass over the
 * body for the sentences' starts, and each sentence's end looked for once.
 */
function sentencesOf(body: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  let scanned = 0;
  let start = 0;
  let end = -1;
  for (const s of spans) {
    const was = start;
    for (; scanned < s.start; scanned++)
      if (GAP_SENTENCE_ENDS.includes(body.charAt(scanned))) start = scanned + 1;
    if (start !== was || end < s.end) {
      end = s.end;
      while (end < body.length && !GAP_SENTENCE_ENDS.includes(body.charAt(end))) end++;
      if (end < body.length) end++;
    }
    out.push({ start, end, text: body.slice(start, end).trim() });
  }
  return out;
}

/**
 * The coverage of each section's reading: figures read (claims and unplaced), placed (claims
 * compared or checked otherwise), and the gaps in the order of the text. @internal
 */
export function textCoverage(
  ctx: RuleContext,
  readings: readonly SectionReading[],
): TextCoverage[] {
  const stated = statedConcepts(ctx);
  return readings.map(({ section, reading }) => {
    const unplaced: TextGap[] = reading.unplaced.map((u) => ({
      reason: u.reason,
      text: u.span.text,
      sentence: u.sentence.text,
      start: u.span.start,
      end: u.span.end,
    }));
    // a gap a claim (`收支总计…` without tables: the total revenue's and the total spending's)
    const spans: Span[] = [];
    for (const c of reading.claims) if (notCompared(c, stated)) spans.push(c.span);
    spans.sort((a, b) => a.start - b.start);
    const uncompared = spans.length;
    const sentences = sentencesOf(section.body, spans);
    const unchecked: TextGap[] = spans.map((s, i) => ({
      reason: "not-compared",
      text: s.text,
      sentence: sentences[i]?.text ?? s.text,
      start: s.start,
      end: s.end,
    }));
    const gaps = merged(unplaced, unchecked);
    return {
      section: section.title,
      figures: reading.claims.length + reading.unplaced.length,
      placed: reading.claims.length - uncompared,
      notUnderstood: reading.unplaced.length + uncompared,
      gaps,
    };
  });
}

/** Two lists of gaps, each in text order, as one. */
function merged(a: readonly TextGap[], b: readonly TextGap[]): TextGap[] {
  if (b.length === 0) return [...a];
  const out: TextGap[] = [];
  let j = 0;
  for (const g of a) {
    while (j < b.length && (b[j] as TextGap).start < g.start) out.push(b[j++] as TextGap);
    out.push(g);
  }
  while (j < b.length) out.push(b[j++] as TextGap);
  return out;
}
