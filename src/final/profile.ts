import { DECOMPOSITIONS, type Decomposition } from "../facts";
import { EITHER_WAY_CLASSES, PERSONNEL_CLASSES, PUBLIC_CLASSES } from "../facts/basic-classes";
import { shanghaiMeasures } from "../measures";
import { RULES } from "../rules/profiles";
import type { Profile } from "../rules/types";
import { FINAL_NARRATIVE_RULES } from "./narrative";
import { fiscalWithinRule } from "./rules/fiscal-within";

export { PERSONNEL_CLASSES, PUBLIC_CLASSES } from "../facts/basic-classes";

const basicOn = (econ: string) => ({ coords: { nature: "basic", econ } });

/**
 * 人员经费 = 301 + 303 and 公用经费 = 302 + every other class printed (310, 399, 309, 307 …: see
 * {@link PUBLIC_CLASSES}) where, as in the 决算 基本支出表, one 决算数 column states basic spending by
 * 经济分类 and the footer prints 人员经费合计 / 公用经费合计.
 */
const BASIC_BY_CLASS: readonly Decomposition[] = [
  {
    id: "nature.personnel.byClass",
    rule: "nature",
    parent: { coords: { nature: "basic.personnel", econ: null } },
    children: PERSONNEL_CLASSES.map(basicOn),
    // a class printers class either way (399), printed in the 人员经费 section: its figure is
    // 人员经费's (`section-classed.ts`); elsewhere it is 公用经费's, as canonical
    optional: EITHER_WAY_CLASSES.map((econ) => ({ coords: { nature: "basic.personnel", econ } })),
  },
  {
    id: "nature.public.byClass",
    rule: "nature",
    parent: { coords: { nature: "basic.public", econ: null } },
    children: [basicOn("302")],
    optional: PUBLIC_CLASSES.filter((c) => c !== "302").map(basicOn),
  },
];

/** A revenue pattern on the fund alone. */
const revenue = (fund: string | null) => ({ concept: "revenue" as const, coords: { fund } });

/**
 * 本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入: the
 * 决算's sources (no 财政专户, which the budget's `fund.total` needs), per 科目 in the 收入决算表 and
 * in the 总表 (where 财政拨款 is the sum of its three funds). Only where every source is printed.
 */
const REVENUE_BY_SOURCE: Decomposition = {
  id: "fund.total.final",
  rule: "funds",
  alternativeTo: "fund.total.byGovernment",
  parent: revenue(null),
  children: [
    revenue("government"),
    revenue("superior"),
    revenue("business"),
    revenue("operating"),
    revenue("affiliated"),
    revenue("other"),
  ],
};

/** A part of 结余分配 (`category` as the 总表's lines under it state it). */
const surplus = (category: string | null) => ({
  concept: "spending.surplusDistribution" as const,
  coords: { category },
});

/**
 * 结余分配 = 交纳所得税 + 提取职工福利基金 + 转入非财政拨款结余 + 其他 (+ 提取专用结余 where printed): only
 * where the 总表 prints every part with its 其他 (a list of 其中 lines without it need not be whole).
 */
const SURPLUS_BY_PART: Decomposition = {
  id: "surplusDistribution.parts",
  rule: "totals",
  parent: surplus(null),
  children: [
    surplus("incomeTax"),
    surplus("welfareFund"),
    surplus("toNonFiscal"),
    surplus("other"),
  ],
  optional: [surplus("specialFund")],
};

/** The built-in decompositions with the 决算's: by class first, by source after the funds' own. */
function finalDecompositions(): readonly Decomposition[] {
  const byFunds = DECOMPOSITIONS.flatMap((d) =>
    d.id === "fund.total.byGovernment" ? [d, REVENUE_BY_SOURCE] : [d],
  );
  return [SURPLUS_BY_PART, ...BASIC_BY_CLASS, ...byFunds];
}

/**
 * The checking profile of a 部门决算 (`final2024`): the built-in table rules over the same fact
 * model as a budget. The 决算 identities are the built-in decompositions, which take the 决算
 * parts where printed: 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计 = 本年支出合计 + 结余分配 +
 * 年末结转和结余 (`totals`, `balance`, also per fund in the 财政拨款 summary); 本年收入合计 = 财政拨款 +
 * 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他收入 (`funds`, per 科目 in the 收入决算表); 本年支出 = 基本 + 项目 +
 * 上缴上级 + 经营 + 对附属单位补助 and 人员经费 = 301 + 303, 公用经费 = 302 + the other classes printed (`nature`); 类 = Σ款 =
 * Σ项 (`rollup`); 三公 预算数 and 决算数 each add up (`sanGong.sum`); the same figure wherever it is
 * printed (`same-fact`); and the 财政拨款 figures are at most the all-funds ones on the same 科目
 * (`final.fiscalWithin`: the 支出决算表 and the 一般公共预算表 differ only by non-fiscal money). Unlike a Shanghai budget, revenue does not equal spending 科目 by 科目 (a
 * 决算 carries balances over). 三公 and 机关运行经费 are the Shanghai definitions.
 *
 * @example
 * ```ts
 * import { finalProfile } from "yusuan/final";
 * finalProfile.id; // "final"
 * finalProfile.rules.some((r) => r.id === "same-fact"); // true
 * ```
 */
export const finalProfile: Profile = {
  id: "final",
  rules: /*#__PURE__*/ RULES.concat([fiscalWithinRule], FINAL_NARRATIVE_RULES),
  definitions: {
    ...shanghaiMeasures,
    decompositions: /*#__PURE__*/ finalDecompositions(),
  },
};
