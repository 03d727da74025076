import { describe, expect, it } from "vitest";
import { type Table, tableBuilder } from "../../disclosure";
import { renderFinding } from "../../rules/render";
import type { Finding } from "../../rules/types";
import { henan2024, shanghai, type Template } from "../../templates";
import { NARRATIVE_RULES, type NarrativeOptions, narrativeRules } from "./index";
import { checker, disclosure, profileOf } from "./test-support";

const h = (kind: string) => tableBuilder(henan2024, kind);
const expenditure = h("expenditure")
  .total({ total: "969.06", basic: "682.06", project: "287.00" })
  .functional("2013101", "行政运行", { total: "969.06" })
  .build().value;
const sanGong = h("sanGong")
  .single({
    total: "36.20",
    vehicles: "36.20",
    "vehicles.operation": "32.20",
    "vehicles.purchase": "4.00",
  })
  .build().value;

/** Last year's disclosure: 三公 31.20. */
const LAST_YEAR: NarrativeOptions = {
  prior: {
    disclosure: disclosure(
      [
        h("sanGong")
          .single({ total: "31.20", vehicles: "31.20", "vehicles.operation": "31.20" })
          .build().value,
      ],
      "",
      henan2024,
      2023,
    ),
    template: henan2024,
  },
};

/** Per narrative rule, texts (with tables) that make it report. */
const SCENARIOS: Readonly<
  Record<string, readonly (readonly [readonly Table[], string, Template?, NarrativeOptions?])[]>
> = {
  "narrative.amount": [
    [[sanGong], "2024年“三公”经费31.20万元。", henan2024, LAST_YEAR],
    [[expenditure], "支出合计 912.34万元。"],
    [[expenditure], "支出合计 969.60万元。"],
    [
      [h("govFundExpenditure").total({ total: "5.00" }).build().value],
      "本单位无政府性基金预算拨款安排的支出。",
    ],
    [[expenditure], "本单位编报绩效目标的项目共3个，涉及项目预算资金300.00万元。"],
  ],
  "narrative.percent": [
    [[], "支出合计 969.06万元，其中：基本支出 682.06万元，占 70.40%。"],
    [[], "“三公”经费 5.00万元，比上年增加 5.00万元，增长 100%。"],
    [[], "收入总计 969.06万元，比上年增加134.22 万元，下降 16.08%。"],
    [[], "收入预算17,192万元，比上年减少990万元，下降5.45%。"],
    [[], "支出合计 3.00万元，其中：基本支出 2.00万元，占 66.66%。"],
  ],
  "narrative.change": [
    [[], "“三公”经费上年预算为7.50万元，本年预算6.50万元，比上年增加1.00万元。"],
    [[], "“三公”经费上年预算为7.50万元，本年预算6.50万元，比上年减少1.10万元。"],
    [
      [],
      "“三公”经费6.50万元，比上年减少1.00万元。\n公务接待费2.50万元，比上年减少1.50万元。\n因公出国（境）费0.00万元，与上年持平。\n公务用车购置及运行费4.00万元，与上年持平。",
    ],
    [[], "财政拨款收入950.12万元，比2023年预算增加0.46万元，与2023年预算持平。"],
  ],
  "narrative.consistent": [
    [[], "本单位机关运行经费25.10万元。\n二、机关运行经费\n机关运行经费25.60万元。"],
    [[], "本单位无政府采购预算安排。\n本单位政府采购预算120.60万元。"],
    [[], "本单位共有车辆2辆。\n截至目前，本单位共有车辆3辆。"],
    [[], "公务用车购置及运行费6.40万元，其中：公务用车购置费0.00万元；公务用车运行费6.00万元。"],
    [[], "政府采购预算120.60万元，其中面向中小企业预留130.00万元。"],
    [[], "收入总计969.06万元，比上年增加1.00万元；支出总计969.06万元，比上年减少1.00万元。"],
  ],
  "narrative.items": [
    [
      [
        tableBuilder(shanghai, "gpbExpenditure", { unit: "元" })
          .functional("2210201", "住房公积金", { total: "200,000" })
          .functional("2080505", "机关事业单位基本养老保险缴费支出", { total: "800,000" })
          .build().value,
      ],
      "财政拨款支出主要内容如下：\n1. “住房保障支出（类）住房改革支出（款）住房公积金（项）”20.00万元。\n2. “卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）”5.00万元。",
      shanghai,
    ],
  ],
  "narrative.path": [
    [
      [expenditure],
      "“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”969.06万元。",
    ],
    [[], "“医疗卫生与计划生育支出”科目0.00万元；“其它支出”科目0.00万元。"],
  ],
  "narrative.reason": [[[], "与上年持平，主要原因是。"]],
  "narrative.changeReason": [
    [[], "“三公”经费6.50万元，比上年增加1.50万元。"],
    [[], "公务接待费2.00万元，比上年增加2.00万元。"],
  ],
  "narrative.residue": [[[], "XX单位主要原因是（请填写）。"]],
  "narrative.year": [[[sanGong], "2023年“三公”经费预算36.20万元。"]],
  "narrative.priorYear": [
    [[sanGong], "“三公”经费上年预算为30.00万元。", henan2024, LAST_YEAR],
    [[sanGong], "“三公”经费比上年增加6.00万元。", henan2024, LAST_YEAR],
  ],
  "plausibility.zeroTotal": [[[], "本单位2024年支出总计0.00万元。"]],
  "hygiene.repeated": [[[], "收入总计969.06万元。。支出的的总计969.06万元；。"]],
  "hygiene.percentDecimals": [[[], "支出合计 969.06万元，其中：基本支出 682.06万元，占 70.383%。"]],
  "hygiene.mixedUnits": [[[], "收入预算1,212.12万元，其中：事业收入2,620,000元。"]],
  "plausibility.unitSlip": [
    [[h("expenditure").total({ total: "9,690,600.00" }).build().value], "本单位支出情况见下表。"],
  ],
  "plausibility.largeChange": [
    [[], "“三公”经费6.50万元，比上年增加3.50万元。主要原因是新增接待任务。"],
  ],
  "targets.narrative": [
    [
      [
        h("projectTargets")
          .project("甲", {
            total: "10.00",
            "output.name": "数量",
            "output.value": "≥1个",
            "satisfaction.name": "满意度",
            "satisfaction.value": "≥90%",
          })
          .build().value,
      ],
      "对项目支出全面实施绩效目标管理，涉及预算拨款12.00万元，共2个项目。",
    ],
  ],
  "plausibility.vehicleRunning": [[[sanGong], "本单位共有车辆0辆。"]],
  "plausibility.vehiclePurchase": [[[sanGong], "2024年单位预算安排购置车辆0辆。"]],
};

const ALL: readonly (readonly [string, Finding])[] = Object.entries(SCENARIOS).flatMap(
  ([id, scs]) =>
    scs.flatMap(([tables, text, template = henan2024, options]) =>
      checker(id)(disclosure(tables, text, template), template, options)
        .findings.filter((f) => f.ruleId === id)
        .map((f) => [id, f] as const),
    ),
);
const rules = profileOf().rules;

describe("messages of every narrative rule", () => {
  it("every rule, with or without last year's document, has a title, a domain and what it reads", () => {
    const withPrior = narrativeRules(
      LAST_YEAR.prior === undefined ? {} : { prior: LAST_YEAR.prior },
    );
    for (const r of [...NARRATIVE_RULES, ...withPrior]) {
      expect([r.id, ["error", "warning", "info"].includes(r.severity)]).toEqual([r.id, true]);
      expect([r.id, r.title["zh-CN"].length > 0, r.title.en.length > 0]).toEqual([
        r.id,
        true,
        true,
      ]);
      expect([r.id, r.title["zh-CN"] === r.title.en, r.domain.length > 0]).toEqual([
        r.id,
        false,
        true,
      ]);
      expect([r.id, r.reads.length > 0, r.reads.every((x) => x.length > 0)]).toEqual([
        r.id,
        true,
        true,
      ]);
    }
    expect(withPrior.find((r) => r.id === "narrative.priorYear")?.severity).toBe("error");
  });

  it("has a scenario for every rule of NARRATIVE_RULES, and each reports", () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(NARRATIVE_RULES.map((r) => r.id).sort());
    for (const id of Object.keys(SCENARIOS))
      expect([id, ALL.filter(([x]) => x === id).length > 0]).toEqual([id, true]);
  });

  it.each(ALL.map(([id, f], i) => [`${id} #${i}`, f] as const))(
    "%s renders in zh-CN and en, with and without the template: non-empty, different, no undefined",
    (_, f) => {
      for (const template of [henan2024, undefined]) {
        const zh = renderFinding(f, rules, "zh-CN", template);
        const en = renderFinding(f, rules, "en", template);
        for (const text of [zh, en]) {
          expect(text.trim()).not.toBe("");
          expect(text).not.toMatch(/undefined|NaN|\[object Object\]|\{\d\}/u);
        }
        expect(zh).not.toBe(en);
        expect(zh).toMatch(/\p{Script=Han}/u);
        // No space before punctuation and no double space (an empty unit once gave "3辆 , while").
        expect(en).not.toMatch(/ [,.;:)]| {2}/u);
        expect(en).not.toMatch(/^[a-z]/u);
      }
    },
  );

  it.each(ALL.map(([id, f], i) => [`${id} #${i}`, f] as const))(
    "%s holds data only, and quotes its expected and actual figures",
    (_, f) => {
      for (const value of Object.values(f.params).map(String)) expect(value).not.toContain("【");
      if (f.expected === undefined) return;
      for (const locale of ["zh-CN", "en"] as const) {
        const text = renderFinding(f, rules, locale);
        expect(text).toContain(String(f.params.expected));
        if (f.params.actual !== undefined) expect(text).toContain(String(f.params.actual));
      }
    },
  );
});
