import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../catalog/2024";
import { type Disclosure, type Table, tableBuilder } from "../../disclosure";
import { buildContext } from "../../rules/context";
import { henan2024Profile } from "../../rules/profiles";
import { renderFinding } from "../../rules/render";
import { findings, outcome } from "../../rules/test-support";
import { henan2024, shanghai } from "../../templates";
import { HYGIENE, hygieneRule } from "./hygiene";
import { checker, disclosure, profileOf } from "./test-support";

const check = checker("hygiene.", "plausibility.unitSlip", "plausibility.largeChange");
const run = (body: string, tables: readonly Table[] = []) => check(disclosure(tables, body));
const found = (id: string, body: string, tables: readonly Table[] = []) =>
  findings(run(body, tables), id).map((f) => f.params.found);
const def = (id: string) => {
  const d = HYGIENE.find((h) => h.id === id);
  if (d === undefined) throw new Error(`no ${id}`);
  return d;
};
/** The rule's own result, before the report tallies it (what a caller of `check` sees). */
const direct = (id: string, d: Disclosure) =>
  hygieneRule(def(id)).check(
    buildContext(d, henan2024, catalog2024, henan2024Profile.definitions),
    def(id).severity,
  );

describe("hygiene.repeated: where the doubling is", () => {
  it("points at the doubled characters as printed, a wrapped line included", () => {
    const [f] = findings(
      run("基本支出主要保障机构运转，主要用于日常公用经费的\n的支出。"),
      "hygiene.repeated",
    );
    expect(f?.path).toEqual({ table: "text", row: "情况说明", column: "23-26", raw: "的\n的" });
    const [g] = findings(run("收入总计969.06万元。。"), "hygiene.repeated");
    expect(g?.path).toEqual({ table: "text", row: "情况说明", column: "12-14", raw: "。。" });
  });
});

describe("hygiene.percentDecimals: percentages the reader could not place", () => {
  it("a share without its base is still a percentage with four decimals; a whole one has none", () => {
    expect(found("hygiene.percentDecimals", "支出合计969.06万元，占比为70.3839 %。")).toEqual([
      "70.3839",
    ]);
    expect(found("hygiene.percentDecimals", "支出合计969.06万元，占比为70 %。")).toEqual([]);
    expect(found("hygiene.percentDecimals", "“三公”经费比上年增长16%。")).toEqual([]);
  });

  it("an amount with three decimals is not a percentage", () => {
    expect(
      found("hygiene.percentDecimals", "收入预算1,212.12万元，另有某某款项1.125万元。"),
    ).toEqual([]);
  });
});

describe("hygiene.mixedUnits: figures the reader could not place count too", () => {
  it("an unplaced 元, 亿元 or 万元 figure beside a placed one in another unit", () => {
    expect(found("hygiene.mixedUnits", "收入预算1,212.12万元，另有某某款项262,000元。")).toEqual([
      "万元、元",
    ]);
    expect(found("hygiene.mixedUnits", "收入预算1,212.12万元，另有某某款项2.62亿元。")).toEqual([
      "万元、亿元",
    ]);
    expect(found("hygiene.mixedUnits", "事业收入2,620,000元，另有某某款项26.20万元。")).toEqual([
      "元、万元",
    ]);
    expect(found("hygiene.mixedUnits", "收入预算1,212.12万元，另有某某款项26.20万元。")).toEqual(
      [],
    );
  });

  it("a percentage, a 万元 threshold and a “无” carry no unit of money", () => {
    for (const text of [
      "支出合计969.06万元，占比为70.38 %。",
      "本单位无政府采购预算，事业收入2,620,000元。",
      "单价50万元以上设备1台，价值共计30,000元。",
      "事业收入2,620,000元，单笔50万元以上的支出须集体决策。",
    ])
      expect([text, found("hygiene.mixedUnits", text)]).toEqual([text, []]);
  });

  it("points at the first figure in the second unit, once a sentence", () => {
    const fs = findings(
      run("收入预算1,212.12万元，其中：事业收入2,620,000元，其他收入1,000元。"),
      "hygiene.mixedUnits",
    );
    expect(fs.map((f) => [f.params.found, f.path?.raw])).toEqual([["万元、元", "2,620,000元"]]);
    const [f] = fs;
    expect(f === undefined ? "" : renderFinding(f, profileOf().rules, "en")).toBe(
      '[情况说明] "事业收入2,620,000元" mixes 万元、元 in one sentence.',
    );
  });
});

describe("plausibility.unitSlip: which tables, which totals", () => {
  const expenditure = (total: string, line: string) =>
    tableBuilder(henan2024, "expenditure")
      .total({ total })
      .functional("2013101", "行政运行", { total: line })
      .build().value;

  it("a 科目 line of 100亿 under a small printed total is a warning with the cell as evidence", () => {
    const r = run("", [expenditure("969.06", "9,690,600.00")]);
    const fs = findings(r, "plausibility.unitSlip");
    expect(fs.map((f) => [f.severity, f.outcome, f.params.found, f.path?.row])).toEqual([
      ["warning", "fail", "9,690,600.00万元", "functional:2013101"],
    ]);
    expect(fs[0]?.evidence.map((e) => e.sources)).toEqual([[fs[0]?.path]]);
    expect(outcome(r, "plausibility.unitSlip")).toBe("fail");
  });

  it("a blank total row is no large total: a line of 100亿 stays a warning", () => {
    const t = tableBuilder(henan2024, "expenditure")
      .total({ total: "" })
      .functional("2013101", "行政运行", { total: "1,000,000.00" })
      .build().value;
    expect(
      findings(run("", [t]), "plausibility.unitSlip").map((f) => [f.severity, f.path?.row]),
    ).toEqual([["warning", "functional:2013101"]]);
  });

  it("a 元 table of a large department (120亿元) beside a 万元 table is no slip", () => {
    const yuan = tableBuilder(shanghai, "expenditure", { unit: "元" })
      .total({ total: "12,000,000,000" })
      .build().value;
    const small = tableBuilder(henan2024, "sanGong").single({ total: "6.50" }).build().value;
    const r = run("", [small, yuan]);
    expect([outcome(r, "plausibility.unitSlip"), findings(r, "plausibility.unitSlip")]).toEqual([
      "pass",
      [],
    ]);
  });

  it("renders without a place when a finding has none", () => {
    const f = {
      ruleId: "plausibility.unitSlip",
      severity: "warning" as const,
      outcome: "fail" as const,
      params: { found: "1,000,000.00万元" },
      evidence: [],
    };
    expect(renderFinding(f, profileOf().rules, "en")).toBe(
      " is 1,000,000.00万元, 100亿 or more in a 万元 table: a figure in 元 typed into it?",
    );
    expect(renderFinding(f, profileOf().rules, "zh-CN")).toBe(
      " 为 1,000,000.00万元，在万元表中达百亿以上：是否把元填进了万元表？",
    );
  });
});

describe("plausibility.largeChange: which figures make the base", () => {
  const large = (body: string) => found("plausibility.largeChange", body);

  it("last year's figure and last year's 执行数 are not this year's", () => {
    expect(large("“三公”经费6.50万元，上年为3.00万元，比上年增加3.50万元。")).toEqual(["116.67"]);
    expect(large("“三公”经费6.50万元，2023年执行数为3.00万元，比上年增加3.50万元。")).toEqual([
      "116.67",
    ]);
  });

  it("another subject's figure is not the base; no figure at all says nothing", () => {
    expect(large("一般公共预算支出10.00万元，“三公”经费比上年增加8.00万元。")).toEqual([]);
    expect(large("“三公”经费比上年增加3.50万元。")).toEqual([]);
  });

  it("a share, however large, is not a change", () => {
    expect(large("支出合计969.06万元，其中：基本支出682.06万元，占70.38%。")).toEqual([]);
  });
});

describe("hygiene rules as data: domain, what they read, their own result", () => {
  it("wording checks read the text, plausibility checks the figures", () => {
    expect(
      HYGIENE.map((h) => {
        const r = hygieneRule(h);
        return [r.id, r.domain, r.reads];
      }),
    ).toEqual([
      ["hygiene.repeated", "wording", ["text sections (情况说明)"]],
      ["hygiene.percentDecimals", "wording", ["text sections (情况说明)"]],
      ["hygiene.mixedUnits", "wording", ["text sections (情况说明)"]],
      ["plausibility.unitSlip", "plausibility", ["amounts of 万元 tables"]],
      ["plausibility.largeChange", "plausibility", ["text sections (情况说明)"]],
    ]);
  });

  it("vouches for no cell; fails on a warning, passes on info only, else not applicable", () => {
    const slip = tableBuilder(henan2024, "expenditure")
      .functional("2013101", "行政运行", { total: "1,000,000.00" })
      .build().value;
    const a = direct("plausibility.unitSlip", disclosure([slip], ""));
    expect([a.outcome, a.findings.length, a.checked]).toEqual(["fail", 1, []]);
    const b = direct("hygiene.percentDecimals", disclosure([], "占 70.383%。"));
    expect([b.outcome, b.findings.length, b.checked]).toEqual(["pass", 1, []]);
    const c = direct("hygiene.repeated", { ...disclosure([], ""), texts: [] });
    expect(c).toEqual({ outcome: "not-applicable", findings: [], checked: [] });
    const yuan = tableBuilder(shanghai, "expenditure", { unit: "元" })
      .total({ total: "12,000,000,000" })
      .build().value;
    expect(direct("plausibility.unitSlip", disclosure([yuan], "", shanghai))).toEqual({
      outcome: "not-applicable",
      findings: [],
      checked: [],
    });
  });
});
