/**
 * Figures printed in Chinese numerals, written in digits as a printer of digits writes them, so a
 * value reads the same either way: `≥三万元/个/年` is `≥3万元/个/年`, `十二个月` is `12个月`,
 * `百分之九十五` is `95%`, `九成` is `90%`, `三千余人` is `3000余人`, `三至五天` is `3至5天`,
 * `二〇二四年十二月底前` is `2024年12月底前`. A numeral in a word (`一流`, `一次性`, `统一`,
 * `一户一档`, `十分满意`, `二级`) stays: a figure is a numeral before a measure, and what follows
 * the measure must end it as after a figure in digits.
 */
import { measureAt } from "./measure";
import { SUFFIXES } from "./operators";
import { HAN, isDigit, RANGE_SEPARATORS } from "./scan";

/** Chinese digits (`〇` and `零` are zero, `两` is two). */
const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
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
/** Multipliers within a section (`十二`, `一百五十`, `三千`). */
const MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
/** Section marks and their powers of ten; one that ends a number is its magnitude (`三万` is `3万`). */
const SECTIONS: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

/**
 * Whether a character is part of a figure in Chinese numerals: a digit, a multiplier, a section
 * mark, or the decimal point `点`. @internal
 */
export const isNumeralCharacter = (c: string): boolean =>
  Object.hasOwn(DIGITS, c) ||
  Object.hasOwn(MULTIPLIERS, c) ||
  Object.hasOwn(SECTIONS, c) ||
  c === "点";

/**
 * The character codes of {@link DIGITS}, {@link MULTIPLIERS} and {@link SECTIONS} (every one a
 * single UTF-16 unit past ASCII): a character is tested by its code, with no look-up of a
 * one-character string as a key (a string `charAt` makes anew for each character past Latin-1,
 * hashed for each look-up), as every character of every value is.
 */
const NUMERAL_CODES: ReadonlySet<number> = /*#__PURE__*/ new Set(
  [...Object.keys(DIGITS), ...Object.keys(MULTIPLIERS), ...Object.keys(SECTIONS)].map((c) =>
    c.charCodeAt(0),
  ),
);
/** The least of {@link NUMERAL_CODES} (`〇`, U+3007): a code below it is no numeral. */
const LEAST_NUMERAL = 0x3007;

/** Whether a character's code (`NaN` past the end) is one of a numeral. */
const isNumeralCode = (code: number): boolean => code >= LEAST_NUMERAL && NUMERAL_CODES.has(code);

const isNumeral = (c: string): boolean => c.length === 1 && isNumeralCode(c.charCodeAt(0));

/** A number read: its text in digits (`3万`, `12000`, `3.5万`) and where it ends. */
interface Read {
  readonly text: string;
  readonly end: number;
}

/** `10^p` as a number (p ≤ 8). */
const pow10 = (p: number): number => 10 ** p;

/**
 * A whole number in Chinese numerals at `at` (`十二`, `一百零五`, `一万二千`, `三千万`, `一亿五千万`),
 * a section mark that ends it kept as its magnitude (`三万` is `3万`, `一亿五千万` is `15000万`):
 * `undefined` for digits in a row (`一二`), multipliers out of order, an abbreviated tail
 * (`一百五`, `一万二`: speech, no number as written) and a zero alone.
 */
function readWhole(s: string, at: number): Read | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let last = Number.POSITIVE_INFINITY; // the multiplier before, within the section
  let lastSection = Number.POSITIVE_INFINITY;
  let trailing = 0; // the power of a section mark nothing followed yet
  let zero = false;
  let i = at;
  for (; i < s.length; i++) {
    const c = s.charAt(i);
    const d = DIGITS[c];
    if (d !== undefined) {
      if (digit !== undefined) return undefined;
      if (d === 0) zero = true;
      else digit = d;
      trailing = 0;
      continue;
    }
    const m = MULTIPLIERS[c];
    if (m !== undefined) {
      // `十二` is 12, but `百` or `千` needs its digit.
      if (m >= last || (digit === undefined && (m !== 10 || i > at))) return undefined;
      section += (digit ?? 1) * m;
      last = m;
      digit = undefined;
      zero = false;
      trailing = 0;
      continue;
    }
    const p = SECTIONS[c];
    if (p === undefined || p >= lastSection || (section === 0 && digit === undefined)) break;
    total += (section + (digit ?? 0)) * pow10(p);
    section = 0;
    digit = undefined;
    last = Number.POSITIVE_INFINITY;
    lastSection = p;
    trailing = p;
    zero = false;
  }
  // `一百五` (150 in speech) or `一万二` is no whole number as written.
  if (digit !== undefined && !zero && last > 10 && last !== Number.POSITIVE_INFINITY)
    return undefined;
  if (digit !== undefined && !zero && total > 0 && last === Number.POSITIVE_INFINITY)
    return undefined;
  const value = total + section + (digit ?? 0);
  if (i === at || (value === 0 && !(zero && s.charAt(i) === "点"))) return undefined;
  if (trailing === 0) return { text: String(value), end: i };
  return { text: `${value / pow10(trailing)}${s.charAt(i - 1)}`, end: i };
}

/** Digits one by one (`五`, `二五`), as after a decimal point, and where they end. */
function readDigitRun(s: string, at: number): { digits: string; end: number } {
  let digits = "";
  let i = at;
  for (; i < s.length; i++) {
    const d = DIGITS[s.charAt(i)];
    if (d === undefined || s.charAt(i) === "两") break;
    digits += String(d);
  }
  return { digits, end: i };
}

/**
 * A number in Chinese numerals at `at`: a whole number, one with a decimal point (`三点五万`,
 * `零点五`), or a year printed digit by digit (`二〇二四年`, the `年` not read).
 */
function readNumber(s: string, at: number): Read | undefined {
  const run = readDigitRun(s, at);
  if (run.digits.length === 4 && s.charAt(run.end) === "年")
    return { text: run.digits, end: run.end };
  const whole = readWhole(s, at);
  if (whole === undefined || s.charAt(whole.end) !== "点" || !/^\d+$/u.test(whole.text))
    return whole;
  const fraction = readDigitRun(s, whole.end + 1);
  if (fraction.digits === "") return whole;
  const text = `${whole.text}.${fraction.digits}`;
  const p = SECTIONS[s.charAt(fraction.end)];
  return p === undefined
    ? { text, end: fraction.end }
    : { text: `${text}${s.charAt(fraction.end)}`, end: fraction.end + 1 };
}

/**
 * Han words that may follow a figure's measure as they follow one in digits: an operator's suffix
 * (`以上`, `内`), an approximation (`左右`), a date's part (`底`, `中旬`, `年度`, `月份`), a
 * range's separator or a joiner of two bounds (`至`, `且`).
 */
const AFTER_MEASURE_WORDS: readonly string[] = [
  "左右",
  "上下",
  "前后",
  "底",
  "初",
  "末",
  "中",
  "上旬",
  "下旬",
  "上半年",
  "下半年",
  "度",
  "份",
  "至",
  "到",
  "且",
  "并且",
];
/** {@link AFTER_MEASURE_WORDS} with the operators' suffixes, made on first use (no module-level call). */
let afterMeasure: readonly string[] | undefined;
const AFTER_MEASURE = (): readonly string[] =>
  (afterMeasure ??= [...SUFFIXES.map(([text]) => text), ...AFTER_MEASURE_WORDS]);

/** A date's suffixes (`前`, `以后`), which end a figure of a date's part only (`十二月底前`, `三年后`). */
const DATE_AFTER: readonly string[] = ["之前", "以前", "之后", "以后", "前", "后"];
/** The measures of a date's parts. */
const DATE_PARTS = "年月日号";

/** The measure a date's part is followed by: a year by its month, a month by its day. */
const NEXT_PART: Readonly<Record<string, string>> = { 年: "月", 月: "日号" };

/**
 * Whether what follows a figure's measure at `k` ends the figure: nothing, a sign or punctuation,
 * a word of {@link AFTER_MEASURE_WORDS} or an operator's suffix, or the next part of a date in numerals (`年十二月`, `月三十一日`).
 */
function ends(s: string, k: number, measure: string): boolean {
  if (k >= s.length || !HAN.test(s.charAt(k))) return true;
  if (AFTER_MEASURE().some((w) => s.startsWith(w, k))) return true;
  // `四季度前` (before the fourth quarter) is a time, no count of quarters: read as printed.
  if (
    measure.length === 1 &&
    DATE_PARTS.includes(measure) &&
    DATE_AFTER.some((w) => s.startsWith(w, k))
  )
    return true;
  const next = NEXT_PART[measure];
  if (next === undefined) return false;
  const part = readWhole(s, k);
  return part !== undefined && next.includes(s.charAt(part.end));
}

/** The words of a share in numerals (`百分之九十五`, `千分之三`) and the sign of each. */
const PER_WORDS: readonly (readonly ["百分之" | "千分之", "%" | "‰"])[] = [
  ["百分之", "%"],
  ["千分之", "‰"],
];

/** Words that make a figure approximate before its measure (`三千余人`, `二十多项`). */
const ABOUT = "余多";

/**
 * The figure at `at` in digits, when the numeral there is one: a number followed by a measure
 * word (`两次`, `十二个月`, `三万元`: the magnitude its own, `3万元`), approximate or not (`三千余人`
 * is `3000余人`), which what follows ends; a number followed by a range's other end (`三至五天`);
 * a percentage in words (`百分之九十五`, `百分之百`, `千分之三`) or in tenths (`九成`, `九成五`).
 */
function figureAt(s: string, at: number): Read | undefined {
  for (const [words, sign] of PER_WORDS) {
    if (!s.startsWith(words, at)) continue;
    const from = at + words.length;
    if (sign === "%" && s.charAt(from) === "百" && !isNumeral(s.charAt(from + 1)))
      return { text: "100%", end: from + 1 };
    // `百分之95` is `95%` as well.
    let d = from;
    while (isDigit(s.charAt(d)) || (s.charAt(d) === "." && isDigit(s.charAt(d + 1)))) d++;
    if (d > from) return { text: `${s.slice(from, d)}${sign}`, end: d };
    const n = readNumber(s, from);
    return n === undefined ? undefined : { text: `${n.text}${sign}`, end: n.end };
  }
  if (s.startsWith("百分百", at)) return { text: "100%", end: at + 3 };
  const n = readNumber(s, at);
  if (n === undefined) return undefined;
  const c = s.charAt(n.end);
  // `九成` is 90%, `九成五` 95%: tenths of a single digit.
  if (c === "成" && n.text.length === 1 && n.text >= "1" && n.text <= "9") {
    const d = DIGITS[s.charAt(n.end + 1)];
    const tenths = d !== undefined && d > 0 && s.charAt(n.end + 1) !== "两";
    const end = n.end + (tenths ? 2 : 1);
    return ends(s, end, "成") ? { text: `${n.text}${tenths ? d : 0}%`, end } : undefined;
  }
  // A range's low end before its other (`三至五天`, `九十-九十五分`).
  if (c !== "" && RANGE_SEPARATORS.includes(c)) {
    const other = s.charAt(n.end + 1);
    if (isDigit(other) || isNumeral(other)) return n;
  }
  const about = c !== "" && ABOUT.includes(c);
  const from = about ? n.end + 1 : n.end;
  // A day of a month is printed with `号` as well (`五号前`).
  const length = measureAt(s, from) || (s.charAt(from) === "号" ? 1 : 0);
  if (length > 0) return ends(s, from + length, s.slice(from, from + length)) ? n : undefined;
  // A magnitude alone (`≥三万`, `三万以上`) is a measure as `3万` is; `三千余` is `3000余`.
  if (SECTIONS[n.text.slice(-1)] !== undefined) return ends(s, from, "") ? n : undefined;
  return about && from >= s.length ? n : undefined;
}

/**
 * `s` (a printed value after NFKC, without whitespace) with each figure in Chinese numerals in
 * digits, as {@link figureAt} reads one; a numeral right after a digit or a point (`3千`: a
 * magnitude) or inside a run of numerals is no figure of its own. Linear: each numeral is read
 * once as a figure's start, and a figure read is skipped past.
 *
 * @internal
 */
export function numeralsInDigits(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isNumeralCode(s.charCodeAt(i))) continue;
    const before = s.charAt(i - 1);
    if (i > 0 && (isNumeral(before) || isDigit(before) || before === ".")) continue;
    const figure = figureAt(s, i);
    if (figure === undefined) continue;
    out += s.slice(from, i) + figure.text;
    from = figure.end;
    i = figure.end - 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
