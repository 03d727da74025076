import { describe, expect, it } from "vitest";
import { type Amount, amount, type Unit } from "../amount";
import type { LoweredTable } from "../disclosure";
import type { Fact } from "../facts";
import {
  type Bounds,
  boundsOf,
  compareBounds,
  differenceOf,
  exactZeroBounds,
  exactZeros,
} from "./compare";
import type { AnyFact, DerivedFact } from "./derive";

/**
 * Bounds and comparisons of printed and derived facts (XBRL-style intervals, DOMAIN §5): a
 * printed 1.5 stands for [1.45, 1.55]; a sum's interval is the sum of its parts' intervals. The
 * ends are worked out by hand in each test.
 */

const fact = (raw: string, unit: Unit = "万元"): Fact => ({
  concept: "spending",
  coords: {},
  value: raw === "" ? null : amount(raw, unit),
  source: { table: "t", row: "total", column: "c", raw },
});
const sum = (value: string | null, parts: AnyFact[], unit: Unit = "万元"): DerivedFact => ({
  concept: "spending",
  coords: {},
  value: value === null ? null : amount(value, unit),
  table: "t",
  via: { kind: "rollup", column: "c" },
  parts,
  sources: [],
});
const ends = (b: Bounds) => [b.low.value, b.high.value, b.low.unit];
const show = (a: Amount | undefined) => (a === undefined ? undefined : `${a.value}${a.unit}`);

describe("boundsOf", () => {
  it("a printed figure: its half-step interval and its unit:decimals regime", () => {
    const b = boundsOf(fact("1.5"));
    expect(b.value.value).toBe("1.5");
    expect(ends(b)).toEqual(["1.45", "1.55", "万元"]);
    expect(b.precision).toBe("万元:1");
    expect(show(b.printed)).toBe("1.5万元");
    expect(boundsOf(fact("25177789", "元")).precision).toBe("元:0");
    expect(ends(boundsOf(fact("25177789", "元")))).toEqual(["25177788.5", "25177789.5", "元"]);
  });

  it("a blank: zero, exactly, with no regime", () => {
    const b = boundsOf(fact(""));
    expect(b.value.value).toBe("0");
    expect(ends(b)).toEqual(["0", "0", "万元"]);
    expect(b.precision).toBe("blank");
    expect(b.printed).toBeUndefined();
  });

  it("a sum of one precision: the parts' ends summed (1.5 + 2.25 → [3.695, 3.805])", () => {
    const b = boundsOf(sum("3.75", [fact("1.5"), fact("2.25")]));
    // 1.45 + 2.245 = 3.695; 1.55 + 2.255 = 3.805
    expect(ends(b)).toEqual(["3.695", "3.805", "万元"]);
    expect(b.precision).toBe("mixed");
    expect(b.printed).toBeUndefined();
    const same = boundsOf(sum("3.75", [fact("1.50"), fact("2.25")]));
    expect(same.precision).toBe("万元:2");
    expect(ends(same)).toEqual(["3.740", "3.760", "万元"]);
  });

  it("the widest decimals win whichever part has them (2.25 + 1.5 → [3.695, 3.805])", () => {
    expect(ends(boundsOf(sum("3.75", [fact("2.25"), fact("1.5")])))).toEqual([
      "3.695",
      "3.805",
      "万元",
    ]);
  });

  it("a sum across units: the ends added in the finer unit (1.00万元 + 5元)", () => {
    const b = boundsOf(sum("10005", [fact("1.00"), fact("5", "元")], "元"));
    // [0.995万元, 1.005万元] = [9,950元, 10,050元]; 5元 is [4.5, 5.5]
    expect(ends(b)).toEqual(["9954.5", "10055.5", "元"]);
    expect(b.precision).toBe("mixed");
    const first元 = boundsOf(sum("10005", [fact("5", "元"), fact("1.00")], "元"));
    expect(ends(first元)).toEqual(["9954.5", "10055.5", "元"]);
  });

  it("a sum of one part: that part's ends", () => {
    const b = boundsOf(sum("1.5", [fact("1.5")]));
    expect(ends(b)).toEqual(["1.45", "1.55", "万元"]);
    expect(b.precision).toBe("万元:1");
  });

  it("blank parts add nothing and set no regime", () => {
    const b = boundsOf(sum("2.00", [fact(""), fact("2.00"), fact("")]));
    expect(b.precision).toBe("万元:2");
    expect(ends(b)).toEqual(["1.995", "2.005", "万元"]);
    const blank = boundsOf(sum(null, [fact(""), fact("")]));
    expect(blank.precision).toBe("blank");
    expect(blank.value.value).toBe("0");
  });

  it("printed zero parts (0, 0.00, 0元) add exactly nothing and set no regime", () => {
    // 2.00 + 0 + 0.00: [1.995, 2.005] from 2.00 alone, regime 万元:2 (a 0 made it mixed, ±0.5)
    const b = boundsOf(sum("2.00", [fact("2.00"), fact("0"), fact("0.00")]));
    expect(b.precision).toBe("万元:2");
    expect(ends(b)).toEqual(["1.995", "2.005", "万元"]);
    // a 0元 part: the ends in the finer unit, still only 2.00's half step (19,950 – 20,050 元)
    const yuan = boundsOf(sum("2.00", [fact("2.00"), fact("0", "元")]));
    expect([
      yuan.precision,
      Number(yuan.low.value),
      Number(yuan.high.value),
      yuan.low.unit,
    ]).toEqual(["万元:2", 19950, 20050, "元"]);
    const zeros = boundsOf(sum("0", [fact("0"), fact("0.00")]));
    expect([zeros.precision, Number(zeros.low.value), Number(zeros.high.value)]).toEqual([
      "blank",
      0,
      0,
    ]);
  });

  it("a whole-number sum keeps the tolerance of its nonzero parts: 1 + 2 + 0 → [2, 4)", () => {
    const b = boundsOf(sum("3", [fact("1"), fact("2"), fact("0")]));
    expect(b.precision).toBe("万元:0");
    expect(ends(b)).toEqual(["2.0", "4.0", "万元"]);
  });

  it("a printed zero on its own keeps its interval (0 → (−0.5, 0.5))", () => {
    expect(ends(boundsOf(fact("0")))).toEqual(["-0.5", "0.5", "万元"]);
  });

  it("a sum with no parts: its own value, exactly, with no regime", () => {
    const b = boundsOf(sum("4.00", []));
    expect(b.value.value).toBe("4.00");
    expect(ends(b)).toEqual(["4.00", "4.00", "万元"]);
    expect(b.precision).toBe("blank");
    expect(boundsOf(sum(null, [])).value.value).toBe("0");
  });

  it("a nested sum bounds its inner sum once per cache, and the same without one", () => {
    const inner = sum("3.00", [fact("1.00"), fact("2.00")]);
    const outer = sum("4.00", [inner, fact("1.00")]);
    const cache = new Map<AnyFact, Bounds>();
    const b = boundsOf(outer, cache);
    expect(ends(b)).toEqual(["3.985", "4.015", "万元"]);
    expect(cache.has(inner)).toBe(true);
    expect(boundsOf(inner, cache)).toBe(cache.get(inner));
    expect(boundsOf(outer, cache)).toBe(b);
    expect(ends(boundsOf(outer))).toEqual(["3.985", "4.015", "万元"]);
    expect(boundsOf(outer)).not.toBe(boundsOf(outer));
  });
});

describe("compareBounds", () => {
  const cmp = (a: AnyFact, b: AnyFact) => compareBounds(boundsOf(a), boundsOf(b));

  it("equal values are equal, whatever their precision or unit", () => {
    expect(cmp(fact("2.50"), fact("2.5"))).toBe("equal");
    expect(cmp(fact("2.50"), fact("25000", "元"))).toBe("equal");
  });

  it("at one precision any difference is real", () => {
    expect(cmp(fact("6.50"), fact("6.51"))).toBe("differ");
  });

  it("a blank against a figure is a real difference", () => {
    expect(cmp(fact(""), fact("0.01"))).toBe("differ");
    expect(cmp(fact("0.01"), fact(""))).toBe("differ");
  });

  it("across precisions, intervals that meet: rounding", () => {
    // 2,517.78万元 = [25,177,750, 25,177,850]元; 25,177,789元 inside it
    expect(cmp(fact("2517.78"), fact("25177789", "元"))).toBe("rounding");
    expect(cmp(fact("25177789", "元"), fact("2517.78"))).toBe("rounding");
    // 1.5 = [1.45, 1.55] meets 1.549 = [1.5485, 1.5495]
    expect(cmp(fact("1.5"), fact("1.549"))).toBe("rounding");
    // 2 = [1.5, 2.5] meets 1.5 = [1.45, 1.55]
    expect(cmp(fact("2"), fact("1.5"))).toBe("rounding");
    expect(cmp(fact("1.50"), fact("1.5"))).toBe("equal");
  });

  it("only truncation explains it: truncated, whichever side was truncated", () => {
    // 2,517.77万元 truncated stands for [25,177,700, 25,177,800]元, which holds 25,177,789元
    expect(cmp(fact("2517.77"), fact("25177789", "元"))).toBe("truncated");
    expect(cmp(fact("25177789", "元"), fact("2517.77"))).toBe("truncated");
  });

  it("beyond rounding and truncation: differ", () => {
    // 2,517.70万元 truncated is [25,177,000, 25,177,100]元: 25,177,789元 is outside
    expect(cmp(fact("2517.70"), fact("25177789", "元"))).toBe("differ");
    // 1.5 = [1.45, 1.55], truncated [1.5, 1.6]; 1.66 = [1.655, 1.665], truncated [1.66, 1.67]
    expect(cmp(fact("1.5"), fact("1.66"))).toBe("differ");
    // 1.56 lies in the truncated 1.5, [1.5, 1.6]
    expect(cmp(fact("1.5"), fact("1.56"))).toBe("truncated");
  });

  it("a sum of parts each truncated (DOMAIN §4): truncated, not a difference", () => {
    // 12.34 + 12.34 万元 truncated stand for [24.68, 24.70]万元, which holds 246,913元; rounded
    // half-up they stand for [24.67, 24.69], which does not
    const truncated = sum("24.68", [fact("12.34"), fact("12.34")]);
    expect(cmp(fact("246913", "元"), truncated)).toBe("truncated");
    expect(cmp(truncated, fact("246913", "元"))).toBe("truncated");
    expect(show(boundsOf(truncated).truncated?.low)).toBe("24.680万元");
    expect(show(boundsOf(truncated).truncated?.high)).toBe("24.700万元");
    // a blank or a zero part adds nothing to the interval; a nested sum adds its own
    const nested = sum("24.68", [
      sum("12.34", [fact("12.34"), fact("")]),
      fact("12.34"),
      fact("0"),
    ]);
    expect(cmp(fact("246913", "元"), nested)).toBe("truncated");
    // whole 万元 truncated: 12 + 12 stand for [24, 26]
    expect(cmp(fact("251000", "元"), sum("24", [fact("12"), fact("12")]))).toBe("truncated");
    // beyond the parts' truncation too: a real difference
    expect(cmp(fact("247013", "元"), truncated)).toBe("differ");
    expect(cmp(fact("246650", "元"), truncated)).toBe("differ");
    // a sum of blanks states no printed figure to truncate
    expect(boundsOf(sum(null, [fact("")])).truncated).toBeUndefined();
  });

  it("a sum of 0.00 figures with a zero printed 0 is exact: 441.30 against 440.88 differs", () => {
    const parts = [fact("400.00"), fact("40.88"), fact("0"), fact("0"), fact("0")];
    expect(compareBounds(boundsOf(fact("441.30")), boundsOf(sum("440.88", parts)))).toBe("differ");
    // its whole-number parts still stand for ±0.5 each: 1 + 2 + 0 against 3.40 is rounding
    const whole = sum("3", [fact("1"), fact("2"), fact("0")]);
    expect(compareBounds(boundsOf(fact("3.40")), boundsOf(whole))).toBe("rounding");
  });

  it("two sums of mixed precision are compared on their intervals", () => {
    const a = sum("3.75", [fact("1.5"), fact("2.25")]);
    const b = sum("3.80", [fact("1.5"), fact("2.30")]);
    // [3.695, 3.805] meets [3.745, 3.855]; both regimes are "mixed"
    expect(cmp(a, b)).toBe("rounding");
    const far = sum("4.00", [fact("1.5"), fact("2.50")]);
    // [3.945, 4.055] does not meet [3.695, 3.805], nor the parts of either truncated ([3.75, 3.86],
    // [4.00, 4.11])
    expect(cmp(a, far)).toBe("differ");
  });
});

describe("differenceOf", () => {
  it("is actual − expected, in the finer unit", () => {
    expect(show(differenceOf(amount("10.00"), amount("12.50")))).toBe("2.50万元");
    expect(show(differenceOf(amount("2.50"), amount("25100", "元")))).toBe("100元");
    expect(show(differenceOf(amount("3.00"), amount("1.00")))).toBe("-2.00万元");
  });
});

describe("exactZeros", () => {
  /** A lowered table of one row holding these facts. */
  const table = (...facts: Fact[]): LoweredTable => ({
    table: { kind: "t", unit: "万元", rows: [] },
    kind: undefined,
    rows: [
      { index: 0, id: "total", row: { key: { kind: "total" }, cells: {} }, coords: {}, facts },
    ],
    problems: [],
  });

  it("a 0 in a table printing its other figures with decimals is exact: 0 against 0.30 differs", () => {
    const zero = fact("0");
    const exact = exactZeros([table(zero, fact("0.10"), fact("0.20"), fact("0.00"), fact(""))]);
    expect(exact.has(zero)).toBe(true);
    const parts = sum("0.30", [fact("0.10"), fact("0.20")]);
    // as a figure of its own, a 0 stands for (−0.5, 0.5): rounding would explain 0.30
    expect(compareBounds(boundsOf(zero), boundsOf(parts))).toBe("rounding");
    expect(compareBounds(exactZeroBounds(zero), boundsOf(parts))).toBe("differ");
    expect(compareBounds(exactZeroBounds(zero), boundsOf(sum("0.00", [fact("0.00")])))).toBe(
      "equal",
    );
  });

  it("decides per table: whole figures, or zeros only, keep a 0's half step", () => {
    const [inWhole, inZeros, inDecimals] = [fact("0"), fact("0"), fact("0")];
    const exact = exactZeros([
      table(inWhole, fact("4"), fact("0.50")),
      table(inZeros, fact("0.00"), fact("")),
      table(inDecimals, fact("1.5")),
    ]);
    expect([exact.has(inWhole), exact.has(inZeros), exact.has(inDecimals)]).toEqual([
      false,
      false,
      true,
    ]);
  });
});
