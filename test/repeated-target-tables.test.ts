/**
 * Target tables printed as several tables by design: one 申报表 a project, a department target's
 * sub-tables, an indicator grid under its form. The targets reader reads every one, and a table
 * that states no figure leaves nothing unchecked: none is said to be set aside (`tables.repeated`).
 * A repeated table of figures still is.
 */
import { describe, expect, it } from "vitest";
import { type Table, validateDisclosure } from "../src/disclosure";
import { lowerDisclosure, lowerTable } from "../src/disclosure/lower";
import { readTargets } from "../src/performance/read/read";
import { readPrintedTable } from "../src/printed";
import { checkDisclosure, henan2024Profile, shanghaiProfile } from "../src/rules";
import { tablesRead } from "../src/rules/read-tables";
import { henan2024, shanghai, type Template } from "../src/templates";

const read = (template: Template, printed: Parameters<typeof readPrintedTable>[0][]): Table[] =>
  printed.flatMap((p) => {
    const t = readPrintedTable(p, { template }).table;
    return t === undefined ? [] : [t];
  });
const repeated = (template: Template, tables: Table[]) => {
  const profile = template === shanghai ? shanghaiProfile : henan2024Profile;
  const meta = {
    year: 2024,
    documentKind: "部门",
    template: template.id,
    department: { name: "某区民政局" },
    units: [],
  } as const;
  const r = checkDisclosure({ meta, tables, texts: [] }, { profile, template });
  return r.findings.filter((f) => f.ruleId === "tables.repeated").map((f) => f.params.index);
};

/** The kinds of the tables a check reads figures from (one of each kind). */
const lowered = (template: Template, tables: Table[]) => {
  const meta = {
    year: 2024,
    documentKind: "部门",
    template: template.id,
    department: { name: "x" },
    units: [],
  } as const;
  const read = tablesRead(lowerDisclosure({ meta, tables }, template), meta, (t) =>
    lowerTable(t, template, meta),
  );
  return read.stating.filter((t) => t.rows.some((r) => r.facts.some((f) => f.value !== null)));
};

const FORM = "2024年项目支出绩效目标申报表";
const form = (name: string) => [
  {
    title: FORM,
    headers: ["项目", "内容"],
    rows: [
      ["项目名称", name],
      ["年度资金总额", "10.00"],
      ["其中：财政拨款", "10.00"],
    ],
  },
  {
    title: FORM,
    headers: ["一级指标", "二级指标", "三级指标", "指标值"],
    rows: [
      ["产出指标", "数量指标", "服务人次", "≥10人次"],
      ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"],
    ],
  },
];

describe("target tables printed as several tables", () => {
  it("a 申报表 a project, each as its header block and its indicator grid", () => {
    expect(repeated(shanghai, read(shanghai, [...form("甲"), ...form("乙")]))).toEqual([]);
  });

  it("a department target's sub-tables (年度履职目标, 预算情况, indicators): the figures are read", () => {
    const title = "部门（单位）整体绩效目标表";
    const tables = read(henan2024, [
      { title, headers: ["年度履职目标"], rows: [["做好本年度各项工作"]] },
      {
        title,
        headers: ["预算情况/类别", "预算情况/项目", "预算情况/金额"],
        rows: [
          ["", "部门预算总额", "100.00"],
          ["资金来源", "政府预算资金", "100.00"],
        ],
      },
      {
        title,
        headers: ["一级指标", "二级指标", "三级指标", "指标值"],
        rows: [["产出指标", "重点工作任务完成", "文稿起草", "按时完成"]],
      },
    ]);
    expect(repeated(henan2024, tables)).toEqual([]);
    // the 预算情况 sub-table, bound second, is the one whose figures are read
    const stating = lowered(henan2024, tables).map((t) => t.table.kind);
    expect(stating).toEqual(["departmentTargets"]);
  });

  it("validateDisclosure says none of them is a duplicate table", () => {
    const tables = read(shanghai, [...form("甲"), ...form("乙")]);
    const meta = {
      year: 2024,
      documentKind: "部门",
      template: "shanghai",
      department: { name: "某区民政局" },
      units: [],
    } as const;
    const r = validateDisclosure({ meta, tables, texts: [] }, shanghai);
    expect(r.problems.map((p) => p.code)).not.toContain("duplicate-table");
  });

  it("bites: a second table of figures is still set aside and said so", () => {
    const title = "项目绩效目标汇总表";
    const headers = ["项目名称", "项目金额/资金总额", "一级指标", "三级指标", "指标值"];
    // a unit's own copy repeats a project of the department's table
    const tables = read(henan2024, [
      { title, headers, rows: [["甲", "1.00", "产出指标", "人次", "≥1人次"]] },
      { title, headers, rows: [["甲 ", "1.00", "产出指标", "人次", "≥1人次"]] },
    ]);
    expect(repeated(henan2024, tables)).toEqual([2]);
  });
});

const SUMMARY = "2024年项目绩效目标汇总表";
const HEADERS = ["项目名称", "项目金额/资金总额", "一级指标", "三级指标", "指标值"];
const page1 = (title = SUMMARY) => ({
  title,
  headers: HEADERS,
  rows: [
    ["甲", "1.00", "产出指标", "人次", "≥1人次"],
    ["", "", "效益指标", "覆盖率", "≥90%"],
  ],
});
const page2 = (title: string, rows?: string[][]) => ({
  title,
  headers: HEADERS,
  rows: rows ?? [
    // the last project's indicators go on over the page break
    ["", "", "满意度指标", "满意度", "≥95%"],
    ["乙", "2.00", "产出指标", "场次", "≥3场"],
  ],
});
const meta = {
  year: 2024,
  documentKind: "部门",
  template: "henan-2024",
  department: { name: "某区民政局" },
  units: [],
} as const;

describe("a table of project targets continued onto the next page", () => {
  const continued = [
    "2024年项目绩效目标汇总表（续）",
    "2024年项目绩效目标汇总表(续表)",
    "项目绩效目标汇总表（续上表）",
    "某区民政局2024年项目绩效目标汇总表【续】",
    "2024年项目绩效目标汇总表 续表",
  ];
  it.each(continued)("%s is the rest of the first: not set aside", (title) => {
    const tables = read(henan2024, [page1(), page2(title)]);
    expect(tables.map((t) => t.kind)).toEqual(["projectTargets", "projectTargets"]);
    expect(repeated(henan2024, tables)).toEqual([]);
    const r = validateDisclosure({ meta, tables, texts: [] }, henan2024);
    expect(r.problems.map((p) => p.code)).not.toContain("duplicate-table");
  });

  it("the same title again on the next page, with other projects, is the rest of the first", () => {
    const tables = read(henan2024, [
      page1(),
      page2(SUMMARY),
      page2(SUMMARY, [["丙", "3.00", "产出指标", "户数", "≥5户"]]),
    ]);
    expect(repeated(henan2024, tables)).toEqual([]);
  });

  it("the indicator rows a continuation starts with are the last project's (no orphan row)", () => {
    const tables = read(henan2024, [page1(), page2(SUMMARY)]);
    const reading = readTargets(tables, henan2024);
    expect(reading.problems.map((p) => p.code)).not.toContain("orphan-row");
    const projects = reading.targets?.projects ?? [];
    expect(projects.map((p) => [p.name, p.indicators.map((i) => i.name)])).toEqual([
      ["甲", ["人次", "覆盖率", "满意度"]],
      ["乙", ["场次"]],
    ]);
  });

  it("bites: the same title bound after another table, with its own projects, is still set aside", () => {
    const other = {
      title: "2024年一般公共预算“三公”经费支出预算表",
      headers: [
        "合计",
        "因公出国（境）费",
        "公务用车购置及运行费/小计",
        "公务用车购置及运行费/公务用车购置费",
        "公务用车购置及运行费/公务用车运行费",
        "公务接待费",
      ],
      rows: [["0.00", "0.00", "0.00", "0.00", "0.00", "0.00"]],
    };
    const tables = read(henan2024, [page1(), other, page2(SUMMARY)]);
    expect(tables).toHaveLength(3);
    expect(repeated(henan2024, tables)).toEqual([3]);
  });
});
