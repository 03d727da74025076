import { describe, expect, it } from "vitest";
import type { Disclosure, Row } from "../src/disclosure";
import { checkDisclosure, henan2024Profile } from "../src/rules";
import { henan2024 } from "../src/templates";

/**
 * A 部门 of two units, each with a project of the same name (a common one: 2024年机关运行经费),
 * each printed under its unit's row, in the 项目支出表 and the 项目绩效目标汇总表.
 */
const A = { code: "116001", name: "甲单位" };
const B = { code: "116002", name: "乙单位" };
const org = (code: string, total: string): Row => ({
  key: { kind: "org", code },
  cells: { total, gpb: total },
});
const project = (name: string, unit: string, total: string, type = "其他运转类"): Row => ({
  key: { kind: "project", name },
  cells: { type, unit, total, gpb: total },
});
const targetOrg = (code: string, total: string): Row => ({
  key: { kind: "org", code },
  cells: { total, government: total },
});
const target = (name: string, code: string | undefined, total: string): Row => ({
  key: { kind: "project", name, ...(code === undefined ? {} : { code }) },
  cells: { type: "其他运转类", total, government: total },
});

interface Shape {
  /** The projects table's rows after the department's. */
  readonly projects: readonly Row[];
  /** The targets table's rows after the department's. */
  readonly targets: readonly Row[];
  readonly total: string;
}

const disclosure = (s: Shape): Disclosure => ({
  meta: {
    year: 2024,
    documentKind: "部门",
    template: "henan2024",
    department: { code: "116", name: "某部门" },
    units: [
      { ...A, unitType: "行政" },
      { ...B, unitType: "事业" },
    ],
  },
  tables: [
    {
      kind: "projects",
      unit: "万元",
      rows: [
        { key: { kind: "total" }, cells: { total: s.total, gpb: s.total } },
        org("116", s.total),
        ...s.projects,
      ],
    },
    {
      kind: "projectTargets",
      unit: "万元",
      rows: [targetOrg("116", s.total), ...s.targets],
    },
  ],
  texts: [],
});
const check = (d: Disclosure) =>
  checkDisclosure(d, { profile: henan2024Profile, template: henan2024 });
const problems = (d: Disclosure) =>
  check(d)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${f.path?.table} ${f.path?.row}`);

const NAME = "2024年机关运行经费";
/** Both units print NAME (49.00 and 5.00), each under its own unit row. */
const twoUnits = (bTotal = "5.00"): Shape => ({
  total: "54.00",
  projects: [
    org(A.code, "49.00"),
    project(NAME, A.name, "49.00"),
    org(B.code, "5.00"),
    project(NAME, B.name, bTotal),
  ],
  targets: [
    targetOrg(A.code, "49.00"),
    target(NAME, "410305240000000017284", "49.00"),
    targetOrg(B.code, "5.00"),
    target(NAME, "410305240000000099002", bTotal),
  ],
});

describe("projects of the same name under two units", () => {
  it("are two projects, one under each unit: no same-fact, no duplicate row", () => {
    expect(problems(disclosure(twoUnits()))).toEqual([]);
  });

  it("with other names and amounts (专项业务经费 3.00 / 12.50), still two projects", () => {
    const name = "专项业务经费";
    const d = disclosure({
      total: "15.50",
      projects: [
        org(A.code, "3.00"),
        project(name, A.name, "3.00", "特定目标类"),
        org(B.code, "12.50"),
        project(name, B.name, "12.50", "特定目标类"),
      ],
      targets: [
        targetOrg(A.code, "3.00"),
        target(name, undefined, "3.00"),
        targetOrg(B.code, "12.50"),
        target(name, undefined, "12.50"),
      ],
    });
    expect(problems(d)).toEqual([]);
  });

  it("still finds a unit's project that disagrees with its unit's row", () => {
    const found = problems(disclosure(twoUnits("6.00")));
    expect(found).toContain("rollup projects org:116002");
    expect(found).toContain("rollup projectTargets org:116002");
    expect(found.some((f) => f.startsWith("same-fact"))).toBe(false);
  });

  it("one unit printing the name twice with two codes: two projects, not a repeated row", () => {
    // The 项目支出表 (no code column) lists its unit's total only.
    const d = disclosure({
      total: "54.00",
      projects: [org(A.code, "54.00")],
      targets: [
        targetOrg(A.code, "54.00"),
        target(NAME, "410305240000000017284", "49.00"),
        target(NAME, "410305240000000017285", "5.00"),
      ],
    });
    expect(problems(d)).toEqual([]);
  });

  it("one unit printing the name twice with one code (or none) and two amounts: a repeated row", () => {
    for (const code of ["410305240000000017284", undefined]) {
      const d = disclosure({
        total: "54.00",
        projects: [org(A.code, "54.00")],
        targets: [
          targetOrg(A.code, "54.00"),
          target(NAME, code, "49.00"),
          target(NAME, code, "5.00"),
        ],
      });
      expect(problems(d)).toContain(`rows.duplicate projectTargets org:116001/project:${NAME}`);
    }
  });

  it("names a unit's project without targets by its printed name", () => {
    const d = disclosure({
      total: "54.00",
      projects: [
        org(A.code, "49.00"),
        project(NAME, A.name, "49.00"),
        org(B.code, "5.00"),
        project("2024年政策研究经费", B.name, "5.00"),
      ],
      targets: [targetOrg(A.code, "49.00"), target(NAME, undefined, "49.00")],
    });
    const coverage = check(d).findings.filter((f) => f.ruleId === "targets.coverage");
    expect(coverage.map((f) => [f.params.kind, f.params.project, f.path?.row])).toEqual([
      ["no-target", "2024年政策研究经费", "org:116002/project:2024年政策研究经费"],
    ]);
  });
});
