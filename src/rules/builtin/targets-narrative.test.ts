/**
 * targets.narrative on its own: the narrative's count of projects with targets, and their money,
 * against the targets given as data (the claims as the narrative extractor would give them).
 */
import { describe, expect, it } from "vitest";
import { amount } from "../../amount";
import type { Disclosure, Targets } from "../../disclosure";
import { henan2024 } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile } from "../profiles";
import { renderFinding } from "../render";
import { findings, one, outcome } from "../test-support";
import type { Profile, Severity } from "../types";
import { type TargetsClaim, targetsNarrativeRule } from "./targets-narrative";

const output = [{ level1: "产出指标", name: "培训人次", value: "≥300人次" }];
const satisfaction = [{ level1: "满意度指标", name: "参训人员满意度", value: "≥95%" }];

/** Three projects, two with indicators (甲 10.00, 乙 5.00), 丙 with money but none. */
const THREE: Targets = {
  unit: "万元",
  projects: [
    { name: "干部教育培训", money: { total: "10.00" }, indicators: output },
    { name: "机要设备购置", money: { total: "5.00" }, indicators: satisfaction },
    { name: "档案数字化", money: { total: "1.00" }, indicators: [] },
  ],
};

const SAID = "2024年共2个项目实行绩效目标管理，涉及预算拨款15.00万元";
const claimOf = (over: Partial<TargetsClaim>): TargetsClaim => ({
  section: "情况说明",
  offset: 37,
  text: SAID,
  ...over,
});

function run(
  targets: Targets | undefined,
  claims: readonly TargetsClaim[],
  severities?: Readonly<Record<string, Severity>>,
) {
  const rule = targetsNarrativeRule(() => claims);
  const profile: Profile = {
    ...henan2024Profile,
    rules: [rule],
    ...(severities === undefined ? {} : { severities }),
  };
  const d: Disclosure = {
    meta: {
      year: 2024,
      documentKind: "单位",
      template: "henan2024",
      department: { name: "某区某局" },
      units: [],
    },
    tables: [],
    texts: [],
    ...(targets === undefined ? {} : { targets }),
  };
  return checkDisclosure(d, { profile, template: henan2024 });
}
const ID = "targets.narrative";

describe("targets.narrative: the count of projects with targets", () => {
  it("counts only the projects whose targets list an indicator", () => {
    const r = run(THREE, [claimOf({ projects: 3 })]);
    const f = one(r, ID);
    expect([f.severity, f.outcome, f.params.kind, f.params.expected, f.params.actual]).toEqual([
      "error",
      "fail",
      "count",
      2,
      3,
    ]);
    expect(f.path).toEqual({ table: "text", row: "情况说明", column: "37", raw: SAID });
    expect([f.params.section, f.params.claim]).toEqual(["情况说明", SAID]);
    // a count cites no cell of the targets: it is the number of projects
    expect(f.evidence).toEqual([]);
    expect(outcome(r, ID)).toBe("fail");
    expect(findings(run(THREE, [claimOf({ projects: 2 })]), ID)).toEqual([]);
    expect(outcome(run(THREE, [claimOf({ projects: 2 })]), ID)).toBe("pass");
  });

  it("targets of no project: a claim of none passes, a claim of one does not", () => {
    const none: Targets = { unit: "万元", projects: [] };
    expect(outcome(run(none, [claimOf({ projects: 0 })]), ID)).toBe("pass");
    const f = one(run(none, [claimOf({ projects: 1 })]), ID);
    expect([f.params.expected, f.params.actual]).toEqual([0, 1]);
  });

  it("reports each wrong claim at its own place, at the profile's severity", () => {
    const r = run(
      THREE,
      [
        claimOf({ projects: 1, section: "一、收入支出预算总体情况说明", offset: 5 }),
        claimOf({ projects: 2, offset: 80 }),
        claimOf({ projects: 4, section: "部门预算绩效情况", offset: 0, text: "共4个项目" }),
      ],
      { [ID]: "warning" },
    );
    expect(
      findings(r, ID).map((f) => [f.severity, f.path?.row, f.path?.column, f.params.actual]),
    ).toEqual([
      ["warning", "一、收入支出预算总体情况说明", "5", 1],
      ["warning", "部门预算绩效情况", "0", 4],
    ]);
  });

  it("says what was claimed and what the targets have, one project in the singular", () => {
    const f = one(run(THREE, [claimOf({ projects: 1, text: "共1个项目" })]), ID);
    const rules = [targetsNarrativeRule(() => [])];
    expect(renderFinding(f, rules, "zh-CN")).toBe(
      "【情况说明】：“共1个项目” 说有 1 个项目，绩效目标中有 2 个。",
    );
    expect(renderFinding(f, rules, "en")).toBe(
      '[情况说明]: "共1个项目" says 1 project; the targets have 2.',
    );
    const g = one(run(THREE, [claimOf({ projects: 5, text: "共5个项目" })]), ID);
    expect(renderFinding(g, rules, "en")).toBe(
      '[情况说明]: "共5个项目" says 5 projects; the targets have 2.',
    );
  });
});

describe("targets.narrative: the money of the projects with targets", () => {
  it("adds the 资金总额 of the projects with indicators only (丙's 1.00 is not theirs)", () => {
    expect(outcome(run(THREE, [claimOf({ amount: amount("15.00") })]), ID)).toBe("pass");
    const r = run(THREE, [claimOf({ amount: amount("16.00") })]);
    const f = one(r, ID);
    expect([f.severity, f.params.kind, f.params.status]).toEqual(["error", "amount", "differ"]);
    expect([f.params.expected, f.params.actual, f.params.difference, f.params.unit]).toEqual([
      "15.00",
      "16.00",
      "1.00",
      "万元",
    ]);
    expect([f.params.section, f.params.claim]).toEqual(["情况说明", SAID]);
    expect(f.path).toEqual({ table: "text", row: "情况说明", column: "37", raw: SAID });
    // the claim, then the sum of the two projects' totals
    expect(f.evidence.map((e) => [e.concept, e.coords, e.value, e.derived])).toEqual([
      ["spending", {}, "16.00", false],
      ["spending", {}, "15.00", true],
    ]);
    expect(f.evidence[1]?.sources.map((s) => [s.table, s.row, s.column, s.raw])).toEqual([
      ["targets", "projects/0", "money/total", "10.00"],
      ["targets", "projects/1", "money/total", "5.00"],
    ]);
    expect(outcome(r, ID)).toBe("fail");
  });

  it("a sum the text rounds is info, one it truncates a warning", () => {
    const odd: Targets = {
      unit: "万元",
      projects: [
        { name: "干部教育培训", money: { total: "10.37" }, indicators: output },
        { name: "机要设备购置", money: { total: "5.30" }, indicators: satisfaction },
      ],
    };
    // 15.67 万元 printed as 15.7: rounding; as 15: only truncation explains it; as 14: wrong.
    const rounded = run(odd, [claimOf({ amount: amount("15.7") })]);
    expect(findings(rounded, ID).map((f) => [f.severity, f.params.status])).toEqual([
      ["info", "rounding"],
    ]);
    expect(outcome(rounded, ID)).toBe("pass");
    const truncated = run(odd, [claimOf({ amount: amount("15") })]);
    expect(findings(truncated, ID).map((f) => [f.severity, f.params.status])).toEqual([
      ["warning", "truncated"],
    ]);
    expect(outcome(truncated, ID)).toBe("fail");
    expect(
      findings(run(odd, [claimOf({ amount: amount("14") })]), ID).map((f) => [
        f.severity,
        f.params.status,
      ]),
    ).toEqual([["error", "differ"]]);
  });

  it("compares across units: targets in 元, the text in 万元", () => {
    const yuan: Targets = {
      unit: "元",
      projects: [
        { name: "干部教育培训", money: { total: "100,000.00" }, indicators: output },
        { name: "机要设备购置", money: { total: "50,000.00" }, indicators: satisfaction },
      ],
    };
    expect(findings(run(yuan, [claimOf({ amount: amount("15.00") })]), ID)).toEqual([]);
    const f = one(run(yuan, [claimOf({ amount: amount("15.10"), text: "涉及资金15.10万元" })]), ID);
    expect([f.severity, f.params.status]).toEqual(["error", "differ"]);
    // each figure with its own unit, the text's once
    const rules = [targetsNarrativeRule(() => [])];
    expect(renderFinding(f, rules, "zh-CN")).toBe(
      "【情况说明】：“涉及资金15.10万元” 中的 15.10万元 与绩效目标资金合计 150,000.00元 不符。",
    );
    expect(renderFinding(f, rules, "en")).toBe(
      '[情况说明]: "涉及资金15.10万元" says 15.10 万元; the targets add up to 150,000.00 元.',
    );
  });

  it("states no sum when a project with indicators has a blank or unreadable total", () => {
    for (const total of ["", "10.0.0"]) {
      const gap: Targets = {
        unit: "万元",
        projects: [
          { name: "干部教育培训", money: { total }, indicators: output },
          { name: "机要设备购置", money: { total: "5.00" }, indicators: satisfaction },
        ],
      };
      const r = run(gap, [claimOf({ projects: 2, amount: amount("99.00") })]);
      expect([total, findings(r, ID)]).toEqual([total, []]);
      expect(outcome(r, ID)).toBe("pass");
      // the count is still checked
      expect(findings(run(gap, [claimOf({ projects: 3 })]), ID).map((f) => f.params.kind)).toEqual([
        "count",
      ]);
    }
  });

  it("reports the count and the money of one claim separately", () => {
    const r = run(THREE, [claimOf({ projects: 3, amount: amount("16.00") })]);
    expect(findings(r, ID).map((f) => f.params.kind)).toEqual(["count", "amount"]);
  });

  it("says which figure the text gives and what the targets add up to", () => {
    const f = one(
      run(THREE, [claimOf({ amount: amount("16.00"), text: "涉及资金16.00万元" })]),
      ID,
    );
    const rules = [targetsNarrativeRule(() => [])];
    expect(renderFinding(f, rules, "zh-CN")).toBe(
      "【情况说明】：“涉及资金16.00万元” 中的 16.00万元 与绩效目标资金合计 15.00 不符。",
    );
    expect(renderFinding(f, rules, "en")).toBe(
      '[情况说明]: "涉及资金16.00万元" says 16.00 万元; the targets add up to 15.00.',
    );
  });
});

describe("targets.narrative: when it applies", () => {
  it("is not applicable without targets or without claims, and then says nothing", () => {
    const none = run(undefined, [claimOf({ projects: 2, amount: amount("15.00") })]);
    expect(outcome(none, ID)).toBe("not-applicable");
    expect(none.findings).toEqual([]);
    expect(outcome(run(THREE, []), ID)).toBe("not-applicable");
  });

  it("a claim with neither a count nor an amount passes", () => {
    const r = run(THREE, [claimOf({})]);
    expect([outcome(r, ID), r.findings]).toEqual(["pass", []]);
  });

  it("describes itself: an I15 check of the narrative against the targets", () => {
    const rule = targetsNarrativeRule(() => []);
    expect([rule.id, rule.severity, rule.domain]).toEqual([ID, "error", "I15"]);
    expect(rule.reads).toEqual([
      expect.stringContaining("narrative"),
      expect.stringContaining("targets"),
    ]);
    expect(rule.title["zh-CN"]).toContain("绩效目标");
    expect(rule.title.en).toContain("targets");
  });
});
