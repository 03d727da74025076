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

describe("narrative.percent: a whole named without a fund, under a fund's 其中 whole", () => {
  // all funds 1,031.06 (of which 一般公共预算 1,021.06); 287.00 / 1,031.06 = 27.84%,
  // 287.00 / 1,021.06 = 28.11%; 734.06 / 1,031.06 = 71.19%, 734.06 / 1,021.06 = 71.89%
  const tables = [
    tableBuilder(henan2024, "expenditure")
      .total({ total: "1031.06", basic: "744.06", project: "287.00" })
      .build().value,
    tableBuilder(henan2024, "gpbExpenditure")
      .total({ total: "1021.06", basic: "734.06", project: "287.00" })
      .build().value,
  ];
  it.each([
    "2024年一般公共预算支出1021.06万元，其中：项目支出287.00万元，占本年支出合计的27.84%。",
    "2024年一般公共预算支出1021.06万元，其中：基本支出734.06万元，占本年支出合计的71.19%；项目支出287.00万元，占本年支出合计的27.84%。",
    "2024年一般公共预算支出1021.06万元，其中：项目支出287.00万元，占本年支出的27.84%。",
    // the fund's own whole is still a reading
    "2024年一般公共预算支出1021.06万元，其中：项目支出287.00万元，占本年支出合计的28.11%。",
    "2024年一般公共预算支出1021.06万元，其中：基本支出734.06万元，占一般公共预算支出的71.89%。",
    // the whole's other names (`支出总额`, `总支出`)
    "2024年一般公共预算支出1021.06万元，其中：项目支出287.00万元，占支出总额的27.84%。",
    "2024年一般公共预算支出1021.06万元，其中：基本支出734.06万元，占总支出的71.19%；项目支出287.00万元，占总支出的27.84%。",
    "2024年一般公共预算支出1021.06万元，其中：项目支出287.00万元，占本年支出总额的27.84%。",
    // `分别占…的…%、…%`: the list's whole named once
    "2024年一般公共预算支出1021.06万元，其中：基本支出734.06万元、项目支出287.00万元，分别占支出总额的71.19%、27.84%。",
    "2024年一般公共预算支出1021.06万元，其中：基本支出、项目支出分别为734.06万元、287.00万元，分别占本年支出合计的71.19%、27.84%。",
    // a later share naming no whole, of the same list: of the whole named before
    "2024年一般公共预算支出1021.06万元，其中：基本支出734.06万元，占本年支出合计的71.19%；项目支出287.00万元，占27.84%。",
    "2024年一般公共预算支出1021.06万元，其中：基本支出734.06万元，占支出总额的71.19%；\n项目支出287.00万元，占28.11%。",
  ])("either whole: %s", (body) => {
    expect(findings(run(body, tables), "narrative.percent")).toEqual([]);
  });

  it.each([
    [
      "2024年一般公共预算支出1021.06万元，其中：项目支出287.00万元，占本年支出合计的30.00%。",
      "30.00",
    ],
    [
      "2024年一般公共预算支出1021.06万元，其中：基本支出734.06万元，占支出总额的71.19%；项目支出287.00万元，占30.00%。",
      "30.00",
    ],
    [
      "2024年一般公共预算支出1021.06万元，其中：基本支出734.06万元、项目支出287.00万元，分别占支出总额的71.19%、30.00%。",
      "30.00",
    ],
    // a fund printed with the whole: that fund's whole only
    [
      "2024年一般公共预算支出1021.06万元，其中：基本支出734.06万元，占一般公共预算支出的71.19%。",
      "71.19",
    ],
  ])("neither: %s", (body, actual) => {
    const f = one(run(body, tables), "narrative.percent");
    expect([f.severity, f.actual]).toEqual(["error", actual]);
  });
});

describe("narrative.percent: a whole whose name says not whether it holds the carry-overs", () => {
  // 本年收入合计 900.00, 上年结转 100.00, 收入总计 1,000.00; 一般公共预算 800.00:
  // 800 / 900 = 88.89%, 800 / 1,000 = 80.00%
  const tables = [
    tableBuilder(henan2024, "summary")
      .line("revenue", { "income.amount": "900.00" })
      .line("revenue.carryover", { "income.amount": "100.00" })
      .line("revenue.total", { "income.amount": "1000.00" })
      .build().value,
    tableBuilder(henan2024, "income")
      .total({ total: "1000.00", revenue: "900.00", gpb: "800.00", carryover: "100.00" })
      .build().value,
  ];
  it.each([
    "一般公共预算拨款收入800.00万元，占收入总额的80.00%。",
    "一般公共预算拨款收入800.00万元，占收入总额的88.89%。",
    "一般公共预算拨款收入800.00万元，占总收入的88.89%。",
  ])("either: %s", (body) => {
    expect(findings(run(body, tables), "narrative.percent")).toEqual([]);
  });

  it("neither: an error", () => {
    const f = one(
      run("一般公共预算拨款收入800.00万元，占收入总额的85.00%。", tables),
      "narrative.percent",
    );
    expect([f.severity, f.actual]).toEqual(["error", "85.00"]);
  });
});
