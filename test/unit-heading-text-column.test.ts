/**
 * A unit's heading row printed in a text column left of the names (the unit under 项目单位 or
 * 单位名称, the name cell blank), over that unit's rows, is the unit's row where it names a unit the
 * caller gave: before, `unplaced-row` warnings on a correct table and the unit's figures left
 * unchecked. A wrong unit figure is caught; a unit the caller did not give stays unplaced.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { NOT_SHANGHAI } from "../src/printed/test-support";
import { COUNTY_BUREAU, problemsAlone } from "./layouts/check";

const UNITS = [
  { code: "105001", name: "某县农业农村局机关", unitType: "行政" as const },
  { code: "105002", name: "某县农业技术推广中心", unitType: "事业" as const },
  { code: "105003", name: "某县动物疫病预防控制中心", unitType: "事业" as const },
];

const projects = (first: string, unitA = "某县农业技术推广中心"): PrintedTable => ({
  title: "2025年项目支出表",
  unit: "单位：万元",
  headers: [
    "项目单位",
    "项目类型",
    "项目名称",
    "合计",
    "本年拨款/一般公共预算",
    "财政拨款结转结余",
  ],
  rows: [
    ["合计", "", "", "85.00", "75.00", "10.00"],
    [unitA, "", "", first, "30.00", ""],
    ["", "特定目标类", "农作物病虫害绿色防控项目", "20.00", "20.00", ""],
    ["", "特定目标类", "高标准农田建设技术指导", "10.00", "10.00", ""],
    ["某县动物疫病预防控制中心", "", "", "55.00", "45.00", "10.00"],
    ["", "其他运转类", "重大动物疫病强制免疫", "40.00", "30.00", "10.00"],
    ["", "特定目标类", "病死畜禽无害化处理补助", "15.00", "15.00", ""],
  ],
});

const check = (p: PrintedTable, units = UNITS) =>
  NOT_SHANGHAI.map(([template, profile]) => {
    const { table, problems } = problemsAlone(p, template, profile, { ...COUNTY_BUREAU, units });
    return {
      keys: table.rows.map((row) => (row.key.kind === "org" ? row.key.code : row.key.kind)),
      problems,
    };
  });

const KEYS = ["total", "105002", "project", "project", "105003", "project", "project"];

describe("a unit's heading in a text column left of the names", () => {
  it.each([
    ["by its name", "某县农业技术推广中心"],
    ["by its code and name", "105002 某县农业技术推广中心"],
    ["labelled", "单位名称：某县农业技术推广中心"],
  ])("%s is the unit's row, no finding", (_, unit) => {
    for (const r of check(projects("30.00", unit))) expect(r).toEqual({ keys: KEYS, problems: [] });
  });

  it("a wrong unit figure is caught", () => {
    for (const r of check(projects("31.00"))) expect(r.problems.join()).toMatch(/error/);
  });

  it("a unit the caller did not give stays unplaced", () => {
    for (const r of check(projects("30.00"), UNITS.slice(0, 1))) expect(r.keys[1]).toBe("unplaced");
  });
});
