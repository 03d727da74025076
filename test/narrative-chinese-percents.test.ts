/**
 * A percentage written in Chinese numerals (`百分之十六点零八`, `百分之七十点三八`, `百分之百`,
 * `百分之五`) is read as the same percentage in digits: a share is checked as `70.38%` is, and a
 * wrong one is found.
 */
import { describe, expect, it } from "vitest";
import { read } from "../src/narrative/test-support";
import { henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { probe } from "./support/narrative-alarms";

const henan = probe(henan2024Fixture, henan2024, henan2024Profile);
/** The percentages read: their claims, and the figures read but not placed (reason only). */
const percents = (text: string) => {
  const r = read(text);
  return [
    ...r.claims.filter((c) => c.startsWith("percent")),
    ...r.unplaced
      .filter((u) => u.includes("%]") || u.includes("[百分之"))
      .map((u) => u.split(" ")[0]),
  ];
};

describe("百分之… read as a percentage", () => {
  it.each([
    ["收入预算969.06万元，比上年增长百分之十六点零八。", "收入预算969.06万元，比上年增长16.08%。"],
    [
      "基本支出682.06万元，占支出预算的百分之七十点三八。",
      "基本支出682.06万元，占支出预算的70.38%。",
    ],
    [
      "收入预算969.06万元，其中一般公共预算拨款占百分之百。",
      "收入预算969.06万元，其中一般公共预算拨款占100%。",
    ],
    ["公务接待费2.50万元，下降百分之二十八点五七。", "公务接待费2.50万元，下降28.57%。"],
    ["项目支出287.00万元，增长百分之五。", "项目支出287.00万元，增长5%。"],
    ["项目支出287.00万元，增长百分之零点五。", "项目支出287.00万元，增长0.5%。"],
  ])("%s reads as %s", (words, digits) => {
    const got = percents(words);
    expect(got).not.toEqual([]);
    expect(got).toEqual(percents(digits));
  });

  it("a correct share gives no finding, a wrong one is found", () => {
    expect(
      henan.alarms(
        "2024年基本支出682.06万元，占支出预算的百分之七十点三八；项目支出287.00万元，占百分之二十九点六二。",
      ),
    ).toEqual([]);
    expect(
      henan.alarms("2024年基本支出682.06万元，占支出预算的百分之七十一点三八。").join(),
    ).toContain("70.38");
  });

  it.each(["百分之", "百分之点五", "百分之几", "百分之十几"])("%s: no percentage", (w) => {
    expect(percents(`项目支出287.00万元，增长${w}。`)).toEqual([]);
  });
});
