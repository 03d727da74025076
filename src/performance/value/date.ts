import { byEnd, digitsAt, suffixOf, type WordTable } from "./scan";
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
const DATE_SUFFIXES_BY_LAST = /*#__PURE__*/ byEnd(DATE_SUFFIXES, true);

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A date read, `invalid` (no such date) or `undefined` (not a date). @internal */
export type DateRead = { date: TargetDate; op: Comparator | undefined } | "invalid" | undefined;

/** @internal `2024年12月31日前`, `12月底前`, `2024年底`, `6月30日之前完成`; `undefined` when not a date. */
export function readDate(s: string): DateRead {
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
