/**
 * False alarms `narrative.items` must not raise: an entry the reader could not read (`住房保障支出
 * （221）20.00万元`, `《住房公积金》科目`, `[2210201]`, `（科目编码2210201）`, `住房保障支出类…`) may be
 * the one said missing: any figure of the section left unplaced says nothing is missing. A missing
 * entry beside entries all read is still a warning.
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { findings } from "../../rules/test-support";
import { shanghai } from "../../templates";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.items");
const TABLE = [
  ["221", "住房保障支出", "200,000"],
  ["22102", "住房改革支出", "200,000"],
  ["2210201", "住房公积金", "200,000"],
  ["208", "社会保障和就业支出", "800,000"],
  ["20805", "行政事业单位养老支出", "800,000"],
  ["2080505", "机关事业单位基本养老保险缴费支出", "800,000"],
]
  .reduce(
    (b, [code, name, total]) =>
      b.functional(code as string, name as string, { total: total as string }),
    tableBuilder(shanghai, "gpbExpenditure", { unit: "元" }),
  )
  .build().value;
const HEAD = [
  "财政拨款支出主要内容如下：",
  "1. “社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”80.00万元，主要用于养老保险缴费。",
];
const TAIL = ["其他相关情况说明", "一、“三公”经费预算情况说明"];
const items = (entry: string | undefined) =>
  findings(
    check(
      disclosure(
        [TABLE],
        [...HEAD, ...(entry === undefined ? [] : [entry]), ...TAIL].join("\n"),
        shanghai,
      ),
      shanghai,
    ),
    "narrative.items",
  ).map((f) => f.severity);

describe("an entry the reader could not read: nothing said missing", () => {
  it.each([
    "2. 住房保障支出（221）20.00万元，主要用于住房公积金。",
    "2. 住房保障支出(221)20.00万元，主要用于住房公积金。",
    "2. 住房保障支出[221]20.00万元，主要用于住房公积金。",
    "2. 住房保障支出（221类）20.00万元，主要用于住房公积金。",
    "2. 住房公积金（科目编码2210201）20.00万元，主要用于住房公积金。",
    "2.《住房保障支出》科目20.00万元，主要用于住房公积金。",
    "2. 住房保障支出类20.00万元，主要用于住房公积金。",
  ])("%s: no finding", (entry) => {
    expect(items(entry)).toEqual([]);
  });

  it("a missing entry, all others read, is still a warning", () => {
    expect(items(undefined)).toEqual(["warning"]);
  });
});
