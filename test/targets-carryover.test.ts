import { describe, expect, it } from "vitest";
import type { Disclosure, Row, Table } from "../src/disclosure";
import {
  type CheckReport,
  checkDisclosure,
  henan2024Profile,
  RULES,
  renderFinding,
} from "../src/rules";
import { henan2024 } from "../src/templates";

/**
 * 上年结转 and the 部门整体绩效目标表's 资金来源 lines. A 事业单位: 一般公共预算 100.00 and 事业收入
 * 10.00 this year (本年收入合计 110.00), plus `carry` of its own funds carried over (收入总计
 * 110.00 + carry), all spent on basic spending. 部门预算总额 = 收入总计; its 资金来源 may print the
 * carry-over inside 单位资金 (10.00 + carry) or this year's money only (10.00): with carry-over
 * printed, which one cannot be told, so the line is compared with nothing.
 */
const income = (line: string, amount: string): Row => ({
  key: { kind: "line", line },
  cells: { "income.amount": amount },
});
const spending = (line: string, amount: string): Row => ({
  key: { kind: "line", line },
  cells: { "spending.amount": amount },
});
const add = (a: string, b: string) => (Number(a) + Number(b || "0")).toFixed(2);

function summary(carry: string): Table {
  const total = add("110.00", carry);
  return {
    kind: "summary",
    unit: "万元",
    rows: [
      income("revenue.gpb", "100.00"),
      income("revenue.gpb.grant", "100.00"),
      income("revenue.business", "10.00"),
      income("revenue", "110.00"),
      income("revenue.carryover", carry),
      income("revenue.total", total),
      { key: { kind: "functional", code: "201" }, cells: { "spending.amount": total } },
      spending("spending", total),
      spending("spending.total", total),
    ],
  };
}
function targets(carry: string, government: string, unitFunds: string): Table {
  const total = add("110.00", carry);
  const line = (id: string, amount: string): Row => ({
    key: { kind: "line", line: id },
    cells: { amount },
  });
  return {
    kind: "departmentTargets",
    unit: "万元",
    rows: [
      line("budget.total", total),
      line("budget.government", government),
      line("budget.specialAccount", ""),
      line("budget.unitFunds", unitFunds),
      line("budget.basic", total),
      line("budget.project", ""),
    ],
  };
}
const doc = (...tables: Table[]): Disclosure => ({
  meta: {
    year: 2024,
    documentKind: "单位",
    template: "henan2024",
    department: { name: "某中心" },
    units: [{ name: "某中心", unitType: "事业" }],
  },
  tables,
  texts: [],
});
const check = (d: Disclosure) =>
  checkDisclosure(d, { profile: henan2024Profile, template: henan2024 });
const errors = (r: CheckReport) =>
  r.findings.filter((f) => f.severity !== "info").map((f) => `${f.ruleId} ${f.path?.row}`);
const unchecked = (r: CheckReport) =>
  r.findings
    .filter((f) => f.ruleId === "targets.budget" && f.outcome === "insufficient-data")
    .map((f) => f.params.line);

describe("上年结转 and the 资金来源 of a department's targets", () => {
  it.each([
    ["inside 单位资金 (12.00)", "2.00", "12.00"],
    ["this year's only (10.00)", "2.00", "10.00"],
    ["inside 单位资金, a larger carry-over (15.50)", "5.50", "15.50"],
  ])("carry-over printed, 单位资金 %s: no error, the sources not compared", (_, carry, unit) => {
    const r = check(doc(summary(carry), targets(carry, "100.00", unit)));
    expect(errors(r)).toEqual([]);
    // the 收支总表 prints 上年结转结余 without its fund: either source may hold it
    expect(unchecked(r)).toEqual(["government", "unitFunds"]);
    // the total and the structure are still compared
    expect(r.outcomes.find((o) => o.ruleId === "targets.budget")?.outcome).toBe("pass");
  });

  it("the sources said not checked, in Chinese and English", () => {
    const r = check(doc(summary("2.00"), targets("2.00", "100.00", "12.00")));
    const f = r.findings.find((x) => x.params.reason === "carryover");
    if (f === undefined) throw new Error("no finding");
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toContain("可能含上年结转");
    expect(renderFinding(f, RULES, "en", henan2024)).toContain("carry-over");
  });

  it.each(["", "0.00"])("no carry-over (%s): a wrong 单位资金 is still found", (carry) => {
    const r = check(doc(summary(carry), targets(carry, "100.00", "12.00")));
    // 政府预算资金 + 单位资金 = 112.00 against 本年收入合计 and 部门预算总额 110.00
    expect(errors(r)).toEqual(["funds line:revenue", "targets.formMoney line:budget.total"]);
    expect(unchecked(r)).toEqual([]);
  });

  it("carry-over broken down by fund (none of 财政拨款): 政府预算资金 is still compared", () => {
    // The 财政拨款收支表 prints 本年收入 100.00 and no 上年结转 of 财政拨款: the 2.00 are 单位资金.
    const fiscal: Table = {
      kind: "fiscalSummary",
      unit: "万元",
      rows: [
        income("revenue", "100.00"),
        income("revenue.gpb", "100.00"),
        income("revenue.carryover", ""),
        income("revenue.total", "100.00"),
      ],
    };
    const right = check(doc(summary("2.00"), fiscal, targets("2.00", "100.00", "12.00")));
    expect(errors(right)).toEqual([]);
    expect(unchecked(right)).toEqual(["unitFunds"]);
    const wrong = check(doc(summary("2.00"), fiscal, targets("2.00", "101.00", "11.00")));
    // found at the 政府预算资金 line (by targets.budget, and by same-fact), nowhere else
    expect(errors(wrong)).toContain("targets.budget line:budget.government");
    expect(errors(wrong).filter((e) => !e.endsWith("line:budget.government"))).toEqual([]);
  });
});
