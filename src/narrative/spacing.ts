// Whether a text copied out of a PDF is double-spaced: its text layer puts a blank line after
// every line, so that a blank line is a line's break, not a paragraph's. Told by the text's own
// lines, in one pass.
import { type Layout, widthOf } from "./lines";

/** What ends a sentence or a clause a line may end with where it is not wrapped mid-sentence. */
const ENDS = "。！？!?；;：:";

const blank = (line: string | undefined): boolean => line !== undefined && line.trim() === "";

/**
 * Whether a text's blank lines are its line breaks (a text layer with a blank line after each
 * line it printed): its lines lie as a page's (the `layout` tells a full width), three in four of
 * its lines are followed by one blank line and a line, and one in four at least is full and ends
 * mid-sentence (a wrap). A text of a paragraph a line with blank lines between is not: its lines
 * are of all widths, or end their sentences. Two blank lines and more still end a paragraph.
 * One pass over the lines. @internal
 */
export function doubleSpaced(lines: readonly string[], layout: Layout): boolean {
  if (!Number.isFinite(layout.full)) return false;
  let filled = 0;
  let single = 0;
  let wrapped = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = (lines[k] as string).trimEnd();
    if (line.trim() === "") continue;
    filled++;
    if (blank(lines[k + 1]) && lines[k + 2] !== undefined && !blank(lines[k + 2])) single++;
    if (widthOf(line) >= layout.full && !ENDS.includes(line.charAt(line.length - 1))) wrapped++;
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
