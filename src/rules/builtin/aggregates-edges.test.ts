import { describe, expect, it } from "vitest";
import { type DisclosureMeta, type Table, tableBuilder, type UnitType } from "../../disclosure";
import { henan2024 } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, nationalProfile } from "../profiles";
import { findings, one, only, outcome } from "../test-support";
import type { CheckOptions, CheckReport } from "../types";

/**
 * Edges of operatingCost.definition (I14) and sanGong.bound (I13) on small Henan tables: rounding,
 * blank and zero figures, unknown unit kinds, the evidence of a measure resting on one fact or
 * several. The figures are worked out by hand in each test.
 */

const IDS = ["operatingCost.definition", "sanGong.bound", "precision.truncated"] as const;
const meta = (units: DisclosureMeta["units"]): DisclosureMeta => ({
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units,
});
const unit = (unitType: UnitType) => [{ name: "某单位", unitType }];
const HENAN: CheckOptions = { profile: only(henan2024Profile, ...IDS), template: henan2024 };
const NATIONAL: CheckOptions = { profile: only(nationalProfile, ...IDS), template: henan2024 };
const check = (tables: Table[], options = HENAN, units = unit("行政")): CheckReport =>
  checkDisclosure({ meta: meta(units), tables, texts: [] }, options);

const oc = (total: string) =>
  tableBuilder(henan2024, "operatingCost").total({ total }).build().value;
const goods = (raw: string) =>
  tableBuilder(henan2024, "expenditure").total({ "basic.goods": raw }).build().value;
const gpbPublic = (goodsRaw: string, capital: string) =>
  tableBuilder(henan2024, "gpbExpenditure")
    .total({ "basic.goods": goodsRaw, "basic.capital": capital })
    .build().value;

describe("operatingCost.definition, Henan (equals all basic 302)", () => {
  it("a difference rounding explains is info: 49.7 against 49.68 (49.7 stands for [49.65, 49.75])", () => {
    const r = check([oc("49.7"), goods("49.68")]);
    expect(outcome(r, "operatingCost.definition")).toBe("pass");
    const f = one(r, "operatingCost.definition");
    expect([f.severity, f.params.relation, f.params.status]).toEqual([
      "info",
      "equals",
      "rounding",
    ]);
    // the measure rests on one printed cell: that cell is the evidence, not a sum
    expect(f.evidence[1]?.derived).toBe(false);
    expect(f.evidence[1]?.sources.map((s) => s.column)).toEqual(["basic.goods"]);
  });

  it("equal figures pass, citing both cells", () => {
    const r = check([oc("49.68"), goods("49.68")]);
    expect(outcome(r, "operatingCost.definition")).toBe("pass");
    expect(findings(r, "operatingCost.definition")).toEqual([]);
    expect(r.unconstrained).toEqual([]);
  });
});

describe("operatingCost.definition, national (at most 公用经费 of 行政 and 参公 units)", () => {
  it("a 事业 unit printing a blank: nothing to judge", () => {
    const r = check([oc(""), gpbPublic("49.68", "2.00")], NATIONAL, unit("事业"));
    expect(outcome(r, "operatingCost.definition")).toBe("not-applicable");
    expect(findings(r, "operatingCost.definition")).toEqual([]);
  });

  it("a 事业 unit printing a figure: a warning at the figure, citing it alone", () => {
    const r = check([oc("3.00"), gpbPublic("49.68", "2.00")], NATIONAL, unit("事业"));
    expect(outcome(r, "operatingCost.definition")).toBe("fail");
    const f = one(r, "operatingCost.definition");
    expect(f).toMatchObject({
      severity: "warning",
      outcome: "fail",
      params: { relation: "none", actual: "3.00", unit: "万元", kinds: "行政/参公" },
      path: { table: "operatingCost", row: "total", column: "total", raw: "3.00" },
      actual: "3.00",
      unit: "万元",
    });
    expect(f.evidence.map((e) => e.value)).toEqual(["3.00"]);
  });

  it("unit kinds not stated: the upper bound is checked, the rest is insufficient data", () => {
    // 49.68 ≤ 49.68 + 2.00, but whether every unit is 行政 or 参公 is unknown
    const r = check([oc("49.68"), gpbPublic("49.68", "2.00")], NATIONAL, []);
    expect(outcome(r, "operatingCost.definition")).toBe("insufficient-data");
    const f = one(r, "operatingCost.definition");
    expect([f.severity, f.outcome, f.params.reason]).toEqual([
      "info",
      "insufficient-data",
      "unit-kinds-unknown",
    ]);
    // the figures it rests on were checked
    expect(r.unconstrained).toEqual([]);
  });

  it("over the upper bound with unit kinds unknown: a failure, no insufficient-data finding", () => {
    // 52.00 > 49.68 + 2.00 = 51.68
    const r = check([oc("52.00"), gpbPublic("49.68", "2.00")], NATIONAL, []);
    expect(outcome(r, "operatingCost.definition")).toBe("fail");
    expect(
      findings(r, "operatingCost.definition").map((f) => [f.params.relation, f.difference]),
    ).toEqual([["atMost", "0.32"]]);
  });

  it("over the bound by less than the rounding of a coarser figure: info", () => {
    // 51.7 stands for [51.65, 51.75]; the bound 49.68 + 2.00 = 51.68 lies in it
    const r = check([oc("51.7"), gpbPublic("49.68", "2.00")], NATIONAL);
    expect(outcome(r, "operatingCost.definition")).toBe("pass");
    expect(
      findings(r, "operatingCost.definition").map((f) => [f.severity, f.params.relation]),
    ).toEqual([["info", "atMost"]]);
  });
});

describe("sanGong.bound", () => {
  const sanGong = (cells: Record<string, string>) =>
    tableBuilder(henan2024, "sanGong")
      .single({
        total: "6.50",
        abroad: "",
        vehicles: "4.00",
        "vehicles.purchase": "",
        "vehicles.operation": "4.00",
        reception: "2.50",
        ...cells,
      })
      .build().value;
  const gpbBasic = (rows: Record<string, [string, string]>): Table =>
    Object.entries(rows)
      .reduce(
        (b, [code, [name, total]]) => b.row(code, { total }, name),
        tableBuilder(henan2024, "gpbBasic"),
      )
      .build().value;

  it("an item over its codes by less than their rounding: info, the rule passes", () => {
    // basic 30217 2.5 stands for [2.45, 2.55]; 接待 2.48 < 2.5 but within it
    const r = check(
      [
        sanGong({ total: "6.48", reception: "2.48" }),
        gpbBasic({ "30217/50206": ["公务接待费", "2.5"] }),
      ],
      NATIONAL,
    );
    expect(outcome(r, "sanGong.bound")).toBe("pass");
    expect(findings(r, "sanGong.bound").map((f) => [f.severity, f.params.item])).toEqual([
      ["info", "reception"],
    ]);
  });

  it("an item bounded by several codes cites their sum, derived from each printed cell", () => {
    // 购置 31013 10.00 + 30913 5.00 = 15.00 > 12.00
    const r = check(
      [
        sanGong({ total: "16.50", vehicles: "16.00", "vehicles.purchase": "12.00" }),
        gpbBasic({ "31013": ["公务用车购置", "10.00"], "30913": ["公务用车购置", "5.00"] }),
      ],
      NATIONAL,
    );
    const f = one(r, "sanGong.bound");
    expect(f.evidence[1]).toMatchObject({ derived: true, value: "15.00" });
    expect(f.evidence[1]?.sources).toHaveLength(2);
  });

  it("no code printed for any item: insufficient data at the first item printed", () => {
    const r = check([sanGong({})], NATIONAL);
    expect(outcome(r, "sanGong.bound")).toBe("insufficient-data");
    const f = one(r, "sanGong.bound");
    expect(f.path?.table).toBe("sanGong");
    expect([f.severity, f.outcome, f.evidence.length]).toEqual(["info", "insufficient-data", 1]);
    expect(f.evidence[0]?.sources).toEqual([f.path]);
  });
});
