/**
 * A `分别` list of changes followed by their own total (`人员经费、公用经费分别增加10万元、20万元，
 * 合计增加30万元`): the total is not one of the respective changes (10 + 20 = 30), so the changes
 * still match the names and are placed in order; the total names no measure and stays unplaced, as
 * after a list of amounts (respective-totals.test.ts). The same for a total of their growth rates.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

/** The two changes as placed, each with its figure as printed (`10万元`, or `10 万元` with a space). */
const up = (unit = "万元") => [
  `change spending|nature=basic.personnel up 10 budget [10${unit}]`,
  `change spending|nature=basic.public up 20 budget [20${unit}]`,
];

describe("a total after a 分别 list of changes does not count as one of them", () => {
  it.each([
    "人员经费、公用经费分别增加10万元、20万元，合计增加30万元。",
    "人员经费、公用经费分别增加10万元、20万元,合计增加30万元。",
    "人员经费、公用经费分别增加10万元，20万元；总计增加30万元。",
    "人员经费、公用经费分别增加10万元、20万元，两项合计增加30万元。",
    "人员经费、公用经费分别增加10万元、20万元，二者共计增加30万元。",
    "人员经费和公用经费比上年分别增加10万元、20万元，合计比上年增加30万元。",
    "人员经费和公用经费较上年分别增加10万元、20万元，共计较上年增加30万元。",
    "人员经费、公用经费同比分别增长10万元、20万元，合计同比增长30万元。",
    "人员经费、公用经费分别增加10万元、20万元，合计增加了30万元。",
    "人员经费、公用经费分别增加 10 万元、 20 万元，合计增加 30 万元。",
  ])("%s: the changes are placed in order, the total is not", (text) => {
    const unit = text.includes(" 万元") ? " 万元" : "万元";
    expect(read(text)).toEqual({
      claims: up(unit),
      unplaced: [`no-subject true [30${unit}] in [${text}]`],
    });
  });

  it("does so for decreases in 元 and for the three 三公 items (1.00 + 2.00 + 0.50 = 3.50)", () => {
    const yuan = "人员经费、公用经费分别减少100,000元、20,000元，合计减少120,000元。";
    expect(read(yuan)).toEqual({
      claims: [
        "change spending|nature=basic.personnel down -100000 budget [100,000元]",
        "change spending|nature=basic.public down -20000 budget [20,000元]",
      ],
      unplaced: [`no-subject true [120,000元] in [${yuan}]`],
    });
    const sanGong =
      "因公出国（境）费、公务用车购置及运行费、公务接待费分别比上年减少1.00万元、2.00万元、0.50万元，三项合计减少3.50万元。";
    expect(read(sanGong)).toEqual({
      claims: [
        "change sanGong|item=abroad down -1.00 budget [1.00万元]",
        "change sanGong|item=vehicles down -2.00 budget [2.00万元]",
        "change sanGong|item=reception down -0.50 budget [0.50万元]",
      ],
      unplaced: [`no-subject true [3.50万元] in [${sanGong}]`],
    });
  });

  it("places the growth rates of the changes, not the total's rate (10 / 200 = 5%, 20 / 200 = 10%)", () => {
    const rates = [
      "percent growth spending|nature=basic.personnel 5 up d0",
      "percent growth spending|nature=basic.public 10 up d1",
    ];
    for (const text of [
      "人员经费、公用经费分别增加10万元、20万元，分别增长5%、10%，合计增长8%。",
      "人员经费、公用经费分别增加10万元、20万元，增长5%、10%，合计增加30万元，增长8%。",
      "人员经费、公用经费分别增加10万元、20万元，合计增加30万元，分别增长5%、10%。",
      "人员经费、公用经费分别增加10万元、20万元，分别增长5%、10%；两项合计增长8%。",
    ]) {
      const r = read(text);
      expect(r.claims, text).toEqual([...up(), ...rates]);
      expect(r.unplaced.map((u) => u.split(" ")[0]).sort(), text).toEqual(
        text.includes("30万元") && text.includes("8%")
          ? ["no-relation", "no-subject"]
          : text.includes("8%")
            ? ["no-relation"]
            : ["no-subject"],
      );
    }
  });
});

describe("a 分别 list of changes and a total: what is still not placed", () => {
  it("leaves the list unplaced when the changes, without the total, are not as many as the names", () => {
    const one = "人员经费、公用经费分别增加10万元，合计增加30万元。";
    expect(read(one)).toEqual({
      claims: [],
      unplaced: ["10万元", "30万元"].map((f) => `no-subject true [${f}] in [${one}]`),
    });
    const three = "人员经费、公用经费分别增加10万元、15万元、5万元，合计增加30万元。";
    expect(read(three).claims).toEqual([]);
  });

  it.each([
    "人员经费、公用经费分别增加10万元、20万元，基本支出合计增加30万元。",
    "人员经费、公用经费分别增加10万元、20万元，支出合计增加30万元。",
    "人员经费、公用经费分别增加10万元、20万元；基本支出总计比上年增加30万元。",
  ])(
    "%s: a measure's total after the list is the list's total, not placed on the measure",
    (text) => {
      expect(read(text)).toEqual({
        claims: up(),
        unplaced: [`no-subject true [30万元] in [${text}]`],
      });
    },
  );

  it("leaves the rates unplaced without their changes (which is whose is not guessed), total or not", () => {
    for (const text of [
      "人员经费、公用经费分别增长5%、10%，合计增长8%。",
      "人员经费、公用经费比上年分别增长5%、10%，两项合计增长8%。",
    ])
      expect(read(text), text).toEqual({
        claims: [],
        unplaced: ["5%", "10%", "8%"].map((f) => `no-relation false [${f}] in [${text}]`),
      });
  });

  it("leaves more rates than changes unplaced, the total's rate aside", () => {
    const text = "人员经费、公用经费分别增加10万元、20万元，分别增长5%、10%、3%，合计增长8%。";
    expect(read(text).claims).toEqual(up());
  });

  it("keeps two lists of one sentence apart: each is placed only with as many figures as names", () => {
    const text =
      "人员经费、公用经费分别增加10万元、20万元，合计增加30万元；公务接待费、会议费分别减少1万元，合计减少3万元。";
    const r = read(text);
    expect(r.claims).toEqual(up());
    expect(r.unplaced).toEqual(
      ["30万元", "1万元", "3万元"].map((f) => `no-subject true [${f}] in [${text}]`),
    );
  });
});
