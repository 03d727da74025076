/**
 * One growth rate for both sides (`收支总计各增长R%，比上年增加134.22万元`, `收、支总计均增长…`) printed
 * before a change against the rate's own base: the change is each side's, so the rate is checked on
 * both (a wrong rate was left unchecked for 收入总计, the change placed on the paragraph's last
 * measure only). Checked on the Henan fixture (969.06 on each side, 134.22 more than last year:
 * 16.08 %).
 */
import { describe, expect, it } from "vitest";
import { read } from "../src/narrative/test-support";
import { henanProbe } from "./support/narrative-alarms";

const LEAD = "中共洛阳市涧西区委办公室2024年收入总计969.06万元，支出总计969.06万元，";
const WHY = "主要原因是人员数量增加。";
/** Each wording with `R` for the rate. */
const WORDINGS = [
  "收支总计各增长R%，比上年增加134.22万元",
  "收支总计各增长R%，较上年增加134.22万元",
  "收支总计均增长R%，比2023年增加134.22万元",
  "收、支总计各增长R%，比上年各增加134.22万元",
  "收入、支出总计各增长R%，同比增加134.22万元",
  "收支总计各比上年增长R%，比上年增加134.22万元",
  "收入和支出总计均增长R%，即比上年增加134.22万元",
];
const body = (w: string, rate: string) => `${LEAD}${w.replace("R", rate)}，${WHY}`;

describe("one rate for both sides before a change against the same base", () => {
  it.each(WORDINGS)("a right rate gives no alarm: %s", (w) => {
    expect(henanProbe.alarms(body(w, "16.08"))).toEqual([]);
  });

  it.each(WORDINGS)("a wrong rate is caught on each side: %s", (w) => {
    const alarms = henanProbe.alarms(body(w, "18.08"));
    expect(alarms.length, alarms.join("\n")).toBeGreaterThan(0);
    for (const a of alarms) expect(a).toMatch(/^narrative\.percent: .*18\.08/u);
  });

  it("a wrong change makes the rate wrong on each side", () => {
    const alarms = henanProbe.alarms(
      body(WORDINGS[0] as string, "16.08").replace("134.22", "143.22"),
    );
    expect(alarms.length, alarms.join("\n")).toBeGreaterThan(0);
  });

  it.each([
    "与2023年预算相比，收支总计各增长R%，比上年增加134.22万元",
    "与上年相比，收支总计各增长R%，比上年各增加134.22万元",
    "较2023年度，收、支总计均增长R%，较上年度增加134.22万元",
  ])("after a comparison of its own clause: %s", (w) => {
    expect(henanProbe.alarms(body(w, "16.08"))).toEqual([]);
    const alarms = henanProbe.alarms(body(w, "18.08"));
    expect(alarms.length, alarms.join("\n")).toBeGreaterThan(0);
    for (const a of alarms) expect(a).toMatch(/^narrative\.percent: .*18\.08/u);
  });

  it.each([
    "与上年执行数相比，收支总计各增长18.08%，比上年增加134.22万元",
    "与2022年相比，收支总计各增长18.08%，比上年增加134.22万元",
  ])("after a comparison with another base, not tied: %s", (w) => {
    const rates = read(`${LEAD}${w}。`).claims.filter((c) => c.startsWith("percent"));
    for (const r of rates) expect(r).not.toMatch(/ d\d/u);
  });

  it.each(WORDINGS)("each rate has its change: %s", (w) => {
    const rates = read(body(w, "16.08")).claims.filter((c) => c.startsWith("percent"));
    expect(rates).toHaveLength(2);
    for (const r of rates) expect(r).toMatch(/ d\d/u);
  });

  it("the change is each side's", () => {
    expect(read(`${LEAD}收支总计各增长16.08%，比上年增加134.22万元。`).claims).toEqual([
      "amount revenue.total 969.06万元 current budget equals [969.06万元]",
      "amount spending.total 969.06万元 current budget equals [969.06万元]",
      "percent growth revenue.total 16.08 up d4 c0",
      "percent growth spending.total 16.08 up d5 c1",
      "change revenue.total up 134.22 budget [134.22万元]",
      "change spending.total up 134.22 budget [134.22万元]",
    ]);
  });

  it.each([
    // another base: another figure, not tied (no alarm whatever the rate)
    "收支总计各增长18.08%，较上年执行数增加150.00万元",
    "收支总计各增长18.08%，比2022年增加300.00万元",
    "收支总计各增长18.08%，比上年决算增加150.00万元",
  ])("another base, not tied: %s", (w) => {
    const rates = read(`${LEAD}${w}。`).claims.filter((c) => c.startsWith("percent"));
    expect(rates).toHaveLength(2);
    for (const r of rates) expect(r).not.toMatch(/ d\d/u);
  });
});
