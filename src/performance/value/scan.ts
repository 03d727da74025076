import type { Comparator } from "./types";

/** A table of printed words and the operator each means. @internal */
export type WordTable = readonly (readonly [string, Comparator])[];

/** What separates a range's ends (`90%-100%`, `3~5年`, `2024.1.1至2024.12.31`). @internal */
export const RANGE_SEPARATORS = "-~—–至到";

/** A Han character. @internal */
export const HAN = /\p{Script=Han}/u;

/** Whether a character is an ASCII digit. @internal */
export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/** The entries of a table of words by one end character (first or last), in table order. @internal */
export function byEnd(
  table: WordTable,
  last: boolean,
): ReadonlyMap<string, readonly (readonly [string, Comparator])[]> {
  const out = new Map<string, (readonly [string, Comparator])[]>();
  for (const entry of table) {
    const c = last ? entry[0].slice(-1) : entry[0].charAt(0);
    const list = out.get(c);
    if (list === undefined) out.set(c, [entry]);
    else list.push(entry);
  }
  return out;
}

/** The word of a table (by last character, see {@link byEnd}) the string ends with, and the rest. @internal */
export function suffixOf(
  s: string,
  table: ReadonlyMap<string, readonly (readonly [string, Comparator])[]>,
): { op: Comparator | undefined; rest: string } {
  for (const [text, op] of table.get(s.slice(-1)) ?? [])
    if (s.endsWith(text)) return { op, rest: s.slice(0, s.length - text.length) };
  return { op: undefined, rest: s };
}

/** The digits at `i` and where they end. @internal */
export function digitsAt(s: string, i: number): { digits: string; end: number } {
  let end = i;
  while (isDigit(s[end])) end++;
  return { digits: s.slice(i, end), end };
}
