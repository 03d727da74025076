import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { renderFinding } from "../../rules/render";
import { findings, one, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure, profileOf } from "./test-support";

const check = checker("narrative.change");
const run = (body: string) => check(disclosure([], body));
const both = (body: string) => {
  const f = one(run(body), "narrative.change");
  return [renderFinding(f, profileOf().rules, "zh-CN"), renderFinding(f, profileOf().rules, "en")];
};

describe("narrative.change: every message in both languages", () => {
  it("增加 where the figures fell", () => {
    expect(both("“三公”经费上年预算为7.50万元，本年预算6.50万元，比上年增加1.00万元。")).toEqual([
      "【情况说明】“比上年增加1.00万元” 称增加，但上年 7.50万元、本年 6.50万元，变动为 -1.00万元。",
      '[情况说明] "比上年增加1.00万元" states an increase, but last year 7.50 and this year 6.50 万元 differ by -1.00 万元.',
    ]);
  });

  it("减少 where the figures rose (thousands grouped)", () => {
    expect(
      both("财政拨款收入上年预算为1,000.00万元，本年预算1,212.12万元，比上年减少212.12万元。"),
    ).toEqual([
      "【情况说明】“比上年减少212.12万元” 称减少，但上年 1,000.00万元、本年 1,212.12万元，变动为 212.12万元。",
      '[情况说明] "比上年减少212.12万元" states a decrease, but last year 1,000.00 and this year 1,212.12 万元 differ by 212.12 万元.',
    ]);
  });

  it("持平 where the figures moved", () => {
    expect(both("公务接待费上年预算为3.50万元，本年预算2.50万元，与上年持平。")).toEqual([
      "【情况说明】“与上年持平” 称持平，但上年 3.50万元、本年 2.50万元，变动为 -1.00万元。",
      '[情况说明] "与上年持平" states no change, but last year 3.50 and this year 2.50 万元 differ by -1.00 万元.',
    ]);
  });

  it("a change amount the figures do not give", () => {
    const r = run(
      "财政拨款收入上年预算为1,000.00万元，本年预算1,212.12万元，比上年增加1,212.12万元。",
    );
    const f = one(r, "narrative.change");
    expect([f.params.kind, f.params.direction, f.expected, f.actual, f.unit, f.evidence]).toEqual([
      "delta",
      "up",
      "212.12",
      "1212.12",
      "万元",
      [],
    ]);
    expect(outcome(r, "narrative.change")).toBe("fail");
    expect([
      renderFinding(f, profileOf().rules, "zh-CN"),
      renderFinding(f, profileOf().rules, "en"),
    ]).toEqual([
      "【情况说明】“比上年增加1,212.12万元” 的变动额为 1,212.12万元，按上年 1,000.00万元、本年 1,212.12万元 应为 212.12万元。",
      '[情况说明] "比上年增加1,212.12万元" states a change of 1,212.12 万元; last year 1,000.00 and this year 1,212.12 give 212.12 万元.',
    ]);
  });

  it("持平 with a change in the same sentence: fails even without last year's figure", () => {
    const r = run("“三公”经费6.50万元，比上年增加0.50万元，与上年持平。");
    const f = one(r, "narrative.change");
    expect([f.params.kind, f.params.direction, f.actual, f.unit, f.evidence]).toEqual([
      "both",
      "flat",
      "0.50",
      "万元",
      [],
    ]);
    expect(outcome(r, "narrative.change")).toBe("fail");
    expect([
      renderFinding(f, profileOf().rules, "zh-CN"),
      renderFinding(f, profileOf().rules, "en"),
    ]).toEqual([
      "【情况说明】“比上年增加0.50万元，与上年持平” 称持平，同一句却写有变动 0.50万元。",
      '[情况说明] "比上年增加0.50万元，与上年持平" states no change, while the same sentence states a change of 0.50 万元.',
    ]);
    // the stated change is shown with its thousands grouped
    expect(
      one(
        run("财政拨款收入12,950.12万元，比上年增加1,200.46万元，与上年持平。"),
        "narrative.change",
      ).params.actual,
    ).toBe("1,200.46");
  });

  it("a whole whose change its parts do not give (收入总计 = 支出总计)", () => {
    const r = run(
      "收入总计1,969.06万元，比上年增加1,134.22万元。支出总计1,969.06万元，比上年增加1,000.00万元。",
    );
    const f = one(r, "narrative.change");
    expect([f.params.kind, f.params.direction, f.expected, f.actual, f.evidence]).toEqual([
      "sum",
      "up",
      "1000.00",
      "1134.22",
      [],
    ]);
    expect([
      renderFinding(f, profileOf().rules, "zh-CN"),
      renderFinding(f, profileOf().rules, "en"),
    ]).toEqual([
      "【情况说明】“比上年增加1,134.22万元” 的变动为 1,134.22万元，与各组成部分的变动之和不符：按各部分的变动应为 1,000.00万元。",
      '[情况说明] "比上年增加1,134.22万元" states a change of 1,134.22 万元, which does not add up with the changes of its parts: they give 1,000.00 万元.',
    ]);
  });
});

describe("narrative.change: boundaries", () => {
  it("持平 holds while rounding explains the difference, up to exactly half a digit each", () => {
    // 7.5 may stand for 7.55, 7.6 for 7.55: the two can be one figure
    const ok = run("“三公”经费上年预算为7.5万元，本年预算7.6万元，与上年持平。");
    expect([outcome(ok, "narrative.change"), findings(ok, "narrative.change")]).toEqual([
      "pass",
      [],
    ]);
    expect(
      one(run("“三公”经费上年预算为7.5万元，本年预算7.7万元，与上年持平。"), "narrative.change")
        .params.kind,
    ).toBe("direction");
  });

  it("a decrease within the rounding of equal figures is no wrong direction", () => {
    const r = run("“三公”经费上年预算为7.50万元，本年预算7.50万元，比上年减少0.01万元。");
    expect([outcome(r, "narrative.change"), findings(r, "narrative.change")]).toEqual(["pass", []]);
  });

  it("takes this year's figure from the tables; without one, nothing is compared", () => {
    const sanGong = tableBuilder(henan2024, "sanGong")
      .single({
        total: "6.50",
        vehicles: "4.00",
        "vehicles.operation": "4.00",
        reception: "2.50",
      })
      .build().value;
    const body = "“三公”经费上年预算为7.50万元，比上年增加1.00万元。";
    const f = one(check(disclosure([sanGong], body)), "narrative.change");
    expect([f.params.kind, f.params.previous, f.params.current]).toEqual([
      "direction",
      "7.50",
      "6.50",
    ]);
    const bare = run(body);
    expect([outcome(bare, "narrative.change"), findings(bare, "narrative.change")]).toEqual([
      "not-applicable",
      [],
    ]);
  });
});

describe("narrative.change: a signed change figure", () => {
  it("`增加-1.00万元` where the figures fell by 1.00 is right; where they rose, it is reported", () => {
    const text = (prior: string) =>
      `“三公”经费上年预算为${prior}万元，本年预算6.50万元，比上年增加-1.00万元。`;
    expect(findings(run(text("7.50")), "narrative.change")).toEqual([]);
    const f = one(run(text("5.50")), "narrative.change");
    expect([f.params.kind, f.params.direction, f.params.expected]).toEqual([
      "direction",
      "down",
      "1.00",
    ]);
  });
});
