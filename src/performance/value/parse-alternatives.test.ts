/**
 * Two figures of one measure printed with a slash between them (`90%/95%`, `≥90%/≥95%`: two
 * years', two groups' or either one's targets) and a deadline by a quarter (`4季度前`,
 * `三季度末前`): no quantity in a unit `%/95%` or `季度前`, no malformed unit either, but values
 * read as printed. A slash before a count of a measure (`次/2年`, `元/10人`) is still a unit's.
 */
import { describe, expect, it } from "vitest";
import { parseIndicatorValue } from "./parse";
import type { IndicatorValue } from "./types";

const value = (s: string): IndicatorValue => {
  const r = parseIndicatorValue(s);
  if (!r.ok) throw new Error(`${s}: ${r.error.code}`);
  return r.value;
};
const text = (s: string) => ({ kind: "qualitative", text: s });

describe("two figures of one measure joined by a slash are read as printed", () => {
  it.each([
    "90%/95%",
    "95%/90%",
    "≥90%/≥95%",
    "≥90%/95%",
    "不低于90%/95%",
    "不低于90%/不低于95%",
    "≥98%／≥95%",
    "≥3次/≥5次",
    "100人/120人",
    "≥1‰/≥2‰",
    "90%/95%/98%",
    "≥90%/≥95%/≥98%",
  ])("%s", (s) => {
    expect(value(s)).toEqual(text(s));
  });

  it("bites: a unit per a count of a measure stays a unit; a slash before a bare figure or an operator alone is none", () => {
    expect(value("≥1次/2年")).toEqual({ kind: "quantity", op: "≥", value: "1", unit: "次/2年" });
    expect(value("≤50元/10人")).toEqual({
      kind: "quantity",
      op: "≤",
      value: "50",
      unit: "元/10人",
    });
    expect(value("≥3次/年")).toEqual({ kind: "quantity", op: "≥", value: "3", unit: "次/年" });
    for (const wrong of ["≥3次/2", "≥90%/≥", "≥3次/≥"])
      expect(parseIndicatorValue(wrong).ok, wrong).toBe(false);
  });
});

describe("a deadline by a quarter is a time, no count in a unit 季度前", () => {
  it.each(["4季度前", "四季度前", "3季度末前", "三季度末前", "≤4季度前", "2季度以前", "3季度之后"])(
    "%s",
    (s) => {
      expect(value(s)).toEqual(text(s));
    },
  );

  it("bites: a count of quarters stays one, and a month's deadline a date", () => {
    expect(value("≥1次/季度")).toEqual({ kind: "quantity", op: "≥", value: "1", unit: "次/季度" });
    expect(value("≤2季度")).toEqual({ kind: "quantity", op: "≤", value: "2", unit: "季度" });
    expect(value("12月底前")).toEqual({
      kind: "date",
      op: "≤",
      date: { month: 12, day: "end" },
    });
  });
});
