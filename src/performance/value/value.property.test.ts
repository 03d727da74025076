import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIndicatorValue } from "./format";
import { parseIndicatorValue } from "./parse";
import type { Comparator, IndicatorValue } from "./types";

const digits = (min: number, max: number) =>
  fc
    .array(fc.constantFrom(..."0123456789"), { minLength: min, maxLength: max })
    .map((d) => d.join(""));

/** Canonical non-negative decimals: no leading zeros, 0–3 fraction digits. */
const decimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), digits(0, 3))
  .map(([i, f]) => (f === "" ? `${i}` : `${i}.${f}`));
const signed = fc
  .tuple(fc.boolean(), decimal)
  .map(([neg, d]) => (neg && /[1-9]/.test(d) ? `-${d}` : d));
const unit = fc.constantFrom(
  "",
  "%",
  "条",
  "元/人",
  "次/天",
  "小时/天",
  "万元",
  "个",
  "天",
  "分",
  "人次",
  "篇",
  "m²",
  "km³",
  "元/m²",
  "元/平方米/年",
  "万元/人·年",
);
const op = fc.option(fc.constantFrom<Comparator>("≥", "≤", ">", "<", "="), { nil: undefined });

const quantity = fc.record({ op, value: signed, unit }).map(
  ({ op, value, unit }): IndicatorValue => ({
    kind: "quantity",
    ...(op === undefined ? {} : { op }),
    value,
    unit,
  }),
);
const range = fc
  .tuple(decimal, decimal, unit)
  .map(([a, b, unit]): IndicatorValue => {
    const [low, high] = Number(a) <= Number(b) ? [a, b] : [b, a];
    return { kind: "range", low, high, unit };
  })
  // Number() only orders the generated ends; equal-looking ends with different decimals are fine.
  .filter((v) => v.kind !== "range" || parseIndicatorValue(formatIndicatorValue(v)).ok);
const date = fc
  .record({
    year: fc.option(fc.integer({ min: 2000, max: 2099 }), { nil: undefined }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.option(fc.oneof(fc.integer({ min: 1, max: 28 }), fc.constant("end" as const)), {
      nil: undefined,
    }),
    op: fc.option(fc.constantFrom<Comparator>("≥", "≤", "="), { nil: undefined }),
  })
  .map(
    ({ year, month, day, op }): IndicatorValue => ({
      kind: "date",
      ...(op === undefined ? {} : { op }),
      date: {
        ...(year === undefined ? {} : { year }),
        month,
        ...(day === undefined ? {} : { day }),
      },
    }),
  );
const qualitative = fc
  .array(fc.constantFrom(..."保障到位落实按需确定无延误及时规范合理，"), {
    minLength: 1,
    maxLength: 12,
  })
  .map((cs) => cs.join(""))
  .filter((t) => !t.startsWith("，") && !t.endsWith("，"))
  .map((text): IndicatorValue => ({ kind: "qualitative", text }));

const anyValue = fc.oneof(quantity, range, date, qualitative);

describe("indicator values: parse ∘ format", () => {
  it("parse(format(v)) equals v for every canonical value", () => {
    fc.assert(
      fc.property(anyValue, (v) => {
        const r = parseIndicatorValue(formatIndicatorValue(v));
        expect(r).toEqual({ ok: true, value: v });
      }),
      { numRuns: 2000 },
    );
  });

  it("format is a normal form: any string that parses reads back equal from its print", () => {
    const printedish = fc.oneof(
      fc.string({ maxLength: 16 }),
      fc
        .array(
          fc.constantFrom(..."≥≤＞＜=不低于超过以上内0123456789.,%％条元/／人天月日年底前-～至 "),
          {
            maxLength: 14,
          },
        )
        .map((cs) => cs.join("")),
    );
    fc.assert(
      fc.property(printedish, (s) => {
        const r = parseIndicatorValue(s);
        if (!r.ok) {
          expect(r.error.input).toBe(s);
          return;
        }
        expect(parseIndicatorValue(formatIndicatorValue(r.value))).toEqual(r);
      }),
      { numRuns: 5000 },
    );
  });

  it("reads back equal the counterexamples the normal-form property found at random", () => {
    // A name after a percentage before a suffix (`4％元内`), a year with a leading 0 (`0301/7`).
    for (const s of [
      "4％元内",
      "9％以前内",
      "5％低 月内",
      "≥90%满意度以上",
      "0301/7",
      "0301年7月",
      // a month or day with leading zeros, read as without them
      "0012月底前",
      "12月005日",
      // a range whose high end is a score out of a whole or a ratio: read as printed
      "2至7/7日",
      "1-2:1",
      "3～5×2天",
      // a figure left partly unfilled before a note (`<0X;?`): read as printed, as `<0X` alone
      "<0X;?",
      "≥9X%，全年",
    ]) {
      const r = parseIndicatorValue(s);
      expect(r.ok && parseIndicatorValue(formatIndicatorValue(r.value))).toEqual(r);
    }
    // `077月底` is no date, as `77月底` is none (was: 77 in the unit 月底, printed back as no date)
    expect(parseIndicatorValue("077月底")).toMatchObject({
      ok: false,
      error: { code: "invalid-date" },
    });
    expect(parseIndicatorValue("≥90%满意度以上")).toEqual({
      ok: true,
      value: { kind: "quantity", op: "≥", value: "90", unit: "%" },
    });
  });

  it("never throws and stays linear on long adversarial input", () => {
    const long = `≥${"9".repeat(5000)}${"至".repeat(5000)}`;
    expect(parseIndicatorValue(long).ok).toBe(false);
    const text = "按".repeat(20000);
    expect(parseIndicatorValue(text)).toEqual({ ok: true, value: { kind: "qualitative", text } });
  });
});
