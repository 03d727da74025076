/**
 * The outcome set against its budget as printed (`比年初预算减少463.84万元，下降4.54%`): the
 * difference is the outcome less the budget the text names, and the rate that difference over
 * the budget. Part of `final.narrative.rate`.
 */
import { type Amount, isNegative, isZero } from "../../amount";
import { absAmount } from "../../amount/arithmetic";
import { type Span, spanMinus } from "../../amount/span";
import type { Finding, Severity } from "../../rules/types";
import {
  agreement,
  param,
  percentAgreement,
  percentOf,
  q,
  textFinding,
  w,
  wan,
  zh,
} from "./support";
import type { BudgetChange } from "./types";

/** The messages of the kinds this check gives (`budgetDelta`, `budgetRate`). @internal */
export const BUDGET_CHANGE_MESSAGES = {
  budgetDelta: (f: Finding, l: "zh-CN" | "en") =>
    zh(l)
      ? `${q(f)} 称决算比预算${param(f, "word")} ${wan(f, "printed")}万元，决算 ${wan(f, "outcome")} − 预算 ${wan(f, "budget")} 得 ${wan(f, "computed")}万元。`
      : `${q(f)} says the outcome is ${wan(f, "printed")} 万元 off the budget; ${wan(f, "outcome")} − ${wan(f, "budget")} gives ${wan(f, "computed")} 万元.`,
  budgetRate: (f: Finding, l: "zh-CN" | "en") =>
    zh(l)
      ? `${q(f)} 称比预算变动 ${param(f, "printed")}%，${wan(f, "delta")} ÷ 预算 ${wan(f, "budget")} 得 ${param(f, "computed")}%。`
      : `${q(f)} says ${param(f, "printed")}% off the budget; ${wan(f, "delta")} ÷ ${wan(f, "budget")} gives ${param(f, "computed")}%.`,
} as const;

/**
 * Checks one printed comparison with the budget: the budgets it may be on (the one it names; for
 * a bare `预算`, the 年初 and the 全年 printed), one agreeing settles it. Gives whether anything
 * was compared. @internal
 */
export function checkBudgetChange(
  text: string,
  change: BudgetChange | undefined,
  outcome: Amount | undefined,
  budgets: { readonly initial?: Amount | undefined; readonly full?: Amount | undefined },
  severity: Severity,
  out: Finding[],
): boolean {
  if (change === undefined || outcome === undefined) return false;
  const on = (
    change.base === "initial"
      ? [budgets.initial]
      : change.base === "full"
        ? [budgets.full]
        : [budgets.initial, budgets.full]
  ).filter((b): b is Amount => b !== undefined);
  const first = on[0];
  if (first === undefined) return false;
  // within the rounding of whichever is printed coarser (`0.24亿元` less `2500.00万元`)
  const computed = on.map((b) => spanMinus(outcome, b));
  if (computed.every((c) => agreement(change.delta, c) === "differ"))
    out.push(
      textFinding("final.narrative.rate", severity, "budgetDelta", text, {
        word: isNegative(change.delta) ? "减少" : "增加",
        printed: w(absAmount(change.delta)),
        outcome: w(outcome),
        budget: w(first),
        computed: w((computed[0] as Span).value),
      }),
    );
  const p = change.percent;
  const rates = p === undefined ? [] : on.filter((b) => !isZero(b));
  if (p === undefined || rates.length === 0) return true;
  const recomputed = rates.map((b) => percentOf(absAmount(change.delta), b, p));
  const agrees = rates.map((b) => percentAgreement(absAmount(change.delta), b, p));
  if (recomputed.some((r) => r === undefined) || agrees.includes("equal")) return true;
  // a difference rounding alone may explain is noted, no alarm
  out.push(
    textFinding(
      "final.narrative.rate",
      agrees.includes("rounding") ? "info" : severity,
      "budgetRate",
      text,
      {
        printed: p,
        computed: recomputed[0] as string,
        delta: w(absAmount(change.delta)),
        budget: w(rates[0] as Amount),
      },
    ),
  );
  return true;
}
