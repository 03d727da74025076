/**
 * Rule-level edges of final.narrative.share and .growth: each rule
 * run alone on a small 决算 (a few paragraphs, the one or two table figures it reads), at the
 * boundaries of its comparisons. Every expected figure is worked out by hand in the test.
 */
import { describe, expect, it } from "vitest";
import { finalChangeRule, finalShareRule } from "./rules-more";
import { params, publicTotal, render, run, sanGongTotal, spendingTotal } from "./test-support";

describe("final.narrative.share", () => {
  const gpb = (share: string, amount = "150.00") =>
    `一般公共预算财政拨款支出${amount}万元，占本年支出合计的${share}%。`;

  it("passes a 五(一) share equal to 150.00 ÷ 200.00 = 75.00%", () => {
    const r = run(finalShareRule, [gpb("75.00")], [spendingTotal("200.00")]);
    expect([r.outcome, r.findings]).toEqual(["pass", []]);
  });

  it("finds a share one hundredth off, with both percentages and the figures divided", () => {
    const r = run(finalShareRule, [gpb("75.01")], [spendingTotal("200.00")]);
    expect(r.outcome).toBe("fail");
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.outcome])).toEqual([
      ["final.narrative.share", "error", "fail"],
    ]);
    expect(params(r)).toEqual([
      {
        kind: "share",
        text: gpb("75.01"),
        printed: "75.01",
        computed: "75.00",
        part: "150.00",
        whole: "200.00",
      },
    ]);
    expect(render(r.findings[0])).toEqual([
      `“${gpb("75.01")}” 称占 75.01%，150.00 ÷ 200.00 得 75.00%。`,
      `“${gpb("75.01")}” says 75.01%; 150.00 ÷ 200.00 gives 75.00%.`,
    ]);
  });

  it("rounds half up to the printed decimals: 1.00 ÷ 16.00 = 6.25% is 6.3% and 6%, not 6.2% nor 7%", () => {
    const at = (share: string) =>
      run(finalShareRule, [gpb(share, "1.00")], [spendingTotal("16.00")]);
    for (const ok of ["6.25", "6.3", "6"]) expect([ok, at(ok).outcome]).toEqual([ok, "pass"]);
    expect(params(at("6.2")).map((p) => [p.printed, p.computed])).toEqual([["6.2", "6.3"]]);
    expect(params(at("7")).map((p) => [p.printed, p.computed])).toEqual([["7", "6"]]);
    expect(params(at("6.24")).map((p) => [p.printed, p.computed])).toEqual([["6.24", "6.25"]]);
    // 6.2% and 6.24% are some 0.995–1.005 over some 15.995–16.005: rounding may explain them (a
    // note); 7% none can be
    expect(["6.2", "6.24", "7"].map((s) => at(s).findings.map((f) => f.severity))).toEqual([
      ["info"],
      ["info"],
      ["error"],
    ]);
  });

  it("does not judge a share of a zero 本年支出合计, nor one without the table figure", () => {
    for (const tables of [[spendingTotal("0.00")], [], [publicTotal("200.00")]]) {
      const r = run(finalShareRule, [gpb("75.00")], tables);
      expect([r.outcome, r.findings]).toEqual(["not-applicable", []]);
    }
  });

  it("does not judge 五(一) without a printed percentage", () => {
    const r = run(
      finalShareRule,
      ["一般公共预算财政拨款支出150.00万元，占本年支出合计的比重较大。"],
      [spendingTotal("200.00")],
    );
    expect([r.outcome, r.findings]).toEqual(["not-applicable", []]);
  });

  it("checks each 类 of 五(二) against the whole the text prints", () => {
    const line = (education: string) =>
      `一般公共预算财政拨款支出200.00万元，主要用于以下方面：一般公共服务支出（类）150.00万元，占75.00%；教育支出（类）50.00万元，占${education}%。`;
    // no table needed: the whole (200.00) is the text's
    expect(run(finalShareRule, [line("25.00")]).outcome).toBe("pass");
    const r = run(finalShareRule, [line("24.00")]);
    expect(params(r)).toEqual([
      {
        kind: "share",
        text: "教育支出（类）50.00万元，占24.00%",
        printed: "24.00",
        computed: "25.00",
        part: "50.00",
        whole: "200.00",
      },
    ]);
  });

  it("does not judge a 类 printed without its amount", () => {
    const r = run(finalShareRule, [
      "一般公共预算财政拨款支出200.00万元，主要用于以下方面：一般公共服务支出（类），占70.00%；教育支出（类）50.00万元，占25.00%。",
    ]);
    expect([r.outcome, r.findings]).toEqual(["pass", []]);
  });

  describe("十一(二): what 中小企业 and 小微企业 were awarded, as shares of the 政府采购 total", () => {
    const line = (smeShare: string, microShare: string) =>
      `2024年度本部门政府采购支出总额80.00万元。授予中小企业合同金额60.00万元，占政府采购支出总额的${smeShare}%，其中：授予小微企业合同金额10.00万元，占政府采购支出总额的${microShare}%。`;

    it("passes 60.00 and 10.00 of 80.00 at 75.00% and 12.50% (12.5%)", () => {
      for (const micro of ["12.50", "12.5"]) {
        const r = run(finalShareRule, [line("75.00", micro)]);
        expect([micro, r.outcome, r.findings]).toEqual([micro, "pass", []]);
      }
    });

    it("finds each share that does not follow, with the total as the whole", () => {
      const r = run(finalShareRule, [line("70.00", "12.4")]);
      expect(params(r).map((p) => [p.printed, p.computed, p.part, p.whole])).toEqual([
        ["70.00", "75.00", "60.00", "80.00"],
        ["12.4", "12.5", "10.00", "80.00"],
      ]);
    });
  });

  describe("七's 三公 items against the table's 三公 合计", () => {
    const SEVEN = "七、财政拨款“三公”经费支出决算情况说明";
    const items = (reception: string) =>
      `“三公”经费财政拨款支出决算中，因公出国（境）费支出决算 1.00 万元，占 25.00%；公务接待费支出决算 3.00 万元，占${reception}%。`;

    it("passes 1.00 and 3.00 of 4.00 at 25.00% and 75.00%", () => {
      const r = run(finalShareRule, [SEVEN, items("75.00")], [sanGongTotal("4.00")]);
      expect([r.outcome, r.findings]).toEqual(["pass", []]);
    });

    it("finds 3.00 of 4.00 printed as 70.00%", () => {
      const r = run(finalShareRule, [SEVEN, items("70.00")], [sanGongTotal("4.00")]);
      expect(params(r).map((p) => [p.printed, p.computed, p.part, p.whole])).toEqual([
        ["70.00", "75.00", "3.00", "4.00"],
      ]);
    });

    it("judges nothing without the table's 合计, nor an item printed without a share", () => {
      expect(run(finalShareRule, [SEVEN, items("70.00")]).outcome).toBe("not-applicable");
      const r = run(
        finalShareRule,
        [SEVEN, "1、因公出国（境）费支出 3.00 万元。"],
        [sanGongTotal("4.00")],
      );
      expect([r.outcome, r.findings]).toEqual(["not-applicable", []]);
    });
  });

  describe("二 and 三: each part's share of the whole the text prints", () => {
    const revenue = (other: string) =>
      `本年收入合计200.00万元，其中：财政拨款收入150.00万元，占75.00%；其他收入50.00万元，占${other}%。`;
    const spending = (project: string) =>
      `本年支出合计200.00万元，其中：基本支出120.00万元，占60.00%；项目支出80.00万元，占${project}%。`;

    it("passes shares that follow from the figures", () => {
      const r = run(finalShareRule, [revenue("25.00"), spending("40.00")]);
      expect([r.outcome, r.findings]).toEqual(["pass", []]);
    });

    it("finds a wrong share in 二 and in 三", () => {
      const r = run(finalShareRule, [revenue("20.00"), spending("45.00")]);
      expect(params(r)).toEqual([
        {
          kind: "share",
          text: revenue("20.00"),
          printed: "20.00",
          computed: "25.00",
          part: "50.00",
          whole: "200.00",
        },
        {
          kind: "share",
          text: spending("45.00"),
          printed: "45.00",
          computed: "40.00",
          part: "80.00",
          whole: "200.00",
        },
      ]);
    });

    it("judges nothing where the parts print no share", () => {
      const r = run(finalShareRule, [
        "本年收入合计200.00万元，其中：财政拨款收入150.00万元；其他收入40.00万元。",
      ]);
      expect([r.outcome, r.findings]).toEqual(["not-applicable", []]);
    });
  });
});

describe("final.narrative.growth", () => {
  const cost = (current: string, moved: string, delta: string, word: string, rate: string) =>
    `机关运行经费支出${current}万元，比2023年度${moved}${delta}万元，${word}${rate}。`;

  it("passes 0 on a zero base with no change (增加0万元，增长0%), and finds 0% beside a change", () => {
    const flat = "机关运行经费支出0.00万元，比2023年度增加0.00万元，增长0.00%。";
    expect(run(finalChangeRule, [flat]).findings).toEqual([]);
    // 5.00 now, 5.00 more: last year 0, and a rate of 0% claimed on it
    const moved = "机关运行经费支出5.00万元，比2023年度增加5.00万元，增长0%。";
    expect(params(run(finalChangeRule, [moved])).map((p) => p.kind)).toEqual(["zeroBase"]);
  });

  it("passes an increase of 10.00 on last year's 50.00 (60.00 − 10.00) as 20.00%", () => {
    const r = run(finalChangeRule, [cost("60.00", "增加", "10.00", "增长", "20.00%")]);
    expect([r.outcome, r.findings]).toEqual(["pass", []]);
  });

  it("finds a rate taken on this year's figure (10.00 ÷ 60.00 = 16.67%)", () => {
    const text = cost("60.00", "增加", "10.00", "增长", "16.67%");
    const r = run(finalChangeRule, [text]);
    expect(r.outcome).toBe("fail");
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["final.narrative.growth", "error"],
    ]);
    expect(params(r)).toEqual([
      { kind: "rate", text, printed: "16.67", computed: "20.00", delta: "10.00", prior: "50.00" },
    ]);
    expect(render(r.findings[0])).toEqual([
      `“${text}” 称变动 16.67%，10.00 ÷ 上年 50.00 得 20.00%。`,
      `“${text}” says 16.67%; 10.00 ÷ last year's 50.00 gives 20.00%.`,
    ]);
  });

  it("takes a decrease on last year's figure: 40.00 after 减少 10.00 is 10.00 ÷ 50.00 = 20.00%", () => {
    const ok = run(finalChangeRule, [cost("40.00", "减少", "10.00", "下降", "20.00%")]);
    expect([ok.outcome, ok.findings]).toEqual(["pass", []]);
    // 10.00 ÷ 40.00 = 25.00% is the rate on this year's figure
    const text = cost("40.00", "减少", "10.00", "下降", "25.00%");
    expect(params(run(finalChangeRule, [text]))).toEqual([
      { kind: "rate", text, printed: "25.00", computed: "20.00", delta: "10.00", prior: "50.00" },
    ]);
  });

  it("rounds half up to the printed decimals: 1.00 on 8.00 is 12.5%, printed 13% or 12.5%, not 12%", () => {
    const at = (rate: string) => run(finalChangeRule, [cost("9.00", "增加", "1.00", "增长", rate)]);
    expect([at("13%").outcome, at("12.5%").outcome, at("12.50%").outcome]).toEqual([
      "pass",
      "pass",
      "pass",
    ]);
    expect(params(at("12%")).map((p) => [p.printed, p.computed, p.prior])).toEqual([
      ["12", "13", "8.00"],
    ]);
  });

  it("finds a rate on a zero base (10.00 − 增加 10.00 = 0) as undefined, not as a wrong rate", () => {
    const text = cost("10.00", "增加", "10.00", "增长", "100.00%");
    const r = run(finalChangeRule, [text]);
    expect(r.outcome).toBe("fail");
    expect(params(r)).toEqual([
      { kind: "zeroBase", text, printed: "100.00", current: "10.00", delta: "10.00" },
    ]);
    expect(render(r.findings[0])).toEqual([
      `“${text}” 给出增长 100.00%，但上年数为 0（本年 10.00 − 增加 10.00）：比例无意义。`,
      `“${text}” gives a growth of 100.00% on last year's 0 (10.00 − 10.00): undefined.`,
    ]);
  });

  it("goes on after a zero base to the next change", () => {
    const total =
      "某局2024年度收入支出总计300.00万元。与2023年度相比，收入支出总计增加50.00万元，增长16.67%。";
    const r = run(finalChangeRule, [total, cost("10.00", "增加", "10.00", "增长", "100.00%")]);
    // 300.00 − 50.00 = 250.00 last year: 50.00 ÷ 250.00 = 20.00%
    expect(params(r).map((p) => [p.kind, p.printed, p.computed ?? "-", p.prior ?? "-"])).toEqual([
      ["rate", "16.67", "20.00", "250.00"],
      ["zeroBase", "100.00", "-", "-"],
    ]);
  });

  it("judges no change printed without a rate, nor a rate printed without %", () => {
    for (const line of [
      "机关运行经费支出60.00万元，比2023年度增加10.00万元。",
      cost("60.00", "增加", "10.00", "增长", "16.67"),
    ]) {
      const r = run(finalChangeRule, [line]);
      expect([r.outcome, r.findings]).toEqual(["not-applicable", []]);
    }
  });
});
