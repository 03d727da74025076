import { describe, expect, it } from "vitest";
import { type Table, tableBuilder } from "../../disclosure";
import { findings } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.year");
/** 三公 6.50 this year: 公务用车运行 4.00, 接待 2.50, no 出国 (blank). */
const sanGong: Table = tableBuilder(henan2024, "sanGong")
  .single({
    total: "6.50",
    abroad: "",
    vehicles: "4.00",
    "vehicles.purchase": "",
    "vehicles.operation": "4.00",
    reception: "2.50",
  })
  .build().value;
/** The bodies of `list` with a narrative.year finding, and the figures they date. */
const flagged = (list: readonly string[]) =>
  list.flatMap((body) => {
    const found = findings(check(disclosure([sanGong], body)), "narrative.year").map(
      (f) => f.params.actual,
    );
    return found.length === 0 ? [] : [[body, found]];
  });

describe("narrative.year: last year's figure said to be this year's too", () => {
  it("a sentence saying last year's figure is the same (也是, 同为, 相等, 一样, 未作调整) dates it rightly", () => {
    expect(
      flagged([
        "（三）公务用车购置及运行费4.00万元。其中：公务用车运行维护费4.00万元。2023年公务用车运行维护费预算也是4.00万元。",
        "（三）公务用车购置及运行费4.00万元。2023年公务用车购置及运行费预算同为4.00万元。",
        "公务接待费2.50万元。2023年公务接待费预算亦为2.50万元。",
        "公务接待费2.50万元。2023年公务接待费预算同样为2.50万元。",
        "公务接待费2.50万元。上年公务接待费预算也为2.50万元。",
        "（三）公务用车购置及运行费4.00万元；2023年公务用车购置及运行费预算4.00万元，与本年相当。",
        "（三）公务用车购置及运行费4.00万元。2023年公务用车购置及运行费预算4.00万元，2024年维持上年水平。",
        "公务接待费2.50万元，2023年预算为2.50万元，本年与上年一样。",
        "公务接待费2.50万元。2023年公务接待费预算为2.50万元，今年未作调整。",
        "公务接待费2.50万元。2023年公务接待费预算为2.50万元，两年相等。",
        "2023年“三公”经费预算6.50万元。本年预算保持上年水平。",
      ]),
    ).toEqual([]);
  });

  it("last year's figure with no such word, or a word of something else, is still dated wrongly", () => {
    expect(
      flagged([
        "2023年“三公”经费预算6.50万元。",
        "2023年“三公”经费预算6.50万元，用于维持机关正常运转。",
        "2023年公务接待费预算为2.50万元，也是严格控制的结果。本年继续压减。",
      ]),
    ).toEqual([
      ["2023年“三公”经费预算6.50万元。", ["6.50"]],
      ["2023年“三公”经费预算6.50万元，用于维持机关正常运转。", ["6.50"]],
      ["2023年公务接待费预算为2.50万元，也是严格控制的结果。本年继续压减。", ["2.50"]],
    ]);
  });
});
