import { type Amount, amountsEqual, isZero, subtractAmounts, sumAmounts } from "../../amount";
import type { Fact, SanGongItem } from "../../facts";
import { groupOf } from "../../rules/groups";
import type { Rule, RuleContext } from "../../rules/types";
import { BUDGET_CHANGE_MESSAGES, checkBudgetChange } from "./rules-budget-change";
import {
  narrativeOf,
  narrativeRule,
  param,
  percentAgreement,
  percentOf,
  printed,
  q,
  samePercent,
  textFinding,
  w,
  wan,
  zh,
} from "./support";

/** The 三公 table's total (`undefined`: its 决算数), where printed. */
function tableSanGong(ctx: RuleContext, period: "budget" | "adjusted" | undefined) {
  return printed(ctx, "sanGong", period === undefined ? {} : { period })?.value ?? undefined;
}

/**
 * The 三公 table's budget total a rate is on: its 预算数 for a 年初预算, its 全年预算数 for a 全年预算;
 * for a rate naming no budget, the one the table prints, or both where they agree (two that
 * differ: none, never guessed between).
 */
function tableBudget(ctx: RuleContext, base: "initial" | "full" | "budget"): Amount | undefined {
  const initial = tableSanGong(ctx, "budget");
  const full = tableSanGong(ctx, "adjusted");
  if (base !== "budget") return base === "initial" ? initial : full;
  if (initial === undefined || full === undefined) return initial ?? full;
  return amountsEqual(initial, full) ? initial : undefined;
}

const BASE_WORD = { initial: "年初预算", full: "全年预算", budget: "预算" } as const;

/**
 * The 三公 budget of an item that a rate is on: the 预算数 (`period: "budget"`), or the 全年预算数 /
 * 调整预算数 (`period: "adjusted"`) for a rate on the 全年预算, or for one naming no budget where the
 * table prints only that one; a blank counting as zero only where the budget total confirms it.
 */
function sanGongBudget(
  ctx: RuleContext,
  item: SanGongItem,
  base: "initial" | "full" | "budget",
): Amount | undefined {
  const inPeriod = (period: "budget" | "adjusted") => {
    const at = (i: SanGongItem | undefined) =>
      (groupOf(ctx, "sanGong", i === undefined ? { period } : { item: i, period }) ?? []).find(
        (f): f is Fact => !("via" in f),
      );
    return { at, own: at(item) };
  };
  let chosen = inPeriod(base === "full" ? "adjusted" : "budget");
  if (base === "budget" && chosen.own === undefined) chosen = inPeriod("adjusted");
  const { at, own } = chosen;
  if (own?.value != null) return own.value;
  if (own === undefined) return undefined;
  const total = at(undefined)?.value;
  if (total == null) return undefined;
  // blanks are zero when the printed items alone make up the total
  const given = (["abroad", "vehicles", "reception"] as const).flatMap((i) => {
    const v = at(i)?.value;
    return v == null ? [] : [v];
  });
  const rest = given.length === 0 ? undefined : sumAmounts(given);
  const zero = subtractAmounts(total, total);
  if (rest === undefined) return isZero(total) ? zero : undefined;
  return isZero(subtractAmounts(total, rest)) ? zero : undefined;
}

/** Words that say the budget was changed during the year (`年中追加289.66万元`, `调整预算…`). */
const ADJUSTED = ["追加", "调增", "调减", "调整", "调剂", "全年预算"];

/** A statement of a rate on a budget: 五(三)'s opening sentence, or one of its items. */
interface RateStatement {
  readonly text: string;
  readonly rate?: { readonly percent: string; readonly base: string } | undefined;
  readonly initial?: Amount | undefined;
  readonly full?: Amount | undefined;
  readonly outcome?: Amount | undefined;
}

/**
 * Whether a rate of 五(三) (its opening sentence's or an item's) names no budget (`预算执行率`,
 * `完成预算的`) where the text says the budget changed during the year, and it is not the 年初预算's
 * (or that is 0) but may be the 全年预算's: the one printed (it is that one's), or one the text does
 * not print (`年初预算0万元，年中追加…`: unknown). Either way no claim on the 年初预算.
 */
function unsaidBase(e: RateStatement): boolean {
  if (e.rate?.base !== "budget" || e.initial === undefined || e.outcome === undefined) return false;
  // a 年初预算 of 0 beside a 全年预算 printed: the rate is that one's (checked on it)
  if (isZero(e.initial) && e.full !== undefined) return false;
  if (!ADJUSTED.some((w) => e.text.includes(w))) return false;
  const p = e.rate.percent;
  const on = (budget: Amount) => {
    const computed = percentOf(e.outcome as Amount, budget, p);
    return computed !== undefined && samePercent(computed, p);
  };
  return !on(e.initial) && (e.full === undefined || on(e.full));
}

/** 完成年初预算 / 全年预算 / 预算的 P%: recomputed on the base the text names. */
export const finalRateRule: Rule = /*#__PURE__*/ narrativeRule(
  "final.narrative.rate",
  [
    "完成预算的百分比按所称的预算口径重算",
    "Completion rates recomputed on the budget the text names",
  ],
  ["情况说明 五(三), 七", "财政拨款“三公”经费支出决算表 预算数"],
  {
    rate: (f, l) =>
      zh(l)
        ? `${q(f)} 称完成${BASE_WORD[param(f, "base") as keyof typeof BASE_WORD]}的 ${param(f, "printed")}%，${wan(f, "outcome")} ÷ ${wan(f, "budget")} 得 ${param(f, "computed")}%。`
        : `${q(f)} says ${param(f, "printed")}% of the ${param(f, "base")} budget; ${wan(f, "outcome")} ÷ ${wan(f, "budget")} gives ${param(f, "computed")}%.`,
    otherBase: (f, l) =>
      zh(l)
        ? `${q(f)} 称完成年初预算的 ${param(f, "printed")}%，但年初预算为 ${wan(f, "budget")}万元；该比例是按全年预算 ${wan(f, "full")}万元算的。`
        : `${q(f)} says ${param(f, "printed")}% of the initial budget, which is ${wan(f, "budget")} 万元; the rate is computed on the full-year budget ${wan(f, "full")} 万元.`,
    zeroBudget: (f, l) =>
      zh(l)
        ? `${q(f)} 给出完成预算的 ${param(f, "printed")}%，但预算数为 0：比例无意义。`
        : `${q(f)} gives ${param(f, "printed")}% of a budget of 0: the rate is undefined.`,
    ...BUDGET_CHANGE_MESSAGES,
  },
  (ctx, severity, out) => {
    const r = narrativeOf(ctx);
    let any = false;
    const check = (
      text: string,
      printedRate: { percent: string; base: string } | undefined,
      outcome: Amount | undefined,
      budget: Amount | undefined,
      full?: Amount,
      extra: Readonly<Record<string, string>> = {},
    ) => {
      if (printedRate === undefined || outcome === undefined || budget === undefined) return;
      any = true;
      const p = printedRate.percent;
      if (isZero(budget)) {
        const onFull = full === undefined ? undefined : percentOf(outcome, full, p);
        const kind = onFull !== undefined && samePercent(onFull, p) ? "otherBase" : "zeroBudget";
        out.push(
          textFinding("final.narrative.rate", severity, kind, text, {
            printed: p,
            budget: w(budget),
            ...(full === undefined ? {} : { full: w(full) }),
            ...extra,
          }),
        );
        return;
      }
      const computed = percentOf(outcome, budget, p);
      const agrees = percentAgreement(outcome, budget, p);
      if (computed === undefined || agrees === "equal") return;
      // a difference rounding alone may explain is noted, no alarm
      out.push(
        textFinding(
          "final.narrative.rate",
          agrees === "rounding" ? "info" : severity,
          "rate",
          text,
          {
            printed: p,
            computed,
            base: printedRate.base,
            outcome: w(outcome),
            budget: w(budget),
            ...extra,
          },
        ),
      );
    };
    const e = r.execution;
    if (e?.rate !== undefined && !unsaidBase(e)) {
      // `完成预算的95.89%` beside a 年初预算 of 0 and a 全年预算: the budget meant is the 全年's.
      const unsaid = e.rate.base === "budget" && (e.initial === undefined || isZero(e.initial));
      const base = e.rate.base === "full" || (unsaid && e.full !== undefined) ? e.full : e.initial;
      check(e.text, e.rate, e.outcome, base, e.rate.base === "initial" ? e.full : undefined);
    }
    for (const i of r.items) {
      // an item's 年初预算 changed during the year (`年初预算为0万元，年中追加…，完成预算的…`): not its rate's
      const initial = i.base === "initial" ? i.budget : undefined;
      if (unsaidBase({ text: i.text, rate: i.rate, initial, outcome: i.outcome })) continue;
      check(i.text, i.rate, i.outcome, i.budget, undefined, { number: String(i.number) });
    }
    // 比年初预算减少X万元，下降Y%: the difference and its rate on the budget named
    if (e !== undefined)
      any = checkBudgetChange(e.text, e.vsBudget, e.outcome, e, severity, out) || any;
    for (const i of r.items) {
      const budgets = i.base === "full" ? { full: i.budget } : { initial: i.budget };
      any = checkBudgetChange(i.text, i.vsBudget, i.outcome, budgets, severity, out) || any;
    }
    const s = r.sanGong;
    if (s !== undefined) {
      // a rate with no budget printed (`决算为30.00万元，完成预算的66.67%`) is on the table's
      check(s.text, s.rate, s.outcome, s.budget ?? tableBudget(ctx, s.rate?.base ?? "budget"));
      // the figures the text leaves out are the table's (its 决算数, and the 预算数 or 全年预算数 the
      // comparison names): `2024年度“三公”经费决算数比预算数减少…` alone is still held
      const named = s.vsBudget?.base ?? s.budgetBase ?? "budget";
      const budget = s.budget ?? tableSanGong(ctx, named === "full" ? "adjusted" : "budget");
      const outcome = s.outcome ?? tableSanGong(ctx, undefined);
      const base = (s.budget === undefined ? named : s.budgetBase) === "full";
      any =
        checkBudgetChange(
          s.text,
          s.vsBudget,
          outcome,
          base ? { full: budget } : { initial: budget },
          severity,
          out,
        ) || any;
      for (const i of s.items)
        check(
          s.text,
          i.rate,
          i.outcome,
          sanGongBudget(ctx, i.item, i.rate?.base ?? "budget"),
          undefined,
          {
            item: i.item,
          },
        );
    }
    return any;
  },
);
