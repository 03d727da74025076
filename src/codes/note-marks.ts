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

type Ranges = readonly (readonly [number, number])[];

/** The enclosed numbers (`①`, `❶`, `⑴`, `⒈`, `㉑`): NFKC turns each into digits. */
const ENCLOSED: Ranges = [
  [0x2460, 0x249b],
  [0x24ea, 0x24ff],
  [0x2776, 0x2793],
  [0x3251, 0x325f],
  [0x32b1, 0x32bf],
];
/** The superscript digits (`¹`, `²`, `⁰`). */
const SUPERSCRIPT: Ranges = [
  [0x00b2, 0x00b3],
  [0x00b9, 0x00b9],
  [0x2070, 0x2070],
  [0x2074, 0x2079],
];

const inRanges = (c: string, ranges: Ranges): boolean => {
  const code = c.length === 1 ? c.charCodeAt(0) : -1;
  return ranges.some(([from, to]) => code >= from && code <= to);
};

/**
 * Whether one character is an enclosed number (`①`, `❶`, `⑴`, `⒈`, `㉑`), which NFKC would turn
 * into digits: read before it. @internal
 */
export const isEnclosedNumber = (c: string): boolean => inRanges(c, ENCLOSED);

/** Whether one character is a note number: enclosed, or a superscript digit (`①`, `¹`). */
const isNoteNumber = (c: string): boolean => isEnclosedNumber(c) || inRanges(c, SUPERSCRIPT);

const MARKS: ReadonlySet<string> = /*#__PURE__*/ new Set(NOTE_MARKS);
const OPENING = "【〔[〖";
const CLOSING = "】〕]〗";

const isAsciiDigit = (c: string): boolean => c >= "0" && c <= "9";

/**
 * The length of a note reference ending at `end` (`(注)`, `(注1)`, `(注12)`), else 0, reading
 * characters through `charAt` (NFKC and bracket unification applied). Never the whole text
 * (`(注1)` alone is what it says); at most six characters are read. @internal
 */
export function noteReferenceBefore(charAt: (i: number) => string, end: number): number {
  if (charAt(end - 1) !== ")") return 0;
  let at = end - 1;
  while (end - at < 3 && at > 0 && isAsciiDigit(charAt(at - 1))) at--;
  return at > 2 && charAt(at - 2) === "(" && charAt(at - 1) === "注" ? end - at + 2 : 0;
}

/** One character as compared: its NFKC form where that is one character, brackets unified. */
function keyChar(c: string): string {
  const n = c.normalize("NFKC");
  const one = n.length === 1 ? n : c;
  return OPENING.includes(one) ? "(" : CLOSING.includes(one) ? ")" : one;
}

/**
 * Where the note marks at the end of a text as printed begin (its length when it ends with none):
 * flags ({@link NOTE_MARKS}, full-width too), note numbers (`①②`, `¹²`), note references
 * (`（注1）`, `【注2】`) and the spaces between them, in any order, read before NFKC (which would
 * turn a note number into a digit of the name or figure). Characters of `also` (after NFKC) are
 * skipped with them (a name's edge punctuation). One backward scan. @internal
 */
export function noteTailStart(s: string, also?: ReadonlySet<string>): number {
  const charAt = (i: number) => keyChar(s.charAt(i));
  let end = s.length;
  while (end > 0) {
    const c = s.charAt(end - 1);
    const key = keyChar(c);
    if (c.trim() === "" || isNoteNumber(c) || MARKS.has(key) || also?.has(key) === true) {
      end--;
      continue;
    }
    const note = noteReferenceBefore(charAt, end);
    if (note === 0) break;
    end -= note;
  }
  return end;
}

/**
 * A figure or code cell without the note marks printed after it (`12.00*`, `12.00（注1）`,
 * `12.00①②`, `2013101※`): the text before them (NFKC applied, so full-width digits are ASCII)
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
  const end = noteTailStart(trimmed);
  if (end === trimmed.length) return undefined;
  const text = trimmed.slice(0, end).trimEnd().normalize("NFKC");
  return text === "" ? undefined : { text, marks: trimmed.slice(end).trim() };
}
