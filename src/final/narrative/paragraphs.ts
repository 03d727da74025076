import { SENTENCE_MARKS } from "../../disclosure/sentence-marks";
import {
  documentHeader,
  furnitureOf,
  HEADING_WORDS,
  headingEnd,
  indentOf,
  type Layout,
  layoutOf,
  namesItemPath,
  punctuated,
  widthOf,
} from "../../narrative/lines";
import { circled, isAnyDigit, isSection, listNumber, skipSpaces, skipSpacesBack } from "./scan";
import { visibleLine } from "./visible";

// A 情况说明 copied out of a PDF has its paragraphs broken where the page's line ends: inside a
// sentence, a word, a number (`2995.` / `39万元`) or a unit (`万` / `元`). The reader reads one
// paragraph at a time, so such lines are joined first, by one rule for every section.

const isPoint = (c: string | undefined) => c === "." || c === "．";

/**
 * What a line ending a paragraph ends with: a sentence's or a clause's end (`；`: statements are
 * often printed a clause a line). A full line ending in `：` goes on: the list after it, if on
 * lines of their own, opens each with a number.
 */
const ENDS = SENTENCE_MARKS;
/**
 * The marks no paragraph opens with: a clause's or a sentence's end, a list's comma, a closing
 * bracket or quote, a percent sign. A line the page began with one (`，占99.79%`, an indented
 * `。主要用于：…` after an item's `…（项）`) goes on with the paragraph before it.
 */
const NO_START = "，,。；;：:、）)」』”’》】%％！？!?";

/** The marks that end a heading's number (`七、`, `1.`, `（二）`). */
const MARK_ENDS = "、.．）)";

/**
 * Whether a line is a whole heading: a section or list mark, no punctuation after it, and a
 * heading's last word (an item's 科目 path `7、社会保障和就业支出（类）…` is none, nor a heading
 * cut short by the page: `一、收入支出决算总体情况说`).
 */
function isHeading(line: string): boolean {
  if (!HEADING_WORDS.some((w) => line.endsWith(w))) return false;
  if (!isSection(line) && listNumber(line) === undefined) return false;
  let from = circled(line[0]) > 0 ? 1 : 0;
  if (from === 0) {
    while (from < 6 && from < line.length && !MARK_ENDS.includes(line[from] as string)) from++;
    from++;
  }
  return !punctuated(line, from);
}

/** The units a number is followed by, and a word printed before one (`百分之12.5`). */
const UNITS = ["万元", "亿元", "千元", "元", "%", "％", "个百分点"];
const SPLIT_WORDS = ["万元", "亿元", "千元", "个百分点", "百分之"];

/** Whether a number at the start of `b` (digits, a point and digits) is followed by a unit. */
function numberWithUnit(b: string): boolean {
  let j = 0;
  while (isAnyDigit(b[j]) || (isPoint(b[j]) && isAnyDigit(b[j + 1]))) j++;
  return j > 0 && UNITS.some((u) => b.startsWith(u, skipSpaces(b, j)));
}

/** Whether `a` ends with a number's point and at least two digits after it (`969.06`). */
function wholeDecimals(a: string): boolean {
  let j = a.length;
  while (j > 0 && isAnyDigit(a[j - 1])) j--;
  return a.length - j >= 2 && isPoint(a[j - 1]) && isAnyDigit(a[j - 2]);
}

/**
 * Whether `a` ends with a whole figure (two decimals, or a unit or `%` after digits) and `b`
 * starts with a digit: two cells of a table the page put on two lines, kept apart when joined.
 */
function cellsApart(a: string, b: string): boolean {
  if (!isAnyDigit(b[0])) return false;
  if (wholeDecimals(a)) return true;
  const unit = UNITS.find((u) => a.endsWith(u));
  return unit !== undefined && isAnyDigit(a[a.length - unit.length - 1]);
}

/**
 * Whether the break between `a` and `b` (both trimmed) falls inside a figure: a number
 * (`2995.` / `39万元`, `2995` / `.39万元`, `29` / `95.39万元`, `12` / `%`, `2024` / `年度`) or a
 * unit (`万` / `元`, `13.52 万` / `元`, `个百分` / `点`, `百分` / `之12.5`). @internal
 */
export function figureWrap(a: string, b: string): boolean {
  const last = a[a.length - 1];
  if (isAnyDigit(last)) {
    if (isPoint(b[0])) return isAnyDigit(b[1]);
    // `969.06` / `682.06万元`: a figure with its two decimals is whole, the next line's is another
    if (isAnyDigit(b[0]) && wholeDecimals(a)) return false;
    if (UNITS.some((u) => b.startsWith(u)) || b[0] === "年") return true;
    return isAnyDigit(b[0]) && numberWithUnit(b);
  }
  if (isPoint(last) && isAnyDigit(a[a.length - 2])) return numberWithUnit(b);
  for (const word of SPLIT_WORDS)
    for (let k = 1; k < word.length; k++)
      if (a.endsWith(word.slice(0, k)) && b.startsWith(word.slice(k)))
        return word === "百分之"
          ? isAnyDigit(b[word.length - k])
          : isAnyDigit(a[skipSpacesBack(a, a.length - k) - 1]);
  return false;
}

/**
 * Whether line `b` goes on with the paragraph of line `a` (a line the page wrapped). It does
 * inside a figure, and where `b` opens with a mark no paragraph opens with (`，`, `。`, `、`, `）`, `%`). Otherwise it may only after a full line `a`, and never before a heading or a
 * numbered line. Where the text keeps its indents, an indented `b` opens a paragraph and one
 * that is not goes on with it (after a sentence's end too: the page may wrap there). Where it
 * keeps none, `b` goes on after a line that ends no sentence or clause (`。；！？`, or a `.` outside a
 * number). A short line (a title, a paragraph's last) ends its paragraph; a whole heading
 * opening its paragraph (`first`) goes on only with a short line without punctuation (the rest
 * of its words). Raw lines, with their spaces. @internal
 */
export function wrapsInto(aRaw: string, bRaw: string, first: boolean, layout: Layout): boolean {
  const a = aRaw.trim();
  const b = bRaw.trim();
  if (a === "" || b === "") return false;
  if (figureWrap(a, b) || NO_START.includes(b[0] as string)) return true;
  if (widthOf(aRaw.trimEnd()) < layout.full) return false;
  if (isSection(b) || listNumber(b) !== undefined || circled(b[0]) > 0) return false;
  const indent = indentOf(bRaw);
  if (layout.indents) {
    if (indent >= 2) return false;
  } else {
    const last = a[a.length - 1] as string;
    if (ENDS.includes(last) || isPoint(last)) return false;
    if (indent >= indentOf(aRaw) + 2) return false;
  }
  // a whole heading as wide as the page goes on only with the rest of its words (`…情况` /
  // `说明`), not with the paragraph under it
  return !(first && isHeading(a)) || (widthOf(b) < layout.full && !punctuated(b, 0));
}

/**
 * A text's paragraphs: its lines, each wrapped line joined to the one before (trimmed, nothing
 * between them), with the lines it joins. A page's number
 * between two of its lines, and blank lines around it, are passed over; one between paragraphs
 * is an empty paragraph. @internal
 */
export interface Paragraphs {
  /** The paragraphs, trimmed. */
  readonly texts: readonly string[];
  /** The lines each paragraph's text is joined from, in order. */
  readonly joined: readonly (readonly number[])[];
  /**
   * Where each paragraph starts in the text of its joined lines (0, or after a heading or
   * numbered item run into the line before it: {@link inlineBreaks}).
   */
  readonly from: readonly number[];
}

/** The fewest lines (not blank) a text's layout is told from. */
const MIN_LINES = 4;

/**
 * {@link Paragraphs} of a text's lines, in one pass, each line read as {@link visibleLine} reads
 * it (no zero-width characters, plain spaces). @internal
 */
export function paragraphsOf(printed: readonly string[]): Paragraphs {
  const lines = printed.map(visibleLine);
  const texts: string[] = [];
  const joined: number[][] = [];
  const from: number[] = [];
  // a 决算 text, or a section of it, may be a few lines: four tell a page's width
  const layout = layoutOf(lines, MIN_LINES);
  // a page's number or running header (or one printed once inside a paragraph), and blank lines
  // around it; a running header without a page's number next to it
  const furniture = furnitureOf(lines, layout);
  const headers = unnumberedHeaders(lines, furniture);
  for (let k = 0; k < lines.length; k++) if (headers[k] === true) furniture[k] = true;
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    // a page's furniture on its own is no text: an empty line
    const mark = furniture[i] === true;
    const pieces = [mark ? "" : (lines[i] as string).trim()];
    const at = [i];
    while (!mark) {
      const line = lines[i] as string;
      if (line.trim() === "") break;
      let next = i + 1;
      while (next < lines.length && furniture[next] === true) next++;
      // furniture with nothing after it ends the text: no part of it
      if (next >= lines.length) break;
      if (!wrapsInto(line, lines[next] as string, i === first, layout)) break;
      i = next;
      const piece = (lines[i] as string).trim();
      // two cells of a table joined as a wrap stay apart: a figure is never two cells glued
      if (cellsApart(pieces[pieces.length - 1] as string, piece)) pieces.push(" ");
      pieces.push(piece);
      at.push(i);
    }
    const text = pieces.length === 1 ? (pieces[0] as string) : pieces.join("");
    // headings and numbered items run into one line (a text whose paragraph breaks were lost)
    // are paragraphs of their own, on the same lines
    let start = 0;
    for (const k of [...inlineBreaks(text), text.length]) {
      const piece = text.slice(start, k);
      texts.push(piece.trim());
      joined.push(at);
      from.push(start + piece.length - piece.trimStart().length);
      start = k;
    }
  }
  return { texts, joined, from };
}

/**
 * Which lines are a running header printed with no page's number next to it (`2024年度部门决算公开`
 * at each page's top, between two lines of a paragraph): a line of a running header's shape that
 * names the year and ends with the document's word (决算, 预算, 公开), its spaces aside
 * (`普陀区委社会工作部 2024 年度部门决算`), printed word for word twice at least, or once next to
 * a page's number (`furniture`, blank lines between: a page broke a paragraph there). Such a line
 * holds no figure but its year, so passing it over loses none. Counted: linear.
 */
function unnumberedHeaders(lines: readonly string[], furniture: readonly boolean[]): boolean[] {
  const trimmed = lines.map((l) => (l.length <= 80 ? l.trim() : ""));
  const header = trimmed.map((t) => documentHeader(t.replace(/\s+/gu, "")));
  const count = new Map<string, number>();
  trimmed.forEach((t, k) => {
    if (header[k] === true) count.set(t, (count.get(t) ?? 0) + 1);
  });
  /** Whether a page's number is next to line `k`, only blank lines or furniture between. */
  const byMark = (k: number, step: number): boolean => {
    for (let d = 1, j = k + step; d <= PAGE_REACH; d++, j += step) {
      const t = (lines[j] ?? "").trim();
      if (furniture[j] !== true) return false;
      if (t !== "") return true;
    }
    return false;
  };
  return trimmed.map(
    (t, k) => header[k] === true && ((count.get(t) ?? 0) >= 2 || byMark(k, -1) || byMark(k, 1)),
  );
}

/** How far from a page's number (in lines, blank ones counted) its running header is looked for. */
const PAGE_REACH = 4;

/** What a paragraph ends with before a heading or numbered item run into its line. */
const BEFORE_MARK = "。；;：:";
/** The longest heading or item mark (`（十一）`, `十一、`, `（12）`), with spaces before it. */
const MARK_REACH = 12;

/**
 * Where headings and numbered items start inside a paragraph, right after a sentence's or a
 * clause's end (`…2995.39万元。二、收入决算情况说明…`, `其中：1、一般公共服务支出（类）…`): each a
 * paragraph of its own. Each place reads a bounded window: linear. @internal
 */
export function inlineBreaks(text: string): number[] {
  const out: number[] = [];
  // a heading, or a numbered item naming its 项 (a list within a sentence stays: `主要用于以下
  // 方面：1、一般公共服务支出（类）…；2、…`)
  const marked = (k: number, item: boolean): boolean => {
    const window = text.slice(k, k + MARK_REACH).trimStart();
    if (window === "") return false;
    if (isSection(window)) return true;
    return listNumber(window) !== undefined && (!item || namesItemPath(text, k));
  };
  let start = 0;
  for (let k = 1; k < text.length; k++) {
    if (BEFORE_MARK.includes(text[k - 1] as string) && marked(k, true)) {
      out.push(k);
      start = k;
    }
    // a heading run into its text (`二、收入决算情况说明本年收入合计…`): the text after it
    if (k === start + 1 && marked(start, false)) {
      const end = headingEnd(text, start);
      if (end > start && end < text.length) {
        out.push(end);
        start = end;
        k = end;
      }
    }
  }
  return out;
}
