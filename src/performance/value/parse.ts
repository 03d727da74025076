import { parseAmount } from "../../amount";
import { compareValues } from "../../amount/decimal";
import { typeName } from "../../amount/parse";
import { textOf } from "../../disclosure/shape";
import { err, ok, type Result } from "../../result";
import { withoutStrayBrackets } from "./brackets";
import { calendarYears, monthSpan, numericDateRange, partOfMonth, readDate } from "./date";
import { aboutCount, rangeShift, shifted, UNIT_SEPARATORS, validUnit, wordsOnly } from "./measure";
import { afterRateName, namedFigure } from "./named";
import { nfkcCompact } from "./nfkc";
import { numeralsInDigits } from "./numerals";
import { operatorAt, prefixOf } from "./operators";
import { boundsPair, figure, slashPair, unitAndSuffix } from "./pairs";
import { afterScope, perFirst, placeWithin } from "./per";
import {
  barePlaceholder,
  OPENERS,
  placeholderDate,
  placeholderFigure,
  placeholderHighEnd,
} from "./placeholder";
import { isDigit, RANGE_SEPARATORS } from "./scan";
import type { IndicatorValue, IndicatorValueError } from "./types";
import { plainUnit } from "./unit";

/** Words after a figure that make it approximate (`95%左右`: about 95%; `3月前后`: about March). */
const APPROXIMATE: readonly string[] = ["左右", "上下", "前后"];
/** The units of a share, which the name of a rate may be printed before (`完成率100%`). */
const SHARES: readonly string[] = ["%", "‰"];
/** Separators between the two ends of a range (after NFKC: `～` is `~`). */
const SIGNS = "-+−";

/** A letter of any script or a Roman numeral: a standard after a comparison symbol (`≥上年水平`, `≥Ⅲ类`). */
const LETTER = /[\p{L}\p{Nl}]/u;

/** Whether text starts with a word (past its opening brackets): a standard, not a bare unit (`/天`). */
function startsWithWord(s: string): boolean {
  let i = 0;
  while (i < s.length && OPENERS.includes(s.charAt(i))) i++;
  return LETTER.test(s.charAt(i));
}
const isNumberChar = (c: string | undefined): boolean => isDigit(c) || c === "." || c === ",";

/** Sentence punctuation a printed value may end with (`≥90%。`, `≥90%；`), after NFKC. */
const TRAILING = "。;,、";
/** Pairs of brackets or quotes a whole value may be printed in (`【≥90%】`, `“≥90%”`), after NFKC. */
const WRAPPERS: readonly string[] = ["()", "[]", "【】", "“”", '""', "‘’", "''", "〔〕"];

/**
 * The value without the sentence punctuation it ends with, a separator of a unit's factors after
 * the unit (`≥90%/`: no factor follows), and the one pair of brackets or quotes it is wholly
 * printed in (`“≥90%”。` is `≥90%`); a bracket that ends it after something else (`≥90%(含)`)
 * stays, and so does a separator alone (`/`).
 */
function unwrapped(s: string): string {
  let end = s.length;
  const trailing = (c: string) => TRAILING.includes(c) || (end > 1 && UNIT_SEPARATORS.includes(c));
  while (end > 0 && trailing(s.charAt(end - 1))) end--;
  const t = s.slice(0, end);
  const pair = `${t.charAt(0)}${t.charAt(t.length - 1)}`;
  if (t.length < 3 || !WRAPPERS.includes(pair)) return t;
  const inner = t.slice(1, -1);
  // `(1)≥90%(含)` and `(X)%` are not wrapped: the inner text holds no bracket of the pair.
  return inner.includes(pair.charAt(0)) || inner.includes(pair.charAt(1)) ? t : inner;
}

/** The inclusive marker (`(含)`), which says a bound is included, as `≥` / `≤` already do. */
const INCLUSIVE = "(含)";

/**
 * The value without an inclusive marker printed inside it (`12月(含)前` is `12月前`, `≥95%(含)`
 * is `≥95%`); a marker that is the whole value stays.
 */
function inclusive(s: string): string {
  const at = s.indexOf(INCLUSIVE);
  if (at < 0 || s.length === INCLUSIVE.length) return s;
  return s.slice(0, at) + s.slice(at + INCLUSIVE.length);
}

/** A number at the start of `s` (optional sign), canonical, and the rest. */
function readNumber(s: string): { value: string; rest: string } | "malformed" | undefined {
  let i = 0;
  const negative = s[0] === "-" || s[0] === "−";
  if (SIGNS.includes(s[0] ?? "\u0000") && isDigit(s[1])) i = 1;
  if (!isDigit(s[i])) return undefined;
  let end = i;
  // A comma after the digits that no digit follows ends the number (`≥90，≤100%`).
  while (isNumberChar(s[end]) && (s[end] !== "," || isDigit(s[end + 1]))) end++;
  const parsed = parseAmount(s.slice(i, end), "元");
  if (!parsed.ok || parsed.value === null) return "malformed";
  const v = parsed.value.value;
  const value = negative && /[1-9]/.test(v) ? `-${v}` : v;
  return { value, rest: s.slice(end) };
}

/** Whether text starts with groups of digits between single dots, two dots at least (`1.5.2`). */
function dotted(s: string): boolean {
  let dots = 0;
  for (let i = 0; ; i++) {
    const start = i;
    while (isDigit(s[i])) i++;
    if (i === start) return false;
    if (s[i] !== ".") return dots >= 2;
    dots++;
  }
}

/** Index of the separator of a range in `rest` (followed by a number), or -1. */
function rangeSeparator(rest: string): number {
  for (let k = 0; k < rest.length; k++) {
    if (!RANGE_SEPARATORS.includes(rest[k] ?? "\u0000")) continue;
    const next = rest[k + 1];
    if (isDigit(next) || (SIGNS.includes(next ?? "\u0000") && isDigit(rest[k + 2]))) return k;
  }
  return -1;
}

/**
 * Reads a printed indicator value (指标值). Whitespace is ignored and the text is compared after
 * NFKC (full-width `＞ ％ ／ ０-９` are half-width), without the sentence punctuation it ends with,
 * a separator after its unit (`≥90%/` is `≥90%`) and the brackets or quotes it is wholly printed
 * in (`“≥90%”。` is `≥90%`), without an inclusive marker (`（含）`: `12月（含）前` is `12月前`),
 * and a share without the name of the rate it measures printed before it (`完成率100%` is `100%`,
 * `合格率≥98%` is `≥98%`; a comparison or another period with it, `不低于上年度90%`,
 * `第一季度100%`, `同比增长率≥5%`, is read as printed); the grammar, tried in this order:
 *
 * 1. an optional operator: `≥ ≤ > < = ＞ ＜ ≧ ≦ >= <=`, as typed with a redundant or reversed
 *    sign (`≥=` `=>` → `≥`, `≤=` `=<` → `≤`), or words (`不低于` `不少于` `至少` `最少` `达到`
 *    `大于或等于` → `≥`; `不高于` `不超过` `不多于` `最多` `小于或等于` → `≤`; `高于` `超过` → `>`;
 *    `低于` `少于` → `<`; `等于`);
 * 2. a date (`2024年12月31日前`, `12月底前`, `12月份前`, `2024年底`, `2024.12.31前`; `前` → `≤`, `后` → `≥`;
 *    a month and day without their year are written with 月 / 日, `1.5前` is no date), or a period
 *    between two dates (`2024.1.1-2024.12.31`), qualitative;
 * 3. a range `low(unit)?-high(unit)` (separators `- ~ ～ — 至 到`; an operator before it is
 *    redundant, `≥85%-90%`); a low end in another magnitude of the same measure, or a magnitude
 *    alone (`100万-200万元`, `5千-1万元`), reads in the high end's unit; ends in units that
 *    differ (`80%-90分`) are qualitative; a suffix after it makes one end a bound (`以上`: the
 *    low end is a minimum, `85%-90%以上` is `≥85%`; `以下` / `以内` / `内`: the high end a
 *    maximum, `3-5天内` is `≤5天`), and `左右` keeps it approximate, qualitative as printed;
 * 4. a number (sign, digits, grouping, point) and a unit: factors of at most 5 characters
 *    between `/` and `·`, as many as printed (`元/平方米/年`, `元/人·天/年`, `次/年/人/天`; a
 *    denominator in brackets is the denominator, `元/(人·天)` is `元/人·天`; one may start with
 *    a count, `次/2年`; `㎡` and `m2` are `m²`, superscripts kept), then
 *    optionally `以上` / `及以上` (`≥`), `以下` / `以内` / `内` (`≤`); a period or head after
 *    `每` before the figure is the unit's denominator (`每年≥2次` is `≥2次/年`, `每村≥1名`
 *    `≥1名/村`; a share, a date or a second `每` is read as printed); a word for the scope of
 *    a total before an operator is none of the value (`全年≥12次` is `≥12次`, `累计≥100人`
 *    `≥100人`); a unit in brackets is the
 *    unit (`≥90(%)`, a measure word or a unit without Chinese), and a measure, never a date
 *    (`≤12（月）` is twelve months, `≤12月` the month), a note in them is no unit
 *    (`≥85（按年度考核）` is `≥85`, `≥80%（2024年）` is `≥80%`); a ratio (`≥1:1`), a score out
 *    of a whole (`≥4.5/5`), a product of figures (`≥7×24小时`) and an
 *    approximate figure (`≥95%左右`, `3天上下`), figures of one measure joined by a slash
 *    (`≥90%/≥95%`, `90%/95%`: two years', two groups' or either), a deadline by a quarter
 *    (`4季度前`), a year or years (`2024年度`, `2024年上半年`,
 *    `2024-2025年`: a time, no count of years as `3年` is) and a part of a month (`12月中旬`)
 *    are qualitative, and so are words too long for a unit after the number (`≥1个标准化示范点`:
 *    what it counts, written out); two bounds joined (`，` `；`
 *    `、` `且`: `≥90%，≤100%`, `≥80%且≤100%`; or none: on two lines of a cell, `≥90%～≤100%`)
 *    are the range between them, and other pairs of
 *    bounds (`≥90%，<100%`) are read as printed;
 * 5. a figure in Chinese numerals reads as the figure in digits (`≥三万元/个/年` is `≥3万元/个/年`,
 *    `不少于两次/年`, `十二个月`, `百分之九十五` is `95%`, `九成` is `90%`, `三至五天`,
 *    `二〇二四年十二月底前`), a numeral in a word stays (`一流`, `一次性`), and a figure with
 *    `余` / `多` before its measure (`3000余人`, `三千余人`, `20多项`) is approximate, read as
 *    printed as `95%左右` is;
 * 6. otherwise, text without an operator is `qualitative` (`保障到位`), never an error; so is an
 *    operator followed by a standard rather than a number (`≥上年水平`, `≤预算数`, `≥Ⅲ类`,
 *    `≥合格`, `达到省级标准`), while an operator with nothing after it (`≥`, `不低于`), a sign
 *    before a bare unit (`≥%`) or a template's placeholder (`≥X%`, `≤XX元/人`, `≥N次`, `≥某%`)
 *    lacks its number, and so does a placeholder without an operator, alone or before a measure
 *    (`X%`, `XX万元`, `X次`, `某某`), a range with an end left unfilled (`X%-Y%`,
 *    `X-Y万元`, `90%-X%`), and a date with a part left unfilled (`2024年X月底前`,
 *    `20XX年12月底前`), which is no quantity of the year it starts with. A placeholder stands where the number does: before nothing, a
 *    measure or a range's other end; a letter that begins a word is text, with an operator or
 *    without (`≤X光机辐射剂量`, `≥CT设备完好率`, `X光`, `PM2.5`), and so is a name a digit and a
 *    letter print (`5G`, `4K`, `3D打印`, `≥4A级`: no figure in the unit `G`); a Roman numeral is a class
 *    (`≥Ⅹ类`) wherever it is printed (`≥X%（Ⅱ类）` is a placeholder with a note); a tolerance
 *    (`≤±5%`) is read as printed.
 *
 * A dotted number (`≥1.5.2版本`: a version, a clause) is read as printed. Malformed values (an
 * operator without a number, a placeholder, `9..5`, `90%-80%`, `13月` …) give a typed
 * {@link IndicatorValueError} with the input. From plain JavaScript, a number (a spreadsheet's
 * cell) is read as its decimal text, `null` as blank, and any other value is `not-text`. Linear in
 * the input; never throws.
 *
 * @param input - the printed value
 *
 * @example
 * ```ts
 * import { parseIndicatorValue } from "yusuan/performance";
 * parseIndicatorValue("≥2次／天"); // { ok: true, value: { kind: "quantity", op: "≥", value: "2", unit: "次/天" } }
 * parseIndicatorValue("不低于90%").ok; // true
 * parseIndicatorValue("80%-90%"); // { ok: true, value: { kind: "range", low: "80", high: "90", unit: "%" } }
 * parseIndicatorValue("12月底前"); // { ok: true, value: { kind: "date", op: "≤", date: { month: 12, day: "end" } } }
 * parseIndicatorValue("保障到位"); // { ok: true, value: { kind: "qualitative", text: "保障到位" } }
 * parseIndicatorValue("≥上年水平"); // { ok: true, value: { kind: "qualitative", text: "≥上年水平" } }
 * parseIndicatorValue("≥两次"); // { ok: true, value: { kind: "quantity", op: "≥", value: "2", unit: "次" } }
 * ```
 */
export function parseIndicatorValue(input: string): Result<IndicatorValue, IndicatorValueError> {
  if (typeof input === "string") return parseValue(input, true);
  // From plain JavaScript: a spreadsheet's number as its decimal text, null as blank.
  const text = textOf(input);
  if (text === undefined) return err({ code: "not-text", input: "", found: typeName(input) });
  return parseValue(text, true);
}

/** {@link parseValue} reading one bound, no second after it. */
const single = (input: string): Result<IndicatorValue, IndicatorValueError> =>
  parseValue(input, false);

/** {@link parseIndicatorValue}, reading a second bound after the first only when `pair`. */
function parseValue(input: string, pair: boolean): Result<IndicatorValue, IndicatorValueError> {
  const trimmed = input.trim();
  if (trimmed === "") return err({ code: "empty", input });
  const compact = inclusive(unwrapped(withoutStrayBrackets(nfkcCompact(trimmed))));
  // The name of the rate a share measures printed before it (`完成率100%`, `合格率≥98%`) is no
  // part of the value, as after it (`≥98%合格率`) it is none: the share is read. A period's 度 or
  // a comparison (`不低于上年度90%`, `第一季度100%`) is no such name: read below, as printed.
  const rated = afterRateName(compact);
  if (rated !== undefined && rated !== "") {
    const share = parseValue(rated, pair);
    if (share.ok && "unit" in share.value && SHARES.includes(share.value.unit)) return share;
  }
  // A count per period or head printed before it (`每年≥2次`, `每月不少于1次`) is the count per
  // that (`≥2次/年`); a share (`每年增长≥5%`), a date or a unit already per something is read below.
  const per = perFirst(compact);
  if (per !== undefined) {
    const counted = parseValue(per.rest, pair);
    if (counted.ok && (counted.value.kind === "quantity" || counted.value.kind === "range")) {
      const unit = counted.value.unit;
      const countable = unit !== "" && !unit.includes("/") && !SHARES.includes(unit);
      if (countable && !placeWithin(per.per, unit))
        return ok({ ...counted.value, unit: `${unit}/${per.per}` });
    }
  }
  // A word for the scope of a total before the figure (`全年≥12次`, `累计≥100人`) is no part of
  // it: the figure after it is read, an unfilled or malformed one as without the word.
  const scoped = afterScope(compact, operatorAt);
  if (scoped !== undefined) {
    const figure = parseValue(scoped, pair);
    if (!figure.ok && figure.error.code !== "empty") return err({ ...figure.error, input });
    if (figure.ok && (figure.value.kind === "quantity" || figure.value.kind === "range"))
      return figure;
  }
  const prefix = prefixOf(compact);
  const { op, word } = prefix;
  // Figures in Chinese numerals read as in digits (`≥三万元` is `≥3万元`, `百分之九十五` is `95%`).
  const rest = numeralsInDigits(prefix.rest);

  const date = readDate(rest);
  if (date === "invalid") return err({ code: "invalid-date", input });
  if (date !== undefined) {
    if (op !== undefined && date.op !== undefined && op !== date.op)
      return err({ code: "conflicting-operators", input });
    const dateOp = op ?? date.op;
    return ok({ kind: "date", ...(dateOp === undefined ? {} : { op: dateOp }), date: date.date });
  }

  // A date with a figure left unfilled (`2024年X月底前`, `20XX年12月底前`) lacks its number; it
  // is no quantity of 2024 in the unit `年X月底前`.
  if (placeholderDate(rest)) return err({ code: "missing-number", input });

  // A period between two dates (`2024.1.1-2024.12.31`) is read as printed.
  const period = numericDateRange(rest);
  if (period === "invalid") return err({ code: "invalid-date", input });
  // An operator before it (`≥2024.1.1-2024.12.31`) is read as printed as well.
  if (period) return ok({ kind: "qualitative", text: trimmed });

  // A digit and a letter naming a thing (`5G`, `4K`, `3D打印`, `≥4A级`) is text: no figure in a
  // unit `G`.
  if (namedFigure(rest)) return ok({ kind: "qualitative", text: trimmed });

  const first = readNumber(rest);
  // A dotted number (`≥1.5.2版本`, a version or a clause) is no malformed figure: read as printed.
  if (first === "malformed" && dotted(rest)) return ok({ kind: "qualitative", text: trimmed });
  if (first === "malformed") return err({ code: "malformed-number", input });
  if (first === undefined) {
    if (op === undefined) {
      // A template's placeholder left unfilled (`X%`, `XX万元`, `某某`) lacks its number.
      if (barePlaceholder(rest)) return err({ code: "missing-number", input });
      return ok({ kind: "qualitative", text: trimmed });
    }
    // A tolerance (`≤±5%`, `≤±0.5°C`) is read as printed.
    if (rest.startsWith("±") && isDigit(rest[1])) return ok({ kind: "qualitative", text: trimmed });
    // `≥` or `不低于` alone lacks its number, and so does a sign before a bare unit (`≥%`).
    if (rest === "" || (!word && !startsWithWord(rest)))
      return err({ code: "missing-number", input });
    // A template's placeholder left unfilled (`≥X%`, `≤XX元/人`, `不少于N次`) lacks its number;
    // a letter that begins a word (`≤X光机辐射剂量`, `≥CT设备完好率`) is a standard.
    if (placeholderFigure(rest)) return err({ code: "missing-number", input });
    // An operator and a standard (`≥上年水平`, `≤预算数`, `≥合格`, `达到省级标准`) is a
    // qualitative target.
    return ok({ kind: "qualitative", text: trimmed });
  }

  // A figure left partly unfilled (`≥5X%`, `9X%`, `≤1XX万元`, `≥2N次`): a placeholder's letters
  // after the digits are no unit, and the digits no figure. Read as printed.
  if (placeholderFigure(first.rest)) return ok({ kind: "qualitative", text: trimmed });
  // A year or a period of years (`2024年度`, `2024年上半年`, `2024-2025年`) is a time, no count
  // of years: read as printed.
  if (calendarYears(first.value, first.rest)) return ok({ kind: "qualitative", text: trimmed });
  // So is a part of a month (`12月中旬`, `6月上旬前`) and a span of months of the year
  // (`1-12月`, `1月-12月`, `11-3月` across the new year): a period, no range of a count.
  if (partOfMonth(first.value, first.rest) || monthSpan(first.value, first.rest))
    return ok({ kind: "qualitative", text: trimmed });
  // An approximate figure (`≥95%左右`, `3天上下`) is no exact target: read as printed.
  // So is a figure with `余` / `多` before its measure (`3000余人`, `20多项`: more than about).
  if (APPROXIMATE.some((w) => first.rest.endsWith(w)) || aboutCount(first.rest))
    return ok({ kind: "qualitative", text: trimmed });
  // A ratio (`≥1:1`, `1∶1.5`, `3:1以上`), a score out of a whole (`≥4.5/5`) and a product of
  // figures (`≥7×24小时`: round the clock) are read as printed.
  if (":∶/×*xX".includes(first.rest[0] ?? "\u0000") && isDigit(first.rest[1]))
    return ok({ kind: "qualitative", text: trimmed });

  const separator = rangeSeparator(first.rest);
  if (separator >= 0) {
    const lowUnit = plainUnit(first.rest.slice(0, separator));
    const second = readNumber(first.rest.slice(separator + 1));
    if (second === "malformed") return err({ code: "malformed-number", input });
    // So is a range of such (`2至7/7日`, `1-2:1`): the high end a ratio or a score out of a whole.
    if (
      second !== undefined &&
      ":∶/×*xX".includes(second.rest[0] ?? "\u0000") &&
      isDigit(second.rest[1])
    )
      return ok({ kind: "qualitative", text: trimmed });
    const high = second === undefined ? undefined : unitAndSuffix(second.rest);
    if (second !== undefined && high !== undefined && validUnit(lowUnit) && validUnit(high.unit)) {
      // An operator before a range (`≥85%-90%`, `≤3-5天`) is redundant: the range is read.
      // A magnitude alone (`100万-200万元`) or the same measure in another magnitude (`5千-1万元`)
      // reads in the high end's unit; units that differ (`80%-90分`) are read as printed.
      const { unit, after } = high;
      const shift = lowUnit === "" || lowUnit === unit ? 0 : rangeShift(lowUnit, unit);
      if (shift === undefined) return ok({ kind: "qualitative", text: trimmed });
      const low = shift === 0 ? first.value : shifted(first.value, shift);
      if (compareValues(low, second.value) > 0) return err({ code: "inverted-range", input });
      if (after === undefined) return ok({ kind: "range", low, high: second.value, unit });
      // `以上` after a range makes its low end a minimum (`85%-90%以上` is ≥ 85%), `以下` / `以内`
      // its high end a maximum (`3-5天内` is ≤ 5 天).
      if (op !== undefined && op !== after) return err({ code: "conflicting-operators", input });
      return ok(figure(after, after === "≥" ? low : second.value, unit, second.rest));
    }
  }
  // A range whose other end is a placeholder left unfilled (`90%-X%`) lacks a number.
  else if (placeholderHighEnd(first.rest)) return err({ code: "missing-number", input });

  const { unit, after } = unitAndSuffix(first.rest);
  if (!validUnit(unit)) {
    // After an operator, a note in brackets right after the number (`≥90（满分100分）`) is an
    // aside: the figure is read without a unit, as `≥90` is.
    if (op !== undefined && after === undefined && bracketNote(unit))
      return ok(figure(op, first.value, ""));
    // Two figures of one measure joined by a slash (`≥90%/≥95%`): either, read as printed.
    if (pair && slashPair(first.rest, single)) return ok({ kind: "qualitative", text: trimmed });
    // Two bounds of one value (`≥90%，≤100%`, `≥80%且≤100%`): a range, or read as printed.
    const both =
      op !== undefined && pair ? boundsPair(op, first.value, first.rest, single) : undefined;
    if (both && "code" in both) return err({ ...both, input });
    if (both !== undefined) return ok(both ?? { kind: "qualitative", text: trimmed });
    // Words after the figure, too long for a unit (`≥1个标准化示范点`, `≥90分钟每日每人次`):
    // what it counts, written out, read as printed; punctuation or digits in them are no unit.
    if (op !== undefined && !wordsOnly(unit)) return err({ code: "malformed-unit", input, unit });
    return ok({ kind: "qualitative", text: trimmed });
  }
  if (op !== undefined && after !== undefined && op !== after)
    return err({ code: "conflicting-operators", input });
  return ok(figure(op ?? after, first.value, unit, first.rest));
}

/** Whether text is one bracket holding a note that starts with a word (`(满分100分)`). */
function bracketNote(text: string): boolean {
  if (!text.startsWith("(") || !text.endsWith(")")) return false;
  const inner = text.slice(1, -1);
  return !inner.includes("(") && !inner.includes(")") && startsWithWord(inner);
}
