/**
 * An actual printed in another magnitude of the target's measure (`≥1万元` and `12000元`,
 * `≤0.5万元/人` and `4800元/人`, `≥1.2万平方米` and `12000平方米`): the same measure, compared
 * exactly in the target's unit, no unit mismatch. A unit that differs (`≥500人次` and `520人`,
 * `≥3次/年` and `4次`) still needs a person's judgment.
 */
import { describe, expect, it } from "vitest";
import { evaluateIndicator } from "./indicator";

describe("an actual in another magnitude of the target's measure", () => {
  it.each([
    ["≥1万元", "12000元", { status: "met", margin: "0.2", unit: "万元", credit: "1" }],
    ["≤100万元", "986000元", { status: "met", margin: "1.4", unit: "万元", credit: "1" }],
    ["≤0.5万元/人", "4800元/人", { status: "met", margin: "0.02", unit: "万元/人", credit: "1" }],
    [
      "≥1.2万平方米",
      "12000平方米",
      { status: "met", margin: "0.0", unit: "万平方米", credit: "1" },
    ],
    ["≥5000元", "0.45万元", { status: "not-met", margin: "-500", unit: "元", credit: "0.9000" }],
    ["≥10万人次", "9.5万", { status: "not-met", margin: "-0.5", unit: "万人次", credit: "0.9500" }],
    ["1万-2万元", "15000元", { status: "met", margin: "0.5", unit: "万元", credit: "1" }],
  ])("%s and %s", (target, actual, expected) => {
    expect(evaluateIndicator(target, actual)).toEqual(expected);
  });

  it("bites: another measure still needs judgment, and a miss in another magnitude is still a miss", () => {
    for (const [t, a] of [
      ["≥500人次", "520人"],
      ["≥3次/年", "4次"],
      ["≥1万元", "1万人"],
      ["≥95%", "96分"],
    ])
      expect(evaluateIndicator(t as string, a as string), `${t} ${a}`).toEqual({
        status: "needs-judgment",
        reason: "unit-mismatch",
      });
    expect(evaluateIndicator("≤100万元", "1020000元").status).toBe("not-met");
  });
});
