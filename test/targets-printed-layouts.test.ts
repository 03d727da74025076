/**
 * 项目支出绩效目标表 as other provinces and districts print them, checked whole with the 项目支出表
 * they go with (`checkDisclosure`): merged cells an extractor repeats on every row (the project's
 * name and amount printed again beside each indicator), 资金 columns printed by source
 * (财政拨款 / 其他资金) and a 年度目标 column whose text spans rows. A correct table gives no
 * warning or error; a figure that is truly wrong still does.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../src/disclosure";
import { readTargets } from "../src/performance";
import { type PrintedTable, readPrintedTable } from "../src/printed";
import { checkAlone, HENAN_DISTRICT, serious } from "../src/printed/test-support";
import { henan2024 } from "../src/templates";

const PROJECTS: PrintedTable = {
  title: "2024年项目支出预算表",
  unit: "万元",
  headers: ["项目名称", "合计", "本年拨款/一般公共预算"],
  rows: [
    ["合计", "420.00", "420.00"],
    ["社区养老服务补助", "120.00", "120.00"],
    ["城乡低保资金", "300.00", "300.00"],
  ],
};

/**
 * Each of `printed` read (Henan), its reading's problems above info kept, then all checked as a
 * 部门 document of 某区民政局 and their targets read.
 */
function readAndCheck(printed: readonly PrintedTable[]) {
  const tables: Table[] = [];
  const read: string[] = [];
  for (const p of printed) {
    const r = readPrintedTable(p, { template: henan2024 });
    for (const q of r.problems) if (q.severity !== "info") read.push(q.code);
    if (r.table !== undefined) tables.push(r.table);
  }
  const findings = serious(checkAlone(tables, HENAN_DISTRICT)).map(
    (f) => `${f.ruleId} ${f.path?.row ?? ""}`,
  );
  const reading = readTargets(tables, henan2024);
  return { read, findings, targets: reading.targets, left: reading.problems.map((p) => p.code) };
}

/** `targets` read and checked with {@link PROJECTS}; the projects' targets as name, total, indicators. */
function check(targets: PrintedTable) {
  const r = readAndCheck([PROJECTS, targets]);
  const projects = r.targets?.projects.map((p) => [
    p.name,
    p.money.total,
    p.indicators.map((i) => `${i.level1}/${i.name}=${i.value}`),
  ]);
  return { ...r, projects };
}

const HEADERS = ["项目名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值"];
const ELDERLY = [
  "产出指标/补助养老机构数=≥12家",
  "产出指标/服务合格率=≥98%",
  "满意度指标/服务对象满意度=≥95%",
];
const POOR = ["产出指标/保障人数=≥800人", "满意度指标/受益群众满意度=≥98%"];
const EXPECTED = [
  ["社区养老服务补助", "120.00", ELDERLY],
  ["城乡低保资金", "300.00", POOR],
];

/** The two projects' indicator rows, each printing its project's name and amount as `repeat` says. */
function repeated(repeat: (name: string, amount: string, first: boolean) => [string, string]) {
  const row = (name: string, amount: string, first: boolean, rest: string[]) => [
    ...repeat(name, amount, first),
    ...rest,
  ];
  return [
    row("社区养老服务补助", "120.00", true, ["产出指标", "数量指标", "补助养老机构数", "≥12家"]),
    row("社区养老服务补助", "120.00", false, ["产出指标", "质量指标", "服务合格率", "≥98%"]),
    row("社区养老服务补助", "120.00", false, [
      "满意度指标",
      "服务对象满意度指标",
      "服务对象满意度",
      "≥95%",
    ]),
    row("城乡低保资金", "300.00", true, ["产出指标", "数量指标", "保障人数", "≥800人"]),
    row("城乡低保资金", "300.00", false, [
      "满意度指标",
      "服务对象满意度指标",
      "受益群众满意度",
      "≥98%",
    ]),
  ];
}

describe("a project's merged cells repeated on each of its indicator rows", () => {
  it.each([
    ["name and amount on every row", (n: string, a: string) => [n, a] as [string, string]],
    [
      "the name on every row, the amount once",
      (n: string, a: string, f: boolean) => [n, f ? a : ""] as [string, string],
    ],
    [
      "the name on every row, spaced differently",
      (n: string, a: string, f: boolean) => [f ? n : ` ${n} `, a] as [string, string],
    ],
  ])("%s: one project each, nothing found", (_, repeat) => {
    const r = check({
      title: "2024年项目支出绩效目标表",
      unit: "万元",
      headers: HEADERS,
      rows: repeated(repeat),
    });
    expect(r.projects).toEqual(EXPECTED);
    expect(r.read).toEqual([]);
    expect(r.left).toEqual([]);
    expect(r.findings).toEqual([]);
  });

  it("bites: a project printed again with another amount is still a duplicate, and the sum still found", () => {
    const rows = repeated((n, a, f) => [n, f || n !== "城乡低保资金" ? a : "30.00"]);
    const r = check({ title: "2024年项目支出绩效目标表", unit: "万元", headers: HEADERS, rows });
    expect(r.read).toContain("duplicate-row");
    expect(r.findings.length).toBeGreaterThan(0);
  });

  it("bites: a project printed twice in full (its indicators again) is a duplicate, and the sum still found", () => {
    const [first, second, third, ...rest] = repeated((n, a) => [n, a]);
    const rows = [first, second, third, first, second, third, ...rest].map((r) => [
      ...(r as string[]),
    ]);
    const r = check({ title: "2024年项目支出绩效目标表", unit: "万元", headers: HEADERS, rows });
    expect(r.read).toContain("duplicate-row");
    expect(r.findings.some((f) => f.startsWith("targets.sum"))).toBe(true);
  });

  it("bites: a wrong amount printed on every row is still found against the 项目支出表", () => {
    const rows = repeated((n, a) => [n, n === "城乡低保资金" ? "310.00" : a]);
    const r = check({ title: "2024年项目支出绩效目标表", unit: "万元", headers: HEADERS, rows });
    expect(r.read).toEqual([]);
    expect(r.findings).toContain("targets.money project:城乡低保资金");
  });
});

describe("资金 printed by source (财政拨款, 上年结转, 其他资金) and a 年度目标 column", () => {
  const layouts: readonly (readonly [string, readonly string[]])[] = [
    ["资金总额 / 财政拨款 / 其他资金 / 年度目标", ["资金总额", "财政拨款", "其他资金", "年度目标"]],
    [
      "项目资金（万元）/… and 年度绩效目标",
      [
        "项目资金（万元）/资金总额",
        "项目资金（万元）/财政拨款",
        "项目资金（万元）/其他资金",
        "年度绩效目标",
      ],
    ],
    ["资金来源/… and 绩效目标", ["资金总额", "资金来源/财政拨款", "资金来源/其他资金", "绩效目标"]],
  ];
  const table = (heads: readonly string[], grant: string): PrintedTable => ({
    title: "2024年项目支出绩效目标表",
    unit: "单位：万元",
    headers: ["项目名称", ...heads, "一级指标", "二级指标", "三级指标", "指标值"],
    rows: [
      [
        "社区养老服务补助",
        "120.00",
        "120.00",
        "",
        "对辖区养老机构给予运营补助，",
        "产出指标",
        "数量指标",
        "补助养老机构数",
        "≥12家",
      ],
      ["", "", "", "", "提升养老服务质量。", "", "质量指标", "服务合格率", "≥98%"],
      ["", "", "", "", "", "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"],
      [
        "城乡低保资金",
        "300.00",
        grant,
        "20.00",
        "保障困难群众基本生活",
        "产出指标",
        "数量指标",
        "保障人数",
        "≥800人",
      ],
      ["", "", "", "", "", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥98%"],
    ],
  });

  it.each(layouts)("%s: read whole, nothing found", (_, heads) => {
    const r = check(table(heads, "280.00"));
    expect(r.read).toEqual([]);
    expect(r.left).toEqual([]);
    expect(r.projects).toEqual(EXPECTED);
    expect(r.findings).toEqual([]);
    expect(r.targets?.projects.map((p) => [p.money, p.goal])).toEqual([
      [
        { total: "120.00", grant: "120.00", other: "" },
        "对辖区养老机构给予运营补助，提升养老服务质量。",
      ],
      [{ total: "300.00", grant: "280.00", other: "20.00" }, "保障困难群众基本生活"],
    ]);
  });

  it.each(layouts)(
    "bites (%s): 财政拨款 and 其他资金 that do not add up to 资金总额 are found",
    (_, heads) => {
      const r = check(table(heads, "270.00"));
      expect(r.findings).toEqual(["targets.formMoney project:城乡低保资金"]);
    },
  );
});

describe("a department's 预算情况 printed by source (年度预算总额, 其中：财政拨款, 其他资金)", () => {
  const budget = (grant: string, labels = ["年度预算总额", "其中：财政拨款", "其他资金"]) => {
    const title = "2024年部门整体绩效目标表";
    const printed: PrintedTable[] = [
      {
        title,
        unit: "单位：万元",
        headers: ["项目", "金额"],
        rows: [
          [labels[0] ?? "", "500.00"],
          [labels[1] ?? "", grant],
          [labels[2] ?? "", "50.00"],
          ["基本支出", "300.00"],
          ["项目支出", "200.00"],
        ],
      },
      {
        title,
        headers: ["年度履职目标"],
        rows: [["做好社会救助工作，"], ["保障困难群众基本生活。"]],
      },
      {
        title,
        headers: ["一级指标", "二级指标", "三级指标", "指标值"],
        rows: [
          ["产出指标", "数量指标", "救助人数", "≥5000人"],
          ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥95%"],
        ],
      },
    ];
    const { read, left, targets, findings } = readAndCheck(printed);
    return { read, left, budget: targets?.department?.budget, findings };
  };

  it.each([
    [["年度预算总额", "其中：财政拨款", "其他资金"]],
    [["预算总额", "财政拨款", "其他资金"]],
    [["年度资金总额", "其中：财政拨款", "其他资金"]],
  ])("%j: read whole, nothing found", (labels) => {
    const r = budget("450.00", labels);
    expect(r.read).toEqual([]);
    expect(r.left).toEqual([]);
    expect(r.budget).toEqual({
      total: "500.00",
      grant: "450.00",
      other: "50.00",
      basic: "300.00",
      project: "200.00",
    });
    expect(r.findings).toEqual([]);
  });

  it("bites: 财政拨款 and 其他资金 above the total are found (below it, the total may hold 上年结转)", () => {
    expect(budget("460.00").findings).toEqual(["targets.formMoney line:budget.total"]);
    expect(budget("520.00").findings).toEqual(["targets.formMoney line:budget.grant"]);
    expect(budget("440.00").findings).toEqual([]);
  });
});
