import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../catalog/2024";
import { type Disclosure, type Table, tableBuilder } from "../../disclosure";
import { buildContext } from "../../rules/context";
import { henan2024Profile } from "../../rules/profiles";
import { renderFinding } from "../../rules/render";
import { findings, one, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { narrativeAmount } from "./amount";
import { checker, disclosure, profileOf } from "./test-support";

const check = checker("narrative.amount");
const h = (kind: string) => tableBuilder(henan2024, kind);
const run = (body: string, tables: readonly Table[]) => check(disclosure(tables, body));
const total = (t: string) => h("expenditure").total({ total: t }).build().value;

describe("narrative.amount: figures as printed, with thousands separators", () => {
  it("a differing figure quotes both grouped", () => {
    const f = one(run("支出合计1,212.21万元。", [total("1,212.12")]), "narrative.amount");
    expect([f.params.kind, f.expected, f.actual, f.params.expected, f.params.actual]).toEqual([
      "digit",
      "1,212.12",
      "1,212.21",
      "1,212.12",
      "1,212.21",
    ]);
  });

  it("`无…` against 1,234.00 and 绩效目标 money over 1,080.00 quote the tables grouped", () => {
    const fund = h("govFundExpenditure").total({ total: "1,234.00" }).build().value;
    const none = one(
      run("本单位2024年无政府性基金预算拨款安排的支出。", [fund]),
      "narrative.amount",
    );
    expect([none.params.kind, none.params.expected]).toEqual(["none", "1,234.00"]);
    const project = h("expenditure")
      .total({ total: "2,000.00", project: "1,080.00" })
      .build().value;
    const over = one(
      run("本单位编报绩效目标的项目共3个，涉及项目预算资金1,090.00万元。", [project]),
      "narrative.amount",
    );
    expect([over.params.kind, over.params.expected, over.params.actual]).toEqual([
      "atMost",
      "1,080.00",
      "1,090.00",
    ]);
  });

  it("`无…` against a table printing 0.00 is right", () => {
    const zero = h("govFundExpenditure").total({ total: "0.00" }).build().value;
    const r = run("本单位2024年无政府性基金预算拨款安排的支出。", [zero]);
    expect([outcome(r, "narrative.amount"), findings(r, "narrative.amount")]).toEqual(["pass", []]);
  });

  it("two different wrong figures are two findings", () => {
    const t = h("expenditure").total({ total: "969.06", basic: "682.06" }).build().value;
    const r = run("支出合计969.60万元，其中：基本支出682.60万元。", [t]);
    expect(findings(r, "narrative.amount").map((f) => f.actual)).toEqual(["969.60", "682.60"]);
  });
});

describe("narrative.amount: a fact two tables print differently", () => {
  // 一般公共预算基本支出: 100.00 in the 财政拨款支出表, 100.10 in the 基本支出表 (the tables' own
  // disagreement is another rule's business)
  const tables = [
    h("gpbExpenditure").total({ total: "300.00", basic: "100.00", project: "200.00" }).build()
      .value,
    h("gpbBasic").total({ total: "100.10" }).build().value,
  ];

  it("the text agreeing with either printed figure is right", () => {
    for (const text of ["一般公共预算基本支出100.00万元。", "一般公共预算基本支出100.10万元。"]) {
      const r = run(text, tables);
      expect([text, outcome(r, "narrative.amount"), findings(r, "narrative.amount")]).toEqual([
        text,
        "pass",
        [],
      ]);
    }
  });

  it("agreeing with neither is compared with the first", () => {
    const f = one(run("一般公共预算基本支出100.20万元。", tables), "narrative.amount");
    expect([f.params.kind, f.expected]).toEqual(["digit", "100.00"]);
  });
});

describe("narrative.amount: a blank cell budgets nothing, but bounds nothing either", () => {
  const blank = h("expenditure")
    .total({ total: "100.00", basic: "100.00", project: "" })
    .build().value;

  it("项目支出 stated against a blank 项目支出 cell: the tables give 0", () => {
    const f = one(run("项目支出10.00万元。", [blank]), "narrative.amount");
    expect([f.severity, f.params.kind, f.expected, f.actual]).toEqual([
      "error",
      "differ",
      "0",
      "10.00",
    ]);
  });

  it("绩效目标 money is not held to a blank 项目支出 cell", () => {
    const r = run("本单位编报绩效目标的项目共3个，涉及项目预算资金60.00万元。", [blank]);
    expect([outcome(r, "narrative.amount"), findings(r, "narrative.amount")]).toEqual(["pass", []]);
  });
});

describe("narrative.amount: a figure copied from last year, and one that is not", () => {
  const sanGong = (t: string): Table =>
    h("sanGong").single({ total: t, abroad: "", vehicles: "", reception: t }).build().value;
  const last = (t: string): Disclosure => disclosure([sanGong(t)], "", henan2024, 2023);
  const withPrior = (t: string, body: string, lastYear: string) =>
    checker("narrative.amount")(disclosure([sanGong(t)], body), henan2024, {
      prior: { disclosure: last(lastYear), template: henan2024 },
    });

  it("last year's figure where this year's differs in more than a digit is stale, in English too", () => {
    const r = withPrior("5.20", "2024年“三公”经费7.50万元。", "7.50");
    const f = one(r, "narrative.amount");
    expect([f.severity, f.params.kind, f.params.year]).toEqual(["error", "stale", 2023]);
    expect(renderFinding(f, profileOf().rules, "en", henan2024)).toMatch(
      /^\[情况说明\] "2024年“三公”经费7\.50万元" disagrees with the tables: they give 5\.20 万元 \(.+\); it is last year's \(2023\) printed figure: copied from last year\?$/u,
    );
  });

  it("a figure that is neither this year's nor last year's is a plain difference, no year", () => {
    const f = one(withPrior("6.50", "2024年“三公”经费8.50万元。", "7.50"), "narrative.amount");
    expect([f.params.kind, "year" in f.params]).toEqual(["digit", false]);
  });

  it("a truncated figure stays truncated (a warning) though last year printed it", () => {
    const f = one(withPrior("6.56", "2024年“三公”经费6.5万元。", "6.50"), "narrative.amount");
    expect([f.severity, f.params.kind]).toEqual(["warning", "truncated"]);
  });
});

describe("narrative.amount: what it reports besides findings", () => {
  it("counts the text's figures, placed and not, with each gap", () => {
    const body = "支出合计969.06万元，另有某某款项262,000元。";
    const r = run(body, [total("969.06")]);
    expect(r.coverage.texts).toEqual([
      {
        section: "情况说明",
        figures: 2,
        placed: 1,
        notUnderstood: 1,
        gaps: [{ reason: "no-subject", text: "262,000元", sentence: body, start: 19, end: 27 }],
      },
    ]);
  });

  it("vouches for the printed cells it compared", () => {
    const t = total("969.06");
    const d = disclosure([t], "支出合计969.06万元。");
    const ctx = buildContext(d, henan2024, catalog2024, henan2024Profile.definitions);
    const r = narrativeAmount().check(ctx, "error");
    const cells = ctx.tables.flatMap((x) =>
      x.rows.flatMap((row) => row.facts.map((f) => f.source)),
    );
    expect([r.outcome, r.findings, r.checked]).toEqual(["pass", [], cells]);
  });

  it("vouches for the printed total it compared, not the lines the total is derived from", () => {
    const t = h("expenditure")
      .total({ total: "969.06" })
      .functional("2013101", "行政运行", { total: "558.07" })
      .functional("2013102", "一般行政管理事务", { total: "410.99" })
      .build().value;
    const ctx = buildContext(
      disclosure([t], "支出合计969.06万元。"),
      henan2024,
      catalog2024,
      henan2024Profile.definitions,
    );
    const r = narrativeAmount().check(ctx, "error");
    const printedTotal = ctx.tables.flatMap((x) =>
      x.rows.filter((row) => row.id === "total").flatMap((row) => row.facts.map((f) => f.source)),
    );
    expect(printedTotal.map((c) => c.raw)).toEqual(["969.06"]);
    expect([r.outcome, r.checked]).toEqual(["pass", printedTotal]);
  });

  it("renders a finding of an unknown kind, without evidence, as a plain difference", () => {
    const f = {
      ruleId: "narrative.amount",
      severity: "error" as const,
      outcome: "fail" as const,
      params: {
        section: "情况说明",
        claim: "支出合计9.00万元",
        kind: "other",
        expected: "8.00",
        unit: "万元",
      },
      evidence: [],
    };
    expect((["zh-CN", "en"] as const).map((l) => renderFinding(f, profileOf().rules, l))).toEqual([
      "【情况说明】“支出合计9.00万元” 与表中不符：表中为 8.00万元（）。",
      '[情况说明] "支出合计9.00万元" disagrees with the tables: they give 8.00 万元 ().',
    ]);
  });
});

describe("narrative.amount: a 其中 part that two figures before it hold alike", () => {
  // 人员经费 = 工资福利支出 600.00 + 对个人和家庭的补助 30.38 = 630.38 (derived from the 支出表).
  const table = h("expenditure")
    .total({
      total: "969.06",
      basic: "682.06",
      "basic.salary": "600.00",
      "basic.family": "30.38",
      "basic.goods": "51.68",
      project: "287.00",
      "project.operating": "287.00",
    })
    .build().value;
  const body = (personnel: string, share: string) =>
    `支出合计969.06万元，基本支出682.06万元，其中人员经费${personnel}万元，占${share}%。`;
  const both = checker("narrative.amount", "narrative.percent");

  it("its amount is checked: a wrong one is found (631.38 for 630.38)", () => {
    const f = one(run(body("631.38", "65.05"), [table]), "narrative.amount");
    expect([f.expected, f.actual]).toEqual(["630.38", "631.38"]);
  });

  it.each(["65.05", "92.42", "50.00"])(
    "its share (%s%%) is not checked: 支出合计's or 基本支出's, the text does not say",
    (share) => {
      const r = both(disclosure([table], body("630.38", share)));
      expect(findings(r, "narrative.amount")).toEqual([]);
      expect(findings(r, "narrative.percent")).toEqual([]);
    },
  );
});

describe("narrative.amount: a figure of one fund printed without the fund", () => {
  // every fund: 基本支出 618.00, 201 一般公共服务支出 648.00; 一般公共预算: 608.00, 638.00
  const tables = [
    h("expenditure")
      .total({ total: "968.00", basic: "618.00", project: "350.00" })
      .functional("201", "一般公共服务支出", {
        total: "648.00",
        basic: "448.00",
        project: "200.00",
      })
      .build().value,
    h("gpbExpenditure")
      .total({ total: "808.00", basic: "608.00", project: "200.00" })
      .functional("201", "一般公共服务支出", {
        total: "638.00",
        basic: "438.00",
        project: "200.00",
      })
      .build().value,
  ];
  it.each([
    "五、支出预算情况\n2024年基本支出608.00万元，项目支出200.00万元。",
    "五、支出预算情况\n2024年一般公共服务支出（类）638.00万元，主要用于机关运转。",
    "五、支出预算情况\n2024年基本支出6,080,000.00元。",
  ])("agrees with that fund's figure: info, no error (%s)", (body) => {
    const r = run(body, tables);
    const fs = findings(r, "narrative.amount");
    expect(fs.map((f) => [f.severity, f.params.kind])).toEqual(fs.map(() => ["info", "fund"]));
    expect(fs.length).toBeGreaterThan(0);
  });

  it("says which fund's cells it agrees with, in both languages", () => {
    const f = one(run("五、支出预算情况\n2024年基本支出608.00万元。", tables), "narrative.amount");
    const rules = profileOf().rules;
    expect(renderFinding(f, rules, "zh-CN", henan2024)).toContain(
      "不是全部资金的数（表中为 618.00万元）",
    );
    expect(renderFinding(f, rules, "en", henan2024)).toContain("does not say which fund");
  });

  it("a figure no fund's table gives is still an error", () => {
    const f = one(run("五、支出预算情况\n2024年基本支出680.00万元。", tables), "narrative.amount");
    expect([f.severity, f.params.kind, f.expected]).toEqual(["error", "differ", "618.00"]);
  });

  it("a figure printed with its fund is checked against that fund only", () => {
    const f = one(
      run("五、支出预算情况\n2024年一般公共预算基本支出618.00万元。", tables),
      "narrative.amount",
    );
    expect([f.severity, f.expected]).toEqual(["error", "608.00"]);
  });
});
