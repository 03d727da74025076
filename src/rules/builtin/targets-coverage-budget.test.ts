/**
 * targets.coverage and targets.budget at their edges: when each applies, a project without targets
 * and a target of no project, each 预算情况 line against its own figure, and lines with nothing to
 * compare with. Small disclosures built with the table builders; the other targets rules' edges
 * are in targets-edges.test.ts.
 */
import { describe, expect, it } from "vitest";
import { type Table, type Targets, tableBuilder } from "../../disclosure";
import { henan2024 } from "../../templates";
import { henan2024Profile } from "../profiles";
import { renderFinding } from "../render";
import {
  checkTargets as check,
  TARGET_EXPENDITURE as EXPENDITURE,
  findings,
  one,
  only,
  outcome,
  TARGET_PROJECTS as PROJECTS,
  targetProject as project,
} from "../test-support";
import type { Profile } from "../types";

const h = (kind: string) => tableBuilder(henan2024, kind);
const onlyRule = (id: string): Profile => only(henan2024Profile, id);

const en = (r: ReturnType<typeof check>, id: string) =>
  findings(r, id).map((f) => renderFinding(f, henan2024Profile.rules, "en", henan2024));

describe("targets.coverage", () => {
  it("is not applicable without a project table, and passes when every project has targets", () => {
    const targets: Targets = {
      unit: "万元",
      projects: [project("学生资助", "120.00"), project("校舍维修", "80.00")],
    };
    const none = check([], targets, onlyRule("targets.coverage"));
    expect([outcome(none, "targets.coverage"), none.findings]).toEqual(["not-applicable", []]);
    const r = check([PROJECTS], targets);
    expect([outcome(r, "targets.coverage"), findings(r, "targets.coverage")]).toEqual(["pass", []]);
  });

  it("a project without targets and a target of no project are warned of, with their names", () => {
    const r = check([PROJECTS], {
      unit: "万元",
      projects: [project("学生资助", "120.00"), project("食堂改造", "80.00")],
    });
    expect(
      findings(r, "targets.coverage").map((f) => [
        f.severity,
        f.outcome,
        f.params.kind,
        f.params.project,
        f.path?.table,
        f.path?.row,
      ]),
    ).toEqual([
      ["warning", "fail", "no-target", "校舍维修", "projects", "project:校舍维修"],
      ["warning", "fail", "unknown-project", "食堂改造", "targets", "projects/1"],
    ]);
    expect(outcome(r, "targets.coverage")).toBe("fail");
  });

  it("a target with indicators beside one without: the bare one is warned of", () => {
    const r = check([PROJECTS], {
      unit: "万元",
      projects: [
        project("学生资助", "120.00"),
        { name: "校舍维修", money: { total: "80.00" }, indicators: [] },
      ],
    });
    expect(
      findings(r, "targets.coverage").map((f) => [f.params.kind, f.params.project, f.path?.row]),
    ).toEqual([["no-indicators", "校舍维修", "projects/1"]]);
  });

  it("a project listed twice with the same targets is matched once", () => {
    const r = check([PROJECTS], {
      unit: "万元",
      projects: [
        project("学生资助", "120.00"),
        project("学生资助", "120.00"),
        project("校舍维修", "80.00"),
      ],
    });
    expect(findings(r, "targets.coverage")).toEqual([]);
  });
});

describe("targets.coverage when no project target was read", () => {
  const department: Table = {
    kind: "departmentTargets",
    unit: "万元",
    rows: [
      { key: { kind: "line", line: "budget.total" }, cells: { amount: "500.00" } },
      {
        key: { kind: "indicator", index: 0 },
        cells: { level1: "产出指标", level2: "数量指标", level3: "资助学生人数", value: "≥1200人" },
      },
    ],
  };

  it("a disclosure printing only the 部门整体绩效目标表 says no project lacks targets", () => {
    const r = check([PROJECTS, department]);
    expect(outcome(r, "targets.coverage")).toBe("insufficient-data");
    expect(findings(r, "targets.coverage").map((f) => [f.severity, f.params.kind])).toEqual([
      ["info", undefined],
    ]);
    // The same with the department's targets given as data and no project target.
    const data = check([PROJECTS], {
      unit: "万元",
      projects: [],
      department: { tasks: [], budget: { total: "500.00" }, indicators: [] },
    });
    expect(outcome(data, "targets.coverage")).toBe("insufficient-data");
  });

  it("rows the reader gave no project (an unrecognised project column) leave the rest unasserted", () => {
    const orphans = (rows: Table["rows"]): Table => ({
      kind: "projectTargets",
      unit: "万元",
      rows,
    });
    const ind = (index: number, name: string, value: string) => ({
      key: { kind: "indicator" as const, index },
      cells: { "indicator.level1": "产出指标", "indicator.name": name, "indicator.value": value },
    });
    // Every row orphaned: no project read at all.
    const none = check([
      PROJECTS,
      orphans([ind(0, "资助学生人数", "≥1200人"), ind(1, "维修面积", "≥500㎡")]),
    ]);
    expect(outcome(none, "targets.coverage")).toBe("insufficient-data");
    // One project read, the rows above it orphaned: 校舍维修 may be among them.
    const some = check([
      PROJECTS,
      orphans([
        ind(0, "维修面积", "≥500㎡"),
        {
          key: { kind: "project", name: "学生资助" },
          cells: {
            total: "120.00",
            "indicator.level1": "产出指标",
            "indicator.name": "资助学生人数",
            "indicator.value": "≥1200人",
          },
        },
      ]),
    ]);
    expect(outcome(some, "targets.coverage")).toBe("insufficient-data");
    expect(findings(some, "targets.coverage").filter((f) => f.severity !== "info")).toEqual([]);
    // Bites: the same table read whole still says 校舍维修 has no target.
    const whole = check([
      PROJECTS,
      orphans([
        {
          key: { kind: "project", name: "学生资助" },
          cells: {
            total: "120.00",
            "indicator.level1": "产出指标",
            "indicator.name": "资助学生人数",
            "indicator.value": "≥1200人",
          },
        },
      ]),
    ]);
    expect(
      findings(whole, "targets.coverage").map((f) => [f.params.kind, f.params.project]),
    ).toEqual([["no-target", "校舍维修"]]);
  });

  it("a projects table printed and read whole that lists no project: each project lacks targets", () => {
    const table = (rows: Table["rows"]): Table => ({ kind: "projectTargets", unit: "万元", rows });
    const org = (code: string): Table["rows"][number] => ({
      key: { kind: "org", code },
      cells: { total: "200.00" },
    });
    const lacking = (r: ReturnType<typeof check>) =>
      findings(r, "targets.coverage").map((f) => [f.severity, f.params.kind, f.params.project]);
    const expected = [
      ["warning", "no-target", "学生资助"],
      ["warning", "no-target", "校舍维修"],
    ];
    // Printed without rows (its note read apart), or with the unit's own rows only.
    expect(lacking(check([PROJECTS, table([])]))).toEqual(expected);
    expect(lacking(check([PROJECTS, table([org("116"), org("116001")])]))).toEqual(expected);
    // With the department's table as well, the projects table still says none is there.
    expect(lacking(check([PROJECTS, department, table([])]))).toEqual(expected);
    // A row the reader could not place may be a project's: nothing is asserted.
    const unplaced = check([
      PROJECTS,
      table([{ key: { kind: "unplaced", label: "学生资助" }, cells: { total: "120.00" } }]),
    ]);
    expect(outcome(unplaced, "targets.coverage")).toBe("insufficient-data");
  });
});

describe("targets.budget: each 预算情况 line against its figure", () => {
  const dept = (budget: Record<string, string>): Targets => ({
    unit: "万元",
    projects: [],
    department: { tasks: [], budget, indicators: [] },
  });
  const SUMMARY = h("summary")
    .line("revenue.total", { "income.amount": "500.00" })
    .line("revenue.specialAccount", { "income.amount": "50.00" })
    .build().value;

  it("总额 with 收入总计, 财政专户管理资金 with its revenue line, 基本 / 项目支出 with the 支出表", () => {
    const right = check(
      [SUMMARY, EXPENDITURE],
      dept({ total: "500.00", specialAccount: "50.00", basic: "300.00", project: "200.00" }),
    );
    expect([outcome(right, "targets.budget"), findings(right, "targets.budget")]).toEqual([
      "pass",
      [],
    ]);
    const wrong = check(
      [SUMMARY, EXPENDITURE],
      dept({ total: "501.00", specialAccount: "51.00", basic: "301.00", project: "201.00" }),
    );
    expect(
      findings(wrong, "targets.budget").map((f) => [
        f.severity,
        f.params.line,
        f.expected,
        f.actual,
        f.path?.column,
      ]),
    ).toEqual([
      ["error", "total", "500.00", "501.00", "budget/total"],
      ["error", "specialAccount", "50.00", "51.00", "budget/specialAccount"],
      ["error", "basic", "300.00", "301.00", "budget/basic"],
      ["error", "project", "200.00", "201.00", "budget/project"],
    ]);
    // the target's figure stands for the same concept as the disclosure's
    expect(
      findings(wrong, "targets.budget").map((f) => f.evidence.map((e) => [e.concept, e.coords])),
    ).toEqual([
      [
        ["revenue.total", {}],
        ["revenue.total", expect.anything()],
      ],
      [
        ["revenue", { fund: "specialAccount" }],
        ["revenue", expect.objectContaining({ fund: "specialAccount" })],
      ],
      [
        ["spending", { nature: "basic" }],
        ["spending", expect.objectContaining({ nature: "basic" })],
      ],
      [
        ["spending", { nature: "project" }],
        ["spending", expect.objectContaining({ nature: "project" })],
      ],
    ]);
    expect(en(wrong, "targets.budget")[2]).toContain('budget line "basic spending" is 301.00');
  });

  it("总额 falls back on 支出总计 when no 收入总计 is printed", () => {
    const spendingOnly = h("summary")
      .line("spending.total", { "spending.amount": "500.00" })
      .build().value;
    const r = check([spendingOnly], dept({ total: "510.00" }));
    const f = one(r, "targets.budget");
    expect([f.params.line, f.expected, f.actual]).toEqual(["total", "500.00", "510.00"]);
  });

  it("a line printed blank states nothing; lines with nothing to compare with are insufficient", () => {
    const blank = check([SUMMARY], dept({ total: "", basic: "" }));
    expect([outcome(blank, "targets.budget"), blank.findings]).toEqual(["not-applicable", []]);
    const lonely = check([], dept({ unitFunds: "30.00" }));
    expect(outcome(lonely, "targets.budget")).toBe("insufficient-data");
    expect(one(lonely, "targets.budget").path?.table).toBe("targets");
    // some lines compared, others without a figure: the compared ones speak
    const some = check([SUMMARY], dept({ total: "500.00", unitFunds: "30.00" }));
    expect([outcome(some, "targets.budget"), findings(some, "targets.budget")]).toEqual([
      "pass",
      [],
    ]);
  });

  it("is not applicable without a department target", () => {
    const r = check([SUMMARY], { unit: "万元", projects: [project("学生资助", "120.00")] });
    expect(outcome(r, "targets.budget")).toBe("not-applicable");
  });
});
