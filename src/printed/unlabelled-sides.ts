import { plainText, statesNoFigure } from "./cells";
import type { ColumnMatch } from "./headers";

/** What a side of a line table printing no label prints: its line number only, or zeros. @internal */

/** A line number alone (`9`, `27`), as a 行次 column prints it. */
export const LINE_NUMBER = /^[0-9]{1,3}$/u;

/** The headers of a column of line numbers, by their last level (`收入/行次`, `栏次`). */
export const NUMBER_HEADERS: ReadonlySet<string> = /*#__PURE__*/ new Set(["行次", "序号", "栏次"]);

/** Whether a column prints line numbers: a text column, or one unread headed `行次` / `序号`. */
export function numbersLines(c: ColumnMatch): boolean {
  if (c.column !== undefined) return c.column.role === "text";
  return NUMBER_HEADERS.has(plainText(c.header.split("/").at(-1) ?? ""));
}

/**
 * Whether a side's cells print nothing but a number in a column of line numbers (the 行次 of an
 * empty line of the form, its label and figures blank): no line, read as blank.
 */
export function onlyLineNumber(row: readonly string[], columns: readonly ColumnMatch[]): boolean {
  let numbered = false;
  for (const c of columns) {
    const text = plainText(row[c.index] ?? "");
    if (text === "") continue;
    if (!LINE_NUMBER.test(text) || !numbersLines(c)) return false;
    numbered = true;
  }
  return numbered;
}

/**
 * Whether a side printing no label prints only zeros, blanks and "no value" (`0.00`, `0`, `-`):
 * it states nothing, so it is kept and reported as coverage (`unplaced-row`, info), never as a
 * problem of the document. A figure beside no label is a warning. @internal
 */
export function onlyZeros(values: readonly string[]): boolean {
  return statesNoFigure(Object.fromEntries(values.map((v, i) => [String(i), v])));
}
