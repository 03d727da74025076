/**
 * The marks printers set beside a name or a figure to flag it or to point to a note under the
 * table: `行政运行*`, `※其他支出`, `公务接待费（注2）`, `其他支出①`, `12.00*`. A decoration: what the
 * cell says is the text without it. Shared by {@link normalizeName} (names) and the printed-table
 * reader (figures and codes). @internal
 *
 * @module
 */

/** Flag marks, one character each (after NFKC: a full-width `＊` is `*`). @internal */
export const NOTE_MARKS: readonly string[] = ["*", "※", "#", "▲", "△", "★", "☆", "◆", "●"];

/**
 * A trailing note number (`行政运行①`, `其他支出¹`): an enclosed or superscript number, removed
 * before NFKC, which would turn it into a digit of the name or figure. @internal
 */
export const TRAILING_NOTE_NUMBER =
  /[\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\u3251-\u325F\u32B1-\u32BF\u00B9\u00B2\u00B3\u2070\u2074-\u2079]$/u;

const isAsciiDigit = (c: string): boolean => c >= "0" && c <= "9";

/**
 * The length of a note reference ending at `end` (`(注)`, `(注1)`, after NFKC and bracket
 * unification), else 0. Never the whole text (`(注1)` alone is what it says); at most six
 * characters are read. @internal
 */
export function noteReferenceBefore(s: string, end: number): number {
  if (s.charAt(end - 1) !== ")") return 0;
  let at = end - 1;
  while (end - at < 3 && at > 0 && isAsciiDigit(s.charAt(at - 1))) at--;
  return at > 2 && s.startsWith("(注", at - 2) ? end - at + 2 : 0;
}

const MARKS: ReadonlySet<string> = /*#__PURE__*/ new Set(NOTE_MARKS);

/**
 * A figure or code cell without the note marks printed after it (`12.00*`, `12.00（注1）`,
 * `12.00 ①`, `2013101※`): the text before them (NFKC applied, so full-width digits are ASCII)
 * and the marks as printed; `undefined` when the cell ends with none. Only trailing marks: a
 * leading `△` is a figure's minus. One backward scan. @internal
 *
 * @example
 * ```ts
 * trailingNoteMarks("12.00（注1）"); // { text: "12.00", marks: "（注1）" }
 * trailingNoteMarks("12.00"); // undefined
 * ```
 */
export function trailingNoteMarks(
  cell: string,
): { readonly text: string; readonly marks: string } | undefined {
  const trimmed = cell.trim();
  const numbered = trimmed.replace(TRAILING_NOTE_NUMBER, "");
  const key = numbered
    .normalize("NFKC")
    .replace(/[【〔[]/gu, "(")
    .replace(/[】〕\]]/gu, ")");
  let end = key.length;
  for (;;) {
    while (end > 0 && key.charAt(end - 1).trim() === "") end--;
    if (end > 0 && MARKS.has(key.charAt(end - 1))) end--;
    else {
      const note = noteReferenceBefore(key, end);
      if (note === 0) break;
      end -= note;
    }
  }
  if (end === key.length && numbered === trimmed) return undefined;
  const text = key.slice(0, end).trimEnd();
  if (text === "") return undefined;
  // The marks as printed: NFKC keeps the length of what these cells hold before the marks
  // (digits, points, commas, spaces, one character each), so the printed text's tail is theirs.
  return { text, marks: trimmed.slice(Math.min(text.length, trimmed.length)).trim() };
}
