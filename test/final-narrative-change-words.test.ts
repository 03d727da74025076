/**
 * Other printers' words for a change against last year (other districts' and provinces' 决算
 * 情况说明, 2023 and 2025 documents): the rate after `降低` / `提高` (`减少13.52万元，降低8.65%`), after a
 * filler (`增长了12.08%`, `降幅为8.65%`, `下降幅度为8.65%`), and the amount after `减少了` / `增加了`. Read,
 * a correct one adds nothing and a wrong one is found; a share's change in points
 * (`占比提高0.20个百分点`) is no rate of the figure and stays unread.
 */
import { describe, expect, it } from "vitest";
import { readFinalNarrative } from "../src/final";
import type { DisclosureFixture } from "./fixtures/types";
import { finalAlarms, PLANNING } from "./support/final-narrative";

function swap(fixture: DisclosureFixture, from: string, to: string): string {
  if (!fixture.narrative.includes(from)) throw new Error(`not in the fixture: ${from}`);
  return fixture.narrative.replace(from, to);
}

/** 十一's 机关运行经费 (142.80, −13.52 on 156.32: 8.65%) and 一's total (9859.38, +1062.85: 12.08%). */
const COST = "机关运行经费支出 142.80 万元，比 2023 年度减少 13.52 万元，下降 8.65%。";
const TOTAL =
  "上海市普陀区规划和自然资源局 2024 年度收入支出总计9859.38 万元。与 2023 年度相比，收入支出总计增加 1062.85万元，增长 12.08%。";

const growth = (narrative: string) =>
  finalAlarms(PLANNING, narrative).filter((a) => a.startsWith("final.narrative.growth"));

describe("十一's 机关运行经费 in other words", () => {
  it.each([
    "机关运行经费支出142.80万元，比2023年度减少13.52万元，降低8.65%。",
    "机关运行经费支出142.80万元，比2023年度减少了13.52万元，下降了8.65%。",
    "机关运行经费支出142.80万元，比2023年度减少13.52万元，降幅为8.65%。",
    "机关运行经费支出142.80万元，与2023年度相比，减少13.52万元，下降幅度为8.65%。",
    "2025年度机关运行经费支出142.80万元，比2024年度减少13.52万元，降低8.65%。",
  ])("read, nothing found: %s", (text) => {
    const narrative = swap(PLANNING, COST, text);
    const c = readFinalNarrative(narrative).changes.find((x) => x.subject === "operatingCost");
    expect([c?.delta.value, c?.percent]).toEqual(["-13.52", "8.65"]);
    expect(growth(narrative)).toEqual([]);
  });
  it.each([
    "机关运行经费支出142.80万元，比2023年度减少13.52万元，降低9.65%。",
    "机关运行经费支出142.80万元，比2023年度减少了13.52万元，下降了9.65%。",
    "机关运行经费支出142.80万元，比2023年度减少13.52万元，降幅为9.65%。",
  ])("a wrong rate is found: %s", (text) => {
    expect(growth(swap(PLANNING, COST, text))).toEqual(["final.narrative.growth rate"]);
  });
});

describe("一's total in other words", () => {
  it.each([
    "2024年度收入、支出决算总计9859.38万元。与2023年度相比，收、支总计各增加1062.85万元，提高12.08%。",
    "2024年度收入支出总计9859.38万元，比2023年度增加了1062.85万元，增长了12.08%。",
    "2024年度收入支出总计9859.38万元，比2023年度增加1062.85万元，增幅为12.08%，占比提高0.20个百分点。",
  ])("read, nothing found: %s", (text) => {
    const narrative = swap(PLANNING, TOTAL, text);
    const c = readFinalNarrative(narrative).changes.find((x) => x.subject === "total");
    expect([c?.delta.value, c?.percent]).toEqual(["1062.85", "12.08"]);
    expect(growth(narrative)).toEqual([]);
  });
  it("a wrong rate after 提高 is found", () => {
    const text = "2024年度收入支出总计9859.38万元，比2023年度增加1062.85万元，提高10.78%。";
    expect(growth(swap(PLANNING, TOTAL, text))).toEqual(["final.narrative.growth rate"]);
  });
  it("a change in points is no rate", () => {
    const text = "2024年度收入支出总计9859.38万元，比2023年度增加1062.85万元，提高1.20个百分点。";
    const narrative = swap(PLANNING, TOTAL, text);
    const c = readFinalNarrative(narrative).changes.find((x) => x.subject === "total");
    expect(c?.percent).toBeUndefined();
    expect(growth(narrative)).toEqual([]);
  });
});
