import { type Amount, isZero, zeroAmount } from "../../amount";
import { spendingStem } from "../../codes/names";
import type { Fact } from "../../facts";
import type { Rule, RuleContext } from "../../rules/types";
import { type NoneTable, statedNone } from "./empty-tables";
import { SAN_GONG_LABEL } from "./san-gong-names";
import {
  agreement,
  finalTexts,
  narrativeOf,
  narrativeRule,
  param,
  printedAll,
  q,
  textFinding,
  w,
  wan,
  zh,
} from "./support";

/** A 类's name as a key: normalised, without its trailing `支出` (`住房保障（类）` = `住房保障支出`). */
const classKey = spendingStem;

/**
 * The 类 (3-digit functional codes) the tables print, by their names as keys; a name two codes
 * share is left out (never guessed between).
 */
function classCodes(ctx: RuleContext): Map<string, string> {
  const codes = new Map<string, string>();
  const shared = new Set<string>();
  for (const t of ctx.tables)
    for (const row of t.rows) {
      const key = row.row.key;
      if (key.kind !== "functional" || key.code.length !== 3 || row.row.name === undefined)
        continue;
      const name = classKey(row.row.name);
      const had = codes.get(name);
      if (had !== undefined && had !== key.code) shared.add(name);
      codes.set(name, key.code);
    }
  for (const name of shared) codes.delete(name);
  return codes;
}

/** 一 收入支出总计, 四 财政拨款收入支出总计, 五(一) 一般公共预算财政拨款支出, 五(二) 各类, 五(三) 决算, 六 基本支出 / 人员经费 / 公用经费 against the tables. */
export const finalAmountRule: Rule = /*#__PURE__*/ narrativeRule(
  "final.narrative.amount",
  [
    "决算说明中的总计与基本支出数与表一致",
    "The 决算 text's totals and basic spending agree with the tables",
  ],
  [
    "情况说明 一, 二, 三, 四, 五, 六, 七, 八",
    "收入支出决算总表",
    "收入决算表",
    "支出决算表",
    "财政拨款收入支出决算总表",
    "一般公共预算财政拨款支出决算表",
    "基本支出决算表",
    "“三公”经费支出决算表",
    "政府性基金预算财政拨款收入支出决算表",
  ],
  {
    amount: (f, l) =>
      zh(l)
        ? `${q(f)} 中的${param(f, "what")} 为 ${wan(f, "printed")}万元，表中为 ${wan(f, "table")}万元。`
        : `${q(f)}: ${param(f, "what")} is ${wan(f, "printed")} 万元 in the text, ${wan(f, "table")} 万元 in the tables.`,
    emptyTable: (f, l) =>
      zh(l)
        ? `${q(f)} 中的${param(f, "what")} 为 ${wan(f, "printed")}万元，但表注称“${param(f, "note")}”（即为 0）。`
        : `${q(f)}: ${param(f, "what")} is ${wan(f, "printed")} 万元 in the text, but the table's note says "${param(f, "note")}" (none).`,
  },
  (ctx, severity, out) => {
    const r = narrativeOf(ctx);
    let any = false;
    /**
     * The text's figure against every printed statement of the fact: one that agrees settles it.
     * Where none is printed, against 0 if the fact's table (`none`) is printed empty under a note
     * saying there was none of it (its blanks stated zeros); else not compared (a blank may be unstated).
     */
    const compare = (
      what: string,
      text: Amount | undefined,
      facts: readonly Fact[],
      where: string,
      none?: NoneTable,
    ) => {
      const first = facts[0];
      if (text === undefined) return;
      if (first?.value == null) {
        const stated = none === undefined ? undefined : statedNone(ctx, none);
        if (stated === undefined) return;
        any = true;
        if (isZero(text)) return;
        const zero = zeroAmount(text.unit, text.decimals);
        out.push({
          ...textFinding(
            "final.narrative.amount",
            severity,
            "emptyTable",
            where,
            { what, printed: w(text), note: stated.clause },
            [],
            { actual: text, expected: zero },
          ),
          path: stated.path,
        });
        return;
      }
      any = true;
      const agreements = facts.map((f) => agreement(text, f.value as Amount));
      if (agreements.includes("equal")) return;
      const near = agreements.indexOf("rounding");
      const fact = facts[near] ?? first;
      const value = fact.value as Amount;
      out.push(
        textFinding(
          "final.narrative.amount",
          near >= 0 ? "info" : severity,
          "amount",
          where,
          { what, printed: w(text), table: w(value) },
          [fact],
          { actual: text, expected: value },
        ),
      );
    };
    compare("收入支出总计", r.total, printedAll(ctx, "revenue.total", {}), "收入支出总计");
    compare(
      "财政拨款收入支出总计",
      r.fiscalTotal,
      printedAll(ctx, "revenue.total", { fund: "government" }),
      "财政拨款收入支出总计",
    );
    // 八: the 政府性基金's 收入 and 支出 (its table's 合计, the 总表's, the 财政拨款总表's)
    const fund = r.govFund;
    if (fund !== undefined) {
      const govFund = { fund: "govFund" } as const;
      compare(
        "政府性基金预算财政拨款收入",
        fund.revenue,
        printedAll(ctx, "revenue", govFund),
        fund.text,
        "govFund",
      );
      compare(
        "政府性基金预算财政拨款支出",
        fund.spending,
        printedAll(ctx, "spending", govFund),
        fund.text,
        "govFund",
      );
    }
    // the two sides of 一 (四) printed apart: each against its own 总计, or against 本年收入合计 /
    // 本年支出合计 where the text names that so (`支出总计55,000.00万元，年末结转和结余…`)
    for (const [sides, coords, name] of [
      [r.totalSides, {}, ""],
      [r.fiscalTotalSides, { fund: "government" }, "财政拨款"],
    ] as const) {
      if (sides === undefined) continue;
      for (const [side, concept] of [
        ["收入", "revenue"],
        ["支出", "spending"],
      ] as const)
        compare(
          `${name}${side}总计`,
          sides[concept === "revenue" ? "revenue" : "spending"],
          [...printedAll(ctx, `${concept}.total`, coords), ...printedAll(ctx, concept, coords)],
          `${name}收入支出总计`,
        );
    }
    for (const split of [r.revenue, r.spending]) {
      if (split === undefined) continue;
      const concept = split.kind === "revenue" ? "revenue" : "spending";
      const wholeName = split.kind === "revenue" ? "本年收入合计" : "本年支出合计";
      compare(wholeName, split.whole, printedAll(ctx, concept, {}), split.text);
      for (const part of split.parts)
        compare(part.name, part.amount, printedAll(ctx, concept, part.coords), split.text);
    }
    // 五: 一般公共预算财政拨款支出 in (一), as (二)'s whole and per 类, and as (三)'s outcome
    const gpb = printedAll(ctx, "spending", { fund: "gpb" });
    const gpbName = "一般公共预算财政拨款支出";
    // named `财政拨款支出` alone: the 一般公共预算's or every 财政拨款's, either figure agreeing
    const grant = (named: "government" | undefined, coords: { functional?: string } = {}) => {
      const own = printedAll(ctx, "spending", { ...coords, fund: "gpb" });
      return named === undefined
        ? own
        : [...own, ...printedAll(ctx, "spending", { ...coords, fund: "government" })];
    };
    const nameOf = (named: "government" | undefined) =>
      named === undefined ? gpbName : "财政拨款支出";
    if (r.gpb !== undefined)
      compare(nameOf(r.gpb.named), r.gpb.amount, grant(r.gpb.named), r.gpb.text);
    const wholes = new Set<string>();
    const codes = classCodes(ctx);
    for (const c of r.classShares) {
      if (!wholes.has(c.whole.value)) compare(nameOf(c.named), c.whole, grant(c.named), c.text);
      wholes.add(c.whole.value);
      const code = codes.get(classKey(c.name));
      // every table's figure of the 类 (the 财政拨款总表 may print it otherwise than table 5)
      if (code !== undefined)
        compare(c.name, c.amount, grant(c.named, { functional: code }), c.text);
    }
    const e = r.execution;
    if (e !== undefined) compare(`${gpbName}决算`, e.outcome, gpb, e.text);
    // 七: the 三公 outcomes (a blank table cell is not compared: blank or 0 is the printer's choice;
    // but the blanks of a table printed empty under a note saying there was none are zeros)
    const s = r.sanGong;
    if (s !== undefined) {
      compare("“三公”经费支出决算", s.outcome, printedAll(ctx, "sanGong", {}), s.text, "sanGong");
      // the budget against the table's: its 预算数 for a 年初预算, its 全年预算数 for a 全年预算, either
      // for a budget the text does not say which of (a table without that budget: not compared)
      const base = s.budgetBase ?? "budget";
      const budgets = [
        ...(base === "full" ? [] : printedAll(ctx, "sanGong", { period: "budget" })),
        ...(base === "initial" ? [] : printedAll(ctx, "sanGong", { period: "adjusted" })),
      ];
      compare("“三公”经费预算", s.budget, budgets, s.text);
      for (const i of s.items)
        compare(
          SAN_GONG_LABEL[i.item],
          i.outcome,
          printedAll(ctx, "sanGong", { item: i.item }),
          s.text,
          "sanGong",
        );
    }
    for (const i of r.sanGongItems)
      compare(
        SAN_GONG_LABEL[i.item],
        i.outcome,
        printedAll(ctx, "sanGong", { item: i.item }),
        i.text,
        "sanGong",
      );
    const b = r.basic;
    if (b !== undefined) {
      compare(
        "基本支出",
        b.basic,
        printedAll(ctx, "spending", { fund: "gpb", nature: "basic" }),
        b.text,
      );
      compare(
        "人员经费",
        b.personnel,
        printedAll(ctx, "spending", { fund: "gpb", nature: "basic.personnel" }),
        b.text,
      );
      compare(
        "公用经费",
        b.public,
        printedAll(ctx, "spending", { fund: "gpb", nature: "basic.public" }),
        b.text,
      );
    }
    return any;
  },
  finalTexts,
);
