/**
 * A multi-unit department's 项目支出绩效目标表 whose units head their projects by a row naming the
 * unit alone (`某县第一中学 | 40.00`, no indicator), two units each printing a project of one name
 * (`校舍维修`), the caller naming no units: the projects are two, told apart by the heading above
 * each (no `duplicate-row`, no `same-fact`, no `rows.duplicate`), as they are when the units are
 * given. One name printed twice under ONE heading is still a duplicate.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../src/disclosure";
import { type PrintedTable, readPrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile, nationalProfile } from "../src/rules";
import { henan2024, nationalMinimum, type Template } from "../src/templates";

const HEADERS = ["项目名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值"];

/** A unit's heading row and its projects, each with two indicator rows. */
function block(unit: string, money: string, projects: readonly [string, string][]): string[][] {
  const rows: string[][] = [[unit, money, "", "", "", ""]];
  for (const [name, m] of projects)
    rows.push(
      [name, m, "产出指标", "数量指标", "完成数量", "≥1项"],
      ["", "", "满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
    );
  return rows;
}

function run(template: Template, unit: string, rows: string[][]) {
  const printed: PrintedTable = { title: "2025年项目支出绩效目标表", unit, headers: HEADERS, rows };
  const read = readPrintedTable(printed, { template });
  const tables: Table[] = read.table === undefined ? [] : [read.table];
  const disclosure = {
    meta: {
      year: 2025,
      documentKind: "部门",
      template: template.id,
      department: { name: "某县教育局" },
      units: [],
    },
    tables,
    texts: [],
  } as const;
  const profile = template === henan2024 ? henan2024Profile : nationalProfile;
  const report = checkDisclosure(disclosure, { profile, template });
  return {
    duplicates: read.problems.filter((p) => p.code === "duplicate-row" && p.severity !== "info"),
    findings: report.findings
      .filter((f) => f.severity !== "info")
      .filter((f) => f.ruleId === "same-fact" || f.ruleId === "rows.duplicate")
      .map((f) => f.ruleId),
  };
}

const CASES: { label: string; unit: string; rows: string[][] }[] = [
  {
    label: "two schools (中学), 万元",
    unit: "单位：万元",
    rows: [
      ...block("某县第一中学", "40.00", [["校舍维修", "40.00"]]),
      ...block("某县第二中学", "60.00", [["校舍维修", "60.00"]]),
    ],
  },
  {
    label: "three centres (中心), 元, other projects between",
    unit: "单位：元",
    rows: [
      ...block("某区疾病预防控制中心", "350000.00", [
        ["公共卫生服务", "200000.00"],
        ["设备购置", "150000.00"],
      ]),
      ...block("某区妇幼保健计划生育服务中心", "120000.00", [["公共卫生服务", "120000.00"]]),
      ...block("某区卫生健康综合监督执法中心", "80000.00", [["设备购置", "80000.00"]]),
    ],
  },
  {
    label: "a bureau (局) and an institute (所), 万元",
    unit: "单位：万元",
    rows: [
      ["合计", "95.00", "", "", "", ""],
      ...block("某市自然资源和规划局", "55.00", [["不动产登记运行经费", "55.00"]]),
      ...block("某市测绘地理信息研究所", "40.00", [["不动产登记运行经费", "40.00"]]),
    ],
  },
];

describe("projects of one name under two units' headings, no units given", () => {
  for (const template of [henan2024, nationalMinimum])
    for (const c of CASES)
      it(`${c.label} [${template.id}]: no duplicate`, () => {
        const { duplicates, findings } = run(template, c.unit, c.rows);
        expect(duplicates).toEqual([]);
        expect(findings).toEqual([]);
      });

  it("one name twice under ONE heading is still a duplicate", () => {
    const rows = [
      ...block("某县第一中学", "80.00", [
        ["校舍维修", "40.00"],
        ["校舍维修", "40.00"],
      ]),
      ...block("某县第二中学", "60.00", [["校舍维修", "60.00"]]),
    ];
    for (const template of [henan2024, nationalMinimum]) {
      const { duplicates, findings } = run(template, "单位：万元", rows);
      expect(duplicates.length).toBe(1);
      expect(findings).toContain("rows.duplicate");
    }
  });

  it("two figures for one name under ONE heading: still a conflict", () => {
    const rows = block("某县第一中学", "100.00", [
      ["校舍维修", "40.00"],
      ["校舍维修", "60.00"],
    ]);
    const { duplicates, findings } = run(henan2024, "单位：万元", rows);
    expect(duplicates.length).toBe(1);
    expect(findings).toContain("rows.duplicate");
  });
});
