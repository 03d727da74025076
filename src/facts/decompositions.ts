import { PERSONNEL_CLASSES, PUBLIC_CLASSES, PUBLIC_CORE_CLASSES } from "./basic-classes";
import type { Concept, Dimension } from "./types";

/**
 * A coordinate pattern: for each named dimension, the value it must have (`null` = absent, i.e.
 * the total over that dimension), and optionally the concept.
 *
 * @example
 * ```ts
 * import type { CoordinatePattern } from "yusuan";
 * const p: CoordinatePattern = { coords: { nature: "basic.personnel", econ: "301" } };
 * ```
 */
export interface CoordinatePattern {
  readonly concept?: Concept;
  readonly coords: Readonly<Partial<Record<Dimension, string | null>>>;
}

/**
 * A summation relationship as data: at any coordinates, the parent equals the sum of the
 * children (optional children count when printed). A decomposition with one child is an identity
 * (收入总计 = 支出总计).
 *
 * @example
 * ```ts
 * import type { Decomposition } from "yusuan";
 * const d: Decomposition = {
 *   id: "nature.project",
 *   rule: "nature",
 *   parent: { coords: { nature: "project" } },
 *   children: [{ coords: { nature: "project.operating" } }, { coords: { nature: "project.specific" } }],
 * };
 * ```
 */
export interface Decomposition {
  readonly id: string;
  /** The id of the rule that reports a break of this relationship. */
  readonly rule: string;
  readonly parent: CoordinatePattern;
  readonly children: readonly CoordinatePattern[];
  readonly optional?: readonly CoordinatePattern[];
  /**
   * The id of an equivalent decomposition of the same parent listed earlier: where that one
   * applies, this one stands aside, so one broken total gives one finding.
   */
  readonly alternativeTo?: string;
}

/** Basic spending on an economic 类 of 人员经费 / 公用经费. */
const personnelOn = (econ: string): CoordinatePattern => ({
  coords: { nature: "basic.personnel", econ },
});
const publicOn = (econ: string): CoordinatePattern => ({
  coords: { nature: "basic.public", econ },
});

/** A pattern on the fund alone (pure: a bundle that does not read DECOMPOSITIONS drops it). */
const fund = /*#__NO_SIDE_EFFECTS__*/ (f: string | null): CoordinatePattern => ({
  coords: { fund: f },
});

/**
 * The built-in decompositions (DOMAIN §2 and §4: I1, I2, I4, I5, I6, I7, I12, and 政府采购 = 货物 +
 * 工程 + 服务), ordered bottom-up
 * so a derived part can feed a later whole.
 *
 * @example
 * ```ts
 * import { DECOMPOSITIONS } from "yusuan";
 * DECOMPOSITIONS.some((d) => d.id === "sanGong.total"); // true
 * ```
 */
export const DECOMPOSITIONS: readonly Decomposition[] = [
  {
    id: "fund.unitFunds",
    rule: "funds",
    parent: fund("unitFunds"),
    children: [
      fund("business"),
      fund("operating"),
      fund("superior"),
      fund("affiliated"),
      fund("other"),
    ],
  },
  {
    id: "fund.carryover",
    rule: "funds",
    parent: fund("carryover"),
    children: [fund("carryover.gpb"), fund("carryover.govFund"), fund("carryover.soe")],
    optional: [fund("carryover.specialAccount"), fund("carryover.unitFunds")],
  },
  {
    id: "fund.gpb.sources",
    rule: "funds",
    parent: fund("gpb"),
    children: [
      fund("gpb.grant"),
      fund("gpb.fees"),
      fund("gpb.special"),
      fund("gpb.assets"),
      fund("gpb.otherSources"),
      fund("gpb.transfer"),
      fund("gpb.bonds"),
    ],
  },
  {
    id: "fund.govFund.sources",
    rule: "funds",
    parent: fund("govFund"),
    children: [fund("govFund.own"), fund("govFund.bonds")],
  },
  {
    id: "fund.carryover.byGovernment",
    rule: "funds",
    alternativeTo: "fund.carryover",
    parent: fund("carryover"),
    children: [
      fund("carryover.government"),
      fund("carryover.specialAccount"),
      fund("carryover.unitFunds"),
    ],
  },
  {
    id: "fund.government",
    rule: "funds",
    parent: fund("government"),
    children: [fund("gpb"), fund("govFund"), fund("soe")],
  },
  {
    id: "fund.total",
    rule: "funds",
    parent: fund(null),
    children: [
      fund("gpb"),
      fund("govFund"),
      fund("soe"),
      fund("specialAccount"),
      fund("unitFunds"),
    ],
    optional: [fund("carryover"), fund("businessFund")],
  },
  {
    id: "fund.total.byGovernment",
    rule: "funds",
    alternativeTo: "fund.total",
    parent: fund(null),
    children: [fund("government"), fund("specialAccount"), fund("unitFunds")],
    optional: [fund("carryover"), fund("businessFund")],
  },
  // A table splitting each fund's spending into 本年拨款 and 结转结余 (the 项目支出表 with a carry-over):
  // its whole by those parts (listed after the ones above, which take `gpb` as this year's money
  // beside a `carryover` of its own), and each fund's spending, carry-over included.
  {
    id: "fund.total.current.government",
    rule: "funds",
    parent: fund(null),
    children: [
      fund("gpb.current"),
      fund("govFund.current"),
      fund("soe.current"),
      fund("carryover.government"),
      fund("specialAccount"),
      fund("unitFunds"),
    ],
    optional: [fund("carryover.specialAccount"), fund("carryover.unitFunds"), fund("businessFund")],
  },
  {
    id: "fund.total.current",
    rule: "funds",
    alternativeTo: "fund.total.current.government",
    parent: fund(null),
    children: [
      fund("gpb.current"),
      fund("govFund.current"),
      fund("soe.current"),
      fund("specialAccount"),
      fund("unitFunds"),
    ],
    optional: [fund("carryover"), fund("businessFund")],
  },
  // A fund's spending = this year's appropriation + what its carry-over pays for (written out: a
  // call at the module's top would keep the list in every bundle importing the module).
  {
    id: "fund.gpb.carried",
    rule: "funds",
    parent: fund("gpb"),
    children: [fund("gpb.current"), fund("carryover.gpb")],
  },
  {
    id: "fund.govFund.carried",
    rule: "funds",
    parent: fund("govFund"),
    children: [fund("govFund.current"), fund("carryover.govFund")],
  },
  {
    id: "fund.soe.carried",
    rule: "funds",
    parent: fund("soe"),
    children: [fund("soe.current"), fund("carryover.soe")],
  },
  {
    id: "fund.government.carried",
    rule: "funds",
    parent: fund("government"),
    children: [
      fund("gpb.current"),
      fund("govFund.current"),
      fund("soe.current"),
      fund("carryover.government"),
    ],
  },
  {
    id: "nature.personnel",
    rule: "nature",
    parent: { coords: { nature: "basic.personnel", econ: null } },
    children: /*#__PURE__*/ PERSONNEL_CLASSES.map(personnelOn),
  },
  {
    // 302 + 310, and the other 公用经费 类 (399, 309, 307 …) where a table prints them
    id: "nature.public",
    rule: "nature",
    parent: { coords: { nature: "basic.public", econ: null } },
    children: /*#__PURE__*/ PUBLIC_CORE_CLASSES.map(publicOn),
    optional: /*#__PURE__*/ PUBLIC_CLASSES.filter((c) => !PUBLIC_CORE_CLASSES.includes(c)).map(
      publicOn,
    ),
  },
  {
    id: "nature.basic",
    rule: "nature",
    parent: { coords: { nature: "basic" } },
    children: [{ coords: { nature: "basic.personnel" } }, { coords: { nature: "basic.public" } }],
  },
  {
    id: "nature.project",
    rule: "nature",
    parent: { coords: { nature: "project" } },
    children: [
      { coords: { nature: "project.operating" } },
      { coords: { nature: "project.specific" } },
    ],
  },
  {
    id: "nature.total",
    rule: "nature",
    parent: { coords: { nature: null } },
    children: [{ coords: { nature: "basic" } }, { coords: { nature: "project" } }],
    // 决算: 上缴上级支出, 经营支出, 对附属单位补助支出 count where printed.
    optional: [
      { coords: { nature: "remittance" } },
      { coords: { nature: "operations" } },
      { coords: { nature: "affiliates" } },
    ],
  },
  {
    id: "sanGong.vehicles",
    rule: "sanGong.sum",
    parent: { concept: "sanGong", coords: { item: "vehicles" } },
    children: [
      { concept: "sanGong", coords: { item: "vehicles.purchase" } },
      { concept: "sanGong", coords: { item: "vehicles.operation" } },
    ],
  },
  {
    id: "sanGong.total",
    rule: "sanGong.sum",
    parent: { concept: "sanGong", coords: { item: null } },
    children: [
      { concept: "sanGong", coords: { item: "abroad" } },
      { concept: "sanGong", coords: { item: "vehicles" } },
      { concept: "sanGong", coords: { item: "reception" } },
    ],
  },
  // 政府采购 = 货物 + 工程 + 服务 (the 政府采购预算表's columns, and a narrative's figures).
  {
    id: "procurement.categories",
    rule: "totals",
    parent: { concept: "procurement", coords: { category: null } },
    children: [
      { concept: "procurement", coords: { category: "货物" } },
      { concept: "procurement", coords: { category: "工程" } },
      { concept: "procurement", coords: { category: "服务" } },
    ],
  },
  {
    id: "revenue.total",
    rule: "totals",
    parent: { concept: "revenue.total", coords: {} },
    children: [
      { concept: "revenue", coords: {} },
      { concept: "revenue.carryover", coords: {} },
    ],
    optional: [{ concept: "revenue.surplusUsed", coords: {} }],
  },
  {
    id: "spending.total",
    rule: "totals",
    parent: { concept: "spending.total", coords: {} },
    children: [
      { concept: "spending", coords: {} },
      { concept: "spending.carryforward", coords: {} },
    ],
    optional: [{ concept: "spending.surplusDistribution", coords: {} }],
  },
  {
    id: "balance",
    rule: "balance",
    parent: { concept: "revenue.total", coords: {} },
    children: [{ concept: "spending.total", coords: {} }],
  },
];

/**
 * This year's revenue equals this year's spending at every 科目 and fund source, where the
 * revenue table is by function and no carry-over is budgeted (Shanghai: the 收入预算总表 by
 * 功能分类科目 against the 支出预算总表, code by code). Not part of {@link DECOMPOSITIONS}: a profile
 * whose template prints revenue by function without carry-over adds it; its breaks are reported
 * by the `balance` rule.
 *
 * @example
 * ```ts
 * import { REVENUE_BY_FUNCTION } from "yusuan";
 * REVENUE_BY_FUNCTION.rule; // "balance"
 * ```
 */
export const REVENUE_BY_FUNCTION: Decomposition = {
  id: "revenue.byFunction",
  rule: "balance",
  parent: { concept: "spending", coords: {} },
  children: [{ concept: "revenue", coords: {} }],
};
