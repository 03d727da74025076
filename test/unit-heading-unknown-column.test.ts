/**
 * A unit's heading printed under a column of no known header (`编码 | 名称 | 合计 | …`, both
 * headers unknown to the template) is no unit's row: only a column whose header names units
 * (`项目单位`, `单位名称`) holds one. Before, the unit's row was read while its projects stayed
 * unplaced, and the total was checked against that one unit: a rollup error on a correct table.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import type { PrintedTable } from "../src/printed";
import { checkUnderTwoUnits, TWO_UNITS } from "../src/printed/test-support";
import { checkDisclosure, nationalProfile } from "../src/rules";
import { nationalMinimum } from "../src/templates";
import { serious } from "./layouts/check";

const table = (headers: string[]): PrintedTable => ({
  title: "2024年项目支出预算表",
  unit: "万元",
  headers,
  rows: [
    ["", "合计", "15.00", "15.00"],
    ["116001", "某局机关", "7.00", "7.00"],
    ["116001", "办公设备购置", "5.00", "5.00"],
    ["116001", "物业管理", "2.00", "2.00"],
    ["116002", "信息中心", "8.00", "8.00"],
    ["116002", "网络运维", "8.00", "8.00"],
  ],
});

const check = (p: PrintedTable) =>
  checkUnderTwoUnits(p).map(({ table, report }) => ({
    orgs: table.rows.filter((row) => row.key.kind === "org").length,
    findings: serious(report.findings),
  }));

describe("a unit's heading under a column of no known header", () => {
  it("编码 | 名称: no unit's row, no rollup finding", () => {
    for (const r of check(table(["编码", "名称", "合计", "一般公共预算"])))
      expect(r).toEqual({ orgs: 0, findings: [] });
  });
});

describe("a sum over a table with several unplaced rows printing figures", () => {
  const disclosure = (total: string): Disclosure => ({
    meta: {
      year: 2024,
      documentKind: "部门",
      template: nationalMinimum.id,
      department: { name: "某局", code: "116" },
      units: TWO_UNITS.map((u) => ({ ...u, unitType: "行政" as const })),
    },
    tables: [
      {
        kind: "projects",
        unit: "万元",
        rows: [
          { key: { kind: "total" }, cells: { total, gpb: total } },
          { key: { kind: "org", code: "116001" }, cells: { total: "7.00", gpb: "7.00" } },
          { key: { kind: "unplaced", label: "" }, cells: { total: "5.00", gpb: "5.00" } },
          { key: { kind: "unplaced", label: "" }, cells: { total: "2.00", gpb: "2.00" } },
          { key: { kind: "unplaced", label: "" }, cells: { total: "8.00", gpb: "8.00" } },
        ],
      },
    ],
    texts: [],
  });
  const findings = (total: string) =>
    serious(
      checkDisclosure(disclosure(total), {
        profile: nationalProfile,
        template: nationalMinimum,
        catalog: catalog2024,
      }).findings,
    );

  it("is incomplete: no rollup error against the placed rows alone", () => {
    expect(findings("15.00")).toEqual([]);
  });

  it("unplaced rows printing nothing leave the sum whole: a wrong total is still caught", () => {
    const d = disclosure("15.00");
    const [table] = d.tables;
    if (table === undefined) throw new Error("no table");
    const blank = { total: "", gpb: "" };
    const rows = table.rows.map((r) => (r.key.kind === "unplaced" ? { ...r, cells: blank } : r));
    const report = checkDisclosure(
      { ...d, tables: [{ ...table, rows }] },
      { profile: nationalProfile, template: nationalMinimum, catalog: catalog2024 },
    );
    expect(serious(report.findings).join()).toMatch(/rollup/);
  });
});
