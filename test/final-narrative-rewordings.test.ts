/**
 * Correct rewordings of the Putuo 决算 fixtures' 情况说明 that the reader used to read as nothing
 * (a read-only review, 2026-12-05): read now, so the same words with a wrong figure are found,
 * and the fixtures' own findings in the paragraphs after them are kept. Each checked through the
 * whole 决算 checker.
 */
import { describe, expect, it } from "vitest";
import type { DisclosureFixture } from "./fixtures/types";
import { finalAlarms, finalReport, PLANNING, SOCIAL } from "./support/final-narrative";
import { wrapped } from "./support/wrap";

/** The fixture's 情况说明 with `from` replaced by `to` (which must be printed). */
function swap(fixture: DisclosureFixture, from: string, to: string): string {
  if (!fixture.narrative.includes(from)) throw new Error(`not in the fixture: ${from}`);
  return fixture.narrative.replace(from, to);
}

/** The findings of these rules or kinds (`rate`, `names itemName`), in order. */
const of = (alarms: readonly string[], ...rules: readonly string[]) =>
  alarms.filter((a) =>
    rules.some((r) => a === `final.narrative.${r}` || a.startsWith(`final.narrative.${r} `)),
  );

describe("五(三)'s opening sentence in other words (规划和自然资源局)", () => {
  // the fixture prints 95.45% for 9746.50 / 10210.34 = 95.46%; its items' budgets add up to
  // 10210.33, and three items name their 科目 otherwise than the table
  const OPENER =
    "一般公共预算财政拨款支出年初预算为 10210.34 万元，支出决算为 9746.50 万元，完成年初预算的 95.45%。";
  const KEPT = [
    "final.narrative.budgetItems sum",
    "final.narrative.names itemName",
    "final.narrative.names itemName",
    "final.narrative.names itemName",
  ];
  const findings = (opener: string) =>
    of(
      finalAlarms(PLANNING, swap(PLANNING, OPENER, opener)),
      "rate",
      "budgetItems",
      "names itemName",
    );

  it("the fixture's own sentence: the wrong rate, the items' sum and names", () => {
    expect(
      of(finalAlarms(PLANNING, PLANNING.narrative), "rate", "budgetItems", "names itemName"),
    ).toEqual([
      "final.narrative.rate rate",
      "final.narrative.rate zeroBudget",
      "final.narrative.rate zeroBudget",
      ...KEPT,
    ]);
  });

  it.each([
    "一般公共预算财政拨款支出年初预算10210.34万元，支出决算9746.50万元，预算执行率为{r}%。",
    "一般公共预算财政拨款支出年初预算数为10210.34万元，决算数为9746.50万元，完成年初预算的{r}%。",
    "2024年度一般公共预算财政拨款支出决算数为9746.50万元，年初预算数为10210.34万元，决算数占年初预算数的{r}%。",
    "一般公共预算财政拨款支出年初预算为10210.34万元，支出决算数为9746.50万元，为年初预算的{r}%。",
    // the rate said as the outcome's part of the budget
    "一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，决算数占年初预算数的{r}%。",
    "一般公共预算财政拨款支出年初预算为10210.34万元，支出决算为9746.50万元，决算数为年初预算数的{r}%。",
  ])("%s", (opener) => {
    const zero = ["final.narrative.rate zeroBudget", "final.narrative.rate zeroBudget"];
    // right (95.46%): only the items' findings; wrong (97.46%): the rate too
    expect(findings(opener.replace("{r}", "95.46"))).toEqual([...zero, ...KEPT]);
    expect(findings(opener.replace("{r}", "97.46"))).toEqual([
      "final.narrative.rate rate",
      ...zero,
      ...KEPT,
    ]);
  });

  it.each([
    // 9746.50 / 10500.00 = 92.82%: a rate naming no budget, the budget changed during the year
    ["年初预算10210.34万元，调整预算10500.00万元，支出决算9746.50万元，预算执行率为92.82%。", 0],
    [
      "年初预算为10210.34万元，全年预算为10500.00万元，支出决算为9746.50万元，完成预算的92.82%。",
      0,
    ],
    ["年初预算10210.34万元，年中追加289.66万元，支出决算9746.50万元，预算执行率为92.82%。", 0],
    [
      "年初预算数10210.34万元，全年预算数10500.00万元，决算数9746.50万元，完成全年预算的92.82%。",
      0,
    ],
    // …still checked where it is neither budget's, or names the one it is not
    [
      "年初预算为10210.34万元，全年预算为10500.00万元，支出决算为9746.50万元，完成预算的93.82%。",
      1,
    ],
    [
      "年初预算数10210.34万元，全年预算数10500.00万元，决算数9746.50万元，完成全年预算的93.82%。",
      1,
    ],
    ["年初预算10210.34万元，调整预算10500.00万元，支出决算9746.50万元，完成年初预算的92.82%。", 1],
  ] as const)("the budget changed: 一般公共预算财政拨款支出%s", (said, wrong) => {
    const zero = ["final.narrative.rate zeroBudget", "final.narrative.rate zeroBudget"];
    const rate = wrong === 1 ? ["final.narrative.rate rate"] : [];
    expect(findings(`一般公共预算财政拨款支出${said}`)).toEqual([...rate, ...zero, ...KEPT]);
  });

  it.each([
    "涉及一般公共预算财政拨款支出年初预算4415.48万元；",
    "涉及一般公共预算财政拨款支出年初预算为4415.48万元；",
    "涉及一般公共预算财政拨款支出全年预算为4415.48万元；",
  ])("another section's budget stands for no 五(三)'s (十: %s)", (said) => {
    const ten = swap(PLANNING, "涉及预算金额4415.48万元；", said);
    // 五(三)'s wrong rate and its items' sum against 10210.34 stay as they were
    expect(
      finalReport(PLANNING, ten)
        .findings.filter(
          (f) => f.ruleId === "final.narrative.rate" || f.ruleId === "final.narrative.budgetItems",
        )
        .map((f) => JSON.stringify(f.params)),
    ).toEqual(
      finalReport(PLANNING, PLANNING.narrative)
        .findings.filter(
          (f) => f.ruleId === "final.narrative.rate" || f.ruleId === "final.narrative.budgetItems",
        )
        .map((f) => JSON.stringify(f.params)),
    );
  });

  it("a part's 决算 is not the outcome (基本支出决算为…)", () => {
    const opener =
      "一般公共预算财政拨款支出年初预算10210.34万元，其中：基本支出决算为5377.64万元，预算执行率为95.46%。";
    expect(findings(opener)).toEqual([
      "final.narrative.rate zeroBudget",
      "final.narrative.rate zeroBudget",
      ...KEPT,
    ]);
  });
});

describe("五(三)'s rate where the 年初预算 was 0 and the budget was added to (社会工作部)", () => {
  const OPENER =
    "一般公共预算财政拨款支出年初预算为 0 万元，全年预算为321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%。";
  const rates = (opener: string) => of(finalAlarms(SOCIAL, swap(SOCIAL, OPENER, opener)), "rate");
  it.each([
    "一般公共预算财政拨款支出年初预算0万元，年中追加321.02万元，支出决算307.82万元，预算执行率为95.89%。",
    "一般公共预算财政拨款支出年初预算为0万元，年中调整增加321.02万元，支出决算为307.82万元，完成预算的95.89%。",
    "一般公共预算财政拨款支出年初预算0万元，全年预算321.02万元，支出决算307.82万元，预算执行率为95.89%。",
  ])("%s", (opener) => {
    expect(rates(opener)).toEqual([]);
  });

  it("a rate of the 年初预算 of 0 is still found (the fixture's 完成年初预算的95.89%)", () => {
    expect(rates(OPENER)).toEqual(["final.narrative.rate otherBase"]);
  });
});

describe("七's rate said as the outcome's part of the budget (规划和自然资源局)", () => {
  const RATE = "支出决算为 0.39 万元，完成预算的 13.68%，其中";
  const rates = (said: string) =>
    of(finalAlarms(PLANNING, swap(PLANNING, RATE, said)), "rate rate").length;

  it.each([
    "支出决算为 0.39 万元，决算数占预算数的 {r}%，其中",
    "支出决算为 0.39 万元，为年初预算的{r}%，其中",
  ])("%s", (said) => {
    // 0.39 / 2.85 = 13.68%; the fixture's one wrong rate is 五(三)'s
    expect(rates(said.replace("{r}", "13.68"))).toBe(1);
    expect(rates(said.replace("{r}", "16.86"))).toBe(2);
    // 13.86% is some 0.385–0.395 over some 2.845–2.855 (the text's rounded figures): a note, no alarm
    expect(rates(said.replace("{r}", "13.86"))).toBe(1);
    const notes = finalReport(PLANNING, swap(PLANNING, RATE, said.replace("{r}", "13.86")))
      .findings.filter((f) => f.ruleId === "final.narrative.rate" && f.severity === "info")
      .map((f) => [f.params.printed, f.params.computed]);
    expect(notes).toEqual([["13.86", "13.68"]]);
  });
});

describe("二 and 三's whole named by its 决算 (规划和自然资源局)", () => {
  const base = finalAlarms(PLANNING, PLANNING.narrative);
  const added = (from: string, to: string) => {
    const left = [...base];
    return finalAlarms(PLANNING, swap(PLANNING, from, to)).filter((a) => {
      const k = left.indexOf(a);
      if (k < 0) return true;
      left.splice(k, 1);
      return false;
    });
  };
  it.each([
    [
      "本年支出合计 9759.38 万元，其中：",
      "2024年度支出决算数为{w}万元，其中：",
      "9759.38",
      "9795.38",
    ],
    ["本年支出合计 9759.38 万元，其中：", "2024年支出决算{w}万元，其中：", "9759.38", "9795.38"],
    [
      "本年收入合计 9746.50 万元，其中：",
      "2024年度收入决算数为{w}万元，其中：",
      "9746.50",
      "9764.50",
    ],
  ])("%s → %s", (from, to, right, wrong) => {
    expect(added(from, to.replace("{w}", right))).toEqual([]);
    expect(added(from, to.replace("{w}", wrong))).toContain("final.narrative.amount amount");
  });
});

describe("五(二)'s 类 printed without （类） (规划和自然资源局)", () => {
  const LIST =
    "社会保障和就业支出（类）754.75 万元，占 7.74%；卫生健康支出（类）236.63 万元，占 2.43%；城乡社区支出（类）3832.36万元，占 39.32%；";
  const shares = (list: string) =>
    of(finalAlarms(PLANNING, swap(PLANNING, LIST, list)), "share").length;
  // the fixture's one wrong share is 五(一)'s 99.86% (9746.50 / 9759.38 = 99.87%)
  it.each([
    "社会保障和就业支出754.75万元，占{s}%；卫生健康支出236.63万元，占2.43%；城乡社区支出3832.36万元，占39.32%；",
    "社会保障和就业支出 754.75 万元，占 {s}%；卫生健康支出（类）236.63 万元，占 2.43%；城乡社区支出（类）3832.36万元，占 39.32%；",
    "社会保障和就业支出为754.75万元，占比{s}%；卫生健康支出为236.63万元，占比2.43%；城乡社区支出为3832.36万元，占比39.32%；",
  ])("%s", (list) => {
    expect(shares(list.replace("{s}", "7.74"))).toBe(1);
    expect(shares(list.replace("{s}", "9.74"))).toBe(2);
  });

  it.each([
    // a 项's share of its 类, or a share of 本年支出合计, is not the 类's
    "社会保障和就业支出754.75万元，其中：行政单位离退休支出54.53万元，占7.22%；卫生健康支出236.63万元，占2.43%；城乡社区支出3832.36万元，占39.32%；",
    "社会保障和就业支出（类）754.75万元，其中：行政单位离退休54.53万元，占7.22%；卫生健康支出（类）236.63万元，占2.43%；城乡社区支出（类）3832.36万元，占39.32%；",
    "社会保障和就业支出（类）754.75万元，占本年支出合计的7.73%；卫生健康支出（类）236.63万元，占2.43%；城乡社区支出（类）3832.36万元，占39.32%；",
  ])("not the 类's share, and 五(一)'s wrong share still found: %s", (list) => {
    expect(shares(list)).toBe(1);
  });
});

describe("五(三) listing only some 项 (规划和自然资源局)", () => {
  const lines = PLANNING.narrative.split("\n");
  const without = (drop: (line: string) => boolean, renumber = false) => {
    let n = 0;
    return lines
      .filter((l) => !drop(l))
      .map((l) => {
        const m = /^(\d+)、/.exec(l);
        if (m === null || !renumber || !l.includes("（项）")) return l;
        n++;
        return `${n}、${l.slice(m[0].length)}`;
      })
      .join("\n");
  };
  const names = (text: string) => of(finalAlarms(PLANNING, text), "names itemName");
  const THREE = [
    "final.narrative.names itemName",
    "final.narrative.names itemName",
    "final.narrative.names itemName",
  ];

  it.each([
    ["the first two left out", (l: string) => l.startsWith("1、") || l.startsWith("2、"), false],
    [
      "the first two left out, renumbered",
      (l: string) => l.startsWith("1、") || l.startsWith("2、"),
      true,
    ],
    ["the fourth left out", (l: string) => l.startsWith("4、社会保障"), false],
  ] as const)("its three 科目 named otherwise are still found: %s", (_, drop, renumber) => {
    expect(names(without(drop, renumber))).toEqual(THREE);
  });
});

describe("a comparison in 个百分点 before the change (规划和自然资源局)", () => {
  // 五(一) prints its growth rate without % (`增长 13.95。`), a finding of its own
  const SHARE = "占本年支出合计的 99.86%。";
  it.each([
    "占本年支出合计的 99.86%，比上年提高0.50个百分点。",
    "占本年支出合计的 99.86%，较上年上升0.5个百分点。",
    "占本年支出合计的 99.86%，占比较上年下降0.10个百分点。",
    "占本年支出合计的 99.86%，占比与上年基本持平。",
  ])("%s", (said) => {
    expect(of(finalAlarms(PLANNING, swap(PLANNING, SHARE, said)), "wording noPercent")).toEqual([
      "final.narrative.wording noPercent",
    ]);
  });
});

describe("a running header without the department's name and no page's number (PDF text, no indents)", () => {
  const paged = (fixture: DisclosureFixture) =>
    wrapped(fixture.narrative, 38, false)
      .split("\n")
      .flatMap((l, k) => (k > 0 && k % 11 === 0 ? ["2024年度部门决算公开", l] : [l]))
      .join("\n");
  it.each([
    // 七's rates of a budget of 0 (因公出国（境）费, 公务用车)
    [PLANNING, "rate zeroBudget", 2],
    // 四's growth on last year's 0, 十一's 中小企业 figures
    [SOCIAL, "growth zeroBase", 4],
    [SOCIAL, "procurement sme", 1],
  ] as const)("keeps the fixture's findings: %#", (fixture, kind, count) => {
    expect(of(finalAlarms(fixture, fixture.narrative), kind)).toHaveLength(count);
    expect(of(finalAlarms(fixture, paged(fixture)), kind)).toHaveLength(count);
  });
});
