/**
 * Ranges and rates per head are standards, not the amount of a measure: `由每人每天1万元至2万元
 * 不等`, `300—500元不等`, `每人每天400元` are left unplaced as bounds (`threshold`), never compared
 * with the tables; a change's figure followed by `至` and the new level is no range
 * (`减少1.00万元至2.50万元`).
 */
import { describe, expect, it } from "vitest";
import { read } from "./test-support";

describe("ranges and standards per head", () => {
  it.each([
    ["公务接待费标准由每人每天1万元至2万元不等。", ["1万元", "2万元"]],
    ["接待标准为每人每天200元至500元不等。", ["200元", "500元"]],
    ["公务接待费1万元—2万元不等。", ["1万元", "2万元"]],
    ["公务接待费1万元至2万元。", ["1万元", "2万元"]],
    ["公务接待费1万元-2万元。", ["1万元", "-2万元"]],
    ["公务接待费1～2万元。", ["2万元"]],
    ["公务接待费300——500元不等。", ["500元"]],
    ["公务接待费增加1万元至2万元不等。", ["1万元", "2万元"]],
  ])("%s: no end of a range is a figure of the measure", (text, ends) => {
    const r = read(text);
    expect(r.claims).toEqual([]);
    expect(
      r.unplaced.filter((u) => u.startsWith("threshold")).map((u) => u.split(/[[\]]/u)[1]),
    ).toEqual(ends);
  });

  it.each([
    "公务接待费标准为每人每天400元。",
    "公务接待费按每人每次200元安排。",
    "公务用车运行维护费按每辆每年2.00万元核定。",
  ])("%s: a rate per head, trip or car is a standard", (text) => {
    const r = read(text);
    expect(r.claims).toEqual([]);
    expect(r.unplaced.map((u) => u.split(" ")[0])).toEqual(["threshold"]);
  });

  it("the measure's own figure beside a standard is still read", () => {
    expect(read("公务接待费2.50万元，接待标准为每人每天200元至500元不等。").claims).toEqual([
      "amount sanGong|item=reception 2.50万元 current budget equals [2.50万元]",
    ]);
  });
});
