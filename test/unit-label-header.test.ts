/**
 * A 三公 table printed a row per unit under their total, its first column headed by what it lists
 * (`单位名称`, `预算单位`, `单位`): where every row is read as a unit the caller gave, that header is
 * the units' labels, no `unknown-header` (before, a warning on a correct table). Where the units
 * are not given, the rows stay unplaced and the header unknown (coverage). A wrong unit figure is
 * caught.
 */
import { describe, expect, it } from "vitest";
import type { Disclosure } from "../src/disclosure";
import { type PrintedTable, readPrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile, nationalProfile } from "../src/rules";
import { henan2024, nationalMinimum } from "../src/templates";
import { serious } from "./layouts/check";

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

const TEMPLATES = [
  [nationalMinimum, nationalProfile],
  [henan2024, henan2024Profile],
] as const;

const check = (p: PrintedTable, units: typeof UNITS | [] = UNITS) =>
  TEMPLATES.map(([template, profile]) => {
    const r = readPrintedTable(p, { template, year: 2024, units });
    if (r.table === undefined) throw new Error("not read");
    const d: Disclosure = {
      meta: {
        year: 2024,
        documentKind: "部门",
        template: template.id,
        department: { name: "某县农业农村局", code: "105" },
        units,
      },
      tables: [r.table],
      texts: [],
    };
    const read = r.problems.filter((x) => x.severity !== "info").map((x) => x.code);
    return [...read, ...serious(checkDisclosure(d, { profile, template }).findings)];
  });

describe("the header of a 三公 table's unit labels", () => {
  it.each(["单位名称", "预算单位", "单位"])("%s over units given: no finding", (header) => {
    for (const r of check(table(header))) expect(r).toEqual([]);
  });

  it("a wrong unit figure is caught", () => {
    for (const r of check(table("单位名称", "66,000.00"))) expect(r.join()).toMatch(/error/);
  });

  it("units not given: the header stays unknown, the rows unplaced", () => {
    for (const r of check(table("单位名称"), [])) {
      expect(r).toContain("unknown-header");
      expect(r).toContain("unplaced-row");
    }
  });
});
