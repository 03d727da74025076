import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { renderFinding } from "../../rules/render";
import { findings, one, outcome } from "../../rules/test-support";
import { henan2024 } from "../../templates";
import { checker, disclosure, profileOf } from "./test-support";

const check = checker("narrative.consistent");
const run = (body: string) => check(disclosure([], body));
const kinds = (body: string) =>
  findings(run(body), "narrative.consistent").map((f) => f.params.kind);
/** The outcome and the kinds of the findings. */
const verdict = (body: string) => {
  const r = run(body);
  return [
    outcome(r, "narrative.consistent"),
    findings(r, "narrative.consistent").map((f) => f.params.kind),
  ];
};
const both = (body: string) => {
  const f = one(run(body), "narrative.consistent");
  return [renderFinding(f, profileOf().rules, "zh-CN"), renderFinding(f, profileOf().rules, "en")];
};

describe("narrative.consistent: what counts as the same figure twice", () => {
  it("last year's figure and this year's expected execution are other figures", () => {
    expect(
      verdict("机关运行经费25.10万元，上年预算为20.00万元，2024年预计执行数为24.00万元。"),
    ).toEqual(["not-applicable", []]);
  });

  it("绩效目标 money is a part of 项目支出, not a second amount of it", () => {
    expect(
      kinds(
        "2024年度，本单位编报绩效目标的项目共12个，涉及项目预算资金4,222.51万元。项目支出5,000.00万元。",
      ),
    ).toEqual([]);
  });

  it("one figure stated twice alike, or one count twice alike, passes", () => {
    expect(verdict("机关运行经费25.10万元。\n本单位机关运行经费25.10万元。")).toEqual(["pass", []]);
    expect(verdict("本单位共有车辆2辆。\n截至目前，本单位共有车辆2辆。")).toEqual(["pass", []]);
    // a category is another count: 3 vehicles, 2 of them 一般公务用车 (some kinds: at most the count)
    expect(verdict("本单位共有车辆3辆，其中一般公务用车2辆。")).toEqual(["pass", []]);
  });

  it("says so with thousands grouped, and 无 against an amount in both languages", () => {
    expect(both("政府采购预算1,708.03万元。其中政府采购预算1,709.03万元。")).toEqual([
      "【情况说明】“其中政府采购预算1,709.03万元” 为 1,709.03万元，同一项在“政府采购预算1,708.03万元”中为 1,708.03万元。",
      '[情况说明] "其中政府采购预算1,709.03万元" is 1,709.03 万元, while "政府采购预算1,708.03万元" gives the same item as 1,708.03 万元.',
    ]);
    expect(both("本单位无政府采购预算安排。本单位政府采购预算120.60万元。")).toEqual([
      "【情况说明】“本单位政府采购预算120.60万元” 为 120.60万元，同一项在“本单位无政府采购”中为 0万元。",
      '[情况说明] "本单位政府采购预算120.60万元" is 120.60 万元, while "本单位无政府采购" gives the same item as 0 万元.',
    ]);
  });
});

describe("narrative.consistent: sums", () => {
  const vehicles = (whole: string, operation: string) =>
    `公务用车购置及运行费${whole}万元，其中：公务用车购置费2.00万元；公务用车运行费${operation}万元。`;

  it("holds up to exactly the rounding of every figure (0.05 + 0.005 + 0.005)", () => {
    expect(verdict(vehicles("6.0", "4.06"))).toEqual(["pass", []]);
    const f = one(run(vehicles("6.0", "4.07")), "narrative.consistent");
    expect([f.params.kind, f.expected, f.actual, f.unit, f.evidence]).toEqual([
      "sum",
      "6.07",
      "6.0",
      "万元",
      [],
    ]);
  });

  it("parts without their whole are no sum", () => {
    expect(verdict("其中：公务用车购置费2.00万元；公务用车运行费4.00万元。")).toEqual([
      "not-applicable",
      [],
    ]);
  });

  it("the whole's first amount is summed; a second one is a figure stated twice", () => {
    expect(kinds(`${vehicles("6.00", "4.00")}\n本单位公务用车购置及运行费6.50万元。`)).toEqual([
      "twice",
    ]);
  });

  it("a whole the tables print (as printed or rounded) is still summed with parts they leave out", () => {
    for (const [printed, whole] of [
      ["6.40", "6.40"],
      ["6.38", "6.4"],
    ] as const) {
      const tables = [
        tableBuilder(henan2024, "sanGong").single({ total: printed, vehicles: printed }).build()
          .value,
      ];
      const body = `公务用车购置及运行费${whole}万元，其中：公务用车购置费0.00万元；公务用车运行费6.00万元。`;
      const r = check(disclosure(tables, body));
      expect([whole, findings(r, "narrative.consistent").map((f) => f.expected)]).toEqual([
        whole,
        ["6.00"],
      ]);
    }
  });

  it("无… is no whole to sum (its amount is a figure stated twice)", () => {
    expect(
      kinds(
        "本单位无政府采购预算安排。\n本单位政府采购预算120.60万元，其中：政府采购货物预算20.60万元、政府采购工程预算0.00万元、政府采购服务预算100.00万元。",
      ),
    ).toEqual(["none"]);
  });

  it("a sum of figures the tables all print is the tables' business", () => {
    const tables = [
      tableBuilder(henan2024, "sanGong")
        .single({
          total: "6.40",
          vehicles: "6.40",
          "vehicles.purchase": "0.00",
          "vehicles.operation": "6.00",
        })
        .build().value,
    ];
    const body =
      "公务用车购置及运行费6.40万元，其中：公务用车购置费0.00万元；公务用车运行费6.00万元。";
    expect(findings(check(disclosure(tables, body)), "narrative.consistent")).toEqual([]);
  });
});

describe("narrative.consistent: a part within its whole, figures that move together", () => {
  it("the whole may come after its part; a part without a whole is not compared", () => {
    expect(both("面向中小企业预留130.00万元。政府采购预算120.60万元。")).toEqual([
      "【情况说明】“面向中小企业预留130.00万元” 为 130.00万元，大于整体的 120.60万元。",
      '[情况说明] "面向中小企业预留130.00万元" is 130.00 万元, more than the whole\'s 120.60 万元.',
    ]);
    expect(verdict("其中面向中小企业预留100.00万元。")).toEqual(["not-applicable", []]);
    expect(verdict("政府采购预算120.60万元，其中面向中小企业预留100.00万元。")).toEqual([
      "pass",
      [],
    ]);
  });

  it("a whole and one of its parts need not move the same way", () => {
    expect(
      verdict(
        "“三公”经费比上年减少1.00万元。因公出国（境）费比上年增加0.50万元。支出总计969.06万元，比上年增加1.00万元。",
      ),
    ).toEqual(["not-applicable", []]);
  });

  it("a figure that moves against its twin is reported once, with its params", () => {
    const r = run(
      "收入总计969.06万元，比上年增加1.00万元；支出总计969.06万元，比上年减少1.00万元。收入总计比上年增加1.00万元。",
    );
    const f = one(r, "narrative.consistent");
    expect([f.params.kind, f.params.direction, f.params.otherDirection, f.params.unit]).toEqual([
      "opposite",
      "down",
      "up",
      "",
    ]);
    expect(f.evidence).toEqual([]);
    // the first statement against its twin is reported, though a later one agrees
    expect(
      findings(
        run(
          "收入总计969.06万元，比上年增加1.00万元；支出总计969.06万元，比上年减少1.00万元。支出总计比上年增加1.00万元。",
        ),
        "narrative.consistent",
      ).map((x) => x.params.claim),
    ).toEqual(["支出总计969.06万元，比上年减少1.00万元"]);
  });
});

describe("narrative.consistent: some of a whole's parts stated, more than it", () => {
  it("政府采购 30 with 货物 20 and 服务 20 (工程 not stated) is caught; parts within it pass", () => {
    expect(
      verdict(
        "2025年本单位政府采购预算总额30.00万元，其中：政府采购货物预算20.00万元，政府采购服务预算20.00万元。",
      ),
    ).toEqual(["fail", ["sum"]]);
    expect(
      verdict(
        "2025年本单位政府采购预算总额30.00万元，其中：政府采购货物预算20.00万元，政府采购服务预算8.00万元。",
      ),
    ).toEqual(["pass", []]);
    // within the rounding of every figure (30 printed whole: 29.5 to 30.5)
    expect(verdict("政府采购预算总额30万元，其中：货物类20.20万元，服务类10.20万元。")).toEqual([
      "pass",
      [],
    ]);
    // one part alone says nothing of the others
    expect(verdict("政府采购预算总额30.00万元，其中：货物类20.00万元。")).toEqual([
      "not-applicable",
      [],
    ]);
  });

  it("in 元 and 万元 alike, and said in both languages", () => {
    expect(
      kinds("政府采购预算总额300,000.00元，其中：货物类200,000.00元，服务类200,000.00元。"),
    ).toEqual(["sum"]);
    const [zh, en] = both(
      "政府采购预算总额30.00万元，其中：政府采购货物预算20.00万元，政府采购服务预算20.00万元。",
    );
    expect(zh).toContain("合计 40.00万元");
    expect(en).toContain("add up to 40.00 万元");
  });
});
