/**
 * A measure's label colon with words that only date its figure or say it is the budget between
 * (`“三公”经费：2024年预算6.50万元，2023年预算7.50万元`, as tabular printers word a 三公 paragraph;
 * session 40): the figures are the label's, this year's and last year's as dated, through the
 * whole checker against the Henan tables; a wrong figure is found and quoted with its label.
 */
import { describe, expect, it } from "vitest";
import { henanProbe } from "./support/narrative-alarms";

const { alarms, placed } = henanProbe;

describe("a label's figure after words dating it or saying it is the budget", () => {
  it.each([
    ["“三公”经费：2024年预算6.50万元。", ["sanGong = 6.50万元"]],
    ["“三公”经费：预算6.50万元。", ["sanGong = 6.50万元"]],
    ["“三公”经费：2024年预算数6.50万元。", ["sanGong = 6.50万元"]],
    ["“三公”经费：2024年度预算数为6.50万元。", ["sanGong = 6.50万元"]],
    [
      "“三公”经费：2024年预算6.50万元，2023年预算7.50万元，减少1.00万元。",
      ["sanGong = 6.50万元", "sanGong (prior) = 7.50万元"],
    ],
    [
      "“三公”经费：2024年6.50万元，2023年7.50万元。",
      ["sanGong = 6.50万元", "sanGong (prior) = 7.50万元"],
    ],
    [
      "“三公”经费：上年预算7.50万元，本年预算6.50万元，减少1.00万元，主要原因是厉行节约。",
      ["sanGong (prior) = 7.50万元", "sanGong = 6.50万元"],
    ],
    [
      "公务接待费：2024年预算2.50万元，比上年减少1.00万元，主要原因是厉行节约。",
      ["sanGong|item=reception = 2.50万元"],
    ],
    ["公务接待费：本年预算为2.50万元。", ["sanGong|item=reception = 2.50万元"]],
    [
      "机关运行经费：2024年安排49.68万元，比上年增加6.13万元，主要原因是公用经费增加。",
      ["operatingCost = 49.68万元"],
    ],
    // another measure after the date is that measure's (as before)
    [
      "“三公”经费：2024年因公出国（境）费0万元，公务接待费2.50万元。",
      ["sanGong|item=abroad = 0万元", "sanGong|item=reception = 2.50万元"],
    ],
  ])("%s", (body, figures) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(figures);
  });

  it.each([
    // a list's colon, or no measure before the colon: nothing read as the label's
    "其中：2024年预算6.50万元。",
    "具体情况如下：2024年预算6.50万元。",
    // words other than a date or the budget between: not the label's
    "“三公”经费：2024年执行数7.00万元。",
  ])("no label's figure: %s", (body) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body).filter((p) => p.startsWith("sanGong ="))).toEqual([]);
  });

  it.each([
    ["“三公”经费：2024年预算数6.05万元。", "“三公”经费：2024年预算数6.05万元", "6.50"],
    [
      "公务接待费：2024年预算3.50万元，比上年减少1.00万元，主要原因是厉行节约。",
      "公务接待费：2024年预算3.50万元",
      "2.50",
    ],
    ["机关运行经费：2024年安排49.86万元。", "机关运行经费：2024年安排49.86万元", "49.68"],
  ])("a wrong figure is found, quoted with its label: %s", (body, quoted, right) => {
    expect(alarms(body)).toEqual([
      expect.stringContaining(`“${quoted}” 与表中不符：表中为 ${right}万元`),
    ]);
  });
});
