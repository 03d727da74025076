/** A rate before a change is that change's when the change's own comparison is the rate's. */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

describe("extractClaims: a growth rate before a change against the same base", () => {
  it.each([
    "收入总计969.06万元，比上年增长16.08%，比上年增加134.22万元。",
    "收入总计969.06万元，较上年增长16.08%，较上年度增加134.22万元。",
    "收入总计969.06万元，比2023年增长16.08%，比上年增加134.22万元。",
    "收入总计969.06万元，同比增长16.08%，即比上年增加134.22万元。",
    "收入总计969.06万元，比上年增长16.08%，与上年相比增加134.22万元。",
    "收入总计969.06万元，比上年增长16.08%，具体增加134.22万元。",
    "收入总计969.06万元，比上年增长16.08%，合计增加134.22万元。",
    "收入总计969.06万元，比上年增长16.08%，净增加134.22万元。",
    "收入总计969.06万元，比上年增长16.08%，累计增加134.22万元。",
  ])("tied: %s", (text) => {
    expect(read(text).claims).toEqual([
      "amount revenue.total 969.06万元 current budget equals [969.06万元]",
      "percent growth revenue.total 16.08 up d2 c0",
      "change revenue.total up 134.22 budget [134.22万元]",
    ]);
  });

  it.each([
    "收入总计969.06万元，比上年增长16.08%，比2022年增加300.00万元。",
    "收入总计969.06万元，比上年增长16.08%，较上年执行数增加150.00万元。",
    "收入总计969.06万元，比上年执行数增长5.00%，比上年预算增加134.22万元。",
    "收入总计969.06万元，比上年增长16.08%，比上年剔除一次性因素后增加100.00万元。",
  ])("not tied: %s", (text) => {
    const rates = read(text).claims.filter((c) => c.startsWith("percent"));
    expect(rates).toHaveLength(1);
    expect(rates[0]).not.toMatch(/ d\d/);
  });

  it("a rate against another year than the change's is not tied either: it is left (other-year)", () => {
    const r = read("收入总计969.06万元，较2022年增长30.00%，同比增加134.22万元。");
    expect(r.claims.filter((c) => c.startsWith("percent"))).toEqual([]);
    expect(r.unplaced.map((u) => u.split(" [")[0])).toEqual(["other-year false"]);
  });
});
