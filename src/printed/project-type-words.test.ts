/**
 * A 项目支出表's 类型 spelled out as a kind of project (`其他运转类项目`, `特定目标类项目`): read as
 * the type it names, so the projects of each type are summed against the 支出表's 其他运转类 /
 * 特定目标类 columns (it was an unknown value: coverage, the types' sums not checked). A type's
 * sum that is not the 支出表's is still caught.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../disclosure";
import { checkDisclosure, henan2024Profile } from "../rules";
import { only } from "../rules/test-support";
import { henan2024 } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const projects = (operating: string, specific: string, header = "类型"): PrintedTable => ({
  title: "2024年项目支出预算表",
  unit: "万元",
  headers: [header, "项目名称", "项目单位", "合计", "本年拨款/一般公共预算"],
  rows: [
    ["", "合计", "", "30.00", "30.00"],
    [operating, "机关运行经费", "某局", "10.00", "10.00"],
    [specific, "信息化建设", "某局", "15.00", "15.00"],
    [specific, "设备购置", "某局", "5.00", "5.00"],
  ],
});
const expenditure = (specific: string): PrintedTable => ({
  title: "2024年部门支出预算表",
  unit: "万元",
  headers: [
    "科目编码",
    "科目名称",
    "合计",
    "项目支出/小计",
    "项目支出/其他运转类",
    "项目支出/特定目标类",
  ],
  rows: [["", "合计", "30.00", "30.00", "10.00", specific]],
});

const read = (p: PrintedTable): Table => {
  const r = readPrintedTable(p, { template: henan2024, year: 2024 });
  if (r.table === undefined) throw new Error(p.title);
  return r.table;
};
const check = (tables: readonly Table[]) =>
  checkDisclosure(
    {
      meta: {
        year: 2024,
        documentKind: "单位",
        template: "henan2024",
        department: { name: "某局" },
        units: [{ name: "某局", unitType: "行政" }],
      },
      tables,
      texts: [],
    },
    { profile: only(henan2024Profile, "same-fact", "rollup", "nature"), template: henan2024 },
  );

const SPELLINGS = [
  ["其他运转类项目", "特定目标类项目", "类型"],
  ["其他运转类项目", "特定目标类项目", "项目类型"],
  ["其他运转类", "特定目标类项目", "类型"],
] as const;

describe("项目类型 spelled out as a kind of project", () => {
  it.each(SPELLINGS)("%s / %s under %s: read, no gap, no finding", (op, sp, header) => {
    const r = check([read(projects(op, sp, header)), read(expenditure("20.00"))]);
    expect(r.coverage.tables.flatMap((t) => t.gaps)).toEqual([]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it.each(SPELLINGS)(
    "%s / %s under %s: a type's sum off the 支出表 is caught",
    (op, sp, header) => {
      const r = check([read(projects(op, sp, header)), read(expenditure("21.00"))]);
      const errors = r.findings.filter((f) => f.severity === "error");
      expect(errors.some((f) => f.path?.column === "project.specific")).toBe(true);
    },
  );
});
