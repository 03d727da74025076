import { describe, expect, it } from "vitest";
import { read } from "./test-support";

describe("extractClaims: a negating prefix blocks the fund or measure word after it", () => {
  it.each([
    "收入预算1,212.12万元，其中：财政拨款收入950.12万元，非财政拨款收入262.00万元。",
    "支出预算1,212.12万元，其中：财政拨款支出预算950.12万元；非财政拨款支出预算262.00万元。",
    "收入预算1,212.12万元，其中：财政拨款收入950.12万元；非财政拨款资金安排的收入262.00万元。",
    "收入预算1,212.12万元，其中：财政拨款收入950.12万元，非一般公共预算收入262.00万元，占21.62%。",
  ])("the complement's figures are of no measure: %s", (text) => {
    const r = read(text);
    expect(r.claims.join("\n")).not.toContain("262.00");
    expect(r.claims.join("\n")).not.toContain("21.62");
    expect(r.unplaced.some((u) => u.startsWith("no-subject true [262.00万元]"))).toBe(true);
  });

  it("the fund word after any other character is still read", () => {
    expect(read("其中：本年财政拨款收入950.12万元，比上年增长5.00%。").claims).toEqual([
      "amount revenue|fund=government 950.12万元 current budget equals [950.12万元]",
      "percent growth revenue|fund=government 5.00 up c0",
    ]);
  });

  it("a negated measure (`非项目支出`) is no measure either", () => {
    expect(read("2024年非项目支出682.06万元。").claims).toEqual([]);
  });

  it("in a 分别 list only the negated word's own figure is of none", () => {
    const r = read(
      "2024年收入预算1,212.12万元，其中：财政拨款收入和非财政拨款收入分别为950.12万元、262.00万元。",
    );
    expect(r.claims).toContain(
      "amount revenue|fund=government 950.12万元 current budget equals [950.12万元]",
    );
    expect(r.claims.join("\n")).not.toContain("262.00");
    expect(r.unplaced.some((u) => u.startsWith("no-subject true [262.00万元]"))).toBe(true);
  });

  it("a short modifier between 非 and the word (`非同级财政拨款`) still negates it", () => {
    const r = read(
      "收入预算1,212.12万元，其中：财政拨款收入950.12万元，非同级财政拨款收入262.00万元。",
    );
    expect(r.claims.join("\n")).not.toContain("262.00");
    expect(r.unplaced.some((u) => u.startsWith("no-subject true [262.00万元]"))).toBe(true);
  });
});
