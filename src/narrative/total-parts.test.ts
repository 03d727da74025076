/**
 * The parts of a 收入总计 / 支出总计 after 其中 that are the year's figures of a fund (`一般公共预算
 * 拨款收入`, `政府性基金预算拨款收入`) are those funds' revenue, not one category named 收入 of the
 * total: two funds' figures are never the same item.
 */
import { describe, expect, it } from "vitest";
import { findings } from "../rules/test-support";
import { checker, disclosure } from "./rules/test-support";
import { read } from "./test-support";

const consistentOf = (text: string) =>
  findings(checker("narrative.consistent")(disclosure([], text)), "narrative.consistent");

describe("extractClaims: a fund's revenue within 收入总计", () => {
  it.each([
    "2024年本部门收入总计969.06万元，其中：一般公共预算拨款收入969.06万元，占100%；政府性基金预算拨款收入0万元。",
    "2024年收入总计969.06万元，其中：一般公共预算拨款收入969.06万元，政府性基金预算拨款收入0.00万元。",
    "收入总计969.06万元。其中：一般公共预算拨款收入969.06万元；政府性基金预算拨款收入0万元；国有资本经营预算拨款收入0万元。",
  ])("%s", (text) => {
    const amounts = read(text).claims.filter((c) => c.startsWith("amount"));
    expect(amounts[0]).toMatch(/^amount revenue\.total 969\.06万元 /u);
    expect(amounts[1]).toMatch(/^amount revenue\|fund=gpb 969\.06万元 /u);
    expect(amounts[2]).toMatch(/^amount revenue\|fund=govFund 0(\.00)?万元 /u);
  });

  it("no false narrative.consistent error between the two funds", () => {
    expect(
      consistentOf(
        "2024年本部门收入总计969.06万元，其中：一般公共预算拨款收入969.06万元，占100%；政府性基金预算拨款收入0万元。",
      ),
    ).toEqual([]);
  });

  it("a part without a fund stays a category of the total; 上年结转 is the carry-over itself", () => {
    expect(
      read("2024年收入总计1000.00万元，其中：本年收入900.00万元，上年结转100.00万元。").claims,
    ).toEqual([
      "amount revenue.total 1000.00万元 current budget equals [1000.00万元]",
      "amount revenue.total|category=本年收入 900.00万元 current budget equals [900.00万元]",
      "amount revenue.carryover 100.00万元 current budget equals [100.00万元]",
    ]);
  });
});
