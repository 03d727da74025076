import type { Unit } from "../amount";
import type { Targets } from "./targets";

/**
 * The key of a row: what the row is about. `unplaced` is a printed row the reader could not
 * place (a code it cannot read, a line label the template does not know): it keeps its printed
 * `label` and cells, states no fact, and is reported as coverage, never dropped.
 *
 * @example
 * ```ts
 * import type { RowKey } from "yusuan";
 * const k: RowKey = { kind: "functional", code: "2013101" };
 * ```
 */
export type RowKey =
  | { readonly kind: "total" }
  | { readonly kind: "org"; readonly code: string }
  | { readonly kind: "functional"; readonly code: string }
  | { readonly kind: "economic"; readonly econ: string; readonly gov?: string }
  | { readonly kind: "project"; readonly name: string; readonly code?: string }
  | { readonly kind: "line"; readonly line: string }
  | { readonly kind: "single" }
  | { readonly kind: "indicator"; readonly index: number }
  | { readonly kind: "unplaced"; readonly label: string };

/**
 * A row: its key, the printed name, and its cells as printed strings keyed by column key (`""`
 * is a blank cell). Keys the template does not know are kept (and reported by the checker).
 *
 * @example
 * ```ts
 * import type { Row } from "yusuan";
 * const r: Row = { key: { kind: "functional", code: "2013101" }, name: "行政运行", cells: { total: "558.07" } };
 * ```
 */
export interface Row {
  readonly key: RowKey;
  readonly name?: string;
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * What a column of another period than this year's prints (see {@link Table.otherPeriods}): last
 * year's figures (`prior`), a change between years (`change`), or in a 决算 the budget printed
 * beside the outcome (`budget`: `年初预算数/…`, `全年预算数/…`).
 *
 * @example
 * ```ts
 * import type { OtherPeriod } from "yusuan";
 * const p: OtherPeriod = "prior"; // 上年决算数
 * ```
 */
export type OtherPeriod = "prior" | "change" | "budget";

/**
 * A table of a disclosure: its kind (an id of the template's table kinds), printed title and
 * number, unit of measure, rows, and the note printed with it.
 *
 * @example
 * ```ts
 * import type { Table } from "yusuan";
 * const t: Table = { kind: "sanGong", unit: "万元", rows: [{ key: { kind: "single" }, cells: { total: "6.50" } }] };
 * ```
 */
export interface Table {
  readonly kind: string;
  readonly title?: string;
  readonly number?: string;
  readonly unit: Unit;
  /**
   * The unit line as printed when it names no unit the library knows (`单位：千元`, two units
   * `单位：元（万元）`, `单位：美元`, or a line the reader cannot make out): the amounts are then of no known unit (`unit` is only the
   * kind's default). They are still summed within the table (its totals against its rows), but
   * never compared with another table's figures or the narrative's (insufficient data, and a
   * `unknown-unit` coverage gap). Absent when the unit is known; never empty (the JSON format
   * rejects `""`).
   */
  readonly unknownUnit?: string;
  readonly rows: readonly Row[];
  /**
   * The cells keys (`extra:<header>`) of the columns that print another period's figures than
   * this year's, as the printed reader placed their headers: last year's (`prior`: `上年决算数`,
   * `2023年预算数` in a 2024 document) or a change between years (`change`: `增减额`, `增减%`,
   * `比上年增减`). Their cells are kept, never read as this year's figures, and are no part of
   * any of this year's sums (a total of the table is checked against its parts without them).
   * Absent when the table prints none.
   */
  readonly otherPeriods?: Readonly<Record<string, OtherPeriod>>;
  readonly note?: string;
  /** Non-grid text printed in the table (e.g. 年度履职目标), by a key the template defines. */
  readonly texts?: Readonly<Record<string, string>>;
}

/**
 * The kind of a budget unit: 行政 (administrative), 参公 (public institution managed as civil
 * service), 事业 (public institution).
 *
 * @example
 * ```ts
 * import type { UnitType } from "yusuan";
 * const k: UnitType = "参公";
 * ```
 */
export type UnitType = "行政" | "参公" | "事业";

/**
 * A budget unit (预算单位) of a disclosure. Its kind is absent when the document does not say:
 * many print only counts (行政 1, 参公 1, 事业 4, see {@link DisclosureMeta.unitCounts}), not each
 * unit's kind, and rules that depend on kinds then report `insufficient-data` instead of guessing.
 *
 * @example
 * ```ts
 * import type { BudgetUnit } from "yusuan";
 * const u: BudgetUnit = { code: "116001", name: "中国共产党洛阳市涧西区委员会办公室", unitType: "行政" };
 * const unknown: BudgetUnit = { code: "116002", name: "某中心" }; // kind not printed
 * ```
 */
export interface BudgetUnit {
  readonly code?: string;
  readonly name: string;
  /** 行政, 参公 or 事业; absent when the document does not print it. */
  readonly unitType?: UnitType;
}

/**
 * What a disclosure is: year, 部门 or 单位 document, the department and its units, region, and the
 * template id its tables follow.
 *
 * @example
 * ```ts
 * import type { DisclosureMeta } from "yusuan";
 * const m: DisclosureMeta = {
 *   year: 2024, documentKind: "部门", template: "henan2024",
 *   department: { code: "116", name: "中国共产党洛阳市涧西区委员会办公室" },
 *   units: [{ code: "116001", name: "中国共产党洛阳市涧西区委员会办公室", unitType: "行政" }],
 * };
 * ```
 */
export interface DisclosureMeta {
  readonly year: number;
  readonly documentKind: "部门" | "单位";
  readonly template: string;
  readonly department: { readonly code?: string; readonly name: string };
  readonly units: readonly BudgetUnit[];
  /**
   * How many units of each kind the document says it has (行政 1, 参公 1, 事业 4), when it prints
   * counts rather than each unit's kind. A kind it does not list counts as none.
   */
  readonly unitCounts?: Readonly<Partial<Record<UnitType, number>>>;
  readonly regionCode?: string;
  /**
   * The stage of the document: `预算` (a budget, the default when absent) or `决算` (the final
   * accounts of the year, published a year later: the same codes, funds and natures, what was
   * received and spent). See {@link DisclosureStage}.
   */
  readonly stage?: DisclosureStage;
}

/**
 * The stage of a disclosure: `预算` (部门预算, the budget) or `决算` (部门决算, the final accounts).
 * One fact model serves both: in a 决算 a fact states the outcome (决算数); a budget figure printed
 * beside it (the 三公 table's 预算数) has `period: "budget"`.
 *
 * @example
 * ```ts
 * import { DISCLOSURE_STAGES, type DisclosureStage } from "yusuan";
 * const s: DisclosureStage = "决算";
 * DISCLOSURE_STAGES.includes(s); // true
 * ```
 */
export type DisclosureStage = (typeof DISCLOSURE_STAGES)[number];

/**
 * The stages a disclosure can have, the default first.
 *
 * @example
 * ```ts
 * import { DISCLOSURE_STAGES } from "yusuan";
 * DISCLOSURE_STAGES[0]; // "预算"
 * ```
 */
export const DISCLOSURE_STAGES = ["预算", "决算"] as const;

/**
 * The stage of a disclosure's meta, `预算` when it does not say.
 *
 * @param meta - the disclosure's meta
 *
 * @example
 * ```ts
 * import { stageOf } from "yusuan";
 * stageOf({ year: 2024, documentKind: "部门", template: "final2024", department: { name: "某局" }, units: [], stage: "决算" }); // "决算"
 * stageOf({ year: 2024, documentKind: "部门", template: "shanghai", department: { name: "某局" }, units: [] }); // "预算"
 * ```
 */
export function stageOf(meta: DisclosureMeta): DisclosureStage {
  return meta.stage ?? "预算";
}

/**
 * A text section of a disclosure (概况, 情况说明, 名词解释 …), kept as printed.
 *
 * @example
 * ```ts
 * import type { TextSection } from "yusuan";
 * const s: TextSection = { title: "情况说明", body: "收入总计 969.06万元" };
 * ```
 */
export interface TextSection {
  readonly title: string;
  readonly body: string;
}

/**
 * A department budget disclosure: meta, the tables present (any subset of the template's), its
 * text sections and, optionally, its performance targets as typed data (when absent, targets are
 * read from the tables that print them; see `yusuan/performance`). Immutable.
 *
 * @example
 * ```ts
 * import type { Disclosure } from "yusuan";
 * const d: Disclosure = {
 *   meta: { year: 2024, documentKind: "单位", template: "national", department: { name: "某单位" }, units: [] },
 *   tables: [],
 *   texts: [],
 * };
 * ```
 */
export interface Disclosure {
  readonly meta: DisclosureMeta;
  readonly tables: readonly Table[];
  readonly texts: readonly TextSection[];
  /** Performance targets (绩效目标) given as data rather than as printed tables. */
  readonly targets?: Targets;
}
