import type { Unit } from "./types";

/**
 * A money unit word a figure may print after it, and the {@link Unit} it is where the library
 * takes it (`万` is 万元, `亿` is 亿元 in a money column). @internal
 */
export interface MoneyUnitWord {
  readonly word: string;
  readonly unit?: Unit;
}

/**
 * The money unit words printed after figures, the longer first so that a word's tail is never
 * taken for another (`百万元` before `万元`, `万元` before `元`). Data, not branching: a new word
 * is a line here. @internal
 */
export const MONEY_UNIT_WORDS: readonly MoneyUnitWord[] = [
  { word: "万亿元" },
  { word: "千万元" },
  { word: "百万元" },
  { word: "十万元" },
  { word: "万元", unit: "万元" },
  { word: "亿元", unit: "亿元" },
  { word: "千元" },
  { word: "百元" },
  { word: "元", unit: "元" },
  { word: "万亿" },
  { word: "千万" },
  { word: "百万" },
  { word: "十万" },
  { word: "万", unit: "万元" },
  { word: "亿", unit: "亿元" },
];

/** The money unit word `s` ends with (the longest), else `undefined`. @internal */
export function moneyUnitAtEnd(s: string): MoneyUnitWord | undefined {
  return MONEY_UNIT_WORDS.find((u) => s.length > u.word.length && s.endsWith(u.word));
}

/** The money unit word `s` is, alone or in brackets (`（百万元）`), else `undefined`. @internal */
export function moneyUnitWord(s: string): MoneyUnitWord | undefined {
  let t = s.trim();
  const open = t.charAt(0);
  const close = t.at(-1);
  if ((open === "(" || open === "（") && (close === ")" || close === "）"))
    t = t.slice(1, -1).trim();
  return MONEY_UNIT_WORDS.find((u) => u.word === t);
}
