/**
 * A well-formed figure printed with a money unit the reader does not take (`11.00百万元`,
 * `1100千元`, `0.11亿元` in a table in 万元) is coverage, not a fault of the document: the cell is
 * kept as printed with a typed `unit-not-taken` problem (or `cell-unit` for a unit the library
 * knows), never `malformed-amount` nor a `cell.unreadable` finding, and never rescaled. `万`
 * alone is 万元 (read like `1,100.00万元`). Real garbage stays `cell.unreadable`, and a wrong
 * figure elsewhere in the same table is still caught.
 */
import { describe, expect, it } from "vitest";
import { parseAmount } from "../amount";
import { checkNational, readNational, serious } from "./test-support";
import type { PrintedTable } from "./types";

const table = (total: string, unit = "单位：万元", basic = "300.00"): PrintedTable => ({
  title: "2025年部门支出总表",
  unit,
  headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
  rows: [
    ["", "合计", total, basic, "800.00"],
    ["212", "城乡社区支出", "1,100.00", "300.00", "800.00"],
    ["21201", "城乡社区管理事务", "1,100.00", "300.00", "800.00"],
    ["2120101", "行政运行", "300.00", "300.00", ""],
    ["2120104", "城管执法", "800.00", "", "800.00"],
  ],
});
const inYuan = (total: string, basic = "3,000,000.00"): PrintedTable => ({
  ...table(total, "单位：元", basic),
  rows: [
    ["", "合计", total, basic, "8,000,000.00"],
    ["212", "城乡社区支出", "11,000,000.00", "3,000,000.00", "8,000,000.00"],
    ["21201", "城乡社区管理事务", "11,000,000.00", "3,000,000.00", "8,000,000.00"],
    ["2120101", "行政运行", "3,000,000.00", "3,000,000.00", ""],
    ["2120104", "城管执法", "8,000,000.00", "", "8,000,000.00"],
  ],
});
const ids = (p: PrintedTable) => serious(checkNational(p)).map((f) => f.ruleId);
const codes = (p: PrintedTable) => readNational(p).problems.map((x) => x.code);

describe("a figure in a money unit not taken", () => {
  it.each([
    ["11.00百万元", "百万元"],
    ["9.6906百万元", "百万元"],
    ["１１．００百万元", "百万元"],
    ["11.00 百万元", "百万元"],
    ["11.00（百万元）", "百万元"],
    ["￥11.00百万元", "百万元"],
    ["1100千元", "千元"],
    ["11,000.00千元", "千元"],
    ["110.00十万元", "十万元"],
    ["1.10千万元", "千万元"],
    ["0.11亿", "亿元"],
    ["11.00百万", "百万"],
  ])("%s in a table in 万元: kept, coverage, no cell.unreadable", (cell, unit) => {
    const r = readNational(table(cell));
    expect(r.table?.rows[0]?.cells.total).toBe(cell);
    expect(codes(table(cell))).not.toContain("malformed-amount");
    const problem = r.problems.find((p) => p.code === "unit-not-taken" || p.code === "cell-unit");
    expect(problem).toMatchObject({ unit });
    expect(ids(table(cell))).not.toContain("cell.unreadable");
  });

  it.each(["11.00百万元", "1100千元", "0.11亿元", "1,100.00万元", "1,100.00万"])(
    "%s in a table in 元: no cell.unreadable",
    (cell) => {
      expect(codes(inYuan(cell))).not.toContain("malformed-amount");
      expect(ids(inYuan(cell))).not.toContain("cell.unreadable");
    },
  );

  it.each(["0.11亿元", "1,100.00元"])(
    "%s in a table in 万元: cell-unit, no cell.unreadable",
    (cell) => {
      expect(codes(table(cell))).toContain("cell-unit");
      expect(ids(table(cell))).not.toContain("cell.unreadable");
    },
  );

  it.each(["1,100.00万", "1100.00 万", "１，１００．００万"])(
    "%s in a table in 万元 reads as 1100.00 万元",
    (cell) => {
      const r = readNational(table(cell));
      const parsed = parseAmount(r.table?.rows[0]?.cells.total ?? "");
      expect(parsed.ok && parsed.value?.value).toBe("1100.00");
      expect(codes(table(cell))).toContain("dressed-amount");
      expect(ids(table(cell))).toEqual([]);
    },
  );

  it.each(["12.3.4", "6.5O", "4,00", "11.00百万人", "百万元", "11.00百万元x", "11..00千元"])(
    "%s is still cell.unreadable",
    (cell) => {
      expect(ids(table(cell))).toContain("cell.unreadable");
    },
  );

  it.each([
    ["11.00百万元", "百万元"],
    ["1100千元", "千元"],
    ["11.00（百万元）", "百万元"],
  ])("%s is named unit-not-taken in the coverage, not malformed-amount", (cell, unit) => {
    const gaps = checkNational(table(cell)).coverage.tables.flatMap((t) => t.gaps);
    expect(gaps).toContainEqual(
      expect.objectContaining({
        code: "unit-not-taken",
        row: expect.any(String),
        column: "total",
        raw: cell,
        unit,
      }),
    );
    expect(gaps.map((g) => g.code)).not.toContain("malformed-amount");
    // Garbage is still named so.
    const garbage = checkNational(table("6.5O")).coverage.tables.flatMap((t) => t.gaps);
    expect(garbage.map((g) => g.code)).toContain("malformed-amount");
  });

  it("a wrong figure elsewhere in the same table is still caught", () => {
    expect(ids(table("11.00百万元", "单位：万元", "310.00")).length).toBeGreaterThan(0);
    expect(ids(inYuan("11.00百万元", "3,100,000.00")).length).toBeGreaterThan(0);
  });
});
