/**
 * Issue 8 on the three fixture disclosures, through the whole checker: every figure of their
 * narratives checked against their tables, with exactly the known problems of
 * `shared/fixtures/README.md` found and nothing else above info, and the Henan 情况说明 written
 * back from the data passing every rule. How each figure is read and placed, and the written-back
 * text itself, are tested without the checker in test/narrative-read.test.ts.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { extractClaims, renderNarrative, withNarrative } from "../src/narrative";
import {
  checkDisclosure,
  formatCoverage,
  henan2024Profile,
  renderFinding,
  shanghaiProfile,
} from "../src/rules";
import { henan2024, shanghai, type Template } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import { shanghaiWelfare2024Fixture } from "./fixtures/shanghai-welfare-2024";
import { fixtureDisclosure } from "./support/disclosures";
import { HENAN_INPUTS, VARIANT } from "./support/narrative-henan";

const henan = fixtureDisclosure(henan2024Fixture, henan2024).disclosure;
const welfare = fixtureDisclosure(shanghaiWelfare2024Fixture, shanghai).disclosure;
const finance = fixtureDisclosure(shanghaiFinance2025Fixture, shanghai).disclosure;

const read = (d: Disclosure) =>
  extractClaims(d.texts[0]?.body ?? "", {
    year: d.meta.year,
    catalog: catalog2024.functional,
    tables: d.tables,
  });
const check = (d: Disclosure, template: Template) => {
  const profile = withNarrative(template === shanghai ? shanghaiProfile : henan2024Profile);
  const report = checkDisclosure(d, { profile, template, catalog: catalog2024 });
  const rendered = (pred: (id: string) => boolean) =>
    report.findings
      .filter((f) => pred(f.ruleId))
      .map(
        (f) => `${f.severity} ${f.ruleId}: ${renderFinding(f, profile.rules, "zh-CN", template)}`,
      );
  return { report, rendered };
};
const NARRATIVE = (id: string) =>
  id.startsWith("narrative.") || id.startsWith("plausibility.") || id.startsWith("table.note");

describe("Henan 2024: every claim placed and passing", () => {
  it("checks them against the tables: no finding at all from the narrative rules, each applicable one passing", () => {
    const { report, rendered } = check(henan, henan2024);
    expect(rendered(() => true).filter((s) => !s.startsWith("info"))).toEqual([]);
    expect(rendered(NARRATIVE)).toEqual([]);
    const outcome = (id: string) => report.outcomes.find((o) => o.ruleId === id)?.outcome;
    for (const id of [
      "narrative.amount",
      "narrative.percent",
      "narrative.change",
      "narrative.reason",
      "narrative.residue",
      "plausibility.vehicleRunning",
      "table.note",
    ])
      expect([id, outcome(id)]).toEqual([id, "pass"]);
  });

  it("catches a change that the parts' changes do not give (公务接待费 减少1.00 → 减少1.50)", () => {
    const body = (henan.texts[0]?.body ?? "").replace(
      "预算数比2023年减少1.00万元。主要原因是厉行节约",
      "预算数比2023年减少1.50万元。主要原因是厉行节约",
    );
    const { rendered } = check({ ...henan, texts: [{ title: "情况说明", body }] }, henan2024);
    expect(rendered(NARRATIVE)).toEqual([
      "error narrative.change: 【情况说明】“2024年“三公”经费支出预算数比 2023年减少 1.00万元” 的变动为 -1.00万元，与各组成部分的变动之和不符：按各部分的变动应为 -1.50万元。",
    ]);
  });

  it("catches a stale figure changed in the text (基本支出 682.06 → 682.60): the amount, not its share", () => {
    const body = (henan.texts[0]?.body ?? "").replace(
      "基本支出 682.06万元，占 70.38%",
      "基本支出 682.60万元，占 70.38%",
    );
    const { rendered } = check({ ...henan, texts: [{ title: "情况说明", body }] }, henan2024);
    expect(rendered(NARRATIVE)).toEqual([
      "error narrative.amount: 【情况说明】“基本支出 682.60万元” 与表中不符：表中为 682.06万元（【部门支出预算表】合计行「基本支出/小计」列（682.06））（差一位数字）。",
    ]);
  });
});

describe("the Henan figures in other districts' words: no false alarm", () => {
  const varied = { ...henan, texts: [{ title: "情况说明", body: VARIANT }] };

  it("checks what it places and finds nothing above info", () => {
    const { report, rendered } = check(varied, henan2024);
    expect(rendered(() => true).filter((s) => !s.startsWith("info"))).toEqual([]);
    expect(report.outcomes.find((o) => o.ruleId === "narrative.amount")?.outcome).toBe("pass");
    expect(report.outcomes.find((o) => o.ruleId === "narrative.percent")?.outcome).toBe("pass");
  });

  it("without its reasons, the two large changes are warned of (narrative.changeReason), nothing else", () => {
    const body = VARIANT.replace("增长的主要原因是人员经费增加。", "").replace(
      "，主要原因是厉行节约",
      "",
    );
    const { rendered } = check({ ...henan, texts: [{ title: "情况说明", body }] }, henan2024);
    expect(rendered(() => true).filter((s) => !s.startsWith("info"))).toEqual([
      "warning narrative.changeReason: 【情况说明】“较上年增加134.22万元” 变动为上年的 16.08%（不低于 10%），但没有说明原因。",
      "warning narrative.changeReason: 【情况说明】“同比减少1.00万元” 变动为上年的 13.33%（不低于 10%），但没有说明原因。",
      "warning narrative.changeReason: 【情况说明】“较上年减少1.00万元” 变动为上年的 28.57%（不低于 10%），但没有说明原因。",
    ]);
  });

  it("catches each figure changed by a digit in that wording", () => {
    for (const [right, wrong] of [
      ["558.07万元", "558.70万元"],
      ["53.02万元", "53.20万元"],
      ["分别为630.38万元", "分别为630.83万元"],
      ["包括公用经费15.52万元", "包括公用经费15.25万元"],
      ["公务接待费2.50万元", "公务接待费2.05万元"],
    ] as const) {
      const body = VARIANT.replace(right, wrong);
      expect(body).not.toBe(VARIANT);
      const { rendered } = check({ ...henan, texts: [{ title: "情况说明", body }] }, henan2024);
      const errors = rendered((id) => id === "narrative.amount");
      expect([wrong, errors.length]).toEqual([wrong, 1]);
    }
  });
});

describe("Shanghai Putuo welfare home 2024", () => {
  const { rendered } = check(welfare, shanghai);

  it("finds the 738.66 claim against the tables' 696.48 (6,964,796 元)", () => {
    const amount = rendered((id) => id === "narrative.amount");
    expect(amount).toEqual([
      "error narrative.amount: 【情况说明】“4. “社会保障和就业支出（类）社会福利（款）社会福利事业单位（项）”738.66万元” 与表中不符：表中为 696.48万元（【一般公共预算支出功能分类预算表】2081005 行「一般公共预算支出/合计」列（6,964,796元））。",
    ]);
  });

  it("finds the empty reason 主要原因是。", () => {
    expect(rendered((id) => id === "narrative.reason")).toEqual([
      "warning narrative.reason: 【情况说明】“与2023年预算持平，主要原因是” 之后没有写明原因。",
    ]);
  });

  it("says nothing else above info from the narrative rules (its six rates recompute)", () => {
    expect(rendered(NARRATIVE).filter((s) => !s.startsWith("info"))).toHaveLength(2);
    expect(rendered((id) => id === "narrative.percent")).toEqual([]);
    // the text's 医疗卫生与计划生育支出 is the former name of 210, as in two of its tables: info
    expect(rendered((id) => id === "narrative.path")).toEqual([
      "info narrative.path: 【情况说明】“5. “医疗卫生与计划生育支出（类）行政事业单位医疗（款）事业单位医疗（项）”50.37万元” 中的“医疗卫生与计划生育支出”是科目 210 的旧称，现名“卫生健康支出”。",
    ]);
  });
});

describe("Shanghai municipal finance bureau 2025", () => {
  const { rendered } = check(finance, shanghai);

  it("warns of 0 vehicles with 公务用车运行费 32.20万元, and nothing else from the narrative", () => {
    expect(rendered(NARRATIVE)).toEqual([
      "warning plausibility.vehicleRunning: 说明称共有车辆 0辆，却安排公务用车运行费 32.20万元。",
    ]);
  });
});

describe("renderNarrative writes the Henan 情况说明", () => {
  const text = renderNarrative(henan, HENAN_INPUTS);

  it("reads back through extractClaims and passes every narrative rule", () => {
    const { report, rendered } = check(
      { ...henan, texts: [{ title: "情况说明", body: text }] },
      henan2024,
    );
    expect(rendered(() => true).filter((s) => !s.startsWith("info"))).toEqual([]);
    expect(report.outcomes.find((o) => o.ruleId === "narrative.amount")?.outcome).toBe("pass");
  });
});

describe("the narrative's coverage in the check report", () => {
  it("Henan: every figure of the 情况说明 placed; the one no table gives (无政府采购) is not compared; the coverage line says so", () => {
    const { report } = check(henan, henan2024);
    const texts = report.coverage.texts;
    const claims = read(henan).claims.length;
    expect(texts.map((t) => [t.section, t.figures, t.placed, t.notUnderstood])).toEqual([
      ["情况说明", claims, claims - 1, 1],
    ]);
    expect(texts[0]?.gaps.map((g) => [g.reason, g.text])).toEqual([["not-compared", "无政府采购"]]);
    expect(formatCoverage(report.coverage, "en")).toMatch(
      /; texts: \d+ figures, 0 not placed, 1 not compared$/u,
    );
  });

  it("a sentence whose number the reader cannot place is counted, at info, never a finding", () => {
    const body = `${henan.texts[0]?.body ?? ""}\n另有若干事项涉及12项安排。`;
    const { report } = check({ ...henan, texts: [{ title: "情况说明", body }] }, henan2024);
    const gaps = (report.coverage.texts[0]?.gaps ?? []).filter((g) => g.reason !== "not-compared");
    expect(gaps.length).toBe(
      read({ ...henan, texts: [{ title: "情况说明", body }] }).unplaced.length,
    );
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.some((g) => g.sentence.includes("12项"))).toBe(true);
    expect(report.findings.filter((f) => f.severity !== "info" && NARRATIVE(f.ruleId))).toEqual([]);
  });
});
