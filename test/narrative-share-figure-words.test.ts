/**
 * A budget 情况说明 printing a share before its part's figure (`基本支出占70.38%，计682.06万元`,
 * `占比…，金额…`, `…，即…`, `…，数额…`): the figure is the part's and the share is checked with it,
 * as in the other order (the words are shared with the 决算 reader: `share-figure-words.ts`).
 * Henan 2024: 支出合计 969.06, 基本支出 682.06 (70.38 %).
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

const DEPT = "中共洛阳市涧西区委办公室2024年支出合计969.06万元，其中：";
/** `S` the share, `A` the amount. */
const WORDINGS = [
  "基本支出占S%，计A万元。",
  "基本支出占比S%，金额A万元。",
  "基本支出所占比重为S%，金额为A万元。",
  "基本支出占S%，即A万元。",
  "基本支出占S%，数额A万元。",
  "基本支出占支出合计的S%，共计A万元。",
];
const body = (w: string, share: string, amount: string) =>
  DEPT + w.replace("S", share).replace("A", amount);

describe("a share before its part's figure (budget)", () => {
  it.each(WORDINGS)("right figures: no alarm: %s", (w) => {
    expect(henanProbe.alarms(body(w, "70.38", "682.06"))).toEqual([]);
  });
  it.each(WORDINGS)("a wrong share is caught: %s", (w) => {
    const alarms = henanProbe.alarms(body(w, "72.38", "682.06"));
    expect(
      alarms.some((a) => a.includes("72.38")),
      alarms.join("\n"),
    ).toBe(true);
  });
  it.each(WORDINGS)("a wrong amount is caught: %s", (w) => {
    const alarms = henanProbe.alarms(body(w, "70.38", "692.06"));
    expect(
      alarms.some((a) => a.includes("692.06")),
      alarms.join("\n"),
    ).toBe(true);
  });
});
