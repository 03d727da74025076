import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import type { Table } from "../disclosure";
import { extractClaims } from "./extract";
import { amounts, changes } from "./test-support";

describe("extractClaims: totals, funds and natures", () => {
  it("reads the Henan totals paragraph: two totals, the change of both, the growth of both", () => {
    const r = extractClaims(
      "中共洛阳市涧西区委办公室 2024年收入总计 969.06万元，支出总计 969.06 万元，与 2023 年预算相比，收支总计各增加134.22 万元，增长 16.08%。",
      { year: 2024 },
    );
    expect(amounts(r)).toEqual(["revenue.total = 969.06万元", "spending.total = 969.06万元"]);
    expect(changes(r)).toEqual(["revenue.total up 134.22", "spending.total up 134.22"]);
    const growth = r.claims.filter((c) => c.kind === "percent");
    expect(growth.map((c) => c.kind === "percent" && [c.relation, c.percent, c.direction])).toEqual(
      [
        ["growth", "16.08", "up"],
        ["growth", "16.08", "up"],
      ],
    );
    // each growth rate points at its own change and at the current figure before it
    const [g] = growth;
    if (g?.kind !== "percent" || g.delta === undefined || g.current === undefined)
      throw new Error("no operands");
    expect(r.claims[g.delta]?.kind).toBe("change");
    expect(r.claims[g.current]?.kind === "amount" && r.claims[g.current]?.span.text).toBe(
      "969.06万元",
    );
    expect(r.unplaced).toEqual([]);
  });

  it("keeps each span as printed, spaces and full-width characters included", () => {
    const text = "支出总计 ９６９．０６ 万元。";
    const [c] = extractClaims(text).claims;
    expect(c?.span).toEqual({ start: 5, end: 14, text: "９６９．０６ 万元" });
    expect(c?.kind === "amount" && [c.value.value, c.value.decimals]).toEqual(["969.06", 2]);
  });

  it("gives the parts after 其中 the fund of their whole, and the share its whole", () => {
    const r = extractClaims(
      "2024年一般公共预算基本支出年初预算为 682.06万元。其中：人员经费支出 630.38万元，占92.42%；公用经费支出 51.68万元，占 7.58%。",
    );
    expect(amounts(r)).toEqual([
      "spending|fund=gpb|nature=basic = 682.06万元",
      "spending|fund=gpb|nature=basic.personnel = 630.38万元",
      "spending|fund=gpb|nature=basic.public = 51.68万元",
    ]);
    const shares = r.claims.flatMap((c) =>
      c.kind === "percent" ? [[c.percent, c.part, c.whole]] : [],
    );
    expect(shares).toEqual([
      ["92.42", 1, 0],
      ["7.58", 3, 0],
    ]);
  });

  it("takes the fund of a heading for the paragraphs under it, until the next heading", () => {
    const r = extractClaims(
      [
        "五、一般公共预算支出预算情况说明",
        "本单位2024年支出年初预算为 969.06万元。其中：基本支出 682.06万元，占 70.38%。",
        "三、支出预算总体情况说明",
        "本单位2024年支出合计 969.06万元，其中：基本支出 682.06万元。",
      ].join("\n"),
    );
    expect(amounts(r)).toEqual([
      "spending|fund=gpb = 969.06万元",
      "spending|fund=gpb|nature=basic = 682.06万元",
      "spending = 969.06万元",
      "spending|nature=basic = 682.06万元",
    ]);
  });

  it("reads every income source of the Shanghai wording, 元 and 万元 alike", () => {
    const r = extractClaims(
      "2024年，本单位收入预算12,121,164元，其中：财政拨款收入9,501,164元，比2023年预算增加4,600元；事业收入262.00万元；事业单位经营收入0.00万元；其他收入0万元。",
    );
    expect(amounts(r)).toEqual([
      "revenue = 12121164元",
      "revenue|fund=government = 9501164元",
      "revenue|fund=business = 262.00万元",
      "revenue|fund=operating = 0.00万元",
      "revenue|fund=other = 0万元",
    ]);
    expect(changes(r)).toEqual(["revenue|fund=government up 4600"]);
  });

  it("reads 财政拨款支出 and its funds, 持平, and a bare `为0` in the paragraph's unit", () => {
    const r = extractClaims(
      "财政拨款支出预算中，一般公共预算拨款支出预算950.12万元，比2023年预算增加0.46万元；政府性基金拨款支出预算为0；国有资本经营预算拨款支出预算0.00万元，与2023年预算持平。",
      { year: 2024 },
    );
    expect(amounts(r)).toEqual([
      "spending|fund=gpb = 950.12万元",
      "spending|fund=govFund = 0万元",
      "spending|fund=soe = 0.00万元",
    ]);
    expect(changes(r)).toEqual(["spending|fund=gpb up 0.46", "spending|fund=soe flat"]);
  });
});

describe("extractClaims: changes in other districts' words", () => {
  const variants: readonly (readonly [string, string])[] = [
    ["公务接待费2.50万元，比上年减少1.00万元。", "down -1.00"],
    ["公务接待费2.50万元，较上年减少1.00万元。", "down -1.00"],
    ["公务接待费2.50万元，较上年度下降1.00万元。", "down -1.00"],
    ["公务接待费2.50万元，与上年相比减少1.00万元。", "down -1.00"],
    ["公务接待费2.50万元，同比降低1.00万元。", "down -1.00"],
    ["公务接待费2.50万元，比2023年增加1.00万元。", "up 1.00"],
    ["公务接待费2.50万元，与2023年相比增长1.00万元。", "up 1.00"],
    ["公务接待费2.50万元，与上年持平。", "flat"],
    ["公务接待费2.50万元，与2023年预算保持一致。", "flat"],
    ["公务接待费2.50万元，与上年相比没有变化。", "flat"],
  ];
  it.each(variants)("%s", (text, change) => {
    const r = extractClaims(text, { year: 2024 });
    expect(amounts(r)).toEqual(["sanGong|item=reception = 2.50万元"]);
    expect(changes(r)).toEqual([`sanGong|item=reception ${change}`]);
  });

  it("attributes `预算数比…` in a later sentence to the figure the paragraph is about, not a word it mentions", () => {
    const r = extractClaims(
      "本单位2024年机构运转经费支出预算49.68万元，包含公用经费、工会经费等，预算数比2023年增加6.13万元。",
    );
    expect(changes(r)).toEqual(["operatingCost up 6.13"]);
  });

  it("reads last year's execution, this year's budget and the rate between them", () => {
    const r = extractClaims(
      "“社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）”53.84万元。2023年当年预算执行数为54.60万元，2024年预算安排53.84万元，比2023年预算执行数减少1.39%。",
      { year: 2024, catalog: functional2024 },
    );
    const got = r.claims.map((c) =>
      c.kind === "amount"
        ? `${c.value.value} ${c.period} ${c.basis}`
        : c.kind === "percent"
          ? `${c.relation} ${c.percent} ${c.direction} ${c.previous} ${c.current}`
          : c.kind,
    );
    expect(got).toEqual([
      "53.84 current budget",
      "54.60 prior execution",
      "53.84 current budget",
      "growth 1.39 down 1 2",
    ]);
    expect(r.claims.every((c) => "subject" in c && c.subject.coords.functional === "2080502")).toBe(
      true,
    );
  });
});

describe("extractClaims: 科目 paths", () => {
  const tables: readonly Table[] = [
    {
      kind: "expenditure",
      unit: "元",
      rows: [
        { key: { kind: "functional", code: "20810" }, name: "社会福利", cells: {} },
        { key: { kind: "functional", code: "2081005" }, name: "社会福利事业单位", cells: {} },
      ],
    },
  ];

  it("resolves a 类/款/项 path through the tables' names where the catalog lacks them", () => {
    const r = extractClaims(
      "4. “社会保障和就业支出（类）社会福利（款）社会福利事业单位（项）”738.66万元，主要用于人员经费及公用经费。",
      { year: 2024, catalog: functional2024, tables },
    );
    expect(amounts(r)).toEqual(["spending|functional=2081005 = 738.66万元"]);
    const c = r.claims[0];
    expect(c?.kind === "amount" && c.path?.names.map((n) => n.level)).toEqual(["类", "款", "项"]);
  });

  it("resolves 款/项 only, and a quoted 类 followed by 科目", () => {
    const r = extractClaims(
      "社会福利（款）社会福利事业单位（项）738.66万元；“一般公共服务支出”科目12,789万元。",
      { year: 2025, catalog: functional2024, tables },
    );
    expect(amounts(r)).toEqual([
      "spending|functional=2081005 = 738.66万元",
      "spending|functional=201 = 12789万元",
    ]);
  });

  it("keeps an unknown 科目 name as unplaced, not guessed", () => {
    const r = extractClaims("“不存在的支出（类）”12.00万元。", { catalog: functional2024 });
    expect(r.claims).toEqual([]);
    expect(r.unplaced.map((u) => [u.reason, u.span.text, u.carriesAmount])).toEqual([
      ["unknown-name", "12.00万元", true],
    ]);
  });
});
