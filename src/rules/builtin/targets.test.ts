import { describe, expect, it } from "vitest";
import { amount } from "../../amount";
import { type Disclosure, type Table, type Targets, tableBuilder } from "../../disclosure";
import { henan2024 } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile, RULES } from "../profiles";
import { renderFinding } from "../render";
import { PROJECTS, TARGET_SCENARIOS } from "../targets-scenarios";
import { only } from "../test-support";
import type { Profile } from "../types";
import { targetsNarrativeRule } from "./targets-narrative";

const meta = {
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [],
} as const;

/** The targets rules (and cell.unreadable, which some tests compare with) alone. */
const TARGETS_ONLY = only(
  henan2024Profile,
  "targets.money",
  "targets.sum",
  "targets.coverage",
  "targets.budget",
  "targets.indicators",
  "targets.formMoney",
  "cell.unreadable",
);

function check(tables: readonly Table[], targets?: Targets, profile: Profile = TARGETS_ONLY) {
  const d: Disclosure = { meta, tables, texts: [], ...(targets === undefined ? {} : { targets }) };
  return checkDisclosure(d, { profile, template: henan2024 });
}
const outcome = (r: ReturnType<typeof check>, id: string) =>
  r.outcomes.find((o) => o.ruleId === id)?.outcome;
const findings = (r: ReturnType<typeof check>, id: string) =>
  r.findings.filter((f) => f.ruleId === id);
const scenario = (id: string, i = 0) => {
  const sc = TARGET_SCENARIOS[id]?.[i];
  if (sc === undefined) throw new Error(id);
  return check(sc.tables, sc.targets);
};

describe("targets.money and targets.sum (I16)", () => {
  it("compare each project's target money with the 项目支出表, and their sum with 项目支出", () => {
    const r = scenario("targets.money");
    expect(
      findings(r, "targets.money").map((f) => [
        f.severity,
        f.params.project,
        f.expected,
        f.actual,
        f.path?.row,
      ]),
    ).toEqual([["error", "甲", "10.00", "11.00", "project:甲"]]);
    expect(findings(r, "targets.sum").map((f) => [f.expected, f.actual, f.params.count])).toEqual([
      ["15.00", "16.00", 2],
    ]);
  });

  it("take targets given as data, compared across units as printed intervals", () => {
    const targets: Targets = {
      unit: "元",
      projects: [
        { name: "甲", money: { total: "100,000" }, indicators: [] },
        { name: "乙", money: { total: "50,040" }, indicators: [] },
      ],
    };
    const r = check([PROJECTS], targets);
    // 50,040 元 is 5.004 万元: within the rounding of 5.00 万元 (info), not an error.
    expect(findings(r, "targets.money").map((f) => [f.severity, f.params.status, f.path])).toEqual([
      [
        "info",
        "rounding",
        { table: "targets", row: "projects/1", column: "money/total", raw: "50,040" },
      ],
    ]);
    expect(outcome(r, "targets.money")).toBe("pass");
  });

  it("are not applicable without targets, insufficient without what to compare with", () => {
    expect(outcome(check([PROJECTS]), "targets.money")).toBe("not-applicable");
    const r = scenario("targets.money", 1);
    expect(outcome(r, "targets.money")).toBe("insufficient-data");
    expect(outcome(r, "targets.sum")).toBe("insufficient-data");
    // A blank total states nothing: the sum cannot be known.
    const blank: Targets = {
      unit: "万元",
      projects: [{ name: "甲", money: { total: "" }, indicators: [] }],
    };
    const withSpending = tableBuilder(henan2024, "expenditure")
      .total({ project: "1.00" })
      .build().value;
    expect(outcome(check([withSpending, PROJECTS], blank), "targets.sum")).toBe(
      "insufficient-data",
    );
    expect(findings(check([withSpending, PROJECTS], blank), "targets.money")).toEqual([]);
  });
});

describe("targets.coverage", () => {
  it("wants a target with indicators for every project, and a project for every target", () => {
    const r = scenario("targets.coverage");
    expect(
      findings(r, "targets.coverage").map((f) => [
        f.severity,
        f.params.kind,
        f.params.project,
        f.path?.table,
      ]),
    ).toEqual([
      ["warning", "no-indicators", "甲", "projectTargets"],
      ["warning", "no-target", "乙", "projects"],
      ["warning", "unknown-project", "丙", "projectTargets"],
    ]);
    expect(outcome(scenario("targets.coverage", 1), "targets.coverage")).toBe("insufficient-data");
  });

  it("matches projects by code first, then by normalised name", () => {
    const projects = tableBuilder(henan2024, "projects")
      .project("机要设备购置（2024年）", { total: "1.00" }, "410305240000000018883")
      .project("通联 值班费", { total: "2.00" })
      .build().value;
    const targets: Targets = {
      unit: "万元",
      projects: [
        {
          name: "2024年机要设备购置",
          code: "410305240000000018883",
          money: { total: "1.00" },
          indicators: [{ level1: "产出指标", name: "a", value: "1" }],
        },
        {
          name: "通联值班费",
          money: { total: "2.00" },
          indicators: [{ level1: "产出指标", name: "a", value: "1" }],
        },
      ],
    };
    const r = check([projects], targets);
    expect(findings(r, "targets.coverage")).toEqual([]);
    expect(outcome(r, "targets.money")).toBe("pass");
  });
});

describe("projects that share a name (two units' 机关运行经费)", () => {
  const projects = tableBuilder(henan2024, "projects")
    .org("116001", "甲单位", {})
    .project("机关运行经费", { total: "10.00" }, "410305240000000000001")
    .org("116002", "乙单位", {})
    .project("机关运行经费", { total: "20.00" }, "410305240000000000002")
    .build().value;
  const target = (total: string, code?: string) => ({
    name: "机关运行经费",
    ...(code === undefined ? {} : { code }),
    money: { total },
    indicators: [{ level1: "产出指标", name: "a", value: "1" }],
  });

  it("are matched by code; a name alone cannot tell them apart, so nothing is claimed", () => {
    const byName = check([projects], {
      unit: "万元",
      projects: [target("20.00"), target("10.00")],
    });
    expect(findings(byName, "targets.money")).toEqual([]);
    expect(findings(byName, "targets.coverage")).toEqual([]);
    const byCode = check([projects], {
      unit: "万元",
      projects: [
        target("10.00", "410305240000000000001"),
        target("21.00", "410305240000000000002"),
      ],
    });
    expect(findings(byCode, "targets.money").map((f) => [f.expected, f.actual])).toEqual([
      ["20.00", "21.00"],
    ]);
    expect(findings(byCode, "targets.coverage")).toEqual([]);
  });
});

describe("targets.budget", () => {
  it("compares the department's 预算情况 with the disclosure's totals, not with itself", () => {
    const r = scenario("targets.budget");
    expect(findings(r, "targets.budget").map((f) => [f.params.line, f.expected, f.actual])).toEqual(
      [["total", "969.16", "969.06"]],
    );
    // Only the department table prints these figures: nothing else to compare with.
    const alone = tableBuilder(henan2024, "departmentTargets")
      .line("budget.total", { amount: "1.00" })
      .build().value;
    expect(outcome(check([alone]), "targets.budget")).toBe("insufficient-data");
  });
});

describe("targets.indicators and targets.formMoney", () => {
  it("report blank 一级, missing or malformed values, no 产出 / 满意度, at their cells", () => {
    const r = scenario("targets.indicators");
    expect(
      findings(r, "targets.indicators").map((f) => [
        f.params.code,
        f.params.project,
        f.path?.row,
        f.path?.column,
      ]),
    ).toEqual([
      ["malformed-value", "甲", "project:甲", "indicator.value"],
      ["missing-value", "甲", "indicator:1", "indicator.value"],
      ["no-satisfaction", "甲", "project:甲", "name"],
      ["no-output", "乙", "project:乙", "name"],
      ["no-satisfaction", "乙", "project:乙", "name"],
    ]);
    const data = scenario("targets.indicators", 1);
    expect(findings(data, "targets.indicators").map((f) => [f.severity, f.params.code])).toEqual([
      ["warning", "blank-name"],
      ["warning", "blank-level1"],
      ["info", "unknown-level1"],
      ["info", "level2-mismatch"],
    ]);
  });

  it("report money lines that do not add up or exceed their total; printed unreadable cells are cell.unreadable's", () => {
    expect(
      findings(scenario("targets.formMoney"), "targets.formMoney").map((f) => [
        f.params.code,
        f.params.expected,
        f.params.actual,
      ]),
    ).toEqual([["money-sum", "9.00", "10.00"]]);
    expect(
      findings(scenario("targets.formMoney", 1), "targets.formMoney").map((f) => [
        f.params.code,
        f.path?.row,
        f.path?.column,
      ]),
    ).toEqual([
      ["malformed-money", "projects/0", "money/other"],
      ["money-part-exceeds", "projects/0", "money/grant"],
      ["money-sum", "department", "budget/total"],
    ]);
    const printed = tableBuilder(henan2024, "projectTargets")
      .project("甲", { total: "1.0.0", government: "1.00" })
      .build().value;
    const r = check([printed]);
    expect(findings(r, "targets.formMoney")).toEqual([]);
    expect(findings(r, "cell.unreadable")).toHaveLength(1);
  });

  it("render in both locales, naming a given target's part as 绩效目标", () => {
    const [f] = findings(scenario("targets.formMoney", 1), "targets.formMoney").slice(1);
    if (f === undefined) throw new Error("no finding");
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toBe(
      "【绩效目标】projects/0 money/grant（项目“乙”）：财政拨款 6.00 大于资金总额 5.00。",
    );
    expect(renderFinding(f, RULES, "en", henan2024)).toBe(
      '[targets] projects/0 money/grant (project "乙"): grant 6.00 is more than the total 5.00.',
    );
  });
});

describe("targetsNarrativeRule (claims come from the narrative extractor)", () => {
  const targets: Targets = {
    unit: "万元",
    projects: [
      {
        name: "甲",
        money: { total: "10.00" },
        indicators: [{ level1: "产出指标", name: "a", value: "1" }],
      },
      {
        name: "乙",
        money: { total: "5.00" },
        indicators: [{ level1: "产出指标", name: "b", value: "1" }],
      },
      { name: "丙", money: { total: "1.00" }, indicators: [] },
    ],
  };
  const withClaims = (claims: Parameters<typeof targetsNarrativeRule>[0]): Profile => ({
    ...henan2024Profile,
    rules: [targetsNarrativeRule(claims)],
  });
  const claim = { section: "情况说明", offset: 12, text: "共2个项目，涉及预算拨款15.00万元" };

  it("passes when the count and the money match the targets with indicators", () => {
    const r = check(
      [],
      targets,
      withClaims(() => [{ ...claim, projects: 2, amount: amount("15.00") }]),
    );
    expect(outcome(r, "targets.narrative")).toBe("pass");
  });

  it("reports a wrong count and a wrong amount; rounding in the text is info", () => {
    const r = check(
      [],
      targets,
      withClaims(() => [
        { ...claim, projects: 3, amount: amount("16.00") },
        { ...claim, amount: amount("15") },
      ]),
    );
    const fs = findings(r, "targets.narrative");
    expect(fs.map((f) => [f.severity, f.params.kind, f.params.expected, f.params.actual])).toEqual([
      ["error", "count", 2, 3],
      ["error", "amount", "15.00", "16.00"],
    ]);
    expect(
      fs.slice(0, 1).map((f) => renderFinding(f, [targetsNarrativeRule(() => [])], "zh-CN")),
    ).toEqual([
      "【情况说明】：“共2个项目，涉及预算拨款15.00万元” 说有 3 个项目，绩效目标中有 2 个。",
    ]);
    const rounding = check(
      [],
      targets,
      withClaims(() => [{ ...claim, amount: amount("15.004") }]),
    );
    expect(findings(rounding, "targets.narrative").map((f) => f.severity)).toEqual(["info"]);
  });

  it("is not applicable without claims or without targets", () => {
    expect(
      outcome(
        check(
          [],
          targets,
          withClaims(() => []),
        ),
        "targets.narrative",
      ),
    ).toBe("not-applicable");
    expect(
      outcome(
        check(
          [],
          undefined,
          withClaims(() => [{ ...claim, projects: 1 }]),
        ),
        "targets.narrative",
      ),
    ).toBe("not-applicable");
  });
});

describe("targets.coverage on a table of targets that prints money only", () => {
  it("says no project lacks indicators when none prints any (a derived or amounts-only table)", () => {
    const tables = [
      tableBuilder(henan2024, "projects")
        .total({ total: "15.00" })
        .project("甲", { type: "特定目标类", total: "10.00" })
        .project("乙", { type: "特定目标类", total: "5.00" })
        .build().value,
      tableBuilder(henan2024, "projectTargets")
        .project("甲", { total: "10.00" })
        .project("乙", { total: "5.00" })
        .build().value,
    ];
    const report = checkDisclosure(
      {
        meta: {
          year: 2024,
          documentKind: "单位",
          template: "henan2024",
          department: { name: "某单位" },
          units: [],
        },
        tables,
        texts: [],
      },
      { profile: henan2024Profile, template: henan2024 },
    );
    expect(report.findings.filter((f) => f.ruleId === "targets.coverage")).toEqual([]);
  });
});
