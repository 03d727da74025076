/**
 * A growth rate printed before its change (`比上年增长16.08%（增加134.22万元）`, `增长16.08%，增加
 * 134.22万元`, `…，即增加…`) is that change's rate, as it is printed after it: a wrong rate is
 * caught, a rate rounded as printed is not. Checked on the Henan fixture (969.06 in all, 134.22
 * more than last year: 16.08 %).
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

const DEPT = "中共洛阳市涧西区委办公室2024年";
// (each sentence says why: a change of 10 % and more without a reason is an alarm of its own)

describe("a growth rate before its change", () => {
  it.each([
    `${DEPT}收入总计969.06万元，比上年预算增长16.08%（增加134.22万元），主要原因是人员数量增加。`,
    `${DEPT}支出总计969.06万元，比2023年预算增长16.08%，增加134.22万元，主要原因是人员数量增加。`,
    `${DEPT}一般公共预算收支预算969.06万元，较上年增长16.1%，即增加134.22万元，主要原因是人员数量增加。`,
    `${DEPT}收入总计969.06万元，比上年增长16%（增加134.22万元），主要原因是人员数量增加。`,
    `${DEPT}收入总计969.06万元，同比增长16.08%（增134.22万元），主要原因是人员数量增加。`,
    `${DEPT}收入总计969.06万元，比上年预算增加134.22万元，增长16.08%，主要原因是人员数量增加。`,
  ])("a right rate gives no alarm: %s", (text) => {
    expect(henanProbe.alarms(text)).toEqual([]);
  });

  it.each([
    [
      `${DEPT}收入总计969.06万元，比上年预算增长18.06%（增加134.22万元），主要原因是人员数量增加。`,
      "18.06",
    ],
    [
      `${DEPT}支出总计969.06万元，比2023年预算增长16.80%，增加134.22万元，主要原因是人员数量增加。`,
      "16.80",
    ],
    [
      `${DEPT}一般公共预算收支预算969.06万元，较上年增长13.8%，即增加134.22万元，主要原因是人员数量增加。`,
      "13.8",
    ],
    [
      `${DEPT}收入总计969.06万元，比上年预算增加134.22万元，增长18.06%，主要原因是人员数量增加。`,
      "18.06",
    ],
  ])("a wrong rate is caught: %s", (text, rate) => {
    const alarms = henanProbe.alarms(text);
    expect(alarms, alarms.join("\n")).toHaveLength(1);
    expect(alarms[0]).toContain(rate);
  });

  it.each([
    // the rate's measure is not the change's; a figure between them; another clause between
    `${DEPT}收入总计969.06万元，比上年增长18.06%，其中人员经费增加134.22万元，主要原因是人员数量增加。`,
    `${DEPT}收入总计969.06万元，比上年增长18.06%，达到969.06万元，增加134.22万元，主要原因是人员数量增加。`,
    `${DEPT}收入总计969.06万元，比上年增长18.06%，主要原因是人员增加，增加134.22万元，主要原因是人员数量增加。`,
  ])("a rate not right before its change is not tied to it: %s", (text) => {
    expect(henanProbe.alarms(text).filter((a) => a.includes("18.06"))).toEqual([]);
  });
});
