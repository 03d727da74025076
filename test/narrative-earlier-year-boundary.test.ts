/**
 * `前年` (the year before last) only as a word of its own: inside `提前年底`, `节前年后`, `之前年末`,
 * `空前年增` the characters 前 and 年 belong to two words (提前 + 年底, 节前 + 年后), and the figure
 * after them is this year's, not an earlier year's (it was left `other-year`: correct input lost).
 */
import { describe, expect, it } from "vitest";
import { read } from "../src/narrative/test-support";

const D = "中共洛阳市涧西区委办公室";
const SAN_GONG = "“三公”经费支出预算为6.50万元。";

describe("前年 inside another word dates nothing", () => {
  it.each([
    `${D}2024年提前年底完成采购计划，${SAN_GONG}`,
    `${D}2024年节前年后加强监督检查，${SAN_GONG}`,
    `${D}2024年按照之前年初确定的计划，${SAN_GONG}`,
    `${D}2024年以前年末结余资金统筹使用，${SAN_GONG}`,
    `${D}2024年做到提前年度安排，${SAN_GONG}`,
  ])("%s: this year's figure is read", (text) => {
    expect(read(text).claims).toEqual(["amount sanGong 6.50万元 current budget equals [6.50万元]"]);
  });

  it("前年 as a word still dates its figure an earlier year's", () => {
    const r = read(`${D}2024年“三公”经费支出预算为6.50万元，前年为9.00万元。`);
    expect(r.claims).toEqual(["amount sanGong 6.50万元 current budget equals [6.50万元]"]);
    expect(r.unplaced.map((u) => u.split(" [")[0])).toEqual(["other-year true"]);
  });
});
