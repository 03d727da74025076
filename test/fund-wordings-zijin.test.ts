/**
 * A fund's income printed as `…预算资金` (`政府性基金预算资金`, `国有资本经营预算资金`, as
 * `一般公共预算资金` already was) in a 财政拨款收支总表 is that fund's line, under the national,
 * Henan and Shanghai templates: before, `unknown-line-label` warnings on a correct table and the
 * lines left unchecked. A wrong figure on such a line is caught.
 */
import { describe, expect, it } from "vitest";
import type { PrintedTable } from "../src/printed";
import { henan2024Profile, nationalProfile, type Profile, shanghaiProfile } from "../src/rules";
import { henan2024, nationalMinimum, shanghai, type Template } from "../src/templates";
import { problemsAlone } from "./layouts/check";

const national = (gpb: string, govFund: string, soe: string): PrintedTable => ({
  title: "2025年财政拨款收支总表",
  unit: "单位：万元",
  headers: ["收入/项目", "收入/预算数", "支出/项目", "支出/预算数"],
  rows: [
    ["一、本年收入", "1,250.00", "一、本年支出", "1,250.00"],
    ["1.一般公共预算资金", gpb, "1.社会保障和就业支出", "1,050.00"],
    ["2.政府性基金预算资金", govFund, "2.城乡社区支出", "200.00"],
    ["3.国有资本经营预算资金", soe, "", ""],
    ["收入总计", "1,250.00", "支出总计", "1,250.00"],
  ],
});

const sh = (govFund: string): PrintedTable => ({
  title: "2025年财政拨款收支预算总表",
  unit: "单位：元",
  headers: [
    "财政拨款收入/项目",
    "财政拨款收入/预算数",
    "财政拨款支出/项目",
    "财政拨款支出/合计",
    "财政拨款支出/一般公共预算",
    "财政拨款支出/政府性基金预算",
    "财政拨款支出/国有资本经营预算",
  ],
  rows: [
    [
      "一、一般公共预算资金",
      "10,000.00",
      "一、社会保障和就业支出",
      "10,000.00",
      "10,000.00",
      "",
      "",
    ],
    ["二、政府性基金预算资金", govFund, "二、城乡社区支出", "2,000.00", "", "2,000.00", ""],
    ["三、国有资本经营预算资金", "", "", "", "", "", ""],
    ["收入总计", "12,000.00", "支出总计", "12,000.00", "10,000.00", "2,000.00", ""],
  ],
});

const check = (p: PrintedTable, template: Template, profile: Profile) =>
  problemsAlone(p, template, profile, { department: "某市某局" }).problems;

const CASES = [
  ["national", nationalMinimum, nationalProfile],
  ["henan", henan2024, henan2024Profile],
] as const;

describe("a fund's income printed as …预算资金", () => {
  it.each(CASES)("is its line under %s, no finding", (_, template, profile) => {
    expect(check(national("1,050.00", "200.00", ""), template, profile)).toEqual([]);
  });

  it.each(CASES)("a wrong figure on it is caught under %s", (_, template, profile) => {
    expect(check(national("1,050.00", "300.00", ""), template, profile).join()).toMatch(/error/);
  });

  it("is its line under the Shanghai template, no finding; a wrong figure caught", () => {
    expect(check(sh("2,000.00"), shanghai, shanghaiProfile)).toEqual([]);
    expect(check(sh("3,000.00"), shanghai, shanghaiProfile).join()).toMatch(/error/);
  });
});
