import { isInvisible, isOtherSpace } from "./invisible";
import { continuesInto } from "./line-joins";
import {
  CN_ORDINAL,
  furnitureOf,
  HEADING_WORDS,
  headingEnd,
  indentOf,
  layoutOf,
  namesItemPath,
  widthOf,
} from "./lines";
import { isQuoteCode } from "./quotes";
import { doubleSpaced, lineBreakAt } from "./spacing";
/**
 * The text as the reader scans it, built in one pass: whitespace, characters that print nothing
 * (`U+200B`, `U+00AD`, `U+FEFF`…) and quotation marks removed,
 * full-width digits, points, percent signs and brackets made ASCII, and each line break kept only
 * where a paragraph ends (a wrapped line is joined). `at[i]` is the offset in the input of the
 * i-th character; `quoted[i]` says a quotation mark stood just before it. @internal
 */
export interface Compact {
  readonly text: string;
  readonly at: Int32Array;
  readonly quoted: Uint8Array;
  /** The input's length (the end offset of the last character). */
  readonly length: number;
}

/** A quote of the shared set (`quotes.ts`). */
const isQuote = isQuoteCode;
/** ， , 。 ； ; ： : */
const isPunctuation = (code: number): boolean =>
  code === 0xff0c ||
  code === 0x2c ||
  code === 0x3002 ||
  code === 0xff1b ||
  code === 0x3b ||
  code === 0xff1a ||
  code === 0x3a;
const ENDS = "。；;：:！？!?";

/** Spaces: ASCII, tab, CR, form feed, ideographic, and those PDF tools print for one ({@link isOtherSpace}). */
const isSpace = (code: number): boolean =>
  code === 0x20 ||
  code === 0x09 ||
  code === 0x0d ||
  code === 0x3000 ||
  code === 0x0c ||
  isOtherSpace(code);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
/** What a figure's unit starts with (`万元`, `亿元`, `元`, `%`). */
const UNITS = "万亿元%％";
/** A line narrower than this share of the page's width is clearly short: a paragraph's last. */
const SHORT = 0.75;
/** Marks ending a line that say its sentence goes on (a list's, a clause's). */
const GOES_ON = "，,、";

/** A character code in the reader's form (full-width digits, point, %, brackets made ASCII). */
function foldCode(code: number): number {
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10 + 0x30;
  switch (code) {
    case 0xff0e: // ．
      return 0x2e;
    case 0xff05: // ％
    case 0xfe6a: // ﹪
      return 0x25;
    case 0xff08: // （
      return 0x28;
    case 0xff09: // ）
      return 0x29;
    case 0xff0d: // －
    case 0x2212: // −
      return 0x2d;
    default:
      return code;
  }
}
const fold = (c: string): string => String.fromCharCode(foldCode(c.charCodeAt(0)));

/**
 * The break kept between two cells of a table pasted into the text (a tab: a clause's break to
 * the reader, never a digit grouping as a comma would be). @internal
 */
export const CELL = 0x09;

/** What the characters kept so far end with: no figure, its digits, 万/亿 after them, or its unit or %. */
type FigureEnd = "none" | "digits" | "unit" | "whole";

/** The state after one more character `c` (folded) of what the kept characters end with. */
function figureAfter(state: FigureEnd, decimals: number, c: number): readonly [FigureEnd, number] {
  if (c >= 0x30 && c <= 0x39)
    return ["digits", state === "digits" && decimals >= 0 ? decimals + 1 : -1];
  if (state === "digits" && c === 0x2e) return ["digits", 0];
  if (state === "digits" && (c === 0x2c || c === 0xff0c)) return ["digits", decimals];
  if (state === "digits" && (c === 0x4e07 || c === 0x4ebf)) return ["unit", -1]; // 万 亿
  if ((state === "digits" || state === "unit") && c === 0x5143) return ["whole", -1]; // 元
  if (state === "digits" && c === 0x25) return ["whole", -1];
  return ["none", -1];
}

/** Whether a figure starts at `i` of the input (its folded character `c`): a digit, or a sign before one. */
function startsFigure(c: number, input: string, i: number): boolean {
  if (c >= 0x30 && c <= 0x39) return true;
  if (c !== 0x2d) return false;
  const next = foldCode(input.charCodeAt(i + 1));
  return next >= 0x30 && next <= 0x39;
}

/**
 * Whether a list or heading marker starts at `i` (`一、`, `（一）`, `(1)`, `1.`, `1、`, `第二部分`).
 * Reads at most 8 characters. @internal
 */
export function markerAt(s: string, i: number): boolean {
  let j = i;
  const c = fold(s.charAt(j));
  if (c === "第") {
    j++;
    while (j < i + 4 && CN_ORDINAL.includes(s.charAt(j))) j++;
    return j > i + 1 && (s.startsWith("部分", j) || s.charAt(j) === "章" || s.charAt(j) === "节");
  }
  if (c === "(") {
    j++;
    const start = j;
    while (j < i + 4 && (CN_ORDINAL.includes(s.charAt(j)) || isDigit(fold(s.charAt(j))))) j++;
    return j > start && fold(s.charAt(j)) === ")";
  }
  if (CN_ORDINAL.includes(c)) {
    while (j < i + 3 && CN_ORDINAL.includes(s.charAt(j))) j++;
    return s.charAt(j) === "、";
  }
  if (isDigit(c)) {
    while (j < i + 2 && isDigit(fold(s.charAt(j)))) j++;
    const p = fold(s.charAt(j));
    return (p === "." || p === "、") && !isDigit(fold(s.charAt(j + 1)));
  }
  return false;
}

const endsHeading = (line: string): boolean => {
  const t = line.trimEnd();
  return HEADING_WORDS.some((w) => t.endsWith(w));
};

/**
 * A sentence's end, or a list's opening colon, after which a heading or numbered item run into
 * the line opens a paragraph.
 */
const BEFORE_MARK = "。！？!?：:";

/**
 * Whether a heading (`三、`, `（三）`, `第三部分`) or a numbered item naming its 项 starts at `i`:
 * run into a line after a sentence or a colon, it opens a paragraph (a list within a sentence,
 * `其中：1.基本支出…；2.项目支出…`, stays in its paragraph).
 */
function opensParagraph(s: string, i: number): boolean {
  if (!markerAt(s, i)) return false;
  const c = s.charAt(i);
  const ordinal =
    CN_ORDINAL.includes(c) ||
    c === "第" ||
    ((c === "（" || c === "(") && CN_ORDINAL.includes(s.charAt(i + 1)));
  return ordinal || namesItemPath(s, i);
}

/** How far a heading run into its text is looked for (its last word and the mark after it). */
const HEADING_WINDOW = 96;

/**
 * Where the text run into a heading starting at `i` begins (`八、政府性基金支出预算情况说明本单位…`:
 * at `本`), within the heading's line; -1 where the heading has its line to itself.
 */
function headingAt(input: string, i: number): number {
  const window = input.slice(i, i + HEADING_WINDOW);
  const nl = window.indexOf("\n");
  const line = nl < 0 ? window : window.slice(0, nl);
  const end = headingEnd(line, 0);
  return end > 0 && end < line.trimEnd().length ? i + end : -1;
}

/**
 * Builds the {@link Compact} form of a text in one pass (after one over its lines' widths). A
 * line break ends a paragraph when the line before ends a sentence (`。；：！？`), is a heading
 * (starts with a marker) or a title (a line of at most 30 characters without punctuation), or
 * when the next line starts with a marker; but in a text a PDF wrapped (eight lines or more, most
 * of them as wide as the page), a full line is a wrapped one, not a title, nor a heading unless
 * it has no punctuation and ends with a heading's word (`…情况说明`), and where the text keeps
 * its paragraphs' indents, a full line goes on into an unindented one even after a sentence's end;
 * else the line is a wrap and is joined. A page's number between lines, and blank lines around
 * it, are passed over. @internal
 */
export function compact(input: string, steps: { n: number } = { n: 0 }): Compact {
  // a break is added before each heading or item run into a line, after at least one character
  // of its own (a mark or a heading's word) and a mark before it: at most one per two characters
  const size = input.length + Math.ceil(input.length / 2) + 1;
  const codes = new Uint16Array(size);
  const at = new Int32Array(size);
  const quoted = new Uint8Array(size);
  const lines = input.split("\n");
  // a full line's width, where the lines tell a page (not a few, nor of all widths)
  const layout = layoutOf(lines);
  const full = layout.full;
  const furniture = furnitureOf(lines, layout);
  // a text layer with a blank line after every line: a single blank line is a line's break
  const double = doubleSpaced(lines, layout);
  let line = 0;
  let n = 0;
  let quote = false;
  let pendingBreak = false;
  // Where the text run into the current line's heading starts (-1: none).
  let headingBreak = -1;
  // About the current line: did it start with a marker, has it punctuation, how long is it.
  let lineStart = true;
  let lineMarker = false;
  let linePunct = false;
  let lineLength = 0;
  let last = 0;
  // What the characters last kept end with: a figure's digits (and how many decimals), or a
  // whole figure (its unit or % after the digits); and where a gap after one started (-1: none).
  let figure: FigureEnd = "none";
  let decimals = -1;
  let gap = -1;
  // whether the gap was opened by spaces at the end of a line (`202\r\n3`) or on a blank one:
  // no cells apart there, the line's break decides
  let spaceGap = false;
  for (let i = 0; i < input.length; i++) {
    steps.n++;
    if (furniture[line] === true) {
      // passed over whole, its line break too
      const end = input.indexOf("\n", i);
      steps.n += (end < 0 ? input.length : end) - i;
      i = end < 0 ? input.length : end;
      line++;
      continue;
    }
    const raw = input.charCodeAt(i);
    if (isInvisible(raw)) continue;
    if (raw === 0x0a) {
      // A blank line, a sentence end, a heading or a title ends the paragraph; otherwise the line
      // is a wrap, unless the next line starts with a marker (decided at its first character).
      // A line without punctuation as wide as the page is a wrapped one, not a title.
      const current = lines[line] as string;
      const isFull = widthOf(current.trimEnd()) >= full;
      line++;
      // the next line the reader reads (a page's number and blanks around it passed over): where
      // the text keeps its indents, a full line goes on into an unindented one, after a
      // sentence's end too (the page may break there)
      let real = line;
      while (furniture[real] === true || (double && lineBreakAt(lines, real))) real++;
      const next = lines[real] ?? "";
      const goesOn = layout.indents && isFull && next.trim() !== "" && indentOf(next) < 2;
      // `…支出预算为人民币` ⏎ `49.68万元，…`: a sentence cut before its figure goes on (`line-joins.ts`)
      const cut =
        !isFull && !ENDS.includes(String.fromCharCode(last)) && continuesInto(current, next);
      // (in a text of a paragraph a line, a line of any length: `…无负责管理的专项转移支付项目`)
      const title = !linePunct && (lineLength <= 30 || layout.paragraphs) && !isFull && !cut;
      // in a text wrapped to a page's width, a line clearly narrower than the page is a
      // paragraph's last (`…无负责管理的专项转移支付项目` ⏎ `因公出国（境）费、…`), unless cut
      // (a line ending with `，` / `、` says it goes on)
      const lastLine =
        Number.isFinite(layout.page) &&
        lineLength > 0 &&
        !GOES_ON.includes(String.fromCharCode(last)) &&
        widthOf(current.trimEnd()) < layout.page * SHORT &&
        !cut;
      // `…收入总计969.06` / `— 3 —` / `万元，…`: a figure's unit on the next line continues it,
      // whatever the line before looks like (a short one is no title then)
      const unitNext = figure === "digits" && UNITS.includes(next.trimStart().charAt(0));
      // (a double-spaced text's blank line between two lines breaks the line before it only)
      const lineBreak = double && lineLength === 0 && lineBreakAt(lines, line - 1);
      if (
        !unitNext &&
        !lineBreak &&
        (lineLength === 0 ||
          (ENDS.includes(String.fromCharCode(last)) && !goesOn) ||
          (lineMarker && (!isFull || (!linePunct && endsHeading(current)))) ||
          title ||
          lastLine)
      )
        pendingBreak = true;
      lineStart = true;
      lineMarker = false;
      linePunct = false;
      lineLength = 0;
      // a line joined after a figure as a wrap: a cell ends there only after a whole figure (a
      // wrap may split a number's digits, `1,23` / `4.56万元`, never after two decimals)
      // (spaces ending a line of a double-spaced text are the layer's, not a cell's end: `202 \n\n3`)
      if (spaceGap && double) gap = -1;
      spaceGap = false;
      if (gap < 0 && (figure === "whole" || (figure === "digits" && decimals >= 2))) gap = i;
      continue;
    }
    if (isSpace(raw)) {
      // `648.00  600.00`, `648.00万元\t600.00万元`: a table's cells pasted as text
      if (gap < 0 && figure !== "none" && figure !== "unit") {
        gap = i;
        spaceGap = true;
      }
      continue;
    }
    if (isQuote(raw)) {
      quote = true;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      lineMarker = markerAt(input, i);
      if (n > 0 && (pendingBreak || lineMarker)) {
        codes[n] = 0x0a;
        at[n] = i;
        n++;
      }
      pendingBreak = false;
      headingBreak = lineMarker ? headingAt(input, i) : -1;
    } else if (
      (BEFORE_MARK.includes(String.fromCharCode(last)) && opensParagraph(input, i)) ||
      (headingBreak >= 0 && i >= headingBreak)
    ) {
      // a heading or numbered item run into the line after a sentence (`…万元。三、…`), and the
      // text run into a heading (`八、…情况说明本单位…`): paragraphs of their own
      codes[n] = 0x0a;
      at[n] = i;
      n++;
      // a heading's text starts no heading; a heading or item does, and may have text run in
      lineMarker = !(headingBreak >= 0 && i >= headingBreak);
      headingBreak = lineMarker ? headingAt(input, i) : -1;
      linePunct = false;
      lineLength = 0;
    }
    const c = foldCode(raw);
    // A figure's cell and the next one (a digit, or a sign before one) are kept apart by a break
    // of their own: a figure is never two cells glued (`648.00600.00`).
    if (gap >= 0 && codes[n - 1] !== 0x0a && startsFigure(c, input, i)) {
      codes[n] = CELL;
      at[n] = gap;
      n++;
    }
    gap = -1;
    spaceGap = false;
    [figure, decimals] = figureAfter(figure, decimals, c);
    if (isPunctuation(c)) linePunct = true;
    lineLength++;
    codes[n] = c;
    at[n] = i;
    quoted[n] = quote ? 1 : 0;
    n++;
    quote = false;
    last = c;
  }
  at[n] = input.length;
  let text = "";
  // Decode in chunks (String.fromCharCode takes its codes as arguments).
  for (let i = 0; i < n; i += 8192)
    text += String.fromCharCode.apply(
      null,
      codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[],
    );
  return { text, at, quoted, length: input.length };
}
