import { describe, expect, it } from "vitest";
import { readFinalNarrative } from "./read";

/** The 三公 figures read beyond 七(一), as `item outcome percent`. */
const figures = (text: string) =>
  readFinalNarrative(text).sanGongItems.map(
    (i) => `${i.item} ${i.outcome.value} ${i.percent ?? "-"}`,
  );

const SEVEN = "七、财政拨款“三公”经费支出决算情况说明\n";

describe("七 beyond its first paragraph: the 三公 items' outcomes", () => {
  it("七(二): each item with its share of the 三公 total", () => {
    expect(
      figures(
        "“三公”经费财政拨款支出决算中，因公出国（境）费支出决算 0.00 万元，占 0.00%；公务用车购置及运行维护费支出决算 0.00 万元，占 0.00%；公务接待费支出决算 0.39 万元，占100.00%。具体情况如下：",
      ),
    ).toEqual(["abroad 0.00 0.00", "vehicles 0.00 0.00", "reception 0.39 100.00"]);
  });

  it.each([
    [
      "1、因公出国（境）费支出 0.00 万元。全年安排因公出国（境）团组 0 个、累计 0 人次。",
      ["abroad 0.00 -"],
    ],
    [
      "2、公务用车购置及运行维护费支出 0.00 万元。其中：公务用车购置支出为 0.00 万元。",
      ["vehicles 0.00 -", "vehicles.purchase 0.00 -"],
    ],
    ["公务用车运行维护支出 0.00 万元。", ["vehicles.operation 0.00 -"]],
    ["3、公务接待费支出决算为0.39万元，其中：国内公务接待支出0.39万元。", ["reception 0.39 -"]],
    // a change, a comparison, a count: no outcome
    ["公务接待费支出决算减少 0.15 万元，下降 27.78%。", []],
    ["因公出国（境）费支出与上一年度持平；公务接待费支出比上年减少0.15万元。", []],
    ["公务用车购置及运行维护费支出 0 辆。", []],
  ] as const)("%s", (line, expected) => {
    expect(figures(SEVEN + line)).toEqual(expected);
  });

  it("outside 七, a paragraph not about 三公 is not read for them", () => {
    expect(
      figures("十一、其他重要事项的情况说明\n机关运行经费中公务接待费0.39万元，办公费84.62万元。"),
    ).toEqual([]);
  });
});

describe("七: the 三公 total's change against last year", () => {
  const HEAD =
    "“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为 0.39 万元，完成预算的 13.68%，其中：因公出国（境）费决算为 0.00 万元，完成预算的 0.00%；公务接待费支出决算为 0.39 万元，完成预算的 13.68%。\n";
  const change = (line: string) =>
    readFinalNarrative(SEVEN + HEAD + line)
      .changes.filter((c) => c.subject === "sanGong")
      .map(
        (c) =>
          `${c.current.value} ${c.delta.value} ${c.percent ?? "-"}${c.item === undefined ? "" : ` ${c.item}`}`,
      );

  it.each([
    [
      "2024 年度“三公”经费财政拨款支出决算数比 2023 年度减少 0.15 万元，下降（增长）27.78%。",
      ["0.39 -0.15 27.78"],
    ],
    ["与上年相比，“三公”经费支出减少0.15万元，下降27.78%。", ["0.39 -0.15 27.78"]],
    ["“三公”经费财政拨款支出比上年减少0.15万元，降幅27.78%。", ["0.39 -0.15 27.78"]],
    // an item's change is not the total's
    [
      "“三公”经费中，公务接待费支出比上年减少0.15万元，下降27.78%。",
      ["0.39 -0.15 27.78 reception"],
    ],
    ["与上年相比，公务接待费减少0.15万元，下降27.78%。", ["0.39 -0.15 27.78 reception"]],
    // the template's sentence: the total's change, then each item's
    [
      "2024 年度“三公”经费财政拨款支出决算数比 2023 年度减少 0.15 万元，下降 27.78%，其中：因公出国（境）费支出与上一年度持平；公务接待费支出决算减少 0.15 万元，下降 27.78%。",
      ["0.39 -0.15 27.78", "0.39 -0.15 27.78 reception"],
    ],
    // an item whose outcome 七(一) did not print is not read
    [
      "2024年度“三公”经费比上年减少0.15万元，下降27.78%，其中公务用车购置及运行维护费减少0.00万元。",
      ["0.39 -0.15 27.78"],
    ],
    // a name inside a longer one is not the item's
    ["与上年相比，国内公务接待费减少0.15万元，下降27.78%。", []],
  ] as const)("%s", (line, expected) => {
    expect(change(line)).toEqual(expected);
  });
});

describe("七 as the national form and other printers word it", () => {
  const changes = (text: string) =>
    readFinalNarrative(text)
      .changes.filter((c) => c.subject === "sanGong")
      .map((c) => `${c.current.value} ${c.delta.value} ${c.percent ?? "-"} ${c.item ?? "total"}`);
  const OPEN =
    "2024年度财政拨款“三公”经费支出预算为2.85万元，支出决算为0.39万元，完成预算的13.68%。";

  it.each([
    // the total's change in 七(一)'s own paragraph, with or without a comma after 相比
    [`${OPEN}与2023年度相比，减少0.15万元，下降27.78%。`, ["0.39 -0.15 27.78 total"]],
    [
      `${OPEN}主要原因是压减公务接待。与2023年度相比减少0.15万元，下降27.78%。`,
      ["0.39 -0.15 27.78 total"],
    ],
    // an item's change on its outcome printed in the same paragraph, further on in its words
    [
      `${OPEN}\n（1）公务接待费支出0.39万元，占“三公”经费支出决算的100%，较上年减少0.15万元，下降27.78%。`,
      ["0.39 -0.15 27.78 reception"],
    ],
    [
      `${OPEN}\n3．公务接待费支出0.39万元，与2023年度公务接待费支出决算0.54万元相比，减少0.15万元，下降27.78%。`,
      ["0.39 -0.15 27.78 reception"],
    ],
    // a sentence about something else is not the total's
    [`${OPEN}与2023年度相比，培训费减少0.15万元，下降27.78%。`, []],
  ] as const)("%s", (text, expected) => {
    expect(changes(text)).toEqual(expected);
  });

  it("items numbered 1. or （1） after a 三公 paragraph are 七's, heading or not", () => {
    const text = `${OPEN}\n1.因公出国（境）费支出0万元。\n（2）公务接待费支出0.39万元。`;
    expect(figures(text)).toEqual(["abroad 0 -", "reception 0.39 -"]);
  });
});

it("七's numbered items after 五(三)'s, no heading between, are 七's", () => {
  const text = [
    "一般公共预算财政拨款支出年初预算为100.00万元，支出决算为90.00万元，完成年初预算的90.00%。",
    "1、教育支出（类）普通教育（款）初中教育（项）。年初预算为100.00万元，支出决算为90.00万元。",
    "“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元，完成预算的13.68%。",
    "1、公务接待费支出0.39万元。",
  ].join("\n");
  const r = readFinalNarrative(text);
  expect(r.items.map((i) => i.number)).toEqual([1]);
  expect(figures(text)).toEqual(["reception 0.39 -"]);
});

it("a 三公 figure that is a comparison's base (…0.54万元相比) is last year's, not an outcome", () => {
  expect(
    figures(`${SEVEN}3、公务接待费支出0.39万元，与公务接待费支出0.54万元相比，减少0.15万元。`),
  ).toEqual(["reception 0.39 -"]);
});

it("the total's change in a later sentence of 七(一) is not an item's", () => {
  const r = readFinalNarrative(
    "“三公”经费财政拨款支出年初预算为5.00万元，支出决算为3.00万元，完成预算的60.00%，其中：因公出国（境）费决算为1.00万元，公务用车购置及运行维护费决算为0.00万元，公务接待费决算为2.00万元。2024年度“三公”经费财政拨款支出决算数比2023年度减少1.00万元，下降25.00%。",
  );
  expect(r.changes.map((c) => `${c.item ?? "total"} ${c.current.value} ${c.delta.value}`)).toEqual([
    "total 3.00 -1.00",
  ]);
});

describe("七(一): the budget the words name", () => {
  it.each([
    ["“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元。", "initial"],
    ["“三公”经费财政拨款支出年初预算数为2.85万元，支出决算数为0.39万元。", "initial"],
    ["2024年度财政拨款“三公”经费支出预算为2.85万元，支出决算为0.39万元。", "budget"],
    ["“三公”经费财政拨款支出全年预算为2.85万元，支出决算为0.39万元。", "full"],
    ["“三公”经费财政拨款支出调整后预算为2.85万元，支出决算为0.39万元。", "full"],
  ] as const)("%s", (text, base) => {
    const s = readFinalNarrative(text).sanGong;
    expect([s?.budget?.value, s?.budgetBase]).toEqual(["2.85", base]);
  });
});
