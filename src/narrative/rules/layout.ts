import { type Compact, compact } from "../text";
import type { NarrativeReading, Span } from "../types";

/** `[start, end)` offsets of a part of a text (a paragraph, a sentence). @internal */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * The ranges of a body, in input offsets, split where the reader splits it: at paragraph ends
 * (a wrapped line is not one), and for sentences also after `。！？`. One pass. @internal
 */
function split(body: string, sentences: boolean, c: Compact = compact(body)): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = 0; i < c.text.length; i++) {
    const ch = c.text.charAt(i);
    const end =
      ch === "\n" ? c.at[i] : sentences && "。！？!?".includes(ch) ? (c.at[i] ?? 0) + 1 : -1;
    if (end === undefined || end < 0) continue;
    out.push({ start: c.at[start] ?? body.length, end });
    start = i + 1;
  }
  out.push({ start: c.at[start] ?? body.length, end: body.length });
  return out.filter((r) => r.end > r.start);
}

/** The paragraphs of a body. @internal */
export const paragraphsOf = (body: string): Range[] => split(body, false);

/** The sentences of a body (a paragraph end ends one too). @internal */
export const sentencesOf = (body: string): Range[] => split(body, true);

/** A section's compact form, built once per reading of it (a check's rules share the reading). */
const FORMS = /* @__PURE__ */ new WeakMap<NarrativeReading, Compact>();

/** A section of a check, as its rules are given it (`readTexts`). */
interface Read {
  readonly section: { readonly body: string };
  readonly reading: NarrativeReading;
}

function formOf(read: Read): Compact {
  let c = FORMS.get(read.reading);
  if (c === undefined) {
    c = compact(read.section.body);
    FORMS.set(read.reading, c);
  }
  return c;
}

/** {@link paragraphsOf} a section of a check, its text made compact once for all its rules. @internal */
export const paragraphsIn = (read: Read): Range[] => split(read.section.body, false, formOf(read));

/** {@link sentencesOf} a section of a check, its text made compact once for all its rules. @internal */
export const sentencesIn = (read: Read): Range[] => split(read.section.body, true, formOf(read));

/** The index of the range a span starts in (ranges in order), or -1. @internal */
export function rangeOf(ranges: readonly Range[], span: Span): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (r === undefined) break;
    if (span.start < r.start) hi = mid - 1;
    else if (span.start >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
