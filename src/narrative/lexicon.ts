/**
 * The words the reader knows (fund-words.ts, measure-words.ts, relation-words.ts), looked up by
 * their first character, and the prefixes that negate one. @internal
 */
import { FUND_WORDS } from "./fund-words";
import type { Lex } from "./lex";
import { MEASURE_WORDS } from "./measure-words";
import { RELATION_WORDS } from "./relation-words";

export type { Lex } from "./lex";

/**
 * The words the reader knows, in their scanned form (no spaces or quotes, ASCII brackets).
 * Matching is longest first. @internal
 */
export const LEXICON: readonly (readonly [string, Lex])[] = [
  ...FUND_WORDS,
  ...MEASURE_WORDS,
  ...RELATION_WORDS,
];

/**
 * Prefixes that negate the fund or measure word right after them (`非财政拨款收入`, `非税`…): the
 * word then names the rest of what it would name, not itself (a word boundary, as data). @internal
 */
export const NEGATING: readonly string[] = ["非"];

/**
 * Short words that may stand between a negating prefix and its word (`非同级财政拨款收入`): the
 * word is still negated. @internal
 */
export const NEGATED_MODIFIERS: readonly string[] = ["同级", "本级", "本年"];

/** Candidates by first character, longest first (built once). @internal */
export const BY_FIRST: ReadonlyMap<string, readonly (readonly [string, Lex])[]> =
  /*#__PURE__*/ (() => {
    const map = new Map<string, (readonly [string, Lex])[]>();
    for (const entry of LEXICON) {
      const first = entry[0].charAt(0);
      const list = map.get(first) ?? [];
      list.push(entry);
      map.set(first, list);
    }
    for (const list of map.values()) list.sort((a, b) => b[0].length - a[0].length);
    return map;
  })();
