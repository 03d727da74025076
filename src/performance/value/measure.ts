/**
 * The grammar of a unit after a figure (`%`, `万元`, `次/年/人/天`, `元/人·次`, `次/2年`): the
 * measure words and magnitudes a unit is made of, and whether a text is a unit at all.
 */
import { shiftValue } from "../../amount/decimal";
import { SUFFIXES } from "./operators";
import { isDigit } from "./scan";

/** Characters a unit may not contain (sentence punctuation, operators, range separators, signs). */
const NOT_IN_UNIT = "，,。；;：:、！!？?<>=≥≤≧≦⩾⩽-~—–至到+−";
/**
 * The longest factor of a unit, in characters (`平方公里`, `个工作日`; `年内完成建设` is text): a
 * unit is factors of this length between `/` and `·`, as many as printed (`元/平方米/年`,
 * `元/人·天/年`, `次/年/人/天`).
 */
const UNIT_MAX = 5;
/** Separators of the factors of a unit, `/` (per) and `·` (times), after NFKC. @internal */
export const UNIT_SEPARATORS = "/·•・";

/** Date suffixes, which are no unit after a number. */
const DATE_WORDS: readonly string[] = ["前", "后", "之前", "以前", "之后", "以后"];

/**
 * Measure words a count in Chinese numerals is followed by (`两次`, `三个月`, `一百五十人`), the
 * whole unit or its first part (`十二次/年`): a numeral before anything else is a word (`一流`,
 * `一致`, `一半`, `三甲`, `二级`, `一次性`, `一元化`), not a count.
 */
const ONE_CHARACTER_MEASURES =
  "次个人项期家所批场篇本台辆件名户天年月周日套座条处份张册部支株棵头只间栋幢轮遍趟页门种元分吨亩米%‰秒克升起例笔宗倍床盏节枚块盒箱袋瓶幅首瓦";
/** The measure words of more than one character. */
const LONGER_MEASURES: readonly string[] = [
  "小时",
  "课时",
  "学时",
  "公里",
  "个月",
  "个工作日",
  "工作日",
  "人次",
  "户次",
  "场次",
  "批次",
  "个百分点",
  "平方米",
  "平方公里",
  "立方米",
  "公顷",
  "公斤",
  "分钟",
  "班次",
  "车次",
  "架次",
  "件次",
  "季度",
  "台套",
  "兆瓦",
  "千瓦时",
  "毫克",
  "微克",
  "毫升",
  "毫米",
  "厘米",
];
/** Every measure word, made on first use (no module-level call: a bundle reading no unit drops it). */
let measureWords: readonly string[] | undefined;
const MEASURE_WORDS = (): readonly string[] =>
  (measureWords ??= [...ONE_CHARACTER_MEASURES, ...LONGER_MEASURES]);

/** The length of the longest measure word ({@link MEASURE_WORDS}) `s` has at `at`, 0 when none. @internal */
export function measureAt(s: string, at: number): number {
  let measure = 0;
  for (const w of MEASURE_WORDS())
    if (w.length > measure && s.startsWith(w, at)) measure = w.length;
  return measure;
}

/**
 * Whether `unit` is a measure word ({@link MEASURE_WORDS}) from `at`, whole or as its first factor,
 * and a unit as a whole. @internal
 */
export function startsWithMeasure(unit: string, at: number): boolean {
  const measure = measureAt(unit, at);
  const after = unit.charAt(at + measure);
  if (measure === 0 || (after !== "" && !UNIT_SEPARATORS.includes(after))) return false;
  return validUnit(unit);
}

/**
 * Magnitudes a unit may start with (`万元`, `千人次`, `亿元`), longer before shorter, and their
 * powers of ten.
 */
const MAGNITUDES: readonly (readonly [string, number])[] = [
  ["千万", 7],
  ["百万", 6],
  ["十万", 5],
  ["亿", 8],
  ["万", 4],
  ["千", 3],
  ["百", 2],
];

/** The magnitude `unit` starts with (its power of ten, 0 when none) and the measure after it. */
function splitMagnitude(unit: string): { power: number; measure: string } {
  for (const [word, power] of MAGNITUDES)
    if (unit.startsWith(word)) return { power, measure: unit.slice(word.length) };
  return { power: 0, measure: unit };
}

/**
 * Whether the text after a figure makes it approximate before its measure: a magnitude or none,
 * then `余` or `多`, then a measure word or nothing (`3000余人`, `20多项`, `1万余人次`, `3千余`):
 * about the figure, no exact target. @internal
 */
export function aboutCount(rest: string): boolean {
  const { measure } = splitMagnitude(rest);
  const c = measure.charAt(0);
  if (c !== "余" && c !== "多") return false;
  return measure.length === 1 || measureAt(measure, 1) > 0;
}

/**
 * A unit a template's placeholder may stand before (`X%`, `XX万元`, `X次/年`, `N个工作日`): a
 * magnitude alone or before a measure word ({@link MEASURE_WORDS}); `光` (`X光`) or `级` is none.
 *
 * @internal
 */
export function measureUnit(unit: string): boolean {
  const { power, measure } = splitMagnitude(unit);
  if (measure === "") return power > 0;
  return startsWithMeasure(unit, unit.length - measure.length);
}

/**
 * How the low end's unit of a range reads in the high end's (`100万-200万元`, `5千-1万元`,
 * `500元-1万元`): the power of ten to shift the low end by, when the low unit is a magnitude
 * alone or the same measure in another magnitude; `undefined` when the two units differ
 * (`80%-90分`, `1万人-2万元`).
 *
 * @internal
 */
export function rangeShift(low: string, high: string): number | undefined {
  const l = splitMagnitude(low);
  const h = splitMagnitude(high);
  if (l.measure !== h.measure && (l.measure !== "" || l.power === 0)) return undefined;
  return l.power - h.power;
}

/**
 * `value × 10^places`, exact, without trailing zeros after the point (`5000元` is `0.5万元`).
 * @internal
 */
export function shifted(value: string, places: number): string {
  const point = value.indexOf(".");
  const decimals = point < 0 ? 0 : value.length - point - 1;
  const s = shiftValue(value, places, Math.max(0, decimals - places));
  if (!s.includes(".")) return s;
  let end = s.length;
  while (s.charAt(end - 1) === "0") end--;
  return s.slice(0, s.charAt(end - 1) === "." ? end - 1 : end);
}

/**
 * A unit: factors between `/` (per) and `·` (times), as many as printed (`次/年/人/天`,
 * `元/平方米·月`, `元/人·天/年`), each at most {@link UNIT_MAX} characters without punctuation,
 * operators or digits, but for a count of its measure a factor after `/` may start with (`次/2年`:
 * once in two years, `元/10人`); not a date's suffix (`前`) and not ending in an operator word.
 *
 * @internal
 */
export function validUnit(unit: string): boolean {
  // `前` / `后` after a number is a date's (`2024前`), not a unit, and so is a unit of time
  // before it (`4季度前`, `3季度末前`: a deadline by a quarter, read as printed).
  if (DATE_WORDS.some((w) => unit.endsWith(w))) return false;
  if (SUFFIXES.some(([text]) => unit.endsWith(text))) return false;
  let from = 0;
  for (let i = 0; i <= unit.length; i++) {
    if (i < unit.length && !UNIT_SEPARATORS.includes(unit.charAt(i))) continue;
    if (!validFactor(unit, from, i)) return false;
    from = i + 1;
  }
  return true;
}

/**
 * Whether `unit.slice(from, to)` is a factor of a unit: short, without punctuation, operators or
 * digits; after `/`, digits first are the count of a measure (a magnitude or a measure word) that
 * follows them (`2年`, `10人`, `3个月`; `次/2` counts nothing).
 */
function validFactor(unit: string, from: number, to: number): boolean {
  // A separator with no factor after it (`%/`, `元//年`) is none: only a rate's first factor may
  // be left out (`/天`, a count per day).
  if (to === from && from > 0) return false;
  let start = from;
  if (unit.charAt(from - 1) === "/") while (start < to && isDigit(unit.charAt(start))) start++;
  if (to - start > UNIT_MAX) return false;
  for (let i = start; i < to; i++) {
    const c = unit.charAt(i);
    if (NOT_IN_UNIT.includes(c) || isDigit(c)) return false;
  }
  if (start === from) return true;
  // A count of a share (`/95%`) or of the measure counted before the slash (`次/5次`) is no
  // denominator: a second figure (`90%/95%`, `3次/5次`, two years' or two groups' targets).
  const measure = unit.slice(start, to);
  if (SHARES.includes(measure) || unit.startsWith(`${measure}/`)) return false;
  return measureWord(measure);
}

/** Units of a share, which count no denominator (`%/95%` is two figures). */
const SHARES: readonly string[] = ["%", "‰"];

/** Whether a factor is a magnitude alone, a measure word or both (`万`, `个月`, `万人次`). */
function measureWord(factor: string): boolean {
  const { power, measure } = splitMagnitude(factor);
  return measure === "" ? power > 0 : MEASURE_WORDS().includes(measure);
}

/** A letter, a unit sign or a separator of factors. */
const WORD_CHAR = /[\p{L}\p{M}%‰²³/·•・]/u;
const LETTER = /\p{L}/u;

/**
 * Whether text after a figure that is no unit is words only (`个标准化示范点`, `分钟每日每人次`,
 * `平方米建筑面积`, `G基站3个`: digits before a letter are part of a word, `5G`, `ISO9001认证`):
 * what the figure counts, written out, which a reader takes as printed; text with punctuation or
 * operators in it, or digits that end it or a factor (`%≥`, `次/2`, `%100`), is a malformed unit.
 * @internal
 */
export function wordsOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (isDigit(c)) {
      while (isDigit(text.charAt(i + 1))) i++;
      if (!LETTER.test(text.charAt(i + 1))) return false;
    } else if (NOT_IN_UNIT.includes(c) || !WORD_CHAR.test(c)) return false;
  }
  return text !== "";
}
