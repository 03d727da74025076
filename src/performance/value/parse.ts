import { parseAmount } from "../../amount";
import { compareValues } from "../../amount/decimal";
import { err, ok, type Result } from "../../result";
import type { Comparator, IndicatorValue, IndicatorValueError, TargetDate } from "./types";

/** Printed operators in front of a number (after NFKC), longer before shorter. */
const PREFIXES: readonly (readonly [string, Comparator])[] = [
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

/** Printed operators after a number and its unit (`90%以上`, `3天内`), longest first. */
const SUFFIXES: readonly (readonly [string, Comparator])[] = [
  ["及以上", "≥"],
  ["及以下", "≤"],
  ["以上", "≥"],
  ["以下", "≤"],
  ["以内", "≤"],
  ["之内", "≤"],
  ["内", "≤"],
];

/** Date suffixes: by (`前`) or from (`后`) the date. */
const DATE_SUFFIXES: readonly (readonly [string, Comparator])[] = [
  ["之前", "≤"],
  ["以前", "≤"],
  ["前", "≤"],
  ["之后", "≥"],
  ["以后", "≥"],
  ["后", "≥"],
];

/** Separators between the two ends of a range (after NFKC: `～` is `~`). */
const RANGE_SEPARATORS = "-~—–至到";
const SIGNS = "-+−";
/** Characters a unit may not contain (sentence punctuation, operators, range separators, signs). */
const NOT_IN_UNIT = "，,。；;：:、！!？?<>=≥≤≧≦⩾⩽-~—–至到+−";
/**
 * The longest unit accepted, in characters (`元/人·月`; `年内完成建设` is text); a compound unit
 * (`元/平方米/年`, `万元/人·年`) may have up to {@link UNIT_PARTS} parts of this length each.
 */
const UNIT_MAX = 5;
/** The most parts of a compound unit, between `/` or `·` (`元/平方米/年`: 3). */
const UNIT_PARTS = 3;
/** Separators of the parts of a compound unit (after NFKC). */
const UNIT_SEPARATORS = "/·•・";

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/** Chinese numerals of a count (`两次`, `三个`, `十二次`), 十 apart. */
const HAN_DIGITS: Readonly<Record<string, number>> = {
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
/** Units after a Chinese numeral that make a grade or a class, not a count (`≥二级`, `≥三类`). */
const GRADE_UNITS = "级类等星档";
/** A letter of any script: a standard after a comparison symbol (`≥上年水平`, `≥Ⅲ类` → `III类`). */
const LETTER = /\p{L}/u;
/** Opening brackets and quotes a standard may be printed in (`≥“优良”`, `≥（省级标准）`), after NFKC. */
const OPENERS = "(“\"'‘《[【〔";

/** Whether text starts with a word (past its opening brackets): a standard, not a bare unit (`/天`). */
function startsWithWord(s: string): boolean {
  let i = 0;
  while (i < s.length && OPENERS.includes(s.charAt(i))) i++;
  return LETTER.test(s.charAt(i));
}
const isNumberChar = (c: string | undefined): boolean => isDigit(c) || c === "." || c === ",";

/** The entries of a table of words by one end character (first or last), in table order. */
function byEnd(
  table: readonly (readonly [string, Comparator])[],
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

/** Only the words whose first character is the string's are tried (the first that fits wins). */
const PREFIXES_BY_FIRST = /*#__PURE__*/ byEnd(PREFIXES, false);

function prefixOf(s: string): { op: Comparator | undefined; rest: string; word: boolean } {
  for (const [text, op] of PREFIXES_BY_FIRST.get(s.charAt(0)) ?? [])
    if (s.startsWith(text)) return { op, rest: s.slice(text.length), word: HAN.test(text) };
  return { op: undefined, rest: s, word: false };
}

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
 * `s` in NFKC, but for the square and cubic unit signs ({@link UNIT_SIGNS}). Printable ASCII, CJK
 * unified ideographs, `≤ ≥ 、 。` and line whitespace are their own NFKC and never compose with
 * each other, so a value made of them only (most are) is returned as is without running the
 * normalisation.
 */
function nfkc(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x20 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff)) continue;
    if (c === 0x2264 || c === 0x2265 || c === 0x3001 || c === 0x3002) continue;
    if (c === 0x09 || c === 0x0a || c === 0x0d) continue;
    return nfkcKeepingUnits(s);
  }
  return s;
}

/** NFKC of the runs between unit signs, each sign written as {@link UNIT_SIGNS} says. */
function nfkcKeepingUnits(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const sign = UNIT_SIGNS.get(s.charAt(i));
    if (sign === undefined) continue;
    out += s.slice(from, i).normalize("NFKC") + sign;
    from = i + 1;
  }
  return from === 0 ? s.normalize("NFKC") : out + s.slice(from).normalize("NFKC");
}

const HAN = /\p{Script=Han}/u;

/** The suffix tables by last character (only the words ending like the string are tried). */
const SUFFIXES_BY_LAST = /*#__PURE__*/ byEnd(SUFFIXES, true);
const DATE_SUFFIXES_BY_LAST = /*#__PURE__*/ byEnd(DATE_SUFFIXES, true);

function suffixOf(
  s: string,
  table: ReadonlyMap<string, readonly (readonly [string, Comparator])[]>,
): { op: Comparator | undefined; rest: string } {
  for (const [text, op] of table.get(s.slice(-1)) ?? [])
    if (s.endsWith(text)) return { op, rest: s.slice(0, s.length - text.length) };
  return { op: undefined, rest: s };
}

function digitsAt(s: string, i: number): { digits: string; end: number } {
  let end = i;
  while (isDigit(s[end])) end++;
  return { digits: s.slice(i, end), end };
}

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

type DateRead = { date: TargetDate; op: Comparator | undefined } | "invalid" | undefined;

/** `2024年12月31日前`, `12月底前`, `2024年底`, `6月30日之前完成`; `undefined` when not a date. */
function readDate(s: string): DateRead {
  const body = s.endsWith("完成") ? s.slice(0, -2) : s;
  const { op, rest } = suffixOf(body, DATE_SUFFIXES_BY_LAST);
  let i = 0;
  let year: number | undefined;
  const y = digitsAt(rest, 0);
  if (y.digits.length === 4 && rest[y.end] === "年") {
    year = Number(y.digits);
    i = y.end + 1;
  } else if (rest.startsWith("年") && (rest[1] === "底" || rest[1] === "末")) i = 1;
  let month: number;
  let day: number | "end" | undefined;
  if (i > 0 && (rest[i] === "底" || rest[i] === "末")) {
    month = 12;
    day = "end";
    i += 1;
  } else {
    const m = digitsAt(rest, i);
    if (m.digits === "" || m.digits.length > 2 || rest[m.end] !== "月") return undefined;
    month = Number(m.digits);
    i = m.end + 1;
    if (rest[i] === "底" || rest[i] === "末") {
      day = "end";
      i += 1;
    } else {
      const d = digitsAt(rest, i);
      if (d.digits !== "") {
        if (d.digits.length > 2 || (rest[d.end] !== "日" && rest[d.end] !== "号")) return undefined;
        day = Number(d.digits);
        i = d.end + 1;
      }
    }
  }
  if (i !== rest.length) return undefined;
  // A bare `18月` is a count of months; with a year or a day it is a date that does not exist.
  if (month < 1 || month > 12)
    return year === undefined && day === undefined ? undefined : "invalid";
  if (typeof day === "number" && (day < 1 || day > daysIn(month, year))) return "invalid";
  const date: TargetDate = {
    ...(year === undefined ? {} : { year }),
    month,
    ...(day === undefined ? {} : { day }),
  };
  return { date, op };
}

/** A number at the start of `s` (optional sign), canonical, and the rest. */
function readNumber(s: string): { value: string; rest: string } | "malformed" | undefined {
  let i = 0;
  const negative = s[0] === "-" || s[0] === "−";
  if (SIGNS.includes(s[0] ?? "\u0000") && isDigit(s[1])) i = 1;
  if (!isDigit(s[i])) return undefined;
  let end = i;
  while (isNumberChar(s[end])) end++;
  const parsed = parseAmount(s.slice(i, end), "元");
  if (!parsed.ok || parsed.value === null) return "malformed";
  const v = parsed.value.value;
  const value = negative && /[1-9]/.test(v) ? `-${v}` : v;
  return { value, rest: s.slice(end) };
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
 * A count in Chinese numerals and its unit (`两次`, `三个`, `十二次/年`), up to 99; `undefined`
 * for a grade (`二级`, `Ⅲ类`) or anything else.
 */
function readHanCount(s: string): { value: string; unit: string } | undefined {
  let i = 0;
  const first = HAN_DIGITS[s.charAt(0)];
  if (first !== undefined) i = 1;
  let value = first;
  if (s[i] === "十") {
    i++;
    const ones = HAN_DIGITS[s.charAt(i)];
    if (ones !== undefined) i++;
    value = (first ?? 1) * 10 + (ones ?? 0);
  }
  const unit = s.slice(i);
  if (value === undefined || unit === "" || GRADE_UNITS.includes(unit.charAt(0))) return undefined;
  if (HAN_DIGITS[unit.charAt(0)] !== undefined || !validUnit(unit)) return undefined;
  return { value: String(value), unit };
}

/** A unit: short, without punctuation, operators or digits, not ending in an operator word. */
function validUnit(unit: string): boolean {
  if (unit.length > UNIT_MAX && !compoundUnit(unit)) return false;
  if (SUFFIXES.some(([text]) => unit.endsWith(text))) return false;
  for (const c of unit) if (isDigit(c) || NOT_IN_UNIT.includes(c)) return false;
  return true;
}

/** A unit of up to {@link UNIT_PARTS} parts, none blank or longer than {@link UNIT_MAX}. */
function compoundUnit(unit: string): boolean {
  let parts = 1;
  let length = 0;
  for (const c of unit) {
    if (!UNIT_SEPARATORS.includes(c)) {
      if (++length > UNIT_MAX) return false;
      continue;
    }
    if (length === 0 || ++parts > UNIT_PARTS) return false;
    length = 0;
  }
  return length > 0;
}

/**
 * Reads a printed indicator value (指标值). Whitespace is ignored and the text is compared after
 * NFKC (full-width `＞ ％ ／ ０-９` are half-width); the grammar, tried in this order:
 *
 * 1. an optional operator: `≥ ≤ > < = ＞ ＜ ≧ ≦ >= <=` or words (`不低于` `不少于` `至少` `达到` →
 *    `≥`; `不高于` `不超过` `不多于` `最多` → `≤`; `高于` `超过` → `>`; `低于` `少于` → `<`; `等于`);
 * 2. a date (`2024年12月31日前`, `12月底前`, `2024年底`; `前` → `≤`, `后` → `≥`);
 * 3. a range `low(unit)?-high(unit)` (separators `- ~ ～ — 至 到`, no operator allowed);
 * 4. a number (sign, digits, grouping, point) and a unit of at most 5 characters (or of up to 3
 *    such parts between `/` or `·`: `元/平方米/年`; `㎡` is `m²`, superscripts kept), then
 *    optionally `以上` / `及以上` (`≥`), `以下` / `以内` / `内` (`≤`); a ratio (`≥1:1`) is
 *    qualitative;
 * 5. an operator and a count in Chinese numerals (`≥两次`, `不少于三个`) is a quantity;
 * 6. otherwise, text without an operator is `qualitative` (`保障到位`), never an error; so is an
 *    operator followed by a standard rather than a number (`≥上年水平`, `≤预算数`, `≥Ⅲ类`,
 *    `≥合格`, `达到省级标准`), while an operator with nothing after it (`≥`, `不低于`) or a sign
 *    before a bare unit (`≥%`) lacks its number.
 *
 * Malformed values (an operator without a number, `9..5`, `90%-80%`, `13月` …) give a typed
 * {@link IndicatorValueError} with the input. Linear in the input; never throws.
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
  const trimmed = input.trim();
  if (trimmed === "") return err({ code: "empty", input });
  const compact = nfkc(trimmed).replace(/\s+/gu, "");
  const { op, rest, word } = prefixOf(compact);

  const date = readDate(rest);
  if (date === "invalid") return err({ code: "invalid-date", input });
  if (date !== undefined) {
    if (op !== undefined && date.op !== undefined && op !== date.op)
      return err({ code: "conflicting-operators", input });
    const dateOp = op ?? date.op;
    return ok({ kind: "date", ...(dateOp === undefined ? {} : { op: dateOp }), date: date.date });
  }

  const first = readNumber(rest);
  if (first === "malformed") return err({ code: "malformed-number", input });
  if (first === undefined) {
    if (op === undefined) return ok({ kind: "qualitative", text: trimmed });
    // `≥` or `不低于` alone lacks its number, and so does a sign before a bare unit (`≥%`).
    if (rest === "" || (!word && !startsWithWord(rest)))
      return err({ code: "missing-number", input });
    // A count in Chinese numerals (`≥两次`, `不少于三个`) is a quantity.
    const count = readHanCount(rest);
    if (count !== undefined) return ok({ kind: "quantity", op, ...count });
    // An operator and a standard (`≥上年水平`, `≤预算数`, `≥合格`, `达到省级标准`) is a
    // qualitative target.
    return ok({ kind: "qualitative", text: trimmed });
  }

  // A ratio (`≥1:1`, `1∶1.5`, `3:1以上`) is read as printed.
  if ((first.rest[0] === ":" || first.rest[0] === "∶") && isDigit(first.rest[1]))
    return ok({ kind: "qualitative", text: trimmed });

  const separator = rangeSeparator(first.rest);
  if (separator >= 0) {
    const lowUnit = first.rest.slice(0, separator);
    const second = readNumber(first.rest.slice(separator + 1));
    if (second === "malformed") return err({ code: "malformed-number", input });
    if (second !== undefined && validUnit(lowUnit) && validUnit(second.rest)) {
      if (op !== undefined) return err({ code: "operator-with-range", input });
      if (lowUnit !== "" && lowUnit !== second.rest)
        return err({ code: "range-units-differ", input });
      if (compareValues(first.value, second.value) > 0)
        return err({ code: "inverted-range", input });
      return ok({ kind: "range", low: first.value, high: second.value, unit: second.rest });
    }
  }

  const suffix = suffixOf(first.rest, SUFFIXES_BY_LAST);
  // `3天内` is ≤ 3 天, but a unit that is only `内` is no unit.
  const unit = suffix.op !== undefined && validUnit(suffix.rest) ? suffix.rest : first.rest;
  const after = unit === suffix.rest ? suffix.op : undefined;
  if (!validUnit(unit)) {
    if (op !== undefined) return err({ code: "malformed-unit", input, unit });
    return ok({ kind: "qualitative", text: trimmed });
  }
  if (op !== undefined && after !== undefined && op !== after)
    return err({ code: "conflicting-operators", input });
  const finalOp = op ?? after;
  // `9月` with a suffix (`9月以内`) is the date it prints as.
  const asDate = unit.length === 1 ? readDate(`${first.value}${unit}`) : undefined;
  if (asDate !== undefined && asDate !== "invalid")
    return ok({
      kind: "date",
      ...(finalOp === undefined ? {} : { op: finalOp }),
      date: asDate.date,
    });
  return ok(
    finalOp === undefined
      ? { kind: "quantity", value: first.value, unit }
      : { kind: "quantity", op: finalOp, value: first.value, unit },
  );
}
