import { describe, expect, it } from "vitest";
import { type Disclosure, type Table, tableBuilder } from "../../disclosure";
import { henan2024Profile } from "../../rules/profiles";
import { renderFinding } from "../../rules/render";
import { findings, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { type NarrativeOptions, withNarrative } from "./index";
import { checker, disclosure } from "./test-support";

const h = (kind: string) => tableBuilder(henan2024, kind);
const sanGong = (total: string, reception: string, operation = "4.00"): Table =>
  h("sanGong")
    .single({
      total,
      abroad: "",
      vehicles: operation,
      "vehicles.purchase": "",
      "vehicles.operation": operation,
      reception,
    })
    .build().value;
const expenditure = (total: string): Table => h("expenditure").total({ total }).build().value;

/** Last year's budget: 三公 7.50 (接待 3.50), 支出 834.84, and 政府采购 in its text only. */
const LAST_YEAR: Disclosure = {
  ...disclosure(
    [sanGong("7.50", "3.50"), expenditure("834.84")],
    "2023年政府采购预算12.00万元。",
    henan2024,
    2023,
  ),
};

const run = (body: string, tables: readonly Table[], options: NarrativeOptions = {}) => {
  const profile = withNarrative(henan2024Profile, options);
  const report = checker("narrative.priorYear", "narrative.year", "narrative.amount")(
    disclosure(tables, body),
    henan2024,
    options,
  );
  const zh = (id: string) =>
    findings(report, id).map((f) => renderFinding(f, profile.rules, "zh-CN", henan2024));
  const en = (id: string) =>
    findings(report, id).map((f) => renderFinding(f, profile.rules, "en", henan2024));
  return { report, zh, en };
};
const withPrior = { prior: { disclosure: LAST_YEAR, template: henan2024 } };
const THIS_YEAR = [sanGong("6.50", "2.50"), expenditure("969.06")];

describe("narrative.priorYear: one story across years", () => {
  it("is not applicable without last year's disclosure", () => {
    const { report } = run("“三公”经费上年预算为7.60万元。", THIS_YEAR);
    expect(outcome(report, "narrative.priorYear")).toBe("not-applicable");
  });

  it("passes the 上年 figures and changes that agree with last year's document", () => {
    const text =
      "2024年“三公”经费6.50万元，上年预算为7.50万元，比上年减少1.00万元。公务接待费2.50万元，比上年减少1.00万元。支出合计969.06万元，比上年增加134.22万元。";
    const { report } = run(text, THIS_YEAR, withPrior);
    expect([
      outcome(report, "narrative.priorYear"),
      findings(report, "narrative.priorYear"),
    ]).toEqual(["pass", []]);
  });

  it("a 上年 figure other than last year's printed one is an error", () => {
    const { zh, en } = run("“三公”经费6.50万元，上年预算为7.60万元。", THIS_YEAR, withPrior);
    expect(zh("narrative.priorYear")).toEqual([
      "【情况说明】““三公”经费6.50万元，上年预算为7.60万元” 所引上年数字为 7.60万元，但上年（2023 年）公开的是 7.50万元（【一般公共预算“三公”经费预算表】「“三公”经费合计」列（7.50））。",
    ]);
    expect(en("narrative.priorYear")[0]).toContain("cites last year's figure as 7.60 万元");
  });

  it("a change implying another figure for last year is an error (the text citing it no other way)", () => {
    const { zh } = run("公务接待费2.50万元，比上年减少1.10万元。", THIS_YEAR, withPrior);
    expect(zh("narrative.priorYear")).toEqual([
      "【情况说明】“公务接待费2.50万元，比上年减少1.10万元” 意味着上年为 3.60万元，但上年（2023 年）公开的是 3.50万元（【一般公共预算“三公”经费预算表】「公务接待费」列（3.50））。",
    ]);
    // 持平 implies last year's figure is this year's
    const flat = run("公务接待费2.50万元，与上年持平。", THIS_YEAR, withPrior);
    expect(findings(flat.report, "narrative.priorYear").map((f) => f.params.actual)).toEqual([
      "2.50",
    ]);
  });

  it("last year's figures come from its narrative where its tables do not print them", () => {
    const ok = run("2024年政府采购预算15.00万元，比上年增加3.00万元。", [], withPrior);
    expect(findings(ok.report, "narrative.priorYear")).toEqual([]);
    const wrong = run("2024年政府采购预算15.00万元，比上年增加5.00万元。", [], withPrior);
    expect(findings(wrong.report, "narrative.priorYear").map((f) => f.params.expected)).toEqual([
      "12.00",
    ]);
  });

  it("上年执行数 is checked against last year's 决算, not against its budget", () => {
    const text = "公务接待费2023年执行数为3.20万元，2024年预算安排2.50万元。";
    const budget = run(text, THIS_YEAR, withPrior);
    expect(outcome(budget.report, "narrative.priorYear")).toBe("not-applicable");
    const final = { prior: { ...withPrior.prior, stage: "final" as const } };
    const r = run(text, THIS_YEAR, final);
    expect(findings(r.report, "narrative.priorYear").map((f) => f.params.expected)).toEqual([
      "3.50",
    ]);
  });
});

describe("narrative.priorYear: what it compares, and how it says so", () => {
  const prior = (r: ReturnType<typeof run>) => findings(r.report, "narrative.priorYear");

  it("a 上年 figure that agrees, or only rounds, passes; a grouped figure is shown grouped", () => {
    for (const text of ["“三公”经费上年预算为7.50万元。", "“三公”经费上年预算为7.5万元。"]) {
      const r = run(text, THIS_YEAR, withPrior);
      expect([text, outcome(r.report, "narrative.priorYear"), prior(r)]).toEqual([
        text,
        "pass",
        [],
      ]);
    }
    const r = run("支出合计上年预算为1,834.84万元。", THIS_YEAR, withPrior);
    expect(
      prior(r).map((f) => [f.severity, f.params.kind, f.expected, f.actual, f.params.actual]),
    ).toEqual([["error", "cited", "834.84", "1834.84", "1,834.84"]]);
    // 7.46 printed as 7.5 only rounds
    const rounded = {
      prior: {
        disclosure: { ...LAST_YEAR, tables: [sanGong("7.46", "3.46")] },
        template: henan2024,
      },
    };
    expect(prior(run("“三公”经费上年预算为7.5万元。", THIS_YEAR, rounded))).toEqual([]);
    expect(
      prior(run("“三公”经费上年预算为7.4万元。", THIS_YEAR, rounded)).map((f) => f.params.kind),
    ).toEqual(["truncated"]);
    expect(r.en("narrative.priorYear")).toEqual([
      '[情况说明] "支出合计上年预算为1,834.84万元" cites last year\'s figure as 1,834.84 万元, but last year\'s (2023) document printed 834.84 万元 ([Expenditure] total row, column "合计" (834.84)).',
    ]);
  });

  it("a figure of last year's 元 truncated to 万元 is a warning that says so", () => {
    const yuan = {
      prior: {
        disclosure: {
          ...LAST_YEAR,
          tables: [
            tableBuilder(henan2024, "sanGong", { unit: "元" })
              .single({
                total: "75,456",
                vehicles: "40,000",
                "vehicles.operation": "40,000",
                reception: "35,456",
              })
              .build().value,
          ],
        },
        template: henan2024,
      },
    };
    const r = run("“三公”经费上年预算为7.54万元。", THIS_YEAR, yuan);
    expect(prior(r).map((f) => [f.severity, f.params.kind, f.params.expected])).toEqual([
      ["warning", "truncated", "7.55"],
    ]);
    expect(r.zh("narrative.priorYear")[0]).toMatch(
      /公开的是 7\.55万元（.*）（与截尾结果相符）。$/u,
    );
    expect(r.en("narrative.priorYear")[0]).toMatch(
      /printed 7\.55 万元 \(.*\) \(it matches truncation\)\.$/u,
    );
    // rounded, it agrees
    expect(prior(run("“三公”经费上年预算为7.55万元。", THIS_YEAR, yuan))).toEqual([]);
  });

  it("a change is left alone where the text cites last year's figure itself (narrative.change's)", () => {
    const text = "公务接待费2.50万元，上年预算为3.50万元，比上年减少1.10万元。";
    expect(prior(run(text, THIS_YEAR, withPrior))).toEqual([]);
    // a rate is no change of an amount
    expect(prior(run("公务接待费2.50万元，比上年下降28.57%。", THIS_YEAR, withPrior))).toEqual([]);
  });

  it("a change allows for the rounding of its own figure (减少1万元: ± 0.5 万元)", () => {
    const last = (reception: string) => ({
      prior: {
        disclosure: { ...LAST_YEAR, tables: [sanGong("7.80", reception)] },
        template: henan2024,
      },
    });
    const text = "公务接待费2.50万元，比上年减少1万元。";
    expect(prior(run(text, THIS_YEAR, last("3.80")))).toEqual([]);
    expect(prior(run(text, THIS_YEAR, last("4.10"))).map((f) => [f.expected, f.actual])).toEqual([
      ["4.10", "3.50"],
    ]);
    // this year's figure from the tables when the text gives none; none at all, nothing to say
    expect(
      prior(run("公务接待费比上年减少1.10万元。", THIS_YEAR, withPrior)).map(
        (f) => f.params.actual,
      ),
    ).toEqual(["3.60"]);
    const none = run("公务接待费比上年减少1.10万元。", [], withPrior);
    expect([outcome(none.report, "narrative.priorYear"), prior(none)]).toEqual([
      "not-applicable",
      [],
    ]);
  });

  it("a change against 执行数 needs last year's 决算, not its budget", () => {
    const text = "公务接待费2.50万元，比2023年预算执行数减少1.10万元。";
    expect(outcome(run(text, THIS_YEAR, withPrior).report, "narrative.priorYear")).toBe(
      "not-applicable",
    );
    const final = { prior: { ...withPrior.prior, stage: "final" as const } };
    expect(prior(run(text, THIS_YEAR, final)).map((f) => [f.params.kind, f.expected])).toEqual([
      ["change", "3.50"],
    ]);
  });
});

describe("narrative.amount: a figure copied from last year", () => {
  it("a this-year figure that is last year's printed one says so", () => {
    const { report, zh } = run("2024年“三公”经费7.50万元。", THIS_YEAR, withPrior);
    expect(findings(report, "narrative.amount").map((f) => [f.severity, f.params.kind])).toEqual([
      ["error", "stale"],
    ]);
    expect(zh("narrative.amount")).toEqual([
      "【情况说明】“2024年“三公”经费7.50万元” 与表中不符：表中为 6.50万元（【一般公共预算“三公”经费预算表】「“三公”经费合计」列（6.50））；它是上年（2023 年）公开的数字，是否沿用了上年的数？",
    ]);
    // without last year's document it is a plain difference (one digit off, 6 → 7)
    const plain = run("2024年“三公”经费7.50万元。", THIS_YEAR);
    expect(findings(plain.report, "narrative.amount").map((f) => f.params.kind)).toEqual(["digit"]);
  });
});

describe("narrative.year: this year's figure dated last year", () => {
  it("a figure dated 2023 that is this year's table figure is a warning", () => {
    const { report, zh, en } = run("2023年“三公”经费预算6.50万元。", THIS_YEAR);
    expect(findings(report, "narrative.year").map((f) => f.severity)).toEqual(["warning"]);
    expect(zh("narrative.year")).toEqual([
      "【情况说明】“2023年“三公”经费预算6.50万元” 写作 2023 年的数字，但它是本年（2024 年）表中的数字（【一般公共预算“三公”经费预算表】「“三公”经费合计」列（6.50））：年份是否未更新？",
    ]);
    expect(en("narrative.year")[0]).toContain("is dated 2023, but it is this year's (2024) figure");
  });

  it("last year's figure rightly dated, a comparison, a date, or this year's figure beside it is not", () => {
    for (const text of [
      "2023年“三公”经费预算7.50万元。",
      "“三公”经费比2023年的6.50万元持平。",
      "截至2023年12月31日，“三公”经费6.50万元。",
      "2023年“三公”经费预算6.50万元，2024年“三公”经费预算6.50万元。",
      "上年“三公”经费预算6.50万元。",
      // said unchanged in its sentence or the next: the same figure both years
      "2023年“三公”经费预算6.50万元，两年持平。",
      "本年“三公”经费预算与上年相同。2023年“三公”经费预算6.50万元，无增减变化。",
      "2023年“三公”经费预算为6.50万元。两年预算数持平。",
    ]) {
      const { report } = run(text, THIS_YEAR);
      expect([text, findings(report, "narrative.year")]).toEqual([text, []]);
    }
  });

  it("a figure dated last year and right passes; another year says nothing; grouped figures", () => {
    const right = run("2023年“三公”经费预算7.50万元。", THIS_YEAR);
    expect([
      outcome(right.report, "narrative.year"),
      findings(right.report, "narrative.year"),
    ]).toEqual(["pass", []]);
    const other = run("2022年“三公”经费预算6.50万元。", THIS_YEAR);
    expect(findings(other.report, "narrative.year")).toEqual([]);
    const big = run("2023年支出合计预算1,969.06万元。", [expenditure("1,969.06")]);
    expect(
      findings(big.report, "narrative.year").map((f) => [f.params.year, f.params.actual]),
    ).toEqual([[2023, "1,969.06"]]);
  });

  it("when last year printed the same figure, the date is right", () => {
    const same = {
      prior: {
        disclosure: { ...LAST_YEAR, tables: [sanGong("6.50", "2.50"), expenditure("834.84")] },
        template: henan2024,
      },
    };
    const { report } = run("2023年“三公”经费预算6.50万元。", THIS_YEAR, same);
    expect(findings(report, "narrative.year")).toEqual([]);
  });
});
