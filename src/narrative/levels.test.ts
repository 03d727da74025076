/**
 * A level a clause moves from and to (`由43.55万元增加至49.68万元`): the figure after the word is
 * this year's level, the ones before it in its clause last year's; a figure of another clause, or
 * one followed by any other word, keeps its own year.
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

const OPERATING = (v: string, period: string) =>
  `amount operatingCost ${v}万元 ${period} budget equals [${v}万元]`;

describe("levels: 由 A 增加至 B", () => {
  it.each(["增加至", "增加到", "增至", "上升到", "提高至"])("由43.55万元%s49.68万元", (w) => {
    expect(read(`机关运行经费由43.55万元${w}49.68万元。`)).toEqual({
      claims: [
        OPERATING("43.55", "prior"),
        OPERATING("49.68", "current"),
        "change operatingCost up 6.13 budget [49.68万元]",
      ],
      unplaced: [],
    });
  });

  it.each(["减少到", "下降至", "降至", "减至", "压缩到"])("由49.68万元%s43.55万元", (w) => {
    expect(read(`机关运行经费由49.68万元${w}43.55万元。`).claims).toEqual([
      OPERATING("49.68", "prior"),
      OPERATING("43.55", "current"),
      "change operatingCost down -6.13 budget [43.55万元]",
    ]);
  });

  it("a figure followed by another word of its clause keeps its year (较上年增加 is a change)", () => {
    expect(read("机关运行经费49.68万元较上年增加6.13万元。").claims).toEqual([
      OPERATING("49.68", "current"),
      "change operatingCost up 6.13 budget [6.13万元]",
    ]);
  });

  it("only its own clause moves: a figure of the clause before keeps its year", () => {
    expect(read("公务接待费2.50万元，机关运行经费由43.55万元增加至49.68万元。").claims).toEqual([
      "amount sanGong|item=reception 2.50万元 current budget equals [2.50万元]",
      OPERATING("43.55", "prior"),
      OPERATING("49.68", "current"),
      "change operatingCost up 6.13 budget [49.68万元]",
    ]);
  });

  it("the same level again is no change; a move between two measures is none", () => {
    expect(read("公务接待费由上年的2.50万元减少至2.50万元。").claims).toContain(
      "change sanGong|item=reception flat 0.00 budget [2.50万元]",
    );
    expect(
      read("公务接待费由3.50万元减少至公务用车运行维护费2.50万元。").claims.filter((c) =>
        c.startsWith("change"),
      ),
    ).toEqual([]);
  });
});

describe("levels: 由 A 减少 Δ 至 B", () => {
  const RECEPTION = (v: string, period: string) =>
    `amount sanGong|item=reception ${v}万元 ${period} budget equals [${v}万元]`;
  it.each([
    "公务接待费由上年3.50万元减少1.00万元至2.50万元。",
    "公务接待费由上年的3.50万元减少1.00万元至2.50万元。",
    "公务接待费由3.50万元减少1.00万元至2.50万元。",
    "公务接待费从上年3.50万元减少1.00万元到2.50万元。",
  ])(
    "%s: the figure after the change word is the change, the one after 至 the new level",
    (text) => {
      expect(read(text)).toEqual({
        claims: [
          RECEPTION("3.50", "prior"),
          "change sanGong|item=reception down -1.00 budget [1.00万元]",
          RECEPTION("2.50", "current"),
        ],
        unplaced: [],
      });
    },
  );

  it("由上年的43.55万元增加6.13万元至49.68万元", () => {
    expect(read("机关运行经费由上年的43.55万元增加6.13万元至49.68万元。").claims).toEqual([
      OPERATING("43.55", "prior"),
      "change operatingCost up 6.13 budget [6.13万元]",
      OPERATING("49.68", "current"),
    ]);
  });

  it("without a level before it: 比上年减少1.00万元至2.50万元", () => {
    expect(read("公务接待费比上年减少1.00万元至2.50万元。").claims).toEqual([
      "change sanGong|item=reception down -1.00 budget [1.00万元]",
      RECEPTION("2.50", "current"),
    ]);
  });
});

describe("levels: 由 A 调整为 B", () => {
  it.each([
    "机关运行经费由原来的43.55万元调整为49.68万元。",
    "机关运行经费由上年的43.55万元调整为49.68万元。",
    "机关运行经费由43.55万元变更为49.68万元。",
    "机关运行经费从43.55万元调整到49.68万元。",
    "机关运行经费由43.55万元调整至49.68万元。",
    "机关运行经费由43.55万元变为49.68万元。",
  ])("%s: B is this year's, A last year's", (text) => {
    expect(read(text)).toEqual({
      claims: [
        OPERATING("43.55", "prior"),
        OPERATING("49.68", "current"),
        "change operatingCost up 6.13 budget [49.68万元]",
      ],
      unplaced: [],
    });
  });

  it("a year before the word with no figure to move from dates the new level", () => {
    expect(read("“三公”经费2023年预算调整为7.00万元，2024年预算6.50万元。").claims).toEqual([
      "amount sanGong 7.00万元 prior budget equals [7.00万元]",
      "amount sanGong 6.50万元 current budget equals [6.50万元]",
    ]);
  });
});

describe("levels: a change restating the move", () => {
  it.each([
    ["减少1.00万元", "change sanGong|item=reception down -1.00 budget [1.00万元]"],
    ["减少2.00万元", "change sanGong|item=reception down -2.00 budget [2.00万元]"],
    ["增加1.00万元", "change sanGong|item=reception up 1.00 budget [1.00万元]"],
  ])("由3.50万元减少至2.50万元，%s: the move's own change, stated", (words, stated) => {
    expect(
      read(`公务接待费由3.50万元减少至2.50万元，${words}。`).claims.filter((c) =>
        c.startsWith("change"),
      ),
    ).toEqual(["change sanGong|item=reception down -1.00 budget [2.50万元]", stated]);
  });

  it.each([
    "公务接待费由3.50万元减少至2.50万元，主要原因是接待次数减少，减少0.50万元。",
    "公务接待费由3.50万元减少至2.50万元。减少0.50万元。",
    "公务接待费由3.50万元减少至2.50万元，公务用车运行维护费4.00万元，减少0.50万元。",
  ])("%s: not within a reason, another sentence or after another clause", (text) => {
    expect(
      read(text)
        .claims.filter((c) => c.startsWith("change"))
        .slice(1),
    ).not.toContain("change sanGong|item=reception down -0.50 budget [0.50万元]");
  });
});
