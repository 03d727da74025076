import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { renderFinding } from "../../rules/render";
import { findings, one, outcome } from "../../rules/test-support";
import { henan2024, shanghai } from "../../templates";
import { checker, disclosure, profileOf } from "./test-support";

const check = checker("narrative.amount");

const h = (kind: string, unit?: "元") =>
  tableBuilder(henan2024, kind, unit === undefined ? {} : { unit });
const s = (kind: string) => tableBuilder(shanghai, kind);

/** A Henan 支出表 (万元) with a total and two functional rows. */
const expenditure = h("expenditure")
  .total({ total: "969.06", basic: "682.06", project: "287.00" })
  .functional("2013101", "行政运行", { total: "558.07" })
  .functional("2013102", "一般行政管理事务", { total: "410.99" })
  .build().value;

describe("narrative.amount", () => {
  it("passes figures the tables state, and says nothing of figures they do not", () => {
    const r = check(
      disclosure(
        [expenditure],
        "本单位2024年支出合计 969.06万元，其中：基本支出 682.06万元，项目支出 287.00万元。政府采购预算12.00万元。",
      ),
    );
    expect(outcome(r, "narrative.amount")).toBe("pass");
    expect(findings(r, "narrative.amount")).toEqual([]);
  });

  it("is not applicable when no figure of the text is in the tables", () => {
    const r = check(disclosure([expenditure], "本单位政府采购预算12.00万元。"));
    expect(outcome(r, "narrative.amount")).toBe("not-applicable");
  });

  it("reports a figure that disagrees (error), quoting both and citing the cell", () => {
    const r = check(disclosure([expenditure], "本单位2024年支出合计 912.34万元。"));
    const f = one(r, "narrative.amount");
    expect([f.severity, f.params.kind, f.expected, f.actual, f.unit]).toEqual([
      "error",
      "differ",
      "969.06",
      "912.34",
      "万元",
    ]);
    expect(f.path).toMatchObject({ table: "text", row: "情况说明", raw: "912.34万元" });
    expect(f.evidence[1]?.sources[0]).toMatchObject({ table: "expenditure", row: "total" });
    const zh = renderFinding(f, profileOf().rules, "zh-CN", henan2024);
    expect(zh).toContain("“本单位2024年支出合计 912.34万元”");
    expect(zh).toContain("表中为 969.06万元");
    expect(zh).toContain("【部门支出预算表】合计行「合计」列（969.06）");
    expect(renderFinding(f, profileOf().rules, "en", henan2024)).toContain("they give 969.06 万元");
  });

  it("says when a figure is one digit off: a digit dropped, added, changed, swapped", () => {
    for (const wrong of ["96.06", "9690.06", "969.07", "996.06"]) {
      const r = check(disclosure([expenditure], `本单位支出合计${wrong}万元。`));
      expect([wrong, one(r, "narrative.amount").params.kind]).toEqual([wrong, "digit"]);
    }
    const r = check(disclosure([expenditure], "本单位支出合计 123.45万元。"));
    expect(one(r, "narrative.amount").params.kind).toBe("differ");
  });

  it("compares a 万元 text with 元 cells as intervals: a rounded restatement passes", () => {
    const yuan = s("expenditure").functional("201", "一般公共服务支出", {
      total: "127,886,849",
    });
    const r = check(
      disclosure([yuan.build().value], "“一般公共服务支出”科目12,789万元。", shanghai),
      shanghai,
    );
    expect(outcome(r, "narrative.amount")).toBe("pass");
  });

  it("reports a 元 figure truncated instead of rounded to 万元 (1,234,567.00 元 said as 123.45万元) as a warning", () => {
    const yuan = s("expenditure")
      .functional("201", "一般公共服务支出", { total: "1,234,567.00" })
      .build().value;
    const truncated = check(
      disclosure([yuan], "“一般公共服务支出”科目123.45万元。", shanghai),
      shanghai,
    );
    const f = one(truncated, "narrative.amount");
    expect([f.severity, f.params.kind, f.expected, f.actual]).toEqual([
      "warning",
      "truncated",
      "123.46",
      "123.45",
    ]);
    expect(renderFinding(f, profileOf(shanghai).rules, "zh-CN")).toContain("截尾");
    const rounded = check(
      disclosure([yuan], "“一般公共服务支出”科目123.46万元。", shanghai),
      shanghai,
    );
    expect(findings(rounded, "narrative.amount")).toEqual([]);
  });

  it("reports dropping printed decimals in the same unit at info only (4万元 for 4.30)", () => {
    const sanGong = h("sanGong").single({ total: "4.30", vehicles: "4.30" }).build().value;
    const r = check(disclosure([sanGong], "“三公”经费4万元。"));
    const f = one(r, "narrative.amount");
    expect([f.severity, f.params.kind]).toEqual(["info", "rounding"]);
    expect(outcome(r, "narrative.amount")).toBe("pass");
  });

  it("reads 财政拨款 as 一般公共预算 when the tables show no 政府性基金 or 国有资本经营 money", () => {
    const yuan = s("gpbExpenditure")
      .functional("2081005", "社会福利事业单位", { total: "6,964,796" })
      .build().value;
    const text =
      "财政拨款支出主要内容如下：\n1. “社会保障和就业支出（类）社会福利（款）社会福利事业单位（项）”738.66万元。";
    const f = one(check(disclosure([yuan], text, shanghai), shanghai), "narrative.amount");
    expect([f.expected, f.actual]).toEqual(["696.48", "738.66"]);
    // with 政府性基金 money in the tables, 财政拨款 is not 一般公共预算 alone: nothing to compare
    const fund = s("govFundExpenditure")
      .functional("2081005", "社会福利事业单位", { total: "100,000" })
      .build().value;
    const both = check(disclosure([yuan, fund], text, shanghai), shanghai);
    expect(outcome(both, "narrative.amount")).toBe("not-applicable");
  });

  it("reports `无…` against a table that prints the money (error), and passes it against blanks", () => {
    const fund = h("govFundExpenditure").total({ total: "12.00" }).build().value;
    const text = "本单位2024年无政府性基金预算拨款安排的支出。";
    const f = one(check(disclosure([fund], text)), "narrative.amount");
    expect([f.severity, f.params.kind, f.params.expected]).toEqual(["error", "none", "12.00"]);
    const zh = renderFinding(f, profileOf().rules, "zh-CN");
    expect(zh).toMatch(
      /^【情况说明】“[^”]*无政府性基金预算拨款[^”]*” 称没有此项，但表中为 12\.00万元（.+）。$/u,
    );
    expect(renderFinding(f, profileOf().rules, "en")).toMatch(
      /" says there is none, but the tables print 12\.00 万元 \(.+\)\.$/u,
    );
    const blank = h("govFundExpenditure").total({ total: "" }).build().value;
    expect(findings(check(disclosure([blank], text)), "narrative.amount")).toEqual([]);
  });

  it("checks 绩效目标 money as a part of 项目支出, not as all of it", () => {
    const project = h("expenditure").total({ total: "100.00", project: "80.00" }).build().value;
    const ok = check(
      disclosure([project], "本单位编报绩效目标的项目共3个，涉及项目预算资金60.00万元。"),
    );
    expect(findings(ok, "narrative.amount")).toEqual([]);
    const over = check(
      disclosure([project], "本单位编报绩效目标的项目共3个，涉及项目预算资金90.00万元。"),
    );
    const f = one(over, "narrative.amount");
    expect([f.params.kind, f.params.expected, f.params.actual]).toEqual([
      "atMost",
      "80.00",
      "90.00",
    ]);
    expect(renderFinding(f, profileOf().rules, "zh-CN")).toMatch(
      /” 为 90\.00万元，大于表中的 80\.00万元（.+）。$/u,
    );
    expect(renderFinding(f, profileOf().rules, "en")).toMatch(
      /" is 90\.00 万元, more than the tables' 80\.00 万元 \(.+\)\.$/u,
    );
  });

  it("reports a figure restated twice in one section once", () => {
    const r = check(
      disclosure([expenditure], "支出合计912.34万元。支出合计912.34万元，与上年持平。"),
    );
    expect(findings(r, "narrative.amount")).toHaveLength(1);
  });
});
