import { describe, expect, it } from "vitest";
import { type DisclosureMeta, type Table, tableBuilder } from "../../disclosure";
import { henan2024 } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, RULES } from "../profiles";
import { renderFinding } from "../render";
import { findings, one, outcome } from "../test-support";
import type { CheckReport, Finding } from "../types";

/**
 * The identity rules' findings word for word, in both locales (each branch of the message: a
 * difference, a difference rounding explains, a sum the reader could not complete, a truncated
 * figure), and their outcomes when a sum cannot be judged. Small hand-built Henan tables; the
 * amounts are worked out by hand in the comments.
 */

const META: DisclosureMeta = {
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [{ name: "某单位", unitType: "行政" }],
};

const check = (...tables: Table[]): CheckReport =>
  checkDisclosure(
    { meta: META, tables, texts: [] },
    { profile: henan2024Profile, template: henan2024 },
  );

const both = (f: Finding) => [
  renderFinding(f, RULES, "zh-CN", henan2024),
  renderFinding(f, RULES, "en", henan2024),
];

/** 本年支出 in the 收支总表 (万元). */
const spending = (v: string) =>
  tableBuilder(henan2024, "summary").line("spending", { "spending.amount": v }).build().value;

/** The 支出表's 合计 in 元: 25,177,789元 is 2,517.7789万元. */
const expenditureYuan = tableBuilder(henan2024, "expenditure", { unit: "元" })
  .total({ total: "25,177,789" })
  .build().value;

/** 201 printed 10.00 over its one 款 20101 4.00, and a row the reader could not place (6.00). */
const withUnplacedRow: Table = {
  kind: "expenditure",
  unit: "万元",
  rows: [
    {
      key: { kind: "functional", code: "201" },
      cells: { total: "10.00" },
    },
    { key: { kind: "functional", code: "20101" }, cells: { total: "4.00" } },
    { key: { kind: "unplaced", label: "某行" }, cells: { total: "6.00" } },
  ],
};

describe("identity messages, word for word", () => {
  it("a difference: balance, 969.06 printed where 支出总计 gives 969.07 (−0.01)", () => {
    const r = check(
      tableBuilder(henan2024, "summary")
        .line("revenue.total", { "income.amount": "969.06" })
        .line("spending.total", { "spending.amount": "969.07" })
        .build().value,
    );
    expect(both(one(r, "balance"))).toEqual([
      "【部门收支预算表】“收入总计”行「收入/金额」列 为 969.06，按 收入总计 = 支出总计 应为 969.07（【部门收支预算表】“支出总计”行「支出/金额」列（969.07）），相差 -0.01万元。",
      '[Revenue and expenditure summary] line "收入总计", column "收入/金额" is 969.06, but total revenue = total spending gives 969.07 ([Revenue and expenditure summary] line "支出总计", column "支出/金额" (969.07)): a difference of -0.01 万元.',
    ]);
  });

  it("two sums: Σ 301 + 302 = 4.00 against 人员经费 2.00 + 公用经费 1.00, no basic total printed", () => {
    // Neither statement is a printed cell: the one the finding is about is named as a sum.
    const r = check(
      tableBuilder(henan2024, "gpbBasic")
        .total({ personnel: "2.00", public: "1.00" })
        .row("301", { total: "3.00" })
        .row("302", { total: "1.00" })
        .build().value,
    );
    const f = one(r, "nature");
    expect(f.evidence.map((e) => [e.derived, e.value])).toEqual([
      [true, "4.00"],
      [true, "3.00"],
    ]);
    expect(both(f)).toEqual([
      "【一般公共预算基本支出预算表】301 行「本年一般公共预算基本支出/合计」列（3.00）、【一般公共预算基本支出预算表】302 行「本年一般公共预算基本支出/合计」列（1.00） 之和 为 4.00，按 基本支出 = 人员经费 + 公用经费 应为 3.00（【一般公共预算基本支出预算表】合计行「本年一般公共预算基本支出/人员经费」列（2.00）、【一般公共预算基本支出预算表】合计行「本年一般公共预算基本支出/公用经费」列（1.00）），相差 1.00万元。",
      'The sum of [General public budget basic expenditure] row 301, column "本年一般公共预算基本支出/合计" (3.00); [General public budget basic expenditure] row 302, column "本年一般公共预算基本支出/合计" (1.00) is 4.00, but basic = personnel + public gives 3.00 ([General public budget basic expenditure] total row, column "本年一般公共预算基本支出/人员经费" (2.00); [General public budget basic expenditure] total row, column "本年一般公共预算基本支出/公用经费" (1.00)): a difference of 1.00 万元.',
    ]);
  });

  it("rounding: same-fact, 2,517.78万元 = 25,177,800元 against 25,177,789元 (11元, inside ±50元)", () => {
    const r = check(expenditureYuan, spending("2,517.78"));
    const f = one(r, "same-fact");
    expect([f.severity, f.outcome, outcome(r, "same-fact")]).toEqual(["info", "fail", "pass"]);
    expect(both(f)).toEqual([
      "【部门收支预算表】“本年支出合计”行「支出/金额」列 为 2,517.78万元，按 同一数字在另一处的印刷值 应为 25,177,789元（【部门支出预算表】合计行「合计」列（25,177,789）），相差 11元，可由不同精度的四舍五入解释。",
      '[Revenue and expenditure summary] line "本年支出合计", column "支出/金额" is 2,517.78 万元; by the same figure printed elsewhere it should be 25,177,789 元 ([Expenditure] total row, column "合计" (25,177,789)); the difference 11 元 is within rounding of the printed precisions.',
    ]);
    // compared, nothing truncated: precision.truncated passes (it is not "not applicable")
    expect(outcome(r, "precision.truncated")).toBe("pass");
  });

  it("truncation: 2,517.77万元 = 25,177,700元 matches 25,177,789元 only if cut (−89元)", () => {
    const r = check(expenditureYuan, spending("2,517.77"));
    expect(outcome(r, "precision.truncated")).toBe("fail");
    expect(both(one(r, "precision.truncated"))).toEqual([
      "【部门收支预算表】“本年支出合计”行「支出/金额」列 为 2,517.77万元，与 25,177,789元（【部门支出预算表】合计行「合计」列（25,177,789））只在截尾（而非四舍五入）时相符。",
      '[Revenue and expenditure summary] line "本年支出合计", column "支出/金额" is 2,517.77 万元: it matches 25,177,789 元 ([Expenditure] total row, column "合计" (25,177,789)) only if truncated, not rounded half-up.',
    ]);
  });

  it("a sum the reader could not complete: rollup 201 10.00 against 20101 4.00 beside an unplaced row", () => {
    const r = check(withUnplacedRow);
    const f = one(r, "rollup");
    // 10.00 − 4.00 = 6.00, which the unplaced row may hold: not judged
    expect([f.severity, f.outcome, f.difference]).toEqual(["info", "insufficient-data", "6.00"]);
    expect(f.params).toMatchObject({ status: "incomplete", via: "rollup" });
    expect(outcome(r, "rollup")).toBe("insufficient-data");
    expect(both(f)).toEqual([
      "【部门支出预算表】201 行「合计」列 为 10.00，按 下级行之和 得 4.00（【部门支出预算表】20101 行「合计」列（4.00）），但该表有未能识别的行或列，无法判断。",
      '[Expenditure] row 201, column "合计" is 10.00 and the sum of its child rows gives 4.00 ([Expenditure] row 20101, column "合计" (4.00)), but the table has rows or columns the reader could not place: not checked.',
    ]);
  });

  it("an unjudged sum beside a real break still fails the rule", () => {
    // 302 printed 5.00 over 30201 2.00 + 30202 2.00 = 4.00: a real break of 1.00
    const basic = tableBuilder(henan2024, "gpbBasic")
      .row("302", { total: "5.00" }, "商品和服务支出")
      .row("30201", { total: "2.00" }, "办公费")
      .row("30202", { total: "2.00" }, "印刷费")
      .build().value;
    const r = check(withUnplacedRow, basic);
    expect(outcome(r, "rollup")).toBe("fail");
    expect(
      findings(r, "rollup").map((f) => [f.path?.table, f.outcome, f.severity, f.difference]),
    ).toEqual([
      ["expenditure", "insufficient-data", "info", "6.00"],
      ["gpbBasic", "fail", "error", "1.00"],
    ]);
  });
});
