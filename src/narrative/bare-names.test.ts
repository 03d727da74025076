/**
 * A 类 or 款 named without （类） or 科目, its figure right after its name (`其中：一般公共服务支出
 * 648.00万元，教育支出1,234.56万元`): read where the name is a known 类/款 name (the tables' own or
 * the catalog's), never an ordinary word, a short label, a 其他 or a use's money.
 */
import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import { tableBuilder } from "../disclosure";
import { findings } from "../rules/test-support";
import { henan2024 } from "../templates";
import { checker, disclosure } from "./rules/test-support";
import { read } from "./test-support";

const claims = (text: string) => read(text, 2024, { catalog: functional2024 }).claims;
const unplaced = (text: string) =>
  read(text, 2024, { catalog: functional2024 }).unplaced.map((u) => u.split(" in ")[0]);

describe("a 类 or 款 named alone before its figure", () => {
  it.each([
    [
      "2024年一般公共预算支出1,882.56万元，其中：一般公共服务支出648.00万元，教育支出1,234.56万元。",
      [
        "amount spending|fund=gpb 1882.56万元 current budget equals [1,882.56万元]",
        "amount spending|functional=201|fund=gpb 648.00万元 current budget equals [648.00万元]",
        "amount spending|functional=205|fund=gpb 1234.56万元 current budget equals [1,234.56万元]",
      ],
    ],
    // a lead-in naming the fund, filler words between name and figure, 其中 without a colon
    [
      "一般公共预算支出按功能分类，一般公共服务支出为648.00万元；教育支出预算安排1,234.56万元。",
      [
        "amount spending|functional=201|fund=gpb 648.00万元 current budget equals [648.00万元]",
        "amount spending|functional=205|fund=gpb 1234.56万元 current budget equals [1,234.56万元]",
      ],
    ],
    [
      "财政拨款支出中，其中一般公共服务支出648.00万元。",
      [
        "amount spending|functional=201|fund=government 648.00万元 current budget equals [648.00万元]",
      ],
    ],
    [
      "一般公共预算社会保障和就业支出73.69万元。",
      ["amount spending|functional=208|fund=gpb 73.69万元 current budget equals [73.69万元]"],
    ],
    // a 款 of the catalog; a former name
    [
      "其中：行政事业单位养老支出52.59万元。",
      ["amount spending|functional=20805 52.59万元 current budget equals [52.59万元]"],
    ],
    [
      "其中：医疗卫生与计划生育支出47.28万元。",
      ["amount spending|functional=210 47.28万元 current budget equals [47.28万元]"],
    ],
  ])("%s", (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it("the parts of a nature's spending are that nature's part of each 科目, named alone or with its level", () => {
    for (const level of ["", "（类）"])
      expect(
        claims(
          `项目支出482.56万元，其中：一般公共服务支出${level}248.00万元，教育支出${level}234.56万元。`,
        ),
      ).toEqual([
        "amount spending|nature=project 482.56万元 current budget equals [482.56万元]",
        "amount spending|functional=201|nature=project 248.00万元 current budget equals [248.00万元]",
        "amount spending|functional=205|nature=project 234.56万元 current budget equals [234.56万元]",
      ]);
  });

  it("a 支出预算 / 支出合计 ending a 科目's name is the 科目's figure, not the document's spending", () => {
    expect(claims("教育支出预算1,234.56万元。")).toEqual([
      "amount spending|functional=205 1234.56万元 current budget equals [1,234.56万元]",
    ]);
    expect(claims("2024年支出预算1,882.56万元。")).toEqual([
      "amount spending 1882.56万元 current budget equals [1,882.56万元]",
    ]);
  });

  it.each([
    // a use's money is a part of the 科目, not its figure
    "项目支出482.56万元，主要用于教育支出234.56万元。",
    // a 其他 is a 科目 only under its parent (and an economic 科目's name)
    "工资福利支出100.00万元，其他支出5.00万元。",
    // a short label, an unknown name, words before the name
    "教育1,234.56万元。",
    "办公支出648.00万元。",
    "全年教育支出1,234.56万元。",
  ])("leaves unread: %s", (text) => {
    expect(claims(text).filter((c) => c.includes("functional="))).toEqual([]);
  });
});

describe("a second figure in the clause of a path's figure", () => {
  it.each([
    [
      "一般公共服务支出（类）635.07万元和社会保障和就业支出（类）73.69万元。",
      [
        "amount spending|functional=201 635.07万元 current budget equals [635.07万元]",
        "amount spending|functional=208 73.69万元 current budget equals [73.69万元]",
      ],
    ],
    [
      "一般公共服务支出635.07万元和社会保障和就业支出73.69万元。",
      [
        "amount spending|functional=201 635.07万元 current budget equals [635.07万元]",
        "amount spending|functional=208 73.69万元 current budget equals [73.69万元]",
      ],
    ],
    // words the reader cannot read name the second figure: not the path's
    [
      "一般公共服务支出（类）635.07万元和其他支出73.69万元。",
      ["amount spending|functional=201 635.07万元 current budget equals [635.07万元]"],
    ],
    [
      "一般公共服务支出635.07万元及办公支出73.69万元。",
      ["amount spending|functional=201 635.07万元 current budget equals [635.07万元]"],
    ],
    // the path's own change, in the same clause, is the path's
    [
      "一般公共服务支出（类）635.07万元比上年增加100.00万元。",
      [
        "amount spending|functional=201 635.07万元 current budget equals [635.07万元]",
        "change spending|functional=201 up 100.00 budget [100.00万元]",
      ],
    ],
  ])("%s", (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe("a 类 named alone before its comparison with last year", () => {
  it.each([
    [
      "教育支出比上年增加100.00万元。",
      ["change spending|functional=205 up 100.00 budget [100.00万元]"],
    ],
    [
      "教育支出较上年减少100.00万元。",
      ["change spending|functional=205 down -100.00 budget [100.00万元]"],
    ],
    [
      "一般公共服务支出较2023年增加100.00万元，增长18.69%，主要原因是人员增加。",
      [
        "change spending|functional=201 up 100.00 budget [100.00万元]",
        "percent growth spending|functional=201 18.69 up d0",
      ],
    ],
    ["一般公共服务支出同比增长18.69%。", ["percent growth spending|functional=201 18.69 up"]],
    [
      "一般公共服务支出与上年相比增加100万元。",
      ["change spending|functional=201 up 100 budget [100万元]"],
    ],
    ["教育支出预算比上年增加100万元。", ["change spending|functional=205 up 100 budget [100万元]"]],
    [
      "其中：一般公共服务支出比上年增加100.00万元，社会保障和就业支出与上年持平。",
      [
        "change spending|functional=201 up 100.00 budget [100.00万元]",
        "change spending|functional=208 flat - budget [持平]",
      ],
    ],
  ])("%s", (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it("a use named before the comparison is not what it compares", () => {
    expect(unplaced("项目支出主要用于教育支出，比上年增加100.00万元。")).toEqual([
      "no-subject true [100.00万元]",
    ]);
  });
});

describe("a 类 named alone, checked against the tables", () => {
  const check = checker("narrative.");
  const gpb = tableBuilder(henan2024, "gpbExpenditure")
    .total({ total: "1882.56", basic: "1400.00", project: "482.56" })
    .functional("201", "一般公共服务支出", { total: "648.00", basic: "400.00", project: "248.00" })
    .functional("205", "教育支出", { total: "1234.56", basic: "1000.00", project: "234.56" })
    .build().value;
  const all = tableBuilder(henan2024, "expenditure")
    .total({ total: "1882.56", basic: "1400.00", project: "482.56" })
    .functional("201", "一般公共服务支出", { total: "648.00", basic: "400.00", project: "248.00" })
    .functional("205", "教育支出", { total: "1234.56", basic: "1000.00", project: "234.56" })
    .build().value;
  const run = (body: string) => findings(check(disclosure([gpb, all], body)), "narrative.amount");

  it.each([
    "2024年一般公共预算支出1,882.56万元，其中：一般公共服务支出648.00万元，教育支出1,234.56万元。",
    "一般公共预算支出按功能分类，一般公共服务支出648.00万元，占34.42%；教育支出1,234.56万元，占65.58%。",
    "项目支出482.56万元，其中：一般公共服务支出248.00万元，教育支出234.56万元。",
    "基本支出1,400.00万元，其中：一般公共服务支出（类）400.00万元，教育支出（类）1,000.00万元。",
  ])("raises nothing on a correct text: %s", (body) => {
    expect(run(body)).toEqual([]);
  });

  it("still catches a wrong figure of a 类 named alone, or of a nature's part", () => {
    expect(
      run(
        "2024年一般公共预算支出1,882.56万元，其中：一般公共服务支出648.00万元，教育支出1,243.56万元。",
      ).map((f) => [f.expected, f.actual]),
    ).toEqual([["1,234.56", "1,243.56"]]);
    expect(
      run("项目支出482.56万元，其中：一般公共服务支出250.00万元，教育支出234.56万元。").map((f) => [
        f.expected,
        f.actual,
      ]),
    ).toEqual([["248.00", "250.00"]]);
  });

  it("a 类's change named alone is checked against last year's tables: right passes, wrong is found", () => {
    const lastYear = tableBuilder(henan2024, "expenditure")
      .total({ total: "1782.56", basic: "1300.00", project: "482.56" })
      .functional("201", "一般公共服务支出", {
        total: "548.00",
        basic: "300.00",
        project: "248.00",
      })
      .functional("205", "教育支出", { total: "1234.56", basic: "1000.00", project: "234.56" })
      .build().value;
    const prior = {
      prior: {
        disclosure: disclosure([lastYear], "", henan2024, 2023),
        template: henan2024,
        stage: "budget" as const,
      },
    };
    const alarms = (body: string) =>
      check(disclosure([gpb, all], body), henan2024, prior).findings.filter(
        (f) => f.severity !== "info",
      );
    expect(
      alarms("一般公共服务支出比上年增加100.00万元，主要原因是人员增加；教育支出与上年持平。"),
    ).toEqual([]);
    expect(
      alarms("一般公共服务支出比上年增加110.00万元，主要原因是人员增加。").map((f) => f.ruleId),
    ).toEqual(["narrative.priorYear"]);
  });
});
