/**
 * A figure whose paragraph ends with a colon (`一般公共预算支出808.00万元，具体为：`), then its parts
 * in numbered paragraphs of their own (`1.…`, `（一）…`): each item is a part of that figure as
 * after a 其中 (its fund, the whole of its share), until a paragraph that is no item.
 */
import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import { tableBuilder } from "../disclosure";
import { findings, one } from "../rules/test-support";
import { henan2024 } from "../templates";
import { checker, disclosure } from "./rules/test-support";
import { read } from "./test-support";

const opts = { catalog: functional2024 };
// 一般公共预算 808.00 of 968.00 (all funds): 201 一般公共服务 638.00 of 648.00 (事业收入 10.00 more)
const items = (lead: string, marks: readonly [string, string]) =>
  [
    lead,
    `${marks[0]}一般公共服务支出（类）638.00万元，占78.96%，主要用于机关正常运转。`,
    `${marks[1]}住房保障支出（类）50.00万元，占6.19%。`,
  ].join("\n");

describe("numbered paragraphs after a figure and a colon list its parts", () => {
  it.each([
    ["2024年一般公共预算支出808.00万元，具体为：", ["1.", "2."]],
    ["一般公共预算支出808.00万元，按功能科目分类如下：", ["（一）", "（二）"]],
    ["2024年一般公共预算支出808.00万元，主要用于以下方面：", ["1、", "2、"]],
  ] as const)("%s %s…", (lead, marks) => {
    expect(read(items(lead, marks), 2024, opts)).toEqual({
      claims: [
        "amount spending|fund=gpb 808.00万元 current budget equals [808.00万元]",
        "amount spending|functional=201|fund=gpb 638.00万元 current budget equals [638.00万元]",
        "percent share spending|functional=201|fund=gpb 78.96 - p1 w0",
        "amount spending|functional=221|fund=gpb 50.00万元 current budget equals [50.00万元]",
        "percent share spending|functional=221|fund=gpb 6.19 - p3 w0",
      ],
      unplaced: [],
    });
  });

  it("the list ends with a paragraph that is no item: its figures are of no fund", () => {
    const text = `${items("一般公共预算支出808.00万元，具体为：", ["1.", "2."])}\n基本支出618.00万元。`;
    expect(read(text, 2024, opts).claims.at(-1)).toBe(
      "amount spending|nature=basic 618.00万元 current budget equals [618.00万元]",
    );
  });

  it("a colon after a sentence without a figure, or after a heading, lists no figure's parts", () => {
    const text = [
      "一般公共预算支出808.00万元。按功能科目分：",
      "1.卫生健康支出（类）40.00万元，占4.95%。",
    ];
    expect(read(text.join("\n"), 2024, opts)).toEqual({
      claims: [
        "amount spending|fund=gpb 808.00万元 current budget equals [808.00万元]",
        "amount spending|functional=210 40.00万元 current budget equals [40.00万元]",
      ],
      unplaced: ["no-base false [4.95%] in [1.卫生健康支出（类）40.00万元，占4.95%。]"],
    });
  });
});

describe("narrative rules on numbered items: the fund's figures, not every fund's", () => {
  const check = checker("narrative.amount", "narrative.percent");
  const tables = [
    tableBuilder(henan2024, "expenditure")
      .total({ total: "968.00", basic: "618.00", project: "350.00" })
      .functional("201", "一般公共服务支出", {
        total: "648.00",
        basic: "448.00",
        project: "200.00",
      })
      .functional("221", "住房保障支出", { total: "50.00", basic: "50.00", project: "" })
      .build().value,
    tableBuilder(henan2024, "gpbExpenditure")
      .total({ total: "808.00", basic: "608.00", project: "200.00" })
      .functional("201", "一般公共服务支出", {
        total: "638.00",
        basic: "438.00",
        project: "200.00",
      })
      .functional("221", "住房保障支出", { total: "50.00", basic: "50.00", project: "" })
      .build().value,
  ];
  const body = items("三、一般公共预算支出808.00万元，具体为：", ["1.", "2."]).replace("三、", "");

  it("a correct list: no finding", () => {
    const r = check(disclosure(tables, `三、支出预算情况\n${body}`));
    expect([findings(r, "narrative.amount"), findings(r, "narrative.percent")]).toEqual([[], []]);
  });

  it("a wrong share of an item is still caught", () => {
    const f = one(
      check(disclosure(tables, `三、支出预算情况\n${body.replace("6.19%", "6.91%")}`)),
      "narrative.percent",
    );
    expect([f.expected, f.actual]).toEqual(["6.19", "6.91"]);
  });
});
