/**
 * 类 rows of a table by 部门预算经济分类 printing the 政府预算 类 beside the 部门 类
 * (`301 | 工资福利支出 | 501 | 机关工资福利支出 | …`): the government code is the same row's other
 * name, so the 款 rows under it roll up to that 类 row and are not counted again at the total
 * (false `rollup` errors at the 合计). A 类 row whose figure is not its 款 rows' sum is still caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import type { Table } from "../disclosure";
import { checkDisclosure, henan2024Profile } from "../rules";
import { henan2024 } from "../templates";
import { readPrintedTable } from "./read";
import type { PrintedTable } from "./types";

const BASIC_HEADERS = [
  "部门预算支出经济分类科目/科目编码",
  "部门预算支出经济分类科目/科目名称",
  "政府预算支出经济分类科目/科目编码",
  "政府预算支出经济分类科目/科目名称",
  "本年一般公共预算基本支出/合计",
  "本年一般公共预算基本支出/人员经费",
  "本年一般公共预算基本支出/公用经费",
];

/** 06 rows: 类 rows as `cls` prints them (its own code, its government code, its figures). */
function basicRows(cls: (econ: string, gov: string, name: string, govName: string) => string[]) {
  return [
    ["", "合计", "", "", "10.00", "7.00", "3.00"],
    [...cls("301", "501", "工资福利支出", "机关工资福利支出"), "7.00", "7.00", ""],
    ["30101", "基本工资", "50101", "工资奖金津补贴", "4.00", "4.00", ""],
    ["30107", "绩效工资", "50501", "工资福利支出", "3.00", "3.00", ""],
    [...cls("302", "502", "商品和服务支出", "机关商品和服务支出"), "3.00", "", "3.00"],
    ["30201", "办公费", "50201", "办公经费", "2.00", "", "2.00"],
    ["30211", "差旅费", "50201", "办公经费", "1.00", "", "1.00"],
  ];
}

/** 06 rows with each code in 类 / 款 columns (`301 | 01`), 类 rows printing both 类 codes. */
function splitRows(): string[][] {
  return basicRows((e, g, n, gn) => [e, "", n, g, "", gn]).map((r) => {
    if (r.length === 9) return r;
    const [code = "", name = "", gov = "", ...rest] = r;
    return [code.slice(0, 3), code.slice(3), name, gov.slice(0, 3), gov.slice(3), ...rest];
  });
}

const VARIANTS: readonly (readonly [string, PrintedTable])[] = [
  [
    "government 类 code and name printed",
    {
      title: "2024年一般公共预算基本支出预算表",
      unit: "万元",
      headers: BASIC_HEADERS,
      rows: basicRows((e, g, n, gn) => [e, n, g, gn]),
    },
  ],
  [
    "government 类 code printed, its name blank",
    {
      title: "2024年一般公共预算基本支出预算表",
      unit: "万元",
      headers: BASIC_HEADERS,
      rows: basicRows((e, g, n) => [e, n, g, ""]),
    },
  ],
  [
    "an economic summary (07) by unit, both codes in 类 / 款 columns",
    {
      title: "2024年支出经济分类汇总表",
      unit: "万元",
      headers: [
        "部门预算经济分类/类",
        "部门预算经济分类/款",
        "部门预算经济分类/科目名称",
        "政府预算经济分类/类",
        "政府预算经济分类/款",
        "政府预算经济分类/科目名称",
        "总计",
        "一般公共预算/小计",
        "一般公共预算/其中：财政拨款",
      ],
      rows: splitRows().map((r) => {
        const total = r[6] ?? "";
        return [...r.slice(0, 6), total, total, total];
      }),
    },
  ],
  [
    "both codes in 类 / 款 columns, a 基本支出表 of a unit",
    {
      title: "某中心2024年一般公共预算基本支出表",
      unit: "单位：万元",
      headers: [
        "部门预算支出经济分类科目/类",
        "部门预算支出经济分类科目/款",
        "部门预算支出经济分类科目/科目名称",
        "政府预算支出经济分类科目/类",
        "政府预算支出经济分类科目/款",
        "政府预算支出经济分类科目/科目名称",
        ...BASIC_HEADERS.slice(4),
      ],
      rows: splitRows(),
    },
  ],
];

const read = (p: PrintedTable): Table => {
  const r = readPrintedTable(p, {
    template: henan2024,
    catalog: catalog2024.functional,
    year: 2024,
  });
  if (r.table === undefined) throw new Error(`not read: ${p.title}`);
  return r.table;
};
const check = (p: PrintedTable) =>
  checkDisclosure(
    {
      meta: {
        year: 2024,
        documentKind: "单位",
        template: "henan2024",
        department: { name: "某局" },
        units: [{ name: "某局", unitType: "行政" }],
      },
      tables: [read(p)],
      texts: [],
    },
    { profile: henan2024Profile, template: henan2024, catalog: catalog2024 },
  );
const problems = (p: PrintedTable) =>
  check(p)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.ruleId} ${f.path?.row} ${f.path?.column} ${f.expected}`);

describe("类 rows printing both classifications' 类 codes", () => {
  it.each(VARIANTS)("%s: no finding", (_, p) => {
    expect(problems(p)).toEqual([]);
  });

  it.each(VARIANTS)("%s: a 类 figure that is not its 款 rows' sum is still caught", (_, p) => {
    const wrong = {
      ...p,
      rows: p.rows.map((r) =>
        r.includes("7.00") && r.includes("工资福利支出")
          ? r.map((c) => (c === "7.00" ? "7.50" : c))
          : r,
      ),
    };
    expect(problems(wrong)).toContain("rollup economic:301/501 total 7.00");
  });

  it("the total over 类 rows printing both codes is still checked", () => {
    const [[, p]] = VARIANTS as [readonly [string, PrintedTable]];
    const wrong = {
      ...p,
      rows: p.rows.map((r, i) => (i === 0 ? ["", "合计", "", "", "10.10", "7.00", "3.00"] : r)),
    };
    expect(problems(wrong)).toContain("rollup total total 10.00");
  });
});
