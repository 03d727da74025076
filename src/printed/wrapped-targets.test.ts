import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import type { Table } from "../disclosure";
import { readTargets, validateTargets } from "../performance";
import { henan2024, shanghai, type Template } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

/** The targets read from printed tables, and what the reading or the tables left over. */
function targetsOf(printed: readonly PrintedTable[], template: Template = henan2024) {
  const tables: Table[] = [];
  const left: string[] = [];
  for (const p of printed) {
    const r = readPrintedTable(p, { template, catalog: functional2024, departmentCode: "116" });
    for (const q of r.problems) if (q.severity !== "info") left.push(q.code);
    if (r.table !== undefined) tables.push(r.table);
  }
  const reading = readTargets(tables, template);
  left.push(...reading.problems.map((p) => p.code));
  const targets = reading.targets;
  const problems = targets === undefined ? [] : validateTargets(targets).map((p) => p.code);
  return { targets, left, problems };
}

const GROUPS = ["成本指标", "产出指标", "效益指标", "满意度指标"];
/** A Henan 项目绩效目标汇总表: project columns, then 三级指标 / 指标值 under each 一级. */
const summary = (rows: readonly (readonly string[])[]): PrintedTable => ({
  title: "本级部门预算项目绩效目标汇总表",
  unit: "万元",
  headers: [
    "单位编码（项目编码）",
    "项目单位（项目名称）",
    "项目分类",
    "项目金额（万元）/资金总额",
    "项目金额（万元）/政府预算资金",
    ...GROUPS.flatMap((g) => [`绩效目标/${g}/三级指标`, `绩效目标/${g}/指标值`]),
  ],
  rows,
});
const blank5 = ["", "", "", "", ""];
const none = ["", ""];
const unit = ["116", "中共某区委办公室", "", "13.50", "13.50", ...none, ...none, ...none, ...none];
const project = (code: string, name: string, amount: string, output: readonly string[]) => [
  code,
  name,
  "其他运转类",
  amount,
  amount,
  "运行成本",
  "按需确定",
  ...output,
  "保障机关工作有序开展",
  "持续保障",
  "服务对象满意度",
  "≥95%",
];
const CODE_A = "410305240000000017284";
const CODE_B = "410305240000000036401";

const projectsOf = (printed: readonly PrintedTable[], template?: Template) =>
  targetsOf(printed, template).targets?.projects.map((p) => [
    p.name,
    p.money.total,
    p.indicators.map((i) => `${i.level1}:${i.name}=${i.value}`),
  ]);

describe("a 绩效目标汇总表: a project's name wrapped", () => {
  const whole = summary([
    unit,
    project(CODE_A, "2024年机关运行及综合保障经费", "10.00", ["保障股室数量", "≥8个"]),
    [...blank5, ...none, "工作完成及时性", "按时完成", ...none, ...none],
    project(CODE_B, "机关公务活动经费", "3.50", ["接待批次", "≤20次"]),
  ]);
  const expected = projectsOf([whole]);

  it.each([
    [
      "alone on a row of its own",
      [
        project(CODE_A, "2024年机关运行及综", "10.00", ["保障股室数量", "≥8个"]),
        ["", "合保障经费", "", "", "", ...none, ...none, ...none, ...none],
        [...blank5, ...none, "工作完成及时性", "按时完成", ...none, ...none],
      ],
    ],
    [
      "on the project's next indicator line",
      [
        project(CODE_A, "2024年机关运行及综", "10.00", ["保障股室数量", "≥8个"]),
        ["", "合保障经费", "", "", "", ...none, "工作完成及时性", "按时完成", ...none, ...none],
      ],
    ],
    [
      "over three lines, the last beside an indicator",
      [
        project(CODE_A, "2024年机关运", "10.00", ["保障股室数量", "≥8个"]),
        ["", "行及综合", "", "", "", ...none, ...none, ...none, ...none],
        ["", "保障经费", "", "", "", ...none, "工作完成及时性", "按时完成", ...none, ...none],
      ],
    ],
  ])("%s: read whole, its indicators its own", (_, lines) => {
    const t = summary([
      unit,
      ...lines,
      project(CODE_B, "机关公务活动经费", "3.50", ["接待批次", "≤20次"]),
    ]);
    const r = targetsOf([t]);
    expect(r.left).toEqual([]);
    expect(r.problems).toEqual([]);
    expect(projectsOf([t])).toEqual(expected);
    const wrapped = readPrintedTable(t, { template: henan2024, catalog: functional2024 });
    expect(wrapped.problems.filter((p) => p.code === "wrapped-row").length).toBeGreaterThan(0);
  });

  it("in a 项目支出绩效目标表 printed with no code, one indicator a row", () => {
    const t = (rows: readonly (readonly string[])[]): PrintedTable => ({
      title: "2024年项目支出绩效目标表",
      headers: ["项目名称", "项目金额/资金总额", "一级指标", "三级指标", "指标值"],
      rows,
    });
    const before = projectsOf([
      t([
        ["学生资助补助资金（义务教育阶段）", "120.00", "产出指标", "资助人数", "≥1200人"],
        ["", "", "满意度指标", "学生满意度", "≥90%"],
        ["校舍维修", "80.00", "产出指标", "维修面积", "≥500平方米"],
      ]),
    ]);
    const after = projectsOf([
      t([
        ["学生资助补助资金（义务教", "120.00", "产出指标", "资助人数", "≥1200人"],
        ["育阶段）", "", "满意度指标", "学生满意度", "≥90%"],
        ["校舍维修", "80.00", "产出指标", "维修面积", "≥500平方米"],
      ]),
    ]);
    expect(after).toEqual(before);
    expect(before?.map((p) => p[0])).toEqual(["学生资助补助资金（义务教育阶段）", "校舍维修"]);
  });

  it("bites: a project printing its figures, a code or a heading below is a row of its own", () => {
    const t = summary([
      unit,
      project(CODE_A, "2024年机关运行经费", "10.00", ["保障股室数量", "≥8个"]),
      ["", "通联值班费", "", "2.00", "2.00", ...none, "值班次数", "≥2次／天", ...none, ...none],
      ["", "二、特定目标类", "", "", "", ...none, ...none, ...none, ...none],
      project(CODE_B, "机关公务活动经费", "3.50", ["接待批次", "≤20次"]),
    ]);
    expect(projectsOf([t])?.map((p) => p[0])).toEqual([
      "2024年机关运行经费",
      "通联值班费",
      "二、特定目标类",
      "机关公务活动经费",
    ]);
  });

  it("bites: under a project printing no figure, a name below is a project of its own", () => {
    const t = summary([
      unit,
      ["", "机要设备购置", "", "", "", ...none, "购置台数", "≥2台", ...none, ...none],
      ["", "保密测评", "", "", "", ...none, ...none, ...none, ...none],
    ]);
    expect(projectsOf([t])?.map((p) => p[0])).toEqual(["机要设备购置", "保密测评"]);
  });
});

describe("a 绩效目标汇总表: an indicator's name or value wrapped", () => {
  const first = (output: readonly string[], below: readonly (readonly string[])[]) =>
    summary([unit, project(CODE_A, "2024年通联值班费", "10.00", output), ...below]);
  const whole = projectsOf([first(["保持通联时长", "≥24小时／天"], [])]);

  it.each([
    ["its value", ["保持通联时长", "≥24小时"], [...blank5, ...none, "", "／天", ...none, ...none]],
    ["its name", ["保持通联", "≥24小时／天"], [...blank5, ...none, "时长", "", ...none, ...none]],
  ])("%s's rest alone below: read whole", (_, output, rest) => {
    const r = targetsOf([first(output, [rest])]);
    expect(r.left).toEqual([]);
    expect(r.problems).toEqual([]);
    expect(projectsOf([first(output, [rest])])).toEqual(whole);
  });

  it("two indicators' rests on one row (a name of one, a value of another): both read whole", () => {
    const t = summary([
      unit,
      [
        CODE_A,
        "2024年通联值班费",
        "其他运转类",
        "10.00",
        "10.00",
        "通联值班经费",
        "按当年预算安",
        "保持通联时长",
        "≥24小时／天",
        "保障区委通联",
        "持续保障",
        "服务对象满意度",
        "≥95%",
      ],
      [...blank5, "", "排支付", ...none, "工作", "", ...none],
    ]);
    const indicators = targetsOf([t]).targets?.projects[0]?.indicators;
    expect(indicators?.map((i) => `${i.name}=${i.value}`)).toEqual([
      "通联值班经费=按当年预算安排支付",
      "保持通联时长=≥24小时／天",
      "保障区委通联工作=持续保障",
      "服务对象满意度=≥95%",
    ]);
  });

  it("bites: a row printing a name and a value is a further indicator", () => {
    const r = targetsOf([
      first(
        ["保持通联时长", "≥24小时／天"],
        [[...blank5, ...none, "来电处理率", "100%", ...none, ...none]],
      ),
    ]);
    expect(r.targets?.projects[0]?.indicators).toHaveLength(5);
  });

  it("bites: a name alone under a short one, or under an indicator with no value, stays (its value missing)", () => {
    for (const output of [
      ["人数", "≤1人"],
      ["保持通联时长", ""],
    ]) {
      const r = targetsOf([
        first(output, [[...blank5, ...none, "来电来文处理率", "", ...none, ...none]]),
      ]);
      expect(r.targets?.projects[0]?.indicators).toHaveLength(5);
      expect(r.problems).toContain("missing-value");
    }
  });
});

/** An 整体绩效目标表's indicator sub-table, one indicator a row. */
const departmentGrid = (rows: readonly (readonly string[])[]): PrintedTable => ({
  title: "部门（单位）整体绩效目标表",
  headers: ["一级指标", "二级指标", "三级指标", "指标值", "指标值说明"],
  rows,
});

describe("an 整体绩效目标表: wrapped texts of indicators, goal and tasks", () => {
  const RATE = "预算执行率=（预算完成数/预算数）×100%。";
  const whole = targetsOf([
    departmentGrid([
      ["投入管理指标", "预算和财务管理", "预算执行率", "≥95%", RATE],
      ["产出指标", "重点工作任务完成", "规范区委机关公文管理", "落实到位", ""],
      ["满意度", "服务对象满意度", "", "≥90%", ""],
    ]),
  ]).targets?.department;

  it.each([
    [
      "a 三级指标's rest alone, 一级 and 二级 blank",
      [
        ["投入管理指标", "预算和财务管理", "预算执行率", "≥95%", RATE],
        ["产出指标", "重点工作任务完成", "规范区委机关", "落实到位", ""],
        ["", "", "公文管理", "", ""],
      ],
    ],
    [
      "a 指标值说明 over three rows, the name's rest beside its second",
      [
        ["投入管理指标", "预算和财务管理", "预算执行", "≥95%", "预算执行率=（预算"],
        ["", "", "率", "", "完成数/预算数）"],
        ["", "", "", "", "×100%。"],
        ["产出指标", "重点工作任务完成", "规范区委机关公文管理", "落实到位", ""],
      ],
    ],
  ])("%s: read whole", (_, rows) => {
    const r = targetsOf([departmentGrid([...rows, ["满意度", "服务对象满意度", "", "≥90%", ""]])]);
    expect(r.left).toEqual([]);
    expect(r.targets?.department).toEqual(whole);
  });

  it("the 年度履职目标 over several rows and a task's 任务名称 and 主要内容 wrapped: read whole", () => {
    const goal = { title: "部门（单位）整体绩效目标表", headers: ["年度履职目标"] };
    const tasks = {
      title: "部门（单位）整体绩效目标表",
      headers: ["年度主要任务/任务名称", "年度主要任务/主要内容"],
    };
    const before = targetsOf([
      { ...goal, rows: [["认真履行参谋助手职责，更好地为区委决策服务。"]] },
      {
        ...tasks,
        rows: [
          ["规范区委机关公文管理", "开展区委规范性文件清理和备案工作。"],
          ["值班通联", "做好区委24小时值班通联工作。"],
        ],
      },
    ]);
    const after = targetsOf([
      { ...goal, rows: [["认真履行参谋助手"], ["职责，更好地为区委"], ["决策服务。"]] },
      {
        ...tasks,
        rows: [
          ["规范区委机关公文", "开展区委规范性文件清理和备案工作。"],
          ["管理", ""],
          ["值班通联", "做好区委24小时值"],
          ["", "班通联工作。"],
        ],
      },
    ]);
    expect(after.left).toEqual([]);
    expect(after.targets).toEqual(before.targets);
    expect(before.targets?.department?.tasks).toHaveLength(2);
  });
});

describe("a 申报表: wrapped contents and indicators", () => {
  const form = (rows: readonly (readonly string[])[]): PrintedTable => ({
    title: "2024年项目支出绩效目标申报表",
    headers: ["项目", "内容"],
    rows,
  });
  const grid: PrintedTable = {
    title: "2024年项目支出绩效目标申报表",
    headers: ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"],
    rows: [
      ["产出指标", "数量指标", "医疗救助人次", "≥", "1200", "人次"],
      ["", "时效指标", "救助办理时限（工作", "≤", "12", "日"],
      ["", "", "日）", "", "", ""],
      ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥", "90", "%"],
    ],
  };

  it("项目名称, 实施单位 and 年度绩效目标 continued on rows with a blank label: read whole", () => {
    const r = targetsOf(
      [
        form([
          ["项目名称", "城乡居民医疗救助及困"],
          ["", "难群众临时救助"],
          ["实施单位", "上海市普陀区社会救助"],
          ["", "事务管理中心"],
          ["年度资金总额", "300.00"],
          ["年度绩效目标", "保障困难群众基本医疗需求，"],
          ["", "减轻就医负担，"],
          ["", "做到应救尽救"],
        ]),
        grid,
      ],
      shanghai,
    );
    expect(r.left).toEqual([]);
    const p = r.targets?.projects[0];
    expect([p?.name, p?.implementer, p?.goal]).toEqual([
      "城乡居民医疗救助及困难群众临时救助",
      "上海市普陀区社会救助事务管理中心",
      "保障困难群众基本医疗需求，减轻就医负担，做到应救尽救",
    ]);
    expect(p?.indicators.map((i) => `${i.name}=${i.value}`)).toEqual([
      "医疗救助人次=≥1200人次",
      "救助办理时限（工作日）=≤12日",
      "救助对象满意度=≥90%",
    ]);
  });

  it("bites: a content under a heading printing none is left unread (reported)", () => {
    const r = targetsOf(
      [
        form([
          ["项目名称", "城乡居民医疗救助"],
          ["项目资金（万元）", ""],
          ["", "300.00"],
        ]),
        grid,
      ],
      shanghai,
    );
    expect(r.left).toContain("unread-cell");
  });
});
