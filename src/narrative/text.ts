/**
 * The text as the reader scans it, built in one pass: whitespace and quotation marks removed,
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

/** “ ” ‘ ’ " ' 「 」 『 』 */
const isQuote = (code: number): boolean =>
  code === 0x201c ||
  code === 0x201d ||
  code === 0x2018 ||
  code === 0x2019 ||
  code === 0x22 ||
  code === 0x27 ||
  (code >= 0x300c && code <= 0x300f);
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
const CN_ORDINAL = "一二三四五六七八九十";

const isSpace = (code: number): boolean =>
  code === 0x20 ||
  code === 0x09 ||
  code === 0x0d ||
  code === 0x3000 ||
  code === 0xa0 ||
  code === 0x0c;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

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
export function compact(input: string, steps: { n: number } = { n: 0 }): Compact {
  const codes = new Uint16Array(input.length + 1);
  const at = new Int32Array(input.length + 1);
  const quoted = new Uint8Array(input.length + 1);
  let n = 0;
  let quote = false;
  let pendingBreak = false;
  // About the current line: did it start with a marker, has it punctuation, how long is it.
  let lineStart = true;
  let lineMarker = false;
  let linePunct = false;
  let lineLength = 0;
  let last = 0;
  for (let i = 0; i < input.length; i++) {
    steps.n++;
    const raw = input.charCodeAt(i);
    if (raw === 0x0a) {
      // A blank line, a sentence end, a heading or a title ends the paragraph; otherwise the line
      // is a wrap, unless the next line starts with a marker (decided at its first character).
      const title = !linePunct && lineLength <= 30;
      if (lineLength === 0 || ENDS.includes(String.fromCharCode(last)) || lineMarker || title)
        pendingBreak = true;
      lineStart = true;
      lineMarker = false;
      linePunct = false;
      lineLength = 0;
      continue;
    }
    if (isSpace(raw)) continue;
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
    }
    const c = foldCode(raw);
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
