/**
 * Titles of other printers: a unit's name in a closing bracket (even one opening with a listed
 * word: `（政府采购中心）`), a bracket widening the money beyond the fiscal appropriation
 * (`（含单位资金）`: a 三公 table with unit funds is no 三公 table), and a 收支 summary printed
 * `…表` for `…总表` (`收入支出决算表`).
 */
import { describe, expect, it } from "vitest";
import { final2024 } from "../final/template";
import { henan2024, nationalMinimum, shanghai, type Template } from "../templates";
import { rankTableKinds } from "./title";

const best = (title: string, template: Template) => rankTableKinds(title, template)[0]?.kind.id;

describe("a unit's name in a bracket closing the title", () => {
  it.each([
    ["部门支出总表（政府采购中心）", nationalMinimum, "expenditure"],
    ["2024年一般公共预算支出表(某区政府采购中心)", henan2024, "gpbExpenditure"],
    ["项目支出表（基本建设办公室）", henan2024, "projects"],
    ["一般公共预算“三公”经费支出表（机关事务管理局）", nationalMinimum, "sanGong"],
    ["收入决算表（某区财政局）", final2024, "income"],
    ["部门收支总表【人力资源和社会保障局】", nationalMinimum, "summary"],
  ])("%s is the table of its own name", (title, template, id) => {
    expect(best(title, template)).toBe(id);
  });

  it.each([
    ["项目支出表（一般公共预算）", henan2024, "projects"],
    ["部门支出预算表（政府性基金）", henan2024, undefined],
    ["支出决算表（项目支出）", final2024, undefined],
  ])("a fund or part in the bracket still narrows: %s", (title, template, id) => {
    expect(best(title, template)).toBe(id);
  });
});

describe("a bracket widening the money beyond the fiscal appropriation", () => {
  it.each([
    ["2024年“三公”经费预算表（含单位资金）", henan2024],
    ["一般公共预算“三公”经费支出表(含财政拨款和单位资金)", nationalMinimum],
    ["“三公”经费支出预算表（包括其他资金）", henan2024],
    ["部门“三公”经费和机关运行经费预算表（含单位资金）", shanghai],
    ["财政拨款“三公”经费支出决算表（含非财政拨款资金）", final2024],
    ["一般公共预算支出表（含单位资金）", nationalMinimum],
  ])("%s is no fiscal table (unknown-title: coverage)", (title, template) => {
    expect(best(title, template)).toBeUndefined();
  });

  it.each([
    ["部门支出总表（含单位资金）", nationalMinimum, "expenditure"],
    ["部门收入预算表(包含事业收入)", henan2024, "income"],
    ["机构运转经费预算表（含单位资金）", henan2024, "operatingCost"],
    ["支出决算表（含单位资金）", final2024, "expenditure"],
  ])("a table of every fund is read: %s", (title, template, id) => {
    expect(best(title, template)).toBe(id);
  });
});

describe("a 收支 summary printed …表 for …总表", () => {
  it.each([
    ["收入支出决算表", final2024, "summary"],
    ["某区财政局2024年度收入支出决算表", final2024, "summary"],
    ["部门收入支出决算表", final2024, "summary"],
    ["财政拨款收入支出决算表", final2024, "fiscalSummary"],
    ["政府性基金预算财政拨款收入支出决算表", final2024, "govFund"],
    ["部门收支预算表", nationalMinimum, "summary"],
    ["单位收支表", nationalMinimum, "summary"],
  ])("%s", (title, template, id) => {
    expect(best(title, template)).toBe(id);
  });

  it("a narrower summary stays apart: 支出决算表 is no 收入支出决算表", () => {
    expect(best("支出决算表", final2024)).toBe("expenditure");
    expect(best("收入决算表", final2024)).toBe("income");
  });
});

describe("the rows' classification stated inside the name (支出功能分类预算表)", () => {
  it.each([
    ["一般公共预算支出功能分类预算表", nationalMinimum, "gpbExpenditure"],
    ["某局2024年一般公共预算支出功能分类表", henan2024, "gpbExpenditure"],
    ["政府性基金预算支出功能分类预算表", nationalMinimum, "govFundExpenditure"],
    ["一般公共预算基本支出经济分类预算表", nationalMinimum, "gpbBasic"],
    ["一般公共预算基本支出部门预算经济分类预算表", nationalMinimum, "gpbBasic"],
    ["一般公共预算支出预算表", shanghai, "gpbExpenditure"],
    ["一般公共预算基本支出预算表", shanghai, "gpbBasic"],
  ])("%s", (title, template, id) => {
    expect(best(title, template)).toBe(id);
  });

  it.each([
    ["一般公共预算支出经济分类预算表", nationalMinimum],
    ["一般公共预算基本支出功能分类预算表", henan2024],
  ])("a classification no kind of the name has rows by: %s (unknown-title)", (title, template) => {
    expect(best(title, template)).toBeUndefined();
  });
});
