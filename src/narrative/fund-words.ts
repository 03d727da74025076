/**
 * The names of the funds a figure is of (`一般公共预算`, `政府性基金预算`, `财政拨款`…), and of
 * their appropriation of this year (`一般公共预算当年拨款`, `本年财政拨款`). @internal
 */
import type { Fund } from "../facts";
import { crossed, funds, type Lex } from "./lex";

/** What follows a fund's name for this year's appropriation (`一般公共预算当年拨款`). */
const THIS_YEAR_GRANTS = ["当年拨款", "当年财政拨款", "当年预算拨款"];
/** What precedes a fund's name for this year's appropriation (`本年财政拨款`, `当年一般公共预算`). */
const THIS_YEAR_HEADS = ["本年度", "本年", "当年", "今年"];

/** A fund's names for this year's appropriation: each with a grant word after or a year word before. */
const grants = (fund: Fund, names: readonly string[], withGrant: readonly string[] = names) =>
  [...crossed(withGrant, THIS_YEAR_GRANTS), ...crossed(THIS_YEAR_HEADS, names)].map(
    (w): readonly [string, Lex] => [w, { t: "fund", fund, grant: true }],
  );

/** The fund words of the lexicon. @internal */
export const FUND_WORDS: readonly (readonly [string, Lex])[] = [
  // `一般公共预算当年拨款`: this year's appropriation (上年结转 apart), as the fund's own money is.
  ...funds("gpb", ["一般公共预算拨款", "一般公共预算财政拨款", "一般公共预算资金", "一般公共预算"]),
  ...grants("gpb", ["一般公共预算拨款", "一般公共预算财政拨款", "一般公共预算"], ["一般公共预算"]),
  ...funds("government", ["财政拨款", "政府预算资金"]),
  ...grants("government", ["财政拨款"], []),
  ...funds("govFund", [
    "政府性基金预算拨款",
    "政府性基金预算财政拨款",
    "政府性基金拨款",
    "政府性基金预算",
    "政府性基金",
  ]),
  ...grants(
    "govFund",
    ["政府性基金预算拨款", "政府性基金拨款", "政府性基金预算", "政府性基金"],
    ["政府性基金预算", "政府性基金"],
  ),
  ...funds("soe", [
    "国有资本经营预算拨款",
    "国有资本经营预算财政拨款",
    "国有资本经营预算",
    "国有资本经营",
  ]),
  ...grants("soe", ["国有资本经营预算拨款", "国有资本经营预算"], ["国有资本经营预算"]),
  ...funds("specialAccount", ["财政专户管理资金"]),
  ...funds("unitFunds", ["单位资金"]),
];
