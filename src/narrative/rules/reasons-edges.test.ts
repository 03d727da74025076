import { describe, expect, it } from "vitest";
import { renderFinding } from "../../rules/render";
import { findings, one, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure, profileOf } from "./test-support";

const check = checker("narrative.changeReason");
const run = (body: string, threshold?: string) =>
  check(
    disclosure([], body),
    henan2024,
    threshold === undefined ? undefined : { reasonThreshold: threshold },
  );
const percents = (body: string, threshold?: string) =>
  findings(run(body, threshold), "narrative.changeReason").map((f) => f.params.percent);

describe("narrative.changeReason: the size of a change against last year's figure", () => {
  it("last year's figure is this year's budget less the change, not a figure stated beside it", () => {
    // 1.00 of 7.50 (6.50 + 1.00) is 13.33%
    expect(percents("“三公”经费6.50万元，上年预算7.50万元，比上年减少1.00万元。")).toEqual([
      "13.33",
    ]);
    expect(
      percents("“三公”经费2024年预算6.50万元，2024年预计执行数为7.00万元，比上年减少1.00万元。"),
    ).toEqual(["13.33"]);
  });

  it("against last year's 执行数, that figure is the base, with or without this year's", () => {
    expect(
      percents("“三公”经费2023年预算执行数为5.00万元，比2023年预算执行数增加1.50万元。"),
    ).toEqual(["30.00"]);
    // not last year's budget stated beside it: 1.50 of 5.00, not of 6.00
    expect(
      percents(
        "“三公”经费2023年预算执行数为5.00万元，2023年预算为6.00万元，比2023年预算执行数增加1.50万元。",
      ),
    ).toEqual(["30.00"]);
  });

  it("绩效目标 money is a part of 项目支出, no base for its change", () => {
    const r = run(
      "2024年度，本单位编报绩效目标的项目共12个，涉及项目预算资金4,222.51万元。\n项目支出比上年增加500.00万元。",
    );
    expect(findings(r, "narrative.changeReason")).toEqual([]);
  });

  it("a count beside a change is no change", () => {
    expect(
      percents("截至目前，本单位共有车辆3辆。\n“三公”经费6.50万元，比上年增加1.50万元。"),
    ).toEqual(["30.00"]);
  });

  it("a change whose base the text and tables do not give is not measured", () => {
    const r = run("“三公”经费比上年增加1.50万元。");
    expect([outcome(r, "narrative.changeReason"), findings(r, "narrative.changeReason")]).toEqual([
      "not-applicable",
      [],
    ]);
  });

  it("exactly the threshold needs a reason, as an amount or as a rate; just under does not", () => {
    // 100.00 of 1,000.00
    expect(percents("财政拨款收入1,100.00万元，比上年增加100.00万元。")).toEqual(["10.00"]);
    expect(percents("财政拨款收入1,100.00万元，比上年增长10.00%。")).toEqual(["10.00"]);
    // 99.90 of 1,000.00
    expect(percents("财政拨款收入1,099.90万元，比上年增加99.90万元。")).toEqual([]);
    expect(percents("财政拨款收入1,099.90万元，比上年增长9.99%。")).toEqual([]);
  });

  it("with a threshold of 0 every change needs a reason, but no change never does", () => {
    // 0.10 of 6.40 is 1.5625%
    expect(percents("“三公”经费6.50万元，比上年增加0.10万元。", "0")).toEqual(["1.56"]);
    expect(percents("“三公”经费6.50万元，比上年增加0.00万元。", "0")).toEqual([]);
    expect(percents("“三公”经费6.50万元，与上年持平。", "0")).toEqual([]);
  });

  it("a growth from nothing says so in both languages", () => {
    const f = one(run("公务接待费2.00万元，比上年增加2.00万元。"), "narrative.changeReason");
    expect([
      renderFinding(f, profileOf().rules, "zh-CN"),
      renderFinding(f, profileOf().rules, "en"),
    ]).toEqual([
      "【情况说明】“比上年增加2.00万元” 由零增加，但没有说明原因。",
      '[情况说明] "比上年增加2.00万元" grows from nothing, but no reason is given.',
    ]);
  });
});

describe("narrative.changeReason: what explains a change", () => {
  it("a reason passes the check; template residue is no reason", () => {
    const ok = run("收入总计969.06万元，比上年增加134.22万元。主要原因是人员增加。");
    expect([outcome(ok, "narrative.changeReason"), findings(ok, "narrative.changeReason")]).toEqual(
      ["pass", []],
    );
    expect(percents("收入总计969.06万元，比上年增加134.22万元。（请填写原因）")).toEqual(["16.08"]);
  });

  it("a change and its rate in one paragraph lack one reason, reported once", () => {
    expect(percents("收入总计969.06万元，比上年增加134.22万元，增长16.08%。")).toEqual(["16.08"]);
  });

  it("a part that did not change may say so as a change of 0.00", () => {
    const text = [
      "“三公”经费支出预算为6.50万元，比2023年减少1.00万元。",
      "（一）因公出国（境）费0万元，比2023年增加0.00万元。",
      "（二）公务接待费2.50万元，比2023年减少1.00万元。主要原因是厉行节约。",
      "（三）公务用车购置及运行费4万元，与2023年持平。",
    ].join("\n");
    expect(percents(text)).toEqual([]);
  });

  it("a part explained where it is first stated stays explained when restated", () => {
    const text = [
      "“三公”经费支出预算为6.50万元，比2023年减少1.00万元。",
      "（一）因公出国（境）费0万元，与2023年持平。",
      "（二）公务接待费2.50万元，比2023年减少1.00万元。主要原因是厉行节约。",
      "（三）公务用车购置及运行费4万元，与2023年持平。",
      "综上，公务接待费比2023年减少1.00万元。",
    ].join("\n");
    // only the bare restatement lacks a reason in its paragraph: 1.00 of 3.50
    expect(
      findings(run(text), "narrative.changeReason").map((f) => [f.params.claim, f.params.percent]),
    ).toEqual([["公务接待费比2023年减少1.00万元", "28.57"]]);
  });

  it("a part whose own parts are explained is explained (三公 → 车辆 → 运行)", () => {
    const text = [
      "“三公”经费支出预算为6.50万元，比2023年减少1.00万元。",
      "（一）因公出国（境）费0万元，与2023年持平。",
      "（二）公务接待费2.50万元，与2023年持平。",
      "（三）公务用车购置及运行费4.00万元，比2023年减少1.00万元。",
      "其中：公务用车购置费0万元，与2023年持平。",
      "公务用车运行维护费4.00万元，比2023年减少1.00万元，主要原因是车辆减少。",
    ].join("\n");
    expect(percents(text)).toEqual([]);
    // without the 运行 reason, each of the three lacks one: 1.00 of 7.50, 5.00 and 5.00
    expect(percents(text.replace("，主要原因是车辆减少", ""))).toEqual(["13.33", "20.00", "20.00"]);
  });
});

describe("narrative.changeReason: one figure of two measures' changes", () => {
  it.each([
    "2024年财政拨款收支预算总计958.00万元，比2023年增加249.00万元，增长35.12%。",
    "2024年收支总计969.06万元，与2023年预算相比，收支总计各增加134.22万元。",
  ])("is one finding: %s", (body) => {
    expect(findings(run(body), "narrative.changeReason")).toHaveLength(1);
  });
});

describe("narrative.changeReason: a whole's change explained by the parts the text states", () => {
  const TOTAL = "“三公”经费6.50万元，比上年减少1.00万元。";
  it.each([
    // the parts stated add up to the whole's change (the rest unchanged), each explained
    `${TOTAL}\n公务接待费减少2.00万元，主要原因是压减接待次数；公务用车运行维护费增加1.00万元，主要原因是车辆老化。`,
    `${TOTAL}\n其中：公务接待费2.50万元，比上年减少2.00万元，主要原因是压减接待次数。\n公务用车运行维护费4.00万元，比上年增加1.00万元，主要原因是车辆老化。`,
    `${TOTAL}\n公务接待费减少1.00万元，主要原因是压减接待次数。`,
    `2024年“三公”经费预算6.50万元，较2023年下降1.00万元。\n（一）公务接待费2.50万元，同比减少1.50万元，主要原因是厉行节约。\n（二）公务用车购置费0万元，同比增加0.50万元，主要原因是更新车辆。`,
  ])("passes: %s", (text) => {
    expect(percents(text)).toEqual([]);
  });

  it.each([
    // the parts stated do not add up to the whole's change: another part changed, unexplained
    `${TOTAL}\n公务接待费减少2.00万元，主要原因是压减接待次数。`,
    // a part stated without a reason is no unchanged part
    `${TOTAL}\n公务接待费减少2.00万元，主要原因是压减接待次数。\n公务用车运行维护费增加1.00万元。`,
  ])("still warns: %s", (text) => {
    expect(percents(text)).toEqual(["13.33"]);
  });
});
