import { describe, expect, it } from "vitest";
import { amount } from "../../amount";
import type { Fact } from "../../facts";
import { henan2024 } from "../../templates";
import { inTemplateOrder } from "../../templates/order";
import type { DerivedFact } from "../derive";
import { messageLabels } from "../labels";
import type { Finding, RuleContext } from "../types";
import {
  amountOf,
  atOf,
  cellsOf,
  fmt,
  fromOf,
  insufficientMessage,
  L,
  mismatchFinding,
  outcomeOf,
  p,
} from "./shared";
import { templateMatchRule } from "./usage";

/**
 * The helpers every rule's findings and messages are made with, and template.match. Figures are
 * worked out by hand: a difference is actual − expected, in the finer unit of the two.
 */

const fact = (raw: string, unit: "元" | "万元" = "万元", row = "total"): Fact => ({
  concept: "spending",
  coords: {},
  value: raw === "" ? null : amount(raw, unit),
  source: { table: "expenditure", row, column: "total", raw },
});

describe("mismatchFinding", () => {
  it("states expected, actual and actual − expected, citing [actual, expected]", () => {
    const e = fact("10.00", "万元", "a");
    const a = fact("12.50", "万元", "b");
    const f = mismatchFinding("rollup", "error", e, a);
    expect(f).toMatchObject({
      ruleId: "rollup",
      severity: "error",
      outcome: "fail",
      params: { expected: "10.00", actual: "12.50", difference: "2.50", unit: "万元" },
      path: a.source,
      expected: "10.00",
      actual: "12.50",
      difference: "2.50",
      unit: "万元",
    });
    expect(f.params).not.toHaveProperty("expectedUnit");
    expect(f.evidence.map((x) => x.sources[0]?.row)).toEqual(["b", "a"]);
    expect(f.evidence.map((x) => x.value)).toEqual(["12.50", "10.00"]);
  });

  it("groups thousands in the params, not in the figures", () => {
    const f = mismatchFinding("rollup", "error", fact("1234567.00"), fact("1234568.00"));
    expect(f.params).toMatchObject({ expected: "1,234,567.00", actual: "1,234,568.00" });
    expect([f.expected, f.actual, f.difference]).toEqual(["1234567.00", "1234568.00", "1.00"]);
  });

  it("a blank side counts as zero: blank expected, 3.00 printed is a difference of 3.00", () => {
    const f = mismatchFinding("rollup", "warning", fact(""), fact("3.00"));
    expect(f.params).toMatchObject({
      expected: "",
      actual: "3.00",
      difference: "3.00",
      unit: "万元",
    });
    expect(f).not.toHaveProperty("expected");
    expect([f.actual, f.difference, f.unit]).toEqual(["3.00", "3.00", "万元"]);
    const g = mismatchFinding("rollup", "warning", fact("3.00"), fact(""));
    expect(g.params).toMatchObject({ expected: "3.00", actual: "", difference: "-3.00" });
    expect(g).not.toHaveProperty("actual");
    expect([g.expected, g.difference]).toEqual(["3.00", "-3.00"]);
  });

  it("two blanks: no difference, no unit, no figures", () => {
    const f = mismatchFinding("rollup", "info", fact(""), fact(""));
    expect(f.params).toEqual({ expected: "", actual: "", difference: "", unit: "" });
    for (const k of ["expected", "actual", "difference", "unit"]) expect(f).not.toHaveProperty(k);
  });

  it("figures in different units: stated in the finer one, each param keeping its own unit", () => {
    // 2.50万元 = 25,000元; 25,100元 − 25,000元 = 100元
    const f = mismatchFinding("rollup", "error", fact("2.50", "万元"), fact("25100", "元"));
    expect(f.params).toEqual({
      expected: "2.50",
      actual: "25,100",
      difference: "100",
      unit: "元",
      expectedUnit: "万元",
      actualUnit: "元",
    });
    expect([f.expected, f.actual, f.difference, f.unit]).toEqual(["25000", "25100", "100", "元"]);
  });

  it("adds the rule's own params", () => {
    const f = mismatchFinding("sanGong.bound", "error", fact("1.00"), fact("2.00"), {
      item: "reception",
      n: 2,
    });
    expect(f.params).toMatchObject({ item: "reception", n: 2 });
  });

  it("a derived side with no printed cell leaves the path out", () => {
    const d: DerivedFact = {
      concept: "spending",
      coords: {},
      value: amount("1.00"),
      table: "expenditure",
      via: { kind: "rollup", column: "total" },
      parts: [],
      sources: [],
    };
    const f = mismatchFinding("rollup", "error", fact("2.00"), d);
    expect(f).not.toHaveProperty("path");
    expect(f.evidence[0]?.derived).toBe(true);
  });
});

describe("message helpers", () => {
  const finding = (params: Finding["params"], more: Partial<Finding> = {}): Finding => ({
    ruleId: "x",
    severity: "error",
    outcome: "fail",
    params,
    evidence: [],
    ...more,
  });

  it("amountOf: the figure, with its unit where the finding mixes units, or the word for blank", () => {
    const f = finding({ actual: "25,100", actualUnit: "元", expected: "2.50", blank: "" });
    expect(amountOf(f, "actual", "zh-CN")).toBe("25,100元");
    expect(amountOf(f, "actual", "en")).toBe("25,100 元");
    expect(amountOf(f, "expected", "zh-CN")).toBe("2.50");
    expect(amountOf(f, "expected", "en")).toBe("2.50");
    expect(amountOf(f, "blank", "zh-CN")).toBe("空");
    expect(amountOf(f, "blank", "en")).toBe("blank");
    expect(amountOf(f, "missing", "en")).toBe("blank");
  });

  it("p reads a param as text, numbers included, missing as empty", () => {
    const f = finding({ n: 3, s: "a" });
    expect([p(f, "n"), p(f, "s"), p(f, "none")]).toEqual(["3", "a", ""]);
  });

  it("fmt groups thousands and keeps the printed decimals; no value is empty", () => {
    expect(fmt(amount("1234567.5"))).toBe("1,234,567.5");
    expect(fmt(null)).toBe("");
  });

  it("atOf names the finding's cell, with or without its value; nothing without a path", () => {
    const labels = messageLabels();
    const path = { table: "sanGong", row: "single", column: "reception", raw: "2.60" };
    expect(atOf(finding({}, { path }), labels)).toEqual({
      "zh-CN": "【sanGong】「reception」列（2.60）",
      en: '[sanGong] column "reception" (2.60)',
    });
    expect(atOf(finding({}, { path }), labels, false).en).toBe('[sanGong] column "reception"');
    expect(atOf(finding({}), labels)).toEqual({ "zh-CN": "", en: "" });
  });

  it("fromOf names the cells of the second evidence; none without one", () => {
    const labels = messageLabels();
    const cell = { table: "t", row: "total", column: "c", raw: "1.00" };
    const ev = {
      concept: "spending" as const,
      coords: {},
      value: "1.00",
      unit: "万元" as const,
      derived: false,
      sources: [cell],
    };
    expect(fromOf(finding({}, { evidence: [ev, ev] }), labels).en).toBe(
      '[t] total row, column "c" (1.00)',
    );
    expect(fromOf(finding({}, { evidence: [ev] }), labels)).toEqual({ "zh-CN": "", en: "" });
  });

  it("insufficientMessage: the title, what is lacking, and that it was not checked", () => {
    expect(insufficientMessage(L("某规则", "Some rule"), L("某表", "some table"))).toEqual({
      "zh-CN": "某规则：缺少某表，无法检查。",
      en: "Some rule: not checked, the tables lack some table.",
    });
  });

  it("cellsOf: the printed cells of printed and derived facts, in order", () => {
    const a = fact("1.00", "万元", "a");
    const b = fact("2.00", "万元", "b");
    const d: DerivedFact = {
      concept: "spending",
      coords: {},
      value: amount("3.00"),
      table: "expenditure",
      via: { kind: "rollup", column: "total" },
      parts: [a, b],
      sources: [a.source, b.source],
    };
    expect(cellsOf([b, d]).map((s) => s.row)).toEqual(["b", "a", "b"]);
  });
});

describe("outcomeOf", () => {
  const f = (severity: Finding["severity"], outcome: Finding["outcome"] = "fail"): Finding => ({
    ruleId: "x",
    severity,
    outcome,
    params: {},
    evidence: [],
  });
  it("not applicable when nothing applied, whatever the findings", () => {
    expect(outcomeOf([f("error")], false)).toBe("not-applicable");
  });
  it("fails on a failing finding above info", () => {
    expect(outcomeOf([f("info"), f("warning")], true)).toBe("fail");
    expect(outcomeOf([f("error")], true)).toBe("fail");
  });
  it("passes with no finding, info findings only, or findings that are not failures", () => {
    expect(outcomeOf([], true)).toBe("pass");
    expect(outcomeOf([f("info"), f("info")], true)).toBe("pass");
    expect(outcomeOf([f("error", "insufficient-data")], true)).toBe("pass");
  });
});

describe("template.match", () => {
  const ctx = (named: string, used: string) =>
    ({
      disclosure: { meta: { template: named } },
      template: { id: used },
    }) as unknown as RuleContext;

  it("passes when the disclosure is checked with the template it names", () => {
    expect(templateMatchRule.check(ctx("henan2024", "henan2024"), "error")).toEqual({
      outcome: "pass",
      findings: [],
      checked: [],
    });
  });

  it("fails, at the configured severity, pointing at the meta's template field", () => {
    const r = templateMatchRule.check(ctx("shanghai", "henan2024"), "warning");
    expect(r.outcome).toBe("fail");
    expect(r.checked).toEqual([]);
    expect(r.findings).toEqual([
      {
        ruleId: "template.match",
        severity: "warning",
        outcome: "fail",
        params: { template: "shanghai", expected: "henan2024" },
        evidence: [],
        path: { table: "meta", row: "template", column: "template", raw: "shanghai" },
      },
    ]);
  });

  it("says which template was named and which was used, and how to check it right", () => {
    const f = templateMatchRule.check(ctx("shanghai", "henan2024"), "error").findings[0] as Finding;
    expect(templateMatchRule.message(f, messageLabels())).toEqual({
      "zh-CN":
        '披露注明的模板是“shanghai”，却按“henan2024”检查：表格会被当作别的表，真实的问题看不到。请用 templateById("shanghai") 取得模板，并用该模板的配置（profileFor）检查。',
      en: 'The disclosure names template "shanghai" but was checked with "henan2024": its tables are read as other kinds and their real problems are not seen. Check it with templateById("shanghai") and that template\'s profile (profileFor).',
    });
  });
});

describe("inTemplateOrder", () => {
  // Henan 2024: 01 summary … 03 expenditure … 05 gpbExpenditure … 08 sanGong
  const at = (table: string, n: number) => ({ table, n });
  const tableOf = (x: { table: string }) => x.table;

  it("orders items by their table's place in the template, keeping the order within a table", () => {
    const items = [at("sanGong", 1), at("expenditure", 2), at("summary", 3), at("expenditure", 4)];
    expect(inTemplateOrder(henan2024, items, tableOf).map((x) => x.n)).toEqual([3, 2, 4, 1]);
  });

  it("puts a table the template does not list last, and returns an ordered list as it is", () => {
    const items = [at("elsewhere", 1), at("summary", 2)];
    expect(inTemplateOrder(henan2024, items, tableOf).map((x) => x.n)).toEqual([2, 1]);
    const ordered = [at("summary", 1), at("gpbExpenditure", 2)];
    expect(inTemplateOrder(henan2024, ordered, tableOf)).toBe(ordered);
  });
});
