/**
 * A 科目 list after `主要用于` / `主要包括` of one fund's spending
 * (`一般公共预算拨款支出950.12万元，主要用于以下方面：社会保障和就业支出（类）866.16万元；…`,
 * session 40): each 科目's figure is that fund's, to the list's end (a `；` ends it only when no
 * colon opened it, a colon a few characters after the word, `以下方面：`, included). Through the
 * whole checker against the 普陀区社会福利院 tables, whose 科目 differ by fund (208: 1,128.16万元 of
 * all funds, 866.16万元 of 一般公共预算): no finding on the right figures, the fund's figure
 * expected of a wrong one.
 */
import { describe, expect, it } from "vitest";
import { welfareProbe } from "./support/narrative-alarms";

const { alarms, placed } = welfareProbe;

const GPB = [
  "spending|fund=gpb = 950.12万元",
  "spending|functional=208|fund=gpb = 866.16万元",
  "spending|functional=210|fund=gpb = 50.37万元",
  "spending|functional=221|fund=gpb = 33.58万元",
];

describe("a use list's 科目 are of the fund of the spending it is the use of", () => {
  it.each([
    "2024年一般公共预算拨款支出950.12万元，主要用于以下方面：社会保障和就业支出（类）866.16万元，占91.16%；卫生健康支出（类）50.37万元；住房保障支出（类）33.58万元。",
    "2024年一般公共预算拨款支出950.12万元，主要用于以下几个方面：社会保障和就业支出（类）866.16万元；卫生健康支出（类）50.37万元；住房保障支出（类）33.58万元。",
    "2024年一般公共预算拨款支出950.12万元，主要用于：社会保障和就业支出（类）866.16万元；卫生健康支出（类）50.37万元；住房保障支出（类）33.58万元。",
    "2024年一般公共预算拨款支出950.12万元，主要包括：社会保障和就业支出（类）866.16万元，卫生健康支出（类）50.37万元，住房保障支出（类）33.58万元。",
  ])("%s", (body) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(GPB);
  });

  it("a wrong 科目 figure is found against the fund's figure", () => {
    expect(
      alarms(
        "2024年一般公共预算拨款支出950.12万元，主要用于以下方面：社会保障和就业支出（类）800.16万元；卫生健康支出（类）50.37万元。",
      ),
    ).toEqual([expect.stringMatching(/^narrative\.amount: .*表中为 866\.16万元/u)]);
  });

  it.each([
    // spending of every fund: the 科目 of every fund
    [
      "2024年支出预算1,212.12万元，主要用于以下方面：社会保障和就业支出（类）1,128.16万元；卫生健康支出（类）50.37万元。",
      [
        "spending = 1212.12万元",
        "spending|functional=208 = 1128.16万元",
        "spending|functional=210 = 50.37万元",
      ],
    ],
  ])("of no one fund, of all: %s", (body, figures) => {
    expect(alarms(body)).toEqual([]);
    expect(placed(body)).toEqual(figures);
  });
});
