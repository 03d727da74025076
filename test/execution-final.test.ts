/**
 * Budget against outcome (issue 12 point 5): the execution report of the 普陀区 决算, from their
 * own narrative budgets and from a 预算 disclosure, and its feed into the 绩效 预算执行率. Expected
 * figures are the fixture README's (recomputed there from the text layer).
 */
import { describe, expect, it } from "vitest";
import type { Disclosure } from "../src/disclosure";
import { executionReport, final2024 } from "../src/final";
import { computeFormula, formulaFor } from "../src/performance";
import { shanghai } from "../src/templates";
import { putuoFinanceFinal2024Fixture } from "./fixtures/putuo-finance-final-2024";
import { putuoPlanningFinal2024Fixture } from "./fixtures/putuo-planning-final-2024";
import { putuoSocialWorkFinal2024Fixture } from "./fixtures/putuo-social-work-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

const finalOf = (fixture: DisclosureFixture) => {
  const { disclosure } = fixtureDisclosure(fixture, final2024);
  return {
    disclosure: { ...disclosure, meta: { ...disclosure.meta, stage: "决算" as const } },
    template: final2024,
  };
};

describe("from the 决算's own narrative budgets", () => {
  it("普陀区规划和自然资源局: 9,746.50 of 年初预算 10,210.34, per 项 rates, 三公 0.39 of 2.85", () => {
    const r = executionReport(finalOf(putuoPlanningFinal2024Fixture));
    expect([r.source, r.base]).toEqual(["narrative", "initial"]);
    expect([
      r.total.budget?.value,
      r.total.outcome?.value,
      r.total.difference?.value,
      r.total.rate,
    ]).toEqual(["10210.34", "9746.50", "-463.84", "95.46"]);
    const rates = Object.fromEntries(
      r.lines.filter((l) => l.code !== undefined).map((l) => [l.code, l.rate]),
    );
    expect(rates["2120201"]).toBe("88.08"); // 2,739.56 / 3,110.14
    expect(rates["2080505"]).toBe("98.61");
    expect(r.lines).toHaveLength(13);
    expect(r.sanGong).toMatchObject({ rate: "13.68" });
    expect(r.overBudgetWithoutReason).toEqual([]);
  });

  it("普陀区委社会工作部: on 全年预算 321.02 (its 年初预算 is 0), 95.89%", () => {
    const r = executionReport(finalOf(putuoSocialWorkFinal2024Fixture));
    expect([r.base, r.total.budget?.value, r.total.rate]).toEqual(["full", "321.02", "95.89"]);
    expect(r.lines.map((l) => l.rate).filter((x) => x !== undefined)).toContain("98.69");
  });

  it("feeds the 绩效 预算执行率 and “三公”经费控制率 formulas", () => {
    const r = executionReport(finalOf(putuoPlanningFinal2024Fixture));
    const exec = formulaFor("预算执行率");
    const control = formulaFor("“三公”经费控制率");
    const inputs = r.formulaInputs;
    expect(exec && inputs.budgetExecution && computeFormula(exec, inputs.budgetExecution)).toEqual({
      ok: true,
      value: "95.46",
    });
    expect(
      control && inputs.sanGongControl && computeFormula(control, inputs.sanGongControl),
    ).toEqual({
      ok: true,
      value: "13.68",
    });
  });

  it("a 项 whose printed names do not resolve stays a line without a code (not dropped)", () => {
    const r = executionReport(finalOf(putuoFinanceFinal2024Fixture));
    expect(r.lines).toHaveLength(11);
    expect(r.lines.filter((l) => l.code === undefined)).toHaveLength(1); // item 6, out of order
    expect(r.total.rate).toBe("98.20");
  });
});

describe("from a 预算 disclosure of the same year", () => {
  // A 预算 of the finance bureau with two 项 (元, as Shanghai budgets print): 行政运行 over-spent.
  const budget: Disclosure = {
    meta: {
      year: 2024,
      documentKind: "部门",
      template: "shanghai",
      department: { name: "上海市普陀区财政局" },
      units: [],
    },
    tables: [
      {
        kind: "gpbExpenditure",
        unit: "元",
        rows: [
          { key: { kind: "functional", code: "2010601" }, cells: { total: "15,000,000" } },
          { key: { kind: "functional", code: "2010607" }, cells: { total: "1,359,000" } },
          { key: { kind: "total" }, cells: { total: "16,359,000" } },
        ],
      },
    ],
    texts: [],
  };

  it("compares code by code across units (元 against 万元), and lists a line over budget without a reason", () => {
    const r = executionReport(finalOf(putuoFinanceFinal2024Fixture), {
      disclosure: budget,
      template: shanghai,
    });
    expect(r.source).toBe("budget");
    const admin = r.lines.find((l) => l.code === "2010601");
    // 1,511.89万元 against 15,000,000元
    expect([
      admin?.difference?.value,
      admin?.difference?.unit,
      admin?.overBudget,
      admin?.rate,
    ]).toEqual(["118900", "元", true, "100.79"]);
    expect(r.overBudgetWithoutReason.map((l) => l.code)).toContain("2010601");
    // a 决算 项 the budget does not list has no budget, not a zero one
    expect(r.lines.find((l) => l.code === "2210201")?.budget).toBeNull();
    expect(r.total.rate).toBe(
      "179.72", // 2,940.05万元 / 16,359,000元
    );
  });
});
