import { describe, expect, it } from "vitest";
import { paragraphsOf, rangeOf, sentencesOf } from "./layout";

const at = (start: number) => ({ start, end: start + 1, text: "" });

describe("sentencesOf and paragraphsOf: ranges in input offsets", () => {
  it("a sentence ends after its 。; a last one without it runs to the end of the text", () => {
    expect(sentencesOf("收入预算1,212.12万元。事业收入2,620,000元。")).toEqual([
      { start: 0, end: 15 },
      { start: 15, end: 30 },
    ]);
    expect(sentencesOf("收入预算1,212.12万元。事业收入2,620,000元")).toEqual([
      { start: 0, end: 15 },
      { start: 15, end: 29 },
    ]);
    expect(sentencesOf("收入预算1,212.12万元")).toEqual([{ start: 0, end: 14 }]);
  });

  it("a heading line is a paragraph of its own (its line break with it); a 。 does not end one", () => {
    expect(paragraphsOf("一、收入预算情况\n收入预算1,212.12万元。事业收入2,620,000元。")).toEqual([
      { start: 0, end: 9 },
      { start: 9, end: 39 },
    ]);
  });

  it("a text opening with a blank line starts its first paragraph after it", () => {
    expect(paragraphsOf("\n收入预算1,212.12万元。")).toEqual([{ start: 1, end: 16 }]);
  });
});

describe("rangeOf: the range a span starts in", () => {
  const ranges = [
    { start: 0, end: 15 },
    { start: 15, end: 30 },
  ];

  it("a span starting where one range ends is in the next", () => {
    expect([0, 14, 15, 29].map((s) => rangeOf(ranges, at(s)))).toEqual([0, 0, 1, 1]);
    expect(rangeOf([{ start: 0, end: 15 }], at(3))).toBe(0);
  });

  it("a span outside every range is in none", () => {
    expect(rangeOf(ranges, at(30))).toBe(-1);
    expect(rangeOf([{ start: 5, end: 10 }], at(2))).toBe(-1);
    expect(rangeOf([], at(0))).toBe(-1);
  });
});
