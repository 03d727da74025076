/**
 * narrative.percent on shares of a whole the text names but does not print (`占本年支出合计的…`):
 * the whole's figure is the tables', the part's the text's (or the tables' where they differ),
 * and a whole no table prints leaves the share unchecked, never a finding.
 */
import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { findings, one, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure } from "./test-support";

const check = checker("narrative.percent");
// 682.06 / 969.06 = 70.38%, 287.00 / 969.06 = 29.62%
const expenditure = tableBuilder(henan2024, "expenditure")
  .total({ total: "969.06", basic: "682.06", project: "287.00" })
  .build().value;
const run = (body: string, tables = [expenditure]) => check(disclosure(tables, body));

describe("narrative.percent: a share of a whole named, its figure from the tables", () => {
  it.each([
    "基本支出682.06万元，占本年支出合计的70.38%。",
    "基本支出682.06万元，占支出合计的70.38%，项目支出287.00万元，占支出合计的29.62%。",
    "基本支出、项目支出分别为682.06万元、287.00万元，分别占支出合计的70.38%、29.62%。",
  ])("%s passes", (body) => {
    const r = run(body);
    expect([outcome(r, "narrative.percent"), findings(r, "narrative.percent")]).toEqual([
      "pass",
      [],
    ]);
  });

  it("a share that does not recompute against the table's whole is an error", () => {
    const f = one(run("基本支出682.06万元，占本年支出合计的70.83%。"), "narrative.percent");
    expect([f.severity, f.expected, f.actual]).toEqual(["error", "70.38", "70.83"]);
  });

  it("the second of two shares, wrong: found on its own", () => {
    const f = one(
      run("基本支出682.06万元，占支出合计的70.38%，项目支出287.00万元，占支出合计的29.26%。"),
      "narrative.percent",
    );
    expect([f.expected, f.actual]).toEqual(["29.62", "29.26"]);
  });

  it("a whole no table prints (财政拨款支出 without a 财政拨款 table): not checked", () => {
    const r = run("基本支出682.06万元，占财政拨款支出的50.00%。");
    expect([outcome(r, "narrative.percent"), findings(r, "narrative.percent")]).toEqual([
      "not-applicable",
      [],
    ]);
  });

  it("a part the text misprints, its share right by the tables: no percent finding", () => {
    // 682.60 is misprinted (narrative.amount says so); 682.06 / 969.06 = 70.38% holds
    const r = run("基本支出682.60万元，占本年支出合计的70.38%。");
    expect(findings(r, "narrative.percent")).toEqual([]);
  });
});
