import type { Amount } from "../../amount";

/**
 * One line of an execution report: a 项 (`code`, its printed `names`; `code` absent when the
 * names do not resolve to a row of the 决算) or the total, with the budget, the outcome (决算数),
 * the difference (outcome − budget), the 执行率 in percent (2 decimals, absent on a zero or
 * missing budget), whether it is over budget, and whether the 决算 text gives a reason.
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import type { ExecutionLine } from "yusuan/final";
 * const l: ExecutionLine = { code: "2010601", names: ["一般公共服务支出", "财政事务", "行政运行"],
 *   budget: amount("1560.05"), outcome: amount("1511.89"), difference: amount("-48.16"),
 *   rate: "96.91", overBudget: false };
 * ```
 */
export interface ExecutionLine {
  readonly code?: string;
  readonly names?: readonly string[];
  readonly budget: Amount | null;
  readonly outcome: Amount | null;
  readonly difference: Amount | null;
  readonly rate?: string;
  readonly overBudget: boolean;
  /** Whether the 决算 text states a reason for the line (主要原因); absent when not known. */
  readonly reasonStated?: boolean;
}

/**
 * Budget against outcome for one department and year (一般公共预算财政拨款): where the budgets came
 * from (`budget`: a 预算 disclosure; `narrative`: the 决算's own 情况说明, on the base it names),
 * each 项 and the total, the 三公 预算数 against 决算数 with its control rate (“三公”经费控制率), the
 * lines over budget with no reason stated, and the inputs of the 绩效 department formulas
 * (`evaluateDepartment` in `yusuan/performance`: `budgetExecution` 预算执行率, `sanGongControl`).
 *
 * @example
 * ```ts
 * import type { ExecutionReport } from "yusuan/final";
 * const rate = (r: ExecutionReport): string | undefined => r.total.rate;
 * ```
 */
export interface ExecutionReport {
  readonly source: "budget" | "narrative";
  readonly base?: "initial" | "full";
  readonly lines: readonly ExecutionLine[];
  readonly total: ExecutionLine;
  readonly sanGong?: {
    readonly budget: Amount | null;
    readonly outcome: Amount | null;
    readonly rate?: string;
  };
  readonly overBudgetWithoutReason: readonly ExecutionLine[];
  readonly formulaInputs: {
    readonly budgetExecution?: readonly [Amount, Amount];
    readonly sanGongControl?: readonly [Amount, Amount];
  };
}
