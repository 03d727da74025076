/**
 * Rule-level edges of final.narrative.wording: the placeholders a 决算 text still prints (with the
 * words around them), a growth rate without its `%`, and a 主要用于 copied from another 项, each on
 * a few paragraphs written for the case. Every expected value is worked out by hand in the test.
 */
import { describe, expect, it } from "vitest";
import type { TextSection } from "../../disclosure";
import type { RuleResult } from "../../rules/types";
import { finalWordingRule } from "./rules-wording";
import { finalDisclosure, render, runOn } from "./test-support";

const run = (texts: readonly TextSection[]): RuleResult =>
  runOn(finalWordingRule, finalDisclosure(texts));
const body = (...lines: string[]): TextSection[] => [{ title: "情况说明", body: lines.join("\n") }];

const kinds = (r: RuleResult) => r.findings.map((f) => `${f.params.kind} ${f.params.printed}`);

describe("placeholders", () => {
  const TEN = "一二三四五六七八九十";
  const STEMS = "甲乙丙丁戊己庚辛壬癸";

  it("finds a pair left from the form, quoting 30 characters either side of its start", () => {
    const r = run(body(`${TEN.repeat(4)}增加（减少）${STEMS.repeat(4)}`));
    expect(r.outcome).toBe("fail");
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ["final.narrative.wording", "error"],
    ]);
    // the last 30 of the 40 characters before it; from it, 30 characters: itself and 24 after
    const around = `${TEN.repeat(3)}增加（减少）${STEMS.repeat(2)}甲乙丙丁`;
    expect(r.findings.map((f) => f.params)).toEqual([
      { kind: "placeholder", text: around, printed: "增加（减少）" },
    ]);
    expect(render(r.findings[0])).toEqual([
      `“${around}” 中仍有模板占位词“增加（减少）”。`,
      `“${around}” still prints the template's placeholder "增加（减少）".`,
    ]);
  });

  it("quotes within the paragraph only, and from the text's start", () => {
    const r = run(body("第一段。", "收入增长（下降）5.00%。", "第三段。"));
    expect(r.findings.map((f) => f.params.text)).toEqual(["收入增长（下降）5.00%。"]);
    const start = run(body("XX局2024年度决算"));
    expect(start.findings.map((f) => [f.params.text, f.params.printed])).toEqual([
      ["XX局2024年度决算", "XX"],
    ]);
  });

  it("reads titles and every text section", () => {
    const r = run([
      { title: "XX局决算情况说明", body: "无。" },
      { title: "其他", body: "比上年大于（小于）预算" },
    ]);
    expect(kinds(r)).toEqual(["placeholder XX", "placeholder 大于（小于）"]);
  });

  it("applies to any printed text and passes it when clean; blank sections are not applicable", () => {
    expect(run([{ title: "说明", body: "无。" }]).outcome).toBe("pass");
    expect(run([{ title: "", body: "本单位无此事项。" }]).outcome).toBe("pass");
    const blank = run([{ title: " ", body: "\n" }]);
    expect([blank.outcome, blank.findings]).toEqual(["not-applicable", []]);
  });
});

describe("a growth rate without %", () => {
  it("finds the bare rate, not a rate with its %", () => {
    const text = "机关运行经费支出60.00万元，比2023年度增加10.00万元，增长20.00。";
    const r = run(body(text));
    expect(r.findings.map((f) => f.params)).toEqual([
      { kind: "noPercent", text, printed: "20.00" },
    ]);
    expect(render(r.findings[0])).toEqual([
      `“${text}” 中的增减幅度 20.00 缺少“%”。`,
      `“${text}”: the growth rate 20.00 lacks its "%".`,
    ]);
    expect(run(body(text.replace("20.00。", "20.00%。"))).findings).toEqual([]);
  });
});

describe("主要用于 copied from another 项", () => {
  const HEAD = "一般公共预算财政拨款支出年初预算为300.00万元，支出决算为300.00万元。";
  const item = (n: number, path: string, use: string) => `${n}、${path}（项）。主要用于：${use}。`;
  const MEDICAL = "卫生健康支出（类）行政事业单位医疗（款）事业单位医疗";
  const FUND = "住房保障支出（类）住房改革支出（款）住房公积金";

  it("finds a use naming another 项 and not its own, with both items", () => {
    const copied = item(2, FUND, "事业单位医疗保险支出");
    const r = run(body(HEAD, item(1, MEDICAL, "事业单位医疗保险支出"), copied));
    expect(r.outcome).toBe("fail");
    expect(r.findings.map((f) => [f.severity, f.params])).toEqual([
      [
        "error",
        {
          kind: "copiedUse",
          text: copied,
          printed: "事业单位医疗保险支出",
          item: "住房公积金",
          number: "2",
          from: "1",
          fromItem: "事业单位医疗",
        },
      ],
    ]);
    expect(render(r.findings[0])).toEqual([
      "第 2 项（住房公积金）的“主要用于：事业单位医疗保险支出”与第 1 项（事业单位医疗）相同，说的是后者。",
      'Item 2 (住房公积金) says it is used for "事业单位医疗保险支出", the words of item 1 (事业单位医疗), naming that one.',
    ]);
  });

  it("compares the uses without their spaces, and finds the copy whichever comes first", () => {
    const r = run(
      body(HEAD, item(1, FUND, "事业单位医疗 保险支出"), item(2, MEDICAL, "事业单位医疗保险支出")),
    );
    expect(r.findings.map((f) => [f.params.number, f.params.from, f.params.printed])).toEqual([
      ["1", "2", "事业单位医疗 保险支出"],
    ]);
  });

  it("takes a 项 named with 支出 as named without it", () => {
    const pension =
      "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出";
    const r = run(
      body(
        HEAD,
        item(1, pension, "机关事业单位基本养老保险缴费"),
        item(2, FUND, "机关事业单位基本养老保险缴费"),
      ),
    );
    expect(r.findings.map((f) => [f.params.item, f.params.fromItem])).toEqual([
      ["住房公积金", "机关事业单位基本养老保险缴费支出"],
    ]);
  });

  it("finds 职业年金 printing the 基本养老保险 use (their shared 机关事业单位 is not its own)", () => {
    const path = "社会保障和就业支出（类）行政事业单位养老支出（款）";
    const use = "机关事业单位基本养老保险缴费";
    const r = run(
      body(
        HEAD,
        item(1, `${path}机关事业单位基本养老保险缴费支出`, use),
        item(2, `${path}机关事业单位职业年金缴费支出`, use),
      ),
    );
    expect(r.findings.map((f) => [f.params.number, f.params.item, f.params.from])).toEqual([
      ["2", "机关事业单位职业年金缴费支出", "1"],
    ]);
  });

  it("passes distinct uses, and one use naming no 项 printed for two (退休人员经费支出)", () => {
    const distinct = run(
      body(HEAD, item(1, MEDICAL, "事业单位医疗保险支出"), item(2, FUND, "住房公积金支出")),
    );
    expect([distinct.outcome, distinct.findings]).toEqual(["pass", []]);
    const general = run(
      body(
        HEAD,
        item(
          1,
          "社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休",
          "退休人员经费支出",
        ),
        item(
          2,
          "社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出",
          "退休人员经费支出",
        ),
      ),
    );
    expect([general.outcome, general.findings]).toEqual(["pass", []]);
  });

  it("passes one use printed for two 项 that names each one whole", () => {
    const both = "行政单位医疗和事业单位医疗支出";
    const r = run(
      body(
        HEAD,
        item(1, "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗", both),
        item(2, MEDICAL, both),
      ),
    );
    expect([r.outcome, r.findings]).toEqual(["pass", []]);
  });

  it("passes a use naming what sets its 项 apart (行政、事业单位医疗; 基本养老保险和职业年金)", () => {
    const medical = "行政、事业单位医疗保险支出";
    const r = run(
      body(
        HEAD,
        item(1, "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗", medical),
        item(2, MEDICAL, medical),
      ),
    );
    expect([r.outcome, r.findings]).toEqual(["pass", []]);
    const pensions = "机关事业单位基本养老保险缴费及职业年金缴费";
    const p = run(
      body(
        HEAD,
        item(
          1,
          "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出",
          pensions,
        ),
        item(
          2,
          "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出",
          pensions,
        ),
      ),
    );
    expect([p.outcome, p.findings]).toEqual(["pass", []]);
  });

  it("passes a use naming two 项 one character apart with a neighbour each (初中、高中教育)", () => {
    // 初中教育 / 高中教育 share 中教育: what sets each apart is one character, named in 初中 / 高中
    const both = "初中、高中教育支出";
    const path = "教育支出（类）普通教育（款）";
    const r = run(body(HEAD, item(1, `${path}初中教育`, both), item(2, `${path}高中教育`, both)));
    expect([r.outcome, r.findings]).toEqual(["pass", []]);
  });

  it("finds a copy between 项 one character apart (高中教育 printing 初中教育's use)", () => {
    const path = "教育支出（类）普通教育（款）";
    const r = run(
      body(
        HEAD,
        item(1, `${path}初中教育`, "初中教育支出"),
        item(2, `${path}高中教育`, "初中教育支出"),
      ),
    );
    expect(r.findings.map((f) => [f.params.item, f.params.fromItem])).toEqual([
      ["高中教育", "初中教育"],
    ]);
  });

  it("finds a copy that shares only a general word (住房) with the item's 项", () => {
    // 住房公积金 and 购房补贴 share nothing at either end: the whole of 住房公积金 would have to be
    // named, and 购房补贴及住房支出 does not name it
    const r = run(
      body(
        HEAD,
        item(1, "住房保障支出（类）住房改革支出（款）购房补贴", "购房补贴及住房支出"),
        item(2, FUND, "购房补贴及住房支出"),
      ),
    );
    expect(r.findings.map((f) => [f.params.item, f.params.fromItem])).toEqual([
      ["住房公积金", "购房补贴"],
    ]);
  });

  it("finds 行政运行 printing the use of 一般行政管理事务, though that use prints 行政", () => {
    const path = "一般公共服务支出（类）财政事务（款）";
    const r = run(
      body(
        HEAD,
        item(1, `${path}一般行政管理事务`, "一般行政管理事务支出"),
        item(2, `${path}行政运行`, "一般行政管理事务支出"),
      ),
    );
    expect(r.findings.map((f) => [f.params.item, f.params.fromItem])).toEqual([
      ["行政运行", "一般行政管理事务"],
    ]);
  });

  it("passes one use naming two 项 with no words in common, each whole", () => {
    const path = "一般公共服务支出（类）财政事务（款）";
    const both = "行政运行和一般行政管理事务支出";
    const r = run(
      body(HEAD, item(1, `${path}行政运行`, both), item(2, `${path}一般行政管理事务`, both)),
    );
    expect([r.outcome, r.findings]).toEqual(["pass", []]);
  });

  it("takes no 项 printed without a name for one the use names", () => {
    // the text layer lost item 1's 项 name: its use names nothing, and item 2 copies nothing
    const r = run(
      body(
        HEAD,
        item(1, "卫生健康支出（类）行政事业单位医疗（款）", "医疗保险支出"),
        item(2, FUND, "医疗保险支出"),
      ),
    );
    expect([r.outcome, r.findings]).toEqual(["pass", []]);
  });

  it("a single 项 is checked (pass)", () => {
    const r = run(body(HEAD, item(1, FUND, "住房公积金支出")));
    expect([r.outcome, r.findings]).toEqual(["pass", []]);
  });
});
