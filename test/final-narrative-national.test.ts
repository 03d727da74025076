/**
 * The 决算 情况说明 in the national form's wordings, as departments outside Shanghai print it
 * (`收入、支出决算总计`, `2024年度收入合计…`, `财政拨款“三公”经费支出预算为…`, `完成预算98.20%`, items
 * numbered `1.`, `政府采购支出总额` with `授予中小企业合同金额…，占政府采购支出总额的…%`), on the Putuo
 * fixtures' figures: read in full (every figure placed), no alarm; a wrong figure is found. A bare
 * `收入合计` / `支出合计` is the year's where 一's 总计 is stated beside it (`parts.ts`).
 */
import { describe, expect, it } from "vitest";
import { final2024, finalProfile, readFinalNarrative } from "../src/final";
import { renderFinding } from "../src/rules";
import type { DisclosureFixture } from "./fixtures/types";
import { FINANCE, finalAlarms, finalReport, PLANNING, SOCIAL } from "./support/final-narrative";

/** `text` as the 情况说明 of `fixture`: read in full (no gap in its coverage), no alarm. */
function expectReadQuietly(fixture: DisclosureFixture, text: string): void {
  const coverage = finalReport(fixture, text).coverage.texts.find((t) => t.section === "情况说明");
  expect(coverage?.gaps.map((g) => g.text)).toEqual([]);
  expect(finalAlarms(fixture, text)).toEqual([]);
}

describe("the national form's wordings: read in full, no alarm on correct figures", () => {
  it.each([
    [
      FINANCE,
      "上海市普陀区财政局2024年度收入、支出决算总计2995.39万元。与2023年度相比，收、支总计各减少56.95万元，下降1.87%。",
    ],
    [
      FINANCE,
      "上海市普陀区财政局2024年度收入、支出决算总计2995.39万元。\n二、收入决算情况说明\n2024年度收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.20万元，占0.21%。",
    ],
    [
      FINANCE,
      "上海市普陀区财政局2024年度收入、支出决算总计2995.39万元。\n三、支出决算情况说明\n2024年度支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%。",
    ],
    [FINANCE, "上海市普陀区财政局2024年度财政拨款收入、支出决算总计2961.68万元。"],
    [
      FINANCE,
      "机关运行经费\n2024年度本部门机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。",
    ],
    [
      FINANCE,
      "七、财政拨款“三公”经费支出决算情况说明\n2024年度财政拨款“三公”经费支出预算为0.95万元，支出决算为0.00万元，完成预算的0.00%。",
    ],
    [
      FINANCE,
      "（二）政府采购支出情况\n2024年度本部门政府采购支出总额251.26万元，其中：政府采购货物支出4.79万元、政府采购工程支出0.00万元、政府采购服务支出246.47万元。授予中小企业合同金额251.26万元，占政府采购支出总额的100.00%，其中：授予小微企业合同金额4.79万元，占政府采购支出总额的1.91%。",
    ],
    [
      FINANCE,
      "（二）政府采购支出情况\n2024年度政府采购支出总额为251.26万元，其中：政府采购货物支出4.79万元，政府采购工程支出0万元，政府采购服务支出246.47万元。授予中小企业合同金额为246.47万元，占政府采购支出总额的98.09%。",
    ],
    [
      PLANNING,
      "一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，完成年初预算95.46%。其中：\n1.社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。年初预算为54.53万元，支出决算为54.53万元，完成年初预算100.00%。决算数与预算数持平。\n2．卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为42.73万元，支出决算为40.35万元，完成年初预算94.43%。决算数小于预算数的主要原因是医疗保险基数变更。",
    ],
    [
      PLANNING,
      "七、财政拨款“三公”经费支出决算情况说明\n2024年度财政拨款“三公”经费支出预算为2.85万元，支出决算为0.39万元，完成预算的13.68%。\n2024年度财政拨款“三公”经费支出决算中，因公出国（境）费支出决算0.00万元，占0.00%；公务用车购置及运行维护费支出决算0.00万元，占0.00%；公务接待费支出决算0.39万元，占100.00%。",
    ],
    [
      PLANNING,
      "七、财政拨款“三公”经费支出决算情况说明\n2024年度财政拨款“三公”经费支出预算数为2.85万元，决算数为0.39万元，完成预算13.68%。其中：公务接待费支出决算为0.39万元。",
    ],
    [
      PLANNING,
      "上海市普陀区规划和自然资源局2024年度收入、支出决算总计9859.38万元。\n二、收入决算情况说明\n2024年度收入合计9746.50万元，其中：财政拨款收入9746.50万元，占100%。",
    ],
    [
      PLANNING,
      "上海市普陀区规划和自然资源局2024年度收入、支出决算总计9859.38万元。\n三、支出决算情况说明\n2024年度支出合计9759.38万元。其中：基本支出5377.64万元，占55.10%；项目支出4381.74万元，占44.90%。",
    ],
  ] as const)("%#", (fixture, text) => {
    const r = finalReport(fixture, text);
    const coverage = r.coverage.texts.find((t) => t.section === "情况说明");
    expect(coverage?.gaps.map((g) => g.text)).toEqual([]);
    expect(coverage?.figures).toBeGreaterThan(0);
    expect(finalAlarms(fixture, text)).toEqual([]);
  });
});

describe("the national form's wordings: a wrong figure is found", () => {
  it.each([
    [
      "（二）政府采购支出情况\n2024年度本部门政府采购支出总额251.25万元，其中：政府采购货物支出4.79万元、政府采购工程支出0.00万元、政府采购服务支出246.47万元。授予中小企业合同金额251.25万元，占政府采购支出总额的100.00%，其中：授予小微企业合同金额4.79万元，占政府采购支出总额的19.1%。",
      "final.narrative.share share",
    ],
    [
      "（二）政府采购支出情况\n2024年度本部门政府采购支出总额251.25万元，其中：政府采购货物支出4.79万元、政府采购工程支出0.00万元、政府采购服务支出264.47万元。",
      "final.narrative.procurement sum",
    ],
    [
      "（二）政府采购支出情况\n2024年度本部门政府采购支出总额251.25万元。授予中小企业合同金额252.25万元。",
      "final.narrative.procurement sme",
    ],
    [
      "上海市普陀区财政局2024年度收入、支出决算总计2995.39万元。\n二、收入决算情况说明\n2024年度收入合计2946.25万元，其中：财政拨款收入2940.05万元，占97.99%；其他收入6.20万元，占0.21%。",
      "final.narrative.share share",
    ],
    [
      "七、财政拨款“三公”经费支出决算情况说明\n2024年度财政拨款“三公”经费支出预算为0.95万元，支出决算为0.00万元，完成预算的10.00%。",
      "final.narrative.rate rate",
    ],
  ])("%s", (text, expected) => {
    expect(finalAlarms(FINANCE, text)).toContain(expected);
  });
});

describe("last year's figure printed before this year's (a probe's false alarms, 2026-12-05)", () => {
  it.each([
    [
      FINANCE,
      "与2023年度政府采购支出总额200.00万元相比，2024年度本部门政府采购支出总额251.26万元，增加51.26万元，增长25.63%。其中：政府采购货物支出4.79万元、政府采购工程支出0万元、政府采购服务支出246.47万元。",
    ],
    [
      FINANCE,
      "2023年度本部门政府采购支出总额200.00万元；2024年度本部门政府采购支出总额251.26万元，其中：政府采购货物支出4.79万元、政府采购工程支出0万元、政府采购服务支出246.47万元。",
    ],
    [
      FINANCE,
      "与2023年度机关运行经费支出182.10万元相比，2024年度本部门机关运行经费支出184.65万元，增加2.55万元，增长1.40%。",
    ],
    [
      FINANCE,
      "2023年度本部门机关运行经费支出182.10万元，2024年度本部门机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。",
    ],
    [
      FINANCE,
      "（三）一般公共预算财政拨款支出决算具体情况\n2023年度一般公共预算财政拨款支出年初预算为3100.00万元；2024年度一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算98.20%。",
    ],
    [
      PLANNING,
      "与2023年度政府采购支出总额2000.00万元相比，2024年度本部门政府采购支出总额2319.22万元，增加319.22万元，增长15.96%。其中：政府采购货物支出122.43万元、政府采购工程支出1387.72万元、政府采购服务支出809.07万元。",
    ],
    [
      PLANNING,
      "与2023年度机关运行经费支出156.32万元相比，2024年度本部门机关运行经费支出142.80万元，减少13.52万元，下降8.65%。",
    ],
  ] as const)("%#", (fixture, text) => {
    expect(finalAlarms(fixture, text)).toEqual([]);
  });
});

describe("七 in one paragraph, items numbered 1. or （1）, changes further on (规划和自然资源局)", () => {
  const OPEN =
    "2024年度财政拨款“三公”经费支出预算为2.85万元，支出决算为0.39万元，完成预算的13.68%。";
  it.each([
    [`${OPEN}与2023年度相比，减少0.15万元，下降27.78%。`, []],
    [
      `${OPEN}\n（1）公务接待费支出0.39万元，占“三公”经费支出决算的100%，较上年减少0.15万元，下降27.78%。`,
      [],
    ],
    // last year's figure in the comparison is read and checked too
    [
      `${OPEN}\n1.因公出国（境）费支出0万元。\n3．公务接待费支出0.39万元，与2023年度公务接待费支出决算0.54万元相比，减少0.15万元，下降27.78%。`,
      [],
    ],
  ])("%s", (text, gaps) => {
    const r = finalReport(PLANNING, text);
    const coverage = r.coverage.texts.find((t) => t.section === "情况说明");
    expect(coverage?.gaps.map((g) => g.text)).toEqual(gaps);
    expect(finalAlarms(PLANNING, text)).toEqual([]);
  });

  it.each([
    `${OPEN}与2023年度相比，减少0.15万元，下降72.22%。`,
    `${OPEN}\n（1）公务接待费支出0.39万元，较上年减少0.15万元，下降72.22%。`,
    `${OPEN}\n（1）公务接待费支出0.93万元。`,
  ])("a wrong figure is found: %s", (text) => {
    expect(finalAlarms(PLANNING, text)).not.toEqual([]);
  });
});

describe("五(三) items whose 年初预算 is printed without 为 (财政局)", () => {
  const HEAD =
    "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。其中：\n";
  const ITEM = "1、一般公共服务支出（类）财政事务（款）行政运行（项）。";
  it("reads 年初预算1560.05万元 and 年初预算数为… (no alarm)", () => {
    for (const words of [
      "年初预算1560.05万元",
      "年初预算数为1560.05万元",
      "年初预算数1560.05万元",
    ]) {
      const text = `${HEAD}${ITEM}${words}。支出决算为1511.89万元，完成年初预算的96.91%。`;
      expect(finalAlarms(FINANCE, text)).toEqual([]);
      const coverage = finalReport(FINANCE, text).coverage.texts.find(
        (t) => t.section === "情况说明",
      );
      expect(coverage?.gaps).toEqual([]);
    }
  });
  it("finds a rate that does not follow from them", () => {
    const text = `${HEAD}${ITEM}年初预算1560.05万元。支出决算为1511.89万元，完成年初预算的69.91%。`;
    expect(finalAlarms(FINANCE, text)).toContain("final.narrative.rate rate");
  });
});

describe("last year's figure printed in the comparison (与2023年度…X万元相比): read and checked", () => {
  it.each([
    "与2023年度机关运行经费支出182.10万元相比，2024年度本部门机关运行经费支出184.65万元，增加2.55万元，增长1.40%。",
    "与2023年度收入支出总计3052.34万元相比，上海市普陀区财政局2024年度收入支出总计2995.39万元，减少56.95万元，下降1.87%。",
  ])("%s", (text) => {
    expectReadQuietly(FINANCE, text);
  });

  it.each([
    "机关运行经费支出184.65万元，比上年增加2.55万元，增长1.40%。",
    "机关运行经费支出184.65万元，较2023年度增加2.55万元，增长1.40%。",
    "机关运行经费支出184.65万元比上年增加2.55万元，增长1.40%。",
    "一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%，比上年减少63.14万元，下降2.10%。",
    "机关运行经费支出184.65万元，比2023年度的182.10万元增加2.55万元，增长1.40%。",
    "机关运行经费支出184.65万元，比上年（182.10万元）增加2.55万元，增长1.40%。",
    "上海市普陀区财政局2024年度收入支出总计2995.39万元，比2023年度决算数3052.34万元减少56.95万元，下降1.87%。",
    "上海市普陀区财政局2024年度收入、支出决算总计2995.39万元，较 2023 年度减少56.95万元，下降1.87%。",
  ])("in a 比 / 较 comparison with a year: %s", (text) => {
    expectReadQuietly(FINANCE, text);
  });

  it.each([
    ["机关运行经费支出184.65万元，比2023年度的128.10万元增加2.55万元，增长1.40%。", "prior"],
    ["机关运行经费支出184.65万元，比2023年度决算数增加2.55万元，增长14.00%。", "rate"],
    [
      "一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%，比上年减少63.14万元，下降21.00%。",
      "rate",
    ],
    [
      "上海市普陀区财政局2024年度收入支出总计2995.39万元，比2023年度决算数3052.34万元减少56.95万元，下降18.70%。",
      "rate",
    ],
  ])("in a 比 comparison, a wrong figure or rate is found: %s", (text, kind) => {
    expect(finalAlarms(FINANCE, text)).toEqual([`final.narrative.growth ${kind}`]);
  });

  it.each([
    // the 比 / 较 is another figure's (a part's, a later sentence's), not this one's
    "2024年度本部门机关运行经费支出184.65万元，其中：公用经费100.00万元，比2023年度决算数增加1.00万元，增长1.01%。",
    "上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度比较，收入支出总计减少56.95万元，下降1.87%。主要原因：项目支出较2023年度决算增加1133.95万元，增长35.00%。",
    "2024年度本部门机关运行经费支出184.65万元，其中：公用经费100.00万元，比2023年度增加1.00万元，增长1.01%。",
    "上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度比较，收入支出总计减少56.95万元，下降1.87%。主要原因：项目支出较2023年度增加1133.95万元，增长35.00%。",
    "机关运行经费支出184.65万元，其中：办公费100.00万元，较上年增加10.00万元，增长11.11%。",
    "机关运行经费支出184.65万元，其中：办公费100.00万元，比上年增加10.00万元，增长11.11%。",
    "机关运行经费支出184.65万元，其中：办公费100.00万元，同比增加10.00万元，增长11.11%。",
    "机关运行经费支出184.65万元。其中水电费同比增加5.00万元，增长10.00%。",
    "上海市普陀区财政局2024年度收入支出总计2995.39万元。主要原因：项目支出较上年减少30.00万元，下降5.00%。",
    "上海市普陀区财政局2024年度收入支出总计2995.39万元，其中：本年收入合计2946.25万元，比2023年度减少50.00万元，下降1.67%。",
    // a bracket that states another figure is no last year's
    "机关运行经费支出184.65万元，比2023年度（不含离退休人员经费12.00万元）增加2.55万元，增长1.40%。",
  ])("nothing is claimed from a 比 that is not the figure's own: %s", (text) => {
    expect(finalAlarms(FINANCE, text)).toEqual([]);
  });

  it("a 比 in another sense opens no comparison (占比, 对比)", () => {
    const text =
      "一般公共预算财政拨款支出2940.05万元，占比2024年度支出的100.00%，对比2023年度预算增加了管理要求。";
    expect(readFinalNarrative(text).changes).toEqual([]);
  });

  it("finds a last year's figure that this year's less the change does not give", () => {
    const text =
      "与2023年度机关运行经费支出128.10万元相比，2024年度本部门机关运行经费支出184.65万元，增加2.55万元，增长1.40%。";
    expect(finalAlarms(FINANCE, text)).toEqual(["final.narrative.growth prior"]);
    const f = finalReport(FINANCE, text).findings.find((x) => x.params.kind === "prior");
    expect([f?.params.printed, f?.params.computed]).toEqual(["128.10", "182.10"]);
  });
});

describe("amounts in 元 (county-level printers): read in 万元, their precision kept", () => {
  it.each([
    "上海市普陀区财政局2024年度收入、支出决算总计2995.39万元。\n二、收入决算情况说明\n2024年度收入合计29,462,500.00元，其中：财政拨款收入29,400,500.00元，占99.79%；其他收入62,000.00元，占0.21%。",
    "上海市普陀区财政局2024年度收入、支出决算总计29953900元。",
    // more precise than the table's 184.65万元: within half of its 0.01万元
    "机关运行经费支出1846512.37元，比2023年度增加25500元，增长1.40%。",
  ])("%s", (text) => {
    expectReadQuietly(FINANCE, text);
  });

  it.each([
    [
      "上海市普陀区财政局2024年度收入、支出决算总计2995.39万元。\n二、收入决算情况说明\n2024年度收入合计29,462,500.00元，其中：财政拨款收入29,400,500.00元，占99.79%；其他收入26,000.00元。",
      "final.narrative.amount amount",
    ],
    // 1,847,512元 is 184.7512万元: more than 公用经费合计 184.65, beyond half of its 0.01
    ["机关运行经费支出1847512元。", "final.narrative.operatingCost bound"],
  ])("a wrong one is found: %s", (text, expected) => {
    expect(finalAlarms(FINANCE, text)).toContain(expected);
  });

  it("a message prints such a figure without the zeros past two decimals; the parameter keeps them", () => {
    const text =
      "上海市普陀区财政局2024年度收入、支出决算总计2995.39万元。\n二、收入决算情况说明\n2024年度收入合计29,462,500.00元，其中：财政拨款收入29,400,500.00元，占99.79%；其他收入26,000.00元。";
    const f = finalReport(FINANCE, text).findings.find(
      (x) => x.ruleId === "final.narrative.amount" && x.params.printed === "2.600000",
    );
    if (f === undefined) throw new Error("no finding");
    expect(renderFinding(f, finalProfile.rules, "zh-CN", final2024)).toContain(
      "为 2.60万元，表中为 6.20万元",
    );
    expect(renderFinding(f, finalProfile.rules, "en", final2024)).toContain(
      "is 2.60 万元 in the text",
    );
    const precise = finalReport(FINANCE, "机关运行经费支出1847512元。").findings.find(
      (x) => x.ruleId === "final.narrative.operatingCost",
    );
    if (precise === undefined) throw new Error("no finding");
    expect(renderFinding(precise, finalProfile.rules, "zh-CN", final2024)).toContain(
      "机关运行经费 184.7512万元",
    );
  });
});

describe("a change is the figure's own: the forms other printers use are read", () => {
  const TOTAL = "上海市普陀区财政局2024年度收入支出总计2995.39万元";
  it.each([
    `${TOTAL}，比上年减少56.95万元，下降1.87%。`,
    `${TOTAL}，收入支出总计决算数比上年减少56.95万元，下降1.87%。`,
    `${TOTAL}，收入支出均比上年减少56.95万元，下降1.87%。`,
    `${TOTAL}（含上年结转0.00万元），比上年减少56.95万元，下降1.87%。`,
    `${TOTAL}，2023年度收入支出总计3052.34万元，比上年减少56.95万元，下降1.87%。`,
    "上海市普陀区财政局2024年度部门收入支出总计2995.39万元，比上年减少56.95万元，下降1.87%。",
  ])("一: %s", (text) => {
    const c = readFinalNarrative(text).changes.find((x) => x.subject === "total");
    expect([c?.delta.value, c?.percent]).toEqual(["-56.95", "1.87"]);
    expect(finalAlarms(FINANCE, text)).toEqual([]);
  });

  it("五(一): a change in the sentence after the share, and a wrong rate in it found", () => {
    const text = (rate: string) =>
      `一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。比上年减少63.14万元，下降${rate}%。`;
    expect(readFinalNarrative(text("2.10")).changes.map((c) => c.subject)).toEqual(["gpb"]);
    expect(finalAlarms(FINANCE, text("2.10"))).toEqual([]);
    expect(finalAlarms(FINANCE, text("21.00"))).toEqual(["final.narrative.growth rate"]);
  });

  it.each([
    "2024年度“三公”经费决算数比上年减少0.15万元，下降27.78%。",
    "2024年度“三公”经费支出合计比2023年度减少0.15万元，下降27.78%。",
    "2024年度“三公”经费财政拨款决算数较上年减少0.15万元，下降27.78%。",
  ])("七 (the total's change in its own sentence): %s", (sentence) => {
    const text = `“三公”经费财政拨款支出年初预算为2.85万元，支出决算为0.39万元，完成预算的13.68%。${sentence}`;
    const c = readFinalNarrative(text).changes.find(
      (x) => x.subject === "sanGong" && x.item === undefined,
    );
    expect(c?.delta.value).toBe("-0.15");
  });

  it("the 一 total printed with a word between the year and its name is checked", () => {
    const text = (v: string) => `中共上海市普陀区委社会工作部 2024 年度部门收入支出总计 ${v}万元。`;
    expect(finalAlarms(SOCIAL, text("307.82"))).toEqual([]);
    expect(finalAlarms(SOCIAL, text("300.82"))).toEqual(["final.narrative.amount amount"]);
  });
});

describe("一 and 四 printed as their two sides (`收入总计X万元，支出总计X万元`)", () => {
  const ONE = "一、收入支出决算总体情况说明\n上海市普陀区财政局2024年度";
  const FOUR = "四、财政拨款收入支出决算总体情况说明\n上海市普陀区财政局2024年度";
  it.each([
    `${ONE}收入总计2995.39万元，支出总计2995.39万元。与2023年度相比，收入总计、支出总计各减少56.95万元，下降1.87%。`,
    `${ONE}收入总计2995.39万元、支出总计2995.39万元，均比2023年度减少56.95万元。`,
    `${ONE}收入总计、支出总计均为2995.39万元。`,
    `${FOUR}财政拨款收入总计2961.68万元，支出总计2961.68万元。`,
    `${FOUR}财政拨款收入总计2961.68万元，财政拨款支出总计2961.68万元。`,
  ])("read in full, no alarm: %s", (text) => {
    expectReadQuietly(FINANCE, text);
  });
  it.each([
    [`${ONE}收入总计2995.93万元，支出总计2995.93万元。`, "final.narrative.amount amount"],
    [
      `${ONE}收入总计2995.39万元，支出总计2995.39万元。与2023年度相比，收入总计、支出总计各减少56.59万元，下降1.87%。`,
      "final.narrative.growth rate",
    ],
    [
      `${FOUR}财政拨款收入总计2961.86万元，财政拨款支出总计2961.86万元。`,
      "final.narrative.amount amount",
    ],
  ])("a wrong figure is found: %s", (text, expected) => {
    expect(finalAlarms(FINANCE, text)).toContain(expected);
  });
});
