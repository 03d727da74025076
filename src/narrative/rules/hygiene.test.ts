import { describe, expect, it } from "vitest";
import { type Table, tableBuilder } from "../../disclosure";
import { checkDisclosure } from "../../rules/check";
import { henan2024Profile } from "../../rules/profiles";
import { renderFinding } from "../../rules/render";
import { findings, outcome } from "../../rules/test-support";
import { henan2024, shanghai } from "../../templates";
import { HYGIENE, hygieneRule } from "./hygiene";
import { checker, disclosure, profileOf } from "./test-support";

const check = checker("hygiene.", "plausibility.");

const run = (body: string, tables: readonly Table[] = []) => check(disclosure(tables, body));
const found = (id: string, body: string, tables: readonly Table[] = []) =>
  findings(run(body, tables), id).map((f) => f.params.found);
const zh = (id: string, body: string, tables: readonly Table[] = []) =>
  findings(run(body, tables), id).map((f) =>
    renderFinding(f, profileOf().rules, "zh-CN", henan2024),
  );

describe("hygiene.repeated: doubled punctuation and words", () => {
  it("finds 。。, ；。 and a doubled word, across a wrapped line and spaces", () => {
    expect(found("hygiene.repeated", "收入总计969.06万元。。支出总计969.06万元；。")).toEqual([
      "。。",
      "；。",
    ]);
    expect(found("hygiene.repeated", "主要用于日常公用经费的的支出。")).toEqual(["的的"]);
    expect(
      found("hygiene.repeated", "基本支出主要保障机构运转，主要用于日常公用经费的\n的支出。"),
    ).toEqual(["的的"]);
    expect(found("hygiene.repeated", "预算安排 预算 预算 200.00万元。")).toEqual(["预算预算"]);
    expect(zh("hygiene.repeated", "主要用于日常公用经费的的支出。")).toEqual([
      "【情况说明】“主要用于日常公用经费的的” 中有重复的“的的”。",
    ]);
  });

  it("is silent on legitimate repetitions (等等, 人人, ……, “三公”“经费”, 年年)", () => {
    for (const text of [
      "包括办公费、印刷费等等。",
      "做到人人参与，年年考核。",
      "XX单位……",
      "“一般公共预算”“三公”经费6.50万元。",
      "2024年年初预算为969.06万元。",
    ])
      expect([text, found("hygiene.repeated", text)]).toEqual([text, []]);
  });
});

describe("hygiene.percentDecimals and hygiene.mixedUnits (info)", () => {
  it("a percentage with more than two decimals is info", () => {
    const fs = findings(
      run("支出合计 969.06万元，其中：基本支出 682.06万元，占 70.383%。"),
      "hygiene.percentDecimals",
    );
    expect(fs.map((f) => [f.severity, f.params.found])).toEqual([["info", "70.383"]]);
    expect(found("hygiene.percentDecimals", "占 70.38%，增长16.1%。")).toEqual([]);
  });

  it("one sentence in 元 and 万元 is info; two sentences, or a 万元 threshold, are not", () => {
    expect(
      found("hygiene.mixedUnits", "收入预算1,212.12万元，其中：事业收入2,620,000元。"),
    ).toEqual(["万元、元"]);
    expect(found("hygiene.mixedUnits", "收入预算1,212.12万元。事业收入2,620,000元。")).toEqual([]);
    expect(
      found(
        "hygiene.mixedUnits",
        "单价100万元（含）以上设备0台（套），价值共计30,000元的设备1台。",
      ),
    ).toEqual([]);
  });
});

describe("plausibility.unitSlip: 100亿 or more in a 万元 table", () => {
  const slip = tableBuilder(henan2024, "expenditure")
    .total({ total: "9,690,600.00" })
    .functional("2013101", "行政运行", { total: "9,690,600.00" })
    .build().value;

  it("is a warning naming the cell", () => {
    expect(zh("plausibility.unitSlip", "", [slip])).toEqual([
      "【部门支出预算表】合计行「合计」列 为 9,690,600.00万元，在万元表中达百亿以上：是否把元填进了万元表？",
      "【部门支出预算表】2013101 行「合计」列 为 9,690,600.00万元，在万元表中达百亿以上：是否把元填进了万元表？",
    ]);
  });

  it("is info when the document's own total is that large (a large department), and silent below", () => {
    const summary = tableBuilder(henan2024, "summary")
      .line("revenue.total", { "income.amount": "1,500,000.00" })
      .build().value;
    const big = tableBuilder(henan2024, "expenditure")
      .functional("2050101", "行政运行", { total: "1,200,000.00" })
      .build().value;
    expect(
      findings(run("", [summary, big]), "plausibility.unitSlip").map((f) => f.severity),
    ).toEqual(["info", "info"]);
    const small = tableBuilder(henan2024, "expenditure").total({ total: "969.06" }).build().value;
    expect(outcome(run("", [small]), "plausibility.unitSlip")).toBe("pass");
    // a table in 元 is not a 万元 table
    const yuan = tableBuilder(shanghai, "expenditure", { unit: "元" })
      .total({ total: "171,915,169" })
      .build().value;
    expect(
      findings(check(disclosure([yuan], "", shanghai), shanghai), "plausibility.unitSlip"),
    ).toEqual([]);
  });
});

describe("plausibility.largeChange: more than half of last year's", () => {
  it("is info from the change and this year's figure, or from a printed rate", () => {
    expect(
      findings(run("“三公”经费6.50万元，比上年增加3.50万元。"), "plausibility.largeChange").map(
        (f) => [f.severity, f.params.found],
      ),
    ).toEqual([["info", "116.67"]]);
    expect(found("plausibility.largeChange", "“三公”经费比上年增长60.00%。")).toEqual(["60.00"]);
    expect(found("plausibility.largeChange", "“三公”经费6.50万元，比上年减少1.00万元。")).toEqual(
      [],
    );
  });
});

describe("hygiene rules are data", () => {
  it("a definition of one's own is a rule", () => {
    const own = hygieneRule({
      id: "local.bigUnitSlip",
      severity: "warning",
      kind: "amountAtLeast",
      unit: "万元",
      atLeast: "100000",
      title: { "zh-CN": "十亿以上", en: "A billion or more" },
      message: { "zh-CN": "{at} 为 {0}。", en: "{at} is {0}." },
    });
    const t = tableBuilder(henan2024, "expenditure").total({ total: "200,000.00" }).build().value;
    const report = check(disclosure([t], ""));
    const mine = checkDisclosure(disclosure([t], ""), {
      profile: { ...henan2024Profile, rules: [own] },
      template: henan2024,
    });
    expect(mine.findings.map((f) => renderFinding(f, [own], "zh-CN", henan2024))).toEqual([
      "【部门支出预算表】合计行「合计」列 为 200,000.00万元。",
    ]);
    expect(HYGIENE.map((x) => x.id)).toEqual([
      "hygiene.repeated",
      "hygiene.percentDecimals",
      "hygiene.mixedUnits",
      "plausibility.unitSlip",
      "plausibility.largeChange",
    ]);
    expect(findings(report, "plausibility.unitSlip")).toEqual([]);
  });
});

describe("hygiene and plausibility: every place, the boundaries, the outcome", () => {
  it("reports each doubling in the order of the text, a run of three marks once", () => {
    expect(
      found("hygiene.repeated", "收入收入969.06万元。。其中用于日常公用经费的的支出。。。"),
    ).toEqual(["收入收入", "。。", "的的", "。。"]);
    const r = run("主要用于日常公用经费的的支出。");
    expect(outcome(r, "hygiene.repeated")).toBe("fail");
    expect(
      findings(r, "hygiene.repeated").map((f) => renderFinding(f, profileOf().rules, "en")),
    ).toEqual(['[情况说明] "主要用于日常公用经费的的" doubles "的的".']);
    expect(outcome(run("主要用于日常公用经费的支出。"), "hygiene.repeated")).toBe("pass");
    expect(outcome(check({ ...disclosure([], ""), texts: [] }), "hygiene.repeated")).toBe(
      "not-applicable",
    );
  });

  it("100亿 exactly is a slip, just under it is not; a negative one counts by its size", () => {
    const table = (total: string) =>
      tableBuilder(henan2024, "expenditure").total({ total }).build().value;
    expect(found("plausibility.unitSlip", "", [table("1,000,000.00")])).toEqual([
      "1,000,000.00万元",
    ]);
    expect(found("plausibility.unitSlip", "", [table("-1,000,000.00")])).toEqual([
      "-1,000,000.00万元",
    ]);
    const below = run("", [table("999,999.99")]);
    expect([
      outcome(below, "plausibility.unitSlip"),
      findings(below, "plausibility.unitSlip"),
    ]).toEqual(["pass", []]);
    // the department's own total that large is info (pass); a 科目 line alone is a warning (fail)
    expect(outcome(run("", [table("1,000,000.00")]), "plausibility.unitSlip")).toBe("pass");
    const line = tableBuilder(henan2024, "expenditure")
      .functional("2013101", "行政运行", { total: "1,000,000.00" })
      .build().value;
    expect(
      findings(run("", [line]), "plausibility.unitSlip").map((f) => [f.severity, f.params.found]),
    ).toEqual([["warning", "1,000,000.00万元"]]);
    expect(outcome(run("", [line]), "plausibility.unitSlip")).toBe("fail");
    // no 万元 table at all: nothing to look at
    const yuan = tableBuilder(shanghai, "expenditure", { unit: "元" })
      .total({ total: "171,915,169" })
      .build().value;
    expect(
      outcome(check(disclosure([yuan], "", shanghai), shanghai), "plausibility.unitSlip"),
    ).toBe("not-applicable");
  });

  it("more than half: 50.00% is not, 50.25% is; no base, a base below zero or 执行数 say nothing", () => {
    const large = (body: string, tables: readonly Table[] = []) =>
      found("plausibility.largeChange", body, tables);
    expect(large("“三公”经费6.00万元，比上年增加2.00万元。")).toEqual([]);
    expect(large("“三公”经费6.01万元，比上年增加2.01万元。")).toEqual(["50.25"]);
    expect(large("“三公”经费比上年增长50.00%。")).toEqual([]);
    expect(large("“三公”经费比上年增长50.01%。")).toEqual(["50.01"]);
    for (const text of [
      "公务接待费2.00万元，比上年增加2.00万元。",
      "公务接待费2.00万元，比上年增加3.00万元。",
      "“三公”经费6.50万元，比2023年预算执行数增加3.50万元。",
    ])
      expect([text, large(text)]).toEqual([text, []]);
    // this year's figure from the tables
    const sanGong = tableBuilder(henan2024, "sanGong")
      .single({ total: "6.50", vehicles: "6.50", "vehicles.operation": "6.50" })
      .build().value;
    expect(large("“三公”经费比上年增加3.50万元。", [sanGong])).toEqual(["116.67"]);
    // info only: the rule passes
    expect(outcome(run("“三公”经费比上年增长60.00%。"), "plausibility.largeChange")).toBe("pass");
  });
});
