import { isInvisible, isOtherSpace } from "../../narrative/invisible";

// A text layer copied out of a PDF or a Word file may hold characters that print nothing (a
// zero-width space, a joiner, a soft hyphen, a byte-order mark) or a space that does not break:
// in a number (`55,\u200b700.00`), before its unit (`55,700.00\u00a0万元`) or inside a word
// (`本年收入\u200b合计`). The 决算 reader reads each line as if the former were absent and the
// latter a plain space; the coverage maps what it read back to the line as printed.

/** Whether a line holds a character {@link visibleLine} changes (one pass). */
function changes(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0xa0 && (isInvisible(code) || isOtherSpace(code))) return true;
  }
  return false;
}

/**
 * A line as the 决算 reader reads it: characters that print nothing dropped, other spaces made
 * plain ones (the line itself when it has neither). Linear. @internal
 */
export function visibleLine(line: string): string {
  if (!changes(line)) return line;
  let out = "";
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (isInvisible(code)) continue;
    out += isOtherSpace(code) ? " " : line[i];
  }
  return out;
}

/**
 * Where each character of {@link visibleLine}`(line)` is in `line`, with the line's length last
 * (`undefined` when the two are the same: each character is where it was). Linear. @internal
 */
export function printedOffsets(line: string): readonly number[] | undefined {
  if (!changes(line)) return undefined;
  const at: number[] = [];
  for (let i = 0; i < line.length; i++) if (!isInvisible(line.charCodeAt(i))) at.push(i);
  at.push(line.length);
  return at;
}
