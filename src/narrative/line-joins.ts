// Whether a line a PDF's text layer ends without punctuation goes on into the next one (a hard
// wrap or a page's break inside a sentence), whatever the layout says of its width.

/**
 * Words a line ending with still waits for its figure (`…机构运转经费支出预算为人民币` ⏎
 * `49.68万元，…`): the sentence goes on into the next line. Data, longest first. @internal
 */
export const FIGURE_AWAITED: readonly string[] = ["人民币", "共计", "合计", "总计", "累计", "为"];

/** What a figure's unit starts with after its digits (`万元`, `亿元`, `元`, `%`). */
const UNITS = "万亿元%％";

const isDigit = (c: string): boolean => (c >= "0" && c <= "9") || (c >= "０" && c <= "９");
const isBlank = (c: string): boolean => c === " " || c === "\u3000" || c === "\t" || c === "\r";

/**
 * Whether a line opens with an amount, digits and their unit (`49.68万元，…`, `1,017.51 万元`;
 * not a year, `2024年…`). Reads the figure only: linear in it. @internal
 */
export function opensAmount(line: string): boolean {
  let i = 0;
  while (i < line.length && isBlank(line.charAt(i))) i++;
  if (!isDigit(line.charAt(i))) return false;
  while (i < line.length && (isDigit(line.charAt(i)) || ",.，．".includes(line.charAt(i)))) i++;
  while (i < line.length && isBlank(line.charAt(i))) i++;
  return i < line.length && UNITS.includes(line.charAt(i));
}

/**
 * Whether a line without its sentence's end goes on into `next`: it ends with a word awaiting a
 * figure ({@link FIGURE_AWAITED}) or the next line opens with an amount ({@link opensAmount}).
 * A line's end is read once, the next line's figure once: linear. @internal
 */
export function continuesInto(current: string, next: string): boolean {
  const end = current.trimEnd();
  return FIGURE_AWAITED.some((w) => end.endsWith(w)) || opensAmount(next);
}
