import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { checkDisclosure } from "../../rules/check";
import { henan2024Profile } from "../../rules/profiles";
import { renderFinding } from "../../rules/render";
import { findings, one, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { PLAUSIBILITY, plausibilityRule } from "./plausibility";
import { checker, disclosure, profileOf } from "./test-support";

const check = checker("plausibility.");

const sanGong = (operation: string, purchase = "") =>
  tableBuilder(henan2024, "sanGong")
    .single({
      total: "",
      vehicles: "",
      "vehicles.operation": operation,
      "vehicles.purchase": purchase,
    })
    .build().value;

describe("plausibility.vehicleRunning", () => {
  it("warns of 公务用车运行费 budgeted with no vehicle, citing the count and the cell", () => {
    const r = check(disclosure([sanGong("32.20")], "截至2024年8月31日，本单位共有车辆0辆。"));
    const f = one(r, "plausibility.vehicleRunning");
    expect([f.severity, f.path?.raw, f.evidence[0]?.sources[0]?.column]).toEqual([
      "warning",
      "0辆",
      "vehicles.operation",
    ]);
    expect(renderFinding(f, profileOf().rules, "zh-CN")).toBe(
      "说明称共有车辆 0辆，却安排公务用车运行费 32.20万元。",
    );
  });

  it.each([
    "截至2023年底，本部门机关车辆保有量0辆，所属单位车辆保有量3辆。",
    "截至2023年12月31日，机关共有车辆0辆，所属单位共有车辆3辆。",
    "截至2023年底，本部门共有车辆3辆，其中机关0辆、所属单位3辆。",
  ])("counts the whole department's vehicles, not its organ's: %s", (text) => {
    expect(
      findings(check(disclosure([sanGong("4.00")], text)), "plausibility.vehicleRunning"),
    ).toEqual([]);
  });

  it("passes with vehicles, or with no running costs, and is not applicable without a count", () => {
    expect(
      outcome(
        check(disclosure([sanGong("32.20")], "本单位共有车辆2辆。")),
        "plausibility.vehicleRunning",
      ),
    ).toBe("pass");
    expect(
      outcome(
        check(disclosure([sanGong("")], "本单位共有车辆0辆。")),
        "plausibility.vehicleRunning",
      ),
    ).toBe("pass");
    expect(
      outcome(
        check(disclosure([sanGong("32.20")], "收入总计1.00万元。")),
        "plausibility.vehicleRunning",
      ),
    ).toBe("not-applicable");
  });

  it("reads the running costs from the text when no table states them", () => {
    const r = check(disclosure([], "公务用车运行费6.40万元。本单位共有车辆0辆。"));
    expect(findings(r, "plausibility.vehicleRunning")).toHaveLength(1);
  });
});

describe("plausibility.vehiclePurchase", () => {
  it("warns of 公务用车购置费 budgeted while no vehicle is to be bought", () => {
    const r = check(disclosure([sanGong("4.00", "30.00")], "2024年单位预算安排购置车辆0辆。"));
    expect(one(r, "plausibility.vehiclePurchase").params).toMatchObject({
      v0: "30.00万元",
      v1: "0辆",
    });
    const buying = check(disclosure([sanGong("4.00", "30.00")], "2024年单位预算安排购置车辆1辆。"));
    expect(outcome(buying, "plausibility.vehiclePurchase")).toBe("pass");
  });
});

describe("plausibility.zeroTotal", () => {
  const summary = (total: string) =>
    tableBuilder(henan2024, "summary")
      .row({ kind: "line", line: "spending.total" }, { "income.amount": total })
      .build().value;

  it("warns of a printed zero total at its cell", () => {
    const f = one(check(disclosure([summary("0.00")], "")), "plausibility.zeroTotal");
    expect([f.severity, f.path?.table, f.path?.row, f.path?.column]).toEqual([
      "warning",
      "summary",
      "line:spending.total",
      "income.amount",
    ]);
  });

  it("a blank total is not a stated zero: not applicable; a positive one passes", () => {
    expect(outcome(check(disclosure([summary("")], "")), "plausibility.zeroTotal")).toBe(
      "not-applicable",
    );
    expect(outcome(check(disclosure([summary("969.06")], "")), "plausibility.zeroTotal")).toBe(
      "pass",
    );
  });
});

describe("plausibility rules are data", () => {
  it("builds a rule from a new definition without code", () => {
    const rule = plausibilityRule({
      id: "plausibility.custom",
      severity: "warning",
      title: { "zh-CN": "无项目却有项目支出", en: "Project spending without projects" },
      message: {
        "zh-CN": "项目 {0}，项目支出 {1}。",
        en: "{0} projects, {1} of project spending.",
      },
      when: [
        { operand: { count: "projects" }, is: "zero" },
        {
          operand: { fact: { concept: "spending", coords: { nature: "project" } } },
          is: "positive",
        },
      ],
    });
    const d = disclosure([], "本单位编报绩效目标的项目共0个。项目支出5.00万元。");
    const profile = { ...henan2024Profile, rules: [rule] };
    const r = checkDisclosure(d, { profile, template: henan2024 });
    const f = one(r, "plausibility.custom");
    expect(renderFinding(f, profile.rules, "zh-CN")).toBe("项目 0个，项目支出 5.00万元。");
    expect(renderFinding(f, profile.rules, "en")).toBe(
      "0个 projects, 5.00万元 of project spending.",
    );
    expect(PLAUSIBILITY.map((p) => p.id)).toEqual([
      "plausibility.vehicleRunning",
      "plausibility.vehiclePurchase",
      "plausibility.zeroTotal",
    ]);
  });
});
