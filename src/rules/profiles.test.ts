import { describe, expect, it } from "vitest";
import { type DisclosureMeta, type Table, tableBuilder, type UnitType } from "../disclosure";
import type { SumMeasure } from "../measures";
import { henan2024, nationalMinimum, shanghai, templateById } from "../templates";
import { checkDisclosure } from "./check";
import { henan2024Profile, nationalProfile, profileFor, RULES, shanghaiProfile } from "./profiles";
import type { CheckReport, Profile } from "./types";

/** Profiles: which rules run, at which severity (or off), with which definitions. */

const meta = (unitType: UnitType = "行政"): DisclosureMeta => ({
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [{ name: "某单位", unitType }],
});

const check = (profile: Profile, tables: Table[], unitType: UnitType = "行政"): CheckReport =>
  checkDisclosure({ meta: meta(unitType), tables, texts: [] }, { profile, template: henan2024 });

const line = (r: CheckReport, id: string) => r.outcomes.find((o) => o.ruleId === id);
const findings = (r: CheckReport, id: string) => r.findings.filter((f) => f.ruleId === id);

/** 4.00 + 2.60 = 6.60 printed 6.50, and 接待 printed −1.00 elsewhere: two rules fail. */
const broken = [
  tableBuilder(henan2024, "sanGong")
    .single({ total: "6.50", abroad: "", vehicles: "4.00", reception: "2.60" })
    .build().value,
  tableBuilder(henan2024, "expenditure")
    .functional("2013101", "行政运行", { total: "-1.00" })
    .build().value,
];

describe("the built-in profiles", () => {
  it("all run every built-in rule at its default severity", () => {
    for (const p of [henan2024Profile, nationalProfile, shanghaiProfile]) {
      expect(p.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
      expect(p.severities).toBeUndefined();
    }
  });

  it("differ in their operating-cost definition, on the same tables", () => {
    // 机构运转经费 49.68; basic 302 = 49.68 and 310 = 2.00 (all 一般公共预算), so 公用经费 = 51.68
    const publicCells = { "basic.goods": "49.68", "basic.capital": "2.00" };
    const tables = [
      tableBuilder(henan2024, "operatingCost").total({ total: "49.68" }).build().value,
      tableBuilder(henan2024, "expenditure").total(publicCells).build().value,
      tableBuilder(henan2024, "gpbExpenditure").total(publicCells).build().value,
    ];
    // Henan: = all 302 of basic spending
    expect(line(check(henan2024Profile, tables), "operatingCost.definition")?.outcome).toBe("pass");
    // national: ≤ 公用经费
    expect(line(check(nationalProfile, tables), "operatingCost.definition")?.outcome).toBe("pass");
    // Shanghai: = 公用经费
    const sh = check(shanghaiProfile, tables);
    expect(line(sh, "operatingCost.definition")?.outcome).toBe("fail");
    const f = findings(sh, "operatingCost.definition")[0];
    expect([f?.expected, f?.actual, f?.difference]).toEqual(["51.68", "49.68", "-2.00"]);
    // a 事业 unit: only Henan's 机构运转经费 covers it; under the others its 49.68 is a warning
    expect(line(check(henan2024Profile, tables, "事业"), "operatingCost.definition")?.outcome).toBe(
      "pass",
    );
    for (const profile of [nationalProfile, shanghaiProfile]) {
      const r = check(profile, tables, "事业");
      expect(
        findings(r, "operatingCost.definition").map((x) => [x.severity, x.params.relation]),
      ).toEqual([["warning", "none"]]);
    }
  });
});

describe("severities", () => {
  it("the defaults: sanGong.sum is an error, amount.negative a warning", () => {
    const r = check(henan2024Profile, broken);
    expect(findings(r, "sanGong.sum").map((f) => f.severity)).toEqual(["error"]);
    expect(findings(r, "amount.negative").map((f) => f.severity)).toEqual(["warning"]);
  });

  it("an override changes a finding's severity and the report line's", () => {
    const profile: Profile = {
      ...henan2024Profile,
      severities: { "sanGong.sum": "warning", "amount.negative": "error" },
    };
    const r = check(profile, broken);
    expect(findings(r, "sanGong.sum").map((f) => f.severity)).toEqual(["warning"]);
    expect(findings(r, "amount.negative").map((f) => f.severity)).toEqual(["error"]);
    expect(line(r, "sanGong.sum")).toEqual({
      ruleId: "sanGong.sum",
      severity: "warning",
      outcome: "fail",
      findings: 1,
    });
    expect(line(r, "amount.negative")?.severity).toBe("error");
  });

  it("an override does not raise a difference that rounding explains above info", () => {
    const tables = [
      tableBuilder(henan2024, "expenditure", { unit: "元" }).total({ total: "25,177,789" }).build()
        .value,
      tableBuilder(henan2024, "summary").line("spending", { "spending.amount": "2,517.78" }).build()
        .value,
    ];
    const profile: Profile = { ...henan2024Profile, severities: { "same-fact": "error" } };
    expect(findings(check(profile, tables), "same-fact").map((f) => f.severity)).toEqual(["info"]);
  });

  it('"off" turns a rule off: not applicable, no findings, the others unchanged', () => {
    const profile: Profile = { ...henan2024Profile, severities: { "sanGong.sum": "off" } };
    const r = check(profile, broken);
    expect(line(r, "sanGong.sum")).toEqual({
      ruleId: "sanGong.sum",
      severity: "off",
      outcome: "not-applicable",
      findings: 0,
    });
    expect(findings(r, "sanGong.sum")).toEqual([]);
    expect(findings(r, "amount.negative")).toHaveLength(1);
    expect(r.outcomes.map((o) => o.ruleId)).toEqual(RULES.map((x) => x.id));
  });
});

describe("rules and definitions are data", () => {
  it("a profile runs only the rules it lists, in its order", () => {
    const only = RULES.filter(
      (r) => r.id === "amount.negative" || r.id === "sanGong.sum",
    ).reverse();
    const r = check({ ...henan2024Profile, rules: only }, broken);
    expect(r.outcomes.map((o) => o.ruleId)).toEqual(["amount.negative", "sanGong.sum"]);
    expect(new Set(r.findings.map((f) => f.ruleId))).toEqual(
      new Set(["amount.negative", "sanGong.sum"]),
    );
  });

  it("a profile's 三公 measure decides what sanGong.bound compares", () => {
    const tables = [
      tableBuilder(henan2024, "sanGong")
        .single({ total: "6.50", abroad: "", vehicles: "4.00", reception: "2.50" })
        .build().value,
      tableBuilder(henan2024, "gpbBasic")
        .row("30299", { total: "3.00" }, "其他商品和服务支出")
        .build().value,
    ];
    // by default 接待 is 30217 only, and the 30299 row lists no 30217: a lower bound of 0.00
    expect(findings(check(nationalProfile, tables), "sanGong.bound")).toEqual([]);
    const base = nationalProfile.definitions.sanGong as SumMeasure;
    const sanGong: SumMeasure = {
      ...base,
      parts: base.parts.map((x) =>
        x.id === "sanGong.reception" && x.kind === "codes" ? { ...x, econ: ["30217", "30299"] } : x,
      ),
    };
    const profile: Profile = {
      ...nationalProfile,
      definitions: { ...nationalProfile.definitions, sanGong },
    };
    const r = check(profile, tables);
    const f = findings(r, "sanGong.bound")[0];
    // basic 30299 = 3.00 > 接待 2.50
    expect([f?.expected, f?.actual, f?.difference]).toEqual(["3.00", "2.50", "-0.50"]);
    expect(f?.params).toMatchObject({ item: "reception", codes: "30217/30299" });
  });

  it("Henan's 三公 is 财政拨款 (其中：财政拨款): 一般公共预算 basic spending is no bound for it", () => {
    const tables = [
      tableBuilder(henan2024, "sanGong").single({ total: "2.50", reception: "2.50" }).build().value,
      tableBuilder(henan2024, "gpbBasic").row("30217", { total: "3.00" }, "公务接待费").build()
        .value,
    ];
    // 3.00 of 一般公共预算 may include 行政事业性收费: not checked rather than a false error
    expect(line(check(henan2024Profile, tables), "sanGong.bound")?.outcome).toBe(
      "insufficient-data",
    );
    // the 支出经济分类汇总表's 财政拨款 column gives it: 30217 2.00 ≤ 2.50
    const grant = tableBuilder(henan2024, "economicSummary")
      .row("30217", { total: "3.00", gpb: "3.00", "gpb.grant": "2.00" }, "公务接待费")
      .build().value;
    expect(line(check(henan2024Profile, [...tables, grant]), "sanGong.bound")?.outcome).toBe(
      "pass",
    );
  });

  it("a profile without decompositions derives nothing: sanGong.sum is not applicable", () => {
    const profile: Profile = {
      ...henan2024Profile,
      definitions: { ...henan2024Profile.definitions, decompositions: [] },
    };
    expect(line(check(profile, broken), "sanGong.sum")?.outcome).toBe("not-applicable");
  });
});

describe("profileFor", () => {
  it("resolves each built-in template (by its profile field) to its profile", () => {
    expect(profileFor(henan2024)).toBe(henan2024Profile);
    expect(profileFor(shanghai)).toBe(shanghaiProfile);
    expect(profileFor(nationalMinimum)).toBe(nationalProfile);
  });

  it("keeps the profile of a built-in template copied under another id", () => {
    expect(profileFor({ ...shanghai, id: "shanghaiPudong" })).toBe(shanghaiProfile);
  });

  it("falls back to the national profile for a template of one's own", () => {
    const { profile: _, ...bare } = henan2024;
    expect(profileFor({ ...bare, id: "mine" })).toBe(nationalProfile);
    expect(profileFor({ ...henan2024, profile: "nowhere" })).toBe(nationalProfile);
  });

  it("with templateById, resolves meta.template of a disclosure", () => {
    const template = templateById("henan2024");
    expect(template).toBeDefined();
    if (template === undefined) return;
    const sanGong = tableBuilder(template, "sanGong")
      .single({
        total: "6.50",
        abroad: "",
        vehicles: "4.00",
        "vehicles.purchase": "",
        "vehicles.operation": "4.00",
        reception: "2.60",
      })
      .build().value;
    const report = checkDisclosure(
      { meta: meta(), tables: [sanGong], texts: [] },
      { template, profile: profileFor(template) },
    );
    expect(report.findings.map((f) => f.ruleId)).toContain("sanGong.sum");
  });
});
