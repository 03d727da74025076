import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract";
import { amounts, read } from "./test-support";

const placed = (text: string) => amounts(extractClaims(text, { year: 2024 }));

describe("extractClaims: a bracket of words right after a measure glosses it, it names no other", () => {
  it.each([
    ["2024年机关运行经费（公用经费）预算49.68万元。", "operatingCost = 49.68万元"],
    ["2024年机关运行经费（即公用经费）49.68万元。", "operatingCost = 49.68万元"],
    [
      "2024年机关运行经费（指行政单位和参照公务员法管理的事业单位用一般公共预算财政拨款基本支出安排的公用经费）49.68万元。",
      "operatingCost = 49.68万元",
    ],
    [
      "机构运转经费（含公用经费、公务交通补贴、工会经费等）49.68万元。",
      "operatingCost = 49.68万元",
    ],
    ["2024年公用经费（机关运行经费）51.68万元。", "spending|nature=basic.public = 51.68万元"],
    ["2024年基本支出（人员经费和公用经费）682.06万元。", "spending|nature=basic = 682.06万元"],
    ["2024年基本支出（包括人员经费、公用经费）682.06万元。", "spending|nature=basic = 682.06万元"],
    [
      "2024年“三公”经费（因公出国（境）费、公务用车购置及运行费、公务接待费）预算6.50万元。",
      "sanGong = 6.50万元",
    ],
    [
      "2024年“三公”经费（含因公出国（境）费、公务用车购置及运行费和公务接待费）预算6.50万元。",
      "sanGong = 6.50万元",
    ],
    ["2024年一般公共预算支出（财政拨款支出）969.06万元。", "spending|fund=gpb = 969.06万元"],
  ])("%s", (text, expected) => {
    expect(placed(text)).toEqual([expected]);
  });

  it("the change after the gloss is of the measure before it", () => {
    expect(
      read("机关运行经费（一般公共预算基本支出中的公用经费）49.68万元，比上年增加6.13万元。")
        .claims,
    ).toEqual([
      "amount operatingCost 49.68万元 current budget equals [49.68万元]",
      "change operatingCost up 6.13 budget [6.13万元]",
    ]);
  });

  it("a bracket after a figure still lists its parts (`公用经费…（含机关运行经费…）`)", () => {
    expect(placed("公用经费51.68万元（含机关运行经费49.68万元）。")).toEqual([
      "spending|nature=basic.public = 51.68万元",
      "spending|nature=basic.public|category=机关运行经费 = 49.68万元",
    ]);
  });
});
