import { describe, expect, it } from "vitest";
import type { ProjectTarget } from "../../disclosure";
import { LEGACY_PROJECT_FRAMEWORK } from "../framework/data";
import { departmentTargetBuilder, projectTargetBuilder } from "./builder";
import { formatTargetProblem } from "./messages";
import { checkMoneyBlock } from "./money";
import { validateDepartmentTarget, validateProjectTarget, validateTargets } from "./validate";

const henanProject: ProjectTarget = {
  name: "2024年劳务派遣人员经费",
  code: "410305240000000012440",
  type: "其他运转类",
  money: { total: "3.50", government: "3.50", specialAccount: "", unitFunds: "" },
  indicators: [
    { level1: "成本指标", name: "每月薪资", value: "≤3000元/人" },
    { level1: "产出指标", name: "人数", value: "≤1人" },
    { level1: "效益指标", name: "协助区委办做好应急保障工作", value: "持续保障" },
    { level1: "满意度指标", name: "服务对象满意度", value: "≥95%" },
  ],
};
const codes = (ps: readonly { code: string }[]) => ps.map((p) => p.code);

describe("validateProjectTarget", () => {
  it("passes a Henan project (blank 财政专户 / 单位资金 count as zero)", () => {
    expect(validateProjectTarget(henanProject, "万元")).toEqual([]);
  });

  it("reports blank 一级, missing and malformed values, with paths", () => {
    const problems = validateProjectTarget(
      {
        ...henanProject,
        indicators: [
          ...henanProject.indicators,
          { level1: "", name: "无类别", value: "≥1次" },
          { level1: "产出指标", name: "无值", value: "  " },
          { level1: "产出指标", name: "坏值", value: "95%-90%" },
          { level1: "产出指标", name: "占位", value: "X%" },
          { level1: "产出指标", name: "区间", value: "≥90%-95%" },
        ],
      },
      "万元",
    );
    expect(problems.map((p) => [p.code, p.severity, p.path])).toEqual([
      ["blank-level1", "warning", ["indicators", 4, "level1"]],
      ["missing-value", "warning", ["indicators", 5, "value"]],
      ["malformed-value", "warning", ["indicators", 6, "value"]],
      ["malformed-value", "warning", ["indicators", 7, "value"]],
    ]);
  });

  it("a blank 一级 beside a 二级 the framework places is implied by it (a table printing 二级 only)", () => {
    const level2Only = (level2: string, name: string, value: string) => ({
      level1: "",
      level2,
      name,
      value,
    });
    const printed = {
      ...henanProject,
      indicators: [
        level2Only("经济成本指标", "每月薪资", "≤3000元/人"),
        level2Only("数量指标", "人数", "≤1人"),
        level2Only("社会效益指标", "应急保障", "持续保障"),
        level2Only("服务对象满意度指标", "服务对象满意度", "≥95%"),
      ],
    };
    expect(validateProjectTarget(printed, "万元")).toEqual([]);
    // without its 满意度 the target still lacks one (the implied 一级 counts as printed)
    const noSatisfaction = { ...printed, indicators: printed.indicators.slice(0, 3) };
    expect(codes(validateProjectTarget(noSatisfaction, "万元"))).toEqual(["no-satisfaction"]);
    // printed where the 一级 goes (a `指标类型` column), a 二级 is placed as well
    const asType = {
      ...printed,
      indicators: printed.indicators.map((x) => ({
        level1: x.level2,
        name: x.name,
        value: x.value,
      })),
    };
    expect(validateProjectTarget(asType, "万元")).toEqual([]);
    expect(
      codes(
        validateProjectTarget({ ...asType, indicators: asType.indicators.slice(0, 3) }, "万元"),
      ),
    ).toEqual(["no-satisfaction"]);
    // a 二级 no framework knows, or none, leaves the 一级 blank
    for (const level2 of ["其他指标", ""])
      expect(
        validateProjectTarget(
          { ...printed, indicators: [...printed.indicators, level2Only(level2, "x", "≥1次")] },
          "万元",
        ).map((p) => [p.code, p.path]),
      ).toEqual([["blank-level1", ["indicators", 4, "level1"]]]);
  });

  it("wants one 产出 and one 满意度 indicator, only when every 一级 is placed", () => {
    const only = (level1: string) => ({
      ...henanProject,
      indicators: [{ level1, name: "x", value: "≥1" }],
    });
    expect(codes(validateProjectTarget(only("效益指标"), "万元"))).toEqual([
      "no-output",
      "no-satisfaction",
    ]);
    expect(codes(validateProjectTarget(only("产出指标"), "万元"))).toEqual(["no-satisfaction"]);
    // An unknown tree is a gap of the framework (info), never called incomplete.
    expect(
      validateProjectTarget(only("决策指标"), "万元").map((p) => [p.code, p.severity]),
    ).toEqual([["unknown-level1", "info"]]);
    // No indicators at all is the checker's "every project has targets", not this.
    expect(codes(validateProjectTarget({ ...henanProject, indicators: [] }, "万元"))).toEqual([]);
  });

  it("places an older tree (成本 under 产出) without complaint; a 二级 out of place is info", () => {
    const legacy: ProjectTarget = {
      ...henanProject,
      indicators: [
        { level1: "产出指标", level2: "成本指标", name: "a", value: "≤3000元/人" },
        { level1: "满意度指标", level2: "服务对象满意度指标", name: "b", value: "≥95%" },
      ],
    };
    expect(validateProjectTarget(legacy, "万元")).toEqual([]);
    const odd = {
      ...legacy,
      indicators: [
        ...legacy.indicators,
        { level1: "效益指标", level2: "数量指标", name: "c", value: "1" },
      ],
    };
    expect(validateProjectTarget(odd, "万元", { frameworks: [LEGACY_PROJECT_FRAMEWORK] })).toEqual([
      {
        code: "level2-mismatch",
        severity: "info",
        path: ["indicators", 2, "level2"],
        level1: "效益指标",
        level2: "数量指标",
        framework: "projectLegacy",
      },
    ]);
  });

  it("a 满意度 二级 printed under 效益 (older national forms) counts as the 满意度 indicator", () => {
    for (const level2 of ["社会公众或服务对象满意度指标", "服务对象满意度指标", "服务对象满意度"]) {
      const older: ProjectTarget = {
        ...henanProject,
        indicators: [
          { level1: "产出指标", level2: "数量指标", name: "每天值班次数", value: "≥2次/天" },
          { level1: "效益指标", level2: "社会效益指标", name: "保障通联", value: "持续保障" },
          { level1: "效益指标", level2, name: "服务对象满意度", value: "≥95%" },
        ],
      };
      // Out of place in the framework (info), but no project without 满意度.
      expect(codes(validateProjectTarget(older, "万元"))).toEqual(["level2-mismatch"]);
    }
    // Bites: a 效益 二级 that is no 满意度 still leaves the project without one.
    const none: ProjectTarget = {
      ...henanProject,
      indicators: [
        { level1: "产出指标", level2: "数量指标", name: "每天值班次数", value: "≥2次/天" },
        { level1: "效益指标", level2: "社会效益指标", name: "群众满意", value: "≥95%" },
      ],
    };
    expect(codes(validateProjectTarget(none, "万元"))).toEqual(["no-satisfaction"]);
  });

  it("reports a blank name and malformed money", () => {
    const problems = validateProjectTarget(
      { ...henanProject, name: " ", money: { total: "3.5O", government: "3.50" } },
      "万元",
    );
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ["blank-name", ["name"]],
      ["malformed-money", ["money", "total"]],
    ]);
  });
});

describe("checkMoneyBlock", () => {
  it("checks each relation that applies: sources, structure, a form's 其中", () => {
    expect(
      checkMoneyBlock(
        { total: "969.06", government: "969.06", basic: "682.06", project: "287.00" },
        "万元",
        [],
      ),
    ).toEqual([]);
    expect(
      checkMoneyBlock(
        { total: "100.00", grant: "80.00", carryover: "", other: "20.00" },
        "万元",
        [],
      ),
    ).toEqual([]);
    expect(
      checkMoneyBlock({ total: "100.00", grant: "80.00", other: "10.00" }, "万元", ["money"]),
    ).toEqual([
      {
        code: "money-sum",
        severity: "error",
        path: ["money", "total"],
        relation: "form",
        parts: ["grant", "carryover", "other"],
        expected: "90.00",
        actual: "100.00",
        difference: "10.00",
      },
    ]);
  });

  it("reports a part above its whole once, not also as a wrong sum", () => {
    expect(checkMoneyBlock({ total: "1,000", grant: "1,200" }, "元", ["money"])).toEqual([
      {
        code: "money-part-exceeds",
        severity: "error",
        path: ["money", "grant"],
        line: "grant",
        part: "1,200",
        whole: "1,000",
      },
    ]);
  });

  it("needs the whole and a printed part: nothing to check otherwise", () => {
    expect(checkMoneyBlock({ total: "", grant: "5.00" }, "万元", [])).toEqual([]);
    expect(checkMoneyBlock({ total: "5.00", grant: "", other: "" }, "万元", [])).toEqual([]);
    expect(checkMoneyBlock({ government: "5.00" }, "万元", [])).toEqual([]);
  });
});

describe("validateDepartmentTarget and validateTargets", () => {
  it("checks the 预算情况 groups and the indicators against the Henan tree", () => {
    const problems = validateDepartmentTarget(
      {
        tasks: [],
        budget: { total: "969.06", government: "969.07", basic: "682.06", project: "287.00" },
        indicators: [
          { level1: "投入管理指标", level2: "预算和财务管理", name: "预算执行率", value: "≥90%" },
          { level1: "满意度", level2: "服务对象满意度", name: "", value: "≥90%" },
        ],
      },
      "万元",
    );
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ["money-part-exceeds", ["budget", "government"]],
    ]);
  });

  it("places a department tree printed as the project tree (other provinces' 部门整体支出绩效目标表)", () => {
    const indicators = [
      { level1: "产出指标", level2: "数量指标", name: "培训次数", value: "≥4次" },
      { level1: "产出指标", level2: "时效指标", name: "完成及时率", value: "100%" },
      { level1: "成本指标", level2: "经济成本指标", name: "预算控制率", value: "≤100%" },
      { level1: "效益指标", level2: "可持续影响指标", name: "长效机制", value: "逐步健全" },
      { level1: "满意度指标", level2: "服务对象满意度指标", name: "满意度", value: "≥90%" },
    ];
    expect(validateDepartmentTarget({ tasks: [], budget: {}, indicators }, "万元")).toEqual([]);
    // a 一级 no tree knows is still the library's gap (info)
    const unknown = validateDepartmentTarget(
      { tasks: [], budget: {}, indicators: [{ level1: "过程指标", name: "x", value: "≥1次" }] },
      "万元",
    );
    expect(unknown.map((p) => [p.code, p.severity])).toEqual([["unknown-level1", "info"]]);
  });

  it("prefixes paths with the target's place", () => {
    const problems = validateTargets({
      unit: "万元",
      projects: [
        henanProject,
        { ...henanProject, indicators: [{ level1: "产出指标", name: "a", value: "" }] },
      ],
      department: { tasks: [], budget: { total: "1.00", basic: "2.00" }, indicators: [] },
    });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ["missing-value", ["projects", 1, "indicators", 0, "value"]],
      ["no-satisfaction", ["projects", 1, "indicators"]],
      ["money-part-exceeds", ["department", "budget", "basic"]],
    ]);
  });

  it("reports a value printed again (each text is parsed once) at each of its places", () => {
    // The same texts in two projects and the department target: a malformed one, a blank one
    // and well-formed ones, each judged at every place it is printed, as validated one by one.
    const indicators = [
      { level1: "产出指标", name: "坏值", value: "95%-90%" },
      { level1: "产出指标", name: "无值", value: "" },
      { level1: "满意度指标", name: "满意度", value: "≥95%" },
    ];
    const project = { ...henanProject, indicators };
    const department = { tasks: [], budget: {}, indicators };
    const problems = validateTargets({ unit: "万元", projects: [project, project], department });
    const expected = [
      ...validateProjectTarget(project, "万元").map((p) => ({
        ...p,
        path: ["projects", 0, ...p.path],
      })),
      ...validateProjectTarget(project, "万元").map((p) => ({
        ...p,
        path: ["projects", 1, ...p.path],
      })),
      ...validateDepartmentTarget(department, "万元").map((p) => ({
        ...p,
        path: ["department", ...p.path],
      })),
    ];
    expect(problems).toEqual(expected);
    expect(problems.filter((p) => p.code === "malformed-value").map((p) => p.path)).toEqual([
      ["projects", 0, "indicators", 0, "value"],
      ["projects", 1, "indicators", 0, "value"],
      ["department", "indicators", 0, "value"],
    ]);
    expect(problems.filter((p) => p.code === "missing-value")).toHaveLength(3);
  });
});

describe("builders", () => {
  it("build a project target immutably: each step returns a new builder", () => {
    const base = projectTargetBuilder("2024年通联值班费", { type: "特定目标类" }).money({
      total: "10.00",
    });
    const a = base.indicator("产出指标", "每天值班次数", "≥2次／天");
    const b = a.money({ government: "10.00" }).indicator("满意度指标", "服务对象满意度", "≥95%");
    expect(base.build().value.indicators).toEqual([]);
    expect(a.build().value.money).toEqual({ total: "10.00" });
    const built = b.build();
    expect(built.value).toEqual({
      name: "2024年通联值班费",
      type: "特定目标类",
      money: { total: "10.00", government: "10.00" },
      indicators: [
        { level1: "产出指标", name: "每天值班次数", value: "≥2次／天" },
        { level1: "满意度指标", name: "服务对象满意度", value: "≥95%" },
      ],
    });
    expect(built.ok).toBe(true);
    expect(Object.isFrozen(built.value)).toBe(true);
    expect(a.build().problems.map((p) => p.code)).toEqual(["no-satisfaction"]);
  });

  it("builds a department target; ok is false on an error", () => {
    const r = departmentTargetBuilder()
      .task("会务保障", "做好重要会议活动的组织协调工作。")
      .budget({ total: "969.06", basic: "682.06" })
      .budget({ project: "287.10" })
      .indicator("效益指标", "保障上传下达，政令畅通。", "保障到位", { level2: "履职效益" })
      .build();
    expect(r.value.goal).toBeUndefined();
    expect(r.value.budget).toEqual({ total: "969.06", basic: "682.06", project: "287.10" });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => formatTargetProblem(p, "en"))).toEqual([
      "budget.total: basic spending + project spending = 969.16, not the total 969.06 (a difference of -0.10)",
    ]);
    expect(r.problems.map((p) => formatTargetProblem(p))).toEqual([
      "budget.total：基本支出 + 项目支出 = 969.16，与资金总额 969.06 相差 -0.10",
    ]);
  });
});
