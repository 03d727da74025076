/**
 * 二 / 三 of a 决算 情况说明 naming its whole `收入合计` / `支出合计` without 本年: in the 决算 form
 * such a 合计 may be the total with the carry-over (年初结转和结余, 年末结转和结余). It is read as
 * 本年收入合计 / 本年支出合计 only where the text also states 一's 总计 with another figure and says
 * nothing of a carry-over beside it; else it is left unread (coverage). `本年收入合计` is read as
 * ever, and a wrong one is still read so (the rules find it).
 */
import { describe, expect, it } from "vitest";
import { readFinalNarrative } from "./read";

const TOTAL = "一、收入支出决算总体情况说明\n本单位2024年度收入支出总计2995.39万元。\n";
const REVENUE = "二、收入决算情况说明\n";
const SPENDING = "三、支出决算情况说明\n";
const whole = (text: string, kind: "revenue" | "spending") =>
  readFinalNarrative(text)[kind]?.whole.value;

describe("决算 二 / 三: a bare 合计", () => {
  it.each([
    // no 总计 stated: which 合计 is meant is not told
    [`${REVENUE}收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%。`, "revenue"],
    [`${REVENUE}2024年度收入合计2995.39万元，其中：本年收入2946.25万元。`, "revenue"],
    [`${SPENDING}支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%。`, "spending"],
    // 总计 stated, but the 合计 is its figure, or names the carry-over
    [`${TOTAL}${REVENUE}收入合计2995.39万元，其中：财政拨款收入2940.05万元。`, "revenue"],
    [
      `${TOTAL}${REVENUE}收入合计2990.00万元，其中：本年收入2940.86万元，年初结转和结余49.14万元。`,
      "revenue",
    ],
    [`${TOTAL}${SPENDING}支出决算合计2995.39万元，其中：基本支出2336.91万元。`, "spending"],
  ] as const)("%s: unread", (text, kind) => {
    expect(whole(text, kind)).toBeUndefined();
  });

  it.each([
    [`${TOTAL}${REVENUE}收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%。`, "revenue"],
    [`${TOTAL}${SPENDING}支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%。`, "spending"],
    // 本年 named: read with or without 一's 总计, a wrong figure too
    [`${REVENUE}本年收入合计2946.25万元，其中：财政拨款收入2940.05万元。`, "revenue"],
    [`${SPENDING}本年支出合计2999.99万元，其中：基本支出2336.91万元。`, "spending"],
  ] as const)("%s: read as the year's", (text, kind) => {
    expect(whole(text, kind)).toMatch(/^\d/u);
  });
});
