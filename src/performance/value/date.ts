import { SUFFIXES_BY_LAST } from "./operators";
import { byEnd, digitsAt, RANGE_SEPARATORS, suffixOf, type WordTable } from "./scan";
import type { Comparator, TargetDate } from "./types";

/** Date suffixes: by (`前`) or from (`后`) the date. */
const DATE_SUFFIXES: WordTable = [
  ["之前", "≤"],
  ["以前", "≤"],
  ["前", "≤"],
  ["之后", "≥"],
  ["以后", "≥"],
  ["后", "≥"],
];
/** {@link DATE_SUFFIXES} by last character. @internal */
export const DATE_SUFFIXES_BY_LAST = /*#__PURE__*/ byEnd(DATE_SUFFIXES, true);

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A date read, `invalid` (no such date) or `undefined` (not a date). @internal */
export type DateRead = { date: TargetDate; op: Comparator | undefined } | "invalid" | undefined;

/** A year as printed: 4 digits, the first not 0 (`0301/7` is no date of the year 301). */
const isYear = (digits: string): boolean => digits.length === 4 && digits.charAt(0) !== "0";

/** Separators of a date printed in numbers (`2024.12.31`, `2024-12-31`, `2024/12/31`). */
const DATE_SEPARATORS = ".-/";

/** Whether a date's month and day exist (`null` for the day when none is printed). */
function exists(year: number | undefined, month: number, day: number | null): boolean {
  if (month < 1 || month > 12) return false;
  return day === null || (day >= 1 && day <= daysIn(month, year));
}

/**
 * A date printed in numbers with its 4-digit year: `2024.12.31`, `2024-12-31`, `2024/12`;
 * `undefined` when `rest` is not one. A dotted `2024.12` without a day or a date suffix is the
 * number it also is, and a month and day without a year (`1.5前`, `12.31前`) may be a number as
 * well; a date that does not exist is `invalid` where it can be nothing else (a day printed, or a
 * date suffix).
 */
function numericDate(rest: string, suffixed: boolean): DateRead {
  const first = digitsAt(rest, 0);
  const sep = rest.charAt(first.end);
  if (sep === "" || !DATE_SEPARATORS.includes(sep)) return undefined;
  const second = digitsAt(rest, first.end + 1);
  if (second.digits === "" || second.digits.length > 2) return undefined;
  let third: number | null = null;
  if (second.end < rest.length) {
    const d = digitsAt(rest, second.end + 1);
    if (rest[second.end] !== sep || d.digits === "" || d.digits.length > 2) return undefined;
    if (d.end !== rest.length || !isYear(first.digits)) return undefined;
    third = Number(d.digits);
  }
  const a = Number(first.digits);
  const b = Number(second.digits);
  // `1.5前` is no date without its year: the month and day are written with 月 / 日.
  if (!isYear(first.digits)) return undefined;
  // `2024.12` alone is the number it also is (a quantity prints so).
  if (!suffixed && third === null && sep === ".") return undefined;
  if (!exists(a, b, third)) return suffixed || third !== null ? "invalid" : undefined;
  return {
    date: { year: a, month: b, ...(third === null ? {} : { day: third }) },
    op: undefined,
  };
}

/** Whether digits are a calendar year a 时效 value prints (1900 to 2099). */
const isCalendarYear = (digits: string): boolean =>
  digits.length === 4 && (digits.startsWith("19") || digits.startsWith("20"));

/**
 * Whether a number and the text after it print a year or a period of years (`2024年`,
 * `2024年度`, `2024年上半年`, `2024年第四季度`, `2024年内`, `2024-2025年`, `2024年至2026年`):
 * a time, not a count of years (`3年`, `3-5年`).
 *
 * @internal
 */
export function calendarYears(value: string, rest: string): boolean {
  if (!isCalendarYear(value)) return false;
  if (rest.startsWith("年")) return true;
  if (!RANGE_SEPARATORS.includes(rest.charAt(0))) return false;
  const next = digitsAt(rest, 1);
  return isCalendarYear(next.digits) && rest.charAt(next.end) === "年";
}

/** Parts of a month a time is printed as (`12月中旬`, `6月初`). */
const MONTH_PARTS: readonly string[] = ["上旬", "中旬", "下旬", "初", "中"];

/**
 * Whether a number and the text after it print a part of a month (`12月中旬`, `6月上旬前`,
 * `9月初完成`): a time, not a count in the unit `月中旬`.
 *
 * @internal
 */
export function partOfMonth(value: string, rest: string): boolean {
  const month = Number(value);
  if (!/^\d{1,2}$/u.test(value) || month < 1 || month > 12 || !rest.startsWith("月")) return false;
  const body = rest.endsWith("完成") ? rest.slice(1, -2) : rest.slice(1);
  return MONTH_PARTS.includes(suffixOf(body, DATE_SUFFIXES_BY_LAST).rest);
}

/**
 * Whether a number and the text after it print a span of months of the year (`1-12月`, `1—12月`,
 * `1月-12月`, `1月份至12月份`, `3~6月底`, `1-12月份完成`, and across the new year `11-3月`, the
 * heating season): a period, read as printed, not a range of a number of months (written
 * `3-6个月`) nor an inverted one. Both ends name a month (1 to 12); the high end prints 月 and
 * words after it at most (`月底`, `月中旬`, `月期间`), a bound aside (`9-10月以内` is by
 * October). @internal
 */
export function monthSpan(value: string, rest: string): boolean {
  const low = Number(value);
  const from = rest.startsWith("月份") ? 2 : rest.startsWith("月") ? 1 : 0;
  if (!RANGE_SEPARATORS.includes(rest.charAt(from))) return false;
  const high = digitsAt(rest, from + 1);
  const tail = rest.slice(high.end);
  const month = (n: number) => Number.isInteger(n) && n >= 1 && n <= 12;
  if (!/^\d{1,2}$/u.test(value) || !month(low)) return false;
  if (high.digits.length > 2 || !month(Number(high.digits))) return false;
  // A bound after it (`9-10月以内`) is the date it prints as, read with the range.
  if (suffixOf(tail, SUFFIXES_BY_LAST).op !== undefined) return false;
  return tail.startsWith("月") && HAN_ONLY.test(tail);
}

/** Range separators between two dates (`2024.1.1-2024.12.31`, `2024.1.1至2024.12.31`). */
/** The longest date printed in numbers (`2024.12.31`): the separator of a range is no further. */
const NUMERIC_DATE_MAX = 10;

/**
 * Whether `s` is a period between two dates printed in numbers, each with its year
 * (`2024.1.1-2024.12.31`, `2024-01-01至2024-12-31`): `invalid` when one end does not exist.
 * Tries the few separators a first date can end at, so it is linear. @internal
 */
export function numericDateRange(s: string): boolean | "invalid" {
  const last = Math.min(s.length - 1, NUMERIC_DATE_MAX);
  for (let k = 6; k <= last; k++) {
    if (!RANGE_SEPARATORS.includes(s.charAt(k))) continue;
    const from = numericDate(s.slice(0, k), true);
    const to = numericDate(s.slice(k + 1), true);
    if (from === undefined || to === undefined) continue;
    return from === "invalid" || to === "invalid" ? "invalid" : true;
  }
  return false;
}

/**
 * @internal `2024年12月31日前`, `12月底前`, `12月份前`, `2024年底`, `2024.12.31前`, `6月30日之前完成`,
 * and as {@link plainDate} writes them (`十二月底前`, `当年12月底前`, `2024年11月30日前拨付到位`);
 * `undefined` when not a date.
 */
export function readDate(s: string): DateRead {
  const read = readPlainDate(s);
  if (read !== undefined) return read;
  const plain = plainDate(s);
  return plain === s ? undefined : readPlainDate(plain);
}

/** Words naming the budget's own year before a date (`当年12月底前`): a date without a year is in it. */
const THIS_YEAR: readonly string[] = ["当年度", "本年度", "当年", "本年", "今年"];
/** The longest action after a date (`拨付到位`, `完成验收并投入使用`), in characters. */
const ACTION_MAX = 12;
const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * A date as {@link readPlainDate} reads it: without a word naming the budget's own year before it
 * (`当年12月底前` is `12月底前`, `本年底前` is `年底前`; `次年` is another year, which a date
 * without a year cannot hold: it stays; a month and day in numerals are in digits already, see
 * `numeralsInDigits`), and without the action after its suffix (`2024年11月30日前拨付到位` is
 * `2024年11月30日前`: words only, not `前后`, no figure).
 */
function plainDate(s: string): string {
  let out = s;
  const year = THIS_YEAR.find((w) => out.startsWith(w));
  if (year !== undefined) {
    const next = out.charAt(year.length);
    out = (next === "底" || next === "末" ? "年" : "") + out.slice(year.length);
  }
  const by = out.search(/[前后]/u);
  const tail = by < 0 ? "" : out.slice(by + 1);
  if (tail !== "" && tail.length <= ACTION_MAX && HAN_ONLY.test(tail) && !tail.startsWith("后"))
    out = out.slice(0, by + 1);
  return out;
}

/**
 * Digits without their leading zeros (one zero kept): `077` is 77, as a quantity reads it, so a
 * month printed `077月底` reads as `77月底` does (no month), and `0012月底前` as `12月底前`.
 */
const significant = (digits: string): string => {
  let i = 0;
  while (i < digits.length - 1 && digits.charAt(i) === "0") i++;
  return i === 0 ? digits : digits.slice(i);
};

/** {@link readDate} of a date as printed in digits. */
function readPlainDate(s: string): DateRead {
  const body = s.endsWith("完成") ? s.slice(0, -2) : s;
  const { op, rest } = suffixOf(body, DATE_SUFFIXES_BY_LAST);
  const numeric = numericDate(rest, op !== undefined);
  if (numeric === "invalid") return numeric;
  if (numeric !== undefined) return { date: numeric.date, op };
  let i = 0;
  let year: number | undefined;
  const y = digitsAt(rest, 0);
  if (isYear(y.digits) && rest[y.end] === "年") {
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
    if (m.digits === "" || significant(m.digits).length > 2 || rest[m.end] !== "月")
      return undefined;
    month = Number(m.digits);
    i = m.end + 1;
    // `12月份` names the month as `12月` does.
    if (rest[i] === "份") i += 1;
    if (rest[i] === "底" || rest[i] === "末") {
      day = "end";
      i += 1;
    } else {
      const d = digitsAt(rest, i);
      if (d.digits !== "") {
        if (significant(d.digits).length > 2 || (rest[d.end] !== "日" && rest[d.end] !== "号"))
          return undefined;
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
