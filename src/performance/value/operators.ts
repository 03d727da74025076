/**
 * The comparison a printed 指标值 starts with: the signs and words printers use for it (`≥`,
 * `＞＝` after NFKC, `不低于`, `大于或等于`, a clerk's `≥=` or `=>`), read longest first, and the
 * words after a figure that make it a bound (`以上`, `以内`).
 */

import { nfkc, nfkcCompact } from "./nfkc";
import { byEnd, HAN, type WordTable } from "./scan";
import type { Comparator } from "./types";

/** Printed operators in front of a number (after NFKC), longer before shorter. */
const PREFIXES: WordTable = [
  ["大于或等于", "≥"],
  ["小于或等于", "≤"],
  ["大于等于", "≥"],
  ["小于等于", "≤"],
  ["不低于", "≥"],
  ["不少于", "≥"],
  ["不小于", "≥"],
  ["不早于", "≥"],
  ["不高于", "≤"],
  ["不超过", "≤"],
  ["不多于", "≤"],
  ["不大于", "≤"],
  ["不晚于", "≤"],
  ["至少", "≥"],
  ["最少", "≥"],
  ["达到", "≥"],
  ["最多", "≤"],
  ["高于", ">"],
  ["大于", ">"],
  ["超过", ">"],
  ["多于", ">"],
  ["低于", "<"],
  ["小于", "<"],
  ["少于", "<"],
  ["等于", "="],
  [">=", "≥"],
  ["<=", "≤"],
  // An operator typed with a redundant or reversed sign (`≥=`, `=>`, `=<`).
  ["≥=", "≥"],
  ["≤=", "≤"],
  ["=>", "≥"],
  ["=<", "≤"],
  ["≥", "≥"],
  ["≤", "≤"],
  ["≧", "≥"],
  ["≦", "≤"],
  ["⩾", "≥"],
  ["⩽", "≤"],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
];

/** Only the words whose first character is the string's are tried (the first that fits wins). */
const PREFIXES_BY_FIRST = /*#__PURE__*/ byEnd(PREFIXES, false);

/** The operator `s` starts with (`undefined` if none), the rest, and whether it is a word. @internal */
export function prefixOf(s: string): { op: Comparator | undefined; rest: string; word: boolean } {
  for (const [text, op] of PREFIXES_BY_FIRST.get(s.charAt(0)) ?? [])
    if (s.startsWith(text)) return { op, rest: s.slice(text.length), word: HAN.test(text) };
  return { op: undefined, rest: s, word: false };
}

/**
 * The length of the comparison operator printed at `k` of `s` (after NFKC, no whitespace), `0`
 * when none starts there. Constant work per call (no slice of `s`). @internal
 */
export function operatorAt(s: string, k: number): number {
  for (const [text] of PREFIXES_BY_FIRST.get(s.charAt(k)) ?? [])
    if (s.startsWith(text, k)) return text.length;
  return 0;
}

/** A printed value (after NFKC, without whitespace) without the operator it starts with. @internal */
export function withoutOperator(s: string): string {
  return prefixOf(s).rest;
}

/**
 * Whether a printed value starts with an operator (`≥X%` does, a bare placeholder `X%` does not).
 *
 * @internal
 */
export function startsWithOperator(input: string): boolean {
  return prefixOf(nfkc(input.trim())).op !== undefined;
}

/**
 * The operator a printed word or sign is, whole (`≥`, `＞＝`, `不低于`), or `undefined` (`定性`,
 * `正向`, `≥90%`).
 *
 * @internal
 */
export function operatorOf(text: string): Comparator | undefined {
  const { op, rest } = prefixOf(nfkcCompact(text));
  return rest === "" ? op : undefined;
}

/**
 * Printed operators after a number and its unit (`90%以上`, `3天内`), longest first.
 *
 * @internal
 */
export const SUFFIXES: WordTable = [
  ["及以上", "≥"],
  ["及以下", "≤"],
  ["以上", "≥"],
  ["以下", "≤"],
  ["以内", "≤"],
  ["之内", "≤"],
  ["内", "≤"],
];

/** {@link SUFFIXES} by last character (only the words ending like the string are tried). @internal */
export const SUFFIXES_BY_LAST = /*#__PURE__*/ byEnd(SUFFIXES, true);
