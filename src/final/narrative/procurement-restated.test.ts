/**
 * The 决算 情况说明's 政府采购 total stated more than once (`2024年度本部门政府采购支出总额…` without
 * its parts, and again in 十一(二) with 货物 / 工程 / 服务): every statement of the department's
 * total in the same words is compared with the first, within the rounding of the coarser. A total
 * of a part of the department (`其中本级…`, a unit's name), of last year, or named in other words
 * (`政府采购金额` is the contracts' sum, `政府采购支出总额` the spending) is not compared.
 */
import { describe, expect, it } from "vitest";
import { readFinalNarrative } from "./read";
import { finalProcurementRule } from "./rules-more";
import { params, render, run } from "./test-support";

const NATIONAL =
  "2024年度本部门政府采购支出总额251.25万元，其中：政府采购货物支出4.79万元、政府采购工程支出0万元、政府采购服务支出246.46万元。";
const SHANGHAI =
  "某局2024年度政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.46万元。";
const restated = (lines: readonly string[]) =>
  params(run(finalProcurementRule, lines)).filter((p) => p.kind === "restated");

describe("final.narrative.procurement: the total stated again", () => {
  it.each([
    [["2024年度本部门政府采购支出总额251.25万元。", "（二）政府采购支出情况", NATIONAL]],
    [[NATIONAL, "2024年度，本部门政府采购支出总额为251.25万元。"]],
    [[SHANGHAI, "某局2024年度政府采购金额为251.25万元。"]],
    // printed coarser: 251.3 for 251.25 (half a unit of 0.1)
    [["2024年度政府采购支出总额251.3万元。", NATIONAL]],
    // a part of the department, last year's, a total in other words: not compared
    [[NATIONAL, "其中本级政府采购支出总额200.00万元。"]],
    [[SHANGHAI, "某中心2024年度政府采购金额为200.00万元。"]],
    [[NATIONAL, "2023年度本部门政府采购支出总额200.00万元。"]],
    [[NATIONAL, "2024年度本部门政府采购金额为240.00万元。"]],
    [
      [
        "与2023年度政府采购支出总额200.00万元相比，2024年度本部门政府采购支出总额251.25万元，增加51.25万元。",
        NATIONAL,
      ],
    ],
  ])("%j: no finding", (lines) => {
    expect(restated(lines)).toEqual([]);
  });

  it("reads each statement of the total, with the words of its clause before it", () => {
    const r = readFinalNarrative(
      ["2024年度本部门政府采购支出总额261.25万元。", NATIONAL].join("\n"),
      2024,
    );
    expect(r.procurementTotals?.map((t) => [t.total.value, t.words, t.lead])).toEqual([
      ["261.25", "spending", "2024年度本部门"],
      ["251.25", "spending", "2024年度本部门"],
    ]);
  });

  it.each([
    [
      ["2024年度本部门政府采购支出总额261.25万元。", "（二）政府采购支出情况", NATIONAL],
      "261.25",
      "251.25",
    ],
    [[NATIONAL, "2024年度，本部门政府采购支出总额为215.25万元。"], "251.25", "215.25"],
    [[SHANGHAI, "某局2024年度政府采购金额为252.25万元。"], "251.25", "252.25"],
  ])("%j: the restated total differs", (lines, first, other) => {
    const r = run(finalProcurementRule, lines);
    expect(r.outcome).toBe("fail");
    expect(restated(lines).map((p) => [p.total, p.restated])).toEqual([[first, other]]);
  });

  it("says which figures disagree, in both languages", () => {
    const r = run(finalProcurementRule, [NATIONAL, "2024年度本部门政府采购支出总额215.25万元。"]);
    expect(r.findings.map((f) => [f.expected, f.actual])).toEqual([["251.25", "215.25"]]);
    expect(render(r.findings[0])).toEqual([
      "政府采购金额前后不一：先为 251.25万元，此处为 215.25万元。",
      "The procurement total is 251.25 万元 first and 215.25 万元 here.",
    ]);
  });
});

describe("final.narrative.procurement: a part's total after the department's", () => {
  const PART = "其中本级政府采购支出总额200.00万元。";
  it("keeps the department's total, its parts and what 中小企业 won (a part's total replaces none)", () => {
    const wrong = NATIONAL.replace("246.46", "264.46");
    expect(params(run(finalProcurementRule, [wrong, PART])).map((p) => p.kind)).toEqual(["sum"]);
    expect(readFinalNarrative([NATIONAL, PART].join("\n"), 2024).procurement?.total.value).toBe(
      "251.25",
    );
    const won = `${NATIONAL}授予中小企业合同金额240.00万元。`;
    expect(run(finalProcurementRule, [won, PART]).findings).toEqual([]);
  });
});
