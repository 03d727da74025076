/** A growth rate printed before its change is that change's rate (`delta`), as after it. */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

describe("extractClaims: a growth rate before its change", () => {
  it.each([
    "收入总计969.06万元，比上年预算增长16.08%（增加134.22万元）。",
    "收入总计969.06万元，比上年预算增长16.08%，增加134.22万元。",
    "收入总计969.06万元，较上年增长16.08%，即增加134.22万元，主要原因是人员增加。",
  ])("%s", (text) => {
    expect(read(text).claims).toEqual([
      "amount revenue.total 969.06万元 current budget equals [969.06万元]",
      "percent growth revenue.total 16.08 up d2 c0",
      "change revenue.total up 134.22 budget [134.22万元]",
    ]);
  });

  it("a fall before its decrease", () => {
    expect(read("一般公共预算支出969.06万元，比上年下降5.00%，减少51.00万元。").claims).toEqual([
      "amount spending|fund=gpb 969.06万元 current budget equals [969.06万元]",
      "percent growth spending|fund=gpb 5.00 down d2 c0",
      "change spending|fund=gpb down -51.00 budget [51.00万元]",
    ]);
  });

  it.each([
    // another measure's change; a figure between; a clause between
    "收入总计969.06万元，比上年增长16.08%，其中人员经费增加134.22万元。",
    "收入总计969.06万元，比上年增长16.08%，达到969.06万元，增加134.22万元。",
    "收入总计969.06万元，比上年增长16.08%，主要是人员增加，增加134.22万元。",
    "收入总计969.06万元，比上年增长16.08%。增加134.22万元。",
  ])("not tied: %s", (text) => {
    expect(read(text).claims.filter((c) => c.startsWith("percent"))).toEqual([
      "percent growth revenue.total 16.08 up c0",
    ]);
  });
});
