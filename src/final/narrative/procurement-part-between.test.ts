/**
 * A part's 政府采购 total (`其中，下属单位政府采购支出总额…`, `其中本级…`) printed as its own paragraph
 * between the department's total and the 中小企业 paragraph: it neither replaces the department's
 * figures nor hides the 中小企业 paragraph that follows it, so what 中小企业 won is still read and
 * compared with the department's total.
 */
import { describe, expect, it } from "vitest";
import { finalProcurementRule } from "./rules-more";
import { params, run } from "./test-support";

const TOTAL =
  "某部2024年度政府采购金额（以合同签订为准）为21.07万元，其中：货物采购金额21.07万元、工程采购金额0万元、服务采购金额0万元。";
const sme = (reserved: string, other: string) =>
  `在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额${reserved}万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额${other}万元。`;
const kinds = (lines: readonly string[]) =>
  params(run(finalProcurementRule, lines)).map((p) => [p.kind, p.total, p.sum]);

describe("final.narrative.procurement: a part's total between the total and 中小企业", () => {
  it.each([
    "其中，下属单位政府采购支出总额0万元。",
    "其中本级政府采购金额为21.07万元。",
    "所属单位政府采购金额为0万元。",
  ])("%s: raises nothing on a correct document", (part) => {
    expect(kinds([TOTAL, part, sme("10.00", "11.07")])).toEqual([]);
    expect(kinds([TOTAL, "", part, "", sme("10.00", "11.07")])).toEqual([]);
  });

  it.each(["其中，下属单位政府采购支出总额0万元。", "其中本级政府采购金额为21.07万元。"])(
    "%s: what 中小企业 won beyond the department's total is still caught",
    (part) => {
      expect(kinds([TOTAL, part, sme("21.07", "21.07")])).toEqual([["sme", "21.07", "42.14"]]);
      expect(kinds([TOTAL, sme("21.07", "21.07"), part])).toEqual([["sme", "21.07", "42.14"]]);
    },
  );
});

describe("final.narrative.procurement: a unit's total after the department's", () => {
  const UNIT = "某中心2024年度政府采购金额为0万元。";
  it("neither replaces the department's figures nor hides its 中小企业 paragraph", () => {
    expect(kinds([TOTAL, UNIT, sme("10.00", "11.07")])).toEqual([]);
    expect(kinds([TOTAL, sme("10.00", "11.07"), UNIT])).toEqual([]);
    expect(kinds([TOTAL, UNIT, sme("21.07", "21.07")])).toEqual([["sme", "21.07", "42.14"]]);
    expect(kinds([TOTAL, sme("21.07", "21.07"), UNIT])).toEqual([["sme", "21.07", "42.14"]]);
  });

  it("the department's total restated under its name or as 本部门 still replaces the first", () => {
    const again = "2024年度本部门政府采购金额为21.07万元。";
    expect(kinds([TOTAL, again, sme("21.07", "21.07")])).toEqual([["sme", "21.07", "42.14"]]);
    expect(kinds([TOTAL, "某部2024年度政府采购金额为20.00万元。", sme("10.00", "11.07")])).toEqual([
      ["sme", "20.00", "21.07"],
    ]);
  });
});
