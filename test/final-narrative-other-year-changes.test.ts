/**
 * A 决算 情况说明's change against a year other than last year (`比2022年度增加…` in a 2024 决算,
 * `较2022年`, `与2022年度相比`), beside last year's figure or change or alone: the 决算 reader checks a
 * change only with what its own sentence prints (its rate: Δ ÷ (current − Δ); the base figure its
 * comparison prints), so a right one gives no alarm whatever the year, and none is compared with
 * last year's figure. A wrong rate of it, and a wrong change against last year beside it, are
 * still found. (The budget 情况说明's class, `narrative.change`, in narrative-other-year-changes.)
 */
import { describe, expect, it } from "vitest";
import { finalAlarms, PLANNING } from "./support/final-narrative";

// PLANNING 2024: 收入支出总计 9859.38 (2023: 8796.53, +1062.85, 12.08%); 机关运行经费 142.80 (2023:
// 156.32, −13.52, 8.65%). Invented 2022: 总计 8359.38 (+1500.00: 1500.00 ÷ 8359.38 = 17.94%);
// 机关运行经费 162.80 (−20.00: 20.00 ÷ 162.80 = 12.29%).
const COST = "机关运行经费支出 142.80 万元，比 2023 年度减少 13.52 万元，下降 8.65%。";
const TOTAL =
  "上海市普陀区规划和自然资源局 2024 年度收入支出总计9859.38 万元。与 2023 年度相比，收入支出总计增加 1062.85万元，增长 12.08%。";
const D = "上海市普陀区规划和自然资源局2024年度收入支出总计9859.38万元，";

function swap(from: string, to: string): string {
  if (!PLANNING.narrative.includes(from)) throw new Error(`not in the fixture: ${from}`);
  return PLANNING.narrative.replace(from, to);
}
/** The alarms a swap adds to the fixture's own (it has known errors of its own). */
function added(from: string, to: string): string[] {
  const left = [...finalAlarms(PLANNING, PLANNING.narrative)];
  return finalAlarms(PLANNING, swap(from, to)).filter((a) => {
    const i = left.indexOf(a);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

describe("决算: a change against another year is not compared with last year's figure", () => {
  it.each([
    [COST, "机关运行经费支出142.80万元，比2022年度减少20.00万元，下降12.29%。"],
    [COST, "机关运行经费支出142.80万元，较2022年减少20.00万元，下降12.29%。"],
    [COST, "机关运行经费支出142.80万元，与2022年度相比，减少20.00万元，下降12.29%。"],
    [
      COST,
      "机关运行经费支出142.80万元，2023年度为156.32万元，比2022年度减少20.00万元，下降12.29%。",
    ],
    [COST, "机关运行经费支出142.80万元，比2022年度持平。"],
    [
      COST,
      "机关运行经费支出142.80万元，比2023年度的156.32万元减少13.52万元，下降8.65%，比2022年度减少20.00万元，下降12.29%。",
    ],
    [TOTAL, `${D}2023年度为8796.53万元，比2022年度增加1500.00万元，增长17.94%。`],
    [
      TOTAL,
      `${D}由2023年度的8796.53万元增加至9859.38万元，比2022年度增加1500.00万元，增长17.94%。`,
    ],
    [TOTAL, `${D}比2022年度的8359.38万元增加1500.00万元，增长17.94%。`],
    [TOTAL, `${D}与2022年度收入支出总计8359.38万元相比，增加1500.00万元，增长17.94%。`],
    [
      TOTAL,
      `${D}比2022年度增加1500.00万元，增长17.94%，比2023年度的8796.53万元增加1062.85万元，增长12.08%。`,
    ],
    [TOTAL, `${D}比上年增加1062.85万元，增长12.08%；与2022年度相比增加1500.00万元，增长17.94%。`],
  ])("%#: no alarm", (from, to) => {
    expect(added(from, to)).toEqual([]);
  });

  it("a wrong rate of the change against 2022 is still found (from its own change)", () => {
    expect(added(TOTAL, `${D}比2022年度增加1500.00万元，增长19.94%。`)).toEqual([
      "final.narrative.growth rate",
    ]);
  });

  it("a wrong change against last year beside one against 2022 is still found", () => {
    // 9859.38 − 1162.85 = 8696.53, not the 8796.53 its comparison prints
    expect(
      added(
        TOTAL,
        `${D}比2023年度的8796.53万元增加1162.85万元，比2022年度增加1500.00万元，增长17.94%。`,
      ),
    ).toEqual(["final.narrative.growth prior"]);
  });
});
