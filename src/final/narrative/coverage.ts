import { type Amount, convertAmount, parseAmount } from "../../amount";
import { SENTENCE_MARKS } from "../../disclosure/sentence-marks";
import type { TextCoverage, TextGap } from "../../rules/coverage";
import type { Paragraphs } from "./paragraphs";
import { isAnyDigit, numberAt, skipSpaces } from "./scan";
import { printedOffsets, visibleLine } from "./visible";

/** What a 决算 情况说明 paragraph's reading holds: the numbers read from it, as figure keys. @internal */
export type ParagraphReads = readonly (ReadonlySet<string> | undefined)[];

/**
 * A number as a key that does not depend on how it was printed or read: no sign, no leading
 * zeros, no trailing fraction zeros (`2,940.050` and a read `-2940.05` are both `2940.05`). @internal
 */
export function figureKey(digits: string): string {
  let s = digits.startsWith("-") ? digits.slice(1) : digits;
  if (s.includes(".")) {
    let end = s.length;
    while (s[end - 1] === "0") end--;
    if (s[end - 1] === ".") end--;
    s = s.slice(0, end);
  }
  let start = 0;
  while (s[start] === "0" && start + 1 < s.length && s[start + 1] !== ".") start++;
  return s.slice(start);
}

/**
 * The units after which a number is a figure the tables could hold: money (`万元`, `元`, `亿元`,
 * `千元`) and percentages (`%`, `％`, `个百分点`). A year, a count (`3辆`) or a list number is none.
 */
const UNITS = ["万元", "万", "亿元", "千元", "元", "%", "％", "个百分点"];

/** A figure's key as the reader holds it: an amount in 元 or 亿元 is read in 万元. */
function readKey(digits: string, unit: string | undefined): string {
  const from = unit === "元" ? "元" : unit === "亿元" ? "亿元" : undefined;
  if (from === undefined) return figureKey(digits);
  const parsed = parseAmount(digits, from);
  return parsed.ok && parsed.value !== null
    ? figureKey(convertAmount(parsed.value, "万元").value)
    : figureKey(digits);
}

/** One figure of a paragraph: where it is (offsets in the paragraph) and its key. */
interface Figure {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  /** A bound, not an amount (`单价100万元（含）以上设备`). */
  readonly threshold: boolean;
}

/** What follows a bound (`100万元（含）以上`, `50万元以下`). */
const THRESHOLDS = ["（含）以上", "(含)以上", "（含）以下", "(含)以下", "以上", "以下"];

/** The money and percentage figures of a paragraph, in one pass (`百分之12.5` is one too). */
function figuresIn(paragraph: string): Figure[] {
  const out: Figure[] = [];
  let i = 0;
  while (i < paragraph.length) {
    if (!isAnyDigit(paragraph[i])) {
      i++;
      continue;
    }
    const n = numberAt(paragraph, i);
    if (n === undefined) {
      i++;
      continue;
    }
    const after = skipSpaces(paragraph, n.end);
    const unit = UNITS.find((u) => paragraph.startsWith(u, after));
    const percentWords = i >= 3 && paragraph.startsWith("百分之", i - 3);
    if (unit !== undefined || percentWords) {
      const start = percentWords ? i - 3 : i;
      const end = unit === undefined ? n.end : after + unit.length;
      const threshold = THRESHOLDS.some((w) => paragraph.startsWith(w, end));
      out.push({ start, end, key: readKey(n.digits, unit), threshold });
    }
    i = Math.max(n.end, i + 1);
  }
  return out;
}

/** How far a gap's sentence reaches on either side of its figure (bounded: linear in all). */
const REACH = 120;

/**
 * The sentence of a paragraph around `at`: from after the previous `。；！？` to the next, at most
 * {@link REACH} characters either side.
 */
function sentenceAt(paragraph: string, at: number): string {
  let s = at;
  while (s > 0 && at - s < REACH && !SENTENCE_MARKS.includes(paragraph[s - 1] as string)) s--;
  let e = at;
  while (e < paragraph.length && e - at < REACH && !SENTENCE_MARKS.includes(paragraph[e] as string))
    e++;
  return paragraph.slice(s, Math.min(paragraph.length, e + 1)).trim();
}

/**
 * How much of each text section of a 决算 the 情况说明 reader understood: its money and percentage
 * figures, how many the reading holds, and a gap for each it does not (`paragraph-not-read`: no
 * sentence of the paragraph was recognised; `figure-not-read`: the paragraph was, this figure
 * not; `threshold`: a bound such as `单价100万元（含）以上`, no amount of the department's). A figure counts as read when the reading of its paragraph holds the same number. Each
 * section's lines are joined into paragraphs as the reader joins them (a line a PDF wrapped goes
 * on with its paragraph), and a gap's offsets are in its section. @internal
 */
export function finalTextCoverage(
  sections: readonly { readonly title: string; readonly body: string }[],
  sectionParagraphs: readonly Paragraphs[],
  reads: ParagraphReads,
): TextCoverage[] {
  let paragraphs = 0;
  return sections.map((section, s) => {
    const gaps: TextGap[] = [];
    let figures = 0;
    const split = section.body.split("\n");
    // each line's offset in the section
    const lineStart: number[] = [];
    let offset = 0;
    for (const line of split) {
      lineStart.push(offset);
      offset += line.length + 1;
    }
    const { texts, joined, from } = sectionParagraphs[s] as Paragraphs;
    // a figure's offsets in the section, through the lines its paragraph joins: the paragraphs
    // of one group of lines (split at headings run into them) share one mapping, in order
    let own: readonly number[] | undefined;
    let startAt: (at: number) => number = (at) => at;
    let endAt: (at: number) => number = (at) => at;
    for (let p = 0; p < texts.length; p++) {
      const paragraph = texts[p] as string;
      const read = reads[paragraphs + p];
      if (joined[p] !== own) {
        own = joined[p] as readonly number[];
        const offsets = sectionOffsets(split, lineStart, own);
        startAt = offsets();
        endAt = offsets();
      }
      const shift = from[p] as number;
      for (const f of figuresIn(paragraph)) {
        figures++;
        if (read?.has(f.key) === true) continue;
        gaps.push({
          reason: f.threshold
            ? "threshold"
            : read === undefined || read.size === 0
              ? "paragraph-not-read"
              : "figure-not-read",
          text: paragraph.slice(f.start, f.end),
          sentence: sentenceAt(paragraph, f.start),
          start: startAt(shift + f.start),
          end: endAt(shift + f.end - 1) + 1,
        });
      }
    }
    paragraphs += texts.length;
    return {
      section: section.title,
      figures,
      placed: figures - gaps.length,
      notUnderstood: gaps.length,
      gaps,
    };
  });
}

/**
 * Maps offsets in the text joined from lines `joined` (each trimmed) to offsets in the section:
 * each call gives a cursor, for offsets that never decrease (linear over all its calls).
 */
function sectionOffsets(
  lines: readonly string[],
  lineStart: readonly number[],
  joined: readonly number[],
): () => (at: number) => number {
  // each line's first offset in the paragraph and in the section
  const from: number[] = [];
  const to: number[] = [];
  let length = 0;
  // each line's offsets as printed, where the reader's line differs (`visibleLine`), and where
  // its trimmed text starts in the reader's line
  const printedAt: (readonly number[] | undefined)[] = [];
  const lead: number[] = [];
  for (const k of joined) {
    const line = lines[k] as string;
    const visible = visibleLine(line);
    from.push(length);
    printedAt.push(printedOffsets(line));
    lead.push(visible.length - visible.trimStart().length);
    to.push(lineStart[k] as number);
    length += visible.trim().length;
  }
  return () => {
    let k = 0;
    return (at) => {
      while (k + 1 < from.length && (from[k + 1] as number) <= at) k++;
      const inLine = (lead[k] as number) + at - (from[k] as number);
      return (to[k] as number) + (printedAt[k]?.[inLine] ?? inLine);
    };
  };
}

/**
 * Keys read (amounts' values; percentages as printed, under `percent`, `share`, `bare` or a key
 * ending in `Share`) of parts of a reading, into `into`.
 */
export function addReadFigures(part: unknown, into: Set<string>): void {
  if (part === null || typeof part !== "object") return;
  if (Array.isArray(part)) {
    for (const p of part) addReadFigures(p, into);
    return;
  }
  const o = part as Record<string, unknown>;
  if (typeof o.value === "string" && typeof o.unit === "string") {
    // a figure read in 亿元 (kept so, its precision with it) is keyed in 万元, as printed ones are
    const wan = o.unit === "亿元" ? convertAmount(o as unknown as Amount, "万元").value : o.value;
    into.add(figureKey(wan));
    return;
  }
  for (const k in o) {
    const v = o[k];
    if (typeof v === "string") {
      if (k === "percent" || k === "share" || k === "bare" || k.endsWith("Share"))
        into.add(figureKey(v));
    } else addReadFigures(v, into);
  }
}
