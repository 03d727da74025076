import { describe, expect, it } from "vitest";
import { messageLabels } from "../labels";
import type { Evidence, Finding } from "../types";
import { operatingCostRule, sanGongBoundRule } from "./aggregates";

/**
 * The messages of sanGong.bound and operatingCost.definition, branch by branch and word for word,
 * on findings written out here (no check run): raw ids as labels (no template), the figures as
 * the finding states them.
 */

const labels = messageLabels();
const cell = (table: string, row: string, column: string, raw: string) => ({
  table,
  row,
  column,
  raw,
});
const ev = (value: string, sources: ReturnType<typeof cell>[]): Evidence => ({
  concept: "spending",
  coords: {},
  value,
  unit: "万元",
  derived: sources.length > 1,
  sources,
});

const OC = cell("operatingCost", "total", "total", "49.68");
const BASIS = [cell("gpbBasic", "economic:302", "total", "51.68")];

const finding = (
  ruleId: string,
  params: Finding["params"],
  outcome: Finding["outcome"] = "fail",
): Finding => ({
  ruleId,
  severity: outcome === "fail" ? "error" : "info",
  outcome,
  params,
  path: OC,
  evidence: [ev("49.68", [OC]), ev("51.68", BASIS)],
});

const oc = (params: Finding["params"], outcome: Finding["outcome"] = "fail") =>
  operatingCostRule.message(finding("operatingCost.definition", params, outcome), labels);

const AT = {
  zh: "【operatingCost】合计行「total」列",
  en: '[operatingCost] total row, column "total"',
};
const FROM = {
  zh: "【gpbBasic】302 行「total」列（51.68）",
  en: '[gpbBasic] row 302, column "total" (51.68)',
};

describe("operatingCost.definition messages", () => {
  it("equals, a real difference", () => {
    expect(
      oc({
        relation: "equals",
        status: "differ",
        expected: "51.68",
        actual: "49.68",
        difference: "-2.00",
        unit: "万元",
      }),
    ).toEqual({
      "zh-CN": `${AT.zh} 为 49.68，按口径应为 51.68（${FROM.zh}），相差 -2.00万元。`,
      en: `${AT.en} is 49.68, but its definition gives 51.68 (${FROM.en}): a difference of -2.00 万元.`,
    });
  });

  it("equals, a difference rounding explains", () => {
    expect(
      oc({
        relation: "equals",
        status: "rounding",
        expected: "51.68",
        actual: "51.7",
        difference: "0.02",
        unit: "万元",
      }),
    ).toEqual({
      "zh-CN": `${AT.zh} 为 51.7，按口径应为 51.68（${FROM.zh}），相差 0.02万元，可由不同精度的四舍五入解释。`,
      en: `${AT.en} is 51.7; its definition gives 51.68 (${FROM.en}); the difference 0.02 万元 is within rounding of the printed precisions.`,
    });
  });

  it("at most: the printed figure over the definition's upper bound", () => {
    expect(
      oc({
        relation: "atMost",
        expected: "51.68",
        actual: "52.00",
        difference: "0.32",
        unit: "万元",
      }),
    ).toEqual({
      "zh-CN": `${AT.zh} 为 52.00，不应大于 51.68（${FROM.zh}）：机关运行经费只含行政和参公单位的公用经费。`,
      en: `${AT.en} is 52.00, more than 51.68 (${FROM.en}): operating costs cover public spending only.`,
    });
  });

  it("at least: the printed figure under the definition's lower bound", () => {
    expect(
      oc({
        relation: "atLeast",
        expected: "51.68",
        actual: "49.68",
        difference: "-2.00",
        unit: "万元",
      }),
    ).toEqual({
      "zh-CN": `${AT.zh} 为 49.68，不应小于 51.68（${FROM.zh}）：按口径至少为此数。`,
      en: `${AT.en} is 49.68, less than 51.68 (${FROM.en}): its definition gives at least that.`,
    });
  });

  it("none: a figure where the definition covers no unit of the disclosure", () => {
    expect(oc({ relation: "none", actual: "3.00", unit: "万元", kinds: "行政/参公" })).toEqual({
      "zh-CN": `${AT.zh} 为 3.00，但按口径它只含行政、参公单位，本披露没有这类单位。`,
      en: `${AT.en} is 3.00, but its definition covers only 行政 and 参公 units, and the disclosure has none.`,
    });
  });

  it("insufficient data, by reason", () => {
    const title = { zh: "机构运转经费符合其口径", en: "Operating costs match their definition" };
    const lacks = (reason: string | undefined) =>
      oc(
        reason === undefined ? { relation: "equals" } : { relation: "atMost", reason },
        "insufficient-data",
      );
    expect(lacks("unit-kinds-unknown")).toEqual({
      "zh-CN": `${title.zh}：缺少各单位的类型（行政、参公或事业），只核对了上限，无法检查。`,
      en: `${title.en}: not checked, the tables lack the kind of each unit (行政, 参公 or 事业); only the upper bound was checked.`,
    });
    expect(lacks("wider")).toEqual({
      "zh-CN": `${title.zh}：缺少只按口径的资金来源和支出性质列示的公用经费，只核对了上限，无法检查。`,
      en: `${title.en}: not checked, the tables lack public spending of just the funds and natures the definition covers; only the upper bound was checked.`,
    });
    expect(lacks("partial")).toEqual({
      "zh-CN": `${title.zh}：缺少口径内全部资金来源和支出性质的公用经费，只核对了下限，无法检查。`,
      en: `${title.en}: not checked, the tables lack public spending of every fund and nature the definition covers; only the lower bound was checked.`,
    });
    expect(lacks(undefined)).toEqual({
      "zh-CN": `${title.zh}：缺少基本支出公用经费，无法检查。`,
      en: `${title.en}: not checked, the tables lack basic public spending.`,
    });
  });
});

describe("sanGong.bound messages", () => {
  const RECEPTION = cell("sanGong", "single", "reception", "2.50");
  const CODES = [cell("gpbBasic", "economic:30217", "total", "3.00")];
  const f = (params: Finding["params"], outcome: Finding["outcome"] = "fail"): Finding => ({
    ruleId: "sanGong.bound",
    severity: "error",
    outcome,
    params,
    path: RECEPTION,
    evidence: [ev("2.50", [RECEPTION]), ev("3.00", CODES)],
  });

  it("an item under its codes, each code named", () => {
    expect(
      sanGongBoundRule.message(
        f({
          expected: "3.00",
          actual: "2.50",
          difference: "-0.50",
          unit: "万元",
          item: "reception",
          codes: "30217/30218",
        }),
        labels,
      ),
    ).toEqual({
      "zh-CN":
        "【sanGong】「reception」列 为 2.50，不应小于 3.00（【gpbBasic】30217 行「total」列（3.00））：“三公”经费含基本和项目支出，不应小于 30217、30218 之和。",
      en: '[sanGong] column "reception" is 2.50, less than 3.00 ([gpbBasic] row 30217, column "total" (3.00)): 三公 covers basic and project money, so it cannot be less than 30217, 30218.',
    });
  });

  it("insufficient data", () => {
    expect(sanGongBoundRule.message(f({}, "insufficient-data"), labels)).toEqual({
      "zh-CN":
        "“三公”各项不小于其经济科目之和：缺少按经济分类款的支出（三公口径内的资金），无法检查。",
      en: "Each 三公 item is at least its economic codes: not checked, the tables lack spending by economic 款 in the 三公 funds.",
    });
  });
});
