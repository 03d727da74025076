/**
 * The identity rules (funds, same-fact, sanGong.sum) on small hand-built Henan tables (万元,
 * 2 decimals: every sum must hold exactly), and a printed blank where the parts add up to a
 * figure. Expected values are worked out by hand in the comments. Each check runs the identity
 * rules alone (`checkIdentities`, test-support.ts); balance, totals, rollup and nature are in
 * identities.test.ts.
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { henan2024 } from "../../templates";
import { RULES } from "../profiles";
import { renderFinding } from "../render";
import {
  checkIdentities as check,
  cited,
  findings,
  numbers,
  one,
  outcome,
  summaryTable as summary,
} from "../test-support";

describe("funds (I7: 合计 = Σ资金来源)", () => {
  const row = (total: string) =>
    tableBuilder(henan2024, "economicSummary")
      .total({
        total,
        gpb: "80.00",
        "gpb.grant": "80.00",
        govFund: "",
        soe: "",
        carryover: "",
        specialAccount: "",
        business: "15.00",
        superior: "",
        affiliated: "",
        operating: "",
        other: "5.00",
      })
      .build().value;

  it("passes when 80.00 + (15.00 + 5.00) = 100.00 (blanks count as nothing)", () => {
    const r = check(row("100.00"));
    expect(outcome(r, "funds")).toBe("pass");
    expect(r.findings).toEqual([]);
  });

  it("fails when the 合计 is printed 100.10", () => {
    const r = check(row("100.10"));
    expect(outcome(r, "funds")).toBe("fail");
    const fs = findings(r, "funds");
    expect(fs.length).toBeGreaterThan(0);
    for (const f of fs) {
      expect(f.severity).toBe("error");
      expect(f.path).toEqual({
        table: "economicSummary",
        row: "total",
        column: "total",
        raw: "100.10",
      });
      expect(numbers(f)).toEqual(["100.00", "100.10", "0.10", "万元"]);
      expect(cited(f)).toContain("economicSummary|total|gpb");
      expect(cited(f)).toContain("economicSummary|total|business");
      expect(cited(f)).toContain("economicSummary|total|other");
    }
  });

  // Regression test for a fixed bug.
  it("reports one broken 合计 once, not once per equivalent decomposition", () => {
    expect(findings(check(row("100.10")), "funds")).toHaveLength(1);
  });

  it("is not applicable without fund columns", () => {
    const t = tableBuilder(henan2024, "economicSummary").total({ total: "1.00" }).build().value;
    expect(outcome(check(t), "funds")).toBe("not-applicable");
  });
});

describe("same-fact (I8–I11: one figure, one value, wherever printed)", () => {
  const expenditure = tableBuilder(henan2024, "expenditure")
    .total({ total: "969.06" })
    .build().value;
  const line = (v: string) => summary({ spending: { "spending.amount": v } });

  it("passes when 支出表 合计 and 收支表 本年支出 agree", () => {
    const r = check(expenditure, line("969.06"));
    expect(outcome(r, "same-fact")).toBe("pass");
    expect(r.findings).toEqual([]);
  });

  it("fails on a 0.01 difference, expecting the figure of the table first in the template, in either binding order", () => {
    // 收支总表 (summary) comes before 支出表 (expenditure) in the Henan template: its figure is
    // the reference, and the 支出表 cell is the one cited as differing, however the document
    // orders the two tables.
    const f = one(check(expenditure, line("969.05")), "same-fact");
    expect(one(check(line("969.05"), expenditure), "same-fact")).toEqual(f);
    expect(f.severity).toBe("error");
    expect(f.path).toEqual({ table: "expenditure", row: "total", column: "total", raw: "969.06" });
    expect(numbers(f)).toEqual(["969.05", "969.06", "0.01", "万元"]);
    expect(f.params).toMatchObject({ status: "differ", via: "same" });
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toContain(
      "按 同一数字在另一处的印刷值 应为 969.05（【部门收支预算表】“本年支出合计”行「支出/金额」列（969.05））",
    );
    expect(cited(f)).toEqual(["expenditure|total|total", "summary|line:spending|spending.amount"]);
    expect(f.evidence.map((e) => [e.value, e.derived])).toEqual([
      ["969.06", false],
      ["969.05", false],
    ]);
  });

  it("treats a blank as no value, not as agreement with a figure", () => {
    const f = one(check(expenditure, line("")), "same-fact");
    expect(f.actual).toBeUndefined();
    expect(f.expected).toBe("969.06");
    // no value is data too (""): each locale words it
    expect([f.params.actual, f.params.expected]).toEqual(["", "969.06"]);
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toMatch(/列 为 空，按 /u);
    expect(renderFinding(f, RULES, "en", henan2024)).toMatch(/column "支出\/金额" is blank, but /u);
  });

  it("is not applicable when every figure is printed once", () => {
    expect(outcome(check(expenditure), "same-fact")).toBe("not-applicable");
  });
});

describe("sanGong.sum (I12: 三公 = 出国 + 车辆 + 接待; 车辆 = 购置 + 运行)", () => {
  const sanGong = (cells: Record<string, string>) =>
    tableBuilder(henan2024, "sanGong")
      .single({
        total: "6.50",
        abroad: "",
        vehicles: "4.00",
        "vehicles.purchase": "",
        "vehicles.operation": "4.00",
        reception: "2.50",
        ...cells,
      })
      .build().value;

  it("passes on the Henan figures 6.50 = 4.00 + 2.50", () => {
    const r = check(sanGong({}));
    expect(outcome(r, "sanGong.sum")).toBe("pass");
    expect(findings(r, "sanGong.sum")).toEqual([]);
  });

  it("fails when 接待 is 2.60: 4.00 + 2.60 = 6.60, printed 6.50", () => {
    const f = one(check(sanGong({ reception: "2.60" })), "sanGong.sum");
    expect(f.severity).toBe("error");
    expect(f.path).toEqual({ table: "sanGong", row: "single", column: "total", raw: "6.50" });
    expect(numbers(f)).toEqual(["6.60", "6.50", "-0.10", "万元"]);
    expect(cited(f)).toEqual([
      "sanGong|single|total",
      "sanGong|single|abroad",
      "sanGong|single|vehicles",
      "sanGong|single|reception",
    ]);
  });

  it("fails at the vehicles subtotal when 1.00 + 3.10 is printed 4.00", () => {
    const f = one(
      check(sanGong({ "vehicles.purchase": "1.00", "vehicles.operation": "3.10" })),
      "sanGong.sum",
    );
    expect(f.path).toMatchObject({ column: "vehicles" });
    expect(numbers(f)).toEqual(["4.10", "4.00", "-0.10", "万元"]);
  });

  it("is not applicable without a 三公 table", () => {
    const r = check(tableBuilder(henan2024, "expenditure").total({ total: "1.00" }).build().value);
    expect(outcome(r, "sanGong.sum")).toBe("not-applicable");
  });
});

describe("a printed blank where the parts add up to a figure", () => {
  it("states the difference from zero (blank 合计 against 4.00 + 2.50: −6.50)", () => {
    const r = check(
      tableBuilder(henan2024, "sanGong")
        .single({
          total: "",
          abroad: "",
          vehicles: "4.00",
          "vehicles.purchase": "",
          "vehicles.operation": "4.00",
          reception: "2.50",
        })
        .build().value,
    );
    const f = one(r, "sanGong.sum");
    expect([f.expected, f.actual, f.difference, f.unit]).toEqual([
      "6.50",
      undefined,
      "-6.50",
      "万元",
    ]);
    expect(renderFinding(f, RULES, "en", henan2024)).toContain("a difference of -6.50 万元");
  });
});
