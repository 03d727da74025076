/**
 * 二 and 三 of a 决算 情况说明 (本年收入合计 / 本年支出合计 with their parts and shares) and 七's
 * 三公 items beyond its first paragraph, checked
 * through the whole 决算 checker on the Putuo fixtures' figures: the wordings of other printers
 * raise nothing, a wrong figure or share in the same words is found, and what is read shows in
 * the report's text coverage.
 */
import { describe, expect, it } from "vitest";
import {
  finalAlarms as alarms,
  FINANCE,
  PLANNING,
  finalReport as report,
  SOCIAL,
} from "./support/final-narrative";

describe("二 / 三 as other printers word them: no alarm on correct figures", () => {
  it.each([
    [
      FINANCE,
      "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%。",
    ],
    [
      FINANCE,
      "本年收入合计2,946.25万元。其中：财政拨款收入2,940.05万元，占本年收入合计的99.79%；其他收入6.20万元，占本年收入合计的0.21%。",
    ],
    [
      FINANCE,
      "本年收入2946.25万元，其中财政拨款收入2940.05万元、其他收入6.20万元，分别占99.79%、0.21%。",
    ],
    [
      FINANCE,
      "本年支出合计为2940.05万元，其中基本支出决算为2336.91万元，占比79.49%，项目支出决算为603.14万元，占比20.51%。",
    ],
    [
      FINANCE,
      "本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；\n项目支出603.14万元，占20.51%。",
    ],
    [
      FINANCE,
      "本年收入合计2946.25万元，比2023年度减少50.00万元，下降1.67%。其中：财政拨款收入2940.05万元，占99.79%。",
    ],
    [
      FINANCE,
      "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；事业收入0.00万元，占0.00%；其他收入6.20万元，占0.21%。",
    ],
    [
      FINANCE,
      "2024年度财政拨款本年收入2940.05万元，其中：一般公共预算财政拨款收入2940.05万元，占100%。",
    ],
    [
      PLANNING,
      "二、收入决算情况说明\n本年收入合计 9746.50 万元，其中：财政拨款收入 9746.50万元，占 100.00%。\n三、支出决算情况说明\n本年支出合计 9759.38 万元，其中：基本支出 5377.64 万元，占 55.10%；\n项目支出 4381.74 万元，占 44.90%。",
    ],
    [
      PLANNING,
      "本年支出合计9,759.38万元，其中基本支出5,377.64万元、项目支出4,381.74万元，分别占55.10%和44.90%。",
    ],
  ] as const)("%#", (fixture, text) => {
    expect(alarms(fixture, text)).toEqual([]);
  });
});

describe("二 / 三: a wrong figure in the same words is found", () => {
  it.each([
    [
      "本年收入合计2964.25万元，其中：财政拨款收入2940.05万元，占99.79%。",
      "final.narrative.amount amount",
    ],
    [
      "本年支出合计2940.05万元，其中：基本支出2363.91万元，占80.41%；项目支出603.14万元，占20.51%。",
      "final.narrative.amount amount",
    ],
    [
      "本年支出合计2940.05万元，其中：基本支出2336.91万元，占97.49%；项目支出603.14万元，占20.51%。",
      "final.narrative.share share",
    ],
    [
      "本年收入2946.25万元，其中财政拨款收入2940.05万元、其他收入6.20万元，分别占0.21%、99.79%。",
      "final.narrative.share share",
    ],
    [
      "本年收入合计2946.25万元，其中：财政拨款收入2904.05万元，占98.57%。",
      "final.narrative.amount amount",
    ],
  ])("%s", (text, expected) => {
    expect(alarms(FINANCE, text)).toContain(expected);
  });
});

describe("the 决算 text's coverage in the report", () => {
  it("lists the figures read and the ones not, never as findings", () => {
    const text = [
      "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.20万元，占0.21%。",
      "编报绩效目标的2024年度项目4个，涉及预算金额598.42万元。",
    ].join("\n");
    const r = report(FINANCE, text);
    const c = r.coverage.texts.find((t) => t.section === "情况说明");
    expect(c).toMatchObject({ figures: 6, placed: 5, notUnderstood: 1 });
    expect(c?.gaps[0]).toMatchObject({ reason: "paragraph-not-read", text: "598.42万元" });
    expect(r.findings.filter((f) => f.ruleId.startsWith("final.narrative."))).toEqual([]);
  });
});

describe("七: the 三公 items' outcomes and shares (规划和自然资源局: 决算 0.39, all 公务接待费)", () => {
  const SEVEN =
    "七、财政拨款“三公”经费支出决算情况说明\n（二）“三公”经费财政拨款支出决算具体情况说明。\n";
  const DETAIL =
    "“三公”经费财政拨款支出决算中，因公出国（境）费支出决算 0.00 万元，占 0.00%；公务用车购置及运行维护费支出决算 0.00 万元，占 0.00%；公务接待费支出决算 0.39 万元，占100.00%。";

  it.each([
    DETAIL,
    "1、因公出国（境）费支出 0.00 万元。\n2、公务用车购置及运行维护费支出 0.00 万元。其中：公务用车购置支出为 0.00 万元。\n3、公务接待费支出 0.39 万元。",
    "“三公”经费财政拨款支出决算为0.39万元，其中：公务接待费支出决算为0.39万元，占比100%。",
    "公务接待费支出决算减少 0.15 万元，下降 27.78%。",
  ])("%s", (text) => {
    expect(alarms(PLANNING, SEVEN + text)).toEqual([]);
  });

  it.each([
    [DETAIL.replace("0.39 万元", "0.93 万元"), "final.narrative.amount amount"],
    [DETAIL.replace("占100.00%", "占90.00%"), "final.narrative.share share"],
    ["3、公务接待费支出 0.93 万元。", "final.narrative.amount amount"],
  ])("%s", (text, expected) => {
    expect(alarms(PLANNING, SEVEN + text)).toContain(expected);
  });
});

describe("七's change and 五(三)'s rate forms (规划和自然资源局)", () => {
  const SEVEN =
    "七、财政拨款“三公”经费支出决算情况说明\n“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为 0.39 万元，完成预算的 13.68%。\n";
  const EXEC = "一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，";
  const SEVEN_ITEMS =
    "七、财政拨款“三公”经费支出决算情况说明\n“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为 0.39 万元，完成预算的 13.68%，其中：因公出国（境）费决算为 0.00 万元；公务用车购置及运行维护费支出决算为 0.00 万元；公务接待费支出决算为 0.39 万元，完成预算的 13.68%。\n";

  it.each([
    `${SEVEN}2024 年度“三公”经费财政拨款支出决算数比 2023 年度减少 0.15 万元，下降 27.78%。`,
    `${SEVEN}与上年相比，“三公”经费支出减少0.15万元，下降27.78%。`,
    `${SEVEN_ITEMS}2024 年度“三公”经费财政拨款支出决算数比 2023 年度减少 0.15 万元，下降 27.78%，其中：因公出国（境）费支出与上一年度持平；公务用车购置及运行维护费支出与上一年度持平；公务接待费支出决算减少 0.15 万元，下降 27.78%。`,
    // 9746.50 ÷ 10210.34 = 95.457…% (the fixture's own 95.45% is one of its known errors)
    `${EXEC}年初预算完成率为 95.46%。`,
    `${EXEC}预算执行率达到95.46%。`,
    `${EXEC}决算数小于预算数，主要原因是部分项目预算执行率为60%。`,
  ])("%s", (text) => {
    expect(alarms(PLANNING, text)).toEqual([]);
  });

  it.each([
    [
      `${SEVEN}2024 年度“三公”经费财政拨款支出决算数比 2023 年度减少 0.15 万元，下降 72.78%。`,
      "final.narrative.growth rate",
    ],
    [`${EXEC}年初预算完成率为 95.64%。`, "final.narrative.rate rate"],
    [
      `${SEVEN_ITEMS}2024 年度“三公”经费财政拨款支出决算数比 2023 年度减少 0.15 万元，下降 27.78%，其中：公务接待费支出决算减少 0.15 万元，下降 38.46%。`,
      "final.narrative.growth rate",
    ],
    [`${EXEC}预算执行率为 59.46%。`, "final.narrative.rate rate"],
  ])("%s", (text, expected) => {
    expect(alarms(PLANNING, text)).toContain(expected);
  });
});

describe("a probe's correct lines that raised alarms (2026-12-05): names inside longer ones, another figure's share, last year's figures, budgets", () => {
  it.each([
    [
      FINANCE,
      "三、支出决算情况说明\n本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%，主要为信息化建设项目支出135.25万元和财政委托业务项目支出449.52万元等。",
    ],
    [
      FINANCE,
      "二、收入决算情况说明\n本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.20万元，占0.21%，较2023年度其他收入3.00万元增加3.20万元，主要是存款利息增加。",
    ],
    [
      FINANCE,
      "三、支出决算情况说明\n本年支出合计2940.05万元，其中：基本支出2336.91万元，其中人员经费2152.26万元，占比92.10%，公用经费184.65万元，占比7.90%；项目支出603.14万元，占20.51%。",
    ],
    [
      FINANCE,
      "三、支出决算情况说明\n与2023年度本年支出合计3003.19万元相比，2024年度本年支出合计2940.05万元，减少63.14万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%。",
    ],
    [
      FINANCE,
      "二、收入决算情况说明\n本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.20万元，占0.21%（不含非同级财政拨款收入0.00万元）。",
    ],
    [
      PLANNING,
      "七、财政拨款“三公”经费支出决算情况说明\n“三公”经费财政拨款年初预算2.85万元，其中：因公出国（境）费0.00万元，公务用车购置及运行维护费0.00万元，公务接待费2.85万元；支出决算0.39万元，完成预算的13.68%。",
    ],
    [
      PLANNING,
      "七、财政拨款“三公”经费支出决算情况说明\n3、公务接待费支出0.39万元，比2023年度公务接待费支出0.54万元减少0.15万元，下降27.78%。",
    ],
    [
      PLANNING,
      "七、财政拨款“三公”经费支出决算情况说明\n3、公务接待费支出0.39万元。其中：国内公务接待费0.39万元，国（境）外公务接待费0.00万元。",
    ],
    [
      PLANNING,
      "七、财政拨款“三公”经费支出决算情况说明\n公务接待费支出决算0.39万元，占年初预算的13.68%。",
    ],
    [
      PLANNING,
      "三、支出决算情况说明\n本年支出合计9759.38万元，其中：基本支出5377.64万元（其中一般公共预算财政拨款基本支出5364.75万元），占55.10%；项目支出4381.74万元，占44.90%。",
    ],
    [
      PLANNING,
      "三、支出决算情况说明\n本年支出合计9759.38万元，其中：基本支出5377.64万元，占55.10%；项目支出4381.74万元，占44.90%，主要包括城乡社区规划与管理项目支出2739.56万元等。",
    ],
    [
      PLANNING,
      "七、财政拨款“三公”经费支出决算情况说明\n“三公”经费财政拨款支出预算数为2.85万元（其中：公务接待费2.85万元），决算数为0.39万元，完成预算的13.68%。",
    ],
    [
      PLANNING,
      "七、财政拨款“三公”经费支出决算情况说明\n与2023年度公务接待费0.54万元相比，2024年度公务接待费支出0.39万元，减少0.15万元，下降27.78%。",
    ],
    [
      SOCIAL,
      "三、支出决算情况说明\n本年支出合计307.82万元，其中：基本支出105.58万元，占34.30%；项目支出202.24万元，占65.70%，主要为社会工作专项项目支出175.52万元等。",
    ],
  ] as const)("%#", (fixture, text) => {
    expect(alarms(fixture, text)).toEqual([]);
  });
});

describe("五(三) items among other paragraphs: the item's own comparison is the first after its outcome", () => {
  // a paragraph after the last item, sub-points with their own comparison (probe of whole texts, 2026-12-05)
  it.each([
    "一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.46%。其中：\n13、住房保障支出（类）住房保障支出（款）购房补贴（项）。主要用于：行政单位购房补贴支出。年初预算为 171.49 万元，支出决算为 171.49 万元。决算数同预算数持平。\n综上，一般公共预算财政拨款支出决算数小于年初预算数，主要是人员变动所致。",
    "一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.46%。其中：\n13、住房保障支出（类）住房保障支出（款）购房补贴（项）。主要用于：行政单位购房补贴支出。年初预算为 171.49 万元，支出决算为 171.49 万元。决算数同预算数持平。\n注：本年度无决算数大于预算数的科目。",
    "一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.46%。其中：\n8、城乡社区支出（类）城乡社区管理事务（款）行政运行（项）。主要用于：行政单位人员支出、公用支出。年初预算为1115.48 万元，支出决算为 1092.80 万元。决算数小于预算数的主要原因：勤俭节约。其中：基本支出1084.02万元，决算数小于预算数；项目支出8.77万元，决算数等于预算数。",
    "一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.46%。其中：\n8、城乡社区支出（类）城乡社区管理事务（款）行政运行（项）。主要用于：行政单位人员支出、公用支出。年初预算为1115.48 万元，支出决算为 1092.80 万元。决算数小于预算数的主要原因：勤俭节约。\n①基本支出1084.02万元，决算数小于预算数；\n②项目支出8.77万元，决算数等于预算数。",
    "一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.46%。其中：\n13、住房保障支出（类）住房保障支出（款）购房补贴（项）。主要用于：行政单位购房补贴支出。年初预算为 171.49 万元，支出决算为 171.49 万元。决算数同预算数持平，上年同期决算数小于预算数。",
  ])("%s", (text) => {
    // item 13 prints the fixture's own wrong 款 name (住房保障支出; the table's 22102 is 住房改革支出),
    // found in a text listing only some 项 too
    const misnamed = text.includes("住房保障支出（款）") ? ["final.narrative.names itemName"] : [];
    expect(alarms(PLANNING, text)).toEqual(misnamed);
  });

  it("still finds an item whose comparison its figures contradict, sub-points after it", () => {
    const text =
      "一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.46%。其中：\n8、城乡社区支出（类）城乡社区管理事务（款）行政运行（项）。年初预算为1115.48 万元，支出决算为 1092.80 万元。决算数大于预算数的主要原因：勤俭节约。其中：项目支出8.77万元，决算数小于预算数。";
    expect(alarms(PLANNING, text)).toContain("final.narrative.budgetItems word");
  });
});
