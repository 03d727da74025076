/**
 * 上年结转 in a 其中 list under 收入总计 (`收入总计969.06万元，其中：本年收入939.06万元，上年结转结余
 * 30.00万元`), and 年终结转结余 under 支出总计: a part of the total by what the total is, read as the
 * carry-over itself (it was a category of the total, dropped without a word). A wrong carry-over
 * is caught.
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../disclosure";
import { findings } from "../rules/test-support";
import { henan2024 } from "../templates";
import { checker, disclosure } from "./rules/test-support";
import { read } from "./test-support";

describe("the carry-over in a 其中 list under its total", () => {
  it.each([
    "收入总计969.06万元，其中：本年收入939.06万元，上年结转结余30.00万元。",
    "2024年收入总计969.06万元，其中上年结转30.00万元。",
    "收入总计969.06万元，其中：一般公共预算拨款收入939.06万元，上年结转结余30.00万元。",
  ])("%s", (text) => {
    expect(read(text).claims).toContain(
      "amount revenue.carryover 30.00万元 current budget equals [30.00万元]",
    );
  });

  it("年终结转结余 under 支出总计", () => {
    expect(read("支出总计969.06万元，其中：年终结转结余10.00万元。").claims).toContain(
      "amount spending.carryforward 10.00万元 current budget equals [10.00万元]",
    );
  });
});

describe("narrative.amount: the carry-over under 收入总计 is checked", () => {
  const check = checker("narrative.amount");
  const summary = tableBuilder(henan2024, "summary")
    .line("revenue", { "income.amount": "939.06" })
    .line("revenue.carryover", { "income.amount": "30.00" })
    .line("revenue.total", { "income.amount": "969.06" })
    .build().value;
  const run = (body: string) =>
    findings(check(disclosure([summary], body)), "narrative.amount").map((f) => [
      f.expected,
      f.actual,
    ]);

  it("true: no finding", () => {
    expect(run("收入总计969.06万元，其中：本年收入939.06万元，上年结转结余30.00万元。")).toEqual(
      [],
    );
  });

  it("wrong (20.00 for 30.00): found", () => {
    expect(
      run("收入总计969.06万元，其中：本年收入939.06万元，上年结转结余20.00万元。"),
    ).toContainEqual(["30.00", "20.00"]);
  });
});
