import { describe, expect, it } from "vitest";
import { catalog2024 } from "../../catalog/2024";
import { type Table, tableBuilder } from "../../disclosure";
import { buildContext } from "../../rules/context";
import { henan2024Profile } from "../../rules/profiles";
import { renderFinding } from "../../rules/render";
import { findings, one, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { narrativePercentRule } from "./percent";
import { checker, disclosure, profileOf } from "./test-support";

const check = checker("narrative.percent");
const run = (body: string, tables: readonly Table[] = []) => check(disclosure(tables, body));
const both = (body: string, tables: readonly Table[] = []) => {
  const f = one(run(body, tables), "narrative.percent");
  return [
    f.severity,
    ...(["zh-CN", "en"] as const).map((l) => renderFinding(f, profileOf().rules, l)),
  ];
};

describe("narrative.percent: each kind of finding in both locales", () => {
  it("a rate that recomputes to another is an error quoting both", () => {
    expect(both("支出合计969.06万元，其中：基本支出682.06万元，占70.83%。")).toEqual([
      "error",
      "【情况说明】“占70.83%” 中的 70.83% 按数字复算应为 70.38%。",
      '[情况说明] "占70.83%" says 70.83%, the figures give 70.38%.',
    ]);
  });

  it("a truncated rate (2 / 3 printed 66.66%) is a warning that says so", () => {
    expect(both("支出合计3.00万元，其中：基本支出2.00万元，占66.66%。")).toEqual([
      "warning",
      "【情况说明】“占66.66%” 中的 66.66% 按数字复算应为 66.67%（与截尾结果相符，而非四舍五入）。",
      '[情况说明] "占66.66%" says 66.66%, the figures give 66.67% (it matches truncation, not rounding).',
    ]);
  });

  it("a rate only the unrounded figures explain is info", () => {
    expect(both("收入预算17,192万元，比上年减少990万元，下降5.45%。")).toEqual([
      "info",
      "【情况说明】“下降5.45%” 中的 5.45% 按印出的数字复算为 5.44%，差异在数字的舍入范围内。",
      '[情况说明] "下降5.45%" says 5.45%; the printed figures give 5.44%, within their rounding.',
    ]);
  });

  it("增加 then 下降 is the wrong direction even for a change of nothing", () => {
    expect(both("“三公”经费6.50万元，比上年增加0.00万元，下降0.00%。")).toEqual([
      "error",
      "【情况说明】“下降0.00%” 的增减方向与数字相反。",
      '[情况说明] "下降0.00%" states the wrong direction of change.',
    ]);
  });

  it("a zero base: info, no expected rate, no evidence, not counted as checked", () => {
    const r = run("“三公”经费5.00万元，比上年增加5.00万元，增长100%。");
    const f = one(r, "narrative.percent");
    expect([f.severity, f.params, "expected" in f, "actual" in f, f.evidence]).toEqual([
      "info",
      { section: "情况说明", claim: "增长100%", kind: "zero-base" },
      false,
      false,
      [],
    ]);
    expect(outcome(r, "narrative.percent")).not.toBe("fail");
    expect(renderFinding(f, profileOf().rules, "en")).toBe(
      '[情况说明] "增长100%" is a rate from a zero base, which has no value: not compared.',
    );
    expect(renderFinding(f, profileOf().rules, "zh-CN")).toBe(
      "【情况说明】“增长100%” 以零为基数，增减幅度无定义，未核对。",
    );
  });
});

describe("narrative.percent: what it recomputes from", () => {
  it("a whole-number rate is compared at no decimals (2 / 3 = 67%)", () => {
    const r = run("支出合计3.00万元，其中：基本支出2.00万元，占67%。");
    expect([outcome(r, "narrative.percent"), findings(r, "narrative.percent")]).toEqual([
      "pass",
      [],
    ]);
  });

  it("no change at all is no direction (增加0.00万元，增长0.00%)", () => {
    const r = run("“三公”经费6.50万元，比上年增加0.00万元，增长0.00%。");
    expect([outcome(r, "narrative.percent"), findings(r, "narrative.percent")]).toEqual([
      "pass",
      [],
    ]);
  });

  it("a rate without this year's figure, or without last year's, is not checked", () => {
    for (const text of [
      "收入总计比上年增加134.22万元，增长16.08%。",
      "“三公”经费2023年当年预算执行数为54.60万元，比2023年预算执行数减少1.39%。",
      "“三公”经费2024年预算安排53.84万元，比2023年预算执行数减少1.39%。",
    ]) {
      const r = run(text);
      expect([text, outcome(r, "narrative.percent"), findings(r, "narrative.percent")]).toEqual([
        text,
        "not-applicable",
        [],
      ]);
    }
  });

  it("the text's own whole-万元 figures explain the rate though the tables disagree: info", () => {
    const summary = tableBuilder(henan2024, "summary")
      .line("revenue.total", { "income.amount": "17,500.00" })
      .build().value;
    const r = run("收入总计17,192万元，比上年减少990万元，下降5.45%。", [summary]);
    expect(findings(r, "narrative.percent").map((f) => [f.severity, f.params.kind])).toEqual([
      ["info", "rounding"],
    ]);
  });

  it("vouches for no cell itself", () => {
    const d = disclosure([], "支出合计969.06万元，其中：基本支出682.06万元，占70.38%。");
    const r = narrativePercentRule.check(
      buildContext(d, henan2024, catalog2024, henan2024Profile.definitions),
      "error",
    );
    expect(r).toEqual({ outcome: "pass", findings: [], checked: [] });
  });
});

describe("narrative.percent: a signed change and its signed rate", () => {
  it("`增长-1.00万元，增长-13.33%` is a fall of 1.00 and of 13.33% (1.00 / 7.50), no wrong direction", () => {
    const body =
      "“三公”经费上年预算为7.50万元，本年预算6.50万元，比上年增长-1.00万元，增长-13.33%。";
    expect([
      outcome(run(body), "narrative.percent"),
      findings(run(body), "narrative.percent"),
    ]).toEqual(["pass", []]);
    // a rise of 13.33% after a fall of 1.00 is the wrong direction
    const rise = findings(run(body.replace("增长-13.33%", "增长13.33%")), "narrative.percent");
    expect(rise.map((f) => f.params.kind)).toEqual(["direction"]);
  });
});

describe("narrative.percent: shares of the whole printed right before the parts (no 其中)", () => {
  const expenditure = tableBuilder(henan2024, "expenditure")
    .total({ total: "969.06", basic: "682.06", project: "287.00" })
    .build().value;
  const text = (second: string) =>
    `支出合计969.06万元，基本支出682.06万元、项目支出287.00万元，分别占70.38%、${second}%。`;
  it("are checked: 287.00 / 969.06 = 29.62%, not 29.26%", () => {
    const ok = run(text("29.62"), [expenditure]);
    expect([outcome(ok, "narrative.percent"), findings(ok, "narrative.percent")]).toEqual([
      "pass",
      [],
    ]);
    const f = one(run(text("29.26"), [expenditure]), "narrative.percent");
    expect([f.params.kind, f.expected, f.actual]).toEqual(["differ", "29.62", "29.26"]);
  });

  it("are not checked when the whole is not said (another part of another kind between)", () => {
    const r = run("支出合计969.06万元，财政拨款支出900.00万元，基本支出682.06万元，占75.78%。", [
      expenditure,
    ]);
    expect(outcome(r, "narrative.percent")).toBe("not-applicable");
  });
});

describe("narrative.percent: 分别占 shares separated by a comma", () => {
  const body = (shares: string) =>
    `支出合计969.06万元，其中：基本支出682.06万元、项目支出287.00万元，分别占${shares}。`;
  it.each(["70.38%,29.62%", "70.38%，29.62%"])(
    "%s: each is of its part, no finding (the first was taken as 项目支出's)",
    (shares) => {
      const r = run(body(shares));
      expect([outcome(r, "narrative.percent"), findings(r, "narrative.percent")]).toEqual([
        "pass",
        [],
      ]);
    },
  );

  it("a wrong one is still found, of its own part (28.62 for 29.62)", () => {
    const f = one(run(body("70.38%，28.62%")), "narrative.percent");
    expect([f.expected, f.actual]).toEqual(["29.62", "28.62"]);
  });

  it("one share for two parts is not checked (never guessed)", () => {
    expect(findings(run(body("70.38%")), "narrative.percent")).toEqual([]);
    expect(findings(run(body("29.62%")), "narrative.percent")).toEqual([]);
  });
});

describe("narrative.percent: a rate after a figure the reader could not place", () => {
  it("is not checked against the change before that figure", () => {
    const body =
      "2024年收入预算合计968万元，较2023年增加259万元，增长36.53%，其中：一般公共预算拨款808万元，增长13.96%。";
    expect(findings(run(body), "narrative.percent")).toEqual([]);
    // the change's own rate, wrong, is still an error
    const f = one(run(body.replace("36.53%", "35.63%")), "narrative.percent");
    expect([f.expected, f.actual]).toEqual(["36.53", "35.63"]);
  });
});
