/**
 * Other provinces' 决算 支出 tables: 基本支出 split into 人员经费 / 公用经费 (`基本支出/人员经费`, or the two
 * alone), the total headed `小计`, `决算数` or (一般公共预算财政拨款支出决算表) `总计`, and a budget
 * printed beside the outcome in the 支出决算表 too (`年初预算数/合计 | 决算数/小计 …`). Every column
 * read; the budget's parts never read as the outcome's (they were: a false `nature` error would
 * follow, the budget's 人员经费 taken for the outcome's). Checked clean; a wrong part is caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { final2024, finalProfile } from "../src/final";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { checkDisclosure } from "../src/rules";
import { serious } from "./layouts/check";

const CODES = [
  ["", "合计"],
  ["201", "一般公共服务支出"],
  ["20103", "政府办公厅（室）及相关机构事务"],
  ["2010301", "行政运行"],
];
const rows = (figures: readonly string[]) => CODES.map((c) => [...c, ...figures]);

type Layout = (pub: string) => PrintedTable[];

const basic: PrintedTable = {
  title: "一般公共预算财政拨款基本支出决算表",
  unit: "单位：万元",
  headers: ["经济分类科目编码", "科目名称", "决算数"],
  rows: [
    ["301", "工资福利支出", "850.00"],
    ["30101", "基本工资", "850.00"],
    ["302", "商品和服务支出", "60.00"],
    ["30201", "办公费", "60.00"],
    ["", "人员经费合计", "850.00"],
    ["", "公用经费合计", "60.00"],
  ],
};

const LAYOUTS: readonly (readonly [string, Layout])[] = [
  [
    "budget beside the outcome, 决算数/小计, parts under 基本支出",
    (pub) => [
      {
        title: "支出决算表",
        unit: "单位：万元",
        headers: [
          "科目编码",
          "科目名称",
          "年初预算数/合计",
          "年初预算数/基本支出/人员经费",
          "年初预算数/基本支出/公用经费",
          "年初预算数/项目支出",
          "决算数/小计",
          "决算数/基本支出/人员经费",
          "决算数/基本支出/公用经费",
          "决算数/项目支出",
        ],
        rows: rows(["1,000.00", "800.00", "80.00", "120.00", "1,010.00", "850.00", pub, "100.00"]),
      },
      basic,
    ],
  ],
  [
    "小计 | 人员经费 | 公用经费 | 项目支出",
    (pub) => [
      {
        title: "部门支出决算表",
        unit: "单位：万元",
        headers: ["科目编码", "科目名称", "小计", "人员经费", "公用经费", "项目支出"],
        rows: rows(["1,010.00", "850.00", pub, "100.00"]),
      },
      basic,
    ],
  ],
  [
    "一般公共预算财政拨款支出决算表: 总计 | 基本支出/小计 | 基本支出/人员经费 | …",
    (pub) => [
      {
        title: "一般公共预算财政拨款支出决算表",
        unit: "单位：万元",
        headers: [
          "科目编码",
          "科目名称",
          "总计",
          "基本支出/小计",
          "基本支出/人员经费",
          "基本支出/公用经费",
          "项目支出",
        ],
        rows: rows(["1,010.00", "910.00", "850.00", pub, "100.00"]),
      },
      basic,
    ],
  ],
  [
    "一般公共预算财政拨款支出决算表: 预算数 / 决算数, each with 人员经费 / 公用经费",
    (pub) => [
      {
        title: "一般公共预算财政拨款支出决算表",
        unit: "单位：万元",
        headers: [
          "科目编码",
          "科目名称",
          "预算数/合计",
          "预算数/人员经费",
          "预算数/公用经费",
          "预算数/项目支出",
          "决算数/合计",
          "决算数/人员经费",
          "决算数/公用经费",
          "决算数/项目支出",
        ],
        rows: rows(["990.00", "800.00", "90.00", "100.00", "1,010.00", "850.00", pub, "100.00"]),
      },
      basic,
    ],
  ],
];

const check = (tables: readonly PrintedTable[]) => {
  const read = tables.map((t) =>
    readPrintedTable(t, { template: final2024, catalog: catalog2024.functional }),
  );
  const report = checkDisclosure(
    {
      meta: {
        year: 2024,
        stage: "决算",
        documentKind: "单位",
        template: "final2024",
        department: { name: "某局" },
        units: [{ name: "某局", unitType: "行政" }],
      },
      tables: read.flatMap((r) => (r.table === undefined ? [] : [r.table])),
      texts: [],
    },
    { profile: finalProfile, template: final2024, catalog: catalog2024 },
  );
  return { read, findings: serious(report.findings) };
};

describe.each(LAYOUTS)("a 决算 支出 table: %s", (_, layout) => {
  it("every column read, the budget apart; no finding above info", () => {
    const { read, findings } = check(layout("60.00"));
    const first = read[0];
    expect(first?.columns.filter((c) => c.column === undefined)).toEqual([]);
    const total = first?.table?.rows[0]?.cells;
    expect(total?.["basic.personnel"]).toBe("850.00");
    expect(total?.total).toBe("1,010.00");
    expect(findings).toEqual([]);
  });

  it("a 公用经费 that does not add up is caught", () => {
    expect(check(layout("70.00")).findings.length).toBeGreaterThan(0);
  });
});
