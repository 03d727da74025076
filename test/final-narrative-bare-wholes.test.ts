/**
 * A bare `收入合计` / `支出合计` in 二 / 三 of a 决算 情况说明 holding the carry-over (its 总计) is not
 * compared with the 收入支出决算总表's 本年收入合计 / 本年支出合计; the year's 合计 beside 一's 总计 is,
 * and a wrong 本年收入合计 is still found.
 */
import { describe, expect, it } from "vitest";
import { FINANCE, finalAlarms } from "./support/final-narrative";

const TOTAL = "一、收入支出决算总体情况说明\n上海市普陀区财政局2024年度收入支出总计2995.39万元。\n";

describe("决算 二 / 三: a bare 合计 against the tables", () => {
  it.each([
    "二、收入决算情况说明\n2024年度收入合计2995.39万元，其中：本年收入2946.25万元，年初结转和结余49.14万元。",
    "三、支出决算情况说明\n支出合计2995.39万元，其中：本年支出2940.05万元，年末结转和结余55.34万元。",
    `${TOTAL}二、收入决算情况说明\n收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%。`,
  ])("%s: no alarm", (text) => {
    expect(finalAlarms(FINANCE, text)).toEqual([]);
  });

  it("a wrong year's 合计 is still found", () => {
    const wrong = (name: string) =>
      `${TOTAL}二、收入决算情况说明\n${name}2996.25万元，其中：财政拨款收入2940.05万元。`;
    expect(finalAlarms(FINANCE, wrong("本年收入合计"))).toContain("final.narrative.amount amount");
    expect(finalAlarms(FINANCE, wrong("收入合计"))).toContain("final.narrative.amount amount");
  });
});
