import { type Amount, isNegative, isZero } from "../../amount";
import { spanExceeds, spanMinus, spanNegate, spanOf, spanPlus, spanSum } from "../../amount/span";
import type { Finding, Rule, Severity } from "../../rules/types";
import { OWN_LEAD } from "./subject";
import {
  agreement,
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
import type { ProcurementTotal } from "./types";
import { acceptedNames, nameKey } from "./wording";

/** 五(一) 占本年支出合计的 P% and 五(二) each 类's share, recomputed from the figures. */
export const finalShareRule: Rule = /*#__PURE__*/ narrativeRule(
  "final.narrative.share",
  ["决算说明中的占比可由所述数字算出", "The 决算 text's shares follow from its figures"],
  [
    "情况说明 二, 三, 五(一), 五(二), 七(二), 十一(二)",
    "收入支出决算总表 本年支出合计",
    "“三公”经费支出决算表 合计",
  ],
  {
    share: (f, l) =>
      zh(l)
        ? `${q(f)} 称占 ${param(f, "printed")}%，${wan(f, "part")} ÷ ${wan(f, "whole")} 得 ${param(f, "computed")}%。`
        : `${q(f)} says ${param(f, "printed")}%; ${wan(f, "part")} ÷ ${wan(f, "whole")} gives ${param(f, "computed")}%.`,
  },
  (ctx, severity, out) => {
    const r = narrativeOf(ctx);
    let any = false;
    const check = (
      text: string,
      part: Amount | undefined,
      whole: Amount | undefined,
      p: string,
    ) => {
      if (part === undefined || whole === undefined) return;
      const computed = percentOf(part, whole, p);
      if (computed === undefined) return;
      any = true;
      const agrees = percentAgreement(part, whole, p);
      if (agrees === "equal") return;
      // a difference rounding alone may explain is noted, no alarm
      out.push(
        textFinding(
          "final.narrative.share",
          agrees === "rounding" ? "info" : severity,
          "share",
          text,
          {
            printed: p,
            computed,
            part: w(part),
            whole: w(whole),
          },
        ),
      );
    };
    const g = r.gpb;
    if (g?.share !== undefined)
      check(g.text, g.amount, printed(ctx, "spending", {})?.value ?? undefined, g.share);
    for (const s of r.classShares) check(s.text, s.amount, s.whole, s.percent);
    const p = r.procurement;
    if (p?.smeShare !== undefined) check(p.text, p.smeAwarded, p.total, p.smeShare);
    if (p?.microShare !== undefined) check(p.text, p.microAwarded, p.total, p.microShare);
    const sanGong = printed(ctx, "sanGong", {})?.value ?? undefined;
    for (const i of r.sanGongItems)
      if (i.percent !== undefined) check(i.text, i.outcome, sanGong, i.percent);
    for (const split of [r.revenue, r.spending])
      for (const part of split?.parts ?? [])
        if (split !== undefined && part.percent !== undefined)
          check(split.text, part.amount, split.whole, part.percent);
    return any;
  },
);

/** 比2023年度增加 / 减少 X万元，增长 / 下降 P%: the rate on last year's figure (this year's − X). */
export const finalChangeRule: Rule = /*#__PURE__*/ narrativeRule(
  "final.narrative.growth",
  ["决算说明中的增减幅度可由所述数字算出", "The 决算 text's growth rates follow from its figures"],
  ["情况说明 一, 四, 五(一), 七, 十一(一)"],
  {
    rate: (f, l) =>
      zh(l)
        ? `${q(f)} 称变动 ${param(f, "printed")}%，${wan(f, "delta")} ÷ 上年 ${wan(f, "prior")} 得 ${param(f, "computed")}%。`
        : `${q(f)} says ${param(f, "printed")}%; ${wan(f, "delta")} ÷ last year's ${wan(f, "prior")} gives ${param(f, "computed")}%.`,
    zeroBase: (f, l) =>
      zh(l)
        ? `${q(f)} 给出增长 ${param(f, "printed")}%，但上年数为 0（本年 ${wan(f, "current")} − 增加 ${wan(f, "delta")}）：比例无意义。`
        : `${q(f)} gives a growth of ${param(f, "printed")}% on last year's 0 (${wan(f, "current")} − ${wan(f, "delta")}): undefined.`,
    prior: (f, l) =>
      zh(l)
        ? `${q(f)} 称上年为 ${wan(f, "printed")}万元，本年 ${wan(f, "current")} 减去变动 ${wan(f, "delta")} 得 ${wan(f, "computed")}万元。`
        : `${q(f)} says last year was ${wan(f, "printed")} 万元; this year's ${wan(f, "current")} less the change ${wan(f, "delta")} gives ${wan(f, "computed")} 万元.`,
  },
  (ctx, severity, out) => {
    let any = false;
    for (const c of narrativeOf(ctx).changes) {
      // last year's figure: this year's less the change, within the rounding of whichever is
      // printed coarser (`12345.67万元` less `0.12亿元` is 11,095.67 to 11,195.67 万元)
      const prior = spanMinus(c.current, c.delta);
      if (c.prior !== undefined) {
        any = true;
        if (agreement(c.prior, prior) === "differ")
          out.push(
            textFinding("final.narrative.growth", severity, "prior", c.text, {
              printed: w(c.prior),
              current: w(c.current),
              delta: w(c.delta),
              computed: w(prior.value),
            }),
          );
      }
      if (c.percent === undefined) continue;
      any = true;
      const magnitude = isNegative(c.delta) ? spanNegate(c.delta) : spanOf(c.delta);
      if (isZero(prior.value)) {
        // nothing then and nothing now (`增加0万元，增长0%`): no rate claimed on the zero base
        if (isZero(c.delta) && samePercent(c.percent, "0")) continue;
        out.push(
          textFinding("final.narrative.growth", severity, "zeroBase", c.text, {
            printed: c.percent,
            current: w(c.current),
            delta: w(c.delta),
          }),
        );
        continue;
      }
      const computed = percentOf(magnitude.value, prior.value, c.percent);
      const agrees = percentAgreement(magnitude, prior, c.percent);
      if (computed === undefined || agrees === "equal") continue;
      out.push(
        textFinding(
          "final.narrative.growth",
          agrees === "rounding" ? "info" : severity,
          "rate",
          c.text,
          {
            printed: c.percent,
            computed,
            delta: w(magnitude.value),
            prior: w(prior.value),
          },
        ),
      );
    }
    return any;
  },
);

/**
 * Whether the words before a 政府采购 total make it the department's own (`2024年度本部门`,
 * `上海市普陀区财政局2024年度`): nothing but its names, a year and words for itself; not a part's
 * (`其中本级`, a unit's name) nor words the check does not know.
 */
function ownTotal(lead: string, names: readonly string[]): boolean {
  let rest = nameKey(lead);
  for (const n of names) if (n !== "") rest = rest.replaceAll(n, "");
  return rest.replace(OWN_LEAD, "") === "";
}

/**
 * The 政府采购 total stated again (`2024年度本部门政府采购支出总额…` without its parts, and in
 * 十一(二) with them): each later statement of the department's own total in the same words, against
 * the first, within the rounding of the coarser.
 */
function restatedTotals(
  totals: readonly ProcurementTotal[],
  department: string,
  severity: Severity,
  out: Finding[],
): boolean {
  const names = acceptedNames(department);
  const first = new Map<string, ProcurementTotal>();
  let any = false;
  for (const t of totals) {
    if (!ownTotal(t.lead, names)) continue;
    const seen = first.get(t.words);
    if (seen === undefined) {
      first.set(t.words, t);
      continue;
    }
    any = true;
    if (agreement(seen.total, t.total) === "differ")
      out.push(
        textFinding(
          "final.narrative.procurement",
          severity,
          "restated",
          t.text,
          { total: w(seen.total), restated: w(t.total) },
          [],
          { actual: t.total, expected: seen.total },
        ),
      );
  }
  return any;
}

/**
 * 政府采购 货物 + 工程 + 服务 = 总额; what 中小企业 won is at most the total; the total stated again
 * is the same.
 */
export const finalProcurementRule: Rule = /*#__PURE__*/ narrativeRule(
  "final.narrative.procurement",
  ["政府采购金额 = 货物 + 工程 + 服务", "Procurement equals goods + works + services"],
  ["情况说明 十一(二)"],
  {
    sum: (f, l) =>
      zh(l)
        ? `政府采购金额为 ${wan(f, "total")}万元，货物、工程、服务之和为 ${wan(f, "sum")}万元。`
        : `Procurement is ${wan(f, "total")} 万元; goods + works + services give ${wan(f, "sum")} 万元.`,
    sme: (f, l) =>
      zh(l)
        ? `中小企业中标或成交的金额合计 ${wan(f, "sum")}万元，大于政府采购金额 ${wan(f, "total")}万元。`
        : `中小企业 won ${wan(f, "sum")} 万元 in all, more than the procurement total ${wan(f, "total")} 万元.`,
    restated: (f, l) =>
      zh(l)
        ? `政府采购金额前后不一：先为 ${wan(f, "total")}万元，此处为 ${wan(f, "restated")}万元。`
        : `The procurement total is ${wan(f, "total")} 万元 first and ${wan(f, "restated")} 万元 here.`,
    micro: (f, l) =>
      zh(l)
        ? `授予小微企业的合同金额 ${wan(f, "micro")}万元，大于授予中小企业的 ${wan(f, "sme")}万元（小微企业是中小企业的一部分）。`
        : `小微企业 were awarded ${wan(f, "micro")} 万元, more than the ${wan(f, "sme")} 万元 awarded to 中小企业 (which include them).`,
  },
  (ctx, severity, out) => {
    const { procurement: p, procurementTotals } = narrativeOf(ctx);
    if (p === undefined) return false;
    const department = ctx.disclosure.meta.department.name;
    let any = restatedTotals(procurementTotals ?? [], department, severity, out);
    const parts = [p.goods, p.works, p.services];
    if (parts.every((x) => x !== undefined)) {
      any = true;
      const sum = spanSum(parts as Amount[]);
      if (sum !== undefined && agreement(p.total, sum) === "differ")
        out.push(
          textFinding(
            "final.narrative.procurement",
            severity,
            "sum",
            p.text,
            {
              total: w(p.total),
              sum: w(sum.value),
            },
            [],
            { actual: p.total, expected: sum.value },
          ),
        );
    }
    // what 中小企业 won (reserved + other projects, or the national form's 授予中小企业合同金额, which
    // holds 小微企业's) is at most the total
    // (beyond the rounding of whichever is printed coarser: `0.31亿元` of `3050.12万元` may be all)
    const won =
      p.smeReserved !== undefined && p.smeOther !== undefined
        ? spanPlus(p.smeReserved, p.smeOther)
        : (p.smeAwarded ?? p.microAwarded);
    if (won !== undefined) {
      any = true;
      if (spanExceeds(won, p.total))
        out.push(
          textFinding("final.narrative.procurement", severity, "sme", p.text, {
            total: w(p.total),
            sum: w(spanOf(won).value),
          }),
        );
    }
    // 小微企业 are 中小企业: their awards are part of the 中小企业's
    if (p.smeAwarded !== undefined && p.microAwarded !== undefined) {
      any = true;
      if (spanExceeds(p.microAwarded, p.smeAwarded))
        out.push(
          textFinding("final.narrative.procurement", severity, "micro", p.text, {
            sme: w(p.smeAwarded),
            micro: w(p.microAwarded),
          }),
        );
    }
    return any;
  },
);

/** 机关运行经费 is at most 公用经费合计 (it covers only the 行政 and 参公 units' 公用经费). */
export const finalOperatingCostRule: Rule = /*#__PURE__*/ narrativeRule(
  "final.narrative.operatingCost",
  ["机关运行经费不大于公用经费合计", "Operating costs are at most the public spending total"],
  ["情况说明 十一(一)", "基本支出决算表 公用经费合计"],
  {
    bound: (f, l) =>
      zh(l)
        ? `机关运行经费 ${wan(f, "cost")}万元，大于公用经费合计 ${wan(f, "public")}万元。`
        : `Operating costs ${wan(f, "cost")} 万元 exceed the public spending total ${wan(f, "public")} 万元.`,
  },
  (ctx, severity, out) => {
    const cost = narrativeOf(ctx).operatingCost;
    const pub = printed(ctx, "spending", { fund: "gpb", nature: "basic.public" });
    if (cost === undefined || pub?.value == null) return false;
    if (spanExceeds(cost, pub.value))
      out.push(
        textFinding(
          "final.narrative.operatingCost",
          severity,
          "bound",
          "机关运行经费",
          {
            cost: w(cost),
            public: w(pub.value),
          },
          [pub],
        ),
      );
    return true;
  },
);
