import { describe, expect, it } from "vitest";
import { amount } from "../../amount";
import type { Fact } from "../../facts";
import type { DerivedFact } from "../../rules/derive";
import { compareClaim, half, percentWithinRounding } from "./compare";

const fact = (value: string, row = "total"): Fact => ({
  concept: "spending",
  coords: {},
  value: amount(value),
  source: { table: "expenditure", row, column: "total", raw: value },
});
const cmp = (text: string, table: string) => compareClaim(fact(text), fact(table));

describe("compareClaim: one digit off, and no more", () => {
  it("two adjacent digits changed, not swapped, are two errors", () => {
    // 969.06 → 998.06 (6→9, 9→8) and 986.06 (6→8, 9→6): neither is 969.06 with a swap
    expect([cmp("998.06", "969.06"), cmp("986.06", "969.06")]).toEqual(["differ", "differ"]);
  });

  it("a swap with another digit changed as well is two errors", () => {
    // 123.45 → 213.55: 1 and 2 swapped, and 4 → 5
    expect([cmp("213.45", "123.45"), cmp("213.55", "123.45")]).toEqual(["digit", "differ"]);
  });
});

describe("compareClaim: a sum of figures printed at different precisions", () => {
  it("is only rounding when the text is within the parts' rounding, not a digit off", () => {
    // 500.03 + 469.0 = 969.03, the second part printed to 0.1万元: the whole is 968.975 … 969.085
    const parts = [fact("500.03", "basic"), fact("469.0", "project")];
    const sum: DerivedFact = {
      concept: "spending",
      coords: {},
      value: amount("969.03"),
      table: "expenditure",
      via: { kind: "decomposition", id: "spending.nature" },
      parts,
      sources: parts.map((p) => p.source),
    };
    expect(compareClaim(fact("969.08"), sum)).toBe("rounding");
    expect(compareClaim(fact("969.20"), sum)).toBe("differ");
  });
});

describe("percentWithinRounding: the printed rate's interval is closed", () => {
  const exact = (printed: string, part: string, whole: string) =>
    percentWithinRounding(printed, amount(part), amount(whole), amount("0"), amount("0"));
  it("meets the exact rate at either end of half a printed unit", () => {
    // 1,009 / 2,000 = 50.45 % and 1,011 / 2,000 = 50.55 %: both at the edge of 50.5's interval
    expect([exact("50.5", "1009", "2000"), exact("50.5", "1011", "2000")]).toEqual([true, true]);
    expect([exact("50.5", "1008", "2000"), exact("50.5", "1012", "2000")]).toEqual([false, false]);
    expect(half(amount("50.5")).value).toBe("0.05");
  });
});

describe("compareClaim: a figure of the opposite sign", () => {
  it("is another figure, not one digit off (the digits agree, the sign does not)", () => {
    // −5.00 against 5.00 (a decrease printed where the tables increase, or the reverse)
    expect([cmp("-5.00", "5.00"), cmp("5.00", "-5.00")]).toEqual(["differ", "differ"]);
    // a sign and a digit: −5.01 against 5.00
    expect(cmp("-5.01", "5.00")).toBe("differ");
    // restated across units: −12.35万元 against 123,450元
    const yuan = (v: string): Fact => ({ ...fact("0"), value: amount(v, "元") });
    expect(compareClaim(fact("-12.35"), yuan("123450"))).toBe("differ");
  });

  it("of the same sign, is compared as before: equal, rounded, one digit off", () => {
    const yuan = (v: string): Fact => ({ ...fact("0"), value: amount(v, "元") });
    // −123,450元 is −12.345万元: −12.35 rounded half away from zero, −12.34 truncated
    expect(compareClaim(fact("-12.35"), yuan("-123450"))).toBe("equal");
    expect(compareClaim(fact("-12.34"), yuan("-123450"))).toBe("truncated");
    expect([cmp("-5.00", "-5.00"), cmp("-5.10", "-5.00"), cmp("-50.0", "-5.00")]).toEqual([
      "equal",
      "digit",
      "digit",
    ]);
    // zero has no sign: −0.00 is 0.00
    expect(cmp("-0.00", "0.00")).toBe("equal");
  });
});
