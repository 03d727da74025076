/**
 * The department's own office (本级) named one way in the caller's units (`某县农业农村局机关`,
 * `某县农业农村局本级`) and another in a table's unit row (`某县农业农村局（本级）`,
 * `某县农业农村局本级`, `某县农业农村局机关本级`, `某县农业农村局机关`): the same unit. Before, its
 * row and every row under it were `unplaced-row` warnings on a correct table, left unchecked. A
 * wrong figure of that unit is caught; where two units are named as an own office, neither is
 * guessed.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { NOT_SHANGHAI } from "../src/printed/test-support";
import { COUNTY_BUREAU, problemsAlone } from "./layouts/check";

type Unit = { code: string; name: string; unitType: "行政" | "事业" };
const units = (own: string): Unit[] => [
  { code: "105001", name: own, unitType: "行政" },
  { code: "105002", name: "某县农业技术推广中心", unitType: "事业" },
];

const table = (ownRow: string, own = "120.00"): PrintedTable => ({
  title: "2024年部门支出总表",
  unit: "单位：万元",
  headers: ["科目编码", "单位（科目名称）", "合计", "基本支出", "项目支出"],
  rows: [
    ["", "合计", "230.00", "200.00", "30.00"],
    ["", ownRow, own, "120.00", ""],
    ["2130101", "行政运行", "120.00", "120.00", ""],
    ["", "某县农业技术推广中心", "110.00", "80.00", "30.00"],
    ["2130104", "事业运行", "80.00", "80.00", ""],
    ["2130108", "病虫害控制", "30.00", "", "30.00"],
  ],
});

const check = (p: PrintedTable, given: Unit[]) =>
  NOT_SHANGHAI.map(([template, profile]) => {
    const alone = { ...COUNTY_BUREAU, year: 2024, units: given };
    const { table, problems } = problemsAlone(p, template, profile, alone);
    return { unit: table.rows[1]?.key, problems };
  });

describe("the department's own office named two ways", () => {
  it.each([
    ["某县农业农村局机关", "某县农业农村局（本级）"],
    ["某县农业农村局机关", "某县农业农村局本级"],
    ["某县农业农村局机关", "某县农业农村局机关本级"],
    ["某县农业农村局本级", "某县农业农村局机关"],
    ["某县农业农村局（本级）", "某县农业农村局机关"],
  ])("given as %s, printed as %s: the same unit, no finding", (given, printed) => {
    for (const r of check(table(printed), units(given)))
      expect(r).toEqual({ unit: { kind: "org", code: "105001" }, problems: [] });
  });

  it("a wrong figure of that unit is caught", () => {
    for (const r of check(table("某县农业农村局（本级）", "121.00"), units("某县农业农村局机关")))
      expect(r.problems.join()).toMatch(/error/);
  });

  it("two units named as the own office: neither is guessed", () => {
    const two: Unit[] = [
      { code: "105001", name: "某县农业农村局机关", unitType: "行政" },
      { code: "105009", name: "某县畜牧局机关", unitType: "行政" },
    ];
    for (const r of check(table("某县农业农村局（本级）"), two))
      expect(r.unit).not.toEqual({ kind: "org", code: "105001" });
  });
});
