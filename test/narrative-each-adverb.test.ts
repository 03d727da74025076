/**
 * `各` / `均` before a change makes it the change of each figure before it only as a standalone
 * adverb (`，比上年各增加…`, `，均比上年减少…`, `收支总计各增加…`): not as the first or last
 * character of a word (`人均`, `平均`, `日均`, `均衡`, `均匀`, `各项`, `各类`, `各单位`, `各科室`),
 * where the change stays the last figure's, as without it (Henan 2024 fixture, session 38 review).
 */
import { describe, expect, it } from "vitest";
import { factKey } from "../src/facts";
import { extractClaims } from "../src/narrative";
import { henanProbe } from "./support/narrative-alarms";

const { alarms } = henanProbe;
const changes = (body: string) =>
  extractClaims(body, { year: 2024 }).claims.flatMap((c) =>
    c.kind === "change"
      ? [`${factKey(c.subject.concept, c.subject.coords)} ${c.delta?.value}`]
      : [],
  );
const PRIOR = "2023年收入总计834.84万元。";
const TOTALS = "收入总计969.06万元，支出总计969.06万元，";

describe("a word holding 各 / 均 is no 'each' adverb", () => {
  it.each([
    "人均比上年增加1.00万元，主要原因是人员增加。",
    "平均比上年增加1.00万元，主要原因是人员增加。",
    "人均较上年增长1.00万元，主要原因是人员增加。",
    "日均比上年减少0.10万元，主要原因是厉行节约。",
    "较上年均衡增加1.00万元，主要原因是人员增加。",
    "各项支出比上年增加1.00万元，主要原因是人员增加。",
    "各类经费比上年增加1.00万元，主要原因是人员增加。",
    "各单位比上年增加1.00万元，主要原因是人员增加。",
    "各科室经费较上年增加1.00万元，主要原因是人员增加。",
    "比上年均匀增加1.00万元，主要原因是人员增加。",
    "各有关科室比上年增加1.00万元，主要原因是人员增加。",
    "村均比上年增加1.00万元，主要原因是人员增加。",
    "县均较上年增长1.00万元，主要原因是人员增加。",
  ])("%s: no false change of 收入总计", (tail) => {
    const body = `${PRIOR}${TOTALS}${tail}`;
    expect(alarms(body)).toEqual([]);
    // the last figure's, as without the word
    expect(changes(body)).toEqual([`spending.total ${figure(tail)}`]);
  });

  it.each([
    ["比上年各增加134.22万元", ["revenue.total 134.22", "spending.total 134.22"]],
    ["各比上年增加134.22万元", ["revenue.total 134.22", "spending.total 134.22"]],
    ["均比上年增加134.22万元", ["revenue.total 134.22", "spending.total 134.22"]],
    ["较上年均增加134.22万元", ["revenue.total 134.22", "spending.total 134.22"]],
    ["与2023年相比均增长134.22万元", ["revenue.total 134.22", "spending.total 134.22"]],
    ["同比均增加134.22万元", ["revenue.total 134.22", "spending.total 134.22"]],
  ])("%s: still the change of each (no alarm)", (change, expected) => {
    const body = `${PRIOR}${TOTALS}${change}，主要原因是人员增加。`;
    expect(alarms(body)).toEqual([]);
    expect(changes(body)).toEqual(expected);
  });

  it("a wrong shared change is still caught", () => {
    expect(alarms(`${PRIOR}${TOTALS}均比上年增加143.22万元，主要原因是人员增加。`)).toEqual([
      expect.stringMatching(/^narrative\.change: .*134\.22万元/u),
    ]);
  });
});

/** The change's figure as printed in `tail`. */
function figure(tail: string): string {
  const n = /\d+\.\d+/u.exec(tail)?.[0] ?? "";
  return tail.includes("减少") ? `-${n}` : n;
}
