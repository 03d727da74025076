/**
 * The identity rules (balance, totals, rollup, nature) on small hand-built Henan tables (万元,
 * 2 decimals: every sum must hold exactly). Expected values are worked out by hand in the
 * comments. Each check runs the identity rules alone (`checkIdentities`, test-support.ts); funds,
 * same-fact, sanGong.sum and printed blanks are in identities-funds-same-fact.test.ts.
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

describe("balance (I1: 收入总计 = 支出总计)", () => {
  it("passes when the two totals agree", () => {
    const r = check(
      summary({
        "revenue.total": { "income.amount": "969.06" },
        "spending.total": { "spending.amount": "969.06" },
      }),
    );
    expect(outcome(r, "balance")).toBe("pass");
    expect(findings(r, "balance")).toEqual([]);
  });

  it("fails on a 0.01 difference, at the 收入总计 cell, expecting the 支出总计", () => {
    const r = check(
      summary({
        "revenue.total": { "income.amount": "969.06" },
        "spending.total": { "spending.amount": "969.07" },
      }),
    );
    expect(outcome(r, "balance")).toBe("fail");
    const f = one(r, "balance");
    expect(f.severity).toBe("error");
    expect(f.outcome).toBe("fail");
    expect(f.path).toEqual({
      table: "summary",
      row: "line:revenue.total",
      column: "income.amount",
      raw: "969.06",
    });
    // 969.06 − 969.07 = −0.01
    expect(numbers(f)).toEqual(["969.07", "969.06", "-0.01", "万元"]);
    expect(f.params).toMatchObject({ status: "differ", via: "balance" });
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toContain(
      "【部门收支预算表】“收入总计”行「收入/金额」列 为 969.06，按 收入总计 = 支出总计 应为 969.07",
    );
    expect(cited(f)).toEqual([
      "summary|line:revenue.total|income.amount",
      "summary|line:spending.total|spending.amount",
    ]);
  });

  it("is not applicable without both totals", () => {
    const r = check(summary({ "revenue.total": { "income.amount": "969.06" } }));
    expect(outcome(r, "balance")).toBe("not-applicable");
  });
});

describe("totals (I2: 总计 = 本年 + 结转)", () => {
  it("passes when 900.00 + 69.06 = 969.06 on both sides", () => {
    const r = check(
      summary({
        revenue: { "income.amount": "900.00" },
        "revenue.carryover": { "income.amount": "69.06" },
        "revenue.total": { "income.amount": "969.06" },
        spending: { "spending.amount": "950.00" },
        "spending.carryforward": { "spending.amount": "19.06" },
        "spending.total": { "spending.amount": "969.06" },
      }),
    );
    expect(outcome(r, "totals")).toBe("pass");
    expect(outcome(r, "balance")).toBe("pass");
    expect(r.findings).toEqual([]);
  });

  it("fails when 收入总计 is printed 969.16 for 900.00 + 69.06", () => {
    const r = check(
      summary({
        revenue: { "income.amount": "900.00" },
        "revenue.carryover": { "income.amount": "69.06" },
        "revenue.total": { "income.amount": "969.16" },
      }),
    );
    const f = one(r, "totals");
    expect(f.severity).toBe("error");
    expect(f.path).toMatchObject({ table: "summary", row: "line:revenue.total" });
    // 969.16 − (900.00 + 69.06) = 0.10
    expect(numbers(f)).toEqual(["969.06", "969.16", "0.10", "万元"]);
    expect(cited(f)).toEqual([
      "summary|line:revenue.total|income.amount",
      "summary|line:revenue|income.amount",
      "summary|line:revenue.carryover|income.amount",
    ]);
  });

  it("checks the spending side too (950.00 + 19.06 ≠ 969.00)", () => {
    const r = check(
      summary({
        spending: { "spending.amount": "950.00" },
        "spending.carryforward": { "spending.amount": "19.06" },
        "spending.total": { "spending.amount": "969.00" },
      }),
    );
    const f = one(r, "totals");
    expect(f.path).toMatchObject({ row: "line:spending.total", column: "spending.amount" });
    expect(numbers(f)).toEqual(["969.06", "969.00", "-0.06", "万元"]);
  });

  it("is not applicable when the parts are not printed", () => {
    const r = check(summary({ "revenue.total": { "income.amount": "969.06" } }));
    expect(outcome(r, "totals")).toBe("not-applicable");
  });
});

describe("rollup (I3: 类 = Σ款 = Σ项; 合计 = Σ单位)", () => {
  const functional = (class201: string) =>
    tableBuilder(henan2024, "expenditure")
      .functional("201", "一般公共服务支出", { total: class201 })
      .functional("201 31", "党委办公厅（室）及相关机构事务", { total: "635.07" })
      .functional("201 31 01", "行政运行", { total: "558.07" })
      .functional("201 31 02", "一般行政管理事务", { total: "77.00" })
      .build().value;

  it("passes when 558.07 + 77.00 = 635.07 at 款 and 类", () => {
    const r = check(functional("635.07"));
    expect(outcome(r, "rollup")).toBe("pass");
    expect(r.findings).toEqual([]);
  });

  it("fails when the 类 is printed 635.08, citing its 款 (the nearest printed child)", () => {
    const f = one(check(functional("635.08")), "rollup");
    expect(f.severity).toBe("error");
    expect(f.path).toEqual({
      table: "expenditure",
      row: "functional:201",
      column: "total",
      raw: "635.08",
    });
    expect(numbers(f)).toEqual(["635.07", "635.08", "0.01", "万元"]);
    expect(f.params).toMatchObject({ status: "differ", via: "rollup" });
    // the 类 is compared with its 款 only, not with the 项 again (nothing counted twice)
    expect(cited(f)).toEqual([
      "expenditure|functional:201|total",
      "expenditure|functional:20131|total",
    ]);
  });

  it("fails when the units do not add up to the 合计 (60.00 + 40.01 ≠ 100.00)", () => {
    const t = tableBuilder(henan2024, "expenditure")
      .total({ total: "100.00" })
      .org("116001", "某部门机关", { total: "60.00" })
      .org("116002", "某中心", { total: "40.01" })
      .build().value;
    const f = one(check(t), "rollup");
    expect(f.path).toMatchObject({ table: "expenditure", row: "total", column: "total" });
    expect(numbers(f)).toEqual(["100.01", "100.00", "-0.01", "万元"]);
    expect(cited(f)).toContain("expenditure|org:116002|total");
  });

  it("is not applicable to a table without child rows", () => {
    const r = check(tableBuilder(henan2024, "expenditure").total({ total: "1.00" }).build().value);
    expect(outcome(r, "rollup")).toBe("not-applicable");
  });
});

describe("nature (I4–I6: 合计 = 基本 + 项目, 基本 = 人员 + 公用 …)", () => {
  const row = (goods: string) =>
    tableBuilder(henan2024, "expenditure")
      .total({
        total: "969.06",
        basic: "682.06",
        "basic.salary": "500.00",
        "basic.family": "100.00",
        "basic.goods": goods,
        "basic.capital": "2.00",
        project: "287.00",
        "project.operating": "87.00",
        "project.specific": "200.00",
      })
      .build().value;

  it("passes when 500.00 + 100.00 + 80.06 + 2.00 = 682.06 and 682.06 + 287.00 = 969.06", () => {
    const r = check(row("80.06"));
    expect(outcome(r, "nature")).toBe("pass");
    expect(r.findings).toEqual([]);
  });

  it("fails at 基本支出 when 商品和服务支出 is 80.16, citing the four parts", () => {
    const f = one(check(row("80.16")), "nature");
    expect(f.severity).toBe("error");
    expect(f.path).toEqual({ table: "expenditure", row: "total", column: "basic", raw: "682.06" });
    // (500.00 + 100.00) + (80.16 + 2.00) = 682.16
    expect(numbers(f)).toEqual(["682.16", "682.06", "-0.10", "万元"]);
    expect(f.params).toMatchObject({ status: "differ", via: "nature.basic" });
    expect(renderFinding(f, RULES, "en", henan2024)).toContain(
      '[Expenditure] total row, column "基本支出/小计" is 682.06, but basic = personnel + public gives 682.16',
    );
    expect(cited(f)).toEqual([
      "expenditure|total|basic",
      "expenditure|total|basic.salary",
      "expenditure|total|basic.family",
      "expenditure|total|basic.goods",
      "expenditure|total|basic.capital",
    ]);
  });

  it("fails at 项目支出 when 87.00 + 200.00 is printed 286.00", () => {
    const t = tableBuilder(henan2024, "expenditure")
      .total({ project: "286.00", "project.operating": "87.00", "project.specific": "200.00" })
      .build().value;
    const f = one(check(t), "nature");
    expect(f.path).toMatchObject({ row: "total", column: "project" });
    expect(numbers(f)).toEqual(["287.00", "286.00", "-1.00", "万元"]);
  });

  it("is not applicable without a nature split", () => {
    const r = check(tableBuilder(henan2024, "expenditure").total({ total: "1.00" }).build().value);
    expect(outcome(r, "nature")).toBe("not-applicable");
  });
});
