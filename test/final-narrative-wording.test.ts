/**
 * The 决算 narrative rules about lists, names and wording (final.narrative.basicItems, .names,
 * .wording) on the three 普陀区 决算 with their text corrected (nothing found) and with other
 * printers' variants (what is found, and what is not).
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { final2024, finalProfile } from "../src/final";
import { checkDisclosure, type Finding, renderFinding } from "../src/rules";
import { henan2024, shanghai, type Template } from "../src/templates";
import { henan2024Fixture } from "./fixtures/henan-2024";
import { putuoFinanceFinal2024Fixture } from "./fixtures/putuo-finance-final-2024";
import { putuoPlanningFinal2024Fixture } from "./fixtures/putuo-planning-final-2024";
import { putuoSocialWorkFinal2024Fixture } from "./fixtures/putuo-social-work-final-2024";
import { shanghaiFinance2025Fixture } from "./fixtures/shanghai-finance-2025";
import { shanghaiWelfare2024Fixture } from "./fixtures/shanghai-welfare-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";

const RULES = ["final.narrative.basicItems", "final.narrative.names", "final.narrative.wording"];

/** The fixture with its heading and narrative edited (`[printed, replacement]` pairs, each must occur). */
function edited(
  fixture: DisclosureFixture,
  edits: readonly (readonly [string, string])[],
  heading?: string,
): DisclosureFixture {
  let narrative = fixture.narrative;
  for (const [from, to] of edits) {
    expect(narrative.includes(from), from).toBe(true);
    narrative = narrative.replaceAll(from, to);
  }
  return { ...fixture, narrative, ...(heading === undefined ? {} : { heading }) };
}

function found(fixture: DisclosureFixture, template: Template = final2024): string[] {
  const { disclosure } = fixtureDisclosure(fixture, template);
  const final: Disclosure =
    template === final2024
      ? { ...disclosure, meta: { ...disclosure.meta, stage: "决算" } }
      : disclosure;
  const report = checkDisclosure(final, { profile: finalProfile, template, catalog: catalog2024 });
  return report.findings
    .filter((f: Finding) => RULES.includes(f.ruleId))
    .map((f) => `${f.params.kind} ${f.params.item ?? f.params.printed ?? ""}`);
}

const financeFixed = edited(putuoFinanceFinal2024Fixture, [
  ["退休费、个人农业生产补贴", "退休费、奖励金"],
]);
const planningFixed = edited(
  putuoPlanningFinal2024Fixture,
  [
    ["规划与自然资源局", "规划和自然资源局"],
    ["增长 13.95。", "增长 13.95%。"],
    ["下降（增长）27.78%", "下降 27.78%"],
    ["机关事业单位退休人员活动费支出（项）", "其他行政事业单位养老支出（项）"],
    ["其他国土资源事务支出（项）", "其他自然资源事务支出（项）"],
    ["住房保障支出（类）住房保障支出（款）", "住房保障支出（类）住房改革支出（款）"],
  ],
  "上海市普陀区规划和自然资源局 2024 年度部门决算表",
);
const socialFixed = edited(putuoSocialWorkFinal2024Fixture, [
  [
    "住房公积金（项）。主要用于：事业单位医疗保险支出",
    "住房公积金（项）。主要用于：住房公积金支出",
  ],
]);

describe("a corrected document raises nothing", () => {
  it.each([
    ["财政局", financeFixed],
    ["规划和自然资源局", planningFixed],
    ["社会工作部", socialFixed],
  ] as const)("%s", (_, fixture) => {
    expect(found(fixture)).toEqual([]);
  });

  it("each rule applies (passes) on the corrected documents", () => {
    const { disclosure } = fixtureDisclosure(planningFixed, final2024);
    const report = checkDisclosure(
      { ...disclosure, meta: { ...disclosure.meta, stage: "决算" } },
      { profile: finalProfile, template: final2024, catalog: catalog2024 },
    );
    expect(RULES.map((id) => report.outcomes.find((o) => o.ruleId === id)?.outcome)).toEqual([
      "pass",
      "pass",
      "pass",
    ]);
  });
});

describe("other printers' wording", () => {
  it("finds 增加（减少） and XX left from the form", () => {
    const f = edited(financeFixed, [
      ["收入支出总计减少56.95万元", "收入支出总计增加（减少）56.95万元"],
      ["（三）国有资产占有使用情况说明", "（三）XX局国有资产占有使用情况说明"],
    ]);
    expect(found(f)).toEqual(["placeholder 增加（减少）", "placeholder XX"]);
  });

  it("reads ％ and 百分之 as rates; a rate without % is found", () => {
    const ok = edited(financeFixed, [
      ["下降1.87%", "下降1.87％"],
      ["下降2.10%", "下降百分之2.10"],
    ]);
    expect(found(ok)).toEqual([]);
    const bare = edited(financeFixed, [["增长1.40%。", "增长1.40。"]]);
    expect(found(bare)).toEqual(["noPercent 1.40"]);
  });

  it("accepts a heading with the region prefix dropped, not one with a region dropped in the middle", () => {
    expect(found({ ...financeFixed, heading: "普陀区财政局2024年度部门决算表" })).toEqual([]);
    expect(found({ ...financeFixed, heading: "上海市财政局2024年度部门决算表" })).toEqual([
      "orgName 上海市财政局",
    ]);
  });

  it("does not judge another body named at a sentence's start", () => {
    const f = edited(financeFixed, [
      [
        "（三）国有资产占有使用情况说明",
        "（三）国有资产占有使用情况说明\n上海市普陀区民政局2024年度无相关事项。",
      ],
    ]);
    expect(found(f)).toEqual([]);
  });

  it("does not judge missing items when the list ends with 等, nor a listed 0.00 item", () => {
    const open = edited(putuoFinanceFinal2024Fixture, [
      ["退休费、个人农业生产补贴；", "退休费等；"],
    ]);
    expect(found(open)).toEqual([]);
    // the 规划局 lists 奖金 (0.00); a printed 0.00 may round a small amount
    expect(planningFixed.narrative.includes("奖金、")).toBe(true);
  });

  it.each(["-", "—", "－", "--", "/", "／"])(
    "judges a listed item printed %j no more than one printed 0.00; a blank one is judged",
    (mark) => {
      const bonus = (cell: string): DisclosureFixture => ({
        ...planningFixed,
        tables: planningFixed.tables.map((t) =>
          t.title.includes("基本支出")
            ? { ...t, rows: t.rows.map((r) => (r[0] === "30103" ? [r[0], r[1] ?? "", cell] : r)) }
            : t,
        ),
      });
      expect(found(bonus(mark))).toEqual([]);
      expect(found(bonus(""))).toEqual(["blank 奖金"]);
    },
  );

  it("lets a listed class (工资福利支出) cover its items", () => {
    const f = edited(financeFixed, [
      [
        "基本工资、津贴补贴、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、其他社会保障缴费、住房公积金、其他工资福利支出、",
        "工资福利支出、",
      ],
    ]);
    expect(found(f)).toEqual([]);
  });

  it("finds a 主要用于 copied from another 项, not two 项 sharing general words", () => {
    const copied = edited(financeFixed, [["缴纳在职人员住房购房补贴", "缴纳在职人员住房公积金"]]);
    expect(found(copied)).toEqual(["copiedUse 购房补贴"]);
    // items 5 and 8 of the 财政局 both say 退休人员经费支出, naming neither 项: not a copy
    expect(financeFixed.narrative.split("退休人员经费支出").length - 1).toBe(2);
  });
});

describe("the budget fixtures", () => {
  it.each([
    ["上海市财政局 2025", shanghaiFinance2025Fixture, shanghai],
    ["上海市普陀区社会福利院 2024", shanghaiWelfare2024Fixture, shanghai],
    ["河南 2024", henan2024Fixture, henan2024],
  ] as const)(
    "%s: no placeholder, name variant or list problem in its narrative",
    (_, fixture, template) => {
      expect(found(fixture, template)).toEqual([]);
    },
  );
});

describe("the messages (zh-CN default, en)", () => {
  it("render each new kind from its params in both locales", () => {
    const messages = [
      putuoFinanceFinal2024Fixture,
      putuoPlanningFinal2024Fixture,
      putuoSocialWorkFinal2024Fixture,
    ].flatMap((fixture) => {
      const { disclosure } = fixtureDisclosure(fixture, final2024);
      const report = checkDisclosure(
        { ...disclosure, meta: { ...disclosure.meta, stage: "决算" } },
        { profile: finalProfile, template: final2024, catalog: catalog2024 },
      );
      return report.findings
        .filter((f) => RULES.includes(f.ruleId))
        .map((f) => [
          renderFinding(f, finalProfile.rules, "zh-CN", final2024),
          renderFinding(f, finalProfile.rules, "en", final2024),
        ]);
    });
    const all = messages.flat().join("\n");
    for (const words of [
      "人员经费“主要包括”中没有奖励金（30309），表中为 0.31万元。",
      "The 人员经费 list names 个人农业生产补贴 (30310), blank (nothing spent) in the table.",
      "“上海市规划和自然资源局”（共 1 处）不是本部门的名称“上海市普陀区规划和自然资源局”。",
      "五(三)第 12、13 项将款 22102 称为“住房保障支出”，表中为“住房改革支出”。",
      "仍有模板占位词“下降（增长）”",
      'the growth rate 13.95 lacks its "%"',
      "第 8 项（住房公积金）的“主要用于：事业单位医疗保险支出”与第 7 项（事业单位医疗）相同",
    ])
      expect(all).toContain(words);
  });
});
