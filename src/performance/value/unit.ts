import { byEnd, isDigit, type WordTable } from "./scan";

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

/** Characters a unit may not contain (sentence punctuation, operators, range separators, signs). */
const NOT_IN_UNIT = "，,。；;：:、！!？?<>=≥≤≧≦⩾⩽-~—–至到+−";
/**
 * The longest unit accepted, in characters (`元/人·月`; `年内完成建设` is text); a compound unit
 * (`元/平方米/年`, `万元/人·年`, `元/人·天/年`) may have parts of this length (see {@link compoundUnit}).
 */
const UNIT_MAX = 5;
/** The most parts of a compound unit, between `/` or `·` (`元/平方米/年`: 3). */
const UNIT_PARTS = 3;
/** Separators of the parts of a compound unit (after NFKC). */
const UNIT_SEPARATORS = "/·•・";

/** Date suffixes, which are no unit after a number. */
const DATE_WORDS: readonly string[] = ["前", "后", "之前", "以前", "之后", "以后"];

/** Chinese digits of a count (`两次`, `三个`), 零 between parts (`一百零五人`). */
const HAN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** Chinese multipliers within a 万 section (`十二`, `一百五十`, `三千`). */
const HAN_MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
/**
 * Measure words a count in Chinese numerals is followed by (`两次`, `三个月`, `一百五十人`), the
 * whole unit or its first part (`十二次/年`): a numeral before anything else is a word (`一流`,
 * `一致`, `一半`, `三甲`, `二级`, `一次性`, `一元化`), not a count.
 */
const MEASURE_WORDS: readonly string[] = [
  ..."次个人项期家所批场篇本台辆件名户天年月周日套座条处份张册部支株棵头只间栋幢轮遍趟页门种元分吨亩米%‰",
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
  ..."秒克升起例笔宗倍床盏",
  ..."节枚块盒箱袋瓶幅首瓦",
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

/**
 * Unit characters NFKC would turn into digits (`㎡` → `m2`, `²` → `2`), written instead with the
 * superscript kept (`㎡` → `m²`): a square or cubic unit stays a unit.
 */
const UNIT_SIGNS: ReadonlyMap<string, string> = /*#__PURE__*/ new Map([
  ["²", "²"],
  ["³", "³"],
  ["㎡", "m²"],
  ["㎥", "m³"],
  ["㎢", "km²"],
  ["㎠", "cm²"],
  ["㎤", "cm³"],
  ["㎟", "mm²"],
  ["㎦", "km³"],
]);

/**
 * Whether a character is a Roman numeral (`Ⅲ`, `Ⅹ`, `Ⅻ`), which NFKC would write in Latin letters
 * (`Ⅹ` → `X`, a placeholder's letter): kept, a class stays a class.
 */
const isRoman = (c: string): boolean => c >= "\u2160" && c <= "\u2188";

/**
 * `s` in NFKC, but for the square and cubic unit signs ({@link UNIT_SIGNS}) and the Roman
 * numerals (kept: `≥Ⅹ类` is a class, `≥X%` a placeholder). Printable ASCII, CJK
 * unified ideographs, `≤ ≥ 、 。` and line whitespace are their own NFKC and never compose with
 * each other, so a value made of them only (most are) is returned as is without running the
 * normalisation.
 *
 * @internal
 */
export function nfkc(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff)) continue;
    if (c === 0x2264 || c === 0x2265 || c === 0x3001 || c === 0x3002) continue;
    if (c === 0x09 || c === 0x0a || c === 0x0d) continue;
    return nfkcKeepingUnits(s);
  }
  return s;
}

/**
 * NFKC of the runs between unit signs and Roman numerals, each sign written as
 * {@link UNIT_SIGNS} says, each numeral kept.
 */
function nfkcKeepingUnits(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    const sign = isRoman(c) ? c : UNIT_SIGNS.get(c);
    if (sign === undefined) continue;
    out += s.slice(from, i).normalize("NFKC") + sign;
    from = i + 1;
  }
  return from === 0 ? s.normalize("NFKC") : out + s.slice(from).normalize("NFKC");
}

/**
 * A whole number in Chinese numerals at the start of `s` (`十二`, `二十五`, `一百零五`,
 * `一百五十`, `一万二千`) and where it ends, or `undefined`: digits in a row (`二〇二四`,
 * `一二`), multipliers out of order and an abbreviated tail (`一百五`, `一万二`) are no count.
 */
function readHanNumber(s: string): { value: number; end: number } | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let last = Number.POSITIVE_INFINITY; // the multiplier before, within the section
  let zero = false;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charAt(i);
    const d = HAN_DIGITS[c];
    if (d !== undefined) {
      if (digit !== undefined) return undefined;
      if (d === 0) zero = true;
      else digit = d;
      continue;
    }
    const m = HAN_MULTIPLIERS[c];
    if (m !== undefined) {
      // `十二` is 12, but `百` or `千` needs its digit.
      if (m >= last || (digit === undefined && (m !== 10 || i > 0))) return undefined;
      section += (digit ?? 1) * m;
      last = m;
      digit = undefined;
      zero = false;
      continue;
    }
    if (c !== "万" || total > 0 || (section === 0 && digit === undefined)) break;
    total = (section + (digit ?? 0)) * 10000;
    section = 0;
    digit = undefined;
    last = Number.POSITIVE_INFINITY;
    zero = false;
  }
  // `一百五` (150 in speech) or `一万二` is no whole number as written.
  if (digit !== undefined && last > 10 && last !== Number.POSITIVE_INFINITY && !zero)
    return undefined;
  if (digit !== undefined && total > 0 && last === Number.POSITIVE_INFINITY && !zero)
    return undefined;
  const value = total + section + (digit ?? 0);
  return i === 0 || value === 0 ? undefined : { value, end: i };
}

/**
 * A count in Chinese numerals and its unit (`两次`, `三个`, `十二次/年`, `一百五十人`,
 * `一万二千元`): a whole number followed by a measure word ({@link MEASURE_WORDS}); `undefined`
 * for a grade (`二级`), a word (`一流`, `一致`, `一半`) or anything else.
 *
 * @internal
 */
export function readHanCount(s: string): { value: string; unit: string } | undefined {
  const number = readHanNumber(s);
  if (number === undefined) return undefined;
  const unit = s.slice(number.end);
  if (!startsWithMeasure(unit, 0)) return undefined;
  return { value: String(number.value), unit };
}

/** Whether `unit` is a measure word ({@link MEASURE_WORDS}) from `at`, whole or as its first part. */
function startsWithMeasure(unit: string, at: number): boolean {
  let measure = 0;
  for (const w of MEASURE_WORDS)
    if (w.length > measure && unit.startsWith(w, at)) measure = w.length;
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
 * A unit: short, without punctuation, operators or digits, not ending in an operator word; a
 * part after `/` may start with a count of its measure (`次/2年`: once in two years, `元/10人`).
 *
 * @internal
 */
export function validUnit(unit: string): boolean {
  if (unit.length > UNIT_MAX && !compoundUnit(unit)) return false;
  // `前` / `后` after a number is a date's (`2024前`), not a unit.
  if (DATE_WORDS.includes(unit)) return false;
  if (SUFFIXES.some(([text]) => unit.endsWith(text))) return false;
  for (let i = 0; i < unit.length; i++) {
    const c = unit.charAt(i);
    if (NOT_IN_UNIT.includes(c)) return false;
    if (!isDigit(c)) continue;
    // Digits only as the count a denominator starts with, its measure word after them.
    if (unit.charAt(i - 1) !== "/") return false;
    let end = i;
    while (isDigit(unit.charAt(end))) end++;
    const next = unit.indexOf("/", end);
    if (!measureUnit(unit.slice(end, next < 0 ? unit.length : next))) return false;
    i = end - 1;
  }
  return true;
}

/**
 * A unit of up to {@link UNIT_PARTS} parts between `/` (`元/人/年`), each a product of up to
 * {@link UNIT_PARTS} factors between `·` (`元/人·天/年`), none blank or longer than
 * {@link UNIT_MAX}.
 */
function compoundUnit(unit: string): boolean {
  let parts = 1;
  let factors = 1;
  let length = 0;
  for (const c of unit) {
    if (!UNIT_SEPARATORS.includes(c)) {
      if (++length > UNIT_MAX) return false;
      continue;
    }
    if (length === 0) return false;
    if (c === "/" ? ++parts > UNIT_PARTS : ++factors > UNIT_PARTS) return false;
    if (c === "/") factors = 1;
    length = 0;
  }
  return length > 0;
}

const HAN_WORD = /^\p{Script=Han}+$/u;
/** A letter of any script or a Roman numeral: what a note in brackets holds (`（合格率）`, `（Ⅱ类）`). */
const WORD_ANYWHERE = /[\p{L}\p{Nl}]/u;
const HAN_CHAR = /\p{Script=Han}/u;

/**
 * Whether text in brackets right after a number is its unit rather than a note: a measure word
 * ({@link MEASURE_WORDS}), a magnitude or both (`%`, `个`, `万元`, `次/年`, `万平方米`), a unit
 * without Chinese characters (`km`, `m²`, `mg/L`) or parts of both (`m³/天`); a word that is none (`按年度考核`, `每季度`,
 * `预计`) is a note.
 */
function unitWord(inner: string): boolean {
  if (measureUnit(inner)) return true;
  // A compound unit (`m³/天`, `mg/人·日`): each part a unit without Chinese or a measure word.
  let from = 0;
  for (let i = 0; i <= inner.length; i++) {
    if (i < inner.length && !UNIT_SEPARATORS.includes(inner.charAt(i))) continue;
    const part = inner.slice(from, i);
    if (HAN_CHAR.test(part) && !measureUnit(part)) return false;
    from = i + 1;
  }
  return true;
}

/**
 * Text with the power of a metre printed as a digit (`m2`, `km2`, `m3/天`: no number follows)
 * written as its superscript (`m²`, `km²`, `m³/天`), as {@link UNIT_SIGNS} writes `㎡`.
 */
function superscripts(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    const c = text.charAt(i);
    if ((c !== "2" && c !== "3") || text.charAt(i - 1) !== "m") continue;
    const next = text.charAt(i + 1);
    if (isDigit(next) || next === "." || next === ",") continue;
    out += `${text.slice(from, i)}${c === "2" ? "²" : "³"}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The text after a number without what qualifies it but is no unit: an inclusive marker
 * (`(含)`, `(含95%)`: `≥90%(含)` is `≥90%`), the brackets of a denominator (`元/(人·天)` is
 * `元/人·天`), a note in brackets at the end (`≥90分（满分100分）`,
 * `≥90%（合格率）`), the brackets of a unit printed in them (`≥90(%)`, `≤5（万元）`: the unit is
 * `%`, `万元`; a part of a unit in them, `≥1（次）/年`, is that part) and the name of what a
 * percentage measures (`≥98%合格率`, `≥95%满意度`: the unit
 * is `%`); a metre's power printed as a digit is a superscript (`m2` is `m²`, `㎡` is).
 *
 * @internal
 */
export function plainUnit(rest: string): string {
  let s = superscripts(rest);
  const open = s.indexOf("(含");
  const close = open < 0 ? -1 : s.indexOf(")", open);
  if (close >= 0) s = s.slice(0, open) + s.slice(close + 1);
  // A denominator in brackets at the end (`元/(人·天)`, `元/（人·次）`) is the denominator.
  const per = s.endsWith(")") ? s.lastIndexOf("/(") : -1;
  if (per >= 0 && per + 3 < s.length && !s.slice(per + 2, -1).includes("("))
    s = `${s.slice(0, per + 1)}${s.slice(per + 2, -1)}`;
  // A note in brackets after the unit (`≥90%（合格率）`, `≥90分（满分100分）`, `≥90%（Ⅱ类）`,
  // `≥80%（2024年）`) is no part of it; a bare number in them (`%（100）`) is no note.
  const note = s.endsWith(")") ? s.lastIndexOf("(") : -1;
  if (note > 0 && WORD_ANYWHERE.test(s.slice(note + 1, -1))) s = s.slice(0, note);
  // A unit in brackets right after the number (`≥90(%)`, `≤5（万元）`) is the unit; a note in
  // them (`≥85（按年度考核）`, `≥3（每季度）`) is none and is dropped: the figure has no unit.
  // A part of a unit in them (`≥1（次）/年`, `≥1000（人）次`) is that part.
  const shut = s.startsWith("(") ? s.indexOf(")") : -1;
  if (shut > 1) {
    const inner = s.slice(1, shut);
    const whole = shut === s.length - 1;
    if (!inner.includes("(") && validUnit(inner)) {
      if (whole) s = unitWord(inner) ? inner : "";
      else if (unitWord(inner)) s = inner + s.slice(shut + 1);
    }
  }
  const c = s.charAt(0);
  if ((c !== "%" && c !== "‰") || s.length === 1) return s;
  const tail = s.slice(1);
  if (SUFFIXES.some(([text]) => tail.endsWith(text))) return s;
  return HAN_WORD.test(tail) ? c : s;
}
