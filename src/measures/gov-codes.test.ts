/**
 * 三公 stated by 政府预算支出经济分类 款 (a table or an export by government code only): 50206
 * 公务接待费, 50207 因公出国（境）费用, 50208 公务用车运行维护费, 50303 / 50403 公务用车购置 — the
 * 机关 codes of 30217, 30212, 30231, 31013 / 30913 (reference/economic-department-to-government.csv,
 * the built-in mapping). A 事业单位's 三公 lies inside 50502 / 50601 with its other spending, so
 * the government codes give 三公 exactly only when every unit is 行政; otherwise a lower bound.
 */
import { describe, expect, it } from "vitest";
import { mappingAllows } from "../catalog";
import { catalog2024 } from "../catalog/2024";
import type { BudgetUnit } from "../disclosure";
import { amount, type Fact } from "../index";
import {
  henan2024Measures,
  nationalMeasures,
  sanGongDefinition,
  shanghaiMeasures,
} from "./definitions";
import { indexFacts } from "./index-facts";
import { measure, measureIndexedValue } from "./measure";
import type { CodesMeasure, MeasureDefinition, MeasureResult } from "./types";

let n = 0;
/** A row of a table by government code (`economic:<gov>` row ids as a reader would give). */
const gov = (code: string, v: string, coords: Fact["coords"] = { fund: "gpb" }): Fact => ({
  concept: "spending",
  coords: { ...coords, gov: code },
  value: v === "" ? null : amount(v),
  source: { table: "gpbBasicGov", row: `economic:${code}#${n++}`, column: "amount", raw: v },
});

const ADMIN: readonly BudgetUnit[] = [{ code: "101001", name: "某局机关", unitType: "行政" }];
const MIXED: readonly BudgetUnit[] = [
  { code: "101001", name: "某局机关", unitType: "行政" },
  { code: "101002", name: "某局信息中心", unitType: "事业" },
];
const UNKNOWN: readonly BudgetUnit[] = [{ code: "101001", name: "某局机关" }];

const parts = (r: MeasureResult): (string | null)[][] =>
  r.parts.flatMap((p) => [[p.id, p.status, p.value?.value ?? null], ...parts(p)]);

/** A 三公 table of a typical 行政 unit's government codes: 接待 2.50, 运行 4.00, nothing abroad. */
const TYPICAL = [
  gov("50201", "35.20"),
  gov("50202", "1.10"),
  gov("50206", "2.50"),
  gov("50208", "4.00"),
  gov("50209", "3.00"),
  gov("50299", "0.80"),
];

describe("三公 from government economic codes", () => {
  it("every unit 行政: exact, 6.50 = 0 + 4.00 + 2.50; a code not listed is zero", () => {
    const r = measure(TYPICAL, nationalMeasures.sanGong, { meta: { units: ADMIN } });
    expect([r.status, r.value?.value]).toEqual(["exact", "6.50"]);
    expect(parts(r)).toEqual([
      ["sanGong.abroad", "exact", "0.00"],
      ["sanGong.vehicles", "exact", "4.00"],
      ["sanGong.vehicles.purchase", "exact", "0.00"],
      ["sanGong.vehicles.operation", "exact", "4.00"],
      ["sanGong.reception", "exact", "2.50"],
    ]);
  });

  it("every profile's 三公 reads them (national, Shanghai, Henan funds alike)", () => {
    const grant = TYPICAL.map((f) =>
      gov(f.coords.gov as string, f.source.raw, { fund: "gpb.grant" }),
    );
    const cases: [MeasureDefinition, Fact[]][] = [
      [nationalMeasures.sanGong, TYPICAL],
      [
        shanghaiMeasures.sanGong,
        TYPICAL.map((f) => gov(f.coords.gov as string, f.source.raw, { fund: "government" })),
      ],
      [henan2024Measures.sanGong, grant],
    ];
    for (const [def, facts] of cases) {
      const r = measure(facts, def, { meta: { units: ADMIN } });
      expect([def.id, r.status, r.value?.value]).toEqual([def.id, "exact", "6.50"]);
    }
  });

  it("a wrong figure shows: 50206 printed 3.00 gives 接待 3.00 and 三公 7.00, not the 6.50 a 三公 table states", () => {
    const wrong = TYPICAL.map((f) => (f.coords.gov === "50206" ? gov("50206", "3.00") : f));
    const r = measure(wrong, nationalMeasures.sanGong, { meta: { units: ADMIN } });
    expect([r.status, r.value?.value]).toEqual(["exact", "7.00"]);
    expect(r.parts.find((p) => p.id === "sanGong.reception")?.value?.value).toBe("3.00");
  });

  it("vehicle purchase by 50303 (机关资本性支出（一）) and 50403 (基本建设, 机关资本性支出（二）), and a 类 printed without its 款", () => {
    const r = measure(
      [...TYPICAL, gov("50303", "20.00"), gov("50403", "5.00"), gov("50207", "1.20")],
      nationalMeasures.sanGong,
      { meta: { units: ADMIN } },
    );
    expect([r.status, r.value?.value]).toEqual(["exact", "32.70"]);
  });

  it("a unit that is not 行政, or kinds not known: a lower bound, never exact", () => {
    for (const [units, reason] of [
      [MIXED, "units-mixed"],
      [UNKNOWN, "unit-kinds-unknown"],
    ] as const) {
      const r = measure(TYPICAL, nationalMeasures.sanGong, { meta: { units } });
      expect([r.status, r.reason, r.value?.value]).toEqual(["atLeast", reason, "6.50"]);
    }
    const none = measure(TYPICAL, nationalMeasures.sanGong);
    expect([none.status, none.value?.value]).toEqual(["atLeast", "6.50"]);
  });

  it("only 事业单位: their 三公 is not in these codes, so it is not computed", () => {
    const r = measure(TYPICAL, nationalMeasures.sanGong, {
      meta: { units: [{ code: "101002", name: "某中心", unitType: "事业" }] },
    });
    expect([r.status, r.value]).toEqual(["insufficient-data", null]);
  });

  it("departmental codes win where printed: a row giving both (30217/50206) counts once", () => {
    const both = (econ: string, g: string, v: string): Fact => ({
      concept: "spending",
      coords: { econ, gov: g, fund: "gpb" },
      value: amount(v),
      source: { table: "gpbBasic", row: `economic:${econ}/${g}`, column: "amount", raw: v },
    });
    const r = measure(
      [
        both("30201", "50201", "30.00"),
        both("30217", "50206", "2.50"),
        both("30231", "50208", "4.00"),
      ],
      nationalMeasures.sanGong,
      { meta: { units: ADMIN } },
    );
    expect([r.status, r.value?.value]).toEqual(["exact", "6.50"]);
  });

  it("other funds only bound it: 50206 of all funds is an upper bound of the 一般公共预算's (atMost is no use: not computed)", () => {
    const all = TYPICAL.map((f) => gov(f.coords.gov as string, f.source.raw, {}));
    const r = measure(all, nationalMeasures.sanGong, { meta: { units: ADMIN } });
    expect(r.status).toBe("atMost");
    expect(r.value?.value).toBe("6.50");
    // not 行政 only: neither bound holds
    const mixed = measure(all, nationalMeasures.sanGong, { meta: { units: MIXED } });
    expect(mixed.status).toBe("insufficient-data");
  });

  it("a 基本支出表 by government code: basic spending only, a lower bound (三公 covers project money too)", () => {
    const basic = TYPICAL.map((f) =>
      gov(f.coords.gov as string, f.source.raw, { fund: "gpb", nature: "basic" }),
    );
    const r = measure(basic, nationalMeasures.sanGong, { meta: { units: ADMIN } });
    expect([r.status, r.reason, r.value?.value]).toEqual(["atLeast", "partial", "6.50"]);
  });

  it("a nature the government codes state nothing under is not made zero (no exact 0 from an empty view)", () => {
    const basicReception: CodesMeasure = {
      ...(sanGongDefinition(["gpb"]).parts[2] as CodesMeasure),
      natures: ["basic"],
    };
    const r = measure(TYPICAL, basicReception, { meta: { units: ADMIN } });
    expect(r.status === "exact" && r.value?.value === "0.00").toBe(false);
    expect([r.status, r.value?.value]).toEqual(["atMost", "2.50"]);
  });

  it("the checker's indexed measure reads them the same (sanGong.bound's lower bound)", () => {
    const index = indexFacts(TYPICAL, undefined);
    const reception = sanGongDefinition(["gpb"]).parts[2] as CodesMeasure;
    const r = measureIndexedValue(index, reception, { meta: { units: ADMIN } });
    expect([r.status, r.value?.value]).toEqual(["exact", "2.50"]);
  });

  it("nothing by either classification: still insufficient data", () => {
    expect(measure([gov("50101", "9.00")].slice(0, 0), nationalMeasures.sanGong).status).toBe(
      "insufficient-data",
    );
  });
});

describe("the government codes of the 三公 items are the built-in mapping's 机关 codes", () => {
  const mapping = catalog2024.mapping;
  const leaves = (d: MeasureDefinition): CodesMeasure[] =>
    d.kind === "codes" ? [d] : d.parts.flatMap(leaves);

  it.each(leaves(nationalMeasures.sanGong).map((d) => [d.id, d] as const))("%s", (_, d) => {
    const govCodes = d.gov?.codes ?? [];
    expect(govCodes.length).toBeGreaterThan(0);
    // each government code is allowed for one of the item's departmental codes (a 类 target such
    // as 504 allows its 款: 50403 公务用车购置), and each departmental code has one
    for (const g of govCodes)
      expect([g, d.econ.some((e) => mappingAllows(mapping, e, "机关", g))]).toEqual([g, true]);
    for (const e of d.econ)
      expect([e, govCodes.some((g) => mappingAllows(mapping, e, "机关", g))]).toEqual([e, true]);
    expect(d.gov?.unitTypes).toEqual(["行政"]);
  });
});
