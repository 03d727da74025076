import { describe, expect, it } from "vitest";
import { amount, amountsEqual, UNITS, type Unit } from "../amount";
import { catalog2024 } from "../catalog/2024";
import type { DisclosureMeta, UnitType } from "../disclosure";
import { henan2024, type Template } from "../templates";
import { checkDisclosure } from "./check";
import { henan2024Profile, RULES, shanghaiProfile } from "./profiles";
import { renderFinding } from "./render";
import { RENDERED } from "./render-expected";
import { SCENARIOS, type Scenario } from "./render-scenarios";
import { only } from "./test-support";
import type { Finding } from "./types";

/**
 * Messages: one small disclosure (or several) per rule of RULES that makes it report (the
 * scenarios of render-scenarios.ts), and every finding rendered in both locales.
 */

const META = (unitType: UnitType, template: string): DisclosureMeta => ({
  year: 2024,
  documentKind: "单位",
  template,
  department: { name: "某单位" },
  units: [{ name: "某单位", unitType }],
});

function run(ruleId: string, sc: Scenario): Finding[] {
  const template = sc.template ?? henan2024;
  const report = checkDisclosure(
    {
      meta: META(sc.unitType ?? "行政", sc.named ?? template.id),
      tables: sc.tables,
      texts: sc.text === undefined ? [] : [{ title: "情况说明", body: sc.text }],
      ...(sc.targets === undefined ? {} : { targets: sc.targets }),
    },
    {
      // the scenario's rule alone: its findings are what the rule reports, and the other rules'
      // code is not run (nor re-run per mutant when this file is collected)
      profile: only(sc.profile ?? henan2024Profile, ruleId),
      template,
      ...(sc.catalog === true ? { catalog: catalog2024 } : {}),
    },
  );
  return report.findings.filter((f) => f.ruleId === ruleId);
}

/** Every finding of the scenarios, with the template it was checked with. */
const ALL: readonly (readonly [string, Finding, Template])[] = Object.entries(SCENARIOS).flatMap(
  ([id, scs]) =>
    scs.flatMap((sc) => run(id, sc).map((f) => [id, f, sc.template ?? henan2024] as const)),
);

describe("messages of every rule", () => {
  it("has a scenario for every rule of RULES, and nothing else", () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it.each(Object.keys(SCENARIOS))("%s reports at least one finding in its scenarios", (id) => {
    expect(ALL.filter(([rid]) => rid === id).length).toBeGreaterThan(0);
  });

  it("covers each outcome kind: fail and insufficient-data, error, warning and info", () => {
    expect(new Set(ALL.map(([, f]) => f.outcome))).toEqual(new Set(["fail", "insufficient-data"]));
    expect(new Set(ALL.map(([, f]) => f.severity))).toEqual(new Set(["error", "warning", "info"]));
  });

  it.each(ALL.map(([id, f, t], i) => [`${id} #${i}`, f, t] as const))(
    "%s renders in zh-CN and en, with its template and without: non-empty, different, no undefined / NaN",
    (_, f, t) => {
      for (const template of [t, undefined]) {
        const zh = renderFinding(f, RULES, "zh-CN", template);
        const en = renderFinding(f, RULES, "en", template);
        for (const text of [zh, en]) {
          expect(text.trim()).not.toBe("");
          expect(text).not.toMatch(/undefined|NaN|\[object Object\]/u);
        }
        expect(zh).not.toBe(en);
        expect(zh).toMatch(/\p{Script=Han}/u);
        expect(en).not.toMatch(/ [,.;:)]| {2}/u);
        expect(en).not.toMatch(/^[a-z]/u);
      }
      expect(renderFinding(f, RULES)).toBe(renderFinding(f, RULES, "zh-CN"));
    },
  );

  it.each(ALL.map(([id, f, t], i) => [`${id} #${i}`, f, t] as const))(
    "%s holds data only: no text in a locale, no table name among its params",
    (_, f, t) => {
      expect(Object.keys(f.params).filter((k) => /(Zh|En)$/u.test(k))).toEqual([]);
      const names = t.tables.flatMap((k) => [k.name["zh-CN"], k.name.en]);
      for (const value of Object.values(f.params).map(String)) {
        expect(value).not.toContain("【");
        expect(names.filter((n) => value.includes(n))).toEqual([]);
      }
    },
  );

  it("renders every scenario's finding word for word in both locales (render-expected.ts)", () => {
    const seen = new Map<string, number>();
    const got = ALL.map(([id, f, t]) => {
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      return [`${id} #${n}`, renderFinding(f, RULES, "zh-CN", t), renderFinding(f, RULES, "en", t)];
    });
    const want = Object.entries(RENDERED).flatMap(([id, pairs]) =>
      pairs.map(([zh, en], n) => [`${id} #${n}`, zh, en]),
    );
    expect(got).toEqual(want);
  });

  it("names tables, columns and rows from the template given, by their ids without one", () => {
    const f = ALL.find(([id]) => id === "rollup")?.[1];
    if (f === undefined) throw new Error("no rollup finding");
    // the 201 row of the 支出表 printed 1,635.08, its 款 20131 1,635.07
    expect(renderFinding(f, RULES, "zh-CN", henan2024)).toBe(
      "【部门支出预算表】201 行「合计」列 为 1,635.08，按 下级行之和 应为 1,635.07（【部门支出预算表】20131 行「合计」列（1,635.07）），相差 0.01万元。",
    );
    expect(renderFinding(f, RULES, "en", henan2024)).toBe(
      '[Expenditure] row 201, column "合计" is 1,635.08, but the sum of its child rows gives 1,635.07 ([Expenditure] row 20131, column "合计" (1,635.07)): a difference of 0.01 万元.',
    );
    expect(renderFinding(f, RULES, "en")).toBe(
      '[expenditure] row 201, column "total" is 1,635.08, but the sum of its child rows gives 1,635.07 ([expenditure] row 20131, column "total" (1,635.07)): a difference of 0.01 万元.',
    );
  });

  it.each(
    ALL.filter(([, f]) => f.expected !== undefined).map(
      ([id, f], i) => [`${id} #${i}`, f] as const,
    ),
  )("%s quotes its expected and actual amounts in both locales", (_, f) => {
    const expected = String(f.params.expected);
    const actual = String(f.params.actual);
    // the quoted figures are the finding's, as printed (grouped by thousands, each in its own unit
    // when the two differ); the finding's own fields state both in its one unit
    const unit = (k: string): Unit => String(f.params[`${k}Unit`] ?? f.unit) as Unit;
    const money = (UNITS as readonly string[]).includes(String(f.unit));
    const same = (quoted: string, k: string, value: string | undefined) =>
      value !== undefined &&
      (money
        ? amountsEqual(amount(quoted.replaceAll(",", ""), unit(k)), amount(value, f.unit ?? "万元"))
        : quoted.replaceAll(",", "") === value);
    expect(same(expected, "expected", f.expected)).toBe(true);
    if (actual !== "") expect(same(actual, "actual", f.actual)).toBe(true);
    if (f.params.expectedUnit !== undefined)
      expect(f.params.expectedUnit).not.toBe(f.params.actualUnit);
    for (const locale of ["zh-CN", "en"] as const) {
      const text = renderFinding(f, RULES, locale);
      expect(text).toContain(expected);
      expect(text).toContain(actual);
    }
  });

  it("groups thousands in quoted amounts: 1,635.07 and 1,635.08", () => {
    const f = ALL.find(([id]) => id === "rollup")?.[1];
    expect(f === undefined ? "" : renderFinding(f, RULES, "en")).toContain(
      "is 1,635.08, but the sum of its child rows gives 1,635.07",
    );
  });

  it("quotes the code a catalog finding is about", () => {
    for (const [, f] of ALL.filter(([id]) => id.startsWith("code.") || id === "econ.mapping")) {
      const code = String(f.params.code);
      expect(code).toMatch(/^\d+$/u);
      expect(renderFinding(f, RULES, "zh-CN")).toContain(code);
      expect(renderFinding(f, RULES, "en")).toContain(code);
    }
  });

  it("renders a finding of a rule it is not given from its id and params", () => {
    const f: Finding = {
      ruleId: "custom.rule",
      severity: "warning",
      outcome: "fail",
      params: { n: 3 },
      evidence: [],
    };
    expect(renderFinding(f, RULES, "en")).toBe('custom.rule {"n":3}');
  });

  it("the Shanghai profile renders the same rule ids with the same messages", () => {
    const f = ALL.find(([id]) => id === "sanGong.sum")?.[1];
    if (f === undefined) throw new Error("no sanGong.sum finding");
    expect(renderFinding(f, shanghaiProfile.rules, "en")).toBe(renderFinding(f, RULES, "en"));
  });
});
