import type { Amount } from "../amount";

/**
 * The closed vocabulary of concepts a disclosure cell can state. Every cell of the Henan 2024,
 * Shanghai and national-minimum templates maps to one of these plus {@link Coordinates}.
 *
 * | concept | 中文 | meaning |
 * |---|---|---|
 * | `revenue.total` | 收入总计 | this year's income plus carry-over |
 * | `revenue` | 本年收入 | income of the year, by fund source |
 * | `revenue.carryover` | 上年结转结余 | carried over from last year, by fund |
 * | `spending.total` | 支出总计 | this year's spending plus carry-forward |
 * | `spending` | 本年支出 | spending, by function, economic code, nature, fund, project |
 * | `spending.carryforward` | 年终结转结余 | carried forward to next year |
 * | `sanGong` | “三公”经费 | by item (出国, 车辆购置 / 运行, 接待) |
 * | `operatingCost` | 机构运转经费 / 机关运行经费 | by economic code and 项目类别 |
 * | `procurement` | 政府采购预算 | government procurement budget |
 * | `revenue.surplusUsed` | 使用非财政拨款结余 | (决算) non-fiscal surplus drawn on this year; in a 预算, 用事业基金弥补收支差额 printed after 本年收入合计 (outside it) |
 * | `spending.surplusDistribution` | 结余分配 | (决算) surplus distributed (e.g. to funds) |
 *
 * A 决算 (final accounts, see `DisclosureMeta.stage`) states the same concepts: its facts are the
 * outcome (决算数); 年初结转和结余 is `revenue.carryover`, 年末结转和结余 `spending.carryforward`.
 *
 * @example
 * ```ts
 * import { CONCEPTS } from "yusuan";
 * CONCEPTS.includes("sanGong"); // true
 * ```
 */
export const CONCEPTS = [
  "revenue.total",
  "revenue",
  "revenue.carryover",
  "spending.total",
  "spending",
  "spending.carryforward",
  "sanGong",
  "operatingCost",
  "procurement",
  "revenue.surplusUsed",
  "spending.surplusDistribution",
] as const;

/**
 * A concept of the fact vocabulary: see {@link CONCEPTS}.
 *
 * @example
 * ```ts
 * import type { Concept } from "yusuan";
 * const c: Concept = "spending";
 * ```
 */
export type Concept = (typeof CONCEPTS)[number];

/**
 * Fund sources (资金来源). `gpb.grant` (其中：财政拨款) is an "of which" part of `gpb`, not a
 * summand; `government` (财政拨款 / 政府预算资金) = `gpb` + `govFund` + `soe`; `unitFunds` (单位资金) =
 * `business` + `operating` + `superior` + `affiliated` + `other`; `carryover` (spending paid from
 * 上年结转结余) = `carryover.gpb` + `carryover.govFund` + `carryover.soe` + `carryover.specialAccount` +
 * `carryover.unitFunds` (or `carryover.government` 财政性资金结余结转 + the last two); `businessFund` is
 * 用事业基金弥补收支差额 printed among the sources (inside 本年收入合计; printed after it, the line
 * states `revenue.surplusUsed`). Where a table breaks 一般公共预算资金 down by source (Henan 机构运转经费表),
 * `gpb` = `gpb.grant` 财政拨款 + `gpb.fees` 行政事业性收费 + `gpb.special` 专项收入 + `gpb.assets`
 * 国有资产资源有偿使用收入 + `gpb.otherSources` + `gpb.transfer` 一般性转移支付 + `gpb.bonds` 一般债券, and
 * `govFund` = `govFund.own` + `govFund.bonds` 专项债券. A fund's spending (`gpb`, the 财政拨款收支总表's
 * and the 一般公共预算支出表's 一般公共预算) holds what its 上年结转 pays for; where a table splits it
 * (the 项目支出表's 本年拨款 beside its 财政拨款结转结余), `gpb` = `gpb.current` 本年拨款 +
 * `carryover.gpb`, and so for `govFund.current` and `soe.current`; `gpb.grant.current` is the
 * 其中：财政拨款 of `gpb.current` (a part of `gpb.grant`, its carried-over part unprinted).
 *
 * @example
 * ```ts
 * import { FUNDS } from "yusuan";
 * FUNDS.includes("govFund"); // true
 * ```
 */
export const FUNDS = [
  "government",
  "gpb",
  "gpb.grant",
  "gpb.fees",
  "gpb.special",
  "gpb.assets",
  "gpb.otherSources",
  "gpb.transfer",
  "gpb.bonds",
  "gpb.current",
  "gpb.grant.current",
  "govFund",
  "govFund.own",
  "govFund.bonds",
  "govFund.current",
  "soe",
  "soe.current",
  "specialAccount",
  "unitFunds",
  "business",
  "operating",
  "superior",
  "affiliated",
  "other",
  "businessFund",
  "carryover",
  "carryover.government",
  "carryover.gpb",
  "carryover.govFund",
  "carryover.soe",
  "carryover.specialAccount",
  "carryover.unitFunds",
] as const;

/**
 * A fund source: see {@link FUNDS}.
 *
 * @example
 * ```ts
 * import type { Fund } from "yusuan";
 * const f: Fund = "gpb"; // 一般公共预算
 * ```
 */
export type Fund = (typeof FUNDS)[number];

/**
 * Spending nature: 基本支出 (`basic` = `basic.personnel` 人员经费 + `basic.public` 公用经费) and 项目支出
 * (`project` = `project.operating` 其他运转类 + `project.specific` 特定目标类); in a 决算 also
 * `remittance` 上缴上级支出, `operations` 经营支出 and `affiliates` 对附属单位补助支出, which with
 * 基本 and 项目 make up 本年支出合计.
 *
 * @example
 * ```ts
 * import { NATURES } from "yusuan";
 * NATURES.length; // 9
 * ```
 */
export const NATURES = [
  "basic",
  "basic.personnel",
  "basic.public",
  "project",
  "project.operating",
  "project.specific",
  "remittance",
  "operations",
  "affiliates",
] as const;

/**
 * A spending nature: see {@link NATURES}.
 *
 * @example
 * ```ts
 * import type { Nature } from "yusuan";
 * const n: Nature = "project.specific"; // 特定目标类
 * ```
 */
export type Nature = (typeof NATURES)[number];

/**
 * Items of 三公经费: `abroad` 因公出国（境）费, `vehicles` 公务用车购置及运行费 (= `vehicles.purchase` +
 * `vehicles.operation`), `reception` 公务接待费 (其中 `reception.domestic` 国内接待费 and
 * `reception.foreign` 外事 / 国（境）外接待费, where printed: parts, at most it, not its sum).
 * Absent item = the 三公 total.
 *
 * @example
 * ```ts
 * import { SAN_GONG_ITEMS } from "yusuan";
 * SAN_GONG_ITEMS[0]; // "abroad"
 * ```
 */
export const SAN_GONG_ITEMS = [
  "abroad",
  "vehicles",
  "vehicles.purchase",
  "vehicles.operation",
  "reception",
  "reception.domestic",
  "reception.foreign",
] as const;

/**
 * A 三公 item: see {@link SAN_GONG_ITEMS}.
 *
 * @example
 * ```ts
 * import type { SanGongItem } from "yusuan";
 * const i: SanGongItem = "reception";
 * ```
 */
export type SanGongItem = (typeof SAN_GONG_ITEMS)[number];

/**
 * Where a fact sits. Every coordinate is optional: an absent coordinate means "the total over that
 * dimension" (all functions, all funds, all natures …). Codes are normalised digit strings.
 *
 * @example
 * ```ts
 * import type { Coordinates } from "yusuan";
 * // 一般公共预算 基本支出 人员经费 on 30101 基本工资
 * const c: Coordinates = { fund: "gpb", nature: "basic.personnel", econ: "30101" };
 * ```
 */
export interface Coordinates {
  /** 支出功能分类 code (类 / 款 / 项). */
  readonly functional?: string;
  /** 部门预算支出经济分类 code (类 / 款). */
  readonly econ?: string;
  /** 政府预算支出经济分类 code (类 / 款). */
  readonly gov?: string;
  /** A unit (所属单位) code; absent for the whole department. */
  readonly org?: string;
  /** Fund source. */
  readonly fund?: Fund;
  /** Spending nature. */
  readonly nature?: Nature;
  /** A project, by its printed name (normalised). */
  readonly project?: string;
  /** A 三公 item. */
  readonly item?: SanGongItem;
  /** A category label, e.g. 机构运转经费 项目类别 (公用经费, 工会经费 …). */
  readonly category?: string;
  /**
   * `prior` for last year's figures; `budget` for this year's budget printed in a 决算 beside the
   * outcome (the 三公 table's 预算数, a 年初预算数 column); `adjusted` for the budget as adjusted
   * during the year (调整预算数, 全年预算数); absent for the disclosure's own year and stage.
   */
  readonly period?: Period;
}

/**
 * Which figure of a disclosure a fact is, besides its own year and stage: `prior` (last year's),
 * `budget` (this year's budget, printed in a 决算 beside the outcome) or `adjusted` (this year's
 * budget as adjusted during the year: 调整预算数, 全年预算数).
 *
 * @example
 * ```ts
 * import type { Period } from "yusuan";
 * const p: Period = "budget"; // 三公 预算数 in a 决算
 * ```
 */
export type Period = "prior" | "budget" | "adjusted";

/**
 * The dimensions of {@link Coordinates}, in canonical key order.
 *
 * @example
 * ```ts
 * import { DIMENSIONS } from "yusuan";
 * DIMENSIONS.includes("fund"); // true
 * ```
 */
export const DIMENSIONS = [
  "functional",
  "econ",
  "gov",
  "org",
  "fund",
  "nature",
  "project",
  "item",
  "category",
  "period",
] as const;

/**
 * A dimension name: see {@link DIMENSIONS}.
 *
 * @example
 * ```ts
 * import type { Dimension } from "yusuan";
 * const d: Dimension = "functional";
 * ```
 */
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * The printed cell a fact was read from: table kind id, row key (as text), column key, and the
 * string exactly as printed.
 *
 * @example
 * ```ts
 * import type { SourceCell } from "yusuan";
 * const s: SourceCell = { table: "expenditure", row: "functional:2013101", column: "total", raw: "558.07" };
 * ```
 */
export interface SourceCell {
  /** The table kind id within the disclosure. */
  readonly table: string;
  /** The row key, rendered as text (see `rowKeyId`). */
  readonly row: string;
  /** The template column key. */
  readonly column: string;
  /** The cell as printed. */
  readonly raw: string;
}

/**
 * A fact: the value of a concept at coordinates, with the printed precision kept in the
 * {@link Amount}, and the cell it came from. `value` is `null` for a blank cell ("no value",
 * distinct from zero).
 *
 * @example
 * ```ts
 * import { amount, type Fact } from "yusuan";
 * const f: Fact = {
 *   concept: "spending",
 *   coords: { functional: "2013101" },
 *   value: amount("558.07", "万元"),
 *   source: { table: "expenditure", row: "functional:2013101", column: "total", raw: "558.07" },
 * };
 * ```
 */
export interface Fact {
  readonly concept: Concept;
  readonly coords: Coordinates;
  readonly value: Amount | null;
  readonly source: SourceCell;
}
