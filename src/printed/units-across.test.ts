/**
 * A 部门's table by 科目 printing its units across, a column each beside the department's total
 * (`科目编码 | 科目名称 | 合计 | 某区城市管理局机关 | 某区环境卫生管理中心`), the caller naming the
 * units: read as the department's rows, then each unit's section (its row, its 科目 rows). Before,
 * each unit's column was an `unknown-header` and its figures unread (a wrong one went unseen).
 */
import { describe, expect, it } from "vitest";
import { henan2024Profile, type Profile } from "../rules";
import { henan2024, nationalMinimum, type Template } from "../templates";
import { ACROSS_TEMPLATES, checkInDepartment, readUnder } from "./test-support";
import type { PrintedTable } from "./types";

const UNITS = [
  { code: "301001", name: "某区城市管理局机关" },
  { code: "301002", name: "某区环境卫生管理中心" },
];

const ROWS = [
  ["", "合计", "1,100.00", "700.00", "400.00"],
  ["212", "城乡社区支出", "1,100.00", "700.00", "400.00"],
  ["21201", "城乡社区管理事务", "1,100.00", "700.00", "400.00"],
  ["2120101", "行政运行", "300.00", "300.00", ""],
  ["2120104", "城管执法", "800.00", "400.00", "400.00"],
];

const table = (rows = ROWS, names = UNITS.map((u) => u.name)): PrintedTable => ({
  title: "2025年部门支出总表",
  unit: "单位：万元",
  headers: ["科目编码", "科目名称", "合计", ...names],
  rows,
});

const TEMPLATES = ACROSS_TEMPLATES;

const check = (p: PrintedTable, template: Template, profile: Profile) =>
  checkInDepartment(p, template, profile, { name: "某区城市管理局", code: "301" }, UNITS);

const edit = (row: number, cell: number, value: string) =>
  ROWS.map((r, i) => (i === row ? r.map((c, j) => (j === cell ? value : c)) : r));

describe.each(TEMPLATES)("%s: units across", (_, template, profile) => {
  it("each unit's column read as its section, no warning, no finding", () => {
    const { r, findings } = check(table(), template, profile);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    const orgs = r.table?.rows.filter((row) => row.key.kind === "org") ?? [];
    expect(orgs.map((o) => [o.key, o.cells.total])).toEqual([
      [{ kind: "org", code: "301001" }, "700.00"],
      [{ kind: "org", code: "301002" }, "400.00"],
    ]);
    expect(findings).toEqual([]);
  });

  it.each([
    ["a unit's 科目 figure", 3, 3, "310.00"],
    ["a unit's total", 0, 4, "410.00"],
  ])("a wrong figure is caught: %s", (_what, row, cell, value) => {
    const { findings } = check(
      table(edit(row as number, cell as number, value as string)),
      template,
      profile,
    );
    expect(findings.length).toBeGreaterThan(0);
  });
});

describe("what is no unit's column stays as read", () => {
  it("a header naming no unit the caller gave stays unknown", () => {
    const p = table(ROWS, ["某区城市管理局机关", "某区园林绿化中心"]);
    const r = readUnder(p, nationalMinimum, { units: UNITS });
    expect(r.problems.map((x) => x.code)).toContain("unknown-header");
  });

  it("without the caller's units the columns stay unknown (coverage)", () => {
    const r = readUnder(table(), nationalMinimum);
    expect(r.problems.map((x) => x.code)).toContain("unknown-header");
  });
});

describe("units across, the caller naming the department too", () => {
  it("the department's own entry prints no column: the units' columns still read", () => {
    const units = [{ code: "301", name: "某区城市管理局" }, ...UNITS];
    const r = readUnder(table(), nationalMinimum, { units });
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.table?.rows.filter((row) => row.key.kind === "org")).toHaveLength(2);
  });

  it("a unit given with no column: nothing is read across (its sum would be short)", () => {
    const units = [...UNITS, { code: "301003", name: "某区市政设施维护中心" }];
    const r = readUnder(table(), nationalMinimum, { units });
    expect(r.problems.map((x) => x.code)).toContain("unknown-header");
  });
});

describe("units across under split code columns (类 | 款 | 项)", () => {
  it("read as each unit's section, no finding; a wrong figure caught", () => {
    const split = (row: readonly string[]) => {
      const code = row[0] ?? "";
      return [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7), ...row.slice(1)];
    };
    const p = (rows: string[][]): PrintedTable => ({
      ...table(rows),
      headers: [
        "科目编码/类",
        "科目编码/款",
        "科目编码/项",
        "科目名称",
        "合计",
        ...UNITS.map((u) => u.name),
      ],
      rows: rows.map(split),
    });
    const good = check(p(ROWS), henan2024, henan2024Profile);
    expect(good.r.problems.filter((x) => x.severity !== "info")).toEqual([]);
    expect(good.findings).toEqual([]);
    expect(
      check(p(edit(4, 3, "410.00")), henan2024, henan2024Profile).findings.length,
    ).toBeGreaterThan(0);
  });
});

describe("units across beside 基本支出 / 项目支出 columns", () => {
  // the department's parts are printed, the units' are not: nothing across is read (a unit's
  // section leaving its parts blank would be held against the department's parts)
  const rows = [
    ["", "合计", "1,100.00", "400.00", "700.00", "700.00", "400.00"],
    ["212", "城乡社区支出", "1,100.00", "400.00", "700.00", "700.00", "400.00"],
    ["21201", "城乡社区管理事务", "1,100.00", "400.00", "700.00", "700.00", "400.00"],
    ["2120101", "行政运行", "400.00", "400.00", "", "300.00", "100.00"],
    ["2120104", "城管执法", "700.00", "", "700.00", "400.00", "300.00"],
  ];
  const p: PrintedTable = {
    ...table(),
    headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出", ...UNITS.map((u) => u.name)],
    rows,
  };
  it.each(TEMPLATES)("%s: no finding, the units' columns coverage", (_, template, profile) => {
    const { r, findings } = check(p, template, profile);
    expect(findings).toEqual([]);
    expect(r.problems.filter((x) => x.code === "unknown-header").length).toBe(2);
  });
});
