import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import { extractClaims } from "./extract";
import type { Span } from "./types";

/** Fragments of the real phrasings, shuffled with numbers, punctuation, line breaks and noise. */
const fragments = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "其中：",
        "万元",
        "元",
        "，",
        "、",
        "占",
        "%",
        "增加",
        "减少",
        "增长",
        "下降",
        "持平",
        "比上年",
        "与2023年相比",
        "执行数为",
        "安排",
        "收入总计",
        "一般公共预算",
        "支出",
        "基本支出",
        "“三公”经费",
        "公务接待费",
        "无",
        "（类）",
        "（项）",
        "“",
        "”",
        "科目",
        "车辆",
        "辆",
        "个项目",
        "主要原因是",
        "XX",
        "……",
        "【请填写】",
        "（请填写",
        "）",
        "。",
        "\n",
        "一、",
        "1.",
      ),
      fc.integer({ min: -99999, max: 99999 }).map((n) => `${n / 100}`),
      fc.integer({ min: 0, max: 9_999_999 }).map((n) => n.toLocaleString("en-US")),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fragments,
);

const wellFormed = (input: string, s: Span) => {
  expect(s.start).toBeGreaterThanOrEqual(0);
  expect(s.end).toBeGreaterThanOrEqual(s.start);
  expect(s.end).toBeLessThanOrEqual(input.length);
  expect(s.text).toBe(input.slice(s.start, s.end));
};

describe("extractClaims on arbitrary text", () => {
  it("never throws on 10,000 strings; every span is a slice of the input; operands point at claims", () => {
    fc.assert(
      fc.property(text, (input) => {
        const r = extractClaims(input, { year: 2024, catalog: functional2024 });
        for (const c of r.claims) {
          wellFormed(input, c.span);
          if (c.kind === "amount") expect(c.value.value).toMatch(/^-?\d+(\.\d+)?$/u);
          if (c.kind === "percent") {
            expect(c.percent).toMatch(/^-?\d+(\.\d+)?$/u);
            for (const i of [c.part, c.whole, c.current, c.previous])
              if (i !== undefined) expect(r.claims[i]?.kind).toBe("amount");
            if (c.delta !== undefined) expect(r.claims[c.delta]?.kind).toBe("change");
          }
          if (c.kind === "count") expect(Number.isSafeInteger(c.value)).toBe(true);
        }
        for (const u of r.unplaced) {
          wellFormed(input, u.span);
          wellFormed(input, u.sentence);
          expect(u.sentence.start).toBeLessThanOrEqual(u.span.start);
        }
        for (const m of r.remarks) wellFormed(input, m.span);
      }),
      { numRuns: 10_000 },
    );
  });

  it("places or returns every number with an amount unit: none is dropped", () => {
    fc.assert(
      fc.property(fragments, (input) => {
        const r = extractClaims(input, { year: 2024 });
        const seen = new Set([
          ...r.claims.map((c) => c.span.end),
          ...r.unplaced.map((u) => u.span.end),
        ]);
        // every `<digit>万元` of the text ends a claim, an unplaced number or a threshold's count
        for (const m of input.matchAll(/\d万元/gu)) {
          const end = m.index + m[0].length;
          const threshold = /^(以上|以下|（含）|\(含\))/u.test(input.slice(end));
          if (!threshold) expect([input, end, seen.has(end)]).toEqual([input, end, true]);
        }
      }),
      { numRuns: 3_000 },
    );
  });
});
