import { describe, expect, it } from "vitest";
import { renderFinding } from "../../rules/render";
import { findings, one, outcome } from "../../rules/test-support";
import { check, disclosure, profileOf } from "./test-support";

const run = (body: string) => check(disclosure([], body));

describe("narrative.change", () => {
  it("passes a change that agrees with last year's and this year's figures", () => {
    const r = run("“三公”经费上年预算为7.50万元，本年预算6.50万元，比上年减少1.00万元。");
    expect([outcome(r, "narrative.change"), findings(r, "narrative.change")]).toEqual(["pass", []]);
  });

  it("is not applicable when last year's figure is not known", () => {
    expect(outcome(run("“三公”经费6.50万元，比上年减少1.00万元。"), "narrative.change")).toBe(
      "not-applicable",
    );
  });

  it.each([
    [
      "增加 for a decrease",
      "“三公”经费上年预算为7.50万元，本年预算6.50万元，比上年增加1.00万元。",
      "up",
    ],
    [
      "减少 for an increase",
      "“三公”经费上年预算为5.50万元，本年预算6.50万元，比上年减少1.00万元。",
      "down",
    ],
    ["持平 for a change", "“三公”经费上年预算为7.50万元，本年预算6.50万元，与上年持平。", "flat"],
  ])("reports %s", (_, text, direction) => {
    const f = one(run(text), "narrative.change");
    expect([f.severity, f.params.kind, f.params.direction]).toEqual([
      "error",
      "direction",
      direction,
    ]);
    expect(renderFinding(f, profileOf().rules, "zh-CN")).toContain("变动为");
  });

  it("reports a change amount that the two figures do not give", () => {
    const f = one(
      run("“三公”经费上年预算为7.50万元，本年预算6.50万元，比上年减少1.10万元。"),
      "narrative.change",
    );
    expect([f.params.kind, f.expected, f.actual]).toEqual(["delta", "-1.00", "-1.10"]);
  });

  it("compares with last year's execution when the text says so", () => {
    const ok = run(
      "“三公”经费6.50万元。2023年当年预算执行数为7.00万元，2024年预算安排6.50万元，比2023年预算执行数减少0.50万元。",
    );
    expect(findings(ok, "narrative.change")).toEqual([]);
    const wrong = run(
      "“三公”经费6.50万元。2023年当年预算执行数为7.00万元，2024年预算安排6.50万元，比2023年预算执行数增加0.50万元。",
    );
    expect(one(wrong, "narrative.change").params.kind).toBe("direction");
  });

  it("allows for the rounding of figures printed in whole 万元", () => {
    const r = run("“三公”经费上年预算为17,192万元，本年预算16,202万元，比上年减少990万元。");
    expect(findings(r, "narrative.change")).toEqual([]);
  });
});
