/**
 * The targets rules (I16) at their edges: when each applies, where an insufficient-data finding
 * points, truncation and rounding, the cells a check reaches. Small disclosures built with the
 * table builders; targets.coverage and each 预算情况 line against its own figure (targets.budget)
 * are in targets-coverage-budget.test.ts.
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

const zh = (r: ReturnType<typeof check>, id: string) =>
  findings(r, id).map((f) => renderFinding(f, henan2024Profile.rules, "zh-CN", henan2024));
const en = (r: ReturnType<typeof check>, id: string) =>
  findings(r, id).map((f) => renderFinding(f, henan2024Profile.rules, "en", henan2024));

describe("targets.money", () => {
  it("is not applicable to targets of no project, insufficient without a project table", () => {
    const none = check([PROJECTS], { unit: "万元", projects: [] }, onlyRule("targets.money"));
    expect([outcome(none, "targets.money"), none.findings]).toEqual(["not-applicable", []]);
    const r = check([], { unit: "万元", projects: [project("学生资助", "120.00")] });
    const f = one(r, "targets.money");
    expect([f.severity, f.outcome, f.params, f.path]).toEqual([
      "info",
      "insufficient-data",
      {},
      { table: "targets", row: "", column: "", raw: "" },
    ]);
    // printed targets: the finding points at their table
    const printed = h("projectTargets")
      .project("学生资助", {
        total: "120.00",
        "output.name": "资助学生人数",
        "output.value": "≥1200人",
      })
      .build().value;
    expect(one(check([printed]), "targets.money").path?.table).toBe("projectTargets");
    expect(one(check([printed]), "targets.sum").path?.table).toBe("projectTargets");
    // two targets tables: the one first in the template (部门 before 项目), in either order
    const department: Table = { kind: "departmentTargets", unit: "万元", rows: [] };
    for (const tables of [
      [printed, department],
      [department, printed],
    ])
      expect(one(check(tables), "targets.money").path?.table).toBe("departmentTargets");
  });

  it("passes when every target matches its project; not applicable when none names one", () => {
    const ok = check([PROJECTS], {
      unit: "万元",
      projects: [project("学生资助", "120.00"), project("校舍维修", "80")],
    });
    expect([outcome(ok, "targets.money"), findings(ok, "targets.money")]).toEqual(["pass", []]);
    // the cells it compared are reached: none of the project table's figures is unconstrained
    const reached = check(
      [PROJECTS],
      { unit: "万元", projects: [project("学生资助", "120.00"), project("校舍维修", "80.00")] },
      onlyRule("targets.money"),
    );
    expect(reached.unconstrained.map((c) => c.row)).not.toContain("project:学生资助");
    const strangers = check([PROJECTS], {
      unit: "万元",
      projects: [project("食堂改造", "50.00")],
    });
    expect(outcome(strangers, "targets.money")).toBe("not-applicable");
  });

  it("a target that truncates its project's figure is a warning; one that differs an error", () => {
    const r = check([PROJECTS], {
      unit: "万元",
      projects: [project("学生资助", "120"), project("校舍维修", "81.00")],
    });
    expect(
      findings(r, "targets.money").map((f) => [f.severity, f.params.status, f.params.project]),
    ).toEqual([["error", "differ", "校舍维修"]]);
    const cut = h("projects")
      .total({ total: "120.67" })
      .project("学生资助", { type: "特定目标类", total: "120.67" })
      .build().value;
    const t = check([cut], { unit: "万元", projects: [project("学生资助", "120")] });
    expect(findings(t, "targets.money").map((f) => [f.severity, f.params.status])).toEqual([
      ["warning", "truncated"],
    ]);
    expect(outcome(t, "targets.money")).toBe("fail");
  });

  it("says when rounding explains the difference", () => {
    const r = check([PROJECTS], {
      unit: "元",
      projects: [project("学生资助", "1,200,040"), project("校舍维修", "800,000")],
    });
    const [line] = zh(r, "targets.money");
    expect(line).toMatch(/^【绩效目标】projects\/0 money\/total：项目“学生资助”的资金总额为 /u);
    expect(line).toMatch(/，可由不同精度的四舍五入解释。$/u);
    expect(en(r, "targets.money")[0]).toMatch(/ \(within rounding of the printed precisions\)\.$/u);
  });
});

describe("targets.sum", () => {
  it("compares the sum of every project's total with 项目支出", () => {
    const equal = check([EXPENDITURE], {
      unit: "万元",
      projects: [project("学生资助", "120.00"), project("校舍维修", "80.00")],
    });
    expect([outcome(equal, "targets.sum"), findings(equal, "targets.sum")]).toEqual(["pass", []]);
    const r = check([EXPENDITURE], {
      unit: "万元",
      projects: [project("学生资助", "120.00"), project("校舍维修", "85.00")],
    });
    const f = one(r, "targets.sum");
    expect([f.severity, f.params.count, f.expected, f.actual, f.difference]).toEqual([
      "error",
      2,
      "200.00",
      "205.00",
      "5.00",
    ]);
    expect(en(r, "targets.sum")[0]).toContain("the target money of 2 projects is 205.00");
    expect(zh(r, "targets.sum")[0]).toContain("2 个项目的绩效目标资金合计为 205.00");
  });

  it("targets for some of the 项目支出表's projects: their money is at most 项目支出 (DOMAIN I16)", () => {
    // 校舍维修 has no targets: 120.00 of the 200.00 项目支出 is targeted, no difference
    const some = check([EXPENDITURE, PROJECTS], {
      unit: "万元",
      projects: [project("学生资助", "120.00")],
    });
    expect([outcome(some, "targets.sum"), findings(some, "targets.sum")]).toEqual(["pass", []]);
    // …but more than all of 项目支出 is wrong whatever the other projects' targets
    const over = check([EXPENDITURE, PROJECTS], {
      unit: "万元",
      projects: [project("学生资助", "220.00")],
    });
    expect(findings(over, "targets.sum").map((f) => [f.severity, f.expected, f.actual])).toEqual([
      ["error", "200.00", "220.00"],
    ]);
    // every project targeted: the sum is 项目支出 exactly
    const all = check([EXPENDITURE, PROJECTS], {
      unit: "万元",
      projects: [project("学生资助", "120.00"), project("校舍维修", "70.00")],
    });
    expect(findings(all, "targets.sum").map((f) => [f.expected, f.actual])).toEqual([
      ["200.00", "190.00"],
    ]);
  });

  it("wants 项目支出 and a total for every project", () => {
    const noSpending = check([], {
      unit: "万元",
      projects: [project("学生资助", "120.00")],
    });
    expect(outcome(noSpending, "targets.sum")).toBe("insufficient-data");
    const malformed = check([EXPENDITURE], {
      unit: "万元",
      projects: [project("学生资助", "120.00"), project("校舍维修", "8O.00")],
    });
    expect(outcome(malformed, "targets.sum")).toBe("insufficient-data");
    expect(outcome(check([EXPENDITURE], { unit: "万元", projects: [] }), "targets.sum")).toBe(
      "not-applicable",
    );
  });
});

describe("the project table and 项目支出 the targets are compared with", () => {
  it("a project table printed twice (body and annex) lists each project once", () => {
    const r = check([PROJECTS, PROJECTS], {
      unit: "万元",
      projects: [project("学生资助", "121.00"), project("校舍维修", "80.00")],
    });
    expect(
      findings(r, "targets.money").map((f) => [f.params.project, f.expected, f.actual]),
    ).toEqual([["学生资助", "120.00", "121.00"]]);
    expect(findings(r, "targets.coverage")).toEqual([]);
  });

  it("a 项目支出 cell left blank in one table does not hide the figure another prints", () => {
    const blank = h("expenditure")
      .total({ total: "500.00", basic: "300.00", project: "" })
      .build().value;
    const r = check([blank, PROJECTS], {
      unit: "万元",
      projects: [project("学生资助", "120.00"), project("校舍维修", "80.00")],
    });
    expect([outcome(r, "targets.sum"), findings(r, "targets.sum")]).toEqual(["pass", []]);
    const off = check([blank, PROJECTS], {
      unit: "万元",
      projects: [project("学生资助", "120.00"), project("校舍维修", "81.00")],
    });
    expect(findings(off, "targets.sum").map((f) => [f.expected, f.actual])).toEqual([
      ["200.00", "201.00"],
    ]);
  });

  it("a target's code with spaces around it still finds its project; a blank code is none", () => {
    const coded = h("projects")
      .total({ total: "200.00" })
      .project("学生资助", { type: "特定目标类", total: "120.00" }, "410305240000000012345")
      .project("校舍维修", { type: "特定目标类", total: "80.00" }, "410305240000000012346")
      .build().value;
    const r = check([coded], {
      unit: "万元",
      projects: [
        project("学生资助（2024年）", "121.00", " 410305240000000012345 "),
        project("校舍维修", "80.00", " "),
      ],
    });
    expect(
      findings(r, "targets.money").map((f) => [f.params.project, f.expected, f.actual]),
    ).toEqual([["学生资助（2024年）", "120.00", "121.00"]]);
    // the target's figure is about the table's project, by the table's name
    const [f] = findings(r, "targets.money");
    expect(f?.evidence.map((e) => [e.concept, e.coords.project])).toEqual([
      ["spending", "学生资助"],
      ["spending", "学生资助"],
    ]);
    expect(outcome(r, "targets.money")).toBe("fail");
  });
});

describe("a check of one targets rule reports its own findings and reaches the cells it compared", () => {
  const both: Targets = {
    unit: "万元",
    projects: [project("学生资助", "120.00"), project("校舍维修", "80.00")],
    department: { tasks: [], budget: { basic: "300.00" }, indicators: [] },
  };
  it("passing, each rule alone reports nothing at all", () => {
    for (const id of ["targets.money", "targets.sum", "targets.coverage", "targets.budget"]) {
      const r = check([EXPENDITURE, PROJECTS], both, onlyRule(id));
      expect([id, outcome(r, id), r.findings]).toEqual([id, "pass", []]);
    }
    for (const id of ["targets.money", "targets.sum", "targets.coverage"]) {
      const r = check([EXPENDITURE], { unit: "万元", projects: [] }, onlyRule(id));
      expect([id, r.findings]).toEqual([id, []]);
    }
  });

  it("targets.sum and targets.budget reach the 支出表 cells they compared", () => {
    const cells = (id: string) =>
      check([EXPENDITURE], both, onlyRule(id)).unconstrained.map((c) => c.column);
    expect(cells("targets.sum")).not.toContain("project");
    expect(cells("targets.budget")).not.toContain("basic");
    // a rule that compares nothing there leaves them unconstrained
    expect(cells("targets.coverage")).toEqual(expect.arrayContaining(["project", "basic"]));
  });

  it("the sum of the targets is derived project spending, citing each total", () => {
    const r = check([EXPENDITURE], {
      unit: "万元",
      projects: [project("学生资助", "120.00"), project("校舍维修", "85.00")],
    });
    const f = one(r, "targets.sum");
    expect(f.evidence[0]).toMatchObject({
      concept: "spending",
      coords: { nature: "project" },
      value: "205.00",
      derived: true,
    });
    expect(f.evidence[0]?.sources.map((s) => [s.table, s.row, s.column])).toEqual([
      ["targets", "projects/0", "money/total"],
      ["targets", "projects/1", "money/total"],
    ]);
    expect(f.evidence[1]).toMatchObject({ concept: "spending", value: "200.00", derived: false });
  });
});
