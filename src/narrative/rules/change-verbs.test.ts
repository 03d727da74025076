/**
 * False alarms `narrative.amount` must not raise: a change stated with a verb other printers use
 * (`新增`, `调增`, `净增`, `多`, `追加`, `下调`, `净减`, `核减`, `少`…) after the base of its comparison
 * is a change, not the measure's figure: read as a change where the verb is known, else left
 * unplaced. A wrong figure of the measure in the same sentence is still found.
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { findings } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.amount");
const summary = tableBuilder(henan2024, "summary")
  .line("revenue", { "income.amount": "969.06" })
  .line("revenue.total", { "income.amount": "969.06" })
  .build().value;
const expenditure = tableBuilder(henan2024, "expenditure")
  .total({ total: "969.06", basic: "682.06", project: "287.00" })
  .build().value;
const found = (body: string) =>
  findings(check(disclosure([summary, expenditure], body)), "narrative.amount").map((f) => [
    f.expected,
    f.actual,
  ]);

const UP = [
  "新增",
  "调增",
  "净增",
  "增",
  "多",
  "多出",
  "追加",
  "扩大",
  "超出",
  "高出",
  "增支",
  "上调",
];
const DOWN = ["下调", "调减", "净减", "减", "少", "核减"];

describe("a change verb after a comparison's base: a change, not the total", () => {
  it.each([...UP, ...DOWN])("与2023年预算相比，收支总计%s134.22万元: no finding", (verb) => {
    const body = `某单位2024年收入总计969.06万元，支出总计969.06万元，与2023年预算相比，收支总计${verb}134.22万元，增长16.08%。`;
    expect(found(body)).toEqual([]);
  });

  it.each(["调增", "新增", "少"])("较上年支出总计%s134.22万元: no finding", (verb) => {
    expect(found(`2024年本部门支出总计较上年${verb}134.22万元。`)).toEqual([]);
  });

  it("a wrong total beside it is still found", () => {
    expect(
      found("某单位2024年收入总计900.00万元，与2023年预算相比，收支总计新增134.22万元。"),
    ).toEqual([["969.06", "900.00"]]);
  });
});
