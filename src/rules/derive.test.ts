import { describe, expect, it } from "vitest";
import { lowerTable, type Row, type Table } from "../disclosure";
import { henan2024 } from "../templates";
import {
  type AnyFact,
  type DerivedFact,
  isDerived,
  isIncomplete,
  readingGaps,
  rollUpTable,
  sourcesOf,
} from "./derive";

/**
 * The derived facts of one lowered table, on small Henan tables (no rules run): what each roll-up
 * sums, worked out by hand from the cells listed in each test; the reading gaps; the sources of a
 * fact. The decompositions are in derive-decompose.test.ts.
 */

const lower = (kind: string, rows: Row[], unit: Table["unit"] = "万元") =>
  lowerTable({ kind, unit, rows }, henan2024);
const fn = (code: string, cells: Record<string, string>): Row => ({
  key: { kind: "functional", code },
  cells,
});
const econ = (e: string, gov: string | undefined, cells: Record<string, string>): Row => ({
  key: gov === undefined ? { kind: "economic", econ: e } : { kind: "economic", econ: e, gov },
  cells,
});
/** A derived fact as [its coordinates, its value, the column it sums]. */
const brief = (d: DerivedFact) => [
  d.coords,
  d.value?.value ?? null,
  d.via.kind === "rollup" ? d.via.column : d.via.id,
];
const at = (ds: readonly DerivedFact[], coords: object, column = "total") =>
  ds.find(
    (d) =>
      d.via.kind === "rollup" &&
      d.via.column === column &&
      JSON.stringify(d.coords) === JSON.stringify(coords),
  );

describe("rollUpTable", () => {
  it("sums 项 into their 款, 类 and the total (558.07 + 77.00 = 635.07)", () => {
    const ds = rollUpTable(
      lower("expenditure", [fn("2013101", { total: "558.07" }), fn("2013102", { total: "77.00" })]),
    );
    expect(ds.map(brief)).toEqual([
      [{ functional: "20131" }, "635.07", "total"],
      [{ functional: "201" }, "635.07", "total"],
      [{}, "635.07", "total"],
    ]);
    for (const d of ds) {
      expect(d.concept).toBe("spending");
      expect(d.table).toBe("expenditure");
      expect(d.sources.map((s) => s.row)).toEqual(["functional:2013101", "functional:2013102"]);
      expect(d.parts).toHaveLength(2);
      expect("incomplete" in d).toBe(false);
      expect(isIncomplete(d)).toBe(false);
    }
  });

  it("stops at the nearest printed row: a 类 sums its printed 款, not the 项 under it again", () => {
    const ds = rollUpTable(
      lower("expenditure", [
        fn("201", { total: "700.00" }),
        fn("20131", { total: "635.07" }),
        fn("2013101", { total: "558.07" }),
        fn("2013102", { total: "77.00" }),
        fn("20132", { total: "64.93" }),
      ]),
    );
    // 款 20131 from its 项; 类 201 from its two 款 (635.07 + 64.93); the total from 类 201 alone
    expect(at(ds, { functional: "20131" })?.value?.value).toBe("635.07");
    expect(at(ds, { functional: "201" })?.value?.value).toBe("700.00");
    expect(at(ds, { functional: "201" })?.sources.map((s) => s.row)).toEqual([
      "functional:20131",
      "functional:20132",
    ]);
    expect(at(ds, {})?.value?.value).toBe("700.00");
    expect(at(ds, {})?.sources.map((s) => s.row)).toEqual(["functional:201"]);
    expect(ds).toHaveLength(3);
  });

  it("sums two 类 separately and both into the total", () => {
    const ds = rollUpTable(
      lower("expenditure", [fn("20101", { total: "1.50" }), fn("20801", { total: "2.25" })]),
    );
    expect(ds.map(brief)).toEqual([
      [{ functional: "201" }, "1.50", "total"],
      [{}, "3.75", "total"],
      [{ functional: "208" }, "2.25", "total"],
    ]);
  });

  it("keeps the finer precision of the parts (1.5 + 2.25 = 3.75, two decimals)", () => {
    const ds = rollUpTable(
      lower("expenditure", [fn("2010101", { total: "1.5" }), fn("2010102", { total: "2.25" })]),
    );
    const total = at(ds, {});
    expect(total?.value?.value).toBe("3.75");
    expect(total?.value?.decimals).toBe(2);
    expect(total?.value?.unit).toBe("万元");
  });

  it("the precision is the widest part's, whatever its place (2.250 + 1.5 = 3.750)", () => {
    const total = at(
      rollUpTable(
        lower("expenditure", [fn("2010101", { total: "2.250" }), fn("2010102", { total: "1.5" })]),
      ),
      {},
    );
    expect(total?.value?.value).toBe("3.750");
    expect(total?.value?.decimals).toBe(3);
  });

  it("sums in the table's unit (元)", () => {
    const total = at(
      rollUpTable(
        lower(
          "expenditure",
          [fn("2010101", { total: "100" }), fn("2010102", { total: "23" })],
          "元",
        ),
      ),
      {},
    );
    expect(total?.value?.value).toBe("123");
    expect(total?.value?.unit).toBe("元");
  });

  it("an all-blank column sums to no value, a blank part adds nothing", () => {
    const ds = rollUpTable(
      lower("expenditure", [
        fn("2010101", { total: "", basic: "" }),
        fn("2010102", { total: "4.00", basic: "" }),
      ]),
    );
    expect(at(ds, {})?.value?.value).toBe("4.00");
    const basic = at(ds, { nature: "basic" }, "basic");
    expect(basic).toBeDefined();
    expect(basic?.value).toBeNull();
    expect(basic?.parts).toHaveLength(2);
  });

  it("a column's own coordinates join the coarser row's (基本支出 is nature basic)", () => {
    const ds = rollUpTable(
      lower("expenditure", [
        fn("2010101", { total: "3.00", basic: "2.00", project: "1.00" }),
        fn("2010102", { total: "5.00", basic: "5.00", project: "" }),
      ]),
    );
    expect(at(ds, { functional: "201", nature: "basic" }, "basic")?.value?.value).toBe("7.00");
    expect(at(ds, { nature: "project" }, "project")?.value?.value).toBe("1.00");
    expect(at(ds, {})?.value?.value).toBe("8.00");
  });

  it("a row the reader could not place marks every sum of its table incomplete", () => {
    const ds = rollUpTable(
      lower("expenditure", [
        fn("2010101", { total: "3.00" }),
        { key: { kind: "unplaced", label: "某项支出" }, cells: { total: "9.00" } },
      ]),
    );
    expect(ds.length).toBeGreaterThan(0);
    for (const d of ds) {
      expect(d.incomplete).toBe(true);
      expect(isIncomplete(d)).toBe(true);
    }
  });

  it("economic rows: a 款 rolls up to its 类 without its 政府经济分类 code, the total without either", () => {
    const ds = rollUpTable(
      lower("gpbBasic", [
        econ("30101", "50101", { total: "1.00", personnel: "1.00" }),
        econ("30102", "50101", { total: "2.00", personnel: "2.00" }),
      ]),
    );
    // fund gpb is the table's fixed coordinate; 301 and the total carry no gov code
    expect(ds.map(brief)).toEqual([
      [{ econ: "301", fund: "gpb", nature: "basic" }, "3.00", "total"],
      [{ econ: "301", fund: "gpb", nature: "basic.personnel" }, "3.00", "personnel"],
      [{ fund: "gpb", nature: "basic" }, "3.00", "total"],
      [{ fund: "gpb", nature: "basic.personnel" }, "3.00", "personnel"],
    ]);
  });

  it("a row with no facts contributes nothing; no printed row, no sums", () => {
    expect(rollUpTable(lower("expenditure", []))).toEqual([]);
    const ds = rollUpTable(lower("expenditure", [fn("2010101", { name: "行政运行" })]));
    expect(ds).toEqual([]);
  });
});

describe("readingGaps", () => {
  it("a clean table has none", () => {
    expect(readingGaps(lower("expenditure", [fn("2010101", { total: "1.00" })]))).toEqual({
      rows: false,
      lines: false,
      split: false,
    });
  });

  it("an unplaced row is a row gap; a line gap only where the table has lines", () => {
    const unplaced: Row = { key: { kind: "unplaced", label: "某行" }, cells: { total: "1.00" } };
    expect(readingGaps(lower("expenditure", [unplaced]))).toEqual({
      rows: true,
      lines: false,
      split: false,
    });
    const summary = lower("summary", [
      { key: { kind: "unplaced", label: "某收入" }, cells: { "income.amount": "1.00" } },
    ]);
    expect(readingGaps(summary)).toEqual({ rows: true, lines: true, split: false });
  });

  it("a functional or economic code that does not parse is a row gap", () => {
    expect(readingGaps(lower("expenditure", [fn("20x", { total: "1.00" })])).rows).toBe(true);
    expect(readingGaps(lower("gpbBasic", [econ("3x", undefined, { total: "1.00" })])).rows).toBe(
      true,
    );
  });

  it("a line the template does not know is a line gap", () => {
    const lt = lower("summary", [
      { key: { kind: "line", line: "revenue" }, cells: { "income.amount": "1.00" } },
      { key: { kind: "line", line: "no.such.line" }, cells: { "income.amount": "1.00" } },
    ]);
    expect(readingGaps(lt)).toEqual({ rows: false, lines: true, split: false });
    const known = lower("summary", [
      { key: { kind: "line", line: "revenue" }, cells: { "income.amount": "1.00" } },
    ]);
    expect(readingGaps(known)).toEqual({ rows: false, lines: false, split: false });
  });

  it("a figure under an unknown column is a split gap, a blank one is not", () => {
    expect(
      readingGaps(lower("expenditure", [fn("2010101", { total: "1.00", extra: "2.00" })])),
    ).toEqual({ rows: false, lines: false, split: true });
    expect(
      readingGaps(lower("expenditure", [fn("2010101", { total: "1.00", extra: "  " })])),
    ).toEqual({ rows: false, lines: false, split: false });
  });

  it("asks once per table: the same answer for the same lowered table", () => {
    const lt = lower("expenditure", [fn("20x", { total: "1.00" })]);
    expect(readingGaps(lt)).toBe(readingGaps(lt));
  });
});

describe("sourcesOf, isDerived", () => {
  it("a printed fact is its own source; a derived one cites its printed cells", () => {
    const lt = lower("expenditure", [fn("2010101", { total: "1.00" })]);
    const printed: AnyFact | undefined = lt.rows[0]?.facts[0];
    expect(printed && isDerived(printed)).toBe(false);
    expect(printed && sourcesOf(printed)).toEqual([printed?.source]);
    const [d] = rollUpTable(lt);
    expect(d && isDerived(d)).toBe(true);
    expect(d && sourcesOf(d)).toEqual([printed?.source]);
  });
});
