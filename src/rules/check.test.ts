import { describe, expect, it } from "vitest";
import { catalog2024 } from "../catalog/2024";
import { type Disclosure, type DisclosureMeta, type Table, tableBuilder } from "../disclosure";
import { henan2024, shanghai } from "../templates";
import { checkDisclosure } from "./check";
import { henan2024Profile, RULES, shanghaiProfile } from "./profiles";
import { renderFinding } from "./render";
import type { Finding } from "./types";

/** The report: every rule's outcome, the findings, the printed cells no rule reached. */

const META: DisclosureMeta = {
  year: 2024,
  documentKind: "单位",
  template: "henan2024",
  department: { name: "某单位" },
  units: [{ name: "某单位", unitType: "行政" }],
};

const disclosure = (...tables: Table[]): Disclosure => ({ meta: META, tables, texts: [] });
const check = (d: Disclosure, locale?: "en") =>
  checkDisclosure(d, {
    profile: henan2024Profile,
    template: henan2024,
    catalog: catalog2024,
    ...(locale === undefined ? {} : { locale }),
  });

describe("the check report", () => {
  it("says 'not applicable' for every rule of an empty disclosure, never 'pass' (but that it was checked with its own template)", () => {
    const r = check(disclosure());
    expect(r.outcomes.map((o) => o.ruleId)).toEqual(RULES.map((x) => x.id));
    const about = r.outcomes.filter((o) => o.ruleId !== "template.match");
    expect(about.every((o) => o.outcome === "not-applicable" && o.findings === 0)).toBe(true);
    expect(r.outcomes.find((o) => o.ruleId === "template.match")?.outcome).toBe("pass");
    expect(r.findings).toEqual([]);
    expect(r.unconstrained).toEqual([]);
  });

  it("lists each rule once, in profile order, with its configured severity and finding count", () => {
    const t = tableBuilder(henan2024, "sanGong")
      .single({ total: "6.50", abroad: "", vehicles: "4.00", reception: "2.60" })
      .build().value;
    const r = check(disclosure(t));
    expect(r.outcomes.map((o) => [o.ruleId, o.severity])).toEqual(
      RULES.map((x) => [x.id, x.severity]),
    );
    for (const o of r.outcomes)
      expect([o.ruleId, o.findings]).toEqual([
        o.ruleId,
        r.findings.filter((f) => f.ruleId === o.ruleId).length,
      ]);
    expect(r.outcomes.find((o) => o.ruleId === "sanGong.sum")).toMatchObject({
      outcome: "fail",
      findings: 1,
    });
  });

  it("reports its locale: zh-CN by default, en on request", () => {
    expect(check(disclosure()).locale).toBe("zh-CN");
    expect(check(disclosure(), "en").locale).toBe("en");
  });

  it("lists a printed cell no rule reaches (a lone 项 row) as unconstrained", () => {
    const t = tableBuilder(henan2024, "expenditure")
      .functional("2013101", "行政运行", { total: "558.07", basic: "" })
      .build().value;
    expect(check(disclosure(t)).unconstrained).toEqual([
      { table: "expenditure", row: "functional:2013101", column: "total", raw: "558.07" },
    ]);
  });

  it("lists nothing when every printed cell is compared (6.50 = 4.00 + 2.50; 4.00 = 1.00 + 3.00)", () => {
    const t = tableBuilder(henan2024, "sanGong")
      .single({
        total: "6.50",
        abroad: "",
        vehicles: "4.00",
        "vehicles.purchase": "1.00",
        "vehicles.operation": "3.00",
        reception: "2.50",
      })
      .build().value;
    const r = check(disclosure(t));
    expect(r.unconstrained).toEqual([]);
    expect(r.outcomes.find((o) => o.ruleId === "sanGong.sum")?.outcome).toBe("pass");
  });

  it("does not change the disclosure it checks", () => {
    const t = tableBuilder(henan2024, "expenditure").total({ total: "1.00" }).build().value;
    const d = disclosure(t);
    const before = JSON.stringify(d);
    check(d);
    expect(JSON.stringify(d)).toBe(before);
  });
});

describe("misuse reported in the report", () => {
  const sanGong = {
    kind: "sanGong",
    unit: "万元" as const,
    rows: [
      {
        key: { kind: "single" as const },
        cells: {
          total: "6.50",
          abroad: "",
          vehicles: "4.00",
          "vehicles.purchase": "",
          "vehicles.operation": "4.00",
          reception: "2.60",
        },
      },
    ],
  };
  const disclosure = (template: string) => ({
    meta: {
      year: 2024,
      documentKind: "单位" as const,
      template,
      department: { name: "x" },
      units: [],
    },
    tables: [sanGong],
    texts: [],
  });

  it("a disclosure checked with another template than the one it names: template.match, the way out in the message", () => {
    const report = checkDisclosure(disclosure("henan2024"), {
      profile: shanghaiProfile,
      template: shanghai,
    });
    const f = report.findings.find((x) => x.ruleId === "template.match");
    expect([f?.severity, f?.params]).toEqual([
      "error",
      { template: "henan2024", expected: "shanghai" },
    ]);
    expect(renderFinding(f as Finding, RULES, "en")).toContain('templateById("henan2024")');
    expect(report.outcomes.find((o) => o.ruleId === "template.match")?.outcome).toBe("fail");
    const ok = checkDisclosure(disclosure("henan2024"), {
      profile: henan2024Profile,
      template: henan2024,
    });
    expect(ok.outcomes.find((o) => o.ruleId === "template.match")?.outcome).toBe("pass");
  });

  it("a profile that reports a rule at info still says fail when the rule finds a real mismatch", () => {
    const profile = { ...henan2024Profile, severities: { "sanGong.sum": "info" as const } };
    const report = checkDisclosure(disclosure("henan2024"), { profile, template: henan2024 });
    const sum = report.findings.filter((x) => x.ruleId === "sanGong.sum");
    expect(sum.map((x) => x.severity)).toEqual(["info"]);
    expect(report.outcomes.find((o) => o.ruleId === "sanGong.sum")).toMatchObject({
      severity: "info",
      outcome: "fail",
      findings: 1,
    });
  });
});
