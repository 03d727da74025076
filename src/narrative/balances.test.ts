/**
 * A balance or a saving (结余, 结转, 节约, 节支) is another quantity than the measure it follows:
 * `“三公”经费结余1.00万元` is not the 三公 figure, in any sentence shape. Such figures are left
 * unplaced (`balance`, coverage), never compared with the measure's.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

describe("balances: a figure of a balance or a saving is not the measure's", () => {
  it.each([
    ["“三公”经费结余1.00万元。", "1.00万元"],
    ["2023年“三公”经费结余1.00万元。", "1.00万元"],
    ['上年"三公"经费结余资金1.00万元。', "1.00万元"],
    ["公务接待费结转0.30万元。", "0.30万元"],
    ["公务接待费结转资金0.30万元,按规定使用。", "0.30万元"],
    ["去年公务用车运行维护费节支0.80万元。", "0.80万元"],
    ["“三公”经费较预算节约2.00万元。", "2.00万元"],
    ["“三公”经费比上年多节约0.50万元。", "0.50万元"],
    ["公务接待费节省0.30万元。", "0.30万元"],
    ["共节约“三公”经费1.00万元。", "1.00万元"],
    ["一般公共预算支出结转结余12.00万元。", "12.00万元"],
    ["“三公”经费结余为1.00万元。", "1.00万元"],
  ])("%s", (text, figure) => {
    expect(read(text)).toEqual({
      claims: [],
      unplaced: [`balance true [${figure}] in [${text}]`],
    });
  });

  it("right after a comparison with last year, a saving is the decrease against it", () => {
    // 三公 6.50 this year, 1.00 saved against last year: last year's 7.50, a fall of 1.00 / 7.50 = 13.33%
    const expected = [
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
      "change sanGong down -1.00 budget [1.00万元]",
    ];
    for (const text of [
      "“三公”经费预算6.50万元，比上年节约1.00万元。",
      "“三公”经费预算6.50万元，较上年节省1.00万元。",
      "“三公”经费预算6.50万元，比2023年节支1.00万元。",
      "“三公”经费预算6.50万元，同比节约资金1.00万元。",
      "“三公”经费预算6.50万元，比上年度节约1.00万元。",
    ])
      expect(read(text)).toEqual({ claims: expected, unplaced: [] });
    // the clause after it is read as after 减少: its rate is of the change
    expect(read("“三公”经费预算6.50万元，比上年节约1.00万元，下降13.33%。").claims).toEqual([
      ...expected,
      "percent growth sanGong 13.33 down d1 c0",
    ]);
    expect(read("公务接待费比上年节支0.50万元。").claims).toEqual([
      "change sanGong|item=reception down -0.50 budget [0.50万元]",
    ]);
  });

  it("a saving not right after the comparison stays apart (较上年预算节约, 比上年多节约)", () => {
    for (const text of [
      "“三公”经费预算6.50万元，较上年预算节约1.00万元。",
      "“三公”经费预算6.50万元，比上年多节约1.00万元。",
    ])
      expect(read(text)).toEqual({
        claims: ["amount sanGong 6.50万元 current budget equals [6.50万元]"],
        unplaced: [`balance true [1.00万元] in [${text}]`],
      });
  });

  it("after the measure's own figure: the figure stays, the saving is left", () => {
    const text = "“三公”经费预算6.50万元，较上年预算节约1.00万元。";
    expect(read(text)).toEqual({
      claims: ["amount sanGong 6.50万元 current budget equals [6.50万元]"],
      unplaced: [`balance true [1.00万元] in [${text}]`],
    });
  });

  it("the clauses after it in its sentence are of the balance (其中, a change, a rate)", () => {
    const text =
      "2023年“三公”经费结余1.00万元，其中公务接待费0.30万元，比上年减少0.20万元，下降16.67%。";
    expect(read(text)).toEqual({
      claims: [],
      unplaced: ["1.00万元", "0.30万元", "0.20万元"]
        .map((f) => `balance true [${f}] in [${text}]`)
        .concat([`balance false [16.67%] in [${text}]`]),
    });
    expect(read("“三公”经费结余与上年持平。").claims).toEqual([]);
  });

  it("a clause that names its own year or budget is its own again", () => {
    const text = "“三公”经费结余1.00万元，2024年“三公”经费预算6.50万元。";
    expect(read(text)).toEqual({
      claims: ["amount sanGong 6.50万元 current budget equals [6.50万元]"],
      unplaced: [`balance true [1.00万元] in [${text}]`],
    });
  });

  it("`无…结余` says nothing of the measure's figure (it was read as 三公 = 0)", () => {
    expect(read("本单位无“三公”经费结余。")).toEqual({ claims: [], unplaced: [] });
    expect(read("本单位无“三公”经费。").claims).toEqual([
      "amount sanGong 0万元 current budget none [无“三公”经费]",
    ]);
  });

  it("a balance word without a figure of its own leaves the rest of its sentence alone", () => {
    expect(
      read("“三公”经费预算6.50万元，主要原因是落实节约要求，压减公务接待费0.50万元。").claims,
    ).toEqual([
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
      "change sanGong|item=reception down -0.50 budget [0.50万元]",
    ]);
  });

  it("厉行节约 / 勤俭节约 name no quantity: the sentence is read as before", () => {
    expect(
      read(
        "“三公”经费预算6.50万元，比上年减少1.00万元，主要原因是厉行节约，压减公务接待费0.50万元。",
      ).claims,
    ).toEqual([
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
      "change sanGong down -1.00 budget [1.00万元]",
      "change sanGong|item=reception down -0.50 budget [0.50万元]",
    ]);
    expect(read("坚持勤俭节约，公务接待费预算2.50万元。").claims).toEqual([
      "amount sanGong|item=reception 2.50万元 current budget equals [2.50万元]",
    ]);
  });

  it("a sentence about what follows the execution keeps its reason (no-period)", () => {
    const text = "2023年预算执行完毕后，“三公”经费结余1.00万元。";
    expect(read(text).unplaced).toEqual([`no-period true [1.00万元] in [${text}]`]);
  });

  it("上年结转 and 年终结转结余 are still measures", () => {
    expect(read("上年结转50.00万元，年终结转结余10.00万元。").claims).toEqual([
      "amount revenue.carryover 50.00万元 current budget equals [50.00万元]",
      "amount spending.carryforward 10.00万元 current budget equals [10.00万元]",
    ]);
  });
});
