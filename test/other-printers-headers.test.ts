/**
 * Headers other provinces' printers use for columns the templates know, as header variants and
 * wordings (data): a 财政拨款收支总表 with one spending column (`支出/预算数`), a 收入总表's
 * `政府性基金拨款` and `上年结转结余/财政拨款结转结余`, a 项目支出表's `项目类别`, a 基本支出表's
 * `基本支出合计`. Headers whose meaning varies by printer (`财政拨款（补助）`, a 项目支出表's
 * `项目总额`) stay unread.
 */
import { describe, expect, it } from "vitest";
import { matchHeaders, type PrintedTable } from "../src/printed";
import { checkAlone, readNational } from "../src/printed/test-support";
import { henan2024, nationalMinimum, type Template } from "../src/templates";
import { kindOf } from "../src/templates/test-support";
import { serious } from "./layouts/check";

const keys = (template: Template, kind: string, headers: string[]) =>
  matchHeaders(headers, kindOf(template, kind)).columns.map((c) => c.column?.key ?? "(none)");

describe("other printers' headers", () => {
  it("a 财政拨款收支总表's one spending column is its spending total", () => {
    for (const template of [nationalMinimum, henan2024])
      expect(
        keys(template, "fiscalSummary", ["收入/项目", "收入/预算数", "支出/项目", "支出/预算数"]),
      ).toEqual(["income.name", "income.amount", "spending.name", "spending.total"]);
  });

  it("a 收入总表's 政府性基金拨款, 国有资本经营拨款 and its carry-over by 财政拨款 and 单位资金", () => {
    expect(
      keys(nationalMinimum, "income", [
        "单位名称",
        "总计",
        "一般公共预算拨款",
        "政府性基金拨款",
        "国有资本经营拨款收入",
        "上年结转结余/财政拨款结转结余",
        "上年结转结余/单位资金结转结余",
      ]),
    ).toEqual([
      "name",
      "total",
      "gpb",
      "govFund",
      "soe",
      "carryover.government",
      "carryover.unitFunds",
    ]);
    expect(keys(nationalMinimum, "income", ["单位名称", "合计", "财政拨款（补助）"])[2]).toBe(
      "(none)",
    );
  });

  it("a 项目支出表's 项目类别 / 项目分类, never its 项目总额", () => {
    expect(keys(nationalMinimum, "projects", ["项目类别", "项目名称", "合计"])).toEqual([
      "type",
      "name",
      "total",
    ]);
    expect(keys(henan2024, "projects", ["项目分类", "项目名称", "项目总额"])).toEqual([
      "type",
      "name",
      "(none)",
    ]);
  });

  it("a 基本支出表's 基本支出合计", () => {
    expect(
      keys(nationalMinimum, "gpbBasic", [
        "科目编码",
        "科目名称",
        "基本支出合计",
        "人员经费",
        "公用经费",
      ]),
    ).toEqual(["econ", "econ.name", "total", "personnel", "public"]);
  });
});

const fiscal = (spending: string): PrintedTable => ({
  title: "2025年财政拨款收支总表",
  unit: "单位：万元",
  headers: ["收入/项目", "收入/预算数", "支出/项目", "支出/预算数"],
  rows: [
    ["一、本年收入", "100.00", "一、本年支出", spending],
    ["1.一般公共预算", "80.00", "1.教育支出", "70.00"],
    ["2.政府性基金预算", "20.00", "2.社会保障和就业支出", "30.00"],
    ["收入总计", "100.00", "支出总计", "100.00"],
  ],
});

/** The reading's problem codes above info, then the check's findings above info. */
const check = (p: PrintedTable) => {
  const r = readNational(p);
  if (r.table === undefined) throw new Error("not read");
  const read = r.problems.filter((x) => x.severity !== "info").map((x) => x.code);
  return [...read, ...serious(checkAlone([r.table], { department: "某区教育局" }).findings)];
};

describe("a 财政拨款收支总表 with one spending column", () => {
  it("is read and checked, no finding on a correct table", () => {
    expect(check(fiscal("100.00"))).toEqual([]);
  });

  it("still catches a wrong figure", () => {
    expect(check(fiscal("101.00")).join()).toMatch(/error/);
  });
});
