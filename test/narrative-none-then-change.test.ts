/**
 * A none in place of a figure (`为零`, `未安排`, `无…`) followed by a change of its own in the next
 * clause (`…；因公出国（境）费未安排，与上年持平`): the change is of the none's measure, as it is of
 * the measure of a `0.00万元` in the same place, not of the figure named before the none in the
 * sentence (found by the red-team probe, 2026-12-07: an error `称持平，同一句却写有变动` on a
 * correct sentence). Through the whole checker against the Henan and the Shanghai welfare-home
 * tables: a correct sentence raises no alarm, and the change is placed on the none's measure.
 */
import { describe, expect, it } from "vitest";
import { henanProbe, welfareProbe } from "./support/narrative-alarms";

const LEAD = "2024年“三公”经费支出预算为6.50万元，比2023年减少1.00万元，主要原因是厉行节约。";
const RECEPTION = "其中，公务接待费2.50万元，比2023年减少1.00万元；";

describe("a none after a changed figure, then 持平: the 持平 is the none's (Henan)", () => {
  it.each([
    `${LEAD}${RECEPTION}因公出国（境）费为零，与2023年持平。`,
    `${LEAD}${RECEPTION}因公出国（境）费未安排，与2023年持平。`,
    `${LEAD}${RECEPTION}因公出国（境）费预算为零，与上年持平。`,
    `${LEAD}${RECEPTION}无因公出国（境）费，与2023年持平。`,
    `${LEAD}${RECEPTION}未安排因公出国（境）费，与上年预算持平。`,
    // the same with the figure printed: unchanged (the none reads as this does)
    `${LEAD}${RECEPTION}因公出国（境）费为0，与2023年持平。`,
  ])("%s", (body) => {
    expect(henanProbe.alarms(body)).toEqual([]);
  });
});

describe("a fund's none after a fund's change, then 持平 (Shanghai welfare home)", () => {
  const lead = "财政拨款支出预算中，一般公共预算拨款支出预算950.12万元，比2023年预算增加0.46万元；";
  it.each([
    `${lead}政府性基金拨款支出预算为零，与2023年预算持平；国有资本经营预算拨款支出预算为零，与2023年预算持平。`,
    `${lead}无政府性基金拨款支出预算，与2023年预算持平。`,
    `${lead}政府性基金拨款支出预算未安排，与2023年预算持平。`,
    `${lead}政府性基金拨款支出预算0.00万元，与2023年预算持平。`,
  ])("%s", (body) => {
    expect(welfareProbe.alarms(body)).toEqual([]);
  });
});

describe("the change after a none is placed on the none's measure", () => {
  const changes = henanProbe.changes;

  it.each([
    `${RECEPTION}因公出国（境）费为零，与2023年持平。`,
    `${RECEPTION}因公出国（境）费未安排，与2023年持平。`,
    `${RECEPTION}因公出国（境）费为0，与2023年持平。`,
  ])("%s", (body) => {
    expect(changes(body)).toEqual(["sanGong|item=reception down", "sanGong|item=abroad flat"]);
  });

  // (review, 2026-12-07) an increase is never of a measure just said to be none: unplaced, not the
  // none's (a figure grown to zero would need last year's to be negative); a decrease may be.
  it.each([
    ["因公出国（境）费为零，比2023年增加1.00万元。", []],
    ["因公出国（境）费未安排，比上年增长10.00%。", []],
    ["因公出国（境）费为零，比2023年减少1.00万元。", ["sanGong|item=abroad down"]],
  ])("%s", (sentence, expected) => {
    expect(changes(`2024年“三公”经费支出预算为6.50万元，其中${sentence}`)).toEqual(expected);
  });
});
