/**
 * A 收支总表's 结转结余 block printed by fund (`上年结转结余` / `其中：一般公共预算` / … / `单位资金`,
 * and `年终结转结余` by fund on the spending side): its lines' sum is checked against its heading
 * when every fund line of the block is printed (a blank one is none), and never when one is not
 * printed (that fund's carry-over may be in the heading alone). The check's decomposition of a
 * figure over every fund source derives that sum (`funds`); these pin it for the 收支总表's blocks.
 */
import { describe, expect, it } from "vitest";
import {
  checkAlone,
  readUnder,
  NATIONAL_AND_HENAN as TEMPLATES,
  twoSided,
} from "../../printed/test-support";

/** The block's lines: gpb, govFund, soe, specialAccount, unitFunds (a label, a figure). */
type Block = readonly (readonly [string, string])[];
const FULL: Block = [
  ["其中：一般公共预算", "20.00"],
  ["政府性基金预算", ""],
  ["国有资本经营预算", ""],
  ["财政专户管理资金", ""],
  ["单位资金", "30.00"],
];
const NUMBERED: Block = [
  ["1.一般公共预算拨款", "20.00"],
  ["2.政府性基金预算拨款", "0.00"],
  ["3.国有资本经营预算拨款", ""],
  ["4.财政专户管理资金", ""],
  ["5.单位资金", "30.00"],
];

const summary = (carry: Block, forward: Block = []) =>
  twoSided("2024年部门收支总表", [
    ["一、一般公共预算拨款收入", "900.00", "一、一般公共服务支出", "1,000.00"],
    ["二、事业收入", "60.00", "", ""],
    ["本年收入合计", "960.00", "本年支出合计", "1,000.00"],
    ["上年结转结余", "50.00", "年终结转结余", "10.00"],
    ...Array.from({ length: Math.max(carry.length, forward.length) }, (_, i) => [
      carry[i]?.[0] ?? "",
      carry[i]?.[1] ?? "",
      forward[i]?.[0] ?? "",
      forward[i]?.[1] ?? "",
    ]),
    ["收入总计", "1,010.00", "支出总计", "1,010.00"],
  ]);

describe.each(TEMPLATES)("结转结余 blocks by fund, %s", (_, template, profile) => {
  const check = (p: ReturnType<typeof summary>) => {
    const r = readUnder(p, template, { year: 2024 });
    if (r.table === undefined) throw new Error(p.title);
    return checkAlone([r.table], { template, profile, year: 2024 });
  };
  const problems = (p: ReturnType<typeof summary>) =>
    check(p)
      .findings.filter((f) => f.severity !== "info")
      .map((f) => `${f.ruleId} ${f.path?.row} ${f.expected}`);
  const set = (b: Block, i: number, v: string): Block => b.map((l, j) => (j === i ? [l[0], v] : l));

  it.each([
    ["labels after 其中", FULL],
    ["numbered labels, a zero printed", NUMBERED],
  ])("every fund line printed (%s), adding up: no finding", (_, block) => {
    expect(problems(summary(block))).toEqual([]);
  });

  it.each([
    ["labels after 其中", FULL],
    ["numbered labels, a zero printed", NUMBERED],
  ])("every fund line printed (%s), not adding up: caught", (_, block) => {
    expect(problems(summary(set(block, 4, "40.00")))).toEqual([
      "funds line:revenue.carryover 60.00",
    ]);
  });

  it.each([0, 1, 2, 3])("fund line %i not printed: the sum is not checked", (i) => {
    const block = set(FULL, 4, "40.00").filter((_, j) => j !== i);
    expect(problems(summary(block))).toEqual([]);
  });

  it("the 年终结转结余 block on the spending side, every fund line printed: checked", () => {
    const forward: Block = [
      ["其中：一般公共预算", "4.00"],
      ["政府性基金预算", ""],
      ["国有资本经营预算", ""],
      ["财政专户管理资金", ""],
      ["单位资金", "6.00"],
    ];
    expect(problems(summary(FULL, forward))).toEqual([]);
    expect(problems(summary(FULL, set(forward, 4, "7.00")))).toEqual([
      "funds line:spending.carryforward 11.00",
    ]);
  });
});
