import {
  type Amount,
  compareAmounts,
  formatAmount,
  subtractAmounts,
  sumAmounts,
  type Unit,
} from "../../amount";
import type { MoneyBlock } from "../../disclosure";
import { TARGET_MONEY_LINES, type TargetMoneyLine } from "../../templates";
import type { TargetPath } from "../read/types";
import { parseMoney } from "./money-text";
import type { TargetProblem } from "./problems";

/**
 * A summation relationship of a money block as data: `whole` = Σ `parts`, or, with `atMost`,
 * Σ `parts` ≤ `whole` (the whole may hold money no part names).
 *
 * @example
 * ```ts
 * import type { MoneyRelation } from "yusuan/performance";
 * const r: MoneyRelation = { id: "structure", whole: "total", parts: ["basic", "project"] };
 * ```
 */
export interface MoneyRelation {
  readonly id: string;
  readonly whole: TargetMoneyLine;
  readonly parts: readonly TargetMoneyLine[];
  readonly atMost?: true;
  /**
   * The lines of the breakdown its parts belong to (`sources`: the money's sources): where the
   * block prints one of them that is no part of it (nor a `nested` line under a part printed), the
   * block mixes two breakdowns and the relation does not apply.
   */
  readonly breakdown?: readonly TargetMoneyLine[];
  /** Lines printed as the 其中 of one of its parts (`in`): no other breakdown's. */
  readonly nested?: { readonly in: TargetMoneyLine; readonly lines: readonly TargetMoneyLine[] };
  /** Lines of its own breakdown: it applies only where one of them is printed. */
  readonly needs?: readonly TargetMoneyLine[];
}

/** The lines that are no source of the money: its whole and its structure (基本 / 项目). */
const NOT_SOURCES: readonly TargetMoneyLine[] = ["total", "basic", "project"];

/** The money's sources, however a form breaks them down (one breakdown a relation): every other line. */
const SOURCES: readonly TargetMoneyLine[] = /*#__PURE__*/ TARGET_MONEY_LINES.filter(
  (l) => !NOT_SOURCES.includes(l),
);

/**
 * The relations a target's money lines obey: 资金总额 = 政府预算资金 + 财政专户管理资金 + 单位资金
 * (`sources`, Henan), = 基本支出 + 项目支出 (`structure`, a department's 预算情况), = 财政拨款 +
 * 上年结转 + 其他资金 (`form`, a Shanghai 申报表), = 一般公共预算 + 政府性基金预算 + 国有资本经营预算 +
 * 财政专户管理资金 + 单位资金 (`budgets`, the 2021 national form's 按收入性质分). A relation applies
 * when its whole and at least one part are printed, one of the lines it `needs` if it names them,
 * and no source of another breakdown (a block mixing `财政拨款` and `单位资金` is checked by none);
 * a blank part counts as zero, as in the tables' identities.
 *
 * @example
 * ```ts
 * import { MONEY_RELATIONS } from "yusuan/performance";
 * MONEY_RELATIONS.map((r) => r.id); // ["sources", "structure", "form", "budgets"]
 * ```
 */
export const MONEY_RELATIONS: readonly MoneyRelation[] = [
  {
    id: "sources",
    whole: "total",
    parts: ["government", "specialAccount", "unitFunds"],
    breakdown: SOURCES,
    // `政府预算资金 | 其中：一般公共预算`: the 其中 of a part, no other breakdown.
    nested: { in: "government", lines: ["gpb", "govFund", "soe"] },
  },
  { id: "structure", whole: "total", parts: ["basic", "project"] },
  { id: "form", whole: "total", parts: ["grant", "carryover", "other"], breakdown: SOURCES },
  {
    id: "budgets",
    whole: "total",
    parts: ["gpb", "govFund", "soe", "specialAccount", "unitFunds"],
    breakdown: SOURCES,
    needs: ["gpb", "govFund", "soe"],
  },
];

const show = (a: Amount) => formatAmount(a, { grouping: true });

/** Whether a block prints a line of a relation's breakdown that is no part of it (nor nested). */
function mixes(
  relation: MoneyRelation,
  amounts: Partial<Record<TargetMoneyLine, Amount | null>>,
): boolean {
  const nested = relation.nested;
  const under = nested !== undefined && amounts[nested.in] != null ? nested.lines : [];
  return (relation.breakdown ?? []).some(
    (l) => amounts[l] != null && !relation.parts.includes(l) && !under.includes(l),
  );
}

/**
 * The money lines of a block as amounts (`null` for a printed blank), and a problem for each line
 * that is not an amount. @internal
 */
export function moneyAmounts(
  block: MoneyBlock,
  unit: Unit,
  path: TargetPath,
): { amounts: Partial<Record<TargetMoneyLine, Amount | null>>; problems: TargetProblem[] } {
  const amounts: Partial<Record<TargetMoneyLine, Amount | null>> = {};
  const problems: TargetProblem[] = [];
  for (const [line, raw] of Object.entries(block) as [TargetMoneyLine, string][]) {
    const r = parseMoney(raw, unit);
    if (r.ok) amounts[line] = r.value;
    else
      problems.push({
        code: "malformed-money",
        severity: "error",
        path: [...path, line],
        line,
        error: r.error,
      });
  }
  return { amounts, problems };
}

/**
 * Checks a money block against {@link MONEY_RELATIONS}: each part at most its whole, and the
 * parts adding up to the whole (exactly: the lines of one block share their printed precision).
 * A part above its whole is reported once, as `money-part-exceeds`, not also as a wrong sum.
 *
 * @param block - the money lines as printed
 * @param unit - their unit
 * @param path - the block's path (e.g. `["money"]` or `["department", "budget"]`)
 *
 * @example
 * ```ts
 * import { checkMoneyBlock } from "yusuan/performance";
 * checkMoneyBlock({ total: "3.50", government: "3.50", specialAccount: "", unitFunds: "" }, "万元", ["money"]); // []
 * checkMoneyBlock({ total: "100.00", grant: "80.00", other: "10.00" }, "万元", ["money"])[0]?.code; // "money-sum"
 * // A department's 预算情况: its total is the 收入总计, which may hold carry-over the block does not print.
 * checkMoneyBlock({ total: "12.50", basic: "8.00", project: "2.50" }, "万元", ["budget"], { totalHoldsCarryover: true }); // []
 * ```
 */
export function checkMoneyBlock(
  block: MoneyBlock,
  unit: Unit,
  path: TargetPath,
  options: { readonly totalHoldsCarryover?: boolean } = {},
): TargetProblem[] {
  const { amounts, problems } = moneyAmounts(block, unit, path);
  for (const base of MONEY_RELATIONS) {
    // A total that holds 上年结转 the block does not print (a department's 预算情况 total is its
    // 收入总计) is only bounded by the parts.
    const relation =
      options.totalHoldsCarryover === true ? { ...base, atMost: true as const } : base;
    const whole = amounts[relation.whole];
    const present = relation.parts.filter((p) => amounts[p] !== undefined);
    const printed = present.filter((p) => amounts[p] !== null);
    if (whole === undefined || whole === null || printed.length === 0) continue;
    if (relation.needs !== undefined && !relation.needs.some((l) => amounts[l] != null)) continue;
    if (mixes(relation, amounts)) continue;
    let exceeded = false;
    for (const line of printed) {
      const part = amounts[line];
      if (part === undefined || part === null || compareAmounts(part, whole) <= 0) continue;
      exceeded = true;
      problems.push({
        code: "money-part-exceeds",
        severity: "error",
        path: [...path, line],
        line,
        part: show(part),
        whole: show(whole),
      });
    }
    const values = printed.map((p) => amounts[p]).filter((a): a is Amount => a != null);
    const sum = sumAmounts(values, whole.unit);
    const order = compareAmounts(sum, whole);
    if (exceeded || order === 0 || (relation.atMost === true && order < 0)) continue;
    problems.push({
      code: "money-sum",
      severity: "error",
      path: [...path, relation.whole],
      relation: relation.id,
      parts: relation.parts,
      expected: show(sum),
      actual: show(whole),
      difference: show(subtractAmounts(whole, sum)),
    });
  }
  return problems;
}
