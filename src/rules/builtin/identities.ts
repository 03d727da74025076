import type { Localized } from "../../locale";
import { comparedCells } from "../compared";
import { type AnyFact, isDerived } from "../derive";
import type { MessageLabels } from "../labels";
import { readingGaps } from "../reading-gaps";
import type { Comparisons, Finding, Rule, RuleContext, RuleResult, Severity } from "../types";
import { amountOf, atOf, fromOf, L, mismatchFinding, outcomeOf, p } from "./shared";
import { summarySums } from "./summary-sums";

const DECOMPOSITION_LABELS: Readonly<Record<string, Localized>> = {
  "fund.unitFunds": /*#__PURE__*/ L(
    "单位资金 = 事业收入 + 经营收入 + 上级补助 + 附属单位上缴 + 其他收入",
    "unit funds = the five unit sources",
  ),
  "fund.carryover": /*#__PURE__*/ L("上年结转结余 = 各资金结转之和", "carry-over = Σ its funds"),
  "fund.government": /*#__PURE__*/ L(
    "财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营",
    "appropriations = general + fund + state capital budgets",
  ),
  "fund.gpb.sources": /*#__PURE__*/ L(
    "一般公共预算资金 = 财政拨款 + 行政事业性收费 + 专项收入 + 国有资产资源有偿使用收入 + 其他 + 一般性转移支付 + 一般债券",
    "general budget funds = appropriations + fees + earmarked revenue + state assets + other + general transfers + general bonds",
  ),
  "fund.govFund.sources": /*#__PURE__*/ L(
    "政府性基金预算资金 = 政府性基金 + 专项债券",
    "government fund money = the funds + special bonds",
  ),
  "fund.carryover.byGovernment": /*#__PURE__*/ L(
    "结余结转 = 财政性资金 + 财政专户 + 单位资金结余结转",
    "carry-over = fiscal + special account + unit funds carried over",
  ),
  "fund.total": /*#__PURE__*/ L("合计 = 各资金来源之和", "total = Σ fund sources"),
  "fund.total.final": /*#__PURE__*/ L(
    "本年收入合计 = 财政拨款 + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他收入",
    "this year's revenue = appropriations + superior grants + business + operating + affiliates + other",
  ),
  "surplusDistribution.parts": /*#__PURE__*/ L(
    "结余分配 = 交纳所得税 + 提取职工福利基金 + 转入非财政拨款结余 + 其他",
    "surplus distribution = income tax + welfare fund + to non-fiscal surplus + other",
  ),
  "fund.total.byGovernment": /*#__PURE__*/ L(
    "合计 = 财政拨款 + 财政专户 + 单位资金",
    "total = appropriations + special account + unit funds",
  ),
  "procurement.categories": /*#__PURE__*/ L(
    "政府采购 = 货物 + 工程 + 服务",
    "procurement = goods + works + services",
  ),
  "nature.personnel": /*#__PURE__*/ L(
    "人员经费 = 工资福利支出 + 对个人和家庭的补助",
    "personnel = 301 + 303",
  ),
  "nature.public": /*#__PURE__*/ L("公用经费 = 商品和服务支出 + 资本性支出", "public = 302 + 310"),
  "nature.personnel.byClass": /*#__PURE__*/ L(
    "人员经费 = 工资福利支出 + 对个人和家庭的补助（按经济分类的基本支出）",
    "personnel = basic 301 + 303",
  ),
  "nature.public.byClass": /*#__PURE__*/ L(
    "公用经费 = 商品和服务支出 + 资本性支出（按经济分类的基本支出）",
    "public = basic 302 + 310",
  ),
  "nature.basic": /*#__PURE__*/ L("基本支出 = 人员经费 + 公用经费", "basic = personnel + public"),
  "nature.project": /*#__PURE__*/ L(
    "项目支出 = 其他运转类 + 特定目标类",
    "project = other operating + specific",
  ),
  "nature.total": /*#__PURE__*/ L("合计 = 基本支出 + 项目支出", "total = basic + project"),
  "sanGong.vehicles": /*#__PURE__*/ L(
    "公务用车购置及运行费 = 购置费 + 运行费",
    "vehicles = purchase + operation",
  ),
  "sanGong.total": /*#__PURE__*/ L(
    "“三公”经费 = 出国 + 公务用车 + 接待",
    "three public expenses = abroad + vehicles + reception",
  ),
  "revenue.total": /*#__PURE__*/ L(
    "收入总计 = 本年收入 + 上年结转结余",
    "total revenue = this year + carry-over",
  ),
  "spending.total": /*#__PURE__*/ L(
    "支出总计 = 本年支出 + 年终结转结余",
    "total spending = this year + carry-forward",
  ),
  balance: /*#__PURE__*/ L("收入总计 = 支出总计", "total revenue = total spending"),
  // a literal key, not `[SUMMARY_LINES]`: a computed key keeps the whole map in every bundle
  "summary.lines": /*#__PURE__*/ L(
    "本表该侧在其上所列各行之和（未列的行为无）",
    "the sum of the lines this side of the table prints above it (a line not printed being none)",
  ),
  "revenue.byFunction": /*#__PURE__*/ L(
    "本年收入 = 本年支出（按功能分类科目逐项，无结转）",
    "this year's revenue = this year's spending (科目 by 科目, no carry-over)",
  ),
};

/** Which sum a comparison used: `same`, `rollup` or a decomposition id. */
function viaOf(expected: { via?: { kind: string; id?: string } }): string {
  const via = expected.via;
  if (via === undefined) return "same";
  if (via.kind === "rollup") return "rollup";
  return via.id ?? "";
}

/** The words for a `via` param. */
function how(via: string): Localized {
  if (via === "same") return L("同一数字在另一处的印刷值", "the same figure printed elsewhere");
  if (via === "rollup") return L("下级行之和", "the sum of its child rows");
  return DECOMPOSITION_LABELS[via] ?? L(via, via);
}

/**
 * Why a comparison could not be decided, by its `reason` param: the table has rows or columns the
 * reader could not place (`unread`), or the sum leaves out rows whose attribute (项目类型) is
 * blank or not one the template knows (`partial`).
 */
const INCOMPLETE_REASONS: Readonly<Record<string, Localized>> = {
  unread: /*#__PURE__*/ L(
    "但该表有未能识别的行或列，无法判断",
    "but the table has rows or columns the reader could not place: not checked",
  ),
  partial: /*#__PURE__*/ L(
    "但有行的分类（如项目类型）空白或未能识别，未计入该和，无法判断",
    "but rows whose category (such as 项目类型) is blank or not recognised are left out of the sum: not checked",
  ),
};

/**
 * The reason an incomplete comparison's sum is incomplete (see {@link INCOMPLETE_REASONS}): a
 * table of the sum (or of a sum it adds up) with rows or cells the reader could not place, else
 * rows of an unknown attribute left out.
 */
function reasonOf(ctx: RuleContext, facts: readonly AnyFact[]): string {
  const unread = (f: AnyFact): boolean => {
    if (!isDerived(f) || f.incomplete !== true) return false;
    const lt = ctx.tables.find((t) => t.table.kind === f.table);
    const gaps = lt === undefined ? undefined : readingGaps(lt);
    return (
      gaps?.rows === true || gaps?.lines === true || gaps?.split === true || f.parts.some(unread)
    );
  };
  return facts.some(unread) ? "unread" : "partial";
}

/**
 * The rule's comparisons: the check's, and a 收支总表's totals against its own lines where the
 * check derives no such sum (see {@link summarySums}).
 */
function comparisonsOf(ctx: RuleContext, id: string): readonly Comparisons[] {
  const c = ctx.comparisons.get(id);
  const own =
    id === "funds" || id === "nature" || id === "rollup" ? summarySums(ctx).get(id) : undefined;
  const out: Comparisons[] = [];
  if (c !== undefined && c.count > 0) out.push(c);
  if (own !== undefined && own.count > 0) out.push(own);
  return out;
}

/**
 * The findings less those repeating one on the same cell by the same sum to the same figure (a
 * 类's total column met by its 款 rows' 合计 column and by their 人员经费 column, one identity
 * derived twice): one finding per cell and broken identity. A printed figure found elsewhere
 * (`same`) is kept each time, as each cites another cell. One pass.
 */
function oncePerCell(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const via = f.params.via;
    const at = f.path;
    if (via !== "same" && at !== undefined) {
      const key = `${at.table}\u0000${at.row}\u0000${at.column}\u0000${via}\u0000${f.params.status}\u0000${f.expected}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(f);
  }
  return out;
}

function check(id: string) {
  return (ctx: RuleContext, severity: Severity): RuleResult => {
    const all = comparisonsOf(ctx, id);
    if (all.length === 0) return { outcome: "not-applicable", findings: [], checked: [] };
    const findings = oncePerCell(
      all
        .flatMap((c) => c.mismatches)
        .filter((m) => m.status !== "truncated")
        .map((m): Finding => {
          const extra = {
            status: m.status,
            via: viaOf(m.expected as { via?: { kind: string; id?: string } }),
          };
          if (m.status === "incomplete")
            return {
              ...mismatchFinding(id, "info", m.expected, m.actual, {
                ...extra,
                reason: reasonOf(ctx, [m.expected, m.actual]),
              }),
              outcome: "insufficient-data",
            };
          return mismatchFinding(
            id,
            m.status === "rounding" ? "info" : severity,
            m.expected,
            m.actual,
            extra,
          );
        }),
    );
    const outcome = outcomeOf(findings, true);
    const unsure = outcome === "pass" && findings.some((f) => f.outcome === "insufficient-data");
    return {
      outcome: unsure ? "insufficient-data" : outcome,
      findings,
      checked: all.length === 1 ? comparedCells(all[0] as Comparisons) : all.flatMap(comparedCells),
    };
  };
}

const message = (f: Finding, labels: MessageLabels): Localized => {
  const at = atOf(f, labels, false);
  const from = fromOf(f, labels);
  const h = how(p(f, "via"));
  if (p(f, "status") === "incomplete") {
    const why = INCOMPLETE_REASONS[p(f, "reason")] ?? (INCOMPLETE_REASONS.unread as Localized);
    return L(
      `${at["zh-CN"]} 为 ${amountOf(f, "actual", "zh-CN")}，按 ${h["zh-CN"]} 得 ${amountOf(f, "expected", "zh-CN")}（${from["zh-CN"]}），${why["zh-CN"]}。`,
      `${at.en} is ${amountOf(f, "actual", "en")} and ${h.en} gives ${amountOf(f, "expected", "en")} (${from.en}), ${why.en}.`,
    );
  }
  return p(f, "status") === "rounding"
    ? L(
        `${at["zh-CN"]} 为 ${amountOf(f, "actual", "zh-CN")}，按 ${h["zh-CN"]} 应为 ${amountOf(f, "expected", "zh-CN")}（${from["zh-CN"]}），相差 ${p(f, "difference")}${p(f, "unit")}，可由不同精度的四舍五入解释。`,
        `${at.en} is ${amountOf(f, "actual", "en")}; by ${h.en} it should be ${amountOf(f, "expected", "en")} (${from.en}); the difference ${p(f, "difference")} ${p(f, "unit")} is within rounding of the printed precisions.`,
      )
    : L(
        `${at["zh-CN"]} 为 ${amountOf(f, "actual", "zh-CN")}，按 ${h["zh-CN"]} 应为 ${amountOf(f, "expected", "zh-CN")}（${from["zh-CN"]}），相差 ${p(f, "difference")}${p(f, "unit")}。`,
        `${at.en} is ${amountOf(f, "actual", "en")}, but ${h.en} gives ${amountOf(f, "expected", "en")} (${from.en}): a difference of ${p(f, "difference")} ${p(f, "unit")}.`,
      );
};

/** An identity rule; `sums` when it compares figures with sums of printed ones (see `Rule.sums`). */
function identity(
  id: string,
  domain: string,
  reads: readonly string[],
  title: Localized,
  sums = true,
): Rule {
  return { id, severity: "error", domain, reads, title, message, check: check(id), sums };
}

/** I1 收入总计 = 支出总计. @internal */
export const balanceRule = /*#__PURE__*/ identity(
  "balance",
  "I1",
  ["revenue.total", "spending.total"],
  /*#__PURE__*/ L("收支平衡：收入总计 = 支出总计", "Balance: total revenue equals total spending"),
);
/** I2 totals. @internal */
export const totalsRule = /*#__PURE__*/ identity(
  "totals",
  "I2",
  ["revenue", "revenue.carryover", "spending", "spending.carryforward"],
  /*#__PURE__*/ L("总计 = 本年 + 结转", "Totals: this year plus carry-over"),
);
/** I4–I6 nature decompositions. @internal */
export const natureRule = /*#__PURE__*/ identity(
  "nature",
  "I4 I5 I6",
  ["spending"],
  /*#__PURE__*/ L(
    "支出性质分解：合计 = 基本 + 项目，基本 = 人员 + 公用，人员 = 301 + 303，公用 = 302 + 310，项目 = 其他运转 + 特定目标",
    "Spending nature decompositions (I4–I6)",
  ),
);
/** I7 fund decompositions. @internal */
export const fundsRule = /*#__PURE__*/ identity(
  "funds",
  "I7",
  ["revenue", "spending"],
  /*#__PURE__*/ L("资金来源分解：合计 = 各来源之和", "Fund source decompositions (I7)"),
);
/** I12 三公 sums. @internal */
export const sanGongSumRule = /*#__PURE__*/ identity(
  "sanGong.sum",
  "I12",
  ["sanGong"],
  /*#__PURE__*/ L(
    "“三公”经费 = 出国 + 车辆（购置 + 运行）+ 接待",
    "Three public expenses add up (I12)",
  ),
);
/** I3 / I6 / I16 row roll-ups. @internal */
export const rollupRule = /*#__PURE__*/ identity(
  "rollup",
  "I3 I6 I16",
  ["all tables with code, unit or project rows"],
  /*#__PURE__*/ L(
    "行汇总：类 = Σ款 = Σ项，合计 = Σ单位 / Σ项目",
    "Row roll-ups: a class equals its sections and items; totals equal units or projects (I3, I6, I16)",
  ),
);
/** I8–I11 the same fact printed in several places. @internal */
export const sameFactRule = /*#__PURE__*/ identity(
  "same-fact",
  "I8 I9 I10 I11",
  ["every fact printed more than once"],
  /*#__PURE__*/ L("同一数字在各表一致", "The same figure agrees across tables (I8–I11)"),
  false,
);

/** A value truncated instead of rounded half-up. @internal */
export const truncatedRule: Rule = {
  id: "precision.truncated",
  severity: "warning",
  domain: "precision",
  reads: ["every comparison across precisions"],
  title: /*#__PURE__*/ L("截尾而非四舍五入", "Truncated instead of rounded"),
  message: (f, labels) => {
    const at = atOf(f, labels, false);
    const from = fromOf(f, labels);
    return L(
      `${at["zh-CN"]} 为 ${amountOf(f, "actual", "zh-CN")}，与 ${amountOf(f, "expected", "zh-CN")}（${from["zh-CN"]}）只在截尾（而非四舍五入）时相符。`,
      `${at.en} is ${amountOf(f, "actual", "en")}: it matches ${amountOf(f, "expected", "en")} (${from.en}) only if truncated, not rounded half-up.`,
    );
  },
  check: (ctx, severity) => {
    const findings = [...ctx.comparisons.values()].flatMap((c) =>
      c.mismatches
        .filter((m) => m.status === "truncated")
        .map((m) => mismatchFinding("precision.truncated", severity, m.expected, m.actual)),
    );
    const any = [...ctx.comparisons.values()].some((c) => c.count > 0);
    return { outcome: outcomeOf(findings, any), findings, checked: [] };
  },
};
