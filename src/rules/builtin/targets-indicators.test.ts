/**
 * targets.indicators and targets.formMoney on targets given as data: realistic indicator values
 * pass, each problem is reported once at its part with its data as params, read back for the
 * message; money-only targets are not said to lack indicators.
 */
import { describe, expect, it } from "vitest";
import type { Disclosure, Table, Targets } from "../../disclosure";
import { henan2024 } from "../../templates";
import { checkDisclosure } from "../check";
import { henan2024Profile } from "../profiles";
import { renderFinding } from "../render";
import { findings, one, only, outcome } from "../test-support";
import type { Finding, Profile } from "../types";

const PROFILE = only(henan2024Profile, "targets.indicators", "targets.formMoney");

function check(targets: Targets, profile: Profile = PROFILE) {
  const d: Disclosure = {
    meta: {
      year: 2024,
      documentKind: "单位",
      template: "henan2024",
      department: { name: "洛阳市涧西区市场监督管理局" },
      units: [],
    },
    tables: [],
    texts: [],
    targets,
  };
  return checkDisclosure(d, { profile, template: henan2024 });
}
const zh = (r: ReturnType<typeof check>, id: string) =>
  findings(r, id).map((f) => renderFinding(f, henan2024Profile.rules, "zh-CN", henan2024));
const en = (r: ReturnType<typeof check>, id: string) =>
  findings(r, id).map((f) => renderFinding(f, henan2024Profile.rules, "en", henan2024));

const GOOD = [
  { level1: "产出指标", level2: "数量指标", name: "抽检批次", value: "≥1200批次" },
  { level1: "产出指标", level2: "质量指标", name: "抽检合格率", value: "≥95%" },
  { level1: "产出指标", level2: "时效指标", name: "投诉处理时限", value: "≤10个工作日" },
  { level1: "效益指标", level2: "社会效益指标", name: "食品安全状况", value: "达到省级标准" },
  { level1: "满意度指标", level2: "服务对象满意度指标", name: "群众满意度", value: "100%" },
];

describe("targets.indicators", () => {
  it("a complete set of indicators, values as printers write them, passes", () => {
    const r = check({
      unit: "万元",
      projects: [
        {
          name: "食品安全抽检",
          money: { total: "120.00", government: "120.00" },
          indicators: GOOD,
        },
      ],
    });
    expect([outcome(r, "targets.indicators"), r.findings]).toEqual(["pass", []]);
    expect(outcome(r, "targets.formMoney")).toBe("pass");
  });

  it("a project without 满意度 is reported at its name, with the problem's data only", () => {
    const r = check({
      unit: "万元",
      projects: [
        { name: "食品安全抽检", money: { total: "120.00" }, indicators: GOOD },
        { name: "特种设备检验", money: { total: "80.00" }, indicators: GOOD.slice(0, 4) },
      ],
    });
    const f = one(r, "targets.indicators");
    expect([f.severity, f.outcome, f.params, f.path]).toEqual([
      "warning",
      "fail",
      { project: "特种设备检验", code: "no-satisfaction" },
      { table: "targets", row: "projects/1", column: "name", raw: "特种设备检验" },
    ]);
    expect(f.evidence).toEqual([]);
    expect(zh(r, "targets.indicators")).toEqual([
      "【绩效目标】projects/1 name（项目“特种设备检验”）：没有满意度指标。",
    ]);
    expect(en(r, "targets.indicators")).toEqual([
      '[targets] projects/1 name (project "特种设备检验"): no satisfaction (满意度) indicator.',
    ]);
    expect(outcome(r, "targets.indicators")).toBe("fail");
  });

  it("a value that is no value: the error's fields become params and come back in the message", () => {
    const r = check({
      unit: "万元",
      projects: [
        {
          name: "食品安全抽检",
          money: { total: "120.00" },
          indicators: [...GOOD, { level1: "产出指标", name: "抽检覆盖率", value: "≤" }],
        },
      ],
    });
    const f = one(r, "targets.indicators");
    expect(f.params.code).toBe("malformed-value");
    expect(f.params.indicator).toBe("抽检覆盖率");
    expect(Object.keys(f.params).filter((k) => k.startsWith("error."))).not.toEqual([]);
    expect(Object.keys(f.params)).not.toContain("severity");
    expect(Object.keys(f.params)).not.toContain("path");
    expect(f.path).toEqual({
      table: "targets",
      row: "projects/0",
      column: "indicators/5/value",
      raw: "≤",
    });
    expect(zh(r, "targets.indicators")).toEqual([
      "【绩效目标】projects/0 indicators/5/value（项目“食品安全抽检”）：指标“抽检覆盖率”：指标值“≤”无效：比较符号后缺少数值。",
    ]);
  });

  it("printed ranges and notes pass; a bare placeholder left unfilled is reported", () => {
    const printed = ["100万-200万元", "5千-1万元", "≥85%-90%", "≤3-5天", "≥90分（满分100分）"];
    const words = ["X光", "PM2.5", "A级", "80%-90分"];
    const r = check({
      unit: "万元",
      projects: [
        {
          name: "食品安全抽检",
          money: { total: "120.00" },
          indicators: [
            ...GOOD,
            ...[...printed, ...words].map((value, i) => ({
              level1: "产出指标",
              name: `指标${i}`,
              value,
            })),
            { level1: "产出指标", name: "抽检覆盖率", value: "X%" },
          ],
        },
      ],
    });
    expect(zh(r, "targets.indicators")).toEqual([
      `【绩效目标】projects/0 indicators/${GOOD.length + printed.length + words.length}/value（项目“食品安全抽检”）：指标“抽检覆盖率”：指标值“X%”无效：模板占位未填写，缺少数值。`,
    ]);
  });

  it("targets that state money only are not said to lack 产出 or 满意度", () => {
    const r = check({
      unit: "万元",
      projects: [
        { name: "食品安全抽检", money: { total: "120.00" }, indicators: [] },
        { name: "特种设备检验", money: { total: "80.00" }, indicators: [] },
      ],
    });
    expect([outcome(r, "targets.indicators"), r.findings]).toEqual(["pass", []]);
    // beside a project with indicators, one without any is targets.coverage's; one with a
    // 效益 indicator only lacks its 产出 and 满意度
    const mixed = check({
      unit: "万元",
      projects: [
        { name: "食品安全抽检", money: { total: "120.00" }, indicators: GOOD },
        { name: "特种设备检验", money: { total: "80.00" }, indicators: [] },
        { name: "计量器具检定", money: { total: "30.00" }, indicators: GOOD.slice(3, 4) },
      ],
    });
    expect(
      findings(mixed, "targets.indicators").map((f) => [f.params.code, f.params.project]),
    ).toEqual([
      ["no-output", "计量器具检定"],
      ["no-satisfaction", "计量器具检定"],
    ]);
  });

  it("a framework's gap stays info at any severity the profile sets; a document's fault follows it", () => {
    const profile: Profile = { ...PROFILE, severities: { "targets.indicators": "error" } };
    const r = check(
      {
        unit: "万元",
        projects: [
          {
            name: "食品安全抽检",
            money: { total: "120.00" },
            indicators: [...GOOD, { level1: "管理指标", name: "制度健全性", value: "健全" }],
          },
          {
            name: "特种设备检验",
            money: { total: "80.00" },
            indicators: [...GOOD, { level1: "产出指标", name: "检验台次", value: "" }],
          },
        ],
      },
      profile,
    );
    expect(
      findings(r, "targets.indicators").map((f) => [f.severity, f.params.code, f.params.project]),
    ).toEqual([
      ["info", "unknown-level1", "食品安全抽检"],
      ["error", "missing-value", "特种设备检验"],
    ]);
  });

  it("is not applicable to targets of nothing; a department's targets alone apply", () => {
    const none = check({ unit: "万元", projects: [] });
    expect(outcome(none, "targets.indicators")).toBe("not-applicable");
    expect(outcome(none, "targets.formMoney")).toBe("not-applicable");
    const dept = check({
      unit: "万元",
      projects: [],
      department: {
        tasks: [],
        budget: { total: "500.00", basic: "300.00", project: "200.00" },
        indicators: [],
      },
    });
    expect(outcome(dept, "targets.formMoney")).toBe("pass");
    expect(outcome(dept, "targets.indicators")).toBe("pass");
  });
});

describe("targets.indicators on printed tables whose value column the template does not know", () => {
  const meta = {
    year: 2024,
    documentKind: "单位",
    template: "henan2024",
    department: { name: "某单位" },
    units: [],
  } as const;
  const run = (tables: Table[]) =>
    checkDisclosure({ meta, tables, texts: [] }, { profile: PROFILE, template: henan2024 });

  it("values under 目标值 / 年度指标值 are unread (info, the library's gap), never missing", () => {
    const projects: Table = {
      kind: "projectTargets",
      unit: "万元",
      rows: [
        {
          key: { kind: "project", name: "2024年通联值班费" },
          cells: {
            total: "10.00",
            "indicator.level1": "产出指标",
            "indicator.name": "每天值班次数",
            "extra:年度指标值": "≥2次/天",
          },
        },
        {
          key: { kind: "indicator", index: 0 },
          cells: {
            "indicator.level1": "满意度指标",
            "indicator.name": "服务对象满意度",
            "extra:年度指标值": "≥95%",
          },
        },
      ],
    };
    const department: Table = {
      kind: "departmentTargets",
      unit: "万元",
      rows: [
        {
          key: { kind: "indicator", index: 0 },
          cells: {
            level1: "产出指标",
            level2: "重点工作任务完成",
            level3: "文稿起草",
            "extra:目标值": "按时完成",
          },
        },
      ],
    };
    const r = run([projects, department]);
    expect(outcome(r, "targets.indicators")).toBe("pass");
    const got = findings(r, "targets.indicators");
    expect(got.map((f) => [f.severity, f.params.code, f.params.indicator])).toEqual([
      ["info", "unread-value", "每天值班次数"],
      ["info", "unread-value", "服务对象满意度"],
      ["info", "unread-value", "文稿起草"],
    ]);
    const text = got.map((f) => renderFinding(f, henan2024Profile.rules, "zh-CN", henan2024));
    expect(text[0]).toContain("指标“每天值班次数”的指标值没有读入");
    expect(text[0]).toContain("不是文件的错误");
    const english = renderFinding(got[2] as Finding, henan2024Profile.rules, "en", henan2024);
    expect(english).toContain('the value of indicator "文稿起草" was not read');
  });

  it("bites: a value left blank in a table that prints the column is still missing", () => {
    const r = run([
      {
        kind: "projectTargets",
        unit: "万元",
        rows: [
          {
            key: { kind: "project", name: "甲" },
            cells: {
              total: "1.00",
              "indicator.level1": "产出指标",
              "indicator.name": "人数",
              "indicator.value": "",
            },
          },
          {
            key: { kind: "indicator", index: 0 },
            cells: {
              "indicator.level1": "满意度指标",
              "indicator.name": "满意度",
              "indicator.value": "≥90%",
            },
          },
        ],
      },
    ]);
    expect(findings(r, "targets.indicators").map((f) => f.params.code)).toEqual(["missing-value"]);
  });
});

describe("targets.formMoney", () => {
  it("资金来源 that do not add up: the parts named, no project for the department's lines", () => {
    const r = check({
      unit: "万元",
      projects: [
        {
          name: "食品安全抽检",
          money: { total: "120.00", government: "100.00", unitFunds: "10.00" },
          indicators: GOOD,
        },
      ],
      department: {
        tasks: [],
        budget: { total: "500.00", basic: "300.00", project: "210.00" },
        indicators: [],
      },
    });
    const fs = findings(r, "targets.formMoney");
    expect(
      fs.map((f) => [f.severity, f.params.code, f.params.project, f.path?.row, f.path?.column]),
    ).toEqual([
      ["error", "money-sum", "食品安全抽检", "projects/0", "money/total"],
      ["error", "money-sum", "", "department", "budget/total"],
    ]);
    expect(fs[0]?.params.parts).toBe("government/specialAccount/unitFunds");
    expect(zh(r, "targets.formMoney")).toEqual([
      "【绩效目标】projects/0 money/total（项目“食品安全抽检”）：政府预算资金 + 财政专户管理资金 + 单位资金 = 110.00，与资金总额 120.00 相差 10.00。",
      "【绩效目标】department budget/total：基本支出 + 项目支出 = 510.00，与资金总额 500.00 相差 -10.00。",
    ]);
  });

  it("an unreadable amount given as data is reported at its part", () => {
    const r = check({
      unit: "万元",
      projects: [
        {
          name: "食品安全抽检",
          money: { total: "120.00", government: "12O.00" },
          indicators: GOOD,
        },
      ],
    });
    expect(
      findings(r, "targets.formMoney").map((f) => [f.params.code, f.params.line, f.path?.column]),
    ).toEqual([["malformed-money", "government", "money/government"]]);
  });
});
