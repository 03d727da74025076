/**
 * 八's opening paragraph naming the 项 its 政府性基金 went to, each with its figure (`…支出主要用于城乡
 * 社区支出（类）国有土地使用权出让收入安排的支出（款）其他国有土地使用权出让收入安排的支出（项）50.00万元`;
 * a review's reproduction, 2026-12-07): each 项's figure is checked against the fund's table row, a
 * true one raises nothing.
 */
import { describe, expect, it } from "vitest";
import { fundPaths } from "../src/final/narrative/fund-paths";
import { socialWithGovFund } from "./support/final-gov-fund";
import { finalReport } from "./support/final-narrative";

const PATH =
  "城乡社区支出（类）国有土地使用权出让收入安排的支出（款）其他国有土地使用权出让收入安排的支出（项）";
const OPENING = `政府性基金预算财政拨款支出主要用于${PATH}50.00 万元。`;

/** The 八 item alarms (above info) with the opening's sentence on the 项 replaced by `to`. */
function alarms(to: string): string[] {
  const fx = socialWithGovFund();
  if (!fx.narrative.includes(OPENING)) throw new Error(OPENING);
  return finalReport(fx, fx.narrative.replace(OPENING, to))
    .findings.filter((f) => f.ruleId === "final.narrative.budgetItems" && f.severity !== "info")
    .map((f) => `${String(f.params.kind)} ${String(f.params.printed)}`);
}

describe("八: the 项 its opening paragraph names with their figures", () => {
  it.each([
    OPENING,
    `政府性基金预算财政拨款支出主要用于：${PATH}支出50.00万元。`,
    `政府性基金预算财政拨款支出主要用于${PATH.replaceAll("（", "(").replaceAll("）", ")")}50.00万元。`,
    // a path without its figure right after it: not read
    `政府性基金预算财政拨款支出主要用于${PATH}，年初预算为60.00万元。`,
  ])("true: %s raises nothing", (text) => {
    expect(alarms(text)).toEqual([]);
  });

  it("a wrong 项 figure is found", () => {
    expect(alarms(OPENING.replace("50.00", "5.00"))).toEqual(["outcome 5.00"]);
    expect(alarms(`政府性基金预算财政拨款支出主要用于：${PATH}为45.00万元。`)).toEqual([
      "outcome 45.00",
    ]);
  });
});

describe("fundPaths", () => {
  it("reads each 项 with its figure, its 类's name from its clause", () => {
    const p =
      "政府性基金预算财政拨款支出60.00万元，主要用于以下方面：城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）40.00万元，其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）20.00万元。";
    expect(fundPaths(p).map((i) => [...i.names, i.outcome?.value])).toEqual([
      ["城乡社区支出", "国有土地使用权出让收入安排的支出", "征地和拆迁补偿支出", "40.00"],
      ["其他支出", "彩票公益金安排的支出", "用于社会福利的彩票公益金支出", "20.00"],
    ]);
  });
  it("reads nothing without 主要用于, a 款 or a figure", () => {
    expect(fundPaths(`政府性基金预算财政拨款支出${PATH}50.00万元。`)).toEqual([]);
    expect(fundPaths("主要用于城乡社区支出（类）其他支出（项）50.00万元。")).toEqual([]);
    expect(fundPaths(`主要用于${PATH}。`)).toEqual([]);
  });
});
