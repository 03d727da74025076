/**
 * A 支出总表 printing its 基本支出 / 项目支出 under 财政拨款 (or 单位资金, 其他资金 …) is printing that
 * fund's part of them, never the table's 基本支出 / 项目支出: the 财政拨款's 60.00 of 基本支出 was taken
 * for all 70.00, a false `same-fact` and `rollup` error against a correct 收支总表 (whose 基本支出
 * counts the 单位资金 too). Those columns stay unread (coverage), as `一般公共预算/基本支出` already did;
 * the fund words come from the templates' own list of funds, not from the reader.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure, Table } from "../src/disclosure";
import { matchHeaders, type PrintedTable, readPrintedTable } from "../src/printed";
import { checkDisclosure, nationalProfile } from "../src/rules";
import { henan2024, nationalMinimum, type Template } from "../src/templates";
import { kindOf } from "../src/templates/test-support";
import { serious } from "./layouts/check";

const read = (p: PrintedTable, template: Template): Table => {
  const r = readPrintedTable(p, { template, catalog: catalog2024.functional, year: 2025 });
  if (r.table === undefined) throw new Error(p.title);
  return r.table;
};

const check = (tables: PrintedTable[], template: Template = nationalMinimum) => {
  const d: Disclosure = {
    meta: {
      year: 2025,
      documentKind: "单位",
      template: template.id,
      department: { name: "某区疾病预防控制中心" },
      units: [],
    },
    tables: tables.map((t) => read(t, template)),
    texts: [],
  };
  return serious(
    checkDisclosure(d, { profile: nationalProfile, template, catalog: catalog2024 }).findings,
  );
};

/** 基本支出 70.00 and 项目支出 30.00 of all funds: 财政拨款 60 + 20, 单位资金 10 + 10. */
const summary = (basic = "70.00"): PrintedTable => ({
  title: "2025年部门收支总表",
  unit: "单位：万元",
  headers: ["收入/项目", "收入/预算数", "支出/项目", "支出/预算数"],
  rows: [
    ["一、一般公共预算拨款收入", "80.00", "一、基本支出", basic],
    ["二、单位资金", "20.00", "二、项目支出", "30.00"],
    ["本年收入合计", "100.00", "本年支出合计", "100.00"],
    ["收入总计", "100.00", "支出总计", "100.00"],
  ],
});

const expenditure = (headers: string[], total = "100.00"): PrintedTable => ({
  title: "2025年部门支出总表",
  unit: "单位：万元",
  headers: ["科目编码", "科目名称", ...headers],
  rows: [
    ["", "合计", total, "60.00", "20.00", "20.00"],
    ["210", "卫生健康支出", total, "60.00", "20.00", "20.00"],
    ["21004", "公共卫生", total, "60.00", "20.00", "20.00"],
    ["2100401", "疾病预防控制机构", total, "60.00", "20.00", "20.00"],
  ],
});

const VARIANTS = [
  ["总计", "财政拨款/基本支出", "财政拨款/项目支出", "单位资金"],
  ["合计", "财政拨款收入/基本支出", "财政拨款收入/项目支出", "单位资金收入"],
  ["总计", "财政拨款（补助）/基本支出", "财政拨款（补助）/项目支出", "其他资金"],
  ["合计", "财政拨款/基本支出", "财政拨款/项目支出", "单位资金/项目支出"],
  ["合计", "单位资金/基本支出", "单位资金/项目支出", "财政拨款"],
  ["合计", "其他资金/基本支出", "其他资金/项目支出", "财政拨款"],
];

describe("a 支出总表 printing 基本支出 / 项目支出 under the fund they are of", () => {
  it("reads no fund's part as the table's column (unread, coverage)", () => {
    for (const headers of VARIANTS) {
      const t = read(expenditure(headers), nationalMinimum);
      expect(t.rows[0]?.cells.basic, headers.join()).toBeUndefined();
      expect(t.rows[0]?.cells.project, headers.join()).toBeUndefined();
      expect(t.rows[0]?.cells.total, headers.join()).toBe("100.00");
    }
  });

  it("is no false alarm against a correct 收支总表", () => {
    for (const headers of VARIANTS)
      expect(check([summary(), expenditure(headers)]), headers.join()).toEqual([]);
  });

  it("still catches a wrong figure (the 合计 against its rows, the 收支总表's 基本支出)", () => {
    const headers = VARIANTS[0] ?? [];
    expect(check([summary(), expenditure(headers, "101.00")]).join()).toMatch(/expenditure/);
    expect(check([summary("71.00"), expenditure(headers)]).length).toBeGreaterThan(0);
  });

  it("still reads a fund's own columns under their fund group (单位资金/事业收入, 财政拨款/一般公共预算)", () => {
    const keys = (kindId: string, headers: string[]) =>
      matchHeaders(headers, kindOf(henan2024, kindId)).columns.map(
        (c) => c.column?.key ?? "(none)",
      );
    const income = keys("income", ["合计", "单位资金/事业收入", "单位资金/事业单位经营收入"]);
    expect(income).toEqual(keys("income", ["合计", "事业收入", "事业单位经营收入"]));
    expect(income[1]).not.toBe("(none)");
  });
});
