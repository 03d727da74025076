/**
 * 八 of a 决算 情况说明 (政府性基金预算财政拨款收入支出决算情况): its 收入 and 支出 are read and held against
 * the 政府性基金 table and the 总表 (were not read: every figure a coverage gap); a sentence of 二 or
 * 四 naming the fund among others is not taken for it, and 八's numbered 项 are never 五(三)'s. A
 * wrong figure is found.
 */
import { describe, expect, it } from "vitest";
import type { Table } from "../../disclosure";
import { readFinalNarrative } from "./read";
import { finalAmountRule } from "./rules";
import { finalItemsRule } from "./rules-items";
import { run } from "./test-support";

/** 政府性基金预算财政拨款收入支出决算表: its 合计 row. */
const govFundTable = (revenue: string, spending: string): Table => ({
  kind: "govFund",
  unit: "万元",
  rows: [
    { key: { kind: "total" }, cells: { revenue, total: spending, basic: "", project: spending } },
  ],
});

describe("八: 政府性基金预算财政拨款收入 / 支出", () => {
  it.each([
    [
      "上海市某某局2024年度政府性基金预算财政拨款收入120.00万元，支出118.50万元。",
      "120.00",
      "118.50",
    ],
    [
      "2024年度政府性基金预算财政拨款收入120.00万元，政府性基金预算财政拨款支出118.50万元，支出具体情况如下：",
      "120.00",
      "118.50",
    ],
    ["政府性基金预算财政拨款收入为120万元，支出为118.5万元。", "120", "118.5"],
    ["本部门政府性基金预算财政拨款支出118.50万元。", undefined, "118.50"],
    [
      "与2023年度政府性基金预算财政拨款收入100.00万元相比，2024年度政府性基金预算财政拨款收入120.00万元，增加20.00万元。",
      "120.00",
      undefined,
    ],
    // the form's own words (`支出收入 XXX 万元`, its typo) give no 支出
    ["政府性基金预算财政拨款收入120.00万元，支出收入120.00万元，", "120.00", undefined],
  ])("%s", (text, revenue, spending) => {
    const r = readFinalNarrative(`八、政府性基金预算财政拨款收入支出决算情况说明\n${text}`);
    expect([r.govFund?.revenue?.value, r.govFund?.spending?.value]).toEqual([revenue, spending]);
  });

  it("does not take 二's or 四's sentence naming the fund among others", () => {
    for (const text of [
      "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%。",
      "财政拨款收入3060.05万元，其中：一般公共预算财政拨款收入2940.05万元，政府性基金预算财政拨款收入120.00万元；财政拨款支出3058.55万元。",
    ])
      expect(readFinalNarrative(text).govFund?.spending).toBeUndefined();
  });

  it("does not take 四's sentence for 八's under its heading, nor before 八 (review)", () => {
    const four =
      "2024年度财政拨款收入3060.05万元，其中：一般公共预算财政拨款收入2940.05万元，政府性基金预算财政拨款收入120.00万元，支出3058.55万元。";
    const r = readFinalNarrative(
      [
        "四、财政拨款收入支出决算总体情况说明",
        four,
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "2024年度政府性基金预算财政拨款收入120.00万元，支出118.50万元。",
      ].join("\n"),
    );
    expect([r.govFund?.revenue?.value, r.govFund?.spending?.value]).toEqual(["120.00", "118.50"]);
    expect(
      readFinalNarrative(`四、财政拨款收入支出决算总体情况说明\n${four}`).govFund,
    ).toBeUndefined();
  });

  it("checks them against the tables: agreeing, none; a wrong figure, found", () => {
    const text = (revenue: string, spending: string) => [
      "八、政府性基金预算财政拨款收入支出决算情况说明",
      `2024年度政府性基金预算财政拨款收入${revenue}万元，支出${spending}万元。`,
    ];
    const ok = run(finalAmountRule, text("120.00", "118.50"), [govFundTable("120.00", "118.50")]);
    expect([ok.outcome, ok.findings]).toEqual(["pass", []]);
    const wrong = run(finalAmountRule, text("120.00", "181.50"), [
      govFundTable("120.00", "118.50"),
    ]);
    expect(wrong.findings.map((f) => [f.severity, f.params.what, f.params.printed])).toEqual([
      ["error", "政府性基金预算财政拨款支出", "181.50"],
    ]);
  });

  it("never reads 八's numbered 项 as 五(三)'s, even with no 六 or 七 between", () => {
    const r = readFinalNarrative(
      [
        "（三）一般公共预算财政拨款支出决算具体情况",
        "一般公共预算财政拨款支出年初预算为241.13万元，支出决算为241.13万元，完成年初预算的100.00%。",
        "1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。年初预算为241.13万元，支出决算为241.13万元。决算数与预算数持平。",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "政府性基金预算财政拨款收入120.00万元，支出118.50万元，支出具体情况如下：",
        "1、城乡社区支出（类）国有土地使用权出让收入安排的支出（款）城市建设支出（项）。年初预算为100.00万元，支出决算为118.50万元。决算数大于预算数的主要原因：年中追加。",
      ].join("\n"),
    );
    expect(r.items.map((i) => i.outcome?.value)).toEqual(["241.13"]);
    expect(r.govFund?.spending?.value).toBe("118.50");
    // and the 五(三) rule has nothing of 八 to judge
    expect(
      run(finalItemsRule, [
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "1、城乡社区支出（类）国有土地使用权出让收入安排的支出（款）城市建设支出（项）。年初预算为100.00万元，支出决算为118.50万元。",
      ]).outcome,
    ).toBe("not-applicable");
  });
});

describe("八's 项: each 决算 against the 政府性基金 table", () => {
  const row = (code: string, name: string, total: string) => ({
    key: { kind: "functional" as const, code },
    name,
    cells: { total, basic: "", project: total },
  });
  const TABLE: Table = {
    kind: "govFund",
    unit: "万元",
    rows: [
      {
        key: { kind: "total" },
        cells: { revenue: "120.00", total: "118.50", basic: "", project: "118.50" },
      },
      row("212", "城乡社区支出", "118.50"),
      row("21208", "国有土地使用权出让收入安排的支出", "118.50"),
      row("2120803", "城市建设支出", "118.50"),
    ],
  };
  const text = (outcome: string, word = "大于") => [
    "八、政府性基金预算财政拨款收入支出决算情况说明",
    "政府性基金预算财政拨款收入120.00万元，支出118.50万元，支出具体情况如下：",
    `1、城乡社区支出（类）国有土地使用权出让收入安排的支出（款）城市建设支出（项）。主要用于：老旧小区改造。年初预算为100.00万元，支出决算为${outcome}万元。决算数${word}预算数的主要原因：年中追加。`,
  ];

  it("reads them apart from 五(三)'s", () => {
    const r = readFinalNarrative(text("118.50").join("\n"));
    expect(r.items).toEqual([]);
    expect(r.govFund?.items?.map((i) => [i.budget?.value, i.outcome?.value])).toEqual([
      ["100.00", "118.50"],
    ]);
  });

  it("passes an item agreeing with the table, finds a wrong 决算 and a wrong word", () => {
    expect(run(finalItemsRule, text("118.50"), [TABLE]).findings).toEqual([]);
    expect(run(finalItemsRule, text("181.50"), [TABLE]).findings.map((f) => f.params.kind)).toEqual(
      ["outcome"],
    );
    expect(
      run(finalItemsRule, text("118.50", "小于"), [TABLE]).findings.map((f) => f.params.kind),
    ).toEqual(["word"]);
  });
});
