import type { Amount } from "../../amount";
import type { Coordinates, SanGongItem } from "../../facts";
import type { PrintedList } from "./lists";

/**
 * A completion rate as printed (`完成年初预算的98.20%`): the percentage and the budget it names —
 * `initial` 年初预算, `full` 全年预算 (the adjusted budget), `budget` 预算 without saying which.
 *
 * @example
 * ```ts
 * import type { CompletionRate } from "yusuan/final";
 * const r: CompletionRate = { percent: "98.20", base: "initial" };
 * ```
 */
export interface CompletionRate {
  readonly percent: string;
  readonly base: "initial" | "full" | "budget";
}

/**
 * An outcome set against its budget as printed (`比年初预算减少463.84万元，下降4.54%`): the budget
 * named, the difference (outcome − budget: negative for 减少) and the rate where printed.
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import type { BudgetChange } from "yusuan/final";
 * const c: BudgetChange = { base: "initial", delta: amount("-463.84"), percent: "4.54" };
 * ```
 */
export interface BudgetChange {
  readonly base: "initial" | "full" | "budget";
  readonly delta: Amount;
  readonly percent?: string;
}

/**
 * One 项 of 情况说明 五(三): its 科目 path as printed (类 / 款 / 项 names), the budget it names
 * (年初 or 全年) and its amount, the outcome (支出决算), the completion rate, the word comparing them
 * (`above` 大于, `below` 小于, `flat` 持平, `roughlyFlat` 基本持平), whether a reason follows
 * (主要原因, or any cause the budget narrative reads: `主要是…`, `系…所致`, `因…，`), and what its 主要用于 says. A figure the text does not print (or prints out of
 * order) is absent.
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import type { BudgetItem } from "yusuan/final";
 * const i: BudgetItem = { number: 1, names: ["一般公共服务支出", "财政事务", "行政运行"], base: "initial",
 *   budget: amount("1560.05"), outcome: amount("1511.89"), word: "below", reason: true, text: "…" };
 * ```
 */
export interface BudgetItem {
  readonly number: number;
  readonly names: readonly string[];
  readonly base: "initial" | "full";
  readonly budget?: Amount;
  readonly outcome?: Amount;
  readonly rate?: CompletionRate;
  /** The outcome against the budget as printed (`比年初预算减少22.68万元，下降2.03%`). */
  readonly vsBudget?: BudgetChange;
  readonly word?: "above" | "below" | "flat" | "roughlyFlat";
  readonly reason: boolean;
  readonly use?: string;
  readonly text: string;
}

/**
 * A change against last year as printed (`比2023年度增加2.55万元，增长1.40%`): the subject, this
 * year's amount, the signed change and the growth rate (`1.40%`, `1.40％`, `百分之1.40`); a number
 * printed where the rate goes but without `%` (`增长 13.95。`) is `bare`.
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import type { PrintedChange } from "yusuan/final";
 * const c: PrintedChange = { subject: "operatingCost", current: amount("184.65"), delta: amount("2.55"), percent: "1.40", text: "…" };
 * ```
 */
export interface PrintedChange {
  readonly subject: "total" | "fiscalTotal" | "gpb" | "operatingCost" | "sanGong";
  /** The 三公 item whose change it is (七), when not the total's. */
  readonly item?: SanGongItem;
  readonly current: Amount;
  readonly delta: Amount;
  readonly percent?: string;
  /** A rate printed without `%` (`增长 13.95。`): its digits. */
  readonly bare?: string;
  /** Last year's figure where the comparison prints it (`与2023年度…182.10万元相比`). */
  readonly prior?: Amount;
  readonly text: string;
}

/**
 * 本年收入合计 (二, `revenue`) or 本年支出合计 (三, `spending`) as printed, with the parts printed
 * after it: each part's name, where the tables hold it (its coordinates), its amount and its share
 * as printed.
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import type { PrintedParts } from "yusuan/final";
 * const p: PrintedParts = { kind: "revenue", whole: amount("2946.25"), text: "…",
 *   parts: [{ name: "财政拨款收入", coords: { fund: "government" }, amount: amount("2940.05"), percent: "99.79" }] };
 * ```
 */
export interface PrintedParts {
  readonly kind: "revenue" | "spending";
  readonly whole: Amount;
  readonly parts: readonly {
    readonly name: string;
    readonly coords: Coordinates;
    readonly amount: Amount;
    readonly percent?: string;
  }[];
  readonly text: string;
}

/**
 * What `readFinalNarrative` understood of a 决算 情况说明: the totals it states (一 收入支出总计, 四
 * 财政拨款收入支出总计), the 一般公共预算 spending with its share of 本年支出合计 (五(一)) and per 类
 * (五(二)), the budget and outcome with the completion rate (五(三)) and each 项, the 基本支出 split
 * (六), the 三公 budget and outcome with their rates (七), 机关运行经费 and 政府采购 (十一), and the
 * changes against last year. What it did not find is absent: coverage, not a finding.
 *
 * @example
 * ```ts
 * import { readFinalNarrative } from "yusuan/final";
 * const r = readFinalNarrative("机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。");
 * r.operatingCost?.value; // "184.65"
 * ```
 */
export interface FinalNarrative {
  readonly total?: Amount;
  /**
   * 一's total printed as its two sides when they differ (`收入总计X万元，支出总计Y万元`; a 决算
   * balances, so the text is wrong on one side at least): each side as printed, and no `total`.
   */
  readonly totalSides?: { readonly revenue: Amount; readonly spending: Amount };
  /** 四's the same (`财政拨款收入总计X万元，财政拨款支出总计Y万元`). */
  readonly fiscalTotalSides?: { readonly revenue: Amount; readonly spending: Amount };
  /** 二 and 三: 本年收入合计 and 本年支出合计 with their parts. */
  readonly revenue?: PrintedParts;
  readonly spending?: PrintedParts;
  readonly fiscalTotal?: Amount;
  /**
   * 五(一)'s figure; `named: "government"` where the text names it `财政拨款支出` alone (the
   * 一般公共预算's or every 财政拨款's: either table figure agrees with it).
   */
  readonly gpb?: {
    readonly amount?: Amount;
    readonly share?: string;
    readonly named?: "government";
    readonly text: string;
  };
  /** 五(二)'s 类 and their shares of `whole`; `named` as `gpb`'s, of the whole's words. */
  readonly classShares: readonly {
    readonly name: string;
    readonly named?: "government";
    readonly amount?: Amount;
    readonly percent: string;
    readonly whole: Amount;
    readonly text: string;
  }[];
  readonly execution?: {
    readonly initial?: Amount;
    readonly full?: Amount;
    readonly outcome?: Amount;
    readonly rate?: CompletionRate;
    /** The outcome against the budget as printed (`比年初预算减少463.84万元，下降4.54%`). */
    readonly vsBudget?: BudgetChange;
    readonly text: string;
  };
  readonly items: readonly BudgetItem[];
  readonly basic?: {
    readonly basic?: Amount;
    readonly personnel?: Amount;
    readonly public?: Amount;
    /** The items 人员经费 / 公用经费 `主要包括：` (六), as printed. */
    readonly personnelList?: PrintedList;
    readonly publicList?: PrintedList;
    readonly text: string;
  };
  readonly sanGong?: {
    readonly budget?: Amount;
    /** The budget `budget` is, as its words say: 年初预算 (`initial`), 全年预算 (`full`), or 预算 (`budget`). */
    readonly budgetBase?: CompletionRate["base"];
    readonly outcome?: Amount;
    readonly rate?: CompletionRate;
    /** The outcome against the budget as printed (`决算数比预算数减少2.46万元，下降86.32%`). */
    readonly vsBudget?: BudgetChange;
    readonly items: readonly {
      readonly item: SanGongItem;
      readonly outcome?: Amount;
      readonly rate?: CompletionRate;
    }[];
    readonly text: string;
  };
  /**
   * 七 beyond its first paragraph: each 三公 item (or part of 公务用车) printed with its outcome
   * (七(二) `因公出国（境）费支出决算 0.00 万元，占 0.00%`, the items listed after it), with its share of
   * the 三公 total where printed.
   */
  readonly sanGongItems: readonly {
    readonly item: SanGongItem;
    readonly outcome: Amount;
    readonly percent?: string;
    readonly text: string;
  }[];
  /**
   * 八: 政府性基金预算财政拨款收入 and 支出, as printed (`…收入120.00万元，支出118.50万元`), and its 项
   * (numbered as 五(三)'s, each with its budget and 决算).
   */
  readonly govFund?: {
    readonly revenue?: Amount;
    readonly spending?: Amount;
    readonly items?: readonly BudgetItem[];
    readonly text: string;
  };
  readonly operatingCost?: Amount;
  readonly procurement?: {
    readonly total: Amount;
    readonly goods?: Amount;
    readonly works?: Amount;
    readonly services?: Amount;
    /** Won by 中小企业 in the projects reserved for them, and in the other projects. */
    readonly smeReserved?: Amount;
    readonly smeOther?: Amount;
    /**
     * The national form's `授予中小企业合同金额…，占政府采购支出总额的…%` and its `其中：授予小微企业
     * 合同金额…`, with their shares as printed.
     */
    readonly smeAwarded?: Amount;
    readonly smeShare?: string;
    readonly microAwarded?: Amount;
    readonly microShare?: string;
    readonly text: string;
  };
  /**
   * Every statement of the 政府采购 total read, in order (`procurement` is the last one's reading):
   * each may be printed without its parts (`2024年度本部门政府采购支出总额251.25万元。`).
   */
  readonly procurementTotals?: readonly ProcurementTotal[];
  readonly changes: readonly PrintedChange[];
}

/**
 * One statement of the 政府采购 total in a 决算 text: its figure, what its words name (`amount`:
 * `政府采购金额`, the contracts signed; `spending`: `政府采购支出总额`), the words of its clause before
 * them (`2024年度本部门`, `其中本级`: whose total it is) and its paragraph.
 *
 * @example
 * ```ts
 * import { readFinalNarrative } from "yusuan/final";
 * const [t] = readFinalNarrative("2024年度本部门政府采购支出总额251.25万元。", 2024).procurementTotals ?? [];
 * [t?.total.value, t?.words, t?.lead]; // ["251.25", "spending", "2024年度本部门"]
 * ```
 */
export interface ProcurementTotal {
  readonly total: Amount;
  readonly words: "amount" | "spending";
  readonly lead: string;
  readonly text: string;
}
