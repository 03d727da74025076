/**
 * The three 普陀区 2024 部门决算 (shared/fixtures/shanghai-final): read through the 决算 template
 * with nothing left over, checked with the `final` profile. Every known problem of the fixture
 * README (tables, narrative figures, the 六 item lists, names and wording) is found, and nothing
 * else is an error or a warning, save the one noted (the 规划局's 完成预算的 0.00% on a 0.00
 * budget). Expected figures are the README's, recomputed there from the text layer. Not judged:
 * the 财政局's 四 持平 against 2023, whose 2023 figure the text does not print.
 */
import { describe, expect, it } from "vitest";
import { catalog2024 } from "../src/catalog/2024";
import type { Disclosure } from "../src/disclosure";
import { final2024, finalProfile } from "../src/final";
import { checkDisclosure, type Finding } from "../src/rules";
import { putuoFinanceFinal2024Fixture } from "./fixtures/putuo-finance-final-2024";
import { putuoPlanningFinal2024Fixture } from "./fixtures/putuo-planning-final-2024";
import { putuoSocialWorkFinal2024Fixture } from "./fixtures/putuo-social-work-final-2024";
import type { DisclosureFixture } from "./fixtures/types";
import { fixtureDisclosure } from "./support/disclosures";
import { fixtureText } from "./support/fixture-text";

const read = (fixture: DisclosureFixture) => {
  const { disclosure, problems } = fixtureDisclosure(fixture, final2024);
  const final: Disclosure = { ...disclosure, meta: { ...disclosure.meta, stage: "决算" } };
  const report = checkDisclosure(final, {
    profile: finalProfile,
    template: final2024,
    catalog: catalog2024,
  });
  return { disclosure: final, problems, report };
};

/** A finding as `rule table row column: actual vs expected`, or a narrative one as `rule kind params`. */
const line = (f: Finding) =>
  f.ruleId.startsWith("final.narrative.")
    ? `${f.ruleId} ${f.params.kind} ${NARRATIVE_PARAMS.map((k) => f.params[k])
        .filter((v) => v !== undefined)
        .join(" ")}`
    : `${f.ruleId} ${f.path?.table} ${f.path?.row} ${f.path?.column}: ${f.actual} vs ${f.expected}`;
const NARRATIVE_PARAMS = [
  "what",
  "item",
  "printed",
  "computed",
  "table",
  "sum",
  "total",
  "said",
  "places",
];
const serious = (fs: readonly Finding[]) =>
  fs
    .filter((f) => f.severity !== "info")
    .map(line)
    .sort();

const FILES = new Map<DisclosureFixture, string>([
  [putuoFinanceFinal2024Fixture, "shanghai-final/putuo-finance-bureau-final-2024.txt"],
  [putuoPlanningFinal2024Fixture, "shanghai-final/putuo-planning-bureau-final-2024.txt"],
  [putuoSocialWorkFinal2024Fixture, "shanghai-final/putuo-social-work-dept-final-2024.txt"],
]);
const squeeze = (s: string) => s.replace(/\s+/gu, "");

/** The heading and every paragraph of the narrative are printed in the text layer (spaces aside). */
function copiedFaithfully(fixture: DisclosureFixture) {
  const text = squeeze(fixtureText(FILES.get(fixture) ?? ""));
  const lines = [fixture.heading ?? "", ...fixture.narrative.split("\n")];
  // the paragraphs the text layer prints out of order are checked clause by clause
  const missing = lines
    .flatMap((l) => l.split(/[。；]/u))
    .map(squeeze)
    .filter((c) => c !== "" && !text.includes(c));
  return missing;
}

function readsEverything(fixture: DisclosureFixture) {
  const { disclosure, problems } = read(fixture);
  expect(disclosure.tables.map((t) => t.kind)).toEqual(final2024.tables.map((t) => t.id));
  const left = [...problems.entries()].flatMap(([title, ps]) =>
    ps.filter((p) => p.severity !== "info").map((p) => `${title}: ${p.code}`),
  );
  expect(left).toEqual([]);
  const unplaced = disclosure.tables
    .flatMap((t) => t.rows)
    .filter((r) => r.key.kind === "unplaced");
  expect(unplaced).toEqual([]);
  // every amount column of every table was recognised (no extra:… keys)
  const extra = disclosure.tables.flatMap((t) =>
    t.rows.flatMap((r) => Object.keys(r.cells).filter((k) => k.startsWith("extra:"))),
  );
  expect(extra).toEqual([]);
}

describe("普陀区财政局 2024 决算", () => {
  const { report } = read(putuoFinanceFinal2024Fixture);

  it("reads every table with nothing left over (26 类 lines, 使用非财政拨款结余（含专用结余）, 公务用车运行费)", () =>
    readsEverything(putuoFinanceFinal2024Fixture));

  it("finds class 208 (326.71 against 326.72) and the 301 / 302 款 sums, and nothing else", () => {
    expect(serious(report.findings)).toEqual(
      [
        // 208: 326.71 in tables 1 and 4, 326.72 (= its 款) in tables 2, 3, 5
        "rollup summary functional:208 spending.amount: 326.71 vs 326.72",
        "nature summary functional:208 spending.amount: 326.71 vs 326.72",
        "same-fact expenditure functional:208 total: 326.72 vs 326.71",
        "rollup fiscalSummary functional:208 spending.gpb: 326.71 vs 326.72",
        "nature fiscalSummary functional:208 spending.gpb: 326.71 vs 326.72",
        "same-fact gpbExpenditure functional:208 total: 326.72 vs 326.71",
        // so the totals are 0.01 short of their 类 in tables 2, 3, 5
        "rollup summary line:revenue income.amount: 2946.25 vs 2946.26",
        "rollup summary line:spending spending.amount: 2940.05 vs 2940.06",
        "rollup income total government: 2940.05 vs 2940.06",
        "rollup expenditure total basic: 2336.91 vs 2336.92",
        "rollup fiscalSummary line:spending spending.gpb: 2940.05 vs 2940.06",
        "rollup gpbExpenditure total basic: 2336.91 vs 2336.92",
        // 基本支出表: Σ 301 款 2,082.86, Σ 302 款 171.09
        "rollup gpbBasic economic:301 amount: 2082.85 vs 2082.86",
        "rollup gpbBasic economic:302 amount: 171.07 vs 171.09",
        // 四 财政拨款收入支出总计 0.3万元 (table 4: 2,961.68)
        "final.narrative.amount amount 财政拨款收入支出总计 0.3 2961.68",
        // 五(二) 一般公共服务支出 占71.73%: 2,106.66 / 2,940.05 = 71.65%
        "final.narrative.share share 71.73 71.65",
        // 五(三) the 11 项 budgets sum to 2,993.93 against 年初预算 2,993.92
        "final.narrative.budgetItems sum 2993.93 2993.92",
        // 五(三) item 2 一般行政管理事务 called 基本支出; tables 3 and 5 put it in 项目支出
        "final.narrative.budgetItems nature 基本支出",
        // 十一(二) 251.25 against 4.79 + 0 + 246.47 = 251.26 (and 中小企业 246.47 + 4.79)
        "final.narrative.procurement sum 251.26 251.25",
        "final.narrative.procurement sme 251.26 251.25",
        // 七 完成预算的0% for 因公出国 and 公务用车, whose 预算数 is 0
        "final.narrative.rate zeroBudget abroad 0",
        "final.narrative.rate zeroBudget vehicles 0",
        // 六 lists 个人农业生产补贴 (30310, blank) among 人员经费 items; 30309 奖励金 0.31 is not listed
        "final.narrative.basicItems blank 人员经费 个人农业生产补贴",
        "final.narrative.basicItems missing 人员经费 奖励金 0.31",
        // 四 持平 against 2023: the text does not print 2023's 财政拨款收入支出总计, so not judged
      ].sort(),
    );
  });

  it("holds the 决算 identities: 本年收入 + 年初结转 = 总计 = 本年支出 + 年末结转, per fund too, and 三公 预算 = Σ items", () => {
    const outcome = (id: string) => report.outcomes.find((o) => o.ruleId === id)?.outcome;
    expect(outcome("balance")).toBe("pass");
    expect(outcome("totals")).toBe("pass");
    expect(outcome("funds")).toBe("pass");
    expect(outcome("sanGong.sum")).toBe("pass");
  });
});

describe("普陀区规划和自然资源局 2024 决算", () => {
  const { report } = read(putuoPlanningFinal2024Fixture);

  it("reads every table with nothing left over (24 类 lines, 注 lines, 公务用车运行维护费)", () =>
    readsEverything(putuoPlanningFinal2024Fixture));

  it("finds classes 210 and 212, table 5's 0.01 breaks, the 302 款 and 人员经费, and nothing else", () => {
    expect(serious(report.findings)).toEqual(
      [
        // 210: 236.63 in tables 1, 4; 236.64 in 2, 3, 5. 212: 3,845.25 in table 1, 3,845.24 in table 3
        "rollup summary functional:210 spending.amount: 236.63 vs 236.64",
        "nature summary functional:210 spending.amount: 236.63 vs 236.64",
        "same-fact expenditure functional:210 total: 236.64 vs 236.63",
        "rollup fiscalSummary functional:210 spending.gpb: 236.63 vs 236.64",
        "nature fiscalSummary functional:210 spending.gpb: 236.63 vs 236.64",
        "same-fact gpbExpenditure functional:210 total: 236.64 vs 236.63",
        "rollup summary functional:212 spending.amount: 3845.25 vs 3845.24",
        "nature summary functional:212 spending.amount: 3845.25 vs 3845.24",
        "same-fact expenditure functional:212 total: 3845.24 vs 3845.25",
        // 财政拨款总表 Σ类 = 9,746.49
        "rollup fiscalSummary line:spending spending.total: 9746.50 vs 9746.49",
        "rollup fiscalSummary line:spending spending.gpb: 9746.50 vs 9746.49",
        // table 5: 1,084.02 + 8.77 = 1,092.79; 1,572.70 + 2,259.65 = 3,832.35; 5,364.75 + 4,381.74 = 9,746.49
        "nature gpbExpenditure functional:21201 total: 1092.80 vs 1092.79",
        "nature gpbExpenditure functional:2120101 total: 1092.80 vs 1092.79",
        "nature fiscalSummary functional:212 spending.gpb: 3832.36 vs 3832.35",
        "nature fiscalSummary line:spending spending.gpb: 9746.50 vs 9746.49",
        // 基本支出表: Σ 302 款 440.88; 301 + 303 = 4,884.10 (so table 5's 基本 5,364.75 is 0.01 short)
        "rollup gpbBasic economic:302 amount: 440.90 vs 440.88",
        "nature gpbBasic line:personnel amount: 4884.09 vs 4884.10",
        "rollup gpbExpenditure total basic: 5364.75 vs 5364.76",
        // 六 基本支出 5377.64 and 人员经费 4896.98: the all-funds figures, not tables 5 / 6
        "final.narrative.amount amount 基本支出 5377.64 5364.75",
        "final.narrative.amount amount 人员经费 4896.98 4884.09",
        // 五(一) 99.86%: 9,746.50 / 9,759.38 = 99.87%; 五(三) 95.45%: 9,746.50 / 10,210.34 = 95.46%
        "final.narrative.share share 99.86 99.87",
        "final.narrative.rate rate 95.45 95.46",
        // the 13 项 budgets sum to 10,210.33
        "final.narrative.budgetItems sum 10210.33 10210.34",
        // 十一(二) 122.43 + 1,387.72 + 809.07 = 2,319.22
        "final.narrative.procurement sum 2319.22 2319.21",
        // 七 完成预算的 0.00% for 因公出国 and 公务用车 on a 预算数 of 0.00: the problem the README
        // lists for the finance bureau's 七, not listed for this document
        "final.narrative.rate zeroBudget abroad 0.00",
        "final.narrative.rate zeroBudget vehicles 0.00",
        // wording: the table heading names 上海市规划和自然资源局 (no 普陀区); 规划与自然资源局 in 七–九
        "final.narrative.names orgName 上海市规划和自然资源局 1",
        "final.narrative.names orgName 上海市普陀区规划与自然资源局 3",
        // 五(一) "增长 13.95。" without %; the placeholder 下降（增长）27.78% left in 七
        "final.narrative.wording noPercent 13.95",
        "final.narrative.wording placeholder 下降（增长）",
        // 五(三) 项 names unlike the table's: 2080599, 2200199, and 款 22102 (items 12 and 13)
        "final.narrative.names itemName 机关事业单位退休人员活动费支出 其他行政事业单位养老支出",
        "final.narrative.names itemName 其他国土资源事务支出 其他自然资源事务支出",
        "final.narrative.names itemName 住房保障支出 住房改革支出",
      ].sort(),
    );
  });

  it("holds 9,746.50 + 112.88 = 9,859.38 = 9,759.38 + 100.00 and 三公 2.85 / 0.39 = Σ items", () => {
    const outcome = (id: string) => report.outcomes.find((o) => o.ruleId === id)?.outcome;
    expect(outcome("balance")).toBe("pass");
    expect(outcome("totals")).toBe("pass");
    expect(outcome("sanGong.sum")).toBe("pass");
    const sanGong = report.outcomes.find((o) => o.ruleId === "sanGong.sum");
    expect(sanGong?.findings).toBe(0);
  });
});

describe("普陀区委社会工作部 2024 决算", () => {
  const { report } = read(putuoSocialWorkFinal2024Fixture);

  it("reads every table with nothing left over (codes printed whole, an empty 三公 table)", () =>
    readsEverything(putuoSocialWorkFinal2024Fixture));

  it("finds the 302 款 (10.22 against 10.23) and 人员 + 公用 = 105.59 against 基本支出 105.58, and nothing else", () => {
    expect(serious(report.findings)).toEqual(
      [
        "rollup gpbBasic economic:302 amount: 10.23 vs 10.22",
        "rollup gpbExpenditure total basic: 105.58 vs 105.59",
        "nature gpbExpenditure total basic: 105.58 vs 105.59",
        // 五(二) 住房保障支出 9.55%: 29.42 / 307.82 = 9.56%
        "final.narrative.share share 9.55 9.56",
        // 五(三) 完成年初预算的 95.89% is computed on 全年预算 321.02 (年初预算 0)
        "final.narrative.rate otherBase 95.89",
        // growth from a zero 2023 base printed 增长 100.00% (一, 四, 五(一), 机关运行经费)
        "final.narrative.growth zeroBase 100.00",
        "final.narrative.growth zeroBase 100.00",
        "final.narrative.growth zeroBase 100.00",
        "final.narrative.growth zeroBase 100.00",
        // 政府采购: 21.07 reserved and won by 中小企业 plus 21.07 in other projects: 42.14 > 21.07
        "final.narrative.procurement sme 42.14 21.07",
        // 五(三) item 8 住房公积金 主要用于：事业单位医疗保险支出 (copied from item 7)
        "final.narrative.wording copiedUse 住房公积金 事业单位医疗保险支出",
      ].sort(),
    );
  });
});

describe("the 财政拨款 part of 决算 spending (final.fiscalWithin)", () => {
  const { disclosure, report } = read(putuoPlanningFinal2024Fixture);

  it("holds where 支出决算表 and 一般公共预算表 differ by non-fiscal money (2120101: 1,096.91 ≥ 1,084.02)", () => {
    const o = report.outcomes.find((x) => x.ruleId === "final.fiscalWithin");
    expect([o?.outcome, o?.findings]).toEqual(["pass", 0]);
  });

  it("holds whatever order the tables are bound in (210 is 236.63 in 总表, 236.64 in tables 2, 3, 5)", () => {
    // the 一般公共预算表 first: its 210 (236.64) is still compared with the 总表's (236.63) first
    // figure in the template's order, not found larger than a figure the 总表 prints differently
    const gpb = disclosure.tables.filter((t) => t.kind === "gpbExpenditure");
    const rest = disclosure.tables.filter((t) => t.kind !== "gpbExpenditure");
    const r = checkDisclosure(
      { ...disclosure, tables: [...gpb, ...rest] },
      { profile: finalProfile, template: final2024, catalog: catalog2024 },
    );
    const o = r.outcomes.find((x) => x.ruleId === "final.fiscalWithin");
    expect([o?.outcome, o?.findings]).toEqual(["pass", 0]);
  });

  it("fails when a fiscal figure exceeds all spending on its code", () => {
    const tables = disclosure.tables.map((t) =>
      t.kind !== "gpbExpenditure"
        ? t
        : {
            ...t,
            rows: t.rows.map((r) =>
              r.key.kind === "functional" && r.key.code === "2120101"
                ? { ...r, cells: { ...r.cells, basic: "1200.00" } }
                : r,
            ),
          },
    );
    const r = checkDisclosure(
      { ...disclosure, tables },
      { profile: finalProfile, template: final2024, catalog: catalog2024 },
    );
    const found = r.findings.filter((f) => f.ruleId === "final.fiscalWithin");
    expect(found.map((f) => [f.path?.row, f.actual, f.expected, f.severity])).toEqual([
      ["functional:2120101", "1200.00", "1096.91", "error"],
    ]);
  });
});

describe("a zero printed 0 among figures printed 0.00 (final.rollup, nature)", () => {
  /** The fixture with every `0.00` cell printed `0`, as some printers format a zero. */
  const zerosAsZero = (fixture: DisclosureFixture): DisclosureFixture => ({
    ...fixture,
    tables: fixture.tables.map((t) => ({
      ...t,
      rows: t.rows.map((r) => r.map((c) => (c === "0.00" ? "0" : c))),
    })),
  });

  // (the 财政局 prints no 0.00)
  it.each([
    ["规划和自然资源局", putuoPlanningFinal2024Fixture],
    ["社会工作部", putuoSocialWorkFinal2024Fixture],
  ] as const)(
    "%s: is zero exactly in every sum, so the same differences are errors",
    (_, fixture) => {
      const respelled = zerosAsZero(fixture);
      expect(JSON.stringify(respelled)).not.toBe(JSON.stringify(fixture));
      expect(serious(read(respelled).report.findings)).toEqual(
        serious(read(fixture).report.findings),
      );
    },
  );
});

describe("the fixtures' heading and narrative are the text layer's", () => {
  it.each([
    ["财政局", putuoFinanceFinal2024Fixture],
    ["规划和自然资源局", putuoPlanningFinal2024Fixture],
    ["社会工作部", putuoSocialWorkFinal2024Fixture],
  ] as const)("%s: every clause is printed", (_, fixture) => {
    expect(copiedFaithfully(fixture)).toEqual([]);
  });
});
