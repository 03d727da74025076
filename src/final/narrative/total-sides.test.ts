/**
 * 一 and 四 (收入支出总计, 财政拨款收入支出总计) however printers part the two sides of the one name:
 * enumerated with `、` (`收、支总计`, `收入、支出决算总计`) or joined (`收入和支出决算总计`). `收、支总计
 * 均为…` was not read at all.
 */
import { describe, expect, it } from "vitest";
import { readFinalNarrative } from "./read";

const read = (t: string) => {
  const r = readFinalNarrative(t);
  return `${r.total?.value ?? "-"} ${r.fiscalTotal?.value ?? "-"}`;
};

describe("the total's one name, its sides parted", () => {
  it.each([
    ["2024年度收、支总计均为370.82万元。", "370.82 -"],
    ["2024年度收、支决算总计均为370.82万元。", "370.82 -"],
    ["2024年度收入和支出决算总计均为370.82万元。", "370.82 -"],
    ["2024年度收入与支出总计均为370.82万元。", "370.82 -"],
    ["2024年度财政拨款收、支总计均为307.82万元。", "- 307.82"],
    // the forms read before
    ["2024年度收入、支出总计均为370.82万元。", "370.82 -"],
    ["2024年度收支总计370.82万元。", "370.82 -"],
  ])("%s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});
