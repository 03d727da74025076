/**
 * A 一级 / 二级 name in a tall merged cell, cut by an extractor where its text wraps (`产出指` /
 * `标`, `服务对象满意度` / `指标`, `经济效益指` / `标`): the rest, on a row of its own or on the next
 * indicator's row, is the name's, never a 一级 of its own; a name of its own below stays one.
 */
import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import type { Table } from "../disclosure";
import { readTargets, validateTargets } from "../performance";
import { builtInFrameworks, cutInSuffix, cutLevel } from "../performance/framework/classify";
import type { IndicatorFramework } from "../performance/framework/types";
import { henan2024, shanghai, type Template } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const head: PrintedTable = {
  title: "2024年项目支出绩效目标申报表",
  unit: "万元",
  headers: ["项目", "内容"],
  rows: [
    ["项目名称", "城乡居民医疗救助"],
    ["实施单位", "某区社会救助事务管理中心"],
    ["年度资金总额", "300.00"],
  ],
};
const grid = (rows: readonly (readonly string[])[]): PrintedTable => ({
  title: "2024年项目支出绩效目标申报表",
  headers: ["一级指标", "二级指标", "三级指标", "指标值"],
  rows,
});

function read(
  printed: readonly PrintedTable[],
  template: Template = shanghai,
  frameworks?: readonly IndicatorFramework[],
) {
  const tables: Table[] = [];
  const left: string[] = [];
  const given = frameworks === undefined ? {} : { frameworks };
  for (const p of printed) {
    const options = { template, catalog: functional2024, departmentCode: "116", ...given };
    const r = readPrintedTable(p, options);
    for (const q of r.problems) if (q.severity !== "info") left.push(q.code);
    if (r.table !== undefined) tables.push(r.table);
  }
  const reading = readTargets(tables, template, given);
  left.push(...reading.problems.map((p) => p.code));
  const targets = reading.targets;
  const indicators = [
    ...(targets?.projects.flatMap((p) => p.indicators) ?? []),
    ...(targets?.department?.indicators ?? []),
  ].map((i) => `${i.level1}/${i.level2 ?? ""}/${i.name}=${i.value}`);
  const problems = targets === undefined ? [] : validateTargets(targets).map((p) => p.code);
  return { left, indicators, problems };
}

const WHOLE = [
  "产出指标/数量指标/医疗救助人次=≥1200人次",
  "产出指标/时效指标/救助周期=≤12个月",
  "效益指标/经济效益指标/节约就医费用=≥10万元",
  "满意度指标/服务对象满意度指标/救助对象满意度=≥90%",
];

describe("a 一级 / 二级 name cut by the extractor", () => {
  it.each([
    [
      "the rest on a row of its own",
      [
        ["产出指", "数量指标", "医疗救助人次", "≥1200人次"],
        ["标", "", "", ""],
        ["", "时效指标", "救助周期", "≤12个月"],
        ["效益指标", "经济效益指", "节约就医费用", "≥10万元"],
        ["", "标", "", ""],
        ["满意度指", "服务对象满意度", "救助对象满意度", "≥90%"],
        ["标", "指标", "", ""],
      ],
    ],
    [
      "the rest on the next indicator's row",
      [
        ["产出指", "数量指标", "医疗救助人次", "≥1200人次"],
        ["标", "时效指标", "救助周期", "≤12个月"],
        ["效益指", "经济效益指标", "节约就医费用", "≥10万元"],
        ["标", "", "", ""],
        ["满意度指", "服务对象满意度", "救助对象满意度", "≥90%"],
        ["标", "指标", "", ""],
      ],
    ],
    [
      "the rest beside the rest of a 三级 name",
      [
        ["产出指", "数量指标", "医疗救助人次", "≥1200人次"],
        ["标", "时效指标", "救助周期", "≤12个月"],
        ["效益指标", "经济效益指标", "节约就医费", "≥10万元"],
        ["", "", "用", ""],
        ["满意度指", "服务对象满意度", "救助对象满意度", "≥90%"],
        ["标", "指标", "", ""],
      ],
    ],
  ])("%s: read whole", (_, rows) => {
    const r = read([head, grid(rows)]);
    expect(r.left).toEqual([]);
    expect(r.indicators).toEqual(WHOLE);
    expect(r.problems).toEqual([]);
  });

  it("a Henan 整体绩效目标表 whose 一级 of another tree wraps (投入管理指 / 标)", () => {
    const table: PrintedTable = {
      title: "部门（单位）整体绩效目标表",
      unit: "万元",
      headers: ["一级指标", "二级指标", "三级指标", "指标值", "指标值说明"],
      rows: [
        ["投入管理指", "工作目标管理", "年度履职目标相关性", "相关", "年度履职目标是否符合"],
        ["标", "", "", "", ""],
        ["产出指标", "重点工作履行情况", "重点工作完成率", "100%", ""],
      ],
    };
    const r = read([table], henan2024);
    expect(r.indicators).toEqual([
      "投入管理指标/工作目标管理/年度履职目标相关性=相关",
      "产出指标/重点工作履行情况/重点工作完成率=100%",
    ]);
  });

  it("bites: a name of its own below stays its own; a wrapped name's missing value is missing", () => {
    const r = read([
      head,
      grid([
        ["产出指标", "数量指标", "医疗救助人次", "≥1200人次"],
        ["效益指标", "社会效益", "就医负担", "有效减轻"],
        ["", "生态效益指标", "节能降耗", "有效"],
        ["满意度指", "服务对象满意度指标", "救助对象满意度", ""],
        ["标", "", "", ""],
      ]),
    ]);
    expect(r.indicators).toEqual([
      "产出指标/数量指标/医疗救助人次=≥1200人次",
      "效益指标/社会效益/就医负担=有效减轻",
      "效益指标/生态效益指标/节能降耗=有效",
      "满意度指标/服务对象满意度指标/救助对象满意度=",
    ]);
    expect(r.problems).toEqual(["missing-value"]);
  });
});

describe("cutInSuffix", () => {
  it.each([
    ["产出指", "标"],
    ["满意度指", "标"],
    ["投入管理指", "标"],
    ["服务对象满意度", "指标"],
    ["经济效益指", "标"],
    ["可持续影响", "指标"],
  ])("%s / %s: one name", (above, rest) => {
    expect(cutInSuffix(above, rest)).toBe(true);
  });
  it.each([
    ["产出指标", "标"],
    ["产出指标", "指标"],
    ["产出指", "指标"],
    ["社会效益", "生态效益指标"],
    ["数量指标", "质量指标"],
    ["产出", "标"],
    ["", "标"],
    ["产出指", ""],
  ])("%s / %s: two names", (above, rest) => {
    expect(cutInSuffix(above, rest)).toBe(false);
  });
});

describe("a 一级 / 二级 name cut mid-word, not in its 指标", () => {
  const projectGrid = (rows: readonly (readonly string[])[]): PrintedTable => ({
    title: "2024年项目绩效目标汇总表",
    unit: "万元",
    headers: ["项目名称", "项目金额/资金总额", "一级指标", "二级指标", "三级指标", "指标值"],
    rows,
  });
  const SAT = "满意度指标/服务对象满意度指标";
  it.each([
    [
      "a 二级's rest on a row of its own",
      [
        ["产出指标", "数量指标", "医疗救助人次", "≥1200人次"],
        ["满意度指标", "服务对象满", "救助对象满意度", "≥90%"],
        ["", "意度指标", "", ""],
      ],
      [`${SAT}/救助对象满意度=≥90%`],
    ],
    [
      "a 二级's rest beside the next indicator",
      [
        ["产出指标", "数量指标", "医疗救助人次", "≥1200人次"],
        ["满意度指标", "服务对象满", "救助对象满意度", "≥90%"],
        ["", "意度指标", "家属满意度", "≥85%"],
      ],
      [`${SAT}/救助对象满意度=≥90%`, `${SAT}/家属满意度=≥85%`],
    ],
    [
      "a 一级 cut in its word (满意 / 度指标), the rest beside the next indicator",
      [
        ["产出指标", "数量指标", "医疗救助人次", "≥1200人次"],
        ["满意", "服务对象满意度指标", "救助对象满意度", "≥90%"],
        ["度指标", "", "家属满意度", "≥85%"],
      ],
      [`${SAT}/救助对象满意度=≥90%`, `${SAT}/家属满意度=≥85%`],
    ],
    [
      "a 二级 over three lines (服务对 / 象满意 / 度指标)",
      [
        ["产出指标", "数量指标", "医疗救助人次", "≥1200人次"],
        ["满意度指标", "服务对", "救助对象满意度", "≥90%"],
        ["", "象满意", "家属满意度", "≥85%"],
        ["", "度指标", "", ""],
      ],
      [`${SAT}/救助对象满意度=≥90%`, `${SAT}/家属满意度=≥85%`],
    ],
  ])("%s: read whole, in a 申报表 and in a 汇总表", (_, rows, satisfied) => {
    const expected = ["产出指标/数量指标/医疗救助人次=≥1200人次", ...satisfied];
    const form = read([head, grid(rows)]);
    expect(form.left).toEqual([]);
    expect(form.indicators).toEqual(expected);
    expect(form.problems).toEqual([]);
    const summary = read(
      [
        projectGrid(
          rows.map((r, i) => [i === 0 ? "城乡居民医疗救助" : "", i === 0 ? "300.00" : "", ...r]),
        ),
      ],
      henan2024,
    );
    expect(summary.left).toEqual([]);
    expect(summary.indicators).toEqual(expected);
    expect(summary.problems).toEqual([]);
  });

  it("投入管 / 理指标, 预算和财务 / 管理 and 经济效 / 益指标 in a department's table", () => {
    const r = read(
      [
        {
          title: "部门（单位）整体绩效目标表",
          unit: "万元",
          headers: ["一级指标", "二级指标", "三级指标", "指标值"],
          rows: [
            ["投入管", "预算和财务", "预算执行率", "≥90%"],
            ["理指标", "管理", "", ""],
            ["效益指标", "经济效", "节约资金", "≥10万元"],
            ["", "益指标", "", ""],
          ],
        },
      ],
      henan2024,
    );
    expect(r.indicators).toEqual([
      "投入管理指标/预算和财务管理/预算执行率=≥90%",
      "效益指标/经济效益指标/节约资金=≥10万元",
    ]);
  });

  it("bites: names of their own below stay their own (a known name, or one the trees do not join into)", () => {
    const r = read([
      head,
      grid([
        ["产出指标", "数量指标", "医疗救助人次", "≥1200人次"],
        ["", "质量", "救助准确率", "100%"],
        ["", "时效指标", "救助周期", "≤12个月"],
        ["效益指标", "社会", "就医负担", "有效减轻"],
        ["", "民生", "兜底保障", "有效"],
        ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"],
      ]),
    ]);
    expect(r.indicators).toEqual([
      "产出指标/数量指标/医疗救助人次=≥1200人次",
      "产出指标/质量/救助准确率=100%",
      "产出指标/时效指标/救助周期=≤12个月",
      "效益指标/社会/就医负担=有效减轻",
      "效益指标/民生/兜底保障=有效",
      "满意度指标/服务对象满意度指标/救助对象满意度=≥90%",
    ]);
  });
});

describe("cutLevel", () => {
  it.each([
    ["产出指", "标"],
    ["服务对象满意度", "指标"],
    ["服务对象满", "意度指标"],
    ["满意", "度指标"],
    ["服务对", "象满意"],
    ["经济效", "益指标"],
    ["投入管", "理指标"],
    ["预算和财务", "管理"],
  ])("%s / %s: one name", (above, rest) => {
    expect(cutLevel(above, rest, builtInFrameworks())).toBe(true);
  });
  it.each([
    ["产出指标", "标"],
    ["社会效益", "生态效益指标"],
    ["数量指标", "质量指标"],
    ["社会", "民生"],
    ["质量", "时效指标"],
    ["产出", "数量指标"],
    ["", "意度指标"],
    ["服务对象满", ""],
  ])("%s / %s: two names", (above, rest) => {
    expect(cutLevel(above, rest, builtInFrameworks())).toBe(false);
  });
});

/** A province's own tree (invented): 一级 and 二级 names no built-in tree has. */
const OWN: IndicatorFramework = {
  id: "own",
  name: { "zh-CN": "自定义", en: "own" },
  basis: "test",
  level1: [
    {
      category: "output",
      names: ["履职效能指标"],
      level2: [{ id: "work", names: ["重点工作推进情况"] }],
    },
    {
      category: "satisfaction",
      names: ["社会公众满意度指标"],
      level2: [{ id: "public", names: ["群众获得感"] }],
    },
  ],
};

describe("cutLevel in the trees the caller gives", () => {
  it.each([
    ["履职效", "能指标"],
    ["重点工作推", "进情况"],
    ["社会公众满", "意度指标"],
    ["群众获", "得感"],
  ])("%s / %s: one name of the caller's tree, none of the built-in ones", (above, rest) => {
    expect(cutLevel(above, rest, [OWN])).toBe(true);
    expect(cutLevel(above, rest, builtInFrameworks())).toBe(false);
  });

  it("bites: the built-in names are not joined in a tree that lacks them", () => {
    expect(cutLevel("服务对象满", "意度指标", [OWN])).toBe(false);
    expect(cutLevel("经济效", "益指标", [OWN])).toBe(false);
    // cut in its 指标: whatever the tree
    expect(cutLevel("产出指", "标", [OWN])).toBe(true);
  });

  const cut = grid([
    ["履职效", "重点工作推", "文稿起草数量", "≥50篇"],
    ["能指标", "进情况", "", ""],
    ["社会公众满", "群众获得感", "群众满意度", "≥90%"],
    ["意度指标", "", "", ""],
  ]);
  const whole = [
    "履职效能指标/重点工作推进情况/文稿起草数量=≥50篇",
    "社会公众满意度指标/群众获得感/群众满意度=≥90%",
  ];

  it("a user's tree given to the readers joins its own cut names", () => {
    expect(read([head, cut], shanghai, [OWN]).indicators).toEqual(whole);
  });

  it("bites: without it, the cut lines are names of their own", () => {
    expect(read([head, cut]).indicators).not.toEqual(whole);
  });
});
