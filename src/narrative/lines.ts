// How a text copied out of a PDF lays out its lines: how wide each prints, how wide a full line
// is, whether paragraphs keep their indents, and which lines are a page's number. Shared by the
// budget narrative's reader and the 决算's. Index scanning only: linear in the text.

import { COLON_MARKS, SENTENCE_MARKS } from "../disclosure/sentence-marks";

const isSpace = (c: string | undefined) => c === " " || c === "\u3000" || c === "\t";
const isDigit = (c: string | undefined): boolean =>
  c !== undefined && ((c >= "0" && c <= "9") || (c >= "０" && c <= "９"));

/**
 * How far a line is indented, in columns (a full-width space is two): a line indented deeper
 * than the one before, by a character or more, opens a paragraph in a text that keeps its indents.
 * @internal
 */
export function indentOf(line: string): number {
  let w = 0;
  for (let i = 0; isSpace(line[i]); i++) w += line[i] === "\u3000" ? 2 : 1;
  return w;
}

/**
 * How wide a line prints: a CJK or full-width character is two columns, an ASCII one one (a PDF's
 * lines are wrapped by width, and digits are narrow). Its indent counts. @internal
 */
export function widthOf(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) w += line.charCodeAt(i) < 0x2e80 ? 1 : 2;
  return w;
}

/** Widths above this count as this one (a text of one paragraph a line: all are long). */
const WIDEST = 1000;

/**
 * How a text's lines are laid out: the width from which a line is full, so may have been
 * wrapped (85 % of the width three lines in four stay within: in a wrapped text most lines are
 * full, so about the page's width; in a text of one paragraph a line a long paragraph's, and a
 * title or heading is short); and whether the text keeps its paragraphs' indents (one line in
 * ten, and two at least, indented by a character or more). Counted, not sorted: linear.
 * @internal
 */
export interface Layout {
  readonly full: number;
  readonly indents: boolean;
  /** Enough lines, of all widths (no page's width): a paragraph a line, none of them wrapped. */
  readonly paragraphs: boolean;
  /**
   * The page's width, that nine lines in ten stay within (in a wrapped text most lines are as
   * wide as the page; a paragraph's last line and a heading are narrower); infinite where the
   * lines tell no page.
   */
  readonly page: number;
}

/**
 * The {@link Layout} of a text's lines; of fewer than `minLines` (not blank), or where fewer than
 * one line in four is within 12 % of the width three in four stay within (lines of all widths:
 * a paragraph a line, `paragraphs` when there are enough of them to tell), no line is full and
 * no indent counts. @internal
 */
export function layoutOf(lines: readonly string[], minLines = 8): Layout {
  const count = new Array<number>(WIDEST + 1).fill(0);
  let filled = 0;
  let indented = 0;
  for (const line of lines) {
    const w = Math.min(WIDEST, widthOf(line.trimEnd()));
    if (w === 0) continue;
    count[w] = (count[w] as number) + 1;
    filled++;
    if (indentOf(line) >= 2) indented++;
  }
  let seen = 0;
  let p75 = 0;
  let p90 = 0;
  for (let w = 1; w <= WIDEST && seen <= (filled * 9) / 10; w++) {
    seen += count[w] as number;
    if (seen - (count[w] as number) <= (filled * 3) / 4) p75 = w;
    p90 = w;
  }
  // a few lines are no page: no line of them is full, and their indents tell nothing; nor are
  // lines of all widths (a paragraph a line): a page's lines are mostly about as wide as it
  let near = 0;
  for (let w = Math.floor(p75 * 0.88); w <= Math.min(WIDEST, Math.ceil(p75 * 1.12)); w++)
    near += count[w] as number;
  if (filled < minLines || near * 4 < filled)
    return {
      full: Number.POSITIVE_INFINITY,
      indents: false,
      paragraphs: filled >= minLines,
      page: Number.POSITIVE_INFINITY,
    };
  return {
    full: Math.ceil(p75 * 0.85),
    page: p90,
    indents: indented >= 2 && indented * 10 >= filled,
    paragraphs: false,
  };
}

/** Marks printed around a page's number (`- 3 -`, `— 3 —`, `―3―`, `·3·`, `• 3 •`), and blanks. */
const DASHES = "-－—–─_ ‒―﹣·•・";

/** The digits from `i` (one to three: a page's number), or -1. */
function digitsEnd(line: string, i: number): number {
  let j = i;
  while (j < line.length && j - i < 4 && isDigit(line[j])) j++;
  return j > i && j - i <= 3 ? j : -1;
}

/** Between `第3页` and `共20页` (`第3页/共20页`, `第3页，共20页`), or a page and the count (`3 / 20`). */
const PAGE_JOINS = "/／，,、|";

/**
 * Where `…页` at `i` ends (`第3页`, `共20页`, each with blanks inside): the index after 页, or -1.
 */
function pageWord(line: string, i: number, first: string): number {
  if (line[i] !== first) return -1;
  const j = digitsEnd(line, skipBlank(line, i + 1));
  if (j < 0) return -1;
  const k = skipBlank(line, j);
  return line[k] === "页" ? k + 1 : -1;
}

/** The blanks and one joining mark (`/`, `，`) from `i`. */
function pageJoin(line: string, i: number): number {
  const j = skipBlank(line, i);
  return PAGE_JOINS.includes(line[j] ?? "x") ? skipBlank(line, j + 1) : j;
}

/**
 * Whether a line is a page's number, furniture a PDF's text puts between a paragraph's lines:
 * `3`, `- 3 -`, `— 3 —`, `·3·`, `3/20`, `3 / 20`, `第3页`, `第 3 页 共 20 页`, `第3页/共20页`,
 * `共20页 第3页`, `Page 3`, `Page 3 of 20`. @internal
 */
export function isPageMark(raw: string): boolean {
  let line = raw.trim();
  let a = 0;
  let b = line.length;
  while (a < b && DASHES.includes(line[a] as string)) a++;
  while (b > a && DASHES.includes(line[b - 1] as string)) b--;
  line = line.slice(a, b);
  if (line === "") return false;
  if (line[0] === "第" || line[0] === "共") {
    // `第3页`, `第3页 共20页`, `共20页 第3页` (each word at most once, 第 always)
    const other = line[0] === "第" ? "共" : "第";
    let j = pageWord(line, 0, line[0]);
    if (j < 0) return false;
    j = skipBlank(line, j);
    if (j === line.length) return line[0] === "第";
    j = pageWord(line, pageJoin(line, j), other);
    return j >= 0 && skipBlank(line, j) === line.length;
  }
  // `Page 3`, `Page 3 of 20`
  if (/^page\b/iu.test(line)) {
    let j = digitsEnd(line, skipBlank(line, 4));
    if (j < 0) return false;
    j = skipBlank(line, j);
    if (j === line.length) return true;
    if (line.slice(j, j + 2).toLowerCase() !== "of") return false;
    j = digitsEnd(line, skipBlank(line, j + 2));
    return j >= 0 && skipBlank(line, j) === line.length;
  }
  let j = digitsEnd(line, 0);
  if (j < 0) return false;
  const k = skipBlank(line, j);
  if (line[k] === "/" || line[k] === "／") j = digitsEnd(line, skipBlank(line, k + 1));
  return j === line.length;
}

const skipBlank = (line: string, i: number): number => {
  let j = i;
  while (isSpace(line[j])) j++;
  return j;
};

/** Blank lines passed over on either side of a page's furniture. */
const FURNITURE_BLANKS = 2;

/** Words a running header names its document by (`…2024年度部门决算`, `2024年部门预算公开`). */
const DOCUMENT_WORDS = ["预算", "决算", "公开"];
/** The numerals of a Chinese list mark (`三、`, `（十）`). @internal */
export const CN_ORDINAL = "一二三四五六七八九十";

/**
 * Whether a line opens with a number or a list mark (`1.`, `（二）`, `三、`): no running header. A
 * year is none (`2024年度部门决算公开`).
 */
function opensNumbered(t: string): boolean {
  const c = t[0] ?? "";
  const year = isDigit(t[1]) && isDigit(t[2]) && isDigit(t[3]) && t[4] === "年";
  if ((isDigit(c) && !year) || c === "（" || c === "(" || c === "第") return true;
  let j = 0;
  while (j < 3 && CN_ORDINAL.includes(t[j] ?? "x")) j++;
  return j > 0 && (t[j] === "、" || t[j] === "．" || t[j] === ".");
}

/**
 * Whether a line (trimmed) has a running header's shape: 6 to 60 characters naming the document
 * (预算, 决算 or 公开), no sentence (no punctuation), heading (a heading's word at its end) or
 * numbered line. @internal
 */
export function headerShaped(t: string): boolean {
  return (
    t.length >= 6 &&
    t.length <= 60 &&
    DOCUMENT_WORDS.some((w) => t.includes(w)) &&
    !punctuated(t, 0) &&
    !HEADING_WORDS.some((w) => t.endsWith(w)) &&
    !opensNumbered(t)
  );
}

/**
 * Which lines are a running header: the document's name a PDF prints at the top (or foot) of
 * every page, next to its number (`- 3 -` / `上海市普陀区财政局2024年度部门决算`). A line is one where
 * it repeats word for word next to a page's number (blank lines between passed over) twice at
 * least, names the document (预算, 决算 or 公开), has 6 to 60 characters, and is no sentence (no
 * punctuation), heading (a heading's word at its end) or numbered line. A text a PDF wrapped
 * narrowly repeats lines of its own (`一般公共预算财政拨款支出`): only one next to a page's number
 * twice is taken for furniture. Counted: linear.
 */
function runningHeaders(lines: readonly string[], marks: readonly boolean[]): boolean[] {
  const header = headerShaped;
  /** Whether a page's number is next to line `k` (at most two blank lines between). */
  const byMark = (k: number, step: number): boolean => {
    for (let d = 1, j = k + step; d <= FURNITURE_BLANKS + 1; d++, j += step) {
      if (marks[j] === true) return true;
      if ((lines[j] ?? "x").trim() !== "") return false;
    }
    return false;
  };
  const count = new Map<string, number>();
  const trimmed = lines.map((l) => (l.length <= 80 ? l.trim() : ""));
  for (let k = 0; k < trimmed.length; k++) {
    const t = trimmed[k] as string;
    if ((byMark(k, -1) || byMark(k, 1)) && header(t)) count.set(t, (count.get(t) ?? 0) + 1);
  }
  return trimmed.map((t) => (count.get(t) ?? 0) >= 2);
}

/** The words a running header ends with: the document's (`…2024年度部门决算`, `…部门预算公开`). */
const DOCUMENT_ENDS = ["决算", "预算", "公开"];

/** Whether a line names a year (`2024年`): four digits, then `年`. */
function namesYear(t: string): boolean {
  for (let k = t.indexOf("年"); k >= 0; k = t.indexOf("年", k + 1))
    if (k >= 4 && [1, 2, 3, 4].every((d) => isDigit(t[k - d]))) return true;
  return false;
}

/**
 * Whether a line (trimmed) is a document's name as a running header prints it
 * (`中共洛阳市涧西区委办公室2024年部门预算`, `2024年度部门决算公开`): of a header's shape
 * ({@link headerShaped}), naming the year and ending with the document's word. @internal
 */
export const documentHeader = (t: string): boolean =>
  headerShaped(t) && DOCUMENT_ENDS.some((w) => t.endsWith(w)) && namesYear(t);

/** A sentence's end, or a lead-in's colon: a line ending so may close its paragraph. */
const LINE_ENDS = /*#__PURE__*/ SENTENCE_MARKS.concat(COLON_MARKS);

/**
 * Which lines are a running header printed once, inside a paragraph (a page broke a sentence:
 * `…增长` / `中共洛阳市涧西区委办公室2024年部门预算` / `16.08%…`): a {@link documentHeader} line
 * narrower than the page, after a full line (blank lines and page numbers between passed over)
 * and before a line of text. The full line ends no sentence, or the text keeps its paragraphs'
 * indents and the line after is not indented (the paragraph goes on after its sentence). A
 * wrapped line of the paragraph is as wide as the page; so only where the lines tell a page's
 * width. Linear.
 */
function headersWithin(
  lines: readonly string[],
  marks: readonly boolean[],
  layout: Layout,
): boolean[] {
  const out = lines.map(() => false);
  const { full, indents } = layout;
  if (!Number.isFinite(full)) return out;
  // the last line of text before each line (blank lines and page numbers passed over)
  let before = "";
  // a header after a full line, and whether the line after must be unindented
  let candidate = -1;
  let ended = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string;
    if (marks[k] === true || line.trim() === "") continue;
    // a line of text after a candidate: the paragraph goes on
    if (candidate >= 0 && (!ended || indentOf(line) < 2)) out[candidate] = true;
    candidate = -1;
    const t = line.length <= 80 ? line.trim() : "";
    const prior = before.trimEnd();
    ended = LINE_ENDS.includes(prior.at(-1) ?? "。");
    if (documentHeader(t) && widthOf(t) < full && widthOf(prior) >= full && (!ended || indents))
      candidate = k;
    else before = line;
  }
  return out;
}

/**
 * The lines of a text its readers pass over, by line index: a page's furniture (each page's
 * number, `- 3 -`, `第3页`, and a running header repeating the document's name, or printed once
 * inside a paragraph where the `layout` tells a page's width) and up to two blank lines on either
 * side of it. @internal
 */
export function furnitureOf(lines: readonly string[], layout?: Layout): boolean[] {
  const marks = lines.map((l) => l.length <= 40 && isPageMark(l));
  const headers = runningHeaders(lines, marks);
  const within = layout === undefined ? [] : headersWithin(lines, marks, layout);
  const skip = marks.map((m, k) => m || headers[k] === true || within[k] === true);
  for (let k = 0; k < lines.length; k++) {
    if (!skip[k] || (lines[k] as string).trim() === "") continue;
    for (let d = 1; d <= FURNITURE_BLANKS && (lines[k - d] ?? "x").trim() === ""; d++)
      skip[k - d] = true;
    for (let d = 1; d <= FURNITURE_BLANKS && (lines[k + d] ?? "x").trim() === ""; d++)
      skip[k + d] = true;
  }
  return skip;
}

/** The words a section's heading ends with (`…情况说明`, `（一）机关运行经费支出情况`). @internal */
export const HEADING_WORDS: readonly string[] = ["说明", "情况", "概况", "解释"];

/** Punctuation inside a sentence: a heading has none after its own mark. @internal */
export const INNER = "，,。；;：:、";

/** Whether a text has punctuation ({@link INNER}) from `from` to `to`. @internal */
export function punctuated(text: string, from: number, to = text.length): boolean {
  for (let i = from; i < to; i++) if (INNER.includes(text[i] as string)) return true;
  return false;
}

/** The longest heading run into its text: a heading's last word at most this far in. */
const HEADING_REACH = 40;

/**
 * Where a heading opening `text` at `start` ends when its text follows on the same line: after
 * the last heading word (`…情况说明`, `…情况`) within {@link HEADING_REACH} characters with no
 * punctuation before it, and the mark after it (`：`, `。`); `start` where there is none.
 * @internal
 */
export function headingEnd(text: string, start: number): number {
  let end = start;
  const limit = Math.min(text.length, start + HEADING_REACH);
  for (let k = start + 2; k <= limit; k++) {
    const c = text[k - 1] as string;
    if (INNER.includes(c) && !(k - start <= 5 && "、.．".includes(c))) break;
    if (HEADING_WORDS.some((w) => text.endsWith(w, k))) end = k;
  }
  if (end === start) return start;
  const after = text[end] ?? "";
  // a heading's word followed by a comma is its sentence's (`…情况说明，如下`)
  if ("：:。".includes(after) && after !== "") return end + 1;
  if (INNER.includes(after) && after !== "") return start;
  // the text run into it is a sentence (punctuated soon), not the rest of a heading (`…解释表`)
  return punctuated(text, end, Math.min(text.length, end + HEADING_REACH)) ? end : start;
}

/** How far a numbered item's 项 path is looked for after its number. */
const PATH_REACH = 80;

/**
 * Whether a numbered item at `i` names a 项 (`1、一般公共服务支出（类）…行政运行（项）`): an item of
 * its own paragraph, where a list within a sentence (`主要用于：1.人员支出；2.公用支出`) names none.
 * Reads a bounded window. @internal
 */
export function namesItemPath(text: string, i: number): boolean {
  const window = text.slice(i, i + PATH_REACH);
  return window.includes("（项）") || window.includes("(项)");
}
