/**
 * 决算 情况说明 whose text layer spaces the unit out (`184.65 万 元`, `2106.66万　元`: a justified
 * line's letter spacing): the amount ends after `元`, so what follows it (`，占…%`, `，比2023年度增加…`)
 * is read as it is after `万元`. Found by a metamorphic probe (2026-12-07): such a text lost its
 * shares, changes and items' sums (wrong figures missed).
 */
import { describe, expect, it } from "vitest";
import { finalAlarms as alarms, FINANCE, SOCIAL } from "./support/final-narrative";

const spaced = (s: string, space: string) => s.replace(/万元/gu, `万${space}元`);

describe.each([
  [" ", "a space"],
  ["  ", "two spaces"],
  ["\u3000", "an ideographic space"],
])("决算 情况说明: `万%s元` (%s)", (space) => {
  it.each([
    "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。",
    "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.65%；社会保障和就业支出（类）326.72万元，占11.11%。",
  ])("a correct sentence gives no alarm: %s", (text) => {
    expect(alarms(FINANCE, spaced(text, space))).toEqual([]);
  });

  it.each([
    [
      "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.41%。",
      "final.narrative.growth rate",
    ],
    [
      "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%。",
      "final.narrative.share share",
    ],
  ])("a wrong figure is still found: %s", (text, finding) => {
    expect(alarms(FINANCE, spaced(text, space))).toContain(finding);
  });

  it("a growth rate on a zero base is found (社会工作部)", () => {
    const text = "机关运行经费支出10.23万元，比2023年度增加10.23万元，增长100.00%。";
    expect(alarms(SOCIAL, spaced(text, space))).toContain("final.narrative.growth zeroBase");
  });
});

describe("决算 情况说明: the fixtures' own texts with `万 元` find what they find with `万元`", () => {
  it.each([
    ["上海市普陀区财政局", FINANCE],
    ["社会工作部", SOCIAL],
  ] as const)("%s", (_, fixture) => {
    const own = alarms(fixture, fixture.narrative).sort();
    expect(own).not.toEqual([]);
    expect(alarms(fixture, spaced(fixture.narrative, " ")).sort()).toEqual(own);
  });
});
