/**
 * 五(三)'s items whose budget changed during the year (`年初预算为0万元，年中追加预算52.00万元，…，
 * 完成预算的98.69%`): a rate naming no budget is then not the 年初预算's, as 五(三)'s opening
 * sentence already holds. Found by a probe of invented wordings (2026-12-07); a rate that names
 * the 年初预算, or one in an item whose budget did not change, is still checked.
 */
import { describe, expect, it } from "vitest";
import { finalAlarms as alarms, SOCIAL } from "./support/final-narrative";

const HEAD =
  "一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成全年预算的95.89%。其中：\n";
const ITEM = "1、一般公共服务支出（类）社会工作事务（款）行政运行（项）。";

describe("决算 五(三): an item's rate on a budget changed during the year (社会工作部)", () => {
  it.each([
    "年初预算为0万元，年中追加预算52.00万元，支出决算为51.32万元，完成预算的98.69%。",
    "年初预算为0万元，年中调增预算52.00万元，支出决算为51.32万元，完成预算的98.69%。",
    "年初预算为10.00万元，年中追加预算42.00万元，支出决算为51.32万元，完成预算的98.69%。",
    "年初预算为60.00万元，年中调减8.00万元，支出决算为51.32万元，完成预算的98.69%。",
  ])("%s", (item) => {
    expect(alarms(SOCIAL, `${HEAD}${ITEM}${item}`)).toEqual([]);
  });

  it.each([
    // the rate names the 年初预算: checked on it
    [
      "年初预算为10.00万元，年中追加预算42.00万元，支出决算为51.32万元，完成年初预算的98.69%。",
      "final.narrative.rate rate",
    ],
    // no change of budget said: the rate is the 年初预算's
    ["年初预算为60.00万元，支出决算为51.32万元，完成预算的98.69%。", "final.narrative.rate rate"],
    ["年初预算为0万元，支出决算为51.32万元，完成预算的98.69%。", "final.narrative.rate zeroBudget"],
    // the full-year budget printed: checked on it
    [
      "年初预算为0万元，全年预算为52.00万元，支出决算为51.32万元，完成预算的98.96%。",
      "final.narrative.rate rate",
    ],
  ])("a wrong rate is still found: %s", (item, finding) => {
    expect(alarms(SOCIAL, `${HEAD}${ITEM}${item}`)).toContain(finding);
  });
});
