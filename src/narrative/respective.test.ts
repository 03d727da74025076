/**
 * `分别` lists whose figures are not as many as their names: which figure is whose cannot be told,
 * so none of them is placed (coverage, never a finding). One figure for 人员经费和公用经费 may be
 * their total (630.38 + 51.68 = 682.06), and a rate after two changes may be of either or of both.
 * When the counts match, the figures follow the names in order (DOMAIN §7's 630.38 and 51.68).
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const BASIC = "amount spending|fund=gpb|nature=basic 682.06万元 current budget equals [682.06万元]";

describe("分别 amounts are placed only when as many as the names before", () => {
  it("leaves one figure after two or three names unplaced (it may be their total)", () => {
    const one = "一般公共预算基本支出682.06万元，其中：人员经费和公用经费分别为682.06万元。";
    expect(read(one)).toEqual({
      claims: [BASIC],
      unplaced: [`no-subject true [682.06万元] in [${one}]`],
    });
    const two = "支出合计969.06万元，基本支出、项目支出分别是969.06万元。";
    expect(read(two)).toEqual({
      claims: ["amount spending 969.06万元 current budget equals [969.06万元]"],
      unplaced: [`no-subject true [969.06万元] in [${two}]`],
    });
    const three =
      "“三公”经费预算9.00万元，因公出国（境）费、公务用车购置及运行费、公务接待费分别为5.00万元，4.00万元。";
    expect(read(three)).toEqual({
      claims: ["amount sanGong 9.00万元 current budget equals [9.00万元]"],
      unplaced: [
        `no-subject true [5.00万元] in [${three}]`,
        `no-subject true [4.00万元] in [${three}]`,
      ],
    });
  });

  it("leaves more figures than names unplaced, all of them", () => {
    const text = "基本支出、项目支出分别为682.06万元；287.00万元；969.06万元。";
    expect(read(text)).toEqual({
      claims: [],
      unplaced: ["682.06万元", "287.00万元", "969.06万元"].map(
        (f) => `no-subject true [${f}] in [${text}]`,
      ),
    });
  });

  it("leaves the changes of a 分别 list unplaced when fewer than the names", () => {
    const text = "人员经费和公用经费分别比上年增加10.00万元。";
    expect(read(text)).toEqual({
      claims: [],
      unplaced: [`no-subject true [10.00万元] in [${text}]`],
    });
  });

  it("still places as many figures as names, whatever separates them (、 ， , ；)", () => {
    for (const sep of ["、", "，", ",", "；", "和"])
      expect(read(`人员经费、公用经费分别为630.38万元${sep}51.68万元。`)).toEqual({
        claims: [
          "amount spending|nature=basic.personnel 630.38万元 current budget equals [630.38万元]",
          "amount spending|nature=basic.public 51.68万元 current budget equals [51.68万元]",
        ],
        unplaced: [],
      });
    // the shares after them wait for their own 分别 and match as before
    expect(
      read(
        "基本支出682.06万元，其中：人员经费和公用经费分别为630.38万元、51.68万元，分别占92.42%、7.58%。",
      ).unplaced,
    ).toEqual([]);
  });
});

describe("a rate after a 分别 list of changes is placed only when as many as the changes", () => {
  const changes = [
    "change spending|nature=basic up 10.00 budget [10.00万元]",
    "change spending|nature=project up 20.00 budget [20.00万元]",
  ];
  it("leaves one rate after two changes unplaced (it may be either's, or both's)", () => {
    for (const head of [
      "基本支出、项目支出分别增加10.00万元、20.00万元，",
      "基本支出和项目支出分别比上年增加10.00万元，20.00万元；",
      "基本支出比上年增加10.00万元、项目支出比上年增加20.00万元，分别",
    ]) {
      const text = `${head}增长5.00%。`;
      expect(read(text)).toEqual({
        claims: changes,
        unplaced: [`no-relation false [5.00%] in [${text}]`],
      });
    }
  });

  it("leaves the rates unplaced when more than the changes", () => {
    const text =
      "因公出国（境）费、公务接待费分别比上年减少1.00万元,0.50万元，下降10.00%、5.00%、8.00%。";
    expect(read(text)).toEqual({
      claims: [
        "change sanGong|item=abroad down -1.00 budget [1.00万元]",
        "change sanGong|item=reception down -0.50 budget [0.50万元]",
      ],
      unplaced: ["10.00%", "5.00%", "8.00%"].map((p) => `no-relation false [${p}] in [${text}]`),
    });
  });

  it("does not give a part's change to the whole named before the list (three names, two changes)", () => {
    // before: 10.00 was 支出合计's change (the first name of the sentence), 5.00% its rate
    const text =
      "支出合计比上年增加30.00万元，其中：基本支出、项目支出分别增加10.00万元、20.00万元，分别增长5.00%、8.00%。";
    expect(read(text)).toEqual({
      claims: ["change spending up 30.00 budget [30.00万元]"],
      unplaced: [
        ...["10.00万元", "20.00万元"].map((f) => `no-subject true [${f}] in [${text}]`),
        ...["5.00%", "8.00%"].map((p) => `no-relation false [${p}] in [${text}]`),
      ],
    });
  });

  it("still gives as many rates as changes one each, in order", () => {
    expect(
      read("基本支出、项目支出分别增加10.00万元、20.00万元，增长5.00%、8.00%。").claims,
    ).toEqual([
      ...changes,
      "percent growth spending|nature=basic 5.00 up d0",
      "percent growth spending|nature=project 8.00 up d1",
    ]);
  });
});
