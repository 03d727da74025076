import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import { checkDisclosure, type Finding, RULES, renderFinding, shanghaiProfile } from "../src/rules";
import { shanghai } from "../src/templates";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import { shanghaiWelfare2024Fixture } from "./fixtures/shanghai-welfare-2024";
import { fixtureDisclosure } from "./support/disclosures";

const run = (fixture: typeof shanghaiFinance2025Fixture) => {
  const { disclosure, problems } = fixtureDisclosure(fixture, shanghai);
  const report = checkDisclosure(disclosure, {
    profile: shanghaiProfile,
    template: shanghai,
    catalog: catalog2024,
  });
  return { report, problems };
};
const serious = (fs: readonly Finding[]) => fs.filter((f) => f.severity !== "info");
const SUM_RULES = [
  "balance",
  "totals",
  "rollup",
  "nature",
  "funds",
  "same-fact",
  "sanGong.sum",
  "ofWhich",
  "projectSplit",
];

describe("Shanghai municipal finance bureau 2025", () => {
  const { report } = run(shanghaiFinance2025Fixture);

  it("finds the 1 元 break of the 302 subtotal, citing the 302 row and its 款", () => {
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) {
      expect(f.ruleId).toBe("rollup");
      expect(f.path).toMatchObject({ table: "gpbBasic", row: "economic:302" });
      expect([f.expected, f.actual, f.difference, f.unit]).toEqual([
        "24840778",
        "24840779",
        "1",
        "元",
      ]);
      const cited = f.evidence.flatMap((e) => e.sources.map((s) => s.row));
      expect(cited).toContain("economic:30201");
      expect(cited).toContain("economic:30299");
    }
  });

  it("finds the two empty tables without a note", () => {
    const notes = report.findings.filter((f) => f.ruleId === "table.emptyNote");
    expect(notes.map((f) => f.path?.table).sort()).toEqual([
      "govFundExpenditure",
      "soeExpenditure",
    ]);
    expect(notes.every((f) => f.severity === "warning")).toBe(true);
  });

  it("reports nothing else at error or warning level (nothing false)", () => {
    const other = serious(report.findings).filter(
      (f) => f.ruleId !== "rollup" && f.ruleId !== "table.emptyNote",
    );
    expect(other.map((f) => renderFinding(f, RULES, "en", shanghai))).toEqual([]);
  });

  it("holds 三公 = 288.70 + 25.40 + 32.20 and 机关运行经费 = 公用经费 within rounding (info, not silence)", () => {
    const outcome = (id: string) => report.outcomes.find((o) => o.ruleId === id)?.outcome;
    expect(outcome("sanGong.sum")).toBe("pass");
    expect(outcome("sanGong.bound")).toBe("pass");
    const oc = report.findings.filter((f) => f.ruleId === "operatingCost.definition");
    expect(oc).toHaveLength(1);
    expect(oc[0]?.severity).toBe("info");
    // 2,517.78万元 = 25,177,800元 against 25,177,779元: 21元, inside the ±50元 of two printed decimals
    expect([oc[0]?.difference, oc[0]?.unit]).toEqual(["21", "元"]);
  });
});

describe("Shanghai Putuo welfare home 2024", () => {
  const { report, problems } = run(shanghaiWelfare2024Fixture);

  it("finds the two names of class 210", () => {
    const consistent = report.findings.filter((f) => f.ruleId === "code.nameConsistent");
    expect(consistent.map((f) => f.params.code)).toContain("210");
    const legacy = report.findings.filter(
      (f) => f.ruleId === "code.name" && f.params.code === "210",
    );
    expect(legacy.length).toBeGreaterThan(0);
    expect(legacy.every((f) => f.params.kind === "alias")).toBe(true);
  });

  it("finds the economic code/name mismatches, e.g. 302 02 printed 咨询费 where 30202 is 印刷费", () => {
    const f = report.findings.find((x) => x.ruleId === "code.name" && x.params.code === "30202");
    expect(f?.severity).toBe("warning");
    expect([f?.params.name, f?.params.expected]).toEqual(["咨询费", "印刷费"]);
    // Its 302 款 follow a local numbering: the national names of these codes (部门预算支出经济分类)
    // differ from what it prints.
    const mismatched = (code: string) =>
      report.findings.find((x) => x.ruleId === "code.name" && x.params.code === code)?.params;
    expect(mismatched("30203")).toMatchObject({ name: "水费", expected: "咨询费" });
    expect(mismatched("30205")).toMatchObject({ name: "邮电费", expected: "水费" });
    expect(mismatched("30207")).toMatchObject({ name: "工会经费", expected: "邮电费" });
    expect(mismatched("30212")).toMatchObject({
      name: "机关事业单位退休人员活动费",
      expected: "因公出国（境）费用",
    });
    // and codes the national catalog does not have at all are errors against its complete 款 level
    const unknown = report.findings
      .filter((x) => x.ruleId === "code.known")
      .map((x) => x.params.code);
    expect(unknown).toContain("30210");
  });

  it("says nothing false about its sums", () => {
    const sums = serious(report.findings).filter((f) => SUM_RULES.includes(f.ruleId));
    expect(sums.map((f) => renderFinding(f, RULES, "en", shanghai))).toEqual([]);
  });

  it("does not test 三公 against codes whose printed name contradicts the catalog (local numbering)", () => {
    expect(
      report.findings.filter((f) => f.ruleId === "sanGong.bound" && f.severity !== "info"),
    ).toEqual([]);
  });

  it("does not apply 机关运行经费 to a 事业单位", () => {
    expect(report.outcomes.find((o) => o.ruleId === "operatingCost.definition")?.outcome).toBe(
      "not-applicable",
    );
  });

  it("the reader reports the misprinted class code 7 11 02 (kept in the problem, not dropped silently)", () => {
    const malformed = [...problems.values()].flat().filter((p) => p.code === "malformed-code");
    expect(malformed.length).toBe(2);
  });
});
