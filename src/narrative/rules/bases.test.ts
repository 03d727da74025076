/**
 * The rules on figures whose year or base the reader now tells apart: a sentence about what
 * follows the execution of last year's budget (`2023年预算执行完毕后，…`) gives no figure of last
 * year's budget, and a change against last year's execution (执行数 / 决算) is checked only against
 * an execution the text states, never against the budget's figures.
 */
import { describe, expect, it } from "vitest";
import { type Table, tableBuilder } from "../../disclosure";
import { findings, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure } from "./test-support";

/** 三公 this year (or last year): 公务用车运行 4.00 and 公务接待 as given, no 出国 (blank). */
const sanGong = (total: string, reception: string): Table =>
  tableBuilder(henan2024, "sanGong")
    .single({
      total,
      abroad: "",
      vehicles: "4.00",
      "vehicles.purchase": "",
      "vehicles.operation": "4.00",
      reception,
    })
    .build().value;
/** Last year's budget (三公 7.50, 接待 3.50), or its 决算 (三公 7.20, 接待 3.20). */
const lastYear = (stage: "budget" | "final") => ({
  prior: {
    disclosure: disclosure(
      [stage === "budget" ? sanGong("7.50", "3.50") : sanGong("7.20", "3.20")],
      "",
      henan2024,
      2023,
    ),
    template: henan2024,
    stage,
  },
});
const THIS_YEAR = [sanGong("6.50", "2.50")];
const check = checker(
  "narrative.amount",
  "narrative.change",
  "narrative.consistent",
  "narrative.priorYear",
  "narrative.year",
  "narrative.changeReason",
  "plausibility.largeChange",
);
/** The findings of every rule checked, as `ruleId kind`. */
const found = (
  body: string,
  tables: readonly Table[] = THIS_YEAR,
  options?: ReturnType<typeof lastYear>,
) => check(disclosure(tables, body), henan2024, options).findings.map((f) => f.ruleId);

describe("a sentence about what follows last year's execution", () => {
  it("gives no base to this year's change (结余 1.00 is not last year's budget: 6.50 − 1.00 is no decrease)", () => {
    expect(
      found(
        "2023年预算执行完毕后，“三公”经费结余1.00万元。2024年“三公”经费预算6.50万元，比上年减少1.00万元，主要原因是压减公务用车运行费。",
      ),
    ).toEqual([]);
  });

  it.each([
    "待2023年预算执行完毕后，公务接待费结转0.30万元按规定使用。",
    "2023年预算执行完毕后,公务接待费结余0.30万元全部上缴。",
    "上年预算执行结束后，公务接待费结余0.30万元。",
  ])("%s cites no figure of last year's budget (it printed 接待 3.50)", (body) => {
    expect(found(body, THIS_YEAR, lastYear("budget"))).toEqual([]);
  });
});

describe("a change against last year's execution", () => {
  it("is checked against the execution the text states (6.50 − 7.00 = −0.50)", () => {
    const run = (delta: string) =>
      check(disclosure(THIS_YEAR, `“三公”经费6.50万元，较2023年执行数7.00万元减少${delta}万元。`));
    const ok = run("0.50");
    expect([outcome(ok, "narrative.change"), findings(ok, "narrative.change")]).toEqual([
      "pass",
      [],
    ]);
    const wrong = findings(run("1.00"), "narrative.change");
    expect(wrong.map((f) => [f.params.kind, f.expected, f.actual])).toEqual([
      ["delta", "-0.50", "-1.00"],
    ]);
  });

  it("an 执行数 after a change against the budget is not last year's budget (it printed 7.50 = 6.50 + 1.00)", () => {
    const body =
      "“三公”经费预算6.50万元，比上年预算减少1.00万元，上年执行数为7.00万元，主要原因是压减公务接待。";
    expect(found(body, THIS_YEAR, lastYear("budget"))).toEqual([]);
  });

  it.each([
    "“三公”经费6.50万元，较上年决算增加3.50万元。",
    "“三公”经费6.50万元，比2023年决算数增加3.50万元。",
    "“三公”经费6.50万元，较去年实际执行增加3.50万元。",
  ])(
    "%s, without the execution stated, is not checked and is no large change of the budget",
    (body) => {
      const r = check(disclosure(THIS_YEAR, body));
      expect(r.findings.map((f) => f.ruleId)).toEqual([]);
      expect(outcome(r, "narrative.change")).toBe("not-applicable");
    },
  );

  it("is not last year's budget figure cited: compared with last year's 决算 only", () => {
    const body = "公务接待费2.50万元，较2023年执行数3.20万元减少0.70万元，主要原因是压减接待批次。";
    expect(found(body, THIS_YEAR, lastYear("budget"))).toEqual([]);
    expect(found(body, THIS_YEAR, lastYear("final"))).toEqual([]);
    const r = check(
      disclosure(THIS_YEAR, body.replace("3.20万元减少0.70", "3.00万元减少0.50")),
      henan2024,
      lastYear("final"),
    );
    expect(
      findings(r, "narrative.priorYear").map((f) => [f.params.kind, f.expected, f.actual]),
    ).toEqual([["cited", "3.20", "3.00"]]);
  });

  it("收入总计 against the budget and 支出总计 against the execution may move apart", () => {
    const body =
      "收入总计969.06万元，比上年预算增加1.00万元；支出总计969.06万元，比上年执行数减少1.00万元。";
    expect(findings(check(disclosure([], body)), "narrative.consistent")).toEqual([]);
    // against the same base they may not
    const same = body.replace("执行数", "预算");
    expect(findings(check(disclosure([], same)), "narrative.consistent").length).toBe(1);
  });
});

describe("a change against last year's actual spending (实际支出 / 实际完成数)", () => {
  it.each([
    "“三公”经费预算6.50万元，比上年实际支出减少0.50万元，主要原因是压减公务接待。",
    "“三公”经费预算6.50万元，较2023年实际完成数减少0.50万元，主要原因是压减公务接待。",
    "“三公”经费预算6.50万元，与去年实际支出相比减少0.50万元，主要原因是压减公务接待。",
  ])(
    "%s is not compared with last year's budget (7.50: 6.50 − 7.50 = −1.00, not −0.50)",
    (body) => {
      const r = check(disclosure(THIS_YEAR, body), henan2024, lastYear("budget"));
      expect(r.findings.map((f) => f.ruleId)).toEqual([]);
      expect(outcome(r, "narrative.change")).toBe("not-applicable");
    },
  );

  it("is checked against the actual figure the text states (6.50 − 7.00 = −0.50)", () => {
    const run = (delta: string) =>
      check(disclosure(THIS_YEAR, `“三公”经费6.50万元，比上年实际支出7.00万元减少${delta}万元。`));
    expect(findings(run("0.50"), "narrative.change")).toEqual([]);
    expect(
      findings(run("1.00"), "narrative.change").map((f) => [f.params.kind, f.expected, f.actual]),
    ).toEqual([["delta", "-0.50", "-1.00"]]);
  });
});

describe("a balance or a saving is not the measure's figure", () => {
  it.each([
    "“三公”经费预算6.50万元。“三公”经费结余1.00万元，其中公务接待费0.30万元。",
    "“三公”经费预算6.50万元，较预算节约2.00万元。公务接待费结转0.30万元。",
    "本单位无“三公”经费结余。公务接待费节支0.30万元。",
    "上年“三公”经费结余资金1.00万元。2024年“三公”经费预算6.50万元，比上年减少1.00万元，主要原因是压减公务接待。",
  ])(
    "%s: no finding (the tables print 三公 6.50, 接待 2.50; last year's budget 7.50, 接待 3.50)",
    (body) => {
      expect(found(body)).toEqual([]);
      expect(found(body, THIS_YEAR, lastYear("budget"))).toEqual([]);
    },
  );

  it("the measure's own figure in the sentence is still checked (6.60 is not 6.50)", () => {
    expect(found("“三公”经费预算6.60万元，较上年预算节约0.90万元。")).toEqual(["narrative.amount"]);
  });
});

describe("比上年节约 / 较上年节省 / 同比节支: a decrease against last year, checked as 减少 is", () => {
  const body = (word: string, delta: string) =>
    `“三公”经费预算6.50万元，${word}${delta}万元，主要原因是压减公务接待。`;
  it.each(["比上年节约", "较上年节省", "同比节支", "比2023年节约"])(
    "%s 1.00万元: no finding (7.50 − 6.50 = 1.00)",
    (word) => {
      expect(found(body(word, "1.00"))).toEqual([]);
      expect(found(body(word, "1.00"), THIS_YEAR, lastYear("budget"))).toEqual([]);
    },
  );

  it("比上年节约2.00万元 against last year's 7.50: last year was 6.50 + 2.00 = 8.50, as 减少 says", () => {
    for (const word of ["比上年节约", "比上年减少"]) {
      const r = check(disclosure(THIS_YEAR, body(word, "2.00")), henan2024, lastYear("budget"));
      expect(r.findings.map((f) => [f.ruleId, f.params.kind, f.expected, f.actual])).toEqual([
        ["narrative.priorYear", "change", "7.50", "8.50"],
      ]);
    }
  });

  it("without a reason, a saving of 13.33% asks for one, as 比上年减少 does", () => {
    for (const word of ["比上年节约", "比上年减少"])
      expect(found(`“三公”经费预算6.50万元，${word}1.00万元。`)).toEqual([
        "narrative.changeReason",
      ]);
  });
});

describe("与上年执行数相比，减少…: the comparison and its change split by a comma", () => {
  it("is not compared with last year's budget (7.50), only with a stated execution", () => {
    const body = "“三公”经费6.50万元，与上年执行数相比，减少0.50万元，主要原因是压减公务接待。";
    const r = check(disclosure(THIS_YEAR, body), henan2024, lastYear("budget"));
    expect(r.findings.map((f) => f.ruleId)).toEqual([]);
    expect(outcome(r, "narrative.change")).toBe("not-applicable");
    const stated = (delta: string) =>
      findings(
        check(
          disclosure(
            THIS_YEAR,
            `“三公”经费6.50万元，与2023年执行数7.00万元相比，减少${delta}万元。`,
          ),
        ),
        "narrative.change",
      ).map((f) => [f.params.kind, f.expected, f.actual]);
    expect(stated("0.50")).toEqual([]);
    expect(stated("1.00")).toEqual([["delta", "-0.50", "-1.00"]]);
  });
});
