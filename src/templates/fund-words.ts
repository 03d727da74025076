import type { Fund } from "../facts";

/**
 * How a 结转结余 block names its funds, by fund (`其中：一般公共预算`, `单位资金` …): each fund's
 * own lines. @internal
 */
export const CARRY_FUNDS: readonly (readonly [Fund, readonly string[]])[] = [
  ["gpb", ["一般公共预算拨款", "一般公共预算", "一般公共预算资金"]],
  ["govFund", ["政府性基金预算拨款", "政府性基金预算", "政府性基金"]],
  ["soe", ["国有资本经营预算拨款", "国有资本经营预算"]],
  ["specialAccount", ["财政专户管理资金", "财政专户管理资金收入"]],
  ["unitFunds", ["单位资金", "其他资金"]],
];

/**
 * How printers name a fund source as a whole (a header level over a column, a block's heading):
 * the funds a 结转结余 block names, and the 财政拨款 of the three fiscal funds
 * (`财政拨款（补助）` reads as 财政拨款 or as one fund by printer: either way a part of all funds).
 * What a header level naming a part of the money is read against. @internal
 */
export const FUND_WORDS: readonly (readonly [Fund, readonly string[]])[] = [
  ["government", ["财政拨款", "财政拨款收入", "财政拨款资金", "财政拨款（补助）", "政府预算资金"]],
  ...CARRY_FUNDS,
  ["unitFunds", ["单位资金收入", "非财政拨款资金", "非财政拨款"]],
];
