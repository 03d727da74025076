/**
 * False alarms that `narrative.amount` must not raise: 人员经费 / 公用经费 named as a part of
 * another whole than 基本支出 (`项目支出中人员经费…`, `机关运行经费中，公用经费…`, `49.68万元中
 * 公用经费…`, `项目支出…，其中用于公用经费…`, `…主要用于…公用经费补助…`) are not the department's
 * basic 人员经费 / 公用经费. A whole introduced by `X中` scopes its parts as `其中` does, to the `；`
 * or the sentence end. The basic ones, named alone, after `基本支出中` or in 基本支出's 其中 list,
 * are still checked.
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { findings } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { read } from "../test-support";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.amount", "narrative.consistent");
// 人员经费 630.38 (600.00 + 30.38), 公用经费 51.68, 机关运行经费 49.68
const tables = [
  tableBuilder(henan2024, "expenditure")
    .total({
      total: "969.06",
      basic: "682.06",
      "basic.salary": "600.00",
      "basic.family": "30.38",
      "basic.goods": "51.68",
      project: "287.00",
      "project.operating": "287.00",
    })
    .build().value,
  tableBuilder(henan2024, "operatingCost").total({ total: "49.68" }).build().value,
];
const run = (body: string) => {
  const r = check(disclosure(tables, body));
  return [...findings(r, "narrative.amount"), ...findings(r, "narrative.consistent")];
};
const found = (body: string) => run(body).map((f) => [f.expected, f.actual]);

describe("人员经费 / 公用经费 of another whole are not basic spending's", () => {
  it.each([
    ["项目支出287.00万元，项目支出中人员经费53.50万元，公用经费233.50万元。", "53.50万元"],
    ["项目支出287.00万元，项目支出中的人员经费53.50万元。", "53.50万元"],
    ["项目支出中，人员经费53.50万元，公用经费233.50万元。", "233.50万元"],
    ["项目支出287.00万元，其中：人员经费53.50万元，公用经费233.50万元。", "53.50万元"],
    ["项目支出287.00万元，其中用于公用经费支出233.50万元。", "233.50万元"],
    ["项目支出287.00万元，主要用于保障机关运转的公用经费补助20.00万元。", "20.00万元"],
    [
      "2024年机关运行经费预算49.68万元。机关运行经费中，公用经费15.52万元，工会经费5.65万元。",
      "15.52万元",
    ],
    ["2024年机关运行经费预算49.68万元，49.68万元中公用经费15.52万元。", "15.52万元"],
    ["2024年机关运行经费预算49.68万元，49.68万元中，人员经费10.00万元。", "10.00万元"],
  ])("%s: no finding, %s not read as basic's", (body, figure) => {
    expect(run(body)).toEqual([]);
    const basic = read(body).claims.filter((c) => c.includes("basic.") && c.includes(figure));
    expect(basic).toEqual([]);
  });
});

describe("basic spending's 人员经费 / 公用经费 are still checked", () => {
  it.each([
    "人员经费600.00万元。",
    "基本支出中人员经费600.00万元。",
    "基本支出682.06万元，其中：人员经费600.00万元，公用经费51.68万元。",
    "基本支出682.06万元，基本支出中人员经费600.00万元，公用经费51.68万元。",
    "支出合计969.06万元中，人员经费600.00万元。",
    "支出合计969.06万元，其中：基本支出682.06万元，其中人员经费600.00万元，公用经费51.68万元；项目支出287.00万元。",
    "机关运行经费中，公用经费15.52万元；人员经费600.00万元。",
  ])("a wrong 人员经费 (600.00 for 630.38) is found: %s", (body) => {
    expect(found(body)).toEqual([["630.38", "600.00"]]);
  });

  it("a right one passes (基本支出中人员经费630.38万元，公用经费51.68万元)", () => {
    expect(run("基本支出中人员经费630.38万元，公用经费51.68万元。")).toEqual([]);
  });
});
