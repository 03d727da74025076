/**
 * Performance targets from printed tables: the Henan fixture's tables 13 and 14 (the 整体绩效目标表
 * as its sub-tables) read through `readPrintedTable` and `readTargets` with nothing left over, every
 * 指标值 parsed, and the Henan targets checked against the fixture's text. Other printed layouts
 * (the 汇总表 one indicator a row, Shanghai 申报表 / 填报表 forms) are in
 * performance-printed-variants.test.ts.
 */
import { describe, expect, it } from "vitest";
import type { Targets } from "../src/disclosure";
import { parseIndicatorValue } from "../src/performance";
import type { PrintedTable } from "../src/printed";
import { henan2024 } from "../src/templates";
import { henan2024Fixture, henan2024TextFile } from "./fixtures/henan-2024";
import { readPrintedTargets as read } from "./support/disclosures";
import { fixtureText, tableSlice } from "./support/fixture-text";

const henanTable = (title: string): PrintedTable => {
  const t = henan2024Fixture.tables.find((x) => x.title === title);
  if (t === undefined) throw new Error(title);
  return t;
};
const T13 = henanTable("部门（单位）整体绩效目标表");
const T14 = henanTable("本级部门预算项目绩效目标汇总表");
const departmentFixture = henan2024Fixture.departmentTargets;
if (departmentFixture === undefined) throw new Error("no department targets in the fixture");

/** Table 13 as its printed sub-tables: 年度履职目标, 年度主要任务, 预算情况 (with its group column), indicators. */
const T13_PARTS: readonly PrintedTable[] = [
  { title: T13.title, headers: ["年度履职目标"], rows: [[departmentFixture.annualGoal]] },
  {
    title: T13.title,
    headers: ["年度主要任务/任务名称", "年度主要任务/主要内容"],
    rows: departmentFixture.mainTasks.map((t) => [t.name, t.content]),
  },
  {
    title: T13.title,
    headers: ["预算情况/类别", "预算情况/项目", "预算情况/金额"],
    rows: departmentFixture.budget.map((b) => {
      const parts = b.label.split("/");
      return parts.length === 2
        ? [parts[0] ?? "", parts[1] ?? "", b.amount]
        : ["", b.label, b.amount];
    }),
  },
  T13,
];

describe("the Henan fixture's tables 13 and 14, read into targets", () => {
  const { targets, left } = read([...T13_PARTS, T14], henan2024);

  it("read with nothing left over", () => {
    expect(left).toEqual([]);
  });

  it("table 14: 11 projects, 287.00 in all, 6 indicators each (1 成本, 3 产出, 1 效益, 1 满意度)", () => {
    const projects = targets?.projects ?? [];
    expect(projects).toHaveLength(11);
    expect(projects.map((p) => p.code?.slice(0, 8))).toEqual(Array(11).fill("41030524"));
    const cents = projects.map((p) => Number((p.money.total ?? "x").replace(".", "")));
    expect(cents.reduce((a, b) => a + b, 0)).toBe(28700);
    for (const p of projects) {
      expect(p.money.government).toBe(p.money.total);
      expect(p.indicators.map((i) => i.level1).sort()).toEqual(
        ["产出指标", "产出指标", "产出指标", "成本指标", "效益指标", "满意度指标"].sort(),
      );
    }
    expect(projects[4]).toEqual({
      name: "2024年通联值班费",
      code: "410305240000000017294",
      type: "特定目标类",
      money: { total: "10.00", government: "10.00", specialAccount: "", unitFunds: "" },
      indicators: [
        { level1: "成本指标", name: "通联值班经费", value: "按当年预算安排支付" },
        { level1: "产出指标", name: "每天值班次数", value: "≥2次／天" },
        { level1: "效益指标", name: "保障区委通联工作", value: "持续保障" },
        { level1: "满意度指标", name: "服务对象满意度", value: "≥95%" },
        { level1: "产出指标", name: "来电来文来访及应急事件处理率", value: "100%" },
        { level1: "产出指标", name: "保持通联时长", value: "≥24小时／天" },
      ],
    });
  });

  it("table 13: goal, 10 tasks, 预算情况 969.06 = 682.06 + 287.00, 38 indicators", () => {
    const d = targets?.department;
    expect(d?.goal).toBe(departmentFixture.annualGoal);
    expect(d?.tasks).toEqual(departmentFixture.mainTasks);
    expect(d?.budget).toEqual({
      total: "969.06",
      government: "969.06",
      specialAccount: "",
      unitFunds: "",
      basic: "682.06",
      project: "287.00",
    });
    expect(d?.indicators).toHaveLength(38);
    expect(d?.indicators[4]).toEqual({
      level1: "投入管理指标",
      level2: "预算和财务管理",
      name: "专项资金细化率",
      value: "≥90%",
      explanation:
        "专项资金细化率=（已细化到具体市县和承担单位的资金数/部门参与分配资金总数）×100%。",
    });
    expect(d?.indicators.at(-1)).toEqual({
      level1: "满意度",
      level2: "服务对象满意度",
      name: "",
      value: "≥90%",
    });
  });
});

/** Whether each text occurs in `text[start, end)` in order, whitespace ignored; the first missing one. */
function firstMissing(text: string, start: number, end: number, wanted: readonly string[]) {
  const compact = (s: string) => s.replace(/\s+/gu, "");
  const slice = compact(text.slice(start, end));
  let cursor = 0;
  for (const w of wanted) {
    const at = slice.indexOf(compact(w), cursor);
    if (at < 0) return w;
    cursor = at + compact(w).length;
  }
  return undefined;
}

/** What table 14 prints, in printed order: each project's code, name, amount, then its indicators. */
const projectTexts = (t: Targets) =>
  t.projects.flatMap((p) => [
    p.code ?? "",
    p.name,
    p.type ?? "",
    p.money.total ?? "",
    ...p.indicators.flatMap((i) => [i.name, i.value]),
  ]);
/** What table 13 prints, in printed order. */
const departmentTexts = (t: Targets) => {
  const d = t.department;
  if (d === undefined) return ["(none)"];
  const b = d.budget;
  return [
    d.goal ?? "",
    ...d.tasks.flatMap((x) => [x.name, x.content]),
    ...[b.total, b.government, b.basic, b.project].map((x) => x ?? ""),
    ...d.indicators.flatMap((i) => [i.name, i.value]),
  ];
};

describe("every 指标值 of the Henan tables 13 and 14 parses", () => {
  const { targets } = read([...T13_PARTS, T14], henan2024);
  const values = [
    ...(targets?.projects ?? []).flatMap((p) => p.indicators.map((i) => i.value)),
    ...(targets?.department?.indicators ?? []).map((i) => i.value),
  ];

  it("104 values: 30 quantities (17 in table 14, 13 in table 13), 74 qualitative, no error", () => {
    const kinds = values.map((v) => {
      const r = parseIndicatorValue(v);
      return r.ok ? r.value.kind : `error ${v}`;
    });
    expect(kinds).toHaveLength(104);
    expect(kinds.filter((k) => k.startsWith("error"))).toEqual([]);
    expect(kinds.filter((k) => k === "quantity")).toHaveLength(30);
    expect(kinds.filter((k) => k === "qualitative")).toHaveLength(74);
  });
});

describe("the Henan targets against the fixture text", () => {
  const text = fixtureText(henan2024TextFile);
  const t13 = tableSlice(text, "部门（单位）整体绩效目标表", "本级部门预算项目绩效目标汇总表");
  const t14 = tableSlice(text, "本级部门预算项目绩效目标汇总表");
  const { targets } = read([...T13_PARTS, T14], henan2024);
  if (targets === undefined || t13 === undefined || t14 === undefined) throw new Error("no slice");

  it("every project, amount and indicator of table 14 is printed, in this order", () => {
    expect(firstMissing(text, t14.start, t14.end, projectTexts(targets))).toBeUndefined();
    expect(projectTexts(targets)).toHaveLength(11 * 4 + 66 * 2);
  });

  it("the goal, every task, the 预算情况 and every indicator of table 13 are printed, in order", () => {
    expect(firstMissing(text, t13.start, t13.end, departmentTexts(targets))).toBeUndefined();
  });

  it("bites: a changed value, a swapped pair or a project from elsewhere is not found", () => {
    const changed = projectTexts(targets).map((s) => (s === "≥24小时／天" ? "≥12小时／天" : s));
    expect(firstMissing(text, t14.start, t14.end, changed)).toBe("≥12小时／天");
    const texts = projectTexts(targets);
    const swapped = [texts[1] ?? "", texts[0] ?? "", ...texts.slice(2)];
    expect(firstMissing(text, t14.start, t14.end, swapped)).toBeDefined();
    expect(firstMissing(text, t14.start, t14.end, ["行政运行"])).toBe("行政运行");
  });
});
