import { describe, expect, it } from "vitest";
import type { BudgetUnit } from "../disclosure";
import { amount, type Fact } from "../index";
import {
  governmentOperatingCost,
  henan2024Measures,
  henanOperatingCost,
  sanGongDefinition,
} from "./definitions";
import { inMeasure } from "./leaves";
import { measure } from "./measure";
import type { CodesMeasure } from "./types";

/** Measures on small hand-built facts; every expected figure is worked out in the comments. */

let n = 0;
const fact = (coords: Fact["coords"], v: string, table = "t"): Fact => ({
  concept: "spending",
  coords,
  value: v === "" ? null : amount(v),
  source: { table, row: String(n++), column: "c", raw: v },
});

const reception: CodesMeasure = {
  kind: "codes",
  id: "reception",
  name: { "zh-CN": "接待", en: "reception" },
  states: { concept: "sanGong", coords: { item: "reception" } },
  econ: ["30217"],
  funds: ["gpb"],
};

describe("measure over printed facts", () => {
  it("a code the breakdown does not list is zero; without any breakdown it is insufficient data", () => {
    const listed = [fact({ econ: "30201", fund: "gpb" }, "8.00")];
    expect(measure(listed, reception)).toMatchObject({ status: "exact", value: { value: "0.00" } });
    const none = measure([], reception);
    expect([none.status, none.reason, none.value]).toEqual([
      "insufficient-data",
      "no-figures",
      null,
    ]);
  });

  it("a code a table prints only as a column is no breakdown: a column not printed is not zero", () => {
    // a 支出表's 合计 row: columns 301, 303 and 310 of basic spending, no 商品和服务支出 (302)
    const cell = (econ: string, v: string, row: string): Fact => ({
      concept: "spending",
      coords: { econ, nature: "basic" },
      value: amount(v),
      source: { table: "expenditure", row, column: `basic.${econ}`, raw: v },
    });
    for (const row of ["total", "org:116001", "org:116001/functional:2013101", "single"]) {
      const r = measure(
        [cell("301", "609.28", row), cell("303", "21.10", row), cell("310", "2.00", row)],
        henanOperatingCost,
      );
      expect([row, r.status, r.value]).toEqual([row, "insufficient-data", null]);
    }
    // printed as rows of a table by economic 科目, the codes it leaves out are zero
    for (const row of ["economic:301", "org:116001/economic:301"]) {
      const r = measure(
        [cell("301", "609.28", row), cell("303", "21.10", row.replace("301", "303"))],
        henanOperatingCost,
      );
      // zero (a bound: the facts give basic money of no fund named)
      expect([row, r.status === "insufficient-data", r.value?.value]).toEqual([row, false, "0.00"]);
    }
  });

  it("sums a code over its government codes (30217 under 50206 and 50502 in a mixed department)", () => {
    const r = measure(
      [
        fact({ econ: "30217", gov: "50206", fund: "gpb" }, "1.50"),
        fact({ econ: "30217", gov: "50502", fund: "gpb" }, "0.70"),
      ],
      reception,
    );
    expect([r.status, r.value?.value, r.facts.length]).toEqual(["exact", "2.20", 2]);
  });

  it("counts a fact printed in two tables once", () => {
    const r = measure(
      [
        fact({ econ: "30217", fund: "gpb" }, "2.50", "a"),
        fact({ econ: "30217", fund: "gpb" }, "2.50", "b"),
      ],
      reception,
    );
    expect(r.value?.value).toBe("2.50");
  });

  it("basic money by code is a lower bound of a basic + project measure", () => {
    // 30217: basic 1.50 printed, project not broken down by code
    const r = measure([fact({ econ: "30217", fund: "gpb", nature: "basic" }, "1.50")], reception);
    expect([r.status, r.reason, r.value?.value]).toEqual(["atLeast", "partial", "1.50"]);
  });

  it("a fund inside the measure's is a lower bound; a wider fund only an upper bound", () => {
    const grantOnly = measure([fact({ econ: "30217", fund: "gpb.grant" }, "2.00")], reception);
    expect([grantOnly.status, grantOnly.value?.value]).toEqual(["atLeast", "2.00"]);
    const wider = measure([fact({ econ: "30217", fund: "government" }, "9.00")], reception);
    expect([wider.status, wider.reason, wider.value?.value]).toEqual(["atMost", "wider", "9.00"]);
  });

  it("reads 财政拨款 (gpb + govFund + soe) as the 'government' fund or as its three parts", () => {
    const def = sanGongDefinition(["government"]).parts[2] as CodesMeasure;
    const whole = measure([fact({ econ: "30217", fund: "government" }, "3.00")], def);
    expect([whole.status, whole.value?.value]).toEqual(["exact", "3.00"]);
    const parts = measure(
      [
        fact({ econ: "30217", fund: "gpb" }, "2.00"),
        fact({ econ: "30201", fund: "govFund" }, "1.00"),
        fact({ econ: "30201", fund: "soe" }, "1.00"),
      ],
      def,
    );
    // 2.00 + 0 (govFund lists 30201 only) + 0 (soe likewise)
    expect([parts.status, parts.value?.value]).toEqual(["exact", "2.00"]);
  });

  it("adds a 类 up from its 款 when the 类 row is not printed; 301 is zero in basic 公用经费", () => {
    const r = measure(
      [
        fact({ econ: "30201", nature: "basic" }, "8.02"),
        fact({ econ: "30231", nature: "basic" }, "4.00"),
        fact({ econ: "30101", nature: "basic" }, "100.00"),
      ],
      henanOperatingCost,
    );
    expect([r.status, r.value?.value]).toEqual(["exact", "12.02"]);
    expect(r.rows.map((x) => [x.econ, x.category])).toEqual([
      ["30201", "公用经费"],
      ["30231", "公务用车运行维护费"],
    ]);
  });

  it("takes 公用经费 printed without a code as 302 + 310 (the measure's one basic nature)", () => {
    const r = measure(
      [fact({ nature: "basic.public", fund: "gpb" }, "51.68")],
      governmentOperatingCost,
      {
        meta: { units: [{ name: "某局", unitType: "行政" }] },
      },
    );
    expect([r.status, r.value?.value]).toEqual(["exact", "51.68"]);
  });

  it("measures last year's figures with period prior", () => {
    const facts = [
      fact({ econ: "30217", fund: "gpb" }, "2.50"),
      fact({ econ: "30217", fund: "gpb", period: "prior" }, "3.50"),
    ];
    expect(measure(facts, reception).value?.value).toBe("2.50");
    expect(measure(facts, reception, { period: "prior" }).value?.value).toBe("3.50");
  });
});

describe("a measure restricted to unit kinds (机关运行经费: 行政 and 参公)", () => {
  const units: BudgetUnit[] = [
    { code: "1", name: "机关", unitType: "行政" },
    { code: "2", name: "中心", unitType: "参公" },
    { code: "3", name: "所", unitType: "事业" },
  ];
  const publicOf = (org: string | undefined, v: string) =>
    fact({ nature: "basic.public", fund: "gpb", ...(org === undefined ? {} : { org }) }, v);
  const facts = [
    publicOf(undefined, "60.00"),
    publicOf("1", "20.00"),
    publicOf("2", "10.00"),
    publicOf("3", "30.00"),
  ];

  it("is exact from each unit's own figures: 20.00 + 10.00", () => {
    const r = measure(facts, governmentOperatingCost, { meta: { units } });
    expect([r.status, r.value?.value]).toEqual(["exact", "30.00"]);
    expect(r.byUnit.map((u) => [u.org, u.value.value])).toEqual([
      ["1", "20.00"],
      ["2", "10.00"],
    ]);
  });

  it("is an upper bound from the department figure when units are not printed: ≤ 60.00", () => {
    const r = measure([facts[0] as Fact], governmentOperatingCost, { meta: { units } });
    expect([r.status, r.reason, r.value?.value]).toEqual(["atMost", "units-mixed", "60.00"]);
    // from counts alone likewise
    const counted = measure([facts[0] as Fact], governmentOperatingCost, {
      meta: { units: [], unitCounts: { 行政: 1, 参公: 1, 事业: 4 } },
    });
    expect([counted.status, counted.reason]).toEqual(["atMost", "units-mixed"]);
  });

  it("says so when the kinds are unknown", () => {
    const r = measure(facts, governmentOperatingCost, {
      meta: { units: units.map(({ unitType: _t, ...u }) => u) },
    });
    expect([r.status, r.reason]).toEqual(["atMost", "unit-kinds-unknown"]);
  });

  it("is exact from the department figure when every unit is 行政 or 参公, and not applicable for 事业 only", () => {
    const two = units.slice(0, 2);
    expect(
      measure([facts[0] as Fact], governmentOperatingCost, { meta: { units: two } }).status,
    ).toBe("exact");
    const r = measure(facts, governmentOperatingCost, {
      meta: { units: [units[2] as BudgetUnit] },
    });
    expect([r.status, r.value]).toEqual(["not-applicable", null]);
  });
});

describe("measure over leaf facts", () => {
  const leaf = (coords: Fact["coords"], v: string) => fact({ ...coords }, v);
  it("is their exact sum, only of the leaves inside the definition, by unit", () => {
    const leaves = [
      leaf({ org: "1", econ: "30217", nature: "basic.public", fund: "gpb.grant" }, "1.50"),
      leaf({ org: "1", econ: "30217", nature: "project.specific", fund: "gpb.grant" }, "1.00"),
      leaf({ org: "2", econ: "30217", nature: "basic.public", fund: "gpb.fees" }, "0.30"),
      leaf({ org: "2", econ: "30231", nature: "basic.public", fund: "gpb.grant" }, "4.00"),
      leaf({ org: "2", econ: "30211", nature: "basic.public", fund: "gpb.grant" }, "9.00"),
    ];
    const units = [
      { code: "1", name: "甲", unitType: "行政" as const },
      { code: "2", name: "乙", unitType: "事业" as const },
    ];
    const r = measure({ leaves, units }, henan2024Measures.sanGong);
    // grant only: 1.50 + 1.00 + 4.00; the fees-funded 0.30 and 差旅费 30211 are out
    expect([r.status, r.value?.value]).toEqual(["exact", "6.50"]);
    expect(r.byUnit.map((u) => [u.org, u.value.value])).toEqual([
      ["1", "2.50"],
      ["2", "4.00"],
    ]);
  });

  it("is a bound when a unit's kind is unknown and the measure depends on kinds", () => {
    const leaves = [
      leaf({ org: "1", econ: "30201", nature: "basic.public", fund: "gpb.grant" }, "5.00"),
    ];
    const r = measure({ leaves, units: [{ code: "1", name: "甲" }] }, governmentOperatingCost);
    expect([r.status, r.reason, r.value?.value]).toEqual(["atMost", "unit-kinds-unknown", "5.00"]);
  });
});

describe("inMeasure", () => {
  it("reads basic spending on 302 as 公用经费", () => {
    expect(
      inMeasure(governmentOperatingCost, {
        econ: "30201",
        nature: "basic",
        fund: "gpb.fees",
        unitType: "参公",
      }),
    ).toBe(true);
    expect(
      inMeasure(governmentOperatingCost, {
        econ: "30101",
        nature: "basic",
        fund: "gpb",
        unitType: "行政",
      }),
    ).toBe(false);
    expect(
      inMeasure(governmentOperatingCost, {
        econ: "30201",
        nature: "basic",
        fund: "gpb",
        unitType: "事业",
      }),
    ).toBe(false);
    expect(
      inMeasure(governmentOperatingCost, { econ: "30201", nature: "basic", fund: "gpb" }),
    ).toBe(false);
  });
});
