/**
 * Rule-level edges of final.narrative.procurement and .operatingCost: each rule
 * run alone on a small 决算 (a few paragraphs, the one or two table figures it reads), at the
 * boundaries of its comparisons. Every expected figure is worked out by hand in the test.
 */
import { describe, expect, it } from "vitest";
import { finalOperatingCostRule, finalProcurementRule } from "./rules-more";
import { params, publicTotal, render, run } from "./test-support";

describe("final.narrative.procurement", () => {
  const total = (t: string, goods: string, works: string | undefined, services: string) =>
    `本部门2024年度政府采购金额为${t}万元，其中：货物采购金额${goods}万元、${
      works === undefined ? "" : `工程采购金额${works}万元、`
    }服务采购金额${services}万元。`;
  const sme = (reserved: string, other?: string) =>
    `在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额${reserved}万元${
      other === undefined
        ? "。"
        : `；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额${other}万元。`
    }`;

  it("passes 30.00 + 20.00 + 50.00 = 100.00", () => {
    const r = run(finalProcurementRule, [total("100.00", "30.00", "20.00", "50.00")]);
    expect([r.outcome, r.findings]).toEqual(["pass", []]);
  });

  it("finds parts summing to 90.00 under a total of 100.00, with the difference", () => {
    const text = total("100.00", "30.00", "20.00", "40.00");
    const r = run(finalProcurementRule, [text]);
    expect(r.outcome).toBe("fail");
    expect(
      r.findings.map((f) => [f.ruleId, f.severity, f.actual, f.expected, f.difference]),
    ).toEqual([["final.narrative.procurement", "error", "100.00", "90.00", "10.00"]]);
    expect(params(r)).toEqual([{ kind: "sum", text, total: "100.00", sum: "90.00" }]);
    expect(render(r.findings[0])).toEqual([
      "政府采购金额为 100.00万元，货物、工程、服务之和为 90.00万元。",
      "Procurement is 100.00 万元; goods + works + services give 90.00 万元.",
    ]);
  });

  it("finds parts summing to more than the total", () => {
    const r = run(finalProcurementRule, [total("100.00", "30.00", "20.00", "60.00")]);
    expect(r.findings.map((f) => [f.params.sum, f.difference])).toEqual([["110.00", "-10.00"]]);
  });

  it("lets a total printed to one decimal round the parts' sum by up to 0.05", () => {
    // 30.00 + 20.00 + 50.05 = 100.05 printed as 100.0 (or 100.1): half a unit of 0.1
    const rounded = run(finalProcurementRule, [total("100.0", "30.00", "20.00", "50.05")]);
    expect([rounded.outcome, rounded.findings]).toEqual(["pass", []]);
    const off = run(finalProcurementRule, [total("100.0", "30.00", "20.00", "50.06")]);
    expect(off.findings.map((f) => [f.params.total, f.params.sum])).toEqual([["100.0", "100.06"]]);
  });

  it("does not add the parts when one of them is not printed", () => {
    const r = run(finalProcurementRule, [total("100.00", "30.00", undefined, "50.00")]);
    expect([r.outcome, r.findings]).toEqual(["not-applicable", []]);
  });

  it("passes what 中小企业 won equal to the total (60.00 + 40.00 = 100.00)", () => {
    const r = run(finalProcurementRule, [
      total("100.00", "30.00", "20.00", "50.00"),
      sme("60.00", "40.00"),
    ]);
    expect([r.outcome, r.findings]).toEqual(["pass", []]);
  });

  it("finds what 中小企业 won over the total (60.00 + 40.01 = 100.01 > 100.00)", () => {
    const text = total("100.00", "30.00", "20.00", "50.00");
    const r = run(finalProcurementRule, [text, sme("60.00", "40.01")]);
    expect(r.findings.map((f) => [f.severity, f.actual, f.expected])).toEqual([
      ["error", undefined, undefined],
    ]);
    expect(params(r)).toEqual([{ kind: "sme", text, total: "100.00", sum: "100.01" }]);
    expect(render(r.findings[0])).toEqual([
      "中小企业中标或成交的金额合计 100.01万元，大于政府采购金额 100.00万元。",
      "中小企业 won 100.01 万元 in all, more than the procurement total 100.00 万元.",
    ]);
  });

  it("checks what 中小企业 won without the parts, and only when both amounts are printed", () => {
    const head = "本部门2024年度政府采购金额为100.00万元。";
    const over = run(finalProcurementRule, [head, sme("60.00", "50.00")]);
    expect(params(over).map((p) => [p.kind, p.sum])).toEqual([["sme", "110.00"]]);
    const within = run(finalProcurementRule, [head, sme("60.00", "30.00")]);
    expect([within.outcome, within.findings]).toEqual(["pass", []]);
    const one = run(finalProcurementRule, [head, sme("160.00")]);
    expect([one.outcome, one.findings]).toEqual(["not-applicable", []]);
    const other = run(finalProcurementRule, [
      head,
      "在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额160.00万元。",
    ]);
    expect([other.outcome, other.findings]).toEqual(["not-applicable", []]);
  });

  describe("the national form: 授予中小企业 / 小微企业合同金额", () => {
    const national = (sme: string, micro?: string) =>
      `2024年度本部门政府采购支出总额100.00万元，其中：政府采购货物支出30.00万元、政府采购工程支出20.00万元、政府采购服务支出50.00万元。授予中小企业合同金额${sme}万元${
        micro === undefined ? "。" : `，其中：授予小微企业合同金额${micro}万元。`
      }`;

    it("passes 中小企业 awarded the whole total, and finds 100.01 over 100.00", () => {
      const ok = run(finalProcurementRule, [national("100.00", "40.00")]);
      expect([ok.outcome, ok.findings]).toEqual(["pass", []]);
      const over = run(finalProcurementRule, [national("100.01", "40.00")]);
      expect(params(over).map((p) => [p.kind, p.total, p.sum])).toEqual([
        ["sme", "100.00", "100.01"],
      ]);
    });

    it("finds 小微企业 awarded more than 中小企业 (they are part of them), not equal", () => {
      const equal = run(finalProcurementRule, [national("60.00", "60.00")]);
      expect([equal.outcome, equal.findings]).toEqual(["pass", []]);
      const more = run(finalProcurementRule, [national("60.00", "60.01")]);
      expect(params(more).map((p) => [p.kind, p.sme, p.micro])).toEqual([
        ["micro", "60.00", "60.01"],
      ]);
      expect(render(more.findings[0])).toEqual([
        "授予小微企业的合同金额 60.01万元，大于授予中小企业的 60.00万元（小微企业是中小企业的一部分）。",
        "小微企业 were awarded 60.01 万元, more than the 60.00 万元 awarded to 中小企业 (which include them).",
      ]);
    });

    it("holds 小微企业's amount against the total when 中小企业's is not printed", () => {
      const micro = "2024年度本部门政府采购支出总额100.00万元。授予小微企业合同金额100.01万元。";
      expect(params(run(finalProcurementRule, [micro])).map((p) => [p.kind, p.sum])).toEqual([
        ["sme", "100.01"],
      ]);
    });
  });

  it("does not apply without 政府采购", () => {
    expect(run(finalProcurementRule, ["机关运行经费支出10.00万元。"]).outcome).toBe(
      "not-applicable",
    );
  });
});

describe("final.narrative.operatingCost", () => {
  const cost = (v: string) => `机关运行经费支出${v}万元。`;

  it("passes an operating cost equal to or below 公用经费合计", () => {
    for (const v of ["50.00", "40.00", "0.00"]) {
      const r = run(finalOperatingCostRule, [cost(v)], [publicTotal("50.00")]);
      expect([v, r.outcome, r.findings]).toEqual([v, "pass", []]);
    }
  });

  it("finds 50.01 over 50.00, citing the table's cell", () => {
    const r = run(finalOperatingCostRule, [cost("50.01")], [publicTotal("50.00")]);
    expect(r.outcome).toBe("fail");
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.path, f.evidence.length])).toEqual([
      [
        "final.narrative.operatingCost",
        "error",
        { table: "gpbBasic", row: "line:public", column: "amount", raw: "50.00" },
        1,
      ],
    ]);
    expect(params(r)).toEqual([
      { kind: "bound", text: "机关运行经费", cost: "50.01", public: "50.00" },
    ]);
    expect(render(r.findings[0])).toEqual([
      "机关运行经费 50.01万元，大于公用经费合计 50.00万元。",
      "Operating costs 50.01 万元 exceed the public spending total 50.00 万元.",
    ]);
  });

  it("lets the text round 公用经费合计 up by half a unit: 50.1 for 50.05, not for 50.04", () => {
    const rounded = run(finalOperatingCostRule, [cost("50.1")], [publicTotal("50.05")]);
    expect([rounded.outcome, rounded.findings]).toEqual(["pass", []]);
    const over = run(finalOperatingCostRule, [cost("50.1")], [publicTotal("50.04")]);
    expect(params(over).map((p) => [p.cost, p.public])).toEqual([["50.1", "50.04"]]);
  });

  it("does not apply without the text's figure or the table's", () => {
    expect(run(finalOperatingCostRule, [cost("60.00")]).outcome).toBe("not-applicable");
    expect(run(finalOperatingCostRule, ["六、基本支出"], [publicTotal("50.00")]).outcome).toBe(
      "not-applicable",
    );
  });
});
