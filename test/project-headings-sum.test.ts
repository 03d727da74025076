/**
 * A row naming an organisation heads a unit's projects only where its figures are the sum of the
 * rows under it: projects that merely end like an organisation (`培训中心`, `应急指挥中心`) head
 * nothing, so a project printed twice after two of them is still a duplicate.
 */
import { describe, expect, it } from "vitest";
import { readPrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";

const H = ["项目名称", "合计", "本年拨款/一般公共预算"];
const check = (rows: string[][]) => {
  const read = readPrintedTable(
    { title: "项目支出预算表", unit: "单位：万元", headers: H, rows },
    { template: henan2024 },
  );
  const meta = {
    year: 2024,
    documentKind: "部门" as const,
    template: "henan2024",
    department: { name: "某县应急管理局" },
    units: [],
  };
  const report = checkDisclosure(
    { meta, tables: read.table ? [read.table] : [], texts: [] },
    { profile: henan2024Profile, template: henan2024 },
  );
  return {
    read: read.problems.filter((p) => p.severity !== "info").map((p) => p.code),
    findings: report.findings.filter((f) => f.severity !== "info").map((f) => f.ruleId),
  };
};

describe("a heading's figures are its rows' sum", () => {
  it.each([
    ["培训中心", "应急指挥中心"],
    ["数据中心", "监测站"],
  ])(
    "projects named like organisations (%s, %s) head nothing: a true duplicate is still found",
    (a, b) => {
      const r = check([
        ["合计", "90.00", "90.00"],
        [a, "20.00", "20.00"],
        ["办公设备购置", "10.00", "10.00"],
        [b, "50.00", "50.00"],
        ["办公设备购置", "10.00", "10.00"],
      ]);
      expect(r.read).toContain("duplicate-row");
      expect(r.findings).toContain("rows.duplicate");
    },
  );

  it("units' headings whose figures are their rows' sums still tell one name apart", () => {
    const r = check([
      ["合计", "100.00", "100.00"],
      ["某县第一中学", "40.00", "40.00"],
      ["校舍维修", "40.00", "40.00"],
      ["某县第二中学", "60.00", "60.00"],
      ["校舍维修", "25.00", "25.00"],
      ["设备购置", "35.00", "35.00"],
    ]);
    expect(r.read).not.toContain("duplicate-row");
    expect(r.findings).not.toContain("rows.duplicate");
    expect(r.findings).not.toContain("same-fact");
  });
});
