/**
 * The rule on 五(三)'s items (each 项 of the 一般公共预算 spending, its budget and 决算): their
 * budgets against the total, each 决算 against its table row, the word comparing them, and the
 * nature of spending the text says it is.
 */
import { type Amount, isZero, subtractAmounts } from "../../amount";
import { spanSum } from "../../amount/span";
import { normalizeName } from "../../codes";
import type { Finding, Rule, RuleContext, Severity } from "../../rules/types";
import {
  agreement,
  narrativeOf,
  narrativeRule,
  param,
  printed,
  q,
  textFinding,
  w,
  wan,
  zh,
} from "./support";
import type { BudgetItem } from "./types";

/**
 * The 项 rows (7-digit codes) of the tables of a fund (the 一般公共预算 table for 五(三), the 政府性基金
 * table for 八), by their printed 类 / 款 / 项 names.
 */
function itemRows(
  ctx: RuleContext,
  fund: ItemFund = "gpb",
): { byNames: Map<string, string>; count: number } {
  const names = new Map<string, string>();
  for (const t of ctx.tables) {
    if (t.kind?.fixed?.fund !== fund) continue;
    for (const row of t.rows) {
      const key = row.row.key;
      if (key.kind !== "functional" || row.row.name === undefined) continue;
      names.set(key.code, normalizeName(row.row.name));
    }
  }
  const byNames = new Map<string, string>();
  let count = 0;
  for (const [code, name] of names) {
    if (code.length !== 7) continue;
    count++;
    const path = [names.get(code.slice(0, 3)), names.get(code.slice(0, 5)), name].join("/");
    byNames.set(path, code);
  }
  return { byNames, count };
}

/** The funds whose 项 the text lists: 一般公共预算 (五(三)) and 政府性基金 (八). */
type ItemFund = "gpb" | "govFund";

const codeOf = (rows: Map<string, string>, i: BudgetItem) =>
  rows.get(i.names.map((n) => normalizeName(n)).join("/"));

/** 五(三) per 项: Σ budgets = the total's, 决算 = table 5, 大于 / 小于 / 持平, 基本 / 项目支出. */
export const finalItemsRule: Rule = /*#__PURE__*/ narrativeRule(
  "final.narrative.budgetItems",
  [
    "决算说明逐项的预算、决算与表和总数一致",
    "The 决算 text's items agree with their total and the tables",
  ],
  ["情况说明 五(三), 八", "一般公共预算财政拨款支出决算表", "政府性基金预算财政拨款收入支出决算表"],
  {
    sum: (f, l) =>
      zh(l)
        ? `各项${param(f, "base") === "full" ? "全年" : "年初"}预算之和为 ${wan(f, "sum")}万元，总数为 ${wan(f, "total")}万元。`
        : `The items' budgets add up to ${wan(f, "sum")} 万元; the total says ${wan(f, "total")} 万元.`,
    outcome: (f, l) =>
      zh(l)
        ? `${q(f)} 的支出决算为 ${wan(f, "printed")}万元，表中为 ${wan(f, "table")}万元。`
        : `${q(f)}: outcome ${wan(f, "printed")} 万元 in the text, ${wan(f, "table")} 万元 in the table.`,
    word: (f, l) =>
      zh(l)
        ? `${q(f)} 的措辞（${param(f, "word")}）与预算 ${wan(f, "budget")}、决算 ${wan(f, "outcome")} 不符。`
        : `${q(f)}: the word (${param(f, "word")}) contradicts budget ${wan(f, "budget")} and outcome ${wan(f, "outcome")}.`,
    nature: (f, l) =>
      zh(l)
        ? `${q(f)} 称其为${param(f, "said")}，表中该科目的${param(f, "said")}为空或 0。`
        : `${q(f)} calls it ${param(f, "said")}, but the table prints no ${param(f, "said")} on the code.`,
  },
  (ctx, severity, out) => {
    const r = narrativeOf(ctx);
    if (r.items.length === 0 && (r.govFund?.items ?? []).length === 0) return false;
    const { byNames, count } = itemRows(ctx);
    const e = r.execution;
    const base = r.items[0]?.base ?? "initial";
    const total = base === "full" ? e?.full : e?.initial;
    const numbered = r.items.every((i, k) => i.number === k + 1);
    const budgets = r.items.map((i) => i.budget);
    // every 项 listed and read: then the items' budgets must make up the total
    if (
      total !== undefined &&
      numbered &&
      r.items.length === count &&
      r.items.every((i) => i.base === base) &&
      budgets.every((b) => b !== undefined)
    ) {
      // exactly, or within the rounding of those printed coarser (`0.24亿元` for 2,411.30 万元)
      const sum = spanSum(budgets as Amount[]);
      if (sum !== undefined && agreement(total, sum) === "differ")
        out.push(
          textFinding(
            "final.narrative.budgetItems",
            severity,
            "sum",
            e?.text ?? "",
            { base, sum: w(sum.value), total: w(total) },
            [],
            { actual: total, expected: sum.value },
          ),
        );
    }
    for (const i of r.items) checkItem(ctx, i, byNames, "gpb", severity, out);
    // 八's 项 against the 政府性基金 table (no total budget is printed for them)
    const fundItems = r.govFund?.items ?? [];
    const fundRows = fundItems.length === 0 ? undefined : itemRows(ctx, "govFund").byNames;
    if (fundRows !== undefined)
      for (const i of fundItems) checkItem(ctx, i, fundRows, "govFund", severity, out);
    return true;
  },
);

/** One 项's checks: its 决算 against its table row, the word comparing it with its budget, its nature. */
function checkItem(
  ctx: RuleContext,
  i: BudgetItem,
  byNames: Map<string, string>,
  fund: ItemFund,
  severity: Severity,
  out: Finding[],
): void {
  const code = codeOf(byNames, i);
  const fact =
    code === undefined ? undefined : printed(ctx, "spending", { functional: code, fund });
  if (
    i.outcome !== undefined &&
    fact?.value != null &&
    agreement(i.outcome, fact.value) === "differ"
  )
    out.push(
      textFinding(
        "final.narrative.budgetItems",
        severity,
        "outcome",
        i.text,
        {
          printed: w(i.outcome),
          table: w(fact.value),
        },
        [fact],
      ),
    );
  if (
    i.word !== undefined &&
    i.word !== "roughlyFlat" &&
    i.budget !== undefined &&
    i.outcome !== undefined
  ) {
    // a figure printed coarser (`0.16亿元` beside `1607.50万元`) may leave the order open
    const d = subtractAmounts(i.outcome, i.budget);
    const sign = isZero(d) ? "flat" : d.value.startsWith("-") ? "below" : "above";
    if (sign !== i.word && agreement(i.outcome, i.budget) !== "rounding")
      out.push(
        textFinding("final.narrative.budgetItems", severity, "word", i.text, {
          word: i.word,
          budget: w(i.budget),
          outcome: w(i.outcome),
        }),
      );
  }
  if (code !== undefined && i.use !== undefined) {
    const said =
      i.use.includes("基本支出") && !i.use.includes("项目")
        ? "basic"
        : i.use.includes("项目支出") &&
            !i.use.includes("基本") &&
            !i.use.includes("人员") &&
            !i.use.includes("公用")
          ? "project"
          : undefined;
    if (said !== undefined) {
      const part = printed(ctx, "spending", { functional: code, fund, nature: said });
      // Nothing of that nature where the row prints it as zero, or leaves it blank beside the
      // other nature's figure; a table that splits no nature says nothing of it.
      const other = said === "basic" ? "project" : "basic";
      const split = printed(ctx, "spending", { functional: code, fund, nature: other });
      const none =
        part === undefined ? split !== undefined : part.value !== null && isZero(part.value);
      const row = part ?? fact;
      if (none && fact !== undefined)
        out.push(
          textFinding(
            "final.narrative.budgetItems",
            severity,
            "nature",
            i.text,
            {
              said: said === "basic" ? "基本支出" : "项目支出",
            },
            row === undefined ? [] : [row],
          ),
        );
    }
  }
}
