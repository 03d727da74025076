import { describe, expect, it } from "vitest";
import { amount, type Unit } from "../../amount";
import type { Fact } from "../../facts";
import { atMostTable, compareClaim, half, percentWithinRounding, restated } from "./compare";

/** A printed figure as a fact (the text's or a table cell's). */
const fact = (value: string | null, unit: Unit = "万元"): Fact => ({
  concept: "spending",
  coords: {},
  value: value === null ? null : amount(value, unit),
  source: { table: "expenditure", row: "total", column: "total", raw: value ?? "" },
});
const cmp = (
  text: string,
  table: string | null,
  tableUnit: Unit = "万元",
  textUnit: Unit = "万元",
) => compareClaim(fact(text, textUnit), fact(table, tableUnit));

describe("compareClaim: a figure of the text against the tables'", () => {
  it("equal: the same number, or the tables' figure restated in the text's unit and rounded", () => {
    expect(cmp("969.06", "969.06")).toBe("equal");
    expect(cmp("969.060", "969.06")).toBe("equal");
    // 171,915,169元 printed as 17,192万元 (half-up)
    expect(cmp("17192", "171915169", "元")).toBe("equal");
    expect(cmp("17191", "171915169", "元")).toBe("truncated");
    expect(compareClaim({ ...fact("1.00"), value: null }, fact("2.00"))).toBe("equal");
  });

  it("a blank cell is no value: the text's zero agrees with it, another figure does not", () => {
    expect([cmp("0.00", null), cmp("0", null), cmp("0.10", null), cmp("10.00", null)]).toEqual([
      "equal",
      "equal",
      "differ",
      "differ",
    ]);
  });

  it("rounding: printed decimals dropped in the same unit is only rounding", () => {
    expect(cmp("969.1", "969.06")).toBe("rounding");
    expect(cmp("969", "969.06")).toBe("rounding");
    // 123.45万元 for 1,234,567.00元 is truncated (rounded it is 123.46)
    expect(cmp("123.45", "1234567.00", "元")).toBe("truncated");
    expect(cmp("123.46", "1234567.00", "元")).toBe("equal");
  });

  it("digit: one digit changed, added, dropped, two adjacent swapped, or the point moved", () => {
    expect(
      [
        ["969.60", "969.06"], // adjacent swap
        ["968.06", "969.06"], // one changed
        ["9690.06", "969.06"], // one added
        ["96.06", "969.06"], // one dropped
        ["96.906", "969.06"], // the point moved
        ["912.34", "969.06"], // three changed
        ["909.66", "969.06"], // two swapped, not adjacent
        ["978.06", "969.06"], // two adjacent changed, not swapped
        ["99690.06", "969.06"], // two added
        ["1969.07", "969.06"], // one added, one changed
      ].map(([text = "", table = ""]) => cmp(text, table)),
    ).toEqual([
      "digit",
      "digit",
      "digit",
      "digit",
      "digit",
      "differ",
      "differ",
      "differ",
      "differ",
      "differ",
    ]);
    // the text's figure against the tables' restated in its unit: 558.70 for 5,580,700元 → 558.07
    expect(cmp("558.70", "5580700", "元")).toBe("digit");
  });
});

describe("the rounding helpers", () => {
  it("restated: the tables' figure in the text's unit and decimals", () => {
    expect(restated(amount("1234567.00", "元"), amount("1.00")).value).toBe("123.46");
    expect(restated(amount("1234567.00", "元"), amount("1.00"), "truncate").value).toBe("123.45");
    expect(restated(amount("1234567.00", "元"), amount("1")).value).toBe("123");
  });

  it("half: half a unit of the last printed digit", () => {
    expect([half(amount("969.06")).value, half(amount("17192")).value]).toEqual(["0.005", "0.5"]);
    expect(half(amount("3", "元")).unit).toBe("元");
  });

  it("atMostTable: a part is at most the tables' whole, or its rounding", () => {
    expect(atMostTable(amount("287.00"), amount("287.00"))).toBe(true);
    expect(atMostTable(amount("286.99"), amount("287.00"))).toBe(true);
    expect(atMostTable(amount("287.01"), amount("287.00"))).toBe(false);
    // 287万元 for 2,865,000元 (286.5 rounds to 287)
    expect(atMostTable(amount("287"), amount("2865000", "元"))).toBe(true);
    expect(atMostTable(amount("287"), amount("2864999", "元"))).toBe(false);
  });

  it("percentWithinRounding: the printed rate meets what the rounded figures allow", () => {
    const pct = (printed: string, part: string, whole: string) =>
      percentWithinRounding(
        printed,
        amount(part),
        amount(whole),
        half(amount(part)),
        half(amount(whole)),
      );
    // 682.06 / 969.06 = 70.384…%
    expect([pct("70.38", "682.06", "969.06"), pct("70.4", "682.06", "969.06")]).toEqual([
      true,
      true,
    ]);
    expect([pct("70.40", "682.06", "969.06"), pct("70.37", "682.06", "969.06")]).toEqual([
      false,
      false,
    ]);
    // 1 / 3 = 33.3…%: 33% and 34% at the figures' rounding (0.5 / 2.5 … 1.5 / 3.5 with whole ±0.5)
    expect([pct("33", "1", "3"), pct("43", "1", "3"), pct("14", "1", "3")]).toEqual([
      true,
      true,
      true,
    ]);
    expect([pct("61", "1", "3"), pct("13", "1", "3")]).toEqual([false, false]);
    // a whole that may be nothing gives no rate
    expect(pct("100", "0.5", "0.5")).toBe(true);
    expect(pct("100", "1", "0")).toBe(false);
    expect(percentWithinRounding("50", amount("1"), amount("1"), amount("0"), amount("1"))).toBe(
      false,
    );
  });
});
