/**
 * False alarms that the narrative rules must not raise on text copied out of a PDF: characters
 * that print nothing (zero-width space U+200B, joiners U+200C/U+200D/U+2060, byte-order mark
 * U+FEFF, soft hyphen U+00AD) inside a word or a number are read as if absent, and the spaces
 * PDF tools print (no-break U+00A0, narrow no-break U+202F, thin U+2009) as spaces. A figure that
 * is wrong is still found, whichever of them stands in it.
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { findings } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { compact } from "../text";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.amount");
const tables = [
  tableBuilder(henan2024, "expenditure")
    .total({ total: "1,969.06", basic: "1,682.06", project: "287.00" })
    .build().value,
];
const found = (body: string) =>
  findings(check(disclosure(tables, body)), "narrative.amount").map((f) => f.params.claim);

const MARKS: readonly [string, string][] = [
  ["U+200B", "\u200b"],
  ["U+200C", "\u200c"],
  ["U+200D", "\u200d"],
  ["U+2060", "\u2060"],
  ["U+FEFF", "\ufeff"],
  ["U+00AD", "\u00ad"],
];

describe("characters that print nothing are read as absent", () => {
  it.each(MARKS)("%s: compact drops it", (_, m) => {
    expect(compact(`基本${m}支出1,${m}682.${m}06${m}万元`).text).toBe("基本支出1,682.06万元");
  });

  it.each(
    MARKS.flatMap(([name, m]) => [
      [name, `支出合计1,969.06万元，其中：基本${m}支出1,682.06万元，项目支出287.00万元。`],
      [
        name,
        `支出合计1,${m}969.06万元，其中：基本支出1,682.${m}06万元，项目${m}支出287.00${m}万元。`,
      ],
      [name, `${m}支出合计1,969.06万元。`],
    ]),
  )("%s: no finding in %s", (_, body) => {
    expect(found(body)).toEqual([]);
  });

  it.each([
    ["U+00A0", "\u00a0"],
    ["U+202F", "\u202f"],
    ["U+2009", "\u2009"],
  ])("%s is a space: no finding", (_, m) => {
    expect(found(`支出合计1,969.06${m}万元，其中：基本支出${m}1,682.06万元。`)).toEqual([]);
  });

  it.each(MARKS)("%s: a wrong figure is still found", (_, m) => {
    expect(found(`支出合计1,969.06万元，其中：基本${m}支出1,6${m}82.16万元。`)).toHaveLength(1);
  });
});
