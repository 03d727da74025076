/**
 * `besideReading`: which total a bare header beside balances prints, by its figures alone. The
 * rows are `total | part | part | balance`; the expected readings worked by hand.
 */
import { describe, expect, it } from "vitest";
import { besideReading } from "./beside-sums";

const read = (rows: readonly (readonly string[])[]) => besideReading(rows, 0, [1, 2], [3]);

describe("besideReading", () => {
  it("Σ parts on every row printing a balance: the year's total", () => {
    // 30.00 = 10.00 + 20.00 beside a balance of 5.00; the row without a balance tells nothing.
    expect(
      read([
        ["30.00", "10.00", "20.00", "5.00"],
        ["7.00", "7.00", "", ""],
      ]),
    ).toBe("year");
  });

  it("Σ parts + the balance on every such row: the grand total", () => {
    // 35.00 = 10.00 + 20.00 + 5.00; 1,002.50 = 1,000.00 + 2.50 (blank part read as zero).
    expect(
      read([
        ["35.00", "10.00", "20.00", "5.00"],
        ["1,002.50", "1,000.00", "", "2.50"],
      ]),
    ).toBe("grand");
  });

  it("the year's on one row, the grand total's on another: undecided", () => {
    expect(
      read([
        ["30.00", "10.00", "20.00", "5.00"],
        ["12.00", "10.00", "", "2.00"],
      ]),
    ).toBe(undefined);
  });

  it("neither on a row (a wrong figure where a balance is printed): undecided", () => {
    expect(read([["31.00", "10.00", "20.00", "5.00"]])).toBe(undefined);
  });

  it("no row printing a balance other than zero: undecided", () => {
    expect(
      read([
        ["30.00", "10.00", "20.00", "0.00"],
        ["7.00", "7.00", "", ""],
      ]),
    ).toBe(undefined);
  });

  it("a row whose cells are no amounts (the header printed again) tells nothing", () => {
    const rows = [
      ["合计", "财政拨款", "其他", "年初结转和结余"],
      ["30.00", "10.00", "20.00", "5.00"],
    ];
    expect(read(rows)).toBe("year");
  });
});
