/**
 * A growth rate printed before a change is that change's rate only when the change's clause prints
 * no comparison of its own (`增加…`, `（增加…）`, `即增加…`, `同比增加…`): a change against another
 * base (`较上年执行数`, `比上年决算`, `比2022年`, `较上年`) or in an aside that qualifies it
 * (`剔除…后`, `扣除…`, `不含…`) is another figure, left as it was. Checked on the Henan fixture
 * (969.06 in all, 134.22 more than last year's budget: 16.08 %).
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

const DEPT = "中共洛阳市涧西区委办公室2024年";
const WHY = "主要原因是人员数量增加。";

describe("a growth rate before a change against another base", () => {
  it.each([
    `${DEPT}收入总计969.06万元，比上年增长16.08%，较上年执行数增加150.00万元，${WHY}`,
    `${DEPT}收入总计969.06万元，比上年预算增长16.08%，比上年决算增加150.00万元，${WHY}`,
    `${DEPT}收入总计969.06万元，比上年增长16.08%，比2022年增加300.00万元，${WHY}`,
    `${DEPT}收入总计969.06万元，较上年增长16.08%（剔除一次性因素后增加100.00万元），${WHY}`,
    `${DEPT}收入总计969.06万元，比上年执行数增长5.00%，比上年预算增加134.22万元，${WHY}`,
    `${DEPT}收入总计969.06万元，较2022年增长30.00%，较上年增加134.22万元，${WHY}`,
    // variants: another printer's words for the same
    `${DEPT}支出总计969.06万元，同比增长16.08%，与2022年决算相比增加300.00万元，${WHY}`,
    `${DEPT}收入总计969.06万元，比上年增长16.08%（扣除结转资金后增加80.00万元），${WHY}`,
    `${DEPT}收入总计969.06万元，比上年增长16.08%（不含上年结转增加90.00万元），${WHY}`,
    `${DEPT}收入总计969.06万元，比上年预算增长16.08%，比上年实际支出增加150.00万元，${WHY}`,
  ])("no alarm: %s", (text) => {
    expect(henanProbe.alarms(text)).toEqual([]);
  });

  it.each([
    // the change restates the rate's (no comparison of its own): a wrong rate is still caught
    [`${DEPT}收入总计969.06万元，比上年增长18.06%，同比增加134.22万元，${WHY}`, "18.06"],
    [`${DEPT}收入总计969.06万元，比上年增长18.06%（增加134.22万元），${WHY}`, "18.06"],
    [`${DEPT}收入总计969.06万元，比上年预算增长18.06%，即增加134.22万元，${WHY}`, "18.06"],
    [`${DEPT}收入总计969.06万元，比上年预算增长18.06%，增加134.22万元，${WHY}`, "18.06"],
  ])("a wrong rate restated by its change is caught: %s", (text, rate) => {
    const alarms = henanProbe.alarms(text);
    expect(alarms, alarms.join("\n")).toHaveLength(1);
    expect(alarms[0]).toContain(rate);
  });
});
