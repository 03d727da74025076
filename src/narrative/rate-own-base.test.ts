/** A rate before a change is that change's only when the change prints no comparison of its own. */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

describe("extractClaims: a growth rate before a change against another base", () => {
  it.each([
    "收入总计969.06万元，比上年增长16.08%，较上年执行数增加150.00万元。",
    "收入总计969.06万元，比上年预算增长16.08%，比上年决算增加150.00万元。",
    "收入总计969.06万元，比上年增长16.08%，比2022年增加300.00万元。",
    "收入总计969.06万元，较上年增长16.08%（剔除一次性因素后增加100.00万元）。",
    "收入总计969.06万元，比上年增长16.08%（扣除结转后增加100.00万元）。",
    "收入总计969.06万元，比上年执行数增长5.00%，比上年预算增加134.22万元。",
  ])("not tied: %s", (text) => {
    const rates = read(text).claims.filter((c) => c.startsWith("percent"));
    expect(rates).toHaveLength(1);
    expect(rates[0]).not.toMatch(/ d\d/);
  });

  it.each([
    "收入总计969.06万元，比上年增长16.08%，同比增加134.22万元。",
    "收入总计969.06万元，比上年增长16.08%，即增加134.22万元。",
    "收入总计969.06万元，比上年增长16.08%（增134.22万元）。",
  ])("tied: %s", (text) => {
    expect(read(text).claims.filter((c) => c.startsWith("percent"))).toEqual([
      "percent growth revenue.total 16.08 up d2 c0",
    ]);
  });

  it("a rate against another year than the change's is not tied either: it is left (other-year)", () => {
    const r = read("收入总计969.06万元，较2022年增长30.00%，较上年增加134.22万元。");
    expect(r.claims.filter((c) => c.startsWith("percent"))).toEqual([]);
    expect(r.unplaced.map((u) => u.split(" [")[0])).toEqual(["other-year false"]);
  });
});
