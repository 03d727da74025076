// A text layer copied out of a PDF or a Word file may hold characters that print nothing (a
// zero-width space, a joiner, a soft hyphen, a byte-order mark) or a space that does not break:
// in a number (`55,\u200b700.00`), before its unit (`55,700.00\u00a0万元`) or inside a word
// (`本年收入\u200b合计`). The 决算 reader reads each line as if the former were absent and the
// latter a plain space; the coverage maps what it read back to the line as printed.

/** Whether a character prints nothing: ZWSP, ZWNJ, ZWJ, word joiner, soft hyphen, BOM. */
const dropped = (code: number): boolean =>
  (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0x00ad || code === 0xfeff;

/** Whether a character is a space of another width or that does not break (a plain one to the reader). */
const otherSpace = (code: number): boolean =>
  code === 0x00a0 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f;

/** Whether a line holds a character {@link visibleLine} changes (one pass). */
function changes(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0xa0 && (dropped(code) || otherSpace(code))) return true;
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
    if (dropped(code)) continue;
    out += otherSpace(code) ? " " : line[i];
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
  for (let i = 0; i < line.length; i++) if (!dropped(line.charCodeAt(i))) at.push(i);
  at.push(line.length);
  return at;
}
