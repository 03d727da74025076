/**
 * Figures of the 决算 text printed in different units (`增加0.12亿元` beside `12345.67万元`): every
 * comparison across units holds within the rounding of the coarser printed figure (a figure in 亿元
 * to two decimals stands for anything within 50 万元 of it), never as if it were exact, in
 * final.narrative.growth, .procurement, .budgetItems and .rate. A figure off by more than that
 * rounding is still found. Every expected figure is worked out by hand.
 */
import { describe, expect, it } from "vitest";
import type { Row, Table } from "../../disclosure";
import { finalRateRule } from "./rules";
import { finalItemsRule } from "./rules-items";
import { finalChangeRule, finalProcurementRule } from "./rules-more";
import { run } from "./test-support";

/** The findings as `severity kind`. */
const kinds = (r: ReturnType<typeof run>) =>
  r.findings.map((f) => `${f.severity} ${f.params.kind}`);
/** The findings above info. */
const serious = (r: ReturnType<typeof run>) => kinds(r).filter((k) => !k.startsWith("info"));

describe("final.narrative.growth: a change in 亿元 against this year's figure in 万元", () => {
  // 2,995.39 − 3,052.34 = −56.95 万元, printed to the 百万: 0.01亿元 (50 to 150 万元): 1.87% is
  // 56.95 ÷ 3,052.34, within 50 ÷ 3,045.39 = 1.64% to 150 ÷ 3,145.39 = 4.77%
  it.each([
    "某局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少0.01亿元，下降1.87%。",
    "某局2024年度收入支出总计2995.39万元，比2023年度减少0.01亿元，下降1.9%。",
    // 12,345.67 − 11,150.12 = 1,195.55: 0.12亿元, 10.72%
    "某中心2024年度收入支出总计12345.67万元，比2023年度增加0.12亿元，增长10.72%。",
    "某中心2024年度收入支出总计12345.67万元，比2023年度（11150.12万元）增加0.12亿元，增长10.72%。",
    "某中心2024年度收入支出总计12345.67万元，比2023年度11150.12万元增加0.12亿，增长10.7%。",
    // this year's in 亿元 (1.23亿元 is 12,250 to 12,350 万元), the change in 万元
    "某中心2024年度收入支出总计1.23亿元，比2023年度增加1100.00万元，增长9.82%。",
  ])("%s: no warning", (text) => {
    expect(serious(run(finalChangeRule, [text]))).toEqual([]);
  });

  it("still finds a rate no value within the rounding gives (1.64% to 4.77%: 9.87%)", () => {
    const r = run(finalChangeRule, [
      "某局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少0.01亿元，下降9.87%。",
    ]);
    expect(kinds(r)).toEqual(["error rate"]);
  });

  it("still finds last year's figure off by more than the change's rounding (50 万元)", () => {
    // 12,345.67 − 1,200 = 11,145.67, the printed 0.12亿元 allowing 11,095.67 to 11,195.67
    const r = run(finalChangeRule, [
      "某中心2024年度收入支出总计12345.67万元，比2023年度（11250.12万元）增加0.12亿元。",
    ]);
    expect(kinds(r)).toEqual(["error prior"]);
    expect(r.findings[0]?.params).toMatchObject({ printed: "11250.12", computed: "11145.67" });
  });

  it("keeps last year's figure exact where every figure is printed to the same 万元", () => {
    const r = run(finalChangeRule, [
      "某中心2024年度收入支出总计12345.67万元，比2023年度（11145.68万元）增加1200.00万元。",
    ]);
    expect(kinds(r)).toEqual(["error prior"]);
  });
});

describe("final.narrative.procurement: parts, 中小企业 and 小微企业 in another unit than the total", () => {
  const head = (total: string, goods: string, works: string, services: string) =>
    `本部门2024年度政府采购金额为${total}，其中：货物采购金额${goods}、工程采购金额${works}、服务采购金额${services}。`;
  const national = (sme: string, micro: string) =>
    `2024年度本部门政府采购支出总额3050.12万元，其中：政府采购货物支出1234.56万元、政府采购工程支出800.00万元、政府采购服务支出1015.56万元。授予中小企业合同金额${sme}，占政府采购支出总额的100%，其中：授予小微企业合同金额${micro}，占政府采购支出总额的100%。`;

  it.each([
    // 0.12 + 0.08 + 0.10 = 0.30亿元, each ± 50 万元: 2,850 to 3,150 万元 hold 3,050.12
    [head("3050.12万元", "0.12亿元", "0.08亿元", "0.10亿元")],
    [head("0.31亿元", "1234.56万元", "800.00万元", "1015.56万元")],
    // 0.31亿元 won of 3,050.12 万元: 3,050 to 3,150 万元, so it may be all of it
    [national("0.31亿元", "3050.12万元")],
    [national("3050.12万元", "0.31亿元")],
  ])("%s: no warning", (text) => {
    expect(serious(run(finalProcurementRule, [text]))).toEqual([]);
  });

  it("still finds parts beyond their rounding (0.12 + 0.08 + 0.05 = 0.25亿元, 2,350 to 2,650)", () => {
    const r = run(finalProcurementRule, [head("3050.12万元", "0.12亿元", "0.08亿元", "0.05亿元")]);
    expect(kinds(r)).toEqual(["error sum"]);
  });

  it("still finds 中小企业 and 小微企业 above the total beyond the 亿元's rounding", () => {
    // 0.32亿元 is at least 3,150 万元 > 3,050.12; 3,100.00 万元 of 小微 > 0.30亿元 (at most 3,050)
    expect(kinds(run(finalProcurementRule, [national("0.32亿元", "3050.12万元")]))).toEqual([
      "error sme",
    ]);
    expect(kinds(run(finalProcurementRule, [national("0.30亿元", "3100.00万元")]))).toEqual([
      "error micro",
    ]);
  });
});

describe("final.narrative.budgetItems: 五(三) budgets in 亿元", () => {
  /** A 一般公共预算财政拨款支出决算表 row: code, name, 合计 (all basic). */
  const row = (code: string, name: string, total: string): Row => ({
    key: { kind: "functional", code },
    name,
    cells: { total, basic: total, project: "" },
  });
  const TABLE: Table = {
    kind: "gpbExpenditure",
    unit: "万元",
    rows: [
      row("208", "社会保障和就业支出", "2411.30"),
      row("20805", "行政事业单位养老支出", "2411.30"),
      row("2080501", "行政单位离退休", "9.40"),
      row("2080505", "机关事业单位基本养老保险缴费支出", "1607.50"),
      row("2080506", "机关事业单位职业年金缴费支出", "794.40"),
      { key: { kind: "total" }, cells: { total: "2411.30", basic: "2411.30", project: "" } },
    ],
  };
  const items = (total: string, second: string, word = "持平") => [
    "（三）一般公共预算财政拨款支出决算具体情况",
    `一般公共预算财政拨款支出年初预算为${total}，支出决算为2411.30万元。`,
    "1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。年初预算为9.40万元，支出决算为9.40万元。决算数与预算数持平。",
    `2、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算为${second}，支出决算为1607.50万元。决算数与预算数${word}。`,
    "3、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。年初预算为794.40万元，支出决算为794.40万元。决算数与预算数持平。",
  ];
  const at = (total: string, second: string, word?: string) =>
    run(finalItemsRule, items(total, second, word), [TABLE]);

  it("passes the items in 万元 (the base case)", () => {
    expect(kinds(at("2411.30万元", "1607.50万元"))).toEqual([]);
  });

  it.each([
    // 0.24亿元 is 2,350 to 2,450 万元: the items' 2,411.30 within it
    ["0.24亿元", "1607.50万元"],
    // 0.16亿元 is 1,550 to 1,650 万元: the sum (2,403.80) is 2,353.80 to 2,453.80, and 持平 may be
    ["2411.30万元", "0.16亿元"],
  ])("total %s, item %s: no warning", (total, second) => {
    expect(serious(at(total, second))).toEqual([]);
  });

  it("still finds a total no rounding explains, and a word beyond the rounding", () => {
    // 0.26亿元 is at least 2,550 万元
    expect(kinds(at("0.26亿元", "1607.50万元"))).toEqual(["error sum"]);
    // 0.18亿元 is at least 1,750 万元 against 1,607.50: not 持平 (the sum 2,603.80 is off too)
    expect(kinds(at("2411.30万元", "0.18亿元"))).toEqual(["error sum", "error word"]);
  });
});

describe("final.narrative.rate: the outcome in 亿元 against the budget and the change in 万元", () => {
  const text = (outcome: string, delta: string, rate = "3.55") =>
    `一般公共预算财政拨款支出年初预算为2500.00万元，支出决算为${outcome}，完成年初预算的96.45%。决算数比年初预算减少${delta}万元，下降${rate}%。`;

  it("passes 减少88.70万元 for 0.24亿元 (2,350 to 2,450) less 2,500.00: −150 to −50", () => {
    expect(serious(run(finalRateRule, [text("0.24亿元", "88.70")]))).toEqual([]);
  });

  it("still finds 减少188.70万元 there", () => {
    expect(serious(run(finalRateRule, [text("0.24亿元", "188.70", "7.55")]))).toEqual([
      "error budgetDelta",
    ]);
  });
});
