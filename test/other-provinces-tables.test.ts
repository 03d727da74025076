/**
 * Other provinces' printings of the national tables, invented from their forms: a county's 部门收支
 * 预算总表 in 元 (`金额单位：元`, letter-spaced two-row headers, 五、单位资金, 收入总计 / 支出总计),
 * empty 政府性基金 / 国有资本经营 tables with their notes, a 一般公共预算支出表 under
 * `功能分类科目/编码`, a 基本支出表 headed `支出经济分类科目/编码`. Every cell read, and the
 * disclosure checks clean; a wrong figure is still caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { checkDisclosure, nationalProfile } from "../src/rules";
import { nationalMinimum } from "../src/templates";
import { serious } from "./layouts/check";

const Y = "元";
const county = (gpb: string): PrintedTable[] => [
  {
    title: "某县某局2024年部门收支预算总表",
    unit: `金额单位：${Y}`,
    headers: ["收 入/项 目", "收 入/预算数", "支 出/项 目", "支 出/预算数"],
    rows: [
      ["一、一般公共预算拨款收入", gpb, "一、一般公共服务支出", "1,200,000.00"],
      ["二、政府性基金预算拨款收入", "", "", ""],
      ["三、国有资本经营预算拨款收入", "", "", ""],
      ["四、财政专户管理资金收入", "", "", ""],
      ["五、单位资金", "200,000.00", "", ""],
      ["本年收入合计", "1,200,000.00", "本年支出合计", "1,200,000.00"],
      ["上年结转结余", "", "年终结转结余", ""],
      ["收入总计", "1,200,000.00", "支出总计", "1,200,000.00"],
    ],
  },
  {
    title: "某县某局2024年政府性基金预算支出表",
    unit: `金额单位：${Y}`,
    headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    rows: [],
    note: "注：本单位2024年无政府性基金预算支出，故本表为空表。",
  },
  {
    title: "某县某局2024年国有资本经营预算支出表",
    unit: `金额单位：${Y}`,
    headers: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    rows: [["", "合计", "", "", ""]],
    note: "说明：本部门没有使用国有资本经营预算拨款安排的支出，本表无数据。",
  },
  {
    title: "某县某局2024年一般公共预算支出表",
    unit: `金额单位：${Y}`,
    headers: [
      "功能分类科目/编码",
      "功能分类科目/名称",
      "合计",
      "基本支出/小计",
      "基本支出/人员经费",
      "基本支出/公用经费",
      "项目支出",
    ],
    rows: [
      ["", "合计", "1,000,000.00", "800,000.00", "700,000.00", "100,000.00", "200,000.00"],
      [
        "201",
        "一般公共服务支出",
        "1,000,000.00",
        "800,000.00",
        "700,000.00",
        "100,000.00",
        "200,000.00",
      ],
      [
        "20103",
        "政府办公厅（室）及相关机构事务",
        "1,000,000.00",
        "800,000.00",
        "700,000.00",
        "100,000.00",
        "200,000.00",
      ],
      ["2010301", "行政运行", "800,000.00", "800,000.00", "700,000.00", "100,000.00", ""],
      ["2010302", "一般行政管理事务", "200,000.00", "", "", "", "200,000.00"],
    ],
  },
  {
    title: "某县某局2024年一般公共预算基本支出表",
    unit: `金额单位：${Y}`,
    headers: ["支出经济分类科目/编码", "支出经济分类科目/名称", "合计", "人员经费", "公用经费"],
    rows: [
      ["", "合计", "800,000.00", "700,000.00", "100,000.00"],
      ["301", "工资福利支出", "700,000.00", "700,000.00", ""],
      ["30101", "基本工资", "700,000.00", "700,000.00", ""],
      ["302", "商品和服务支出", "100,000.00", "", "100,000.00"],
      ["30201", "办公费", "100,000.00", "", "100,000.00"],
    ],
  },
];

const check = (tables: readonly PrintedTable[]) => {
  const read = tables.map((t) =>
    readPrintedTable(t, { template: nationalMinimum, catalog: catalog2024.functional }),
  );
  const report = checkDisclosure(
    {
      meta: {
        year: 2024,
        documentKind: "单位",
        template: "nationalMinimum",
        department: { name: "某局" },
        units: [{ name: "某局", unitType: "行政" }],
      },
      tables: read.flatMap((r) => (r.table === undefined ? [] : [r.table])),
      texts: [],
    },
    { profile: nationalProfile, template: nationalMinimum, catalog: catalog2024 },
  );
  return { read, report };
};

describe("a county's national tables in 元", () => {
  it("every table read, every header placed, no finding above info", () => {
    const { read, report } = check(county("1,000,000.00"));
    expect(read.map((r) => r.kind)).toEqual([
      "summary",
      "govFundExpenditure",
      "soeExpenditure",
      "gpbExpenditure",
      "gpbBasic",
    ]);
    expect(read.flatMap((r) => r.columns.filter((c) => c.column === undefined))).toEqual([]);
    expect(read.map((r) => r.table?.unit)).toEqual([Y, Y, Y, Y, Y]);
    expect(serious(report.findings)).toEqual([]);
  });

  it("a 一般公共预算 income the other tables do not state is caught", () => {
    const { report } = check(county("1,100,000.00"));
    expect(serious(report.findings).length).toBeGreaterThan(0);
  });
});
