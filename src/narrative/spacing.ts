// Whether a text copied out of a PDF is double-spaced: its text layer puts a blank line after
// every line, so that a blank line is a line's break, not a paragraph's. Told by the text's own
// lines, in one pass.
import { type Layout, widthOf } from "./lines";

/** What ends a sentence or a clause a line may end with where it is not wrapped mid-sentence. */
const ENDS = "。！？!?；;：:";
/**
 * What a line of a list or a table's row ends with (a figure, its unit): no sign of a wrap
 * (`公务接待费2.50万元`, `基本支出 682.06 70.38%`).
 */
const FIGURE_ENDS = "0123456789０１２３４５６７８９%％‰元";
/**
 * The narrowest a page's full line prints, in columns (20 CJK characters): a text layer's lines
 * are a page's; a list's lines, however even, are narrower (`基本支出682.06万元`: 22).
 */
const PAGE_WIDTH = 40;

const blank = (line: string | undefined): boolean => line !== undefined && line.trim() === "";

/**
 * Whether a text's blank lines are its line breaks (a text layer with a blank line after each
 * line it printed): its lines lie as a page's (the `layout` tells a full width, of `PAGE_WIDTH`
 * columns at least), three in four of its lines are followed by one blank line and a line, and
 * one in four at least is full and ends mid-sentence (a wrap: not after a sentence's end, a figure
 * or its unit). A text of a paragraph a line with blank lines between is not: its lines are of
 * all widths, or end their sentences; nor is a list (`公务接待费2.50万元`, a table's rows, short
 * lines of one width): its lines are narrower than a page, or end in figures. Two blank lines and
 * more still end a paragraph.
 * One pass over the lines. @internal
 */
export function doubleSpaced(lines: readonly string[], layout: Layout): boolean {
  if (!Number.isFinite(layout.full) || layout.full < PAGE_WIDTH) return false;
  let filled = 0;
  let single = 0;
  let wrapped = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = (lines[k] as string).trimEnd();
    if (line.trim() === "") continue;
    filled++;
    if (blank(lines[k + 1]) && lines[k + 2] !== undefined && !blank(lines[k + 2])) single++;
    const end = line.charAt(line.length - 1);
    if (widthOf(line) >= layout.full && !ENDS.includes(end) && !FIGURE_ENDS.includes(end))
      wrapped++;
  }
  return single * 4 >= filled * 3 && wrapped * 4 >= filled;
}

/**
 * Whether line `k` of a double-spaced text is a blank line between two lines (a line's break),
 * not one of a run of blank lines (a paragraph's). @internal
 */
export const lineBreakAt = (lines: readonly string[], k: number): boolean =>
  blank(lines[k]) &&
  lines[k - 1] !== undefined &&
  !blank(lines[k - 1]) &&
  lines[k + 1] !== undefined &&
  !blank(lines[k + 1]);
