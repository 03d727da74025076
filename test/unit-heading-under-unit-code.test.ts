/**
 * In a table listing projects under unit codes (`单位编码 | 项目名称 | 合计 …`), a unit's heading
 * row printing a name the caller's units do not match (`116002 | 信息服务站 | 8.00`, the caller
 * naming 某局信息中心), its figures the sum of the rows under the same code below it, cannot be told
 * from a project: it is left unplaced (coverage), not read as a project counted twice (before: a
 * rollup error on a correct table). A unit's first project whose figures are not the rest's sum
 * stays a project, and a wrong figure is still found.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { checkUnderTwoUnits } from "../src/printed/test-support";
import { serious } from "./layouts/check";

const check = (p: PrintedTable) =>
  checkUnderTwoUnits(p).map(({ table, report }) => ({
    projects: table.rows.flatMap((row) => (row.key.kind === "project" ? [row.key.name] : [])),
    findings: serious(report.findings),
  }));

const table = (rows: string[][]): PrintedTable => ({
  title: "2024年项目支出预算表",
  unit: "万元",
  headers: ["单位编码", "项目名称", "合计", "一般公共预算"],
  rows,
});

describe("a unit's heading under a unit code, named unlike the caller's unit", () => {
  it.each([
    ["信息服务站", "某局本级"],
    ["信息服务站", "办公室"],
  ])("%s (and %s) over their projects: no project of theirs, no finding", (second, first) => {
    const p = table([
      ["", "合计", "15.00", "15.00"],
      ["116001", first, "7.00", "7.00"],
      ["116001", "办公设备购置", "5.00", "5.00"],
      ["116001", "物业管理", "2.00", "2.00"],
      ["116002", second, "8.00", "8.00"],
      ["116002", "网络运维", "8.00", "8.00"],
    ]);
    for (const r of check(p)) {
      expect(r.findings).toEqual([]);
      expect(r.projects).not.toContain(second);
      expect(r.projects).toEqual(expect.arrayContaining(["办公设备购置", "物业管理", "网络运维"]));
    }
  });

  it("a unit's first project, its figures not the rest's sum, stays a project; a wrong total is found", () => {
    const p = table([
      ["", "合计", "16.00", "16.00"],
      ["116001", "办公设备购置", "5.00", "5.00"],
      ["116001", "物业管理", "2.00", "2.00"],
      ["116002", "网络运维", "8.00", "8.00"],
    ]);
    for (const r of check(p)) {
      expect(r.projects).toEqual(["办公设备购置", "物业管理", "网络运维"]);
      expect(r.findings.join()).toMatch(/rollup/);
    }
  });
});
