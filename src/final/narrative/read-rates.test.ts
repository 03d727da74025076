import { describe, expect, it } from "vitest";
import { rateIn } from "./rates";

describe("completion rates as other printers word them", () => {
  it.each([
    ["支出决算为2940.05万元，完成年初预算的98.20%。", "98.20 initial"],
    ["支出决算为2940.05万元，年初预算完成率为98.20%。", "98.20 initial"],
    ["支出决算为2940.05万元，预算执行率98.20%。", "98.20 budget"],
    ["支出决算为2940.05万元，预算完成率达到98.20%。", "98.20 budget"],
    ["支出决算为2940.05万元，全年预算执行率为98.20%。", "98.20 full"],
    ["支出决算为2940.05万元，占年初预算的98.20%。", "98.20 initial"],
    ["支出决算为2940.05万元，为年初预算的98.20%。", "98.20 initial"],
    ["支出决算为2940.05万元，完成年初预算数的98.20%。", "98.20 initial"],
    // the outcome said as a part of the budget
    ["支出决算为2940.05万元，决算数占年初预算数的98.20%。", "98.20 initial"],
    ["支出决算为2940.05万元，决算数为年初预算数的98.20%。", "98.20 initial"],
    ["支出决算为2940.05万元，决算数占全年预算数的 98.20%。", "98.20 full"],
    ["支出决算为2940.05万元，占调整预算数的98.20%。", "98.20 full"],
    ["支出决算为2940.05万元，决算数占预算数的98.20%。", "98.20 budget"],
    // one said without its percentage is no rate; the rate after it is read
    [
      "主要用于人员支出，占预算的比重较大。支出决算为2940.05万元，完成年初预算的98.20%。",
      "98.20 initial",
    ],
  ])("%s", (text, expected) => {
    const r = rateIn(text);
    expect(r === undefined ? undefined : `${r.percent} ${r.base}`).toBe(expected);
  });

  it.each([
    // a 率 inside a longer name, or in a reason, is not the statement's
    "支出决算为2940.05万元，决算数小于预算数，主要原因是部分项目预算执行率为60%。",
    "支出决算为2940.05万元，项目预算执行率为60%。",
    "支出决算为2940.05万元，预算执行率较高。",
    "支出决算为2940.05万元，占预算数的比例较高。",
  ])("not a completion rate: %s", (text) => {
    expect(rateIn(text)).toBeUndefined();
  });

  it("a rate after a reason's sentence is read again", () => {
    expect(rateIn("主要原因是项目调整。年初预算完成率为98.20%。")?.percent).toBe("98.20");
  });
});
