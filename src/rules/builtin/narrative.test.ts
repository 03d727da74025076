import { describe, expect, it } from "vitest";
import type { Disclosure } from "../../disclosure";
import { henan2024 } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, RULES } from "../profiles";
import { renderFinding } from "../render";

const withText = (body: string): Disclosure => ({
  meta: {
    year: 2024,
    documentKind: "单位",
    template: "henan2024",
    department: { name: "某单位" },
    units: [],
  },
  tables: [],
  texts: [{ title: "情况说明", body }],
});
const run = (body: string) => {
  const report = checkDisclosure(withText(body), {
    profile: henan2024Profile,
    template: henan2024,
  });
  return {
    outcome: report.outcomes.find((o) => o.ruleId === "narrative.percent")?.outcome,
    findings: report.findings.filter((f) => f.ruleId === "narrative.percent"),
  };
};

describe("narrative.percent (I15)", () => {
  it("passes when every share recomputes (682.06 / 969.06 = 70.38%)", () => {
    expect(
      run(
        "支出合计 969.06万元，其中：基本支出 682.06万元，占 70.38%；项目支出 287.00万元，占 29.62%。",
      ),
    ).toEqual({
      outcome: "pass",
      findings: [],
    });
  });

  it("fails a share that does not recompute, quoting claim and result in both locales", () => {
    const { outcome, findings } = run(
      "支出合计 969.06万元，其中：基本支出 682.06万元，占 70.83%。",
    );
    expect(outcome).toBe("fail");
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect([f?.severity, f?.expected, f?.actual, f?.path?.row]).toEqual([
      "error",
      "70.38",
      "70.83",
      "情况说明",
    ]);
    if (f === undefined) return;
    expect(f.params).toMatchObject({ kind: "differ", section: "情况说明" });
    expect(renderFinding(f, RULES, "zh-CN")).toContain("70.38%");
    expect(renderFinding(f, RULES, "zh-CN")).toMatch(/^【情况说明】：“/u);
    expect(renderFinding(f, RULES, "en")).toContain("the figures give 70.38%");
  });

  it("reports a percentage that matches only when truncated as a warning (2/3 = 66.67%, truncated 66.66%)", () => {
    const { findings } = run("合计 3.00万元，其中：甲 2.00万元，占 66.66%。");
    expect(findings.map((f) => [f.severity, f.params.kind, f.expected])).toEqual([
      ["warning", "truncated", "66.67"],
    ]);
  });

  it("recomputes growth as Δ / (current − Δ): 134.22 / 834.84 = 16.08%", () => {
    expect(run("收入总计 969.06万元，比上年增加134.22 万元，增长 16.08%。").findings).toEqual([]);
    expect(
      run("收入总计 969.06万元，比上年增加134.22 万元，增长 13.85%。").findings[0]?.expected,
    ).toBe("16.08");
  });

  it("catches growth whose two words disagree (增加…，下降…%)", () => {
    const { findings } = run("收入总计 969.06万元，比上年增加134.22 万元，下降 16.08%。");
    expect(findings.map((f) => f.params.kind)).toEqual(["direction"]);
  });

  it("catches a decrease described as 增加", () => {
    const { findings } = run(
      "执行数为54.60万元，2024年预算安排53.84万元，比2023年预算执行数增加1.39%。",
    );
    expect(findings.map((f) => f.params.kind)).toEqual(["direction"]);
  });

  it("flags a percentage of a zero base (增长100% from nothing)", () => {
    const { findings } = run(
      "执行数为0.00万元，2024年预算安排5.00万元，比2023年预算执行数增加100.00%。",
    );
    expect(findings.map((f) => f.params.kind)).toEqual(["zero-base"]);
  });

  it("is not applicable without claims", () => {
    expect(run("主要原因是。").outcome).toBe("not-applicable");
  });
});
