/**
 * 决算 情况说明 paragraphs that print another year than the document's: next year's budget
 * (`2025年部门预算安排…`, `2025年度基本支出预算…`), money carried to it (`结转下年（2025年）使用`,
 * `结转至2025年`), last year's outcome (`2023年决算数为…`, `上年度…`, `比2023年增加…`). Found by a
 * review probe (2026-12-07): the paragraph's latest year was taken for "this year", so next year's
 * figures were checked against this year's tables (false alarms), and any 2025 in a paragraph made
 * the 2024 figures look like last year's and left them unchecked (missed errors). A figure's year is
 * the one printed nearest before it in its sentence (else the document's), compared with the
 * document's year; a wrong figure of the document's year in the same paragraph is still found.
 */
import { describe, expect, it } from "vitest";
import { readFinalNarrative } from "../src/final";
import { finalAlarms as alarms, FINANCE, PLANNING, SOCIAL } from "./support/final-narrative";

/** [what, a correct paragraph, the same with a wrong figure of the document's year, its alarm]. */
const CASES: readonly (readonly [string, string, string, string])[] = [
  [
    "一, next year's budget sentence after",
    "上海市普陀区财政局2024年度收入支出总计2995.39万元。2025年部门预算安排收入支出总计3100.00万元。",
    "上海市普陀区财政局2024年度收入支出总计2995.93万元。2025年部门预算安排收入支出总计3100.00万元。",
    "final.narrative.amount amount",
  ],
  [
    "一, 结转下年（2025年）使用 in the same sentence",
    "2024年度收入支出总计2995.39万元，部分项目资金结转下年（2025年）使用。",
    "2024年度收入支出总计2995.93万元，部分项目资金结转下年（2025年）使用。",
    "final.narrative.amount amount",
  ],
  [
    "一, 结转至2025年 in the reason",
    "2024年度收入支出总计2995.39万元。主要原因是部分项目延至2025年实施。",
    "2024年度收入支出总计2995.93万元。主要原因是部分项目延至2025年实施。",
    "final.narrative.amount amount",
  ],
  [
    "一, 本年度 and 2023年决算数为",
    "本年度收入支出总计2995.39万元，2023年决算数为3052.34万元，部分资金结转至2025年使用。",
    "本年度收入支出总计2995.93万元，2023年决算数为3052.34万元，部分资金结转至2025年使用。",
    "final.narrative.amount amount",
  ],
  [
    "一, 上年度 / 本年度 / next year's budget",
    "上年度收入支出总计3052.34万元，本年度收入支出总计2995.39万元，2025年度预算收入支出总计3100.00万元。",
    "上年度收入支出总计3052.34万元，本年度收入支出总计2995.93万元，2025年度预算收入支出总计3100.00万元。",
    "final.narrative.amount amount",
  ],
  [
    "一, 与2023年度…相比 then 2025",
    "与2023年度收入支出总计3052.34万元相比，2024年度收入支出总计2995.39万元，部分资金结转至2025年使用。",
    "与2023年度收入支出总计3052.34万元相比，2024年度收入支出总计2995.93万元，部分资金结转至2025年使用。",
    "final.narrative.amount amount",
  ],
  [
    "一, 比2023年减少… and 2025 in the reason",
    "2024年度收入支出总计2995.39万元，比2023年减少56.95万元，下降1.87%，主要原因是部分项目延至2025年实施。",
    "2024年度收入支出总计2995.39万元，比2023年减少56.95万元，下降1.78%，主要原因是部分项目延至2025年实施。",
    "final.narrative.growth rate",
  ],
  [
    "二, 2024年度 then next year's",
    "2024年度本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%。2025年度预算收入合计3000.00万元。",
    "2024年度本年收入合计2964.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%。2025年度预算收入合计3000.00万元。",
    "final.narrative.amount amount",
  ],
  [
    "五(三), 2024年度 outcome and 2025",
    "2024年度一般公共预算财政拨款支出年初预算为2993.92万元，2024年度支出决算为2940.05万元，完成年初预算的98.20%，个别项目结转至2025年实施。",
    "2024年度一般公共预算财政拨款支出年初预算为2993.92万元，2024年度支出决算为2904.05万元，完成年初预算的98.20%，个别项目结转至2025年实施。",
    "final.narrative.amount amount",
  ],
  [
    "十一(一), 比2023年度 and 2025 in the reason",
    "（一）机关运行经费支出情况\n2024年度机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%，主要原因是部分采购提前至2024年而非2025年。",
    "（一）机关运行经费支出情况\n2024年度机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.04%，主要原因是部分采购提前至2024年而非2025年。",
    "final.narrative.growth rate",
  ],
  [
    "六, 2024年度 then next year's 基本支出预算",
    "六、一般公共预算财政拨款基本支出决算情况说明\n2024年度一般公共预算财政拨款基本支出2336.91万元，其中：人员经费2152.26万元，公用经费184.65万元。2025年度基本支出预算2400.00万元，其中：人员经费2200.00万元，公用经费200.00万元。",
    "六、一般公共预算财政拨款基本支出决算情况说明\n2024年度一般公共预算财政拨款基本支出2336.91万元，其中：人员经费2125.26万元，公用经费184.65万元。2025年度基本支出预算2400.00万元，其中：人员经费2200.00万元，公用经费200.00万元。",
    "final.narrative.amount amount",
  ],
  [
    "六, last year's 人员经费 printed first",
    "六、一般公共预算财政拨款基本支出决算情况说明\n2023年度人员经费2100.00万元。2024年度一般公共预算财政拨款基本支出2336.91万元，其中：人员经费2152.26万元，公用经费184.65万元。",
    "六、一般公共预算财政拨款基本支出决算情况说明\n2023年度人员经费2100.00万元。2024年度一般公共预算财政拨款基本支出2336.91万元，其中：人员经费2125.26万元，公用经费184.65万元。",
    "final.narrative.amount amount",
  ],
];

describe("决算 情况说明: a figure of another year than the document's", () => {
  it.each(CASES)("%s: the correct paragraph gives no alarm", (_, ok) => {
    expect(alarms(FINANCE, ok)).toEqual([]);
  });

  it.each(CASES)("%s: a wrong figure of the document's year is found", (_, __, wrong, alarm) => {
    expect(alarms(FINANCE, wrong).map((a) => a.slice(0, alarm.length))).toContain(alarm);
  });

  it.each([
    "2025年度收入支出总计3100.00万元。",
    "2025年度预算收入支出总计3100.00万元。",
    "2025年部门预算安排收入支出总计3100.00万元，比2024年增加104.61万元，增长3.49%。",
    "六、一般公共预算财政拨款基本支出决算情况说明\n一般公共预算财政拨款基本支出2336.91万元。2025年度基本支出预算2400.00万元，其中：人员经费2200.00万元，公用经费200.00万元。",
    "（一）机关运行经费支出情况\n2025年机关运行经费支出预算为190.00万元。",
    "（二）政府采购支出情况\n2025年度政府采购支出总额300.00万元。",
  ])("%#: next year's figures alone are not checked as this year's", (text) => {
    expect(alarms(FINANCE, text)).toEqual([]);
  });

  it("七: next year's 三公 budget after this year's outcome gives no alarm; a wrong outcome is found", () => {
    const head = "七、财政拨款“三公”经费支出决算情况说明\n";
    const ok = `${head}“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元，完成预算的13.68%。部分接待任务顺延至2025年，2025年“三公”经费财政拨款支出预算为2.00万元。`;
    expect(alarms(PLANNING, ok)).toEqual([]);
    expect(alarms(PLANNING, ok.replace("0.39万元", "0.93万元"))).toContain(
      "final.narrative.amount amount",
    );
  });

  it("十一(二): next year's procurement budget after this year's gives no alarm; a wrong total is found", () => {
    const ok =
      "（二）政府采购支出情况\n2024年度政府采购金额为21.07万元，其中：货物采购金额21.07万元、工程采购金额0万元、服务采购金额0万元。2025年度政府采购预算总额30.00万元，其中：货物采购预算金额10.00万元。";
    expect(alarms(SOCIAL, ok)).toEqual([]);
    expect(alarms(SOCIAL, ok.replace("金额为21.07", "金额为12.07"))).toContain(
      "final.narrative.procurement sum",
    );
  });
});

describe("readFinalNarrative given the document's year", () => {
  const text = "2024年度收入支出总计2995.39万元。2025年度预算收入支出总计3100.00万元。";
  it("reads the document's year's total, not next year's", () => {
    expect(readFinalNarrative(text, 2024).total?.value).toBe("2995.39");
  });
  it("without a year, takes each paragraph's latest printed year for this year (as before)", () => {
    expect(readFinalNarrative(text).total?.value).toBe("3100.00");
  });
});
