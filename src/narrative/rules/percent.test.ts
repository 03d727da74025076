import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { renderFinding } from "../../rules/render";
import { findings, one, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure, profileOf } from "./test-support";

const check = checker("narrative.percent", "narrative.amount");

const expenditure = tableBuilder(henan2024, "expenditure")
  .total({ total: "969.06", basic: "682.06", project: "287.00" })
  .build().value;
const run = (body: string, tables = [expenditure]) => check(disclosure(tables, body));

describe("narrative.percent (I15)", () => {
  it("passes shares that recompute (682.06 / 969.06 = 70.38%)", () => {
    const r = run(
      "支出合计 969.06万元，其中：基本支出 682.06万元，占 70.38%；项目支出 287.00万元，占 29.62%。",
    );
    expect([outcome(r, "narrative.percent"), findings(r, "narrative.percent")]).toEqual([
      "pass",
      [],
    ]);
  });

  it("fails a share that does not recompute, quoting claim and result in both locales", () => {
    const f = one(
      run("支出合计 969.06万元，其中：基本支出 682.06万元，占 70.83%。"),
      "narrative.percent",
    );
    expect([f.severity, f.params.kind, f.expected, f.actual]).toEqual([
      "error",
      "differ",
      "70.38",
      "70.83",
    ]);
    expect(renderFinding(f, profileOf().rules, "zh-CN")).toMatch(/^【情况说明】“/u);
    expect(renderFinding(f, profileOf().rules, "zh-CN")).toContain("应为 70.38%");
    expect(renderFinding(f, profileOf().rules, "en")).toContain("the figures give 70.38%");
  });

  it("reports a share that matches only when truncated as a warning (2/3 = 66.67%, truncated 66.66%)", () => {
    const f = one(
      run("支出合计 3.00万元，其中：基本支出 2.00万元，占 66.66%。", []),
      "narrative.percent",
    );
    expect([f.severity, f.params.kind, f.expected]).toEqual(["warning", "truncated", "66.67"]);
  });

  it("recomputes growth as Δ / (current − Δ): 134.22 / 834.84 = 16.08%", () => {
    expect(
      findings(
        run("收入总计 969.06万元，比上年增加134.22 万元，增长 16.08%。"),
        "narrative.percent",
      ),
    ).toEqual([]);
    const f = one(
      run("收入总计 969.06万元，比上年增加134.22 万元，增长 13.85%。"),
      "narrative.percent",
    );
    expect(f.expected).toBe("16.08");
  });

  it("takes the current figure from the tables when the sentence does not restate it", () => {
    const text = "与上年相比，支出合计增加134.22万元，增长16.08%。";
    expect(outcome(run(text), "narrative.percent")).toBe("pass");
    expect(one(run(text.replace("16.08", "16.80")), "narrative.percent").expected).toBe("16.08");
  });

  it("catches growth whose two words disagree (增加…，下降…%)", () => {
    const r = run("收入总计 969.06万元，比上年增加134.22 万元，下降 16.08%。");
    expect(findings(r, "narrative.percent").map((f) => f.params.kind)).toEqual(["direction"]);
  });

  it("catches a decrease from last year's execution described as 增加", () => {
    const r = run(
      "“三公”经费53.84万元。2023年当年预算执行数为54.60万元，2024年预算安排53.84万元，比2023年预算执行数增加1.39%。",
    );
    expect(findings(r, "narrative.percent").map((f) => f.params.kind)).toEqual(["direction"]);
  });

  it("a rate from a zero base (增长100% / 增加100% from nothing) is not compared: info, never an error", () => {
    for (const text of [
      "“三公”经费 5.00万元，比上年增加 5.00万元，增长 100%。",
      "“三公”经费 5.00万元，比上年增加 5.00万元，增加100%。",
      "“三公”经费 5.00万元，比上年增加 5.00万元，增长 0%。",
    ]) {
      const r = run(text);
      const f = one(r, "narrative.percent");
      expect([f.severity, f.params.kind]).toEqual(["info", "zero-base"]);
      expect(renderFinding(f, profileOf().rules, "zh-CN")).toContain("以零为基数");
    }
    // A wrong rate from a base that is not zero is still an error.
    const wrong = one(
      run("“三公”经费 10.00万元，比上年增加 5.00万元，增长 200%。"),
      "narrative.percent",
    );
    expect([wrong.severity, wrong.expected]).toEqual(["error", "100"]);
  });

  it("blames the amount, not the share derived from it, when only the amount disagrees with the tables", () => {
    // The text misprints 基本支出 (682.60 for the tables' 682.06); its share 70.38% is right.
    const r = run("支出合计 969.06万元，其中：基本支出 682.60万元，占 70.38%。");
    expect(findings(r, "narrative.percent")).toEqual([]);
    const f = one(r, "narrative.amount");
    expect([f.params.kind, f.expected, f.actual]).toEqual(["digit", "682.06", "682.60"]);
  });

  it("blames the amount when the share recomputes from the text's own wrong figures too", () => {
    // 738.66 / 711.34 − 1 = 3.84%: the rate is consistent with the wrong amount beside it.
    const r = run(
      "支出合计 998.00万元。2023年当年预算执行数为961.10万元，2024年预算安排998.00万元，比2023年预算执行数增加3.84%。",
    );
    expect(findings(r, "narrative.percent")).toEqual([]);
    expect(one(r, "narrative.amount").expected).toBe("969.06");
  });

  it("blames the percentage when it recomputes from neither the text nor the tables", () => {
    const r = run("支出合计 969.06万元，其中：基本支出 682.60万元，占 71.00%。");
    expect(one(r, "narrative.percent").params.kind).toBe("differ");
    expect(one(r, "narrative.amount").params.kind).toBe("digit");
  });

  it("allows a rate computed from the unrounded figures behind whole-万元 ones (info), not another", () => {
    // 990 / (17,192 + 990) = 5.4449…%: 5.44 recomputes; 5.45 is possible from the 元 figures
    // behind 17,192 and 990 (each ± 0.5); 5.60 is not.
    const text = (rate: string) => `收入预算17,192万元，比上年减少990万元，下降${rate}%。`;
    expect(findings(run(text("5.44"), []), "narrative.percent")).toEqual([]);
    const near = one(run(text("5.45"), []), "narrative.percent");
    expect([near.severity, near.params.kind, near.expected]).toEqual(["info", "rounding", "5.44"]);
    expect(renderFinding(near, profileOf().rules, "zh-CN")).toContain("舍入范围内");
    expect(one(run(text("5.60"), []), "narrative.percent").severity).toBe("error");
    // two-decimal 万元 figures leave no such room: 70.40% for 682.06 / 969.06 is an error
    const tight = one(
      run("支出合计 969.06万元，其中：基本支出 682.06万元，占 70.40%。", []),
      "narrative.percent",
    );
    expect(tight.severity).toBe("error");
  });

  it("is not applicable without percentages", () => {
    expect(outcome(run("主要原因是人员增加。"), "narrative.percent")).toBe("not-applicable");
  });
});

describe("narrative.percent: a rate named by its noun (增幅, 降幅)", () => {
  // 969.06 − 134.22 = 834.84 last year: 134.22 / 834.84 = 16.08%
  const body = (rate: string) =>
    `支出合计969.06万元，比上年增加134.22万元，增幅${rate}%，主要原因是人员增加。`;
  it("recomputes: passes", () => {
    const r = run(body("16.08"));
    expect([outcome(r, "narrative.percent"), findings(r, "narrative.percent")]).toEqual([
      "pass",
      [],
    ]);
  });

  it("does not: found (16.09 for 16.08)", () => {
    const f = one(run(body("16.09")), "narrative.percent");
    expect([f.severity, f.expected, f.actual]).toEqual(["error", "16.08", "16.09"]);
  });

  it("a 降幅 is a fall: 287.00 after 300.00 is 4.33% down", () => {
    const r = run("项目支出287.00万元，比上年减少13.00万元，降幅4.33%。");
    expect([outcome(r, "narrative.percent"), findings(r, "narrative.percent")]).toEqual([
      "pass",
      [],
    ]);
    expect(
      one(run("项目支出287.00万元，比上年减少13.00万元，降幅4.34%。"), "narrative.percent")
        .expected,
    ).toBe("4.33");
  });
});
