import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { renderFinding } from "../../rules/render";
import { findings, one, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure, profileOf } from "./test-support";

const check = checker("narrative.changeReason");

const run = (body: string) => check(disclosure([], body));
const ids = (body: string) => findings(run(body), "narrative.changeReason");

describe("narrative.changeReason", () => {
  it("a change of at least 10% of last year's figure without any reason is a warning", () => {
    const f = one(run("“三公”经费6.50万元，比上年增加1.50万元。"), "narrative.changeReason");
    expect([f.severity, f.params.percent, f.params.threshold]).toEqual(["warning", "30.00", "10"]);
    expect(renderFinding(f, profileOf().rules, "zh-CN")).toBe(
      "【情况说明】“比上年增加1.50万元” 变动为上年的 30.00%（不低于 10%），但没有说明原因。",
    );
    expect(renderFinding(f, profileOf().rules, "en")).toBe(
      '[情况说明] "比上年增加1.50万元" changes by 30.00% of last year\'s figure (at least 10%), but no reason is given.',
    );
  });

  it("a change from nothing to something needs a reason", () => {
    const f = one(run("公务接待费2.00万元，比上年增加2.00万元。"), "narrative.changeReason");
    expect(f.params.percent).toBe("from0");
    expect(renderFinding(f, profileOf().rules, "zh-CN")).toContain("由零增加，但没有说明原因");
  });

  it("a rate printed at or above the threshold needs a reason too (执行数 comparisons)", () => {
    const text =
      "“卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）”50.37万元，主要用于人员医疗保险。2023年当年预算执行数为44.17万元，2024年预算安排50.37万元，比2023年预算执行数增加14.04%。";
    expect(ids(text).map((f) => f.params.percent)).toEqual(["14.04"]);
    expect(ids(`${text}主要原因是：根据实际支出。`)).toEqual([]);
  });

  it("a reason in the paragraph, or in the next paragraph that only gives reasons, explains it", () => {
    for (const text of [
      "收入总计969.06万元，比上年增加134.22万元，增长16.08%。主要原因：人员数量增加。",
      "主要原因是人员增加。收入总计969.06万元，比上年增加134.22万元。",
      "财政拨款收入950.12万元，比上年增加150.00万元。\n财政拨款收入支出增加的主要原因是退休人员活动费增加。",
    ])
      expect([text, ids(text)]).toEqual([text, []]);
    // a next paragraph with figures of its own explains only itself
    expect(
      ids(
        "财政拨款收入950.12万元，比上年增加150.00万元。\n事业收入262.00万元，比上年增加2.00万元，主要原因是业务增加。",
      ).map((f) => f.params.percent),
    ).toEqual(["18.75"]);
  });

  it("a small change, a change whose base is unknown, and 持平 need none", () => {
    for (const text of [
      "财政拨款收入950.12万元，比2023年预算增加0.46万元。",
      "收入预算17,192万元，比上年减少990万元。",
      "比上年增加1.50万元。",
      "“三公”经费6.50万元，与上年持平。",
    ])
      expect([text, ids(text)]).toEqual([text, []]);
  });

  it("the change of a whole is explained by its parts' (三公 = 出国 + 车辆 + 接待; 车辆 = 购置 + 运行)", () => {
    const text = [
      "“三公”经费支出预算为6.50万元，比2023年减少1.00万元。",
      "具体支出情况如下：",
      "（一）因公出国（境）费0万元，预算数与2023年保持一致。",
      "（二）公务接待费2.50万元，预算数比2023年减少1.00万元。主要原因是厉行节约。",
      "（三）公务用车购置及运行费4万元。其中：公务用车购置费0万元，预算数与2023年保持一致；公务用车运行维护费4.00万元，预算数与2023年保持一致。",
    ].join("\n");
    expect(ids(text)).toEqual([]);
    // without the part's reason, the part and the whole both lack one
    const bare = text.replace("主要原因是厉行节约。", "");
    expect(ids(bare).map((f) => f.params.percent)).toEqual(["13.33", "28.57"]);
  });

  it("one figure of both 收 and 支 is explained when either is, by its parts' reasons", () => {
    const text = [
      "2024年部门收支预算总额969.06万元，比上年增加134.22万元。",
      "（一）收入预算969.06万元，其中一般公共预算拨款收入969.06万元，比上年增加134.22万元，增长16.08%，主要原因是人员增加。",
      "（二）支出预算969.06万元。",
    ].join("\n");
    expect(ids(text)).toEqual([]);
    // without the part's reason, the 收支 figure and the part both lack one
    const bare = text.replace("，主要原因是人员增加", "");
    expect(ids(bare).map((f) => f.params.percent)).toEqual(["16.08", "16.08"]);
  });

  it("takes this year's figure from the tables when the text does not state it", () => {
    const d = disclosure(
      [
        tableBuilder(henan2024, "sanGong")
          .single({
            total: "6.50",
            vehicles: "4.00",
            "vehicles.operation": "4.00",
            reception: "2.50",
          })
          .build().value,
      ],
      "“三公”经费比上年减少1.00万元。",
    );
    expect(findings(check(d), "narrative.changeReason").map((f) => f.params.percent)).toEqual([
      "13.33",
    ]);
  });

  it("the threshold is the profile's: withNarrative(profile, { reasonThreshold })", () => {
    const d = disclosure([], "财政拨款收入950.00万元，比上年增加50.00万元。");
    // checker(…) builds its profile with withNarrative(henan2024Profile, options)
    const at = (threshold?: string) =>
      findings(
        check(d, henan2024, threshold === undefined ? undefined : { reasonThreshold: threshold }),
        "narrative.changeReason",
      ).length;
    expect([at(), at("5"), at("6")]).toEqual([0, 1, 0]);
    expect(outcome(run("收入总计969.06万元。"), "narrative.changeReason")).toBe("not-applicable");
  });
});
