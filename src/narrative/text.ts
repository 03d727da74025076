/**
 * The text as the reader scans it, built in one pass: whitespace and quotation marks removed,
 * full-width digits, points, percent signs and brackets made ASCII, and each line break kept only
 * where a paragraph ends (a wrapped line is joined). `at[i]` is the offset in the input of the
 * i-th character; `quoted[i]` says a quotation mark stood just before it. @internal
 */
export interface Compact {
  readonly text: string;
  readonly at: readonly number[];
  readonly quoted: readonly boolean[];
  /** The input's length (the end offset of the last character). */
  readonly length: number;
}

const QUOTES = "“”‘’\"'「」『』";
const ENDS = "。；;：:！？!?";
const CN_ORDINAL = "一二三四五六七八九十";

const isSpace = (c: string): boolean =>
  c === " " || c === "\t" || c === "\r" || c === "\u3000" || c === "\u00a0" || c === "\f";
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/** One character in the reader's form (full-width digits, point, %, brackets made ASCII). */
function fold(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  switch (c) {
    case "．":
      return ".";
    case "％":
    case "﹪":
      return "%";
    case "（":
      return "(";
    case "）":
      return ")";
    case "－":
    case "−":
      return "-";
    default:
      return c;
  }
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

/**
 * Builds the {@link Compact} form of a text in one pass. A line break ends a paragraph when the
 * line before ends a sentence (`。；：！？`), is a heading (starts with a marker) or a short line
 * without punctuation (a title), or when the next line starts with a marker; else the line is
 * a wrap and is joined. @internal
 */
export function compact(input: string): Compact {
  const chars: string[] = [];
  const at: number[] = [];
  const quoted: boolean[] = [];
  let quote = false;
  let pendingBreak = false;
  // About the current line: did it start with a marker, has it punctuation, how long is it.
  let lineStart = true;
  let lineMarker = false;
  let linePunct = false;
  let lineLength = 0;
  let last = "";
  for (let i = 0; i < input.length; i++) {
    const raw = input.charAt(i);
    if (raw === "\n") {
      // A blank line, a sentence end, a heading or a title ends the paragraph; otherwise the line
      // is a wrap, unless the next line starts with a marker (decided at its first character).
      const title = !linePunct && lineLength <= 30;
      if (lineLength === 0 || ENDS.includes(last) || lineMarker || title) pendingBreak = true;
      lineStart = true;
      lineMarker = false;
      linePunct = false;
      lineLength = 0;
      continue;
    }
    if (isSpace(raw)) continue;
    if (QUOTES.includes(raw)) {
      quote = true;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      lineMarker = markerAt(input, i);
      if (chars.length > 0 && (pendingBreak || lineMarker)) {
        chars.push("\n");
        at.push(i);
        quoted.push(false);
      }
      pendingBreak = false;
    }
    const c = fold(raw);
    if ("，,。；;：:".includes(c)) linePunct = true;
    lineLength++;
    chars.push(c);
    at.push(i);
    quoted.push(quote);
    quote = false;
    last = c;
  }
  return { text: chars.join(""), at, quoted, length: input.length };
}
