/**
 * A growth rate printed before a change whose own comparison is the rate's (`比上年增长16.08%，比上年
 * 增加134.22万元`, `较上年…，较上年度…`, `比2023年…，比上年…` in 2024, `同比…，比上年…`) restates the
 * rate's change, as does a change opened by a restating word (`即比上年增加`, `具体增加`, `合计增加`,
 * `净增加`, `累计增加`): a wrong rate is caught, a right one is not. A change against another base
 * (`较上年执行数`, `比2022年`, `比上年决算`) is another figure; one against another year is left
 * unplaced, with the rate of it. Checked on the Henan fixture (969.06 in
 * all, 134.22 more than last year: 16.08 %).
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

const DEPT = "中共洛阳市涧西区委办公室2024年";
const WHY = "主要原因是人员数量增加。";
/** Each wording with `R` for the rate (of 134.22 more than last year). */
const WORDINGS = [
  "比上年增长R%，比上年增加134.22万元",
  "较上年增长R%，较上年增加134.22万元",
  "比2023年增长R%，比2023年增加134.22万元",
  "比上年增长R%，即比上年增加134.22万元",
  "比上年增长R%，具体增加134.22万元",
  "比上年增长R%，合计增加134.22万元",
  "比上年增长R%，净增加134.22万元",
  "比上年增长R%，累计增加134.22万元",
  // variants: the same comparison in other words
  "比上年增长R%，较上年度增加134.22万元",
  "比2023年预算增长R%，比上年预算增加134.22万元",
  "同比增长R%，比上年增加134.22万元",
  "较上年增长R%，与上年相比增加134.22万元",
  "比上年增长R%（比上年增加134.22万元）",
  "较上年度增长R%，即较2023年度增加134.22万元",
  "比上年执行数增长R%，比上年执行数增加134.22万元",
];
const body = (w: string, rate: string) =>
  `${DEPT}收入总计969.06万元，${w.replace("R", rate)}，${WHY}`;

describe("a growth rate before a change against the same base", () => {
  it.each(WORDINGS)("a right rate gives no alarm: %s", (w) => {
    expect(henanProbe.alarms(body(w, "16.08"))).toEqual([]);
  });

  it.each(WORDINGS)("a wrong rate is caught: %s", (w) => {
    const alarms = henanProbe.alarms(body(w, "19.08"));
    expect(alarms, alarms.join("\n")).toHaveLength(1);
    expect(alarms[0]).toContain("narrative.percent");
    expect(alarms[0]).toContain("19.08");
  });

  it("the same earlier year on both sides: both left unplaced (other-year), never recomputed", () => {
    // no table states 2022's figure: neither the change nor its rate is compared (coverage)
    const w = "比2022年增长R%，比2022年增加300.00万元";
    expect(henanProbe.alarms(body(w, "44.84"))).toEqual([]);
    expect(henanProbe.alarms(body(w, "30.00"))).toEqual([]);
  });

  it.each([
    // another base: another figure, whatever the rate
    "比上年增长16.08%，较上年执行数增加150.00万元",
    "比上年增长16.08%，比上年决算增加150.00万元",
    "比上年增长16.08%，比2022年增加300.00万元",
    "较2022年增长30.00%，同比增加134.22万元",
    "较2022年增长30.00%，即较上年增加134.22万元",
    "比上年执行数增长5.00%，比上年增加134.22万元",
    "比上年增长16.08%，比上年调整后预算增加100.00万元",
    "比上年增长16.08%，比上年剔除一次性因素后增加100.00万元",
    "比上年增长16.08%，比上年实际支出增加150.00万元",
  ])("a change against another base is another figure: %s", (w) => {
    expect(henanProbe.alarms(`${DEPT}收入总计969.06万元，${w}，${WHY}`)).toEqual([]);
  });
});
