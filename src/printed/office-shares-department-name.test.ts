/**
 * A 三公 table printed a row per unit where the caller names the department and its own office
 * by one name (`118 中共某县委组织部`, `118001 中共某县委组织部`, as the Henan example's 116 and
 * 116001 are): the row under that name is the office's (the department's figures are the total
 * row). Before, a name two given units share was no unit's, so every unit row stayed unplaced
 * and the units went unchecked. Where that row prints the total's figures while another unit's
 * row prints a figure, it may be the department's own: not guessed.
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile } from "../rules";
import { henan2024 } from "../templates";
import { checkAlone, readUnder, serious } from "./test-support";
import type { PrintedTable } from "./types";

const NAME = "中共某县委组织部";
const UNITS = [
  { code: "118", name: NAME },
  { code: "118001", name: NAME },
  { code: "118002", name: "某县党员教育服务中心" },
  { code: "118003", name: "某县干部档案管理中心" },
];
const HEADERS = ["单位名称", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"];
const sanGong = (rows: string[][], headers = HEADERS): PrintedTable => ({
  title: "2025年一般公共预算“三公”经费预算表",
  unit: "万元",
  headers,
  rows,
});
const read = (p: PrintedTable, units = UNITS) =>
  readUnder(p, henan2024, { units, year: 2025, departmentCode: "118" });
const report = (p: PrintedTable) => {
  const r = read(p);
  if (r.table === undefined) throw new Error("not read");
  return checkAlone([r.table], {
    template: henan2024,
    profile: henan2024Profile,
    documentKind: "部门",
    year: 2025,
  });
};

const TOTAL = ["合计", "6.50", "1.00", "3.50", "2.00"];
const OFFICE = [NAME, "4.00", "1.00", "2.00", "1.00"];
const CENTRE = ["某县党员教育服务中心", "2.50", "", "1.50", "1.00"];
const ARCHIVE = ["某县干部档案管理中心", "", "", "", ""];

describe("the office's row under the name it shares with the department", () => {
  it.each([
    ["names", [TOTAL, OFFICE, CENTRE, ARCHIVE], HEADERS],
    [
      "codes beside the names",
      [
        ["", ...TOTAL],
        ["118001", ...OFFICE],
        ["118002", ...CENTRE],
        ["118003", ...ARCHIVE],
      ],
      ["单位编码", ...HEADERS],
    ],
    ["total last", [OFFICE, CENTRE, ARCHIVE, TOTAL], HEADERS],
  ])("%s: every unit's row read, nothing to report", (_, rows, headers) => {
    const r = read(sanGong(rows, headers));
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(
      r.table?.rows.map((row) => (row.key.kind === "org" ? row.key.code : row.key.kind)),
    ).toEqual(expect.arrayContaining(["single", "118001", "118002", "118003"]));
    expect(serious(report(sanGong(rows, headers)))).toEqual([]);
  });

  it("a wrong office figure is caught", () => {
    const wrong = [NAME, "4.50", "1.00", "2.50", "1.00"];
    expect(serious(report(sanGong([TOTAL, wrong, CENTRE, ARCHIVE]))).length).toBeGreaterThan(0);
  });

  it("the department's code printed beside the name is the department's row: not guessed", () => {
    const rows = [
      ["", ...TOTAL],
      ["118", ...OFFICE],
      ["118002", ...CENTRE],
      ["118003", ...ARCHIVE],
    ];
    const r = read(sanGong(rows, ["单位编码", ...HEADERS]));
    expect(r.table?.rows.filter((row) => row.key.kind === "org")).toEqual([]);
    expect(serious(report(sanGong(rows, ["单位编码", ...HEADERS])))).toEqual([]);
  });

  it("the shared name printing the total's figures beside another unit's: not guessed", () => {
    // the department's own row (its figures the total's) above one unit's: no office row
    const rows = [TOTAL, [NAME, ...TOTAL.slice(1)], CENTRE];
    const r = read(sanGong(rows));
    expect(r.table?.rows.filter((row) => row.key.kind === "org")).toEqual([]);
    expect(serious(report(sanGong(rows)))).toEqual([]);
  });

  it("the units given without the department: read as before", () => {
    const r = read(sanGong([TOTAL, OFFICE, CENTRE, ARCHIVE]), UNITS.slice(1));
    expect(r.table?.rows.filter((row) => row.key.kind === "org").length).toBe(3);
  });
});
