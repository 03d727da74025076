/**
 * The decompositions of one lowered table, on small Henan tables (no rules run): what each
 * decomposition (三公, 车辆, natures) sums, worked out by hand from the cells listed in each test,
 * and decompositions given as data. Roll-ups, reading gaps and sources are in derive.test.ts.
 */
import { describe, expect, it } from "vitest";
import { lowerTable, type Row, type Table } from "../disclosure";
import type { Decomposition } from "../facts";
import { henan2024 } from "../templates";
import { type DerivedFact, decomposeTable, isDerived, isIncomplete } from "./derive";

const lower = (kind: string, rows: Row[], unit: Table["unit"] = "万元") =>
  lowerTable({ kind, unit, rows }, henan2024);
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

const sanGong = (cells: Record<string, string>, extra: Row[] = []) =>
  lower("sanGong", [{ key: { kind: "single" }, cells }, ...extra]);
const byId = (ds: readonly DerivedFact[], id: string) =>
  ds.filter((d) => d.via.kind === "decomposition" && d.via.id === id);

describe("decomposeTable", () => {
  it("derives 车辆 from 购置 + 运行 and the 三公 total from its three items (DOMAIN I5)", () => {
    const ds = decomposeTable(
      sanGong({
        total: "6.50",
        abroad: "",
        vehicles: "4.00",
        "vehicles.purchase": "1.20",
        "vehicles.operation": "2.80",
        reception: "2.50",
      }),
    );
    expect(ds.map(brief)).toEqual([
      [{ item: "vehicles" }, "4.00", "sanGong.vehicles"],
      [{}, "6.50", "sanGong.total"],
    ]);
    const total = byId(ds, "sanGong.total")[0];
    expect(total?.concept).toBe("sanGong");
    expect(total?.table).toBe("sanGong");
    // the printed 车辆 cell is the part (the derived one stands beside it, not instead)
    expect(total?.parts.map((p) => isDerived(p))).toEqual([false, false, false]);
    expect(total?.sources.map((s) => s.column)).toEqual(["abroad", "vehicles", "reception"]);
    expect(total && isIncomplete(total)).toBe(false);
  });

  it("a derived part feeds a later whole, its printed cells among the whole's sources", () => {
    const ds = decomposeTable(
      sanGong({
        total: "6.50",
        abroad: "1.00",
        "vehicles.purchase": "1.20",
        "vehicles.operation": "2.80",
        reception: "1.50",
      }),
    );
    // 1.00 + (1.20 + 2.80) + 1.50
    const total = byId(ds, "sanGong.total")[0];
    expect(total?.value?.value).toBe("6.50");
    expect(total?.parts.map((p) => isDerived(p))).toEqual([false, true, false]);
    expect(total?.sources.map((s) => s.column)).toEqual([
      "abroad",
      "vehicles.purchase",
      "vehicles.operation",
      "reception",
    ]);
  });

  it("derives nothing when a required child is missing", () => {
    const ds = decomposeTable(sanGong({ total: "6.50", abroad: "1.00", vehicles: "4.00" }));
    expect(ds).toEqual([]);
  });

  it("an all-blank decomposition is kept with no value", () => {
    const ds = decomposeTable(sanGong({ total: "", abroad: "", vehicles: "", reception: "" }));
    expect(ds.map(brief)).toEqual([[{}, null, "sanGong.total"]]);
  });

  it("a figure under an unknown column marks the table's decompositions incomplete", () => {
    const ds = decomposeTable(
      sanGong({ total: "6.50", abroad: "1.00", vehicles: "4.00", reception: "1.50", x: "0.50" }),
    );
    expect(ds.map((d) => d.incomplete)).toEqual([true]);
  });

  it("the 基本支出 of an economic row derives from 人员 + 公用 of the same code", () => {
    const ds = decomposeTable(
      lower("gpbBasic", [
        econ("30201", "50201", { total: "5.00", personnel: "", public: "5.00" }),
        econ("30101", "50101", { total: "1.00", personnel: "1.00", public: "" }),
      ]),
    );
    const basic = byId(ds, "nature.basic");
    expect(basic.map(brief)).toEqual([
      [{ econ: "30201", gov: "50201", fund: "gpb", nature: "basic" }, "5.00", "nature.basic"],
      [{ econ: "30101", gov: "50101", fund: "gpb", nature: "basic" }, "1.00", "nature.basic"],
    ]);
  });
});

describe("decomposeTable, decompositions as data", () => {
  const income = (cells: Record<string, string>) =>
    lower("income", [{ key: { kind: "total" }, cells }]);
  const sumOf = (id: string, children: string[], optional: string[] = []): Decomposition => ({
    id,
    rule: "funds",
    parent: { coords: { fund: null } },
    children: children.map((f) => ({ coords: { fund: f } })),
    ...(optional.length > 0 ? { optional: optional.map((f) => ({ coords: { fund: f } })) } : {}),
  });

  it("an optional child counts where printed and is skipped where not", () => {
    const d = sumOf("t", ["gpb", "govFund"], ["soe"]);
    const [withSoe] = decomposeTable(income({ gpb: "10.00", govFund: "2.00", soe: "0.50" }), [d]);
    expect(withSoe?.value?.value).toBe("12.50");
    expect(withSoe?.parts).toHaveLength(3);
    const [without] = decomposeTable(income({ gpb: "10.00", govFund: "2.00" }), [d]);
    expect(without?.value?.value).toBe("12.00");
    expect(without?.parts).toHaveLength(2);
  });

  it("the parent's coordinates: the pattern's, the anchor's others kept, its own dims dropped", () => {
    const [d] = decomposeTable(income({ gpb: "10.00", govFund: "2.00" }), [
      sumOf("t", ["gpb", "govFund"]),
    ]);
    expect(d?.concept).toBe("revenue");
    expect(d?.coords).toEqual({});
    expect(d?.via).toEqual({ kind: "decomposition", id: "t" });
  });

  it("an alternative stands aside where the decomposition it replaces applied", () => {
    const first = sumOf("first", ["gpb", "govFund"]);
    const alt: Decomposition = { ...sumOf("alt", ["gpb", "soe"]), alternativeTo: "first" };
    const both = decomposeTable(income({ gpb: "10.00", govFund: "2.00", soe: "1.00" }), [
      first,
      alt,
    ]);
    expect(both.map(brief)).toEqual([[{}, "12.00", "first"]]);
    // where the first does not apply (no 政府性基金), the alternative does
    const altOnly = decomposeTable(income({ gpb: "10.00", soe: "1.00" }), [first, alt]);
    expect(altOnly.map(brief)).toEqual([[{}, "11.00", "alt"]]);
    // a decomposition not marked as an alternative derives the same parent again
    const plain = decomposeTable(income({ gpb: "10.00", govFund: "2.00", soe: "1.00" }), [
      first,
      sumOf("second", ["gpb", "soe"]),
    ]);
    expect(plain.map(brief)).toEqual([
      [{}, "12.00", "first"],
      [{}, "11.00", "second"],
    ]);
  });

  it("anchors on a concept when the first child names no dimension value", () => {
    const d: Decomposition = {
      id: "c",
      rule: "totals",
      parent: { concept: "revenue.total", coords: {} },
      children: [
        { concept: "revenue", coords: {} },
        { concept: "revenue.carryover", coords: {} },
      ],
    };
    const lt = income({ total: "15.00", revenue: "12.00", carryover: "3.00" });
    expect(decomposeTable(lt, [d]).map(brief)).toEqual([[{}, "15.00", "c"]]);
  });

  it("anchors on every fact when the first child names neither concept nor value", () => {
    const d: Decomposition = {
      id: "any",
      rule: "totals",
      parent: { concept: "revenue.total", coords: { fund: null } },
      children: [{ coords: { fund: null } }],
    };
    // the facts with no fund: 总计 (revenue.total), 本年收入 (revenue), 上年结转 (revenue.carryover)
    const ds = decomposeTable(income({ total: "15.00", revenue: "12.00", gpb: "12.00" }), [d]);
    expect(ds.map((x) => [x.concept, x.value?.value])).toEqual([["revenue.total", "15.00"]]);
    expect(ds[0]?.parts.map((p) => p.concept)).toEqual(["revenue.total"]);
  });

  it("a decomposition with no children derives nothing", () => {
    const d: Decomposition = { id: "none", rule: "x", parent: { coords: {} }, children: [] };
    expect(decomposeTable(income({ gpb: "1.00" }), [d])).toEqual([]);
  });
});
