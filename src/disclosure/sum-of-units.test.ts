import { describe, expect, it } from "vitest";
import { nationalMinimum } from "../templates";
import { sumOfTheOthers, type TotalledTable } from "./sum-of-units";

const kind = nationalMinimum.tables.find((k) => k.id === "expenditure");
const table = (total: string, basic: string, unit = "万元"): TotalledTable => ({
  kind,
  unit,
  rows: [
    { key: { kind: "total" }, cells: { total, basic } },
    { key: { kind: "functional", code: "2050101" }, cells: { total, basic } },
  ],
});

describe("sumOfTheOthers", () => {
  it("finds the one table whose total row is the others' sum, wherever bound", () => {
    expect(
      sumOfTheOthers([table("10.00", "4.00"), table("20.00", "6.00"), table("30.00", "10.00")]),
    ).toBe(2);
    expect(
      sumOfTheOthers([table("30.00", "10.00"), table("10.00", "4.00"), table("20.00", "6.00")]),
    ).toBe(0);
  });

  it("across units of measure, a blank or a dash as zero", () => {
    expect(
      sumOfTheOthers([table("100000", "", "元"), table("20.00", "—"), table("30.00", "")]),
    ).toBe(2);
  });

  it("decides nothing with two tables, with none or several matching, or all zero", () => {
    expect(sumOfTheOthers([table("10.00", "4.00"), table("10.00", "4.00")])).toBeUndefined();
    expect(
      sumOfTheOthers([table("10.00", "4.00"), table("20.00", "6.00"), table("31.00", "10.00")]),
    ).toBeUndefined();
    expect(sumOfTheOthers([table("0", ""), table("0", ""), table("0", "")])).toBeUndefined();
    expect(
      sumOfTheOthers([table("10.00", ""), table("0", ""), table("10.00", "")]),
    ).toBeUndefined();
  });

  it("decides nothing where a table has no total row, or an amount that is none", () => {
    const untotalled: TotalledTable = { ...table("10.00", ""), rows: [] };
    expect(sumOfTheOthers([untotalled, table("20.00", ""), table("30.00", "")])).toBeUndefined();
    expect(
      sumOfTheOthers([table("1o.00", ""), table("20.00", ""), table("30.00", "")]),
    ).toBeUndefined();
    expect(
      sumOfTheOthers([table("10.00", "", "千元"), table("20.00", ""), table("30.00", "")]),
    ).toBeUndefined();
  });
});
