/**
 * A 三公 table printed a row per unit under their total, its first column headed by what it lists
 * (`单位名称`, `预算单位`, `单位`): where every row is read as a unit the caller gave, that header is
 * the units' labels, no `unknown-header` (before, a warning on a correct table). Where the units
 * are not given, the rows are read by their printed names where their 合计 add up to the total's,
 * else they stay unplaced and the header unknown (coverage). A wrong unit figure is caught.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { NOT_SHANGHAI } from "../src/printed/test-support";
import { COUNTY_BUREAU, problemsAlone } from "./layouts/check";

const UNITS = [
  { code: "105001", name: "某县农业农村局机关", unitType: "行政" as const },
  { code: "105002", name: "某县农业技术推广中心", unitType: "事业" as const },
];

const table = (header: string, a = "65,000.00"): PrintedTable => ({
  title: "2024年一般公共预算“三公”经费支出表",
  unit: "单位：元",
  headers: [header, "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"],
  rows: [
    ["合计", "85,000.00", "0.00", "55,000.00", "30,000.00"],
    ["某县农业农村局机关", a, "0.00", "40,000.00", "25,000.00"],
    ["某县农业技术推广中心", "20,000.00", "0.00", "15,000.00", "5,000.00"],
  ],
});

const check = (p: PrintedTable, units: typeof UNITS | [] = UNITS) =>
  NOT_SHANGHAI.map(
    ([template, profile]) =>
      problemsAlone(p, template, profile, { ...COUNTY_BUREAU, year: 2024, catalog: null, units })
        .problems,
  );

describe("the header of a 三公 table's unit labels", () => {
  it.each(["单位名称", "预算单位", "单位"])("%s over units given: no finding", (header) => {
    for (const r of check(table(header))) expect(r).toEqual([]);
  });

  it("a wrong unit figure is caught", () => {
    for (const r of check(table("单位名称", "66,000.00"))) expect(r.join()).toMatch(/error/);
  });

  it("units not given: the rows read by their printed names, no finding", () => {
    for (const r of check(table("单位名称"), [])) expect(r).toEqual([]);
  });

  it("units not given, the units' 合计 not adding up: the rows unplaced (coverage)", () => {
    for (const r of check(table("单位名称", "66,000.00"), [])) {
      expect(r).toContain("unplaced-row");
      expect(r.join()).not.toMatch(/error/);
    }
  });
});
