import { describe, expect, it } from "vitest";
import { lowerTable, type Row } from "../disclosure";
import { henan2024 } from "../templates";
import { decomposeTable } from "./derive";

/**
 * A decomposition whose sum is the figure its table prints for the same identity (a 支出表's
 * 合计 = 基本 + 项目 where the row adds up) holds the printed amount and coordinates themselves, not
 * copies: the copies are what a check keeps per derived fact (both are read-only). Where
 * the sum differs, or is printed otherwise, it is its own amount, and a wrong figure is still
 * compared against the true sum.
 */

const expenditure = (rows: Row[]) =>
  lowerTable({ kind: "expenditure", unit: "万元", rows }, henan2024);
const fn = (code: string, cells: Record<string, string>): Row => ({
  key: { kind: "functional", code },
  cells,
});
const totalOf = (rows: Row[]) => {
  const lt = expenditure(rows);
  const printed = lt.rows[0]?.facts.find((f) => f.source.column === "total");
  const derived = decomposeTable(lt).find(
    (d) => d.coords.nature === undefined && d.coords.functional === "2010101",
  );
  return { printed, derived };
};

describe("decomposeTable: a sum equal to its printed figure", () => {
  it("holds the printed amount where the row adds up", () => {
    const { printed, derived } = totalOf([
      fn("2010101", { total: "5.50", basic: "2.25", project: "3.25" }),
    ]);
    expect(derived?.value).toEqual({ value: "5.50", unit: "万元", decimals: 2 });
    expect(derived?.value).toBe(printed?.value);
    // Its coordinates are the printed fact's too (the same keys in the same order).
    expect(derived?.coords).toEqual({ functional: "2010101" });
    expect(derived?.coords).toBe(printed?.coords);
  });

  it("makes its own amount where the row does not add up (the wrong figure is still caught)", () => {
    const { printed, derived } = totalOf([
      fn("2010101", { total: "5.60", basic: "2.25", project: "3.25" }),
    ]);
    expect(derived?.value).toEqual({ value: "5.50", unit: "万元", decimals: 2 });
    expect(printed?.value?.value).toBe("5.60");
  });

  it("makes its own amount where the printed figure has another precision or is blank", () => {
    const coarser = totalOf([fn("2010101", { total: "5.5", basic: "2.25", project: "3.25" })]);
    expect(coarser.derived?.value).toEqual({ value: "5.50", unit: "万元", decimals: 2 });
    const blank = totalOf([fn("2010101", { total: "", basic: "2.25", project: "3.25" })]);
    expect(blank.derived?.value).toEqual({ value: "5.50", unit: "万元", decimals: 2 });
  });

  it("keeps a sum of zero as zero, whatever sign a printed zero has", () => {
    const { derived } = totalOf([
      fn("2010101", { total: "-0.00", basic: "0.00", project: "0.00" }),
    ]);
    expect(derived?.value?.value).toBe("0.00");
  });
});
