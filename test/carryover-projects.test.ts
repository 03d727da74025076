import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure, Table } from "../src/disclosure";
import { withNarrative } from "../src/narrative";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import {
  type CheckReport,
  checkDisclosure,
  type Finding,
  henan2024Profile,
  nationalProfile,
} from "../src/rules";
import { henan2024, nationalMinimum, type Template } from "../src/templates";

/**
 * 上年结转 spent on projects. A 县农业农村局 (2026) has 一般公共预算 500.00 and 政府性基金 100.00 this
 * year, and carries over `gpb` of 一般公共预算 and `fund` of 政府性基金, all spent on projects. The
 * 财政拨款收支总表 spends each fund with its carry-over (一般公共预算 500.00 + gpb); the 一般公共预算支出表
 * does too (or, `gpbTable: "thisYear"`, this year's appropriation alone); the 项目支出表 splits each
 * project's money into 本年拨款 and 财政拨款结转结余, by fund (`projects: "byFund"`), with the
 * carry-over in one column (`"oneColumn"`), or in the Henan 预算12表's every column (`"henan"`).
 */
interface Shape {
  readonly gpb: number;
  readonly fund: number;
  readonly projects: "byFund" | "oneColumn" | "henan";
  readonly gpbTable?: "withCarryover" | "thisYear";
  readonly kind?: "单位" | "部门";
}

const m = (n: number) => (n === 0 ? "" : `${n}.00`);

/** One project: type, name, 本年 一般公共预算 / 政府性基金, 结转 一般公共预算 / 政府性基金. */
type Project = readonly [string, string, number, number, number, number];

function documentOf(s: Shape): PrintedTable[] {
  const { gpb, fund } = s;
  const G = 500 + gpb;
  const F = 100 + fund;
  const summary: PrintedTable = {
    title: "某县农业农村局2026年部门收支总表",
    unit: "单位：万元",
    headers: ["收入/项目", "收入/预算数", "支出/项目", "支出/预算数"],
    rows: [
      ["一、一般公共预算拨款收入", "500.00", "一、社会保障和就业支出", "40.00"],
      ["二、政府性基金预算拨款收入", "100.00", "二、卫生健康支出", "15.00"],
      ["三、国有资本经营预算拨款收入", "", "三、城乡社区支出", m(F)],
      ["", "", "四、农林水支出", m(430 + gpb)],
      ["", "", "五、住房保障支出", "15.00"],
      ["本年收入合计", "600.00", "本年支出合计", m(G + F)],
      ["上年结转结余", m(gpb + fund), "年终结转结余", ""],
      ["收入总计", m(G + F), "支出总计", m(G + F)],
    ],
  };
  // 科目 rows: code, name, 合计, 基本 (人员, 公用), 项目; the 一般公共预算's carry-over on 2130122.
  const rows = (carried: number, own: number): string[][] => [
    ["208", "社会保障和就业支出", "40.00", "40.00", "40.00", "", ""],
    ["20805", "行政事业单位养老支出", "40.00", "40.00", "40.00", "", ""],
    ["2080505", "机关事业单位基本养老保险缴费支出", "40.00", "40.00", "40.00", "", ""],
    ["210", "卫生健康支出", "15.00", "15.00", "15.00", "", ""],
    ["21011", "行政事业单位医疗", "15.00", "15.00", "15.00", "", ""],
    ["2101101", "行政单位医疗", "15.00", "15.00", "15.00", "", ""],
    ["212", "城乡社区支出", m(own), "", "", "", m(own)],
    ["21208", "国有土地使用权出让收入安排的支出", m(own), "", "", "", m(own)],
    ["2120804", "农村基础设施建设支出", m(own), "", "", "", m(own)],
    ["213", "农林水支出", m(480 + carried), "200.00", "170.00", "30.00", m(280 + carried)],
    ["21301", "农业农村", m(480 + carried), "200.00", "170.00", "30.00", m(280 + carried)],
    ["2130101", "行政运行", "200.00", "200.00", "170.00", "30.00", ""],
    ["2130108", "病虫害控制", "80.00", "", "", "", "80.00"],
    ["2130122", "农业生产发展", m(200 + carried), "", "", "", m(200 + carried)],
    ["221", "住房保障支出", "15.00", "15.00", "15.00", "", ""],
    ["22102", "住房改革支出", "15.00", "15.00", "15.00", "", ""],
    ["2210201", "住房公积金", "15.00", "15.00", "15.00", "", ""],
  ];
  const all = rows(gpb - 50, F);
  const expenditure: PrintedTable = {
    title: "2026年部门支出总表",
    unit: "单位：万元",
    headers: [
      "科目编码",
      "科目名称",
      "合计",
      "基本支出/小计",
      "基本支出/人员经费",
      "基本支出/公用经费",
      "项目支出",
    ],
    rows: [["", "合计", m(G + F), "270.00", "240.00", "30.00", m(G + F - 270)], ...all],
  };
  const fiscal: PrintedTable = {
    title: "2026年财政拨款收支总表",
    unit: "单位：万元",
    headers: [
      "收入/项目",
      "收入/预算数",
      "支出/项目",
      "支出/合计",
      "支出/一般公共预算",
      "支出/政府性基金预算",
      "支出/国有资本经营预算",
    ],
    rows: [
      ["一、本年收入", "600.00", "一、本年支出", m(G + F), m(G), m(F), ""],
      ["（一）一般公共预算拨款", "500.00", "（一）社会保障和就业支出", "40.00", "40.00", "", ""],
      ["（二）政府性基金预算拨款", "100.00", "（二）卫生健康支出", "15.00", "15.00", "", ""],
      ["（三）国有资本经营预算拨款", "", "（三）城乡社区支出", m(F), "", m(F), ""],
      ["二、上年结转", m(gpb + fund), "（四）农林水支出", m(430 + gpb), m(430 + gpb), "", ""],
      ["（一）一般公共预算拨款", m(gpb), "（五）住房保障支出", "15.00", "15.00", "", ""],
      ["（二）政府性基金预算拨款", m(fund), "二、年终结转结余", "", "", "", ""],
      ["收入总计", m(G + F), "支出总计", m(G + F), m(G), m(F), ""],
    ],
  };
  const thisYear = s.gpbTable === "thisYear";
  const gpbRows = rows(thisYear ? -50 : gpb - 50, 0).filter((r) => !r[0]?.startsWith("212"));
  const gpbTable: PrintedTable = {
    title: "2026年一般公共预算支出表",
    unit: "单位：万元",
    headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    rows: [
      ["", "合计", m(thisYear ? 500 : G), "270.00", m(thisYear ? 230 : G - 270)],
      ...gpbRows.map((r) => [r[0], r[1], r[2], r[3], r[6]] as string[]),
    ],
  };
  const govFundTable: PrintedTable = {
    title: "2026年政府性基金预算支出表",
    unit: "单位：万元",
    headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    rows: [
      ["", "合计", m(F), "", m(F)],
      ...all
        .filter((r) => r[0]?.startsWith("212"))
        .map((r) => [r[0], r[1], r[2], r[3], r[6]] as string[]),
    ],
  };
  const list: Project[] = [
    ["特定目标类", "农作物重大病虫害防控", 80, 0, 0, 0],
    ["特定目标类", "高标准农田建设", 150, 0, gpb, 0],
    ["特定目标类", "农村人居环境整治（土地出让收入）", 0, 100, 0, fund],
  ];
  const sum = (i: 2 | 3 | 4 | 5) => list.reduce((a, p) => a + p[i], 0);
  const total: Project = ["", "合计", sum(2), sum(3), sum(4), sum(5)];
  const whole = (p: Project) => p[2] + p[3] + p[4] + p[5];
  const layouts: Record<Shape["projects"], [string[], (p: Project) => string[]]> = {
    byFund: [
      [
        "类型",
        "项目名称",
        "合计",
        "本年拨款/一般公共预算",
        "本年拨款/政府性基金预算",
        "财政拨款结转结余/一般公共预算",
        "财政拨款结转结余/政府性基金预算",
      ],
      (p) => [p[0], p[1], m(whole(p)), m(p[2]), m(p[3]), m(p[4]), m(p[5])],
    ],
    oneColumn: [
      [
        "类型",
        "项目名称",
        "合计",
        "本年拨款/一般公共预算",
        "本年拨款/政府性基金预算",
        "财政拨款结转结余",
      ],
      (p) => [p[0], p[1], m(whole(p)), m(p[2]), m(p[3]), m(p[4] + p[5])],
    ],
    henan: [
      [
        "类型",
        "项目名称",
        "项目单位",
        "合计",
        "本年拨款/一般公共预算",
        "本年拨款/政府性基金预算",
        "本年拨款/国有资本经营预算",
        "财政拨款结转结余/一般公共预算",
        "财政拨款结转结余/政府性基金预算",
        "财政拨款结转结余/国有资本经营预算",
        "财政专户管理资金",
        "单位资金",
      ],
      (p) => [
        p[0],
        p[1],
        p[1] === "合计" ? "" : "某县农业农村局",
        m(whole(p)),
        m(p[2]),
        m(p[3]),
        "",
        m(p[4]),
        m(p[5]),
        "",
        "",
        "",
      ],
    ],
  };
  const [headers, row] = layouts[s.projects];
  const projects: PrintedTable = {
    title: "2026年项目支出表",
    unit: "单位：万元",
    headers,
    rows: [total, ...list].map(row),
  };
  return [summary, expenditure, fiscal, gpbTable, govFundTable, projects];
}

const DEPARTMENT = { name: "某县农业农村局", code: "123" };

/** Reads the printed tables under `template` and checks them as one document. */
function check(
  printed: readonly PrintedTable[],
  template: Template = nationalMinimum,
  kind: "单位" | "部门" = "单位",
  edit: (tables: Table[]) => Table[] = (t) => t,
  text?: string,
): CheckReport {
  const tables: Table[] = [];
  for (const p of printed) {
    const r = readPrintedTable(p, {
      template,
      catalog: catalog2024.functional,
      year: 2026,
      departmentCode: DEPARTMENT.code,
    });
    expect(r.problems.filter((x) => x.severity !== "info")).toEqual([]);
    if (r.table !== undefined) tables.push(r.table);
  }
  const disclosure: Disclosure = {
    meta: {
      year: 2026,
      documentKind: kind,
      template: template.id,
      department: DEPARTMENT,
      units: [],
    },
    tables: edit(tables),
    texts: text === undefined ? [] : [{ title: "一般公共预算支出预算情况说明", body: text }],
  };
  const tables0 = template === henan2024 ? henan2024Profile : nationalProfile;
  const profile = text === undefined ? tables0 : withNarrative(tables0);
  return checkDisclosure(disclosure, { profile, template, catalog: catalog2024 });
}

const serious = (r: CheckReport): Finding[] => r.findings.filter((f) => f.severity !== "info");
const at = (fs: readonly Finding[]) =>
  fs.map((f) => `${f.ruleId} ${f.path?.table}/${f.path?.row}/${f.path?.column}`);

/** A document whose one cell is printed otherwise. */
const changed =
  (kind: string, row: string, column: string, raw: string) =>
  (tables: Table[]): Table[] =>
    tables.map((t) =>
      t.kind !== kind
        ? t
        : {
            ...t,
            rows: t.rows.map((r) => {
              const id =
                r.key.kind === "total" ? "total" : r.key.kind === "project" ? r.key.name : "";
              return id === row ? { ...r, cells: { ...r.cells, [column]: raw } } : r;
            }),
          },
    );

type Kind = "单位" | "部门";
/** The shape's document's findings above info, `rule table/row/column` (`SHOW=1` prints them). */
const found = (
  shape: Shape,
  template: Template = nationalMinimum,
  kind: Kind = "单位",
  edit?: (tables: Table[]) => Table[],
  text?: string,
) => {
  const fs = serious(check(documentOf(shape), template, kind, edit, text));
  if (process.env.SHOW)
    console.log(
      JSON.stringify(
        fs.map((f) => [f.ruleId, f.path, f.params]),
        null,
        0,
      ),
    );
  return at(fs);
};

/** Each shape's document (under its template, as its kind) has no finding above info. */
const noFinding = (cases: readonly (readonly [string, Shape, Template, Kind])[]) =>
  it.each(cases)("%s: no finding above info", (_, shape, template, kind) => {
    expect(found(shape, template, kind)).toEqual([]);
  });

/**
 * Each edit of a 单位's document (one cell printed otherwise) is found: some finding
 * (`rule table/row/column`) matches the row's pattern.
 */
const foundAt = (
  cases: readonly (readonly [string, Shape, Template, (t: Table[]) => Table[], RegExp])[],
) =>
  it.each(cases)("%s", (_, shape, template, edit, place) => {
    expect(found(shape, template, "单位", edit)).toContainEqual(expect.stringMatching(place));
  });

const carried: Shape = { gpb: 50, fund: 20, projects: "byFund" };
const shapeOf = (gpb: number, fund: number, projects: Shape["projects"]): Shape => ({
  gpb,
  fund,
  projects,
});

describe("上年结转 spent on projects: the 项目支出表 splits 本年拨款 from 结转结余", () => {
  noFinding([
    [
      "一般公共预算 carried over, by fund (national)",
      shapeOf(50, 0, "byFund"),
      nationalMinimum,
      "单位",
    ],
    ["政府性基金 carried over too", shapeOf(50, 20, "byFund"), nationalMinimum, "单位"],
    ["政府性基金 alone carried over", shapeOf(0, 20, "byFund"), nationalMinimum, "部门"],
    ["财政拨款结转结余 in one column", shapeOf(50, 20, "oneColumn"), nationalMinimum, "单位"],
    ["the Henan 预算12表, every column", shapeOf(50, 20, "henan"), henan2024, "部门"],
    ["the Henan 预算12表, national template", shapeOf(50, 0, "henan"), nationalMinimum, "部门"],
    [
      "with nothing carried over, the tables read as before (本年拨款 is the fund's spending)",
      shapeOf(0, 0, "henan"),
      henan2024,
      "部门",
    ],
  ]);
});

describe("上年结转 spent on projects: a wrong figure is still found", () => {
  const henan: Shape = { ...carried, projects: "henan" };
  foundAt([
    [
      "a project's 本年拨款",
      carried,
      nationalMinimum,
      changed("projects", "高标准农田建设", "gpb", "140.00"),
      /(?:projects\/total\/gpb|projects\/project:高标准农田建设\/gpb)$/u,
    ],
    [
      "the 合计 row's 本年拨款",
      carried,
      nationalMinimum,
      changed("projects", "total", "gpb", "240.00"),
      /^rollup projects\/total\/gpb$/u,
    ],
    [
      "the 合计 row's 结转结余",
      carried,
      nationalMinimum,
      changed("projects", "total", "carryover.gpb", "60.00"),
      /^rollup projects\/total\/carryover\.gpb$/u,
    ],
    [
      "the 一般公共预算支出表's 项目支出, against the projects' two parts",
      carried,
      nationalMinimum,
      changed("gpbExpenditure", "total", "project", "290.00"),
      /gpbExpenditure\/total\/project$/u,
    ],
    [
      "a project's 合计 in the Henan layout (合计 = the fund columns)",
      henan,
      henan2024,
      changed("projects", "高标准农田建设", "total", "210.00"),
      /projects\/project:高标准农田建设\/total|projects\/total\/total/u,
    ],
  ]);
  it("a project's 结转结余", () => {
    const all = found(
      carried,
      nationalMinimum,
      "单位",
      changed("projects", "高标准农田建设", "carryover.gpb", "40.00"),
    );
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((f) => f.includes("projects/"))).toBe(true);
  });
});

describe("上年结转 in the 支出经济分类汇总表 (预算07表): 一般公共预算 beside 上年结转结余", () => {
  /** 一般公共预算 spent 550.00 (50.00 carried over) on 30101 and 30201; 07表 prints it by source. */
  const economic = (
    code: string,
    total: string,
    gpb: string,
    carryover: string,
  ): Table["rows"][number] => ({
    key: code === "" ? { kind: "total" } : { kind: "economic", econ: code },
    cells: {
      total,
      gpb,
      carryover,
      specialAccount: "",
      business: "",
      superior: "",
      affiliated: "",
      operating: "",
      other: "",
    },
  });
  const disclosure = (gpbTotal: string): Disclosure => ({
    meta: {
      year: 2026,
      documentKind: "单位",
      template: "henan2024",
      department: DEPARTMENT,
      units: [],
    },
    tables: [
      {
        kind: "gpbExpenditure",
        unit: "万元",
        rows: [
          { key: { kind: "total" }, cells: { total: "550.00", basic: "500.00", project: "50.00" } },
          {
            key: { kind: "functional", code: "2130101" },
            cells: { total: "500.00", basic: "500.00", project: "" },
          },
          {
            key: { kind: "functional", code: "2130122" },
            cells: { total: "50.00", basic: "", project: "50.00" },
          },
        ],
      },
      {
        kind: "economicSummary",
        unit: "万元",
        rows: [
          economic("", "550.00", gpbTotal, "50.00"),
          economic("301", "500.00", "500.00", ""),
          economic("30101", "500.00", "500.00", ""),
          economic("302", "50.00", "", "50.00"),
          economic("30201", "50.00", "", "50.00"),
        ],
      },
    ],
    texts: [],
  });
  const report = (gpbTotal: string) =>
    at(
      serious(
        checkDisclosure(disclosure(gpbTotal), { profile: henan2024Profile, template: henan2024 }),
      ),
    );

  it("its 一般公共预算 is this year's appropriation: no finding above info", () => {
    expect(report("500.00")).toEqual([]);
  });
  it("a wrong 一般公共预算 total is still found, in the 07表", () => {
    expect(report("490.00")).toEqual(["rollup economicSummary/total/gpb"]);
  });
});

describe("上年结转 left out of the 一般公共预算支出表 (this year's appropriation alone)", () => {
  const shape: Shape = { gpb: 50, fund: 0, projects: "byFund", gpbTable: "thisYear" };
  noFinding([
    ["national", shape, nationalMinimum, "单位"],
    ["Henan 预算12表", { ...shape, projects: "henan" }, henan2024, "单位"],
    ["政府性基金 carried over too", { ...shape, fund: 20 }, nationalMinimum, "单位"],
  ]);

  it("the text restates either figure: this year's appropriation, or with the carry-over", () => {
    const said = (text: string) => found(shape, nationalMinimum, "单位", undefined, text);
    expect(said("2026年一般公共预算支出预算500.00万元，其中：项目支出230.00万元。")).toEqual([]);
    expect(said("2026年一般公共预算支出预算550.00万元，其中：项目支出280.00万元。")).toEqual([]);
    expect(said("2026年一般公共预算当年拨款支出预算500.00万元。")).toEqual([]);
    expect(said("2026年一般公共预算支出预算520.00万元。")).toEqual([
      "narrative.amount text/一般公共预算支出预算情况说明/15-23",
    ]);
  });

  foundAt([
    [
      "a total that is neither the fund's spending nor this year's appropriation is found",
      shape,
      nationalMinimum,
      changed("gpbExpenditure", "total", "total", "510.00"),
      /gpbExpenditure\/total\/total$/u,
    ],
    [
      "a wrong 项目支出 of this year's appropriation is found against the projects' 本年拨款",
      shape,
      nationalMinimum,
      changed("gpbExpenditure", "total", "project", "240.00"),
      /gpbExpenditure\/total\/project$/u,
    ],
  ]);
});
