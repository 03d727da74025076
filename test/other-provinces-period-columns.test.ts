/**
 * Other provinces' 支出 tables headed by this year's amount (Guangdong-like: `2023年预算数 |
 * 2024年预算数/小计 | 2024年预算数/基本支出 | …`; a county's `预算数 | 基本支出 | 项目支出`; `小计`
 * beside the parts): the total is read (it was unread, `unknown-header`, so the table's sums and
 * its total against the 收支总表 went unchecked). Checked clean; a wrong total is caught.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { readPrintedTable } from "../src/printed";
import type { PrintedTable } from "../src/printed/types";
import { checkDisclosure, nationalProfile } from "../src/rules";
import { nationalMinimum } from "../src/templates";
import { serious } from "./layouts/check";

const ROWS = (total: string) => [
  ["", "合计", total, "1,100.00", "400.00"],
  ["205", "教育支出", "1,400.00", "1,000.00", "400.00"],
  ["20502", "普通教育", "1,400.00", "1,000.00", "400.00"],
  ["2050202", "小学教育", "1,400.00", "1,000.00", "400.00"],
  ["208", "社会保障和就业支出", "100.00", "100.00", ""],
  ["20805", "行政事业单位养老支出", "100.00", "100.00", ""],
  ["2080505", "机关事业单位基本养老保险缴费支出", "100.00", "100.00", ""],
];

const HEADS: readonly (readonly [string, readonly string[], boolean])[] = [
  [
    "2024年预算数/小计 beside 2023年预算数",
    ["2024年预算数/小计", "2024年预算数/基本支出", "2024年预算数/项目支出"],
    true,
  ],
  ["预算数 | 基本支出 | 项目支出", ["预算数", "基本支出", "项目支出"], false],
  ["2024年预算数 | 基本支出 | 项目支出", ["2024年预算数", "基本支出", "项目支出"], false],
  ["小计 | 基本支出 | 项目支出", ["小计", "基本支出", "项目支出"], false],
  ["本年支出/小计 …", ["本年支出/小计", "本年支出/基本支出", "本年支出/项目支出"], false],
];

const set = (heads: readonly string[], prior: boolean, total: string): PrintedTable[] => [
  {
    title: "广东省某县教育局2024年部门收支总表",
    unit: "单位：万元",
    headers: ["收入/项目", "收入/2024年预算数", "支出/项目", "支出/2024年预算数"],
    rows: [
      ["一、一般公共预算", "1,500.00", "一、教育支出", "1,400.00"],
      ["二、政府性基金预算", "", "二、社会保障和就业支出", "100.00"],
      ["本年收入合计", "1,500.00", "本年支出合计", "1,500.00"],
      ["收入总计", "1,500.00", "支出总计", "1,500.00"],
    ],
  },
  {
    title: "广东省某县教育局2024年一般公共预算支出表",
    unit: "单位：万元",
    headers: ["科目编码", "科目名称", ...(prior ? ["2023年预算数"] : []), ...heads],
    rows: ROWS(total).map(([code = "", name = "", ...rest]) => [
      code,
      name,
      ...(prior ? [code === "" ? "1,400.00" : "1,300.00"] : []),
      ...rest,
    ]),
  },
];

const check = (tables: readonly PrintedTable[]) => {
  const read = tables.map((t) =>
    readPrintedTable(t, { template: nationalMinimum, catalog: catalog2024.functional, year: 2024 }),
  );
  const report = checkDisclosure(
    {
      meta: {
        year: 2024,
        documentKind: "单位",
        template: "nationalMinimum",
        department: { name: "某县教育局" },
        units: [{ name: "某县教育局", unitType: "行政" }],
      },
      tables: read.flatMap((r) => (r.table === undefined ? [] : [r.table])),
      texts: [],
    },
    { profile: nationalProfile, template: nationalMinimum, catalog: catalog2024 },
  );
  return { read, findings: serious(report.findings) };
};

describe.each(HEADS)("a 支出 table's total headed %s", (_, heads, prior) => {
  it("is read as the total; the set checks clean", () => {
    const { read, findings } = check(set(heads, prior, "1,500.00"));
    const gpb = read[1];
    expect(gpb?.kind).toBe("gpbExpenditure");
    expect(gpb?.table?.rows[0]?.cells.total).toBe("1,500.00");
    expect(gpb?.problems.filter((p) => p.code === "unknown-header")).toEqual([]);
    expect(findings).toEqual([]);
  });

  it("a wrong total is caught", () => {
    const { findings } = check(set(heads, prior, "1,600.00"));
    expect(findings.some((f) => f.includes("gpbExpenditure total"))).toBe(true);
  });
});
