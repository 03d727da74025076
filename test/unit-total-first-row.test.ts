/**
 * A first row labelled as one unit's total (`某局机关合计` over its projects, `某局信息中心合计`
 * over the next unit's, no grand total; `本级合计`; `机关合计`) is no table total: read as it was
 * before names of whose total it is were read (a project or an unplaced row), no rollup error.
 * The department's own `某县农业农村局合计` at the head stays the total (test/named-total-labels).
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { checkUnderTwoUnits } from "../src/printed/test-support";
import { serious } from "./layouts/check";

const check = (p: PrintedTable) =>
  checkUnderTwoUnits(p).map(({ table, report }) => ({
    totals: table.rows.filter((row) => row.key.kind === "total").length,
    findings: serious(report.findings),
  }));

const projects = (first: string, second = "某局信息中心合计"): PrintedTable => ({
  title: "2024年项目支出预算表",
  unit: "万元",
  headers: ["项目名称", "合计", "一般公共预算"],
  rows: [
    [first, "7.00", "7.00"],
    ["办公设备购置", "5.00", "5.00"],
    ["物业管理", "2.00", "2.00"],
    [second, "8.00", "8.00"],
    ["网络运维", "8.00", "8.00"],
  ],
});

describe("a first row labelled as one unit's total", () => {
  it.each(["某局机关合计", "本级合计", "机关合计"])(
    "%s over its projects, the next unit's total below: no table total, no finding",
    (first) => {
      for (const r of check(projects(first))) expect(r).toEqual({ totals: 0, findings: [] });
    },
  );

  it("机关合计 heading a 基本支出表 is no table total", () => {
    const p: PrintedTable = {
      title: "2024年一般公共预算基本支出表",
      unit: "万元",
      headers: ["科目编码", "科目名称", "合计", "人员经费", "公用经费"],
      rows: [
        ["", "机关合计", "10.00", "8.00", "2.00"],
        ["301", "工资福利支出", "8.00", "8.00", ""],
        ["302", "商品和服务支出", "2.00", "", "2.00"],
      ],
    };
    for (const r of check(p)) expect(r.totals).toBe(0);
  });

  it("the department's own total at the head still checks its rows: a wrong figure is caught", () => {
    const p: PrintedTable = {
      title: "2024年项目支出预算表",
      unit: "万元",
      headers: ["项目名称", "合计", "一般公共预算"],
      rows: [
        ["某县某局合计", "16.00", "16.00"],
        ["办公设备购置", "5.00", "5.00"],
        ["物业管理", "2.00", "2.00"],
        ["网络运维", "8.00", "8.00"],
      ],
    };
    for (const r of check(p)) {
      expect(r.totals).toBe(1);
      expect(r.findings.join()).toMatch(/error/);
    }
  });
});
