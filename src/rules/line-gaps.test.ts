/**
 * A row the reader left unplaced in a kind with lines may be a line it did not read: a sum of
 * parts printed on several rows (人员经费 line + 公用经费 line) may miss it, so a disagreement of
 * such a sum is insufficient data. A sum across one row's columns (合计 = 人员经费 + 公用经费 on the
 * 合计 row) can miss no other row's figure: its disagreement is still an error.
 */
import { describe, expect, it } from "vitest";
import { checkNational } from "../printed/test-support";
import type { PrintedTable } from "../printed/types";

const table = (rows: string[][], headers = ["经济分类科目编码", "经济分类科目名称", "合计"]) =>
  ({ title: "2025年一般公共预算基本支出表", unit: "单位：万元", headers, rows }) as PrintedTable;

const nature = (p: PrintedTable) =>
  checkNational(p)
    .findings.filter((f) => f.ruleId === "nature")
    .map((f) => `${f.outcome} ${f.path?.row}/${f.path?.column}`);

const UNPLACED = ["", "某某未知经费", "10.00"];

describe("a 基本支出表 with a row left unplaced", () => {
  it("the 合计 row's own sum across its columns is still checked: 500 ≠ 450 + 60", () => {
    const headers = ["经济分类科目编码", "经济分类科目名称", "合计", "人员经费", "公用经费"];
    const p = table(
      [
        ["", "合计", "500.00", "450.00", "60.00"],
        ["301", "工资福利支出", "450.00", "450.00", ""],
        ["302", "商品和服务支出", "60.00", "", "60.00"],
        ["", "某某未知经费", "10.00", "", "10.00"],
      ],
      headers,
    );
    expect(nature(p)).toContain("fail total/total");
  });

  it("a sum of lines on several rows may miss the unplaced row: not checked", () => {
    const rows = [
      ["", "合计", "180.00"],
      ["", "人员经费", "150.00"],
      ["301", "工资福利支出", "150.00"],
      ["", "公用经费", "20.00"],
      ["302", "商品和服务支出", "20.00"],
    ];
    // read whole, 180 ≠ 150 + 20 is an error …
    expect(nature(table(rows)).some((l) => l.startsWith("fail"))).toBe(true);
    // … with a row the reader could not place, it may be a third line: insufficient data
    const gap = nature(table([...rows, UNPLACED]));
    expect(gap.some((l) => l.startsWith("fail"))).toBe(false);
    expect(gap.some((l) => l.startsWith("insufficient-data"))).toBe(true);
  });
});
