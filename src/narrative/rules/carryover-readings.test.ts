/**
 * False alarms `narrative.amount` must not raise on 上年结转 (the carry-over from last year):
 * a total whose words printers use with the carry-over or without (`部门收入预算`, `收入预算`,
 * `财政拨款收入预算`, `一般公共预算收入`, `收入总预算`) agrees with either reading the tables give;
 * a figure of this year's appropriation (`一般公共预算当年拨款支出`, `本年财政拨款支出`, or under such
 * a heading) agrees with the fund's spending less its carry-over (a 科目's, which the tables do not
 * split, lies between the two: info). A figure that fits neither reading is still an error, and
 * the words that say which reading (`本年收入`, `收入总计`) are held to it.
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { renderFinding } from "../../rules/render";
import { findings } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure, profileOf } from "./test-support";

const check = checker("narrative.amount");

/**
 * 一般公共预算 800.00 this year and 50.00 carried over, spent on 201 (600.00, of it 行政运行 400.00)
 * and 205 (250.00); 政府性基金 100.00, no carry-over. 本年收入 900.00, 收入总计 950.00. `unit`: 万元
 * or 元 (the same money).
 */
function tables(yuan = false) {
  const m = (v: string) => (yuan ? `${v.replace(".00", "")}0000.00` : v);
  const unit = yuan ? "元" : "万元";
  const at = <T extends { unit: string }>(t: T): T => ({ ...t, unit });
  return [
    tableBuilder(henan2024, "summary")
      .line("revenue.gpb", { "income.amount": m("800.00") })
      .line("revenue.govFund", { "income.amount": m("100.00") })
      .line("revenue", { "income.amount": m("900.00") })
      .line("revenue.carryover", { "income.amount": m("50.00") })
      .line("revenue.total", { "income.amount": m("950.00") })
      .build().value,
    tableBuilder(henan2024, "fiscalSummary")
      .line("revenue.gpb", { "income.amount": m("800.00") })
      .line("revenue.govFund", { "income.amount": m("100.00") })
      .line("revenue", { "income.amount": m("900.00") })
      .line("revenue.carryover.gpb", { "income.amount": m("50.00") })
      .line("revenue.carryover", { "income.amount": m("50.00") })
      .line("revenue.total", { "income.amount": m("950.00") })
      .line("spending", {
        "spending.total": m("950.00"),
        "spending.gpb": m("850.00"),
        "spending.govFund": m("100.00"),
      })
      .build().value,
    tableBuilder(henan2024, "gpbExpenditure")
      .total({ total: m("850.00"), basic: m("450.00"), project: m("400.00") })
      .functional("201", "一般公共服务支出", {
        total: m("600.00"),
        basic: m("400.00"),
        project: m("200.00"),
      })
      .functional("2010101", "行政运行", { total: m("400.00"), basic: m("400.00") })
      .functional("205", "教育支出", {
        total: m("250.00"),
        basic: m("50.00"),
        project: m("200.00"),
      })
      .build().value,
  ].map((t) => (t === undefined ? t : at(t)));
}
const run = (body: string, yuan = false) =>
  check(
    disclosure(
      tables(yuan).filter((t) => t !== undefined),
      body,
    ),
  );
const errors = (body: string, yuan = false) =>
  findings(run(body, yuan), "narrative.amount")
    .filter((f) => f.severity !== "info")
    .map((f) => [f.params.claim, f.expected, f.actual]);
const infos = (body: string) =>
  findings(run(body), "narrative.amount")
    .filter((f) => f.severity === "info")
    .map((f) => [f.params.kind, f.expected, f.actual]);

describe("a total printed with 上年结转 or without it", () => {
  it.each([
    "2024年部门收入预算950.00万元，其中：一般公共预算拨款收入800.00万元，政府性基金预算拨款收入100.00万元，上年结转50.00万元。",
    "2024年部门收入预算900.00万元，另有上年结转50.00万元。",
    "2024年收入预算950.00万元，包括一般公共预算拨款收入800.00万元、政府性基金预算拨款收入100.00万元、上年结转结余50.00万元。",
    "二、收入预算情况说明\n部门收入预算950.00万元，其中本年收入900.00万元，上年结转50.00万元。",
    "2024年单位预算收入950.00万元。",
    "2024年部门收支预算950.00万元。",
    "2024年财政拨款收入预算950.00万元，其中：一般公共预算拨款800.00万元，政府性基金预算拨款100.00万元，上年结转50.00万元。",
    "2024年财政拨款收入900.00万元。",
    "2024年一般公共预算收入850.00万元，其中：本年拨款800.00万元，上年结转50.00万元。",
    "2024年一般公共预算拨款收入850.00万元（含上年结转50.00万元）。",
    "2024年一般公共预算收入800.00万元。",
    "2024年收入总预算900.00万元。",
    "2024年收支总预算950.00万元。",
  ])("%s: no error", (body) => {
    expect(errors(body)).toEqual([]);
  });

  it("in 元 against 元 tables, and in 万元 against 元 tables alike", () => {
    expect(errors("2024年部门收入预算9,500,000元，其中上年结转500,000元。", true)).toEqual([]);
    expect(errors("2024年部门收入预算950.00万元。", true)).toEqual([]);
  });

  it.each([
    // neither 900 nor 950
    ["2024年部门收入预算980.00万元，其中上年结转50.00万元。", "900.00", "980.00"],
    ["2024年一般公共预算收入830.00万元。", "800.00", "830.00"],
    ["2024年财政拨款收入预算920.00万元。", "900.00", "920.00"],
    // the words that say which: 本年收入 is without the carry-over, 收入总计 with it
    ["2024年本年收入950.00万元。", "900.00", "950.00"],
    ["2024年收入总计900.00万元。", "950.00", "900.00"],
    ["2024年一般公共预算当年拨款收入850.00万元。", "800.00", "850.00"],
  ])("%s: still an error", (body, expected, actual) => {
    expect(errors(body).map(([, e, a]) => [e, a])).toEqual([[expected, actual]]);
  });
});

describe("this year's appropriation against the fund's spending with 上年结转", () => {
  it.each([
    "2024年一般公共预算当年拨款支出800.00万元。",
    "2024年一般公共预算当年财政拨款支出800.00万元，比上年增加10.00万元。",
    "2024年本年财政拨款支出900.00万元。",
    "一般公共预算当年拨款支出按功能分类：一般公共服务支出600.00万元。",
    "2024年一般公共预算支出850.00万元。",
    // a heading of this year's appropriation naming no measure: the 科目's figure of no fund
    "（二）一般公共预算当年拨款结构情况\n一般公共服务支出550.00万元，占68.75%。",
  ])("%s: no error", (body) => {
    expect(errors(body)).toEqual([]);
  });

  it.each([
    ["五、一般公共预算当年拨款支出预算情况说明\n一般公共服务支出560.00万元，教育支出250.00万元。"],
    [
      "五、一般公共预算当年拨款支出情况\n一般公共服务支出（类）一般公共服务（款）行政运行（项）350.00万元。",
    ],
    ["2024年一般公共预算当年拨款支出800.00万元，其中：一般公共服务支出550.00万元。"],
  ])("%s: a 科目 between its figure less the carry-over and its figure is info", (body) => {
    expect(errors(body)).toEqual([]);
    expect(infos(body).every(([kind]) => kind === "carryover")).toBe(true);
    expect(infos(body).length).toBeGreaterThan(0);
  });

  it.each([
    // below the figure less the whole carry-over, or above the figure
    ["五、一般公共预算当年拨款支出预算情况说明\n一般公共服务支出540.00万元。", "600.00", "540.00"],
    ["五、一般公共预算当年拨款支出预算情况说明\n一般公共服务支出610.00万元。", "600.00", "610.00"],
    ["2024年一般公共预算当年拨款支出780.00万元。", "850.00", "780.00"],
    // without words saying this year's appropriation, the fund's spending is all of it
    ["2024年一般公共预算支出800.00万元。", "850.00", "800.00"],
  ])("%s: still an error", (body, expected, actual) => {
    expect(errors(body).map(([, e, a]) => [e, a])).toEqual([[expected, actual]]);
  });
});

describe("the info's message", () => {
  it("says the figure is this year's appropriation and between which figures it was checked", () => {
    const r = run("五、一般公共预算当年拨款支出预算情况说明\n一般公共服务支出560.00万元。");
    const [f] = findings(r, "narrative.amount");
    const rules = profileOf().rules;
    const zh = f === undefined ? "" : renderFinding(f, rules, "zh-CN", henan2024);
    const en = f === undefined ? "" : renderFinding(f, rules, "en", henan2024);
    expect(zh).toContain("是本年拨款的数，表中为 600.00万元");
    expect(zh).toContain("共 50.00万元");
    expect(en).toContain("is this year's appropriation; the tables give 600.00 万元");
  });
});
