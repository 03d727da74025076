/**
 * A department's 预算情况 printed by the nature of its revenue, as the 2021 national
 * 部门整体支出绩效目标申报表 prints it (一般公共预算 / 政府性基金预算 / 国有资本经营预算 / 财政专户管理资金 /
 * 单位资金, then 基本支出 / 项目支出): read into the department's budget and compared with the
 * disclosure's revenue by fund; a wrong figure is caught.
 */
import { describe, expect, it } from "vitest";
import { checkMoneyBlock } from "../src/performance";
import { henan2024 } from "../src/templates";
import type { DisclosureFixture } from "./fixtures/types";
import { CASES, type Case, checkFixture, projection } from "./metamorphic/support";
import { readPrintedTargets } from "./support/disclosures";

const henan = ((c: Case | undefined): Case => {
  if (c === undefined) throw new Error("no Henan case");
  return c;
})(CASES[0]);

/** The Henan fixture with its 预算情况 printed by the nature of the revenue. */
function byNature(gpb: string, labels: readonly [string, string, string]): DisclosureFixture {
  const department = henan.fixture.departmentTargets;
  if (department === undefined) throw new Error("no department targets");
  return {
    ...henan.fixture,
    departmentTargets: {
      ...department,
      budget: [
        { label: "年度预算总额", amount: "969.06" },
        { label: `按收入性质分：/${labels[0]}`, amount: gpb },
        { label: `按收入性质分：/${labels[1]}`, amount: "" },
        { label: `按收入性质分：/${labels[2]}`, amount: "" },
        { label: "按收入性质分：/财政专户管理资金", amount: "" },
        { label: "按收入性质分：/单位资金", amount: "" },
        { label: "按支出性质分：/基本支出", amount: "682.06" },
        { label: "按支出性质分：/项目支出", amount: "287.00" },
      ],
    },
  };
}
const serious = (fixture: DisclosureFixture) =>
  projection(checkFixture(henan, fixture), { serious: true });
const LABELS: readonly (readonly [string, string, string])[] = [
  ["一般公共预算", "政府性基金预算", "国有资本经营预算"],
  ["一般公共预算资金", "政府性基金", "国有资本经营预算资金"],
  ["一般公共预算拨款", "政府性基金拨款", "国有资本经营预算"],
];

describe("a department's 预算情况 by the nature of its revenue", () => {
  const before = serious(henan.fixture);

  it.each(LABELS)("%s / %s / %s: read, and the check finds what it found before", (...labels) => {
    const fixture = byNature("969.06", labels);
    expect(serious(fixture)).toEqual(before);
    const outcome = checkFixture(henan, fixture).outcomes.find(
      (o) => o.ruleId === "targets.budget",
    );
    expect(outcome?.outcome).toBe("pass");
  });

  it("is read into the budget's lines", () => {
    const { targets, left } = readPrintedTargets(
      [
        {
          title: "部门（单位）整体绩效目标表",
          unit: "万元",
          headers: ["项目", "金额"],
          rows: [
            ["年度预算总额", "1000.00"],
            ["一般公共预算", "900.00"],
            ["政府性基金预算", "100.00"],
            ["国有资本经营预算", ""],
          ],
        },
      ],
      henan2024,
    );
    expect(left).toEqual([]);
    expect(targets?.department?.budget).toEqual({
      total: "1000.00",
      gpb: "900.00",
      govFund: "100.00",
      soe: "",
    });
  });

  it("bites: a 一般公共预算 that is not the disclosure's is caught", () => {
    const added = serious(
      byNature("960.06", ["一般公共预算", "政府性基金预算", "国有资本经营预算"]),
    );
    expect(added.filter((l) => !before.includes(l)).some((l) => l.includes("| fail | error"))).toBe(
      true,
    );
  });

  it("its parts add up to the total (budgets), never mixed with the 政府预算资金 breakdown", () => {
    const block = { total: "1000.00", gpb: "900.00", govFund: "50.00", unitFunds: "" };
    expect(checkMoneyBlock(block, "万元", ["money"]).map((p) => p.code)).toEqual(["money-sum"]);
    expect(checkMoneyBlock({ ...block, govFund: "100.00" }, "万元", ["money"])).toEqual([]);
    // 政府预算资金 with its 财政专户 and 单位资金: the sources relation alone.
    const henanStyle = {
      total: "10.00",
      government: "8.00",
      specialAccount: "",
      unitFunds: "2.00",
    };
    expect(checkMoneyBlock(henanStyle, "万元", ["money"])).toEqual([]);
  });

  it("a 其中：一般公共预算 under 政府预算资金 is its part: the sources are still summed", () => {
    const nested = {
      total: "1000.00",
      government: "900.00",
      gpb: "900.00",
      specialAccount: "100.00",
    };
    const department = { totalHoldsCarryover: true } as const;
    expect(checkMoneyBlock(nested, "万元", ["budget"], department)).toEqual([]);
    // bites: parts over the total, even allowing carry-over, are still wrong
    const over = { ...nested, specialAccount: "200.00" };
    expect(checkMoneyBlock(over, "万元", ["budget"], department).map((p) => p.code)).toEqual([
      "money-sum",
    ]);
  });

  it.each([
    [{ total: "10.00", grant: "8.00", unitFunds: "2.00" }],
    [{ total: "10.00", government: "8.00", other: "2.00" }],
    [{ total: "10.00", gpb: "8.00", grant: "2.00" }],
  ])("a block mixing two breakdowns of its sources (%j) is summed by none", (block) => {
    expect(checkMoneyBlock(block, "万元", ["money"])).toEqual([]);
  });
});
