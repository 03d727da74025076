/**
 * False alarms that `narrative.amount` must not raise: a figure whose clause names no measure,
 * only a word saying it is money (`资金`, `安排`, `预算`), is not the paragraph's measure again when
 * it is a part the reader has no name for: when the paragraph already printed that measure's
 * figure and this one differs (`项目支出287.00万元，专项业务经费安排100.00万元`, after `其中` as
 * well), or when its sentence only names the measure (`项目支出中，专项资金100.00万元`). Those
 * figures are unplaced (coverage), never compared with the measure's cell. The same figure again,
 * a change, last year's figure and the 绩效目标 money are still read.
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { findings, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { read } from "../test-support";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.amount");
const expenditure = tableBuilder(henan2024, "expenditure")
  .total({ total: "969.06", basic: "682.06", project: "287.00" })
  .build().value;
const run = (body: string) => check(disclosure([expenditure], body));

describe("narrative.amount: a part the reader has no name for is not its whole", () => {
  it.each([
    ["支出合计969.06万元，其中专项资金100.00万元。", "100.00万元"],
    ["支出合计969.06万元，其中：专项经费安排100.00万元，其他资金20.00万元。", "100.00万元"],
    ["项目支出287.00万元，包括专项业务经费安排100.00万元。", "100.00万元"],
    ["项目支出287.00万元，专项业务经费安排100.00万元。", "100.00万元"],
    ["项目支出287.00万元，主要用于专项业务，安排100.00万元。", "100.00万元"],
    ["项目支出287.00万元，用于信息化建设资金100.00万元。", "100.00万元"],
    ["项目支出287.00万元，主要是办公设备购置资金20.00万元。", "20.00万元"],
    ["支出合计969.06万元。专项资金100.00万元，主要用于会议。", "100.00万元"],
    ["基本支出682.06万元，其中：保障运转预算50.00万元。", "50.00万元"],
    // the measure only named in the sentence, no figure of it printed
    ["项目支出中，专项资金100.00万元。", "100.00万元"],
    ["项目支出主要用于专项业务，安排100.00万元。", "100.00万元"],
    ["“三公”经费中，公务用车资金4.00万元。", "4.00万元"],
  ])("%s: no finding, %s unplaced", (body, figure) => {
    expect(findings(run(body), "narrative.amount")).toEqual([]);
    expect(read(body).unplaced.map((u) => `${u.split(" [")[0]} ${u.split(/[[\]]/u)[1]}`)).toContain(
      `no-subject true ${figure}`,
    );
  });

  it("the measure's own figure printed is still checked (a wrong 项目支出 is found)", () => {
    const r = run("项目支出278.00万元，专项业务经费安排100.00万元。");
    expect(findings(r, "narrative.amount").map((f) => [f.expected, f.actual])).toEqual([
      ["287.00", "278.00"],
    ]);
  });
});

describe("what a money word still names", () => {
  it("the same figure again (基本支出682.06万元，预算安排682.06万元) passes", () => {
    const r = run("基本支出682.06万元，预算安排682.06万元。");
    expect([outcome(r, "narrative.amount"), findings(r, "narrative.amount")]).toEqual(["pass", []]);
    expect(read("基本支出682.06万元，预算安排682.06万元。").claims).toHaveLength(2);
  });

  it("a change after 其中 is the measure's named before it", () => {
    expect(
      read("收入预算969.06万元，其中：财政拨款收入950.12万元，比上年增加0.46万元。").claims,
    ).toEqual([
      "amount revenue 969.06万元 current budget equals [969.06万元]",
      "amount revenue|fund=government 950.12万元 current budget equals [950.12万元]",
      "change revenue|fund=government up 0.46 budget [0.46万元]",
    ]);
  });

  it("the 绩效目标 money after 项目支出 is at most it, though it differs", () => {
    const text = "项目支出287.00万元。本单位编报绩效目标的项目共11个，涉及项目预算资金200.00万元。";
    expect(read(text).claims.at(-1)).toBe(
      "amount spending|nature=project 200.00万元 current budget atMost [200.00万元]",
    );
  });
});
