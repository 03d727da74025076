/**
 * Issue 8 on the three fixture disclosures: every figure of their narratives read, placed and
 * checked against their tables, with exactly the known problems of `shared/fixtures/README.md`
 * found and nothing else above info; and the Henan 情况说明 written back from the data.
 */
import { describe, expect, it } from "vitest";
import { amount } from "../src/amount";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { factKey } from "../src/facts";
import {
  extractClaims,
  henan2024Narrative,
  type NarrativeInputs,
  renderNarrative,
  withNarrative,
} from "../src/narrative";
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
  const r = read(henan);

  it("places every number that carries an amount (nothing unplaced at all)", () => {
    expect(r.unplaced).toEqual([]);
  });

  it("reads the figures of DOMAIN §7 and the fixture README", () => {
    const amounts = new Map(
      r.claims.flatMap((c) =>
        c.kind === "amount" ? [[factKey(c.subject.concept, c.subject.coords), c.value.value]] : [],
      ),
    );
    expect(Object.fromEntries(amounts)).toMatchObject({
      "revenue.total": "969.06",
      "spending.total": "969.06",
      "revenue|fund=gpb": "969.06",
      "spending|nature=basic": "682.06",
      "spending|nature=project": "287.00",
      "spending|fund=gpb|nature=basic.personnel": "630.38",
      "spending|fund=gpb|nature=basic.public": "51.68",
      sanGong: "6.50",
      "sanGong|item=reception": "2.50",
      "sanGong|item=vehicles.operation": "4.00",
      operatingCost: "49.68",
    });
    const changes = r.claims.flatMap((c) =>
      c.kind === "change"
        ? [`${factKey(c.subject.concept, c.subject.coords)} ${c.direction} ${c.delta?.value ?? ""}`]
        : [],
    );
    expect(changes).toEqual([
      "revenue.total up 134.22",
      "spending.total up 134.22",
      "revenue|fund=gpb up 134.22",
      "spending|fund=gpb up 134.22",
      "sanGong down -1.00",
      "sanGong|item=abroad flat ",
      "sanGong|item=reception down -1.00",
      "sanGong|item=vehicles.purchase flat ",
      "sanGong|item=vehicles.operation flat ",
      "operatingCost up 6.13",
    ]);
    const percents = r.claims.flatMap((c) => (c.kind === "percent" ? [c.percent] : []));
    expect(percents).toEqual([
      "16.08",
      "16.08",
      "70.38",
      "29.62",
      "16.08",
      "16.08",
      "70.38",
      "29.62",
      "92.42",
      "7.58",
    ]);
    const counts = r.claims.flatMap((c) => (c.kind === "count" ? [`${c.what} ${c.value}`] : []));
    expect(counts).toEqual([
      "projects 11",
      "vehicles 2",
      "vehicles 2",
      "equipment 0",
      "equipment 0",
    ]);
  });

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
  // Every figure right, worded as other templates word them.
  const VARIANT = [
    "一、收入支出预算总体情况",
    "2024年收入总计969.06万元，较上年增加134.22万元，增长16.08%；支出总计969.06万元。增长的主要原因是人员经费增加。",
    "二、收入预算情况",
    "2024年收入预算969.06万元，其中：一般公共预算拨款收入969.06万元，占100.00%。",
    "三、支出预算情况",
    "2024年支出预算969.06万元，其中：基本支出682.06万元，占70.38%；项目支出287.00万元，占29.62%。",
    "四、一般公共预算支出情况",
    "2024年一般公共预算支出969.06万元。按功能分类：“一般公共服务支出（类）党委办公厅（室）及相关机构事务（款）行政运行（项）”558.07万元；一般行政管理事务（项）77.00万元；“住房保障支出”科目53.02万元。",
    "五、一般公共预算基本支出情况",
    "2024年一般公共预算基本支出682.06万元，其中：人员经费和公用经费分别为630.38万元、51.68万元，分别占92.42%和7.58%。",
    "六、“三公”经费",
    "2024年“三公”经费预算6.50万元，同比减少1.00万元，下降13.33%。其中：因公出国（境）费0.00万元，与上年持平；公务接待费2.50万元，较上年减少1.00万元，主要原因是厉行节约；公务用车购置及运行维护费4.00万元（其中：公务用车购置费0.00万元，公务用车运行维护费4.00万元），与上年持平。",
    "七、机构运转经费",
    "2024年机构运转经费49.68万元，包括公用经费15.52万元、工会经费5.65万元、职工福利费7.07万元、公务用车运行维护费4.00万元等。",
    "八、政府性基金与国有资本经营预算",
    "本部门2024年没有政府性基金预算拨款安排的支出，也无国有资本经营预算拨款安排的支出。",
    "九、政府采购与绩效",
    "2024年本部门无政府采购预算。纳入绩效目标管理的项目11个，涉及资金287.00万元。",
    "十、国有资产",
    "截至2023年12月31日，本部门共有车辆2辆，其中一般公务用车2辆。",
  ].join("\n");
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

  it("places the figures, and returns the ones it has no word for (工会经费, 职工福利费) as unplaced", () => {
    const r = extractClaims(VARIANT, {
      year: 2024,
      catalog: catalog2024.functional,
      tables: henan.tables,
    });
    expect(r.claims.filter((c) => c.kind === "amount").length).toBeGreaterThanOrEqual(24);
    expect(r.unplaced.map((u) => u.span.text)).toEqual(["5.65万元", "7.07万元"]);
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
      "error narrative.amount: 【情况说明】“4. “社会保障和就业支出（类）社会福利（款）社会福利事业单位（项）”738.66万元” 与表中不符：表中为 696.48万元（【一般公共预算支出功能分类预算表】2081005 行「一般公共预算支出/合计」列（6,964,796））。",
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

  it("places every number that carries an amount", () => {
    expect(read(welfare).unplaced).toEqual([]);
  });
});

describe("Shanghai municipal finance bureau 2025", () => {
  const { rendered } = check(finance, shanghai);

  it("warns of 0 vehicles with 公务用车运行费 32.20万元, and nothing else from the narrative", () => {
    expect(rendered(NARRATIVE)).toEqual([
      "warning plausibility.vehicleRunning: 说明称共有车辆 0辆，却安排公务用车运行费 32.20万元。",
    ]);
  });

  it("reads its whole-万元 figures as rounded restatements of the 元 tables (17,192 for 171,915,169)", () => {
    const r = read(finance);
    expect(r.unplaced).toEqual([]);
    const total = r.claims.find((c) => c.kind === "amount" && c.subject.concept === "revenue");
    expect(total?.kind === "amount" && [total.value.value, total.value.decimals]).toEqual([
      "17192",
      0,
    ]);
  });
});

describe("renderNarrative writes the Henan 情况说明", () => {
  const reason = "人员数量增加，人员经费增加；按照上级要求，开展相关工作，公用经费增加。";
  const inputs: NarrativeInputs = {
    template: henan2024Narrative,
    tables: henan2024,
    name: "中共洛阳市涧西区委办公室",
    prior: {
      "spending.total": amount("834.84"),
      gpb: amount("834.84"),
      sanGong: amount("7.50"),
      "sanGong.abroad": amount("0"),
      "sanGong.reception": amount("3.50"),
      "sanGong.vehicles.purchase": amount("0"),
      "sanGong.vehicles.operation": amount("4.00"),
      operatingCost: amount("43.55"),
    },
    reasons: {
      "spending.total": reason,
      gpb: reason,
      "sanGong.reception": "厉行节约，缩减公务接待支出。",
      operatingCost: "按照上级要求，开展相关工作，公用经费增加。",
    },
    assets: {
      asOf: "2023年期末",
      vehicles: 2,
      vehicleCategories: [["一般公务用车", 2]],
      equipment: [
        ["单位价值50万元以上通用设备", 0, "套"],
        ["单位价值100万元以上专用设备", 0, "套"],
      ],
    },
    // the document types the 公务用车 subtotal as 4 (the table prints 4.00)
    printed: { "sanGong.vehicles": "4" },
  };
  const text = renderNarrative(henan, inputs);
  const squeeze = (s: string) => s.replace(/\s+/gu, "");

  it("equals the fixture's text after whitespace normalisation", () => {
    expect(squeeze(text)).toBe(squeeze(henan2024Fixture.narrative));
    // and line by line (one paragraph a line, as the fixture)
    expect(text.split("\n").map(squeeze)).toEqual(
      henan2024Fixture.narrative.split("\n").map(squeeze),
    );
  });

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
  it("Henan: every figure of the 情况说明 placed; the coverage line says so", () => {
    const { report } = check(henan, henan2024);
    const texts = report.coverage.texts;
    expect(texts.map((t) => [t.section, t.figures, t.placed, t.notUnderstood])).toEqual([
      ["情况说明", read(henan).claims.length, read(henan).claims.length, 0],
    ]);
    expect(formatCoverage(report.coverage, "en")).toMatch(/; texts: \d+ figures, 0 not placed$/u);
  });

  it("a sentence whose number the reader cannot place is counted, at info, never a finding", () => {
    const body = `${henan.texts[0]?.body ?? ""}\n另有若干事项涉及12项安排。`;
    const { report } = check({ ...henan, texts: [{ title: "情况说明", body }] }, henan2024);
    const gaps = report.coverage.texts[0]?.gaps ?? [];
    expect(gaps.length).toBe(
      read({ ...henan, texts: [{ title: "情况说明", body }] }).unplaced.length,
    );
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.some((g) => g.sentence.includes("12项"))).toBe(true);
    expect(report.findings.filter((f) => f.severity !== "info" && NARRATIVE(f.ruleId))).toEqual([]);
  });
});
