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
