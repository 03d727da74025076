import type { Amount, Unit } from "../amount";
import type { BudgetUnit, Disclosure, DisclosureMeta, UnitType } from "../disclosure";
import type { Concept, Coordinates, Fact, Fund, Nature, Period } from "../facts";
import type { Localized } from "../locale";
import type { Template } from "../templates";

/**
 * A measure defined by economic codes: the sum of spending on `econ` (部门预算经济分类 类 or 款) of
 * the given natures, funds and unit kinds. Data, not code: a province or a user states its own.
 *
 * @example
 * ```ts
 * import type { CodesMeasure } from "yusuan/measures";
 * // 公务接待费: 30217 (a 行政 unit's 50206), basic and project, 一般公共预算
 * const reception: CodesMeasure = {
 *   kind: "codes", id: "sanGong.reception", name: { "zh-CN": "公务接待费", en: "Official reception" },
 *   states: { concept: "sanGong", coords: { item: "reception" } },
 *   econ: ["30217"], funds: ["gpb"], gov: { codes: ["50206"], unitTypes: ["行政"] },
 * };
 * ```
 */
export interface CodesMeasure {
  readonly kind: "codes";
  /** Stable id, e.g. `sanGong.reception`. */
  readonly id: string;
  readonly name: Localized;
  /** The fact a disclosure prints for this measure (concept and coordinates), e.g. 三公 item 接待. */
  readonly states: { readonly concept: Concept; readonly coords?: Coordinates };
  /** 部门预算经济分类 codes summed: a 类 (`302`) covers its 款. */
  readonly econ: readonly string[];
  /** Natures covered (a nature covers its parts); absent: basic and project. */
  readonly natures?: readonly Nature[];
  /** Fund sources covered (a fund covers its parts); absent: every fund. */
  readonly funds?: readonly Fund[];
  /** Unit kinds covered (机关运行经费: 行政 and 参公); absent: every unit. */
  readonly unitTypes?: readonly UnitType[];
  /** 项目类别 of each economic code, for the tables that print one (机构运转经费表). */
  readonly categories?: {
    readonly default: string;
    readonly byEcon: Readonly<Record<string, string>>;
  };
  /**
   * The same spending by 政府预算支出经济分类 款 (`codes`; a 类 covers its 款), read where the
   * figures state it by government code alone (a table or an export by government code), and the
   * unit kinds whose spending those codes hold whole (`unitTypes`): a 机关's 公务接待费 is 50206, a
   * 事业单位's lies in 50502 with its other 商品和服务支出. Where another kind of unit is present or
   * the kinds are unknown, the codes give a lower bound only. Departmental codes, where stated,
   * are read first.
   */
  readonly gov?: { readonly codes: readonly string[]; readonly unitTypes: readonly UnitType[] };
  /**
   * `upper`: the codes cover more than the measure (national 机关运行经费 is part of 公用经费), so
   * what they sum to is an upper bound, not the value.
   */
  readonly bound?: "upper";
}

/**
 * A measure that is the sum of other measures: 三公 = 出国 + 公务用车 (购置 + 运行) + 接待.
 *
 * @example
 * ```ts
 * import { sanGongDefinition, type SumMeasure } from "yusuan/measures";
 * const sanGong: SumMeasure = sanGongDefinition(["gpb"]);
 * sanGong.parts.map((p) => p.id); // ["sanGong.abroad", "sanGong.vehicles", "sanGong.reception"]
 * ```
 */
export interface SumMeasure {
  readonly kind: "sum";
  readonly id: string;
  readonly name: Localized;
  readonly states: { readonly concept: Concept; readonly coords?: Coordinates };
  readonly parts: readonly MeasureDefinition[];
}

/**
 * A measure definition: by economic codes, or a sum of measures.
 *
 * @example
 * ```ts
 * import { henan2024Measures, type MeasureDefinition } from "yusuan/measures";
 * const d: MeasureDefinition = henan2024Measures.operatingCost;
 * d.kind; // "codes"
 * ```
 */
export type MeasureDefinition = CodesMeasure | SumMeasure;

/**
 * The measures a profile uses: 三公经费 and 机构运转经费 / 机关运行经费.
 *
 * @example
 * ```ts
 * import { shanghaiMeasures, type MeasureSet } from "yusuan/measures";
 * const set: MeasureSet = shanghaiMeasures;
 * set.operatingCost.id; // "operatingCost.government"
 * ```
 */
export interface MeasureSet {
  readonly sanGong: MeasureDefinition;
  readonly operatingCost: MeasureDefinition;
}

/**
 * Disjoint leaf facts (each a fully classified amount: unit, fund, nature, economic code), such
 * as a ledger's (`ledgerFacts`): a measure over them is their exact sum.
 *
 * @example
 * ```ts
 * import { amount } from "yusuan";
 * import type { LeafFacts } from "yusuan/measures";
 * const leaves: LeafFacts = {
 *   leaves: [{ concept: "spending", coords: { econ: "30217", fund: "gpb.grant", nature: "basic.public" },
 *     value: amount("1.50"), source: { table: "ledger", row: "0", column: "amount", raw: "1.50" } }],
 *   units: [],
 * };
 * ```
 */
export interface LeafFacts {
  readonly leaves: readonly Fact[];
  /** The units the leaves' `org` coordinates name, with their kinds. */
  readonly units: readonly BudgetUnit[];
}

/**
 * What a measure reads: printed (or derived) facts, a disclosure with its template, or leaf facts.
 *
 * @example
 * ```ts
 * import type { MeasureInput } from "yusuan/measures";
 * const none: MeasureInput = []; // no facts: every measure is insufficient-data
 * ```
 */
export type MeasureInput =
  | readonly Fact[]
  | { readonly disclosure: Disclosure; readonly template: Template }
  | LeafFacts;

/**
 * Options of `measure`.
 *
 * @example
 * ```ts
 * import type { MeasureOptions } from "yusuan/measures";
 * const o: MeasureOptions = { period: "prior", unit: "万元" };
 * ```
 */
export interface MeasureOptions {
  /** Measure last year's figures (`prior`) or a 决算's printed budget (`budget`); absent: the figures of the disclosure's own year and stage. */
  readonly period?: Period;
  /** The unit of a result with no fact behind it (all zero); default `万元`. */
  readonly unit?: Unit;
  /** Who the units are (for measures restricted to unit kinds), when the input does not say. */
  readonly meta?: Pick<DisclosureMeta, "units" | "unitCounts">;
}

/**
 * How a measure's value relates to the measure: `exact`; `atLeast` / `atMost` (the tables allow
 * only a bound: project money not broken down by code, or 事业 units inside a department figure);
 * `insufficient-data` (nothing to compute it from); `not-applicable` (no unit of the kinds it
 * covers).
 *
 * @example
 * ```ts
 * import type { MeasureStatus } from "yusuan/measures";
 * const s: MeasureStatus = "atMost";
 * ```
 */
export type MeasureStatus = "exact" | "atLeast" | "atMost" | "insufficient-data" | "not-applicable";

/**
 * Why a measure is only a bound or not computed, when it is.
 *
 * - `partial`: the figures cover only part of its natures or funds (a lower bound);
 * - `wider`: the figures cover more natures or funds than it does (an upper bound);
 * - `upper`: the definition's codes over-cover the measure;
 * - `units-mixed`: a department figure includes units of kinds the measure leaves out;
 * - `unit-kinds-unknown`: the disclosure does not say each unit's kind;
 * - `no-figures`: nothing printed to compute it from.
 *
 * @example
 * ```ts
 * import type { MeasureReason } from "yusuan/measures";
 * const r: MeasureReason = "unit-kinds-unknown";
 * ```
 */
export type MeasureReason =
  | "partial"
  | "wider"
  | "upper"
  | "units-mixed"
  | "unit-kinds-unknown"
  | "no-figures";

/**
 * One economic code of a measure, with its 项目类别 when the definition gives categories.
 *
 * @example
 * ```ts
 * import type { MeasureRow } from "yusuan/measures";
 * const isUnion = (r: MeasureRow) => r.category === "工会经费";
 * ```
 */
export interface MeasureRow {
  readonly econ: string;
  readonly category?: string;
  readonly value: Amount;
  readonly facts: readonly Fact[];
}

/**
 * A measure's value: exact (or a bound, see `status`), its unit, the facts it rests on, and its
 * breakdowns: by part (a sum measure), by economic code (with 项目类别), by unit.
 *
 * @example
 * ```ts
 * import type { MeasureResult } from "yusuan/measures";
 * const show = (r: MeasureResult) => `${r.value?.value ?? "—"} ${r.unit} (${r.status})`;
 * ```
 */
export interface MeasureResult {
  readonly id: string;
  readonly status: MeasureStatus;
  /** The value, or the bound; `null` when insufficient or not applicable. */
  readonly value: Amount | null;
  readonly unit: Unit;
  readonly reason?: MeasureReason;
  /** The facts summed. */
  readonly facts: readonly Fact[];
  /** For a sum measure: each part's result. */
  readonly parts: readonly MeasureResult[];
  /** By economic 款, where the figures give them exactly. */
  readonly rows: readonly MeasureRow[];
  /** By unit (`org` code), where the figures give them exactly. */
  readonly byUnit: readonly { readonly org: string; readonly value: Amount }[];
}
