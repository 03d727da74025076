/**
 * A bracket after a figure holding only last year's figure, dated (`6.50万元（上年为7.50万元）`,
 * `49.68万元（2023年43.55万元）`, session 40): the figure of the measure before it, of that year;
 * not a part with no name (as `（含人武部专项经费160.00万元）` is). Through the whole checker against
 * the Henan tables (三公 6.50, last year 7.50; 机关运行经费 49.68, last year 43.55): no alarm on
 * the right figures; a change that disagrees with them is found.
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

const { alarms, placed } = henanProbe;

const SAN_GONG = ["sanGong = 6.50万元", "sanGong (prior) = 7.50万元"];
const OPERATING = ["operatingCost = 49.68万元", "operatingCost (prior) = 43.55万元"];

describe("a bracket after a figure with last year's figure only", () => {
  it.each([
    [
      "2024年“三公”经费预算6.50万元（上年为7.50万元），减少1.00万元，主要原因是厉行节约。",
      SAN_GONG,
    ],
    ["2024年“三公”经费预算6.50万元（上年预算7.50万元）。", SAN_GONG],
    ["2024年“三公”经费预算6.50万元（上年度：7.50万元）。", SAN_GONG],
    // every word the lexicon dates last year by (a review's reproduction: 上一年度, 去年 were lost)
    ["2024年“三公”经费预算6.50万元（上一年度为7.50万元）。", SAN_GONG],
    ["2024年“三公”经费预算6.50万元（上一年7.50万元）。", SAN_GONG],
    ["2024年“三公”经费预算6.50万元（去年为7.50万元）。", SAN_GONG],
    [
      "2024年“三公”经费预算6.50万元（2023年：7.50万元），减少1.00万元，主要原因是厉行节约。",
      SAN_GONG,
    ],
    ["2024年机关运行经费49.68万元（2023年43.55万元）。", OPERATING],
    [
      "2024年机关运行经费49.68万元（2023年预算数为43.55万元），比上年增加6.13万元，主要原因是公用经费增加。",
      OPERATING,
    ],
  ])("%s", (body, figures) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(figures);
  });

  it.each([
    // words other than a date or the budget: a part with no name, as before
    "公务接待费2.50万元（2023年新增接待任务1.00万元）。",
    "项目支出287.00万元（含2023年结转160.00万元）。",
    "项目支出287.00万元（2023年结转160.00万元）。",
    "“三公”经费6.50万元（2023年执行数7.00万元）。",
    // more than the figure in the bracket
    "2024年“三公”经费预算6.50万元（上年7.50万元、减少1.00万元）。",
  ])("not only a dated figure: nothing of last year placed: %s", (body) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body).filter((p) => p.includes("(prior)"))).toEqual([]);
  });

  it.each([
    "2024年“三公”经费预算6.50万元（上年为7.50万元），比上年减少2.00万元，主要原因是厉行节约。",
    "2024年“三公”经费预算6.50万元（去年为7.50万元），比上年减少2.00万元，主要原因是厉行节约。",
    "2024年机关运行经费49.68万元（2023年43.55万元），比上年增加7.13万元，主要原因是公用经费增加。",
  ])("a change that disagrees with the figures is found: %s", (body) => {
    expect(alarms(body)).toEqual([expect.stringMatching(/^narrative\.change: /u)]);
  });
});
