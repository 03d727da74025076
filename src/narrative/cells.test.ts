/**
 * A table pasted into the 情况说明 as tab- or space-separated cells (`项目\t本年预算\t上年预算`,
 * `一般公共服务支出   648.00   600.00`), or rows a PDF's text layer joined as wrapped lines: the
 * compact text keeps a break between a figure and the next cell's figure, so a figure is never
 * two cells glued, and the second cell is no figure of the first cell's name.
 */
import { describe, expect, it } from "vitest";
import { functional2024 } from "../catalog/2024";
import { tableBuilder } from "../disclosure";
import { findings } from "../rules/test-support";
import { henan2024 } from "../templates";
import { checker, disclosure } from "./rules/test-support";
import { read } from "./test-support";
import { compact } from "./text";

const text = (s: string) => compact(s).text;

describe("compact: cells of a pasted table stay apart", () => {
  it.each([
    ["648.00\t600.00", "648.00\t600.00"],
    ["648.00   600.00", "648.00\t600.00"],
    ["648.00 600.00", "648.00\t600.00"],
    ["11,281,624  6,540,674", "11,281,624\t6,540,674"],
    ["648\u3000600", "648\t600"],
    ["648.00万元  600.00万元", "648.00万元\t600.00万元"],
    ["16.08%  -12.00%", "16.08%\t-12.00%"],
    ["６４８．００　６００．００", "648.00\t600.00"],
    ["1.2亿元 3亿元", "1.2亿元\t3亿元"],
  ])("%s", (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it("keeps the spaces a figure's words are printed with out of the text (no cell there)", () => {
    expect(text("支出合计 969.06 万元，增长 16.08 %")).toBe("支出合计969.06万元，增长16.08%");
    expect(text("本单位 2024 年 1 月")).toBe("本单位2024年1月");
    expect(text("（1） 100万元")).toBe("(1)100万元");
  });

  it("a line of figures joined as a wrap ends a cell after a whole figure, not inside a number", () => {
    const row =
      "969.06 682.06 609.28 21.10 49.68 2.00 287.00 53.50 233.50 969.06 682.06 609.28 21.10";
    expect(text(`${row}\n${row}`)).toBe(
      `${row.replaceAll(" ", "\t")}\t${row.replaceAll(" ", "\t")}`,
    );
    // a number a wrap split keeps its digits together
    expect(text("本单位2024年一般公共预算支出合计为1,23\n4.56万元。")).toBe(
      "本单位2024年一般公共预算支出合计为1,234.56万元。",
    );
  });

  it("the break is a clause's to the reader: the next cell is not a figure of the row's name", () => {
    const r = read(
      "教育支出（类）   1,234.56万元   1,000.00万元\n支出合计969.06万元 12.00万元",
      2024,
      {
        catalog: functional2024,
      },
    );
    expect(r.claims).toEqual([
      "amount spending|functional=205 1234.56万元 current budget equals [1,234.56万元]",
      "amount spending 969.06万元 current budget equals [969.06万元]",
    ]);
    expect(r.unplaced.map((u) => u.split(" in ")[0])).toEqual([
      "no-subject true [1,000.00万元]",
      "no-subject true [12.00万元]",
    ]);
  });

  it("bare cells are read as two numbers, neither glued", () => {
    const r = read("一般公共服务支出（类）\t648.00\t600.00", 2024);
    expect(r.unplaced.map((u) => u.split(" in ")[0])).toEqual([
      "bare false [648.00]",
      "bare false [600.00]",
    ]);
  });
});

describe("a pasted table in the 情况说明, checked against the tables", () => {
  const check = checker("narrative.");
  const gpb = tableBuilder(henan2024, "gpbExpenditure")
    .total({ total: "1882.56", basic: "1400.00", project: "482.56" })
    .functional("201", "一般公共服务支出", { total: "648.00", basic: "400.00", project: "248.00" })
    .functional("205", "教育支出", { total: "1234.56", basic: "1000.00", project: "234.56" })
    .build().value;
  const body = (education: string) =>
    [
      "一般公共预算支出情况如下：",
      "项目\t本年预算\t上年预算",
      "一般公共服务支出（类）\t648.00万元\t600.00万元",
      `教育支出（类）   ${education}万元   1,000.00万元`,
    ].join("\n");

  it("raises nothing on a correct text (last year's cells are no figures of this year)", () => {
    expect(findings(check(disclosure([gpb], body("1,234.56"))), "narrative.amount")).toEqual([]);
    expect(check(disclosure([gpb], body("1,234.56"))).findings).toEqual([]);
  });

  it("still catches a wrong figure in a cell", () => {
    const f = findings(check(disclosure([gpb], body("1,243.56"))), "narrative.amount");
    expect(f.map((x) => [x.severity, x.expected, x.actual])).toEqual([
      ["error", "1,234.56", "1,243.56"],
    ]);
  });
});
