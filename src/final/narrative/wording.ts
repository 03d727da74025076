// Wording of a 决算 情况说明 that the form's placeholders or a slip left: index scanning only (no
// regular expressions), linear in the text.

import { REGION_LEVELS } from "../../codes/regions";

/** Pairs of opposite words a template prints together for the writer to pick one (`增长（下降）`). */
const OPPOSITES: readonly (readonly [string, string])[] = [
  ["增长", "下降"],
  ["增加", "减少"],
  ["大于", "小于"],
  ["高于", "低于"],
  ["上升", "下降"],
];

/** How a template prints the alternative: in brackets (either width) or after a slash. */
const FORMS: readonly ((a: string, b: string) => string)[] = [
  (a, b) => `${a}（${b}）`,
  (a, b) => `${a}(${b})`,
  (a, b) => `${a}/${b}`,
  (a, b) => `${a}／${b}`,
];

/** Every way a placeholder pair is printed, both orders. */
const PAIRS: readonly string[] = OPPOSITES.flatMap(([a, b]) =>
  FORMS.flatMap((f) => [f(a, b), f(b, a)]),
);

/** The pairs by their first word, built on first use. */
let pairsByWord: Map<string, string[]> | undefined;
function pairsByFirstWord(): Map<string, string[]> {
  if (pairsByWord === undefined) {
    pairsByWord = new Map();
    for (const pair of PAIRS) {
      const word = pair.slice(0, 2);
      const list = pairsByWord.get(word);
      if (list === undefined) pairsByWord.set(word, [pair]);
      else list.push(pair);
    }
  }
  return pairsByWord;
}

/** Letters a template uses for a blank to fill (`XX局`, `XX%`, `××万元`): X x Ｘ ｘ ×. */
const isBlankLetter = (c: number): boolean =>
  c === 0x58 || c === 0x78 || c === 0xff38 || c === 0xff58 || c === 0xd7;

const isLatin = (c: string | undefined) =>
  c !== undefined && ((c >= "A" && c <= "Z") || (c >= "a" && c <= "z"));

/**
 * The template placeholders a text still prints: a pair of opposite words left for the writer to
 * choose (`增长（下降）`, `下降(增长)`, `增加/减少`), or a blank of two or more `X` / `×` not
 * part of a Latin word (`XX局`, `XX%`). Each as printed with where it starts, in order. @internal
 */
export function placeholdersIn(text: string): { at: number; word: string }[] {
  const found: { at: number; word: string }[] = [];
  // A pair is looked for only where its first word is printed (no pair overlaps itself or
  // starts another, so each is found where `indexOf` would find it).
  for (const [word, pairs] of pairsByFirstWord()) {
    let k = text.indexOf(word);
    while (k >= 0) {
      for (const pair of pairs) if (text.startsWith(pair, k)) found.push({ at: k, word: pair });
      k = text.indexOf(word, k + 1);
    }
  }
  let i = 0;
  while (i < text.length) {
    if (!isBlankLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isBlankLetter(text.charCodeAt(j))) j++;
    const latin = isLatin(text[i - 1]) || isLatin(text[j]);
    const mixed = text.slice(i, j).includes("×") && text.slice(i, j) !== "×".repeat(j - i);
    if (j - i >= 2 && !latin && !mixed) found.push({ at: i, word: text.slice(i, j) });
    i = j;
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Words a name may print either way (`规划和自然资源局`, `规划与自然资源局`). @internal */
export const CONNECTIVES = "和与及暨、";

/** A name compared as printed: compatibility forms folded, spaces dropped. @internal */
export function nameKey(name: string): string {
  let n = name.normalize("NFKC");
  // Each space dropped by one native pass (most names print none: the folded text is the key).
  if (n.includes(" ")) n = n.replaceAll(" ", "");
  if (n.includes("\t")) n = n.replaceAll("\t", "");
  if (n.includes("\u3000")) n = n.replaceAll("\u3000", "");
  return n;
}

/**
 * The names a document may print for an organisation: the name itself and the name with its
 * leading regions dropped (`上海市普陀区财政局`, `普陀区财政局`, `财政局`), after a party prefix
 * too (`中共上海市普陀区委社会工作部`, `中共普陀区委社会工作部`). @internal
 */
export function acceptedNames(name: string): string[] {
  const key = nameKey(name);
  const out = [key];
  // a party committee's organ keeps its prefix (`中共普陀区委社会工作部`)
  const prefix = PREFIXES.find((p) => key.startsWith(p)) ?? "";
  for (let i = prefix.length; i < key.length - 1; i++)
    if (REGION_LEVELS.includes(key[i] ?? "")) {
      out.push(key.slice(i + 1));
      if (prefix !== "") out.push(prefix + key.slice(i + 1));
    }
  return out;
}

/** Words before the regions of a name (`中共上海市普陀区委…`). */
const PREFIXES = ["中国共产党", "中共"];

/**
 * How a printed name is a wrong variant of the department's `name`, if it is one: `region` when
 * a region in the middle of the name was dropped (`上海市规划和自然资源局` for
 * `上海市普陀区规划和自然资源局`: another organisation's name), `connective` when it differs only
 * in a connective (`规划与自然资源局` for `规划和自然资源局`). Any other printed name is not judged
 * here (it may be a unit's or another body's). Call it on a name not among the accepted ones.
 * @internal
 */
export function nameVariant(printed: string, name: string): "region" | "connective" | undefined {
  return keyVariant(nameKey(printed), nameKey(name));
}

/** {@link nameVariant} of two names already made keys ({@link nameKey}). @internal */
export function keyVariant(p: string, n: string): "region" | "connective" | undefined {
  if (p === n || p === "") return undefined;
  if (p.length === n.length) {
    for (let i = 0; i < p.length; i++) {
      const a = p[i] ?? "";
      const b = n[i] ?? "";
      if (a !== b && !(CONNECTIVES.includes(a) && CONNECTIVES.includes(b))) return undefined;
    }
    return "connective";
  }
  if (p.length >= n.length) return undefined;
  let head = 0;
  while (head < p.length && p[head] === n[head]) head++;
  let tail = 0;
  while (tail < p.length - head && p[p.length - 1 - tail] === n[n.length - 1 - tail]) tail++;
  if (head === 0 || tail === 0 || head + tail !== p.length) return undefined;
  const dropped = n.slice(head, n.length - tail);
  // Only a region's name dropped (`上海市财政局` for `上海市普陀区财政局`: another body's name); a
  // lone 市 / 区 dropped is the same name said informally (`上海普陀区财政局`).
  return dropped.length > 1 && REGION_LEVELS.includes(dropped.at(-1) ?? "") ? "region" : undefined;
}

const PUNCTUATION = "，,。；;：:、！？!?（）()“”";

/**
 * The words before the first year (`2024年`, `2024 年度`) of a line, as a name goes in a heading
 * or at a paragraph's start (`上海市规划和自然资源局 2024 年度部门决算表`), after a part or list
 * marker (`第二部分`, `十、`); absent when they are empty or punctuated (a sentence, not a name).
 * @internal
 */
export function nameBeforeYear(line: string): string | undefined {
  return keyBeforeYear(nameKey(line));
}

/** `0`–`9`. */
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** {@link nameBeforeYear} of a line already made a key ({@link nameKey}). @internal */
export function keyBeforeYear(s: string): string | undefined {
  let start = 0;
  if (s.startsWith("第")) {
    const part = s.indexOf("部分");
    if (part > 0 && part <= 4) start = part + 2;
  } else {
    let j = 0;
    while (j < 3 && "一二三四五六七八九十".includes(s[j] ?? "x")) j++;
    if (j > 0 && "、.．".includes(s[j] ?? "x")) start = j + 1;
  }
  for (let i = start; i + 4 < s.length; i++) {
    if (!isDigit(s.charCodeAt(i))) continue;
    let j = i;
    while (j < s.length && isDigit(s.charCodeAt(j))) j++;
    if (j - i === 4 && s[j] === "年") {
      const head = s.slice(start, i);
      if (head === "" || [...PUNCTUATION].some((c) => head.includes(c))) return undefined;
      return head;
    }
    i = j;
  }
  return undefined;
}
