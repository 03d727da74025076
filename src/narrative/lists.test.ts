/**
 * The reader on lists of figures (`分别`, `、`), signed rates and a comparison word at the very
 * start of a text: phrasings of other printers than the Henan template. The expected shares are
 * DOMAIN §7's (人员经费 630.38 and 公用经费 51.68 of 682.06: 92.42% and 7.58%; 基本 682.06 and
 * 项目 287.00 of 969.06: 70.38% and 29.62%).
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

describe("lists: `分别占` shares across 、", () => {
  it("gives each share of `分别占92.42%、7.58%` its own part, as with 和", () => {
    const expected = [
      "amount spending|fund=gpb|nature=basic 682.06万元 current budget equals [682.06万元]",
      "amount spending|fund=gpb|nature=basic.personnel 630.38万元 current budget equals [630.38万元]",
      "amount spending|fund=gpb|nature=basic.public 51.68万元 current budget equals [51.68万元]",
      "percent share spending|fund=gpb|nature=basic.personnel 92.42 - p1 w0",
      "percent share spending|fund=gpb|nature=basic.public 7.58 - p2 w0",
    ];
    const head =
      "一般公共预算基本支出682.06万元，其中：人员经费和公用经费分别为630.38万元、51.68万元，";
    expect(read(`${head}分别占92.42%、7.58%。`)).toEqual({ claims: expected, unplaced: [] });
    expect(read(`${head}分别占92.42%和7.58%。`)).toEqual({ claims: expected, unplaced: [] });
  });

  it("reads `分别占` after the figures themselves (no `分别为`): the shares meet the last parts in order", () => {
    const expected = {
      claims: [
        "amount spending.total 969.06万元 current budget equals [969.06万元]",
        "amount spending.total|category=基本支出 682.06万元 current budget equals [682.06万元]",
        "amount spending.total|category=项目支出 287.00万元 current budget equals [287.00万元]",
        "percent share spending.total|category=基本支出 70.38 - p1 w0",
        "percent share spending.total|category=项目支出 29.62 - p2 w0",
      ],
      unplaced: [],
    };
    const head = "支出总计969.06万元，其中：基本支出682.06万元、项目支出287.00万元，";
    expect(read(`${head}分别占70.38%、29.62%。`)).toEqual(expected);
    expect(read(`${head}分别占支出总计的70.38%和29.62%。`)).toEqual(expected);
  });

  it("with one part only, gives it the first share and leaves the second unplaced", () => {
    const text = "支出总计969.06万元，其中：基本支出682.06万元，分别占70.38%、29.62%。";
    expect(read(text)).toEqual({
      claims: [
        "amount spending.total 969.06万元 current budget equals [969.06万元]",
        "amount spending.total|category=基本支出 682.06万元 current budget equals [682.06万元]",
        "percent share spending.total|category=基本支出 70.38 - p1 w0",
      ],
      unplaced: [`no-relation false [29.62%] in [${text}]`],
    });
  });

  it("gives `分别增长5.00%、8.00%` one rate a change, the second a rise as the first", () => {
    expect(
      read("基本支出比上年增加10.00万元、项目支出比上年增加20.00万元，分别增长5.00%、8.00%。")
        .claims,
    ).toEqual([
      "change spending|nature=basic up 10.00 budget [10.00万元]",
      "change spending|nature=project up 20.00 budget [20.00万元]",
      "percent growth spending|nature=basic 5.00 up d0",
      "percent growth spending|nature=project 8.00 up d1",
    ]);
    // a word of its own wins over the list's: 基本 rose, 项目 fell
    expect(
      read(
        "基本支出比上年增加10.00万元、项目支出比上年减少20.00万元，分别增长5.00%、下降8.00%。",
      ).claims.slice(2),
    ).toEqual([
      "percent growth spending|nature=basic 5.00 up d0",
      "percent growth spending|nature=project 8.00 down d1",
    ]);
  });

  it("does not take a rate after 、 for a growth without a list (`分别`) before it", () => {
    const text = "支出合计100.00万元，比上年增长5.00%、6.00%。";
    expect(read(text)).toEqual({
      claims: [
        "amount spending 100.00万元 current budget equals [100.00万元]",
        "percent growth spending 5.00 up c0",
      ],
      unplaced: [`no-relation false [6.00%] in [${text}]`],
    });
  });
});

describe("signed rates", () => {
  it("reads `增长-10.00%` as a fall of 10.00% (not a rise of −10.00%)", () => {
    expect(read("2024年“三公”经费支出6.50万元，比上年增长-10.00%。").claims).toEqual([
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
      "percent growth sanGong 10.00 down c0",
    ]);
    expect(read("支出合计90.00万元，比上年减少10.00万元，增长-10.00%。").claims[2]).toBe(
      "percent growth spending 10.00 down d1 c0",
    );
  });

  it("reads `下降-8.5%` as a fall too, as `减少-10.00万元` is", () => {
    expect(read("机关运行经费45.75万元，比上年下降-8.5%。").claims[1]).toBe(
      "percent growth operatingCost 8.5 down c0",
    );
  });
});

describe("a comparison word at the very start of the text", () => {
  it("dates `上年…执行数` at the start as last year's execution, as it does after other words", () => {
    const line = "上年一般公共预算支出执行数为800.00万元。";
    const execution = ["amount spending|fund=gpb 800.00万元 prior execution equals [800.00万元]"];
    expect(read(line).claims).toEqual(execution);
    expect(read(`本单位${line}`).claims).toEqual(execution);
    expect(read("2023年一般公共预算支出执行数为800.00万元。").claims).toEqual(execution);
  });

  it("still reads 比上年 / 较2023年 / 与上年 inside a text as a comparison, with the budget or the execution", () => {
    const against = (text: string) => read(text).claims[1];
    expect(against("支出合计90.00万元，比上年减少10.00万元。")).toBe(
      "change spending down -10.00 budget [10.00万元]",
    );
    expect(against("支出合计90.00万元，较2023年执行数减少10.00万元。")).toBe(
      "change spending down -10.00 execution [10.00万元]",
    );
    expect(against("支出合计90.00万元，与上年执行数相比减少10.00万元。")).toBe(
      "change spending down -10.00 execution [10.00万元]",
    );
  });
});

describe("signed changes", () => {
  it("reads `增加-1.00万元` as a decrease of 1.00, as `增长-10.00%` is a fall", () => {
    expect(read("“三公”经费6.50万元，比上年增加-1.00万元。").claims[1]).toBe(
      "change sanGong down -1.00 budget [-1.00万元]",
    );
    expect(read("支出合计90.00万元，较2023年增长－10.00万元。").claims[1]).toBe(
      "change spending down -10.00 budget [－10.00万元]",
    );
    // the sign of `减少-1.00万元` repeats the word: a decrease of 1.00, as before
    expect(read("“三公”经费6.50万元，比上年减少-1.00万元。").claims[1]).toBe(
      "change sanGong down -1.00 budget [-1.00万元]",
    );
  });

  it("in a list, each figure's sign says its direction", () => {
    expect(read("基本支出、项目支出分别比上年增加10.00万元、-5.00万元。").claims).toEqual([
      "change spending|nature=basic up 10.00 budget [10.00万元]",
      "change spending|nature=project down -5.00 budget [-5.00万元]",
    ]);
  });
});
