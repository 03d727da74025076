/**
 * Rows told apart only by something the reader did not place: a heading above them it could not
 * place (a unit's block in a kind that holds no units), a project's `项目单位`, a column the kind
 * does not have (`功能科目编码`, `单位名称`). They are no statement printed twice: never compared as
 * one figure (`same-fact`), never `rows.duplicate`, never summed as one row (`rollup`). Either
 * they are placed apart, or left unplaced (coverage). A truly wrong figure is still found.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import type { Table } from "../disclosure";
import { checkDisclosure, type Finding, nationalProfile } from "../rules";
import { henan2024, nationalMinimum, type Template } from "../templates";
import { readNational, serious } from "./test-support";
import type { PrintedTable } from "./types";

const UNITS = [
  { code: "105001", name: "宁波市鄞州区教育局机关" },
  { code: "105002", name: "宁波市鄞州区钟公庙中学" },
  { code: "105003", name: "宁波市鄞州区实验小学" },
];

/** The findings above info of a 部门 document of the tables, read by `template`. */
function check(tables: PrintedTable[], template: Template = nationalMinimum) {
  const read = tables.map((p) =>
    readNational(p, { template, units: UNITS, departmentCode: "105" }),
  );
  const report = checkDisclosure(
    {
      meta: {
        year: 2025,
        documentKind: "部门",
        template: template.id,
        department: { name: "宁波市鄞州区教育局", code: "105" },
        units: UNITS.map((u) => ({ ...u, unitType: "事业" as const })),
      },
      tables: read.map((r) => r.table as Table),
      texts: [],
    },
    {
      profile: nationalProfile,
      template,
      catalog: catalog2024,
    },
  );
  const problems = read.flatMap((r) => r.problems);
  return { read, report, found: serious(report), problems };
}

const at = (fs: readonly Finding[]) =>
  fs.map((f) => `${f.ruleId} ${f.path?.row}/${f.path?.column}`);

// ---- (a) a 基本支出表 printed by unit blocks, in a kind that holds no units ----

const BASIC_HEADERS = ["经济分类科目编码", "经济分类科目名称", "合计", "人员经费", "公用经费"];
const BLOCK_A = [
  ["301", "工资福利支出", "150.00", "150.00", ""],
  ["30101", "基本工资", "90.00", "90.00", ""],
  ["30102", "津贴补贴", "60.00", "60.00", ""],
  ["302", "商品和服务支出", "20.00", "", "20.00"],
  ["30201", "办公费", "20.00", "", "20.00"],
];
const BLOCK_B = [
  ["301", "工资福利支出", "300.00", "300.00", ""],
  ["30101", "基本工资", "200.00", "200.00", ""],
  ["30107", "绩效工资", "100.00", "100.00", ""],
  ["302", "商品和服务支出", "30.00", "", "30.00"],
  ["30201", "办公费", "30.00", "", "30.00"],
];

const basic = (rows: string[][], title = "2025年一般公共预算基本支出表"): PrintedTable => ({
  title,
  unit: "单位：万元",
  headers: BASIC_HEADERS,
  rows,
});

describe("(a) a 基本支出表 by unit blocks, the kind holding no units", () => {
  it.each([
    [
      "浙江: `[105001]…机关` headings printing the block's figures",
      ["", "[105001]宁波市鄞州区教育局机关", "170.00", "150.00", "20.00"],
      ["", "[105002]宁波市鄞州区钟公庙中学", "330.00", "300.00", "30.00"],
    ],
    [
      "山东: headings by name alone, no figures",
      ["", "一、机关本级", "", "", ""],
      ["", "二、钟公庙中学", "", "", ""],
    ],
    [
      "湖南: code and name merged over the code and name columns",
      ["105001 宁波市鄞州区教育局机关", "", "170.00", "150.00", "20.00"],
      ["105002 宁波市鄞州区钟公庙中学", "", "330.00", "300.00", "30.00"],
    ],
    [
      "a heading naming no known unit (`单位：某中心`)",
      ["", "单位：鄞州区教育后勤服务中心", "170.00", "150.00", "20.00"],
      ["", "单位：鄞州区教育考试中心", "330.00", "300.00", "30.00"],
    ],
  ])("%s: no finding above info, the blocks' rows coverage", (_, headA, headB) => {
    for (const template of [nationalMinimum, henan2024]) {
      const p = basic([
        ["", "合计", "500.00", "450.00", "50.00"],
        headA,
        ...BLOCK_A,
        headB,
        ...BLOCK_B,
      ]);
      const { found, read, problems } = check([p], template);
      expect(at(found)).toEqual([]);
      expect(problems.filter((q) => q.code === "duplicate-row")).toEqual([]);
      // the economic rows of both blocks are kept unplaced, under their heading
      const keys = read[0]?.table?.rows.map((r) => r.key.kind);
      expect(keys?.filter((k) => k === "economic")).toEqual([]);
      const under = problems.filter((q) => q.code === "unplaced-row" && q.under !== undefined);
      expect(under).toHaveLength(BLOCK_A.length + BLOCK_B.length);
    }
  });

  it("the department's rows first, then one unit's block repeating its codes: the block is coverage", () => {
    const p = basic([
      ["", "合计", "500.00", "450.00", "50.00"],
      ["301", "工资福利支出", "450.00", "450.00", ""],
      ["302", "商品和服务支出", "50.00", "", "50.00"],
      ["", "其中：[105002]宁波市鄞州区钟公庙中学", "330.00", "300.00", "30.00"],
      ["301", "工资福利支出", "300.00", "300.00", ""],
      ["302", "商品和服务支出", "30.00", "", "30.00"],
    ]);
    const { found, read } = check([p]);
    expect(at(found)).toEqual([]);
    expect(read[0]?.table?.rows.map((r) => r.key.kind)).toEqual([
      "total",
      "economic",
      "economic",
      "unplaced",
      "unplaced",
      "unplaced",
    ]);
  });

  it("bites: a wrong figure on the total row is still found (人员 + 公用 ≠ 合计)", () => {
    const p = basic([
      ["", "合计", "500.00", "450.00", "60.00"],
      ["", "[105001]宁波市鄞州区教育局机关", "170.00", "150.00", "20.00"],
      ...BLOCK_A,
      ["", "[105002]宁波市鄞州区钟公庙中学", "330.00", "300.00", "30.00"],
      ...BLOCK_B,
    ]);
    expect(at(check([p]).found)).toContain("nature total/total");
  });

  it("bites: a code printed twice with different figures, under no heading, is still a conflict", () => {
    const p = basic([
      ["", "合计", "180.00", "150.00", "30.00"],
      ["301", "工资福利支出", "150.00", "150.00", ""],
      ["302", "商品和服务支出", "30.00", "", "30.00"],
      ["302", "商品和服务支出", "20.00", "", "20.00"],
    ]);
    const found = at(check([p]).found);
    expect(found).toContain("rows.duplicate economic:302/");
    expect(found).toContain("same-fact economic:302/total");
  });

  it("bites: a code printed twice under one heading is still a conflict", () => {
    const p = basic([
      ["", "合计", "170.00", "150.00", "20.00"],
      ["", "[105001]宁波市鄞州区教育局机关", "170.00", "150.00", "20.00"],
      ...BLOCK_A,
      ["30201", "办公费", "25.00", "", "25.00"],
    ]);
    expect(at(check([p]).found)).toContain("rows.duplicate economic:30201/");
  });
});

// ---- a unit's name in a column the kind does not have (`单位名称` beside the codes) ----

describe("(a') a 基本支出表 naming each row's unit in a column the kind does not have", () => {
  it.each([
    ["单位名称", (u: (typeof UNITS)[number]) => u.name],
    ["单位编码", (u: (typeof UNITS)[number]) => u.code],
    ["预算单位", (u: (typeof UNITS)[number]) => `[${u.code}]${u.name}`],
  ])("`%s` on every row: no finding above info, its coded rows coverage", (header, cell) => {
    const [a, b] = UNITS as [(typeof UNITS)[number], (typeof UNITS)[number]];
    const rows = [
      ["", "", "合计", "500.00", "450.00", "50.00"],
      ...BLOCK_A.map((r) => [cell(a), ...r]),
      ...BLOCK_B.map((r) => [cell(b), ...r]),
    ];
    const p = { ...basic(rows), headers: [header, ...BASIC_HEADERS] };
    const { found, read, problems } = check([p]);
    expect(at(found)).toEqual([]);
    expect(read[0]?.table?.rows.filter((r) => r.key.kind === "economic")).toEqual([]);
    const apart = problems.filter((q) => q.code === "cross-classified");
    expect(apart.map((q) => ("column" in q ? q.column : ""))).toEqual([header]);
  });
});

// ---- (b) the same project name in two units, told apart by `项目单位` ----

const PROJECT_HEADERS = ["类型", "项目名称", "项目单位", "合计", "本年拨款/一般公共预算"];
const projects = (rows: string[][], headers = PROJECT_HEADERS): PrintedTable => ({
  title: "2025年项目支出表",
  unit: "单位：万元",
  headers,
  rows,
});

describe("(b) one project name in two units, told apart by 项目单位", () => {
  it.each([
    ["the units' full names", UNITS[1]?.name, UNITS[2]?.name],
    ["short names, spaced differently", "钟公庙中学", "实验 小学"],
    ["bracketed codes (`[105002]…`)", "[105002]钟公庙中学", "[105003]实验小学"],
  ])("%s: no finding above info", (_, first, second) => {
    const p = projects([
      ["", "合计", "", "80.00", "80.00"],
      ["特定目标类", "校园安全保障经费", first as string, "30.00", "30.00"],
      ["其他运转类", "机关运行经费", first as string, "30.00", "30.00"],
      ["特定目标类", "校园安全保障经费", second as string, "20.00", "20.00"],
    ]);
    const { found, problems } = check([p]);
    expect(at(found)).toEqual([]);
    expect(problems.filter((q) => q.code === "duplicate-row")).toEqual([]);
  });

  it("bites: the total off the projects' sum is still found at the total", () => {
    const p = projects([
      ["", "合计", "", "55.00", "55.00"],
      ["特定目标类", "校园安全保障经费", "钟公庙中学", "30.00", "30.00"],
      ["特定目标类", "校园安全保障经费", "实验小学", "20.00", "20.00"],
    ]);
    expect(at(check([p]).found)).toContain("rollup total/total");
  });

  it("bites: one project printed twice in one unit is still a duplicate", () => {
    const p = projects([
      ["", "合计", "", "50.00", "50.00"],
      ["特定目标类", "校园安全保障经费", "钟公庙中学", "30.00", "30.00"],
      ["特定目标类", "校园安全保障经费", "钟公庙中学", "20.00", "20.00"],
    ]);
    const found = at(check([p]).found);
    expect(found).toContain("rows.duplicate project:校园安全保障经费/");
  });
});

// ---- (c) one project on two rows, told apart by a column the kind does not have ----

describe("(c) one project on two rows, told apart by a column the kind does not have", () => {
  it.each([
    [
      "四川: 功能科目编码 | 功能科目名称",
      ["功能科目编码", "功能科目名称"],
      ["2050203", "初中教育"],
      ["2050299", "其他普通教育支出"],
    ],
    [
      "功能分类科目 (code and name in one cell)",
      ["功能分类科目"],
      ["2050203 初中教育"],
      ["2050299 其他普通教育支出"],
    ],
    ["资金性质", ["资金性质"], ["一般公共预算"], ["单位资金"]],
  ])("%s: no finding above info", (_, extra, first, second) => {
    const headers = ["类型", "项目名称", "项目单位", ...extra, "合计", "本年拨款/一般公共预算"];
    const blank = extra.map(() => "");
    const p = projects(
      [
        ["", "合计", "", ...blank, "180.00", "180.00"],
        ["特定目标类", "初中学校办学条件改善项目", "钟公庙中学", ...first, "100.00", "100.00"],
        ["特定目标类", "初中学校办学条件改善项目", "钟公庙中学", ...second, "50.00", "50.00"],
        ["其他运转类", "机关运行经费", "钟公庙中学", ...first, "30.00", "30.00"],
      ],
      headers,
    );
    const { found, problems } = check([p]);
    expect(at(found)).toEqual([]);
    expect(problems.filter((q) => q.code === "duplicate-row")).toEqual([]);
  });

  it("bites: the total off the rows' sum is still found at the total", () => {
    const headers = [
      "类型",
      "项目名称",
      "项目单位",
      "功能科目编码",
      "合计",
      "本年拨款/一般公共预算",
    ];
    const p = projects(
      [
        ["", "合计", "", "", "160.00", "160.00"],
        ["特定目标类", "初中学校办学条件改善项目", "钟公庙中学", "2050203", "100.00", "100.00"],
        ["特定目标类", "初中学校办学条件改善项目", "钟公庙中学", "2050299", "50.00", "50.00"],
      ],
      headers,
    );
    expect(at(check([p]).found)).toContain("rollup total/total");
  });
});
