import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { renderFinding } from "../../rules/render";
import { findings, one, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure, profileOf } from "./test-support";

const check = checker("narrative.change");

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

  it("checks that the changes of the parts add up to the change of the whole (三公 = 出国 + 车辆 + 接待)", () => {
    const text = (reception: string) =>
      [
        "2024年“三公”经费支出预算为6.50万元，比2023年减少1.00万元。",
        "（一）因公出国（境）费0.00万元，与2023年持平。",
        `（二）公务接待费2.50万元，比2023年减少${reception}万元。`,
        "（三）公务用车购置及运行费4.00万元，与2023年持平。",
      ].join("\n");
    const ok = run(text("1.00"));
    expect([outcome(ok, "narrative.change"), findings(ok, "narrative.change")]).toEqual([
      "pass",
      [],
    ]);
    const f = one(run(text("1.50")), "narrative.change");
    expect([f.params.kind, f.expected, f.actual, f.path?.raw]).toEqual([
      "sum",
      "-1.50",
      "-1.00",
      "1.00万元",
    ]);
    expect(renderFinding(f, profileOf().rules, "zh-CN")).toContain("与各组成部分的变动之和不符");
  });

  it("allows for the rounding of figures printed in whole 万元 in those sums", () => {
    const r = run(
      [
        "2025年“三公”经费预算数为346万元，与2024年预算持平。",
        "（一）因公出国（境）费289万元，与2024年预算持平。",
        "（二）公务用车购置及运行费32万元，与2024年预算持平。",
        "（三）公务接待费25万元，比2024年预算增加1万元。",
      ].join("\n"),
    );
    expect(findings(r, "narrative.change")).toEqual([]);
  });

  it("allows for the rounding of figures printed in whole 万元", () => {
    const r = run("“三公”经费上年预算为17,192万元，本年预算16,202万元，比上年减少990万元。");
    expect(findings(r, "narrative.change")).toEqual([]);
  });
});

describe("narrative.change: 持平 and a change in one sentence (issue 14)", () => {
  it("a difference stated with 持平 is an error, without last year's figure", () => {
    const r = run("财政拨款收入950.12万元，比2023年预算增加0.46万元，与2023年预算持平。");
    const f = one(r, "narrative.change");
    expect([f.severity, f.params.kind, f.actual, f.unit]).toEqual([
      "error",
      "both",
      "0.46",
      "万元",
    ]);
    expect(renderFinding(f, profileOf().rules, "zh-CN")).toBe(
      "【情况说明】“比2023年预算增加0.46万元，与2023年预算持平” 称持平，同一句却写有变动 0.46万元。",
    );
    expect(renderFinding(f, profileOf().rules, "en")).toContain(
      "states no change, while the same sentence states a change of 0.46 万元",
    );
  });

  it("持平 and a change of another figure, or in another sentence, do not contradict", () => {
    for (const text of [
      "财政拨款收入950.12万元，比上年增加0.46万元；事业收入262.00万元，与上年持平。",
      "“三公”经费6.50万元，比上年增加0.50万元。公务接待费2.50万元，与上年持平。",
      "“三公”经费6.50万元，比上年增加0.00万元，与上年持平。",
    ])
      expect([text, findings(run(text), "narrative.change")]).toEqual([text, []]);
  });

  it("持平 whose figures differ is reported once, as a direction (not also as both)", () => {
    const r = run("“三公”经费上年预算为7.50万元，本年预算6.50万元，减少1.00万元，与上年持平。");
    expect(findings(r, "narrative.change").map((f) => f.params.kind)).toEqual(["direction"]);
  });
});

describe("narrative.change: the changes of the parts against the whole's, within rounding", () => {
  const text = (reception: string, lines = true) =>
    [
      "2024年“三公”经费支出预算为6.50万元，比2023年减少1.00万元。",
      `公务接待费2.50万元，比2023年减少${reception}万元。`,
      ...(lines
        ? [
            "因公出国（境）费0.00万元，与2023年持平。",
            "公务用车购置及运行费4.00万元，与2023年持平。",
          ]
        : []),
    ].join("\n");
  const sums = (body: string, tables = disclosure([], "").tables) =>
    findings(check(disclosure(tables, body)), "narrative.change").map((f) => [
      f.params.kind,
      f.expected,
      f.actual,
    ]);

  it("each printed figure may be off by half its last digit: 0.03 万元 here, not 0.04", () => {
    // last year: 三公 7.50 (± 0.01); parts 0.00 (± 0.005), 2.50 + R (± 0.01), 4.00 (± 0.005)
    expect(sums(text("1.03"))).toEqual([]);
    expect(sums(text("0.97"))).toEqual([]);
    expect(sums(text("1.04"))).toEqual([["sum", "-1.04", "-1.00"]]);
    expect(sums(text("0.96"))).toEqual([["sum", "-0.96", "-1.00"]]);
  });

  it("a figure the tables print is as precise as printed, a blank one exactly nothing", () => {
    const tables = [
      tableBuilder(henan2024, "sanGong")
        .single({
          total: "6.50",
          abroad: "",
          vehicles: "4.00",
          "vehicles.purchase": "",
          "vehicles.operation": "4.00",
          reception: "2.50",
        })
        .build().value,
    ];
    // 出国 blank: no slack for it (0.025 万元 in all)
    expect(sums(text("1.02"), tables)).toEqual([]);
    expect(sums(text("1.03"), tables)).toEqual([["sum", "-1.03", "-1.00"]]);
    // the tables give this year's figures the text leaves out
    const bare = [
      "“三公”经费比上年减少1.00万元。",
      "公务接待费比上年减少1.50万元。",
      "因公出国（境）费与上年持平。",
      "公务用车购置及运行费与上年持平。",
    ].join("\n");
    expect(sums(bare, tables)).toEqual([["sum", "-1.50", "-1.00"]]);
    expect(sums(bare)).toEqual([]);
  });

  it("a part without a stated change, or a change against last year's 执行数, adds up nothing", () => {
    expect(sums(text("1.50", false))).toEqual([]);
    const execution = [
      "2024年“三公”经费支出预算为6.50万元，比2023年预算执行数减少1.00万元。",
      "公务接待费2.50万元，比2023年预算执行数减少1.50万元。",
      "因公出国（境）费0.00万元，与2023年预算执行数持平。",
      "公务用车购置及运行费4.00万元，与2023年预算执行数持平。",
    ].join("\n");
    expect(sums(execution)).toEqual([]);
  });
});
