/**
 * 八 of a 决算 情况说明: `政府性基金预算财政拨款收入120.00万元，支出118.50万元` (or `…政府性基金预算财政拨款
 * 支出118.50万元`). A bare `支出` is the fund's only right after its 收入 (a clause mark between), so
 * that a sentence of 四 naming the fund among the others (`…政府性基金预算财政拨款收入120.00万元；
 * 财政拨款支出…`) gives no 支出 of it. The form's `支出收入 XXX 万元` (its typo) gives none.
 */
import type { Amount } from "../../amount";
import { amountAfterWords, skipSpaces } from "./scan";
import type { FinalNarrative } from "./types";
import { notEarlier } from "./years";

const FUND = "政府性基金预算财政拨款";
/** What may stand between the fund's 收入 and its bare 支出. */
const BETWEEN = "，,、；;和及与";

/** Whether a paragraph may state 八's figures (names the fund's 收入 or 支出 with an amount after). @internal */
export const namesGovFund = (p: string): boolean => p.includes(FUND);

/** 八's 收入 and 支出 of 政府性基金, or `undefined` where the paragraph states neither. @internal */
export function readGovFund(p: string, year?: number): FinalNarrative["govFund"] {
  // the document's year's (`与2023年度政府性基金预算财政拨款收入100.00万元相比，…` prints last year's first)
  const thisYear = notEarlier(p, year);
  const revenue = amountAfterWords(p, [`${FUND}收入`], 0, thisYear);
  let spending: Amount | undefined = amountAfterWords(p, [`${FUND}支出`], 0, thisYear)?.amount;
  if (spending === undefined && revenue !== undefined) {
    // the 支出 right after the 收入's amount (its unit and a clause mark between)
    const from = p.indexOf("元", revenue.at) + 1;
    let j = skipSpaces(p, from);
    while (j < p.length && BETWEEN.includes(p[j] ?? "")) j = skipSpaces(p, j + 1);
    if (p.startsWith("支出", j)) spending = amountAfterWords(p.slice(j), ["支出"])?.amount;
  }
  if (revenue === undefined && spending === undefined) return undefined;
  return {
    ...(revenue === undefined ? {} : { revenue: revenue.amount }),
    ...(spending === undefined ? {} : { spending }),
    text: p,
  };
}
