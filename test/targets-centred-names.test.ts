/**
 * A project's name (and its 资金总额) merged down its block of indicator rows, its text extracted
 * on a middle or the last row of the block (centred vertically, as pdftotext `-layout` and many
 * PDF-to-table tools print a merged cell) rather than the first. A block is the rows of one cycle
 * of 一级 (a 一级 printed again after others, or 产出 after 效益 / 满意度, starts the next); where
 * the table starts with rows of no name and every block holds exactly one name, that name owns its
 * whole block. A correct table gives no warning and nothing left unread; a wrong amount or a
 * missing 产出 is still found; where a block holds two names, or the table starts with a name, the
 * rows are read as before (rows above the first name left over as `orphan-row`, never guessed).
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../src/disclosure";
import { readTargets } from "../src/performance";
import { type PrintedTable, readPrintedTable } from "../src/printed";
import { checkAlone, HENAN_DISTRICT, projectTable, serious } from "../src/printed/test-support";
import { henan2024 } from "../src/templates";

const HEADERS = ["项目名称", "资金总额", "一级指标", "二级指标", "三级指标", "指标值"];

/** An indicator row: 一级, 二级, 三级 and its value (the name and amount cells come first). */
type Indicator = readonly [string, string, string, string];

/** A project: its name, its amount, and its indicator rows as printed (merged cells blank). */
interface Project {
  readonly name: string;
  readonly amount: string;
  readonly rows: readonly Indicator[];
}

const ELDERLY: Project = {
  name: "社区养老服务补助",
  amount: "120.00",
  rows: [
    ["产出指标", "数量指标", "补助养老机构数", "≥12家"],
    ["", "质量指标", "服务合格率", "≥98%"],
    ["", "时效指标", "补助发放时间", "2024年12月底前"],
    ["效益指标", "社会效益指标", "老年人生活质量", "有所提高"],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"],
  ],
};
const POOR: Project = {
  name: "城乡低保资金",
  amount: "300.00",
  rows: [
    ["产出指标", "数量指标", "保障人数", "≥800人"],
    ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥98%"],
  ],
};
const DISABLED: Project = {
  name: "残疾人两项补贴",
  amount: "80.00",
  rows: [
    ["产出指标", "数量指标", "困难残疾人生活补贴人数", "≥500人"],
    ["", "", "重度残疾人护理补贴人数", "≥300人"],
    ["", "时效指标", "补贴按月发放率", "100%"],
    ["效益指标", "社会效益指标", "残疾人基本生活", "有效保障"],
    ["满意度指标", "服务对象满意度指标", "残疾人满意度", "≥90%"],
    ["", "", "家属满意度", "≥90%"],
    ["", "", "社区满意度", "≥90%"],
    ["", "", "工作人员满意度", "≥90%"],
  ],
};
const VETERANS: Project = {
  name: "退役军人优抚",
  amount: "45.00",
  rows: [
    ["产出指标", "数量指标", "优抚对象人数", "≥150人"],
    ["", "质量指标", "优抚金发放准确率", "100%"],
    ["满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥95%"],
  ],
};
/** A second project of 2 rows (the two-project, two-row case of the report). */
const POOR_2: Project = {
  name: "低保家庭临时救助",
  amount: "30.00",
  rows: [
    ["产出指标", "时效指标", "救助办理时限", "≤15日"],
    ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"],
  ],
};
/** A project with a single 一级 (产出 only). */
const HOUSING: Project = {
  name: "困难群众住房救助",
  amount: "60.00",
  rows: [
    ["产出指标", "数量指标", "救助户数", "≥40户"],
    ["", "质量指标", "改造验收合格率", "100%"],
    ["", "时效指标", "完成时间", "2024年11月底前"],
  ],
};

/** Where a block prints its name, and its amount, given the block's length: a row index. */
type Place = (length: number) => number;
const FIRST: Place = () => 0;
const MIDDLE: Place = (n) => Math.floor(n / 2);
const MIDDLE_UP: Place = (n) => Math.floor((n - 1) / 2);
const LAST: Place = (n) => n - 1;

/** The rows of `projects`, each printing its name on the row `name` places and its amount on `amount`'s. */
function rows(projects: readonly Project[], name: Place, amount: Place = name): string[][] {
  return projects.flatMap((p) =>
    p.rows.map((r, i) => [
      i === name(p.rows.length) ? p.name : "",
      i === amount(p.rows.length) ? p.amount : "",
      ...r,
    ]),
  );
}

const table = (body: string[][]): PrintedTable => ({
  title: "2024年项目支出绩效目标表",
  unit: "万元",
  headers: HEADERS,
  rows: body,
});

/** Read (Henan) with the 项目支出表 of `projects`, checked as a 部门 document of 某区民政局. */
function check(projects: readonly Project[], printed: readonly PrintedTable[]) {
  const budget = projectTable([
    [
      "合计",
      projects.reduce((s, p) => s + Number(p.amount), 0).toFixed(2),
      projects.reduce((s, p) => s + Number(p.amount), 0).toFixed(2),
    ],
    ...projects.map((p) => [p.name, p.amount, p.amount]),
  ]);
  const tables: Table[] = [];
  const read: string[] = [];
  for (const p of [budget, ...printed]) {
    const r = readPrintedTable(p, { template: henan2024 });
    for (const q of r.problems) if (q.severity !== "info") read.push(q.code);
    if (r.table !== undefined) tables.push(r.table);
  }
  const findings = serious(checkAlone(tables, HENAN_DISTRICT)).map((f) =>
    `${f.ruleId} ${f.path?.row ?? ""} ${String(f.params?.code ?? "")}`.trim(),
  );
  const reading = readTargets(tables, henan2024);
  const read1 = reading.targets?.projects.map((p) => [
    p.name,
    p.money.total,
    p.indicators.map((i) => `${i.level1}/${i.name}`),
  ]);
  return { read, findings, projects: read1, left: reading.problems.map((p) => p.code) };
}

/** The projects as a correct reading gives them: name, amount, and each indicator's 一级 / 三级. */
function expected(projects: readonly Project[]) {
  return projects.map((p) => {
    let level1 = "";
    return [
      p.name,
      p.amount,
      p.rows.map(([l1, , name]) => {
        if (l1 !== "") level1 = l1;
        return `${level1}/${name}`;
      }),
    ];
  });
}

describe("a project's name printed on a middle or the last row of its merged cell", () => {
  it.each([
    ["2 projects of 2 rows, name and amount on the second", [POOR, POOR_2], MIDDLE, MIDDLE],
    [
      "3 projects (5, 2, 8 rows), name and amount centred",
      [ELDERLY, POOR, DISABLED],
      MIDDLE,
      MIDDLE,
    ],
    ["3 projects, centred rounding up", [DISABLED, VETERANS, ELDERLY], MIDDLE_UP, MIDDLE_UP],
    ["2 projects, name and amount on the last row", [ELDERLY, VETERANS], LAST, LAST],
    ["name centred, amount on the first row", [VETERANS, DISABLED], MIDDLE, FIRST],
    ["name on the last row, amount centred", [DISABLED, ELDERLY, POOR], LAST, MIDDLE],
    ["4 projects, the last with a single 一级", [ELDERLY, VETERANS, POOR, HOUSING], MIDDLE, MIDDLE],
    ["one project alone, name on the last row", [DISABLED], LAST, LAST],
  ] as const)("%s: read whole, nothing found", (_, projects, name, amount) => {
    const r = check(projects, [table(rows(projects, name, amount))]);
    expect(r.read).toEqual([]);
    expect(r.left).toEqual([]);
    expect(r.projects).toEqual(expected(projects));
    // As found in the same table printed top-aligned (a project of 产出 alone lacks 满意度 there too).
    expect(r.findings).toEqual(check(projects, [table(rows(projects, FIRST))]).findings);
    expect(r.findings.filter((f) => !f.includes("困难群众住房救助"))).toEqual([]);
  });

  it("the 一级 printed on every row (an extractor repeating merged cells), names centred", () => {
    const body = rows([ELDERLY, DISABLED], MIDDLE).map((row, i, all) => {
      let j = i;
      while (j > 0 && row[2] === "" && all[j]?.[2] === "") j--;
      return [row[0], row[1], all[j]?.[2] ?? "", ...row.slice(3)] as string[];
    });
    const r = check([ELDERLY, DISABLED], [table(body)]);
    expect(r.left).toEqual([]);
    expect(r.projects).toEqual(expected([ELDERLY, DISABLED]));
    expect(r.findings).toEqual([]);
  });

  it("the 一级 centred too, in a one-project table", () => {
    const body = [
      ["", "", "", "", "补助养老机构数", "≥12家"],
      ["", "", "产出指标", "质量指标", "服务合格率", "≥98%"],
      ["社区养老服务补助", "120.00", "效益指标", "社会效益指标", "老年人生活质量", "有所提高"],
      ["", "", "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"],
    ];
    const r = check([ELDERLY], [table(body)]);
    expect(r.left).toEqual([]);
    expect(r.projects?.[0]?.[2]).toEqual([
      "产出指标/补助养老机构数",
      "产出指标/服务合格率",
      "效益指标/老年人生活质量",
      "满意度指标/服务对象满意度",
    ]);
    expect(r.findings).toEqual([]);
  });

  it("a table continued on the next page: the next page's first block is the name centred in it", () => {
    const all = rows([ELDERLY, POOR, VETERANS], MIDDLE);
    const r = check([ELDERLY, POOR, VETERANS], [table(all.slice(0, 5)), table(all.slice(5))]);
    expect(r.left).toEqual([]);
    expect(r.projects).toEqual(expected([ELDERLY, POOR, VETERANS]));
    expect(r.findings).toEqual([]);
  });

  it("names on the first row (top-aligned) read as before", () => {
    const projects = [ELDERLY, POOR, DISABLED, HOUSING, VETERANS];
    const r = check(projects, [table(rows(projects, FIRST))]);
    expect(r.left).toEqual([]);
    expect(r.projects).toEqual(expected(projects));
    expect(r.findings).toEqual(["targets.indicators project:困难群众住房救助 no-satisfaction"]);
  });

  it("names on the first row, the 一级 centred: each row stays with the name above it", () => {
    const body = [
      ["社区养老服务补助", "120.00", "产出指标", "数量指标", "补助养老机构数", "≥12家"],
      ["", "", "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"],
      ["城乡低保资金", "300.00", "", "", "保障人数", "≥800人"],
      ["", "", "产出指标", "质量指标", "保障准确率", "100%"],
      ["", "", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥98%"],
      ["退役军人优抚", "45.00", "", "", "优抚对象人数", "≥150人"],
      ["", "", "产出指标", "质量指标", "优抚金发放准确率", "100%"],
      ["", "", "满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥95%"],
    ];
    const r = check([ELDERLY, POOR, VETERANS], [table(body)]);
    expect(r.left).toEqual([]);
    expect(r.projects?.map((p) => [p[0], (p[2] as string[]).length])).toEqual([
      ["社区养老服务补助", 2],
      ["城乡低保资金", 3],
      ["退役军人优抚", 3],
    ]);
    expect(r.findings).toEqual([]);
  });
});

describe("names on their blocks' first rows, a project printing 效益 before 产出", () => {
  it("each row stays with the name above it", () => {
    const body = [
      ["社区养老服务补助", "120.00", "效益指标", "社会效益指标", "老年人生活质量", "有所提高"],
      ["", "", "产出指标", "数量指标", "补助养老机构数", "≥12家"],
      ["", "", "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"],
      ["城乡低保资金", "300.00", "产出指标", "数量指标", "保障人数", "≥800人"],
      ["", "", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥98%"],
      ["退役军人优抚", "45.00", "满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥95%"],
      ["", "", "产出指标", "数量指标", "优抚对象人数", "≥150人"],
    ];
    const r = check([ELDERLY, POOR, VETERANS], [table(body)]);
    expect(r.left).toEqual([]);
    expect(r.projects?.map((p) => [p[0], (p[2] as string[]).length])).toEqual([
      ["社区养老服务补助", 3],
      ["城乡低保资金", 2],
      ["退役军人优抚", 2],
    ]);
    expect(r.findings).toEqual([]);
  });
});

describe("bites: a wrong figure in a centred layout is still found", () => {
  it("an amount that is not the project's in the 项目支出表", () => {
    const projects = [ELDERLY, POOR, DISABLED];
    const body = rows([ELDERLY, { ...POOR, amount: "310.00" }, DISABLED], MIDDLE);
    const r = check(projects, [table(body)]);
    expect(r.left).toEqual([]);
    expect(r.findings).toContain("targets.money project:城乡低保资金");
  });

  const noOutput: Project = {
    ...POOR,
    rows: [
      ["效益指标", "社会效益指标", "困难群众基本生活", "有效保障"],
      ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥98%"],
    ],
  };
  it.each([
    ["between two others", [ELDERLY, noOutput, VETERANS]],
    ["first", [noOutput, ELDERLY, VETERANS]],
    ["last", [ELDERLY, VETERANS, noOutput]],
  ] as const)("a project printing no 产出 indicator, %s", (_, projects) => {
    const r = check(projects, [table(rows(projects, MIDDLE))]);
    expect(r.left).toEqual([]);
    expect(r.findings).toEqual(["targets.indicators project:城乡低保资金 no-output"]);
  });

  it.each([
    ["a project of 产出 alone before another", [HOUSING, VETERANS]],
    ["a project of 满意度 alone after another", [ELDERLY, { ...POOR, rows: POOR.rows.slice(1) }]],
  ] as const)(
    "two names within one cycle of 一级 (%s): not guessed, left as read",
    (_, projects) => {
      const r = check(projects, [table(rows(projects, MIDDLE))]);
      expect(r.left).toContain("orphan-row");
    },
  );
});
