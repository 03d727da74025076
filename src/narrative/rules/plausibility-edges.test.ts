import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../catalog/2024";
import { type Disclosure, type Table, tableBuilder } from "../../disclosure";
import { checkDisclosure } from "../../rules/check";
import { buildContext } from "../../rules/context";
import { henan2024Profile } from "../../rules/profiles";
import { renderFinding } from "../../rules/render";
import { findings, one, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { PLAUSIBILITY, plausibilityRule } from "./plausibility";
import { checker, disclosure } from "./test-support";

const check = checker(
  "plausibility.vehicleRunning",
  "plausibility.vehiclePurchase",
  "plausibility.zeroTotal",
);
const run = (body: string, tables: readonly Table[] = []) => check(disclosure(tables, body));
const sanGong = (operation: string, purchase = "") =>
  tableBuilder(henan2024, "sanGong")
    .single({
      total: "",
      vehicles: "",
      "vehicles.operation": operation,
      "vehicles.purchase": purchase,
    })
    .build().value;
/** The rule's own result, before the report tallies it. */
const direct = (id: string, d: Disclosure) => {
  const def = PLAUSIBILITY.find((x) => x.id === id);
  if (def === undefined) throw new Error(`no ${id}`);
  return plausibilityRule(def).check(
    buildContext(d, henan2024, catalog2024, henan2024Profile.definitions),
    def.severity,
  );
};

describe("plausibility: which count is the count of vehicles", () => {
  it("the total held, not a kind of vehicle listed before it", () => {
    const text = "本单位一般公务用车0辆、执法执勤用车2辆，共有车辆2辆。";
    const r = run(text, [sanGong("32.20")]);
    expect([
      outcome(r, "plausibility.vehicleRunning"),
      findings(r, "plausibility.vehicleRunning"),
    ]).toEqual(["pass", []]);
  });

  it("vehicles to buy are not vehicles held", () => {
    const r = run("2024年单位预算安排购置车辆0辆。本单位共有车辆2辆。", [sanGong("32.20")]);
    expect(findings(r, "plausibility.vehicleRunning")).toEqual([]);
  });

  it("quotes running costs of 1,032.20万元 grouped", () => {
    const f = one(run("本单位共有车辆0辆。", [sanGong("1,032.20")]), "plausibility.vehicleRunning");
    expect(f.params).toMatchObject({ v0: "0辆", v1: "1,032.20万元" });
  });

  it("a purchase budget with nothing to buy points at the count in the text", () => {
    const f = one(
      run("2024年单位预算安排购置车辆0辆。", [sanGong("4.00", "30.00")]),
      "plausibility.vehiclePurchase",
    );
    expect([f.path?.table, f.path?.raw]).toEqual(["text", "0辆"]);
  });
});

describe("plausibility: a figure from the text when no table states it", () => {
  it("last year's running costs, or another item's, are not this year's", () => {
    for (const text of [
      "2023年公务用车运行费6.40万元。本单位共有车辆0辆。",
      "公务接待费6.40万元。本单位共有车辆0辆。",
    ]) {
      const r = run(text);
      expect([
        text,
        outcome(r, "plausibility.vehicleRunning"),
        findings(r, "plausibility.vehicleRunning"),
      ]).toEqual([text, "not-applicable", []]);
    }
  });

  it("a total of nothing stated in the text is found at its words; 收入总计 is not 支出总计", () => {
    const f = one(run("支出总计0.00万元。"), "plausibility.zeroTotal");
    expect([f.outcome, f.path?.table, f.path?.raw, f.params.v0]).toEqual([
      "fail",
      "text",
      "0.00万元",
      "0.00万元",
    ]);
    expect(outcome(run("收入总计0.00万元。"), "plausibility.zeroTotal")).toBe("not-applicable");
  });
});

describe("plausibility: the rule's own result", () => {
  const summary = (total: string) =>
    tableBuilder(henan2024, "summary")
      .row({ kind: "line", line: "spending.total" }, { "income.amount": total })
      .build().value;

  it("fails with one finding, passes, or does not apply, vouching for no cell", () => {
    const zero = direct("plausibility.zeroTotal", disclosure([summary("0.00")], ""));
    expect([
      zero.outcome,
      zero.findings.map((f) => [f.outcome, f.path?.column]),
      zero.checked,
    ]).toEqual(["fail", [["fail", "income.amount"]], []]);
    expect(direct("plausibility.zeroTotal", disclosure([summary("969.06")], ""))).toEqual({
      outcome: "pass",
      findings: [],
      checked: [],
    });
    expect(direct("plausibility.zeroTotal", disclosure([summary("")], ""))).toEqual({
      outcome: "not-applicable",
      findings: [],
      checked: [],
    });
  });
});

describe("plausibility: a definition on counts alone", () => {
  it("finds at the first count's words, with no table evidence", () => {
    const rule = plausibilityRule({
      id: "local.buyingWithNone",
      severity: "warning",
      title: { "zh-CN": "无车辆却购置车辆", en: "Buying vehicles while holding none" },
      message: { "zh-CN": "共有车辆 {0}，购置车辆 {1}。", en: "{0} held, {1} to buy." },
      when: [
        { operand: { count: "vehicles" }, is: "zero" },
        { operand: { count: "vehicles.purchase" }, is: "positive" },
      ],
    });
    const d = disclosure([], "本单位共有车辆0辆。2024年单位预算安排购置车辆1辆。");
    const r = checkDisclosure(d, {
      profile: { ...henan2024Profile, rules: [rule] },
      template: henan2024,
    });
    const f = one(r, "local.buyingWithNone");
    expect([f.path?.table, f.path?.raw, f.evidence]).toEqual(["text", "0辆", []]);
    expect(renderFinding(f, [rule], "zh-CN")).toBe("共有车辆 0辆，购置车辆 1辆。");
  });
});
