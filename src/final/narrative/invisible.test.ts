/**
 * Characters a PDF's or a Word file's text layer leaves that print nothing (a zero-width space,
 * a soft hyphen, a byte-order mark, a word joiner) or print a space that does not break (U+00A0,
 * U+202F): the 决算 reader reads the text as if they were absent (a plain space for the latter),
 * so a figure around one is read, checked and counted, and a gap's offsets stay the section's.
 */
import { describe, expect, it } from "vitest";
import { finalTextCoverage } from "./coverage";
import { paragraphsOf } from "./paragraphs";
import { readFinalNarrative, readFinalText } from "./read";
import { finalAmountRule } from "./rules";
import { run, spendingTotal } from "./test-support";

const cover = (body: string) => {
  const paragraphs = [paragraphsOf(body.split("\n"))];
  return finalTextCoverage(
    [{ title: "情况说明", body }],
    paragraphs,
    readFinalText(paragraphs).reads,
  );
};

/** 三's statement, with `mark` where a text layer may leave one. */
const VARIANTS: readonly [string, (total: string) => string][] = [
  ["NBSP before 万元", (t) => `本年支出合计${t}\u00a0万元，其中：基本支出150.00万元，占75.00%。`],
  ["NNBSP before 万元", (t) => `本年支出合计${t}\u202f万元，其中：基本支出150.00万元，占75.00%。`],
  [
    "ZWSP in the number",
    (t) =>
      `本年支出合计${t.slice(0, 2)}\u200b${t.slice(2)}万元，其中：基本支出150.00万元，占75.00%。`,
  ],
  ["ZWSP before 万元", (t) => `本年支出合计${t}\u200b万元，其中：基本支出150.00万元，占75.00%。`],
  [
    "soft hyphen after the point",
    (t) => `本年支出合计${t.replace(".", ".\u00ad")}万元，其中：基本支出150.00万元，占75.00%。`,
  ],
  ["ZWSP in the label", (t) => `本年支出\u200b合计${t}万元，其中：基本支出150.00万元，占75.00%。`],
  ["BOM in the label", (t) => `本年\ufeff支出合计${t}万元，其中：基本支出150.00万元，占75.00%。`],
  [
    "word joiner in the label",
    (t) => `本年支出合\u2060计${t}万元，其中：基本\u200b支出150.00万元，占75.00%。`,
  ],
  [
    "BOM opening the text",
    (t) => `\ufeff本年支出合计${t}万元，其中：基本支出150.00万元，占75.00%。`,
  ],
  [
    "NBSP indent and around",
    (t) =>
      `\u00a0\u00a0本年支出合计为\u00a0${t}\u00a0万元，其中：基本支出150.00\u00a0万元，占75.00\u00a0%。`,
  ],
];

describe("invisible characters in a 决算 情况说明", () => {
  it.each(VARIANTS)("%s: read as if absent", (_, text) => {
    const r = readFinalNarrative(text("200.00"));
    expect(r.spending?.whole.value).toBe("200.00");
    expect(r.spending?.parts.map((p) => [p.amount.value, p.percent])).toEqual([
      ["150.00", "75.00"],
    ]);
    expect(cover(text("200.00"))[0]?.gaps).toEqual([]);
  });

  it.each(VARIANTS)("%s: a correct total passes, a wrong one is found", (_, text) => {
    expect(run(finalAmountRule, [text("200.00")], [spendingTotal("200.00")]).findings).toEqual([]);
    const wrong = run(finalAmountRule, [text("210.00")], [spendingTotal("200.00")]);
    expect(wrong.findings.map((f) => f.params.printed ?? f.params.text)).toHaveLength(1);
  });

  it("a figure left unread is a gap at its offsets in the section, invisible characters and all", () => {
    const body = "一、说明\n\u00a0\u00a0某项\u200b目的资金为1,2\u200b34.50\u00a0万元。";
    const gaps = cover(body)[0]?.gaps ?? [];
    expect(gaps.map((g) => [g.text, body.slice(g.start, g.end)])).toEqual([
      ["1,234.50 万元", "1,2\u200b34.50\u00a0万元"],
    ]);
  });
});
