import { describe, expect, it } from "vitest";
import { tableBuilder } from "../../disclosure";
import { renderFinding } from "../../rules/render";
import { findings, one, outcome } from "../../rules/test-support";
import { henan2024, shanghai } from "../../templates";
import { checker, disclosure, profileOf } from "./test-support";

const check = checker("narrative.consistent", "narrative.amount");

const run = (body: string) => check(disclosure([], body));
const kinds = (body: string) =>
  findings(run(body), "narrative.consistent").map((f) => f.params.kind);
const zh = (body: string) =>
  findings(run(body), "narrative.consistent").map((f) =>
    renderFinding(f, profileOf().rules, "zh-CN"),
  );

describe("narrative.consistent: one figure, one amount", () => {
  it("the same item stated twice with two amounts is an error", () => {
    const body =
      "2024年机关运行经费预算为25.10万元。\n二、机关运行经费\n本单位机关运行经费25.60万元。";
    expect(zh(body)).toEqual([
      "【情况说明】“本单位机关运行经费25.60万元” 为 25.60万元，同一项在“2024年机关运行经费预算为25.10万元”中为 25.10万元。",
    ]);
    expect(renderFinding(one(run(body), "narrative.consistent"), profileOf().rules, "en")).toBe(
      '[情况说明] "本单位机关运行经费25.60万元" is 25.60 万元, while "2024年机关运行经费预算为25.10万元" gives the same item as 25.10 万元.',
    );
  });

  it("a rounded restatement, and a figure the tables state, are not a second amount", () => {
    expect(kinds("政府采购预算1,708.03万元。其中政府采购预算约1,708万元。")).toEqual([]);
    const d = disclosure(
      [tableBuilder(henan2024, "operatingCost").total({ total: "49.68" }).build().value],
      "机构运转经费49.68万元。机构运转经费49.86万元。",
    );
    expect(findings(check(d), "narrative.consistent")).toEqual([]);
  });

  it("无… and an amount of the same item contradict; so do two counts", () => {
    expect(kinds("本单位无政府采购预算安排。\n本单位政府采购预算120.60万元。")).toEqual(["none"]);
    expect(kinds("本单位共有车辆2辆。\n截至目前，本单位共有车辆3辆。")).toEqual(["count"]);
    // categories and periods are other counts
    expect(
      kinds(
        "截至2023年12月31日，本单位共有车辆2辆，其中一般公务用车2辆。2024年安排购置车辆0辆，其中一般公务用车0辆。",
      ),
    ).toEqual([]);
  });
});

describe("narrative.consistent: the text's own sums", () => {
  it("公务用车 小计 = 购置 + 运行 (no 三公 table)", () => {
    const body =
      "公务用车购置及运行费6.40万元，其中：公务用车购置费0.00万元；公务用车运行费6.00万元。";
    expect(zh(body)).toEqual([
      "【情况说明】“公务用车购置及运行费6.40万元” 为 6.40万元，说明中的各部分（0.00万元 + 6.00万元）合计 6.00万元。",
    ]);
  });

  it("政府采购 = 货物 + 工程 + 服务", () => {
    const ok =
      "政府采购预算1,708.03万元，其中：政府采购货物预算42.50万元、政府采购工程预算0.00万元、政府采购服务预算1,665.53万元。";
    expect(kinds(ok)).toEqual([]);
    expect(kinds(ok.replace("1,665.53", "1,656.53"))).toEqual(["sum"]);
  });

  it("within the rounding of every figure (whole 万元)", () => {
    expect(
      kinds("政府采购预算1,708万元，其中：货物类43万元，工程类0万元，服务类1,666万元。"),
    ).toEqual([]);
  });

  it("figures the tables state are left to the tables and narrative.amount", () => {
    const sanGong = tableBuilder(henan2024, "sanGong")
      .single({ total: "6.40", vehicles: "6.40", "vehicles.operation": "6.40" })
      .build().value;
    const body =
      "公务用车购置及运行费6.40万元，其中：公务用车购置费0.00万元；公务用车运行费6.00万元。";
    const r = check(disclosure([sanGong], body));
    expect(findings(r, "narrative.consistent")).toEqual([]);
    expect(findings(r, "narrative.amount").map((f) => f.params.actual)).toEqual(["6.00"]);
  });
});

describe("narrative.consistent: a part within its whole, figures that move together", () => {
  it("面向中小企业预留 ≤ 政府采购", () => {
    expect(kinds("政府采购预算120.60万元，其中面向中小企业预留100.00万元。")).toEqual([]);
    expect(zh("政府采购预算120.60万元，其中面向中小企业预留130.00万元。")).toEqual([
      "【情况说明】“其中面向中小企业预留130.00万元” 为 130.00万元，大于整体的 120.60万元。",
    ]);
  });

  it("收入总计 and 支出总计 change the same way", () => {
    const body = "收入总计969.06万元，比上年增加1.00万元；支出总计969.06万元，比上年减少1.00万元。";
    expect(zh(body)).toEqual([
      "【情况说明】“支出总计969.06万元，比上年减少1.00万元” 称减少，而“收入总计969.06万元，比上年增加1.00万元”称增加：二者应同向变动。",
    ]);
    expect(kinds("收支总计各增加134.22万元。")).toEqual([]);
  });

  it("in Shanghai (no carry-over) revenue and spending of a fund change the same way", () => {
    const body =
      "财政拨款收入950.12万元，比2023年预算增加0.46万元。支出预算1,212.12万元，其中：财政拨款支出预算950.12万元，比2023年预算减少0.46万元。";
    const r = check(disclosure([], body, shanghai), shanghai);
    expect(findings(r, "narrative.consistent").map((f) => f.params.kind)).toEqual(["opposite"]);
    // not in Henan, whose revenue and spending may differ by the carry-over
    expect(findings(check(disclosure([], body)), "narrative.consistent")).toEqual([]);
  });

  it("is not applicable to a text with nothing to compare", () => {
    expect(outcome(run("收入总计969.06万元。"), "narrative.consistent")).toBe("not-applicable");
  });
});

describe("narrative.consistent: boundaries and every message", () => {
  const en = (body: string) =>
    findings(run(body), "narrative.consistent").map((f) =>
      renderFinding(f, profileOf().rules, "en"),
    );
  const params = (body: string) =>
    findings(run(body), "narrative.consistent").map((f) => [
      f.params.kind,
      f.params.expected,
      f.params.actual,
    ]);

  it("two amounts of one item agree within the rounding of both (0.01 万元 here)", () => {
    expect(kinds("机关运行经费25.10万元。\n本单位机关运行经费25.11万元。")).toEqual([]);
    expect(kinds("机关运行经费25.10万元。\n本单位机关运行经费25.09万元。")).toEqual([]);
    expect(params("机关运行经费25.10万元。\n本单位机关运行经费25.12万元。")).toEqual([
      ["twice", "25.10", "25.12"],
    ]);
  });

  it("无… against an amount, either way round; 无 and zero agree", () => {
    expect(params("本单位无政府采购预算安排。\n本单位政府采购预算120.60万元。")).toEqual([
      ["none", "0", "120.60"],
    ]);
    expect(params("本单位政府采购预算120.60万元。\n本单位无政府采购预算安排。")).toEqual([
      ["none", "120.60", "0"],
    ]);
    expect(kinds("本单位无政府采购预算安排。\n本单位政府采购预算0.00万元。")).toEqual([]);
    expect(en("本单位共有车辆2辆。\n截至目前，本单位共有车辆3辆。")).toEqual([
      '[情况说明] "本单位共有车辆3辆" is 3辆, while "本单位共有车辆2辆" gives the same item as 2辆.',
    ]);
  });

  it("a sum holds within half a unit of each figure, and says so in English", () => {
    // 0.005 for the whole and for each of the two parts: 0.015
    const body = (whole: string) =>
      `公务用车购置及运行费${whole}万元，其中：公务用车购置费2.00万元；公务用车运行费4.00万元。`;
    expect(kinds(body("6.01"))).toEqual([]);
    expect(kinds(body("5.99"))).toEqual([]);
    expect(en(body("6.02"))).toEqual([
      '[情况说明] "公务用车购置及运行费6.02万元" is 6.02 万元; its parts in the text (2.00万元 + 4.00万元) add up to 6.00 万元.',
    ]);
  });

  it("a part may reach its whole's rounding, not beyond, and says so in English", () => {
    expect(kinds("政府采购预算120.60万元，其中面向中小企业预留120.61万元。")).toEqual([]);
    expect(en("政府采购预算120.60万元，其中面向中小企业预留120.62万元。")).toEqual([
      '[情况说明] "其中面向中小企业预留120.62万元" is 120.62 万元, more than the whole\'s 120.60 万元.',
    ]);
  });

  it("figures that are one: 持平 against a change is reported once, in both languages", () => {
    const body = "收入总计969.06万元，与上年持平；支出总计969.06万元，比上年减少1.00万元。";
    expect(en(body)).toEqual([
      '[情况说明] "支出总计969.06万元，比上年减少1.00万元" states a decrease, while "收入总计969.06万元，与上年持平" states no change: the two move together.',
    ]);
    expect(
      kinds("收入总计969.06万元，比上年增加1.00万元；支出总计969.06万元，比上年增加1.00万元。"),
    ).toEqual([]);
    expect(
      outcome(
        run("收入总计969.06万元，比上年增加1.00万元；支出总计969.06万元，比上年增加1.00万元。"),
        "narrative.consistent",
      ),
    ).toBe("pass");
  });
});
