import type { Unit } from "../amount";
import type { DisclosureMeta } from "../disclosure";
import type { Fund, Nature } from "../facts";

/**
 * The fund sources a ledger line names: the leaves of the fund tree (a line's money comes from
 * one source; `gpb` or `government` are sums of lines). `carryover.*` is money carried over from
 * last year (上年结转结余) spent this year.
 *
 * @example
 * ```ts
 * import { LEDGER_FUNDS } from "yusuan/ledger";
 * LEDGER_FUNDS.includes("gpb.grant"); // true
 * LEDGER_FUNDS.length; // 22
 * ```
 */
export const LEDGER_FUNDS = [
  "gpb.grant",
  "gpb.fees",
  "gpb.special",
  "gpb.assets",
  "gpb.otherSources",
  "gpb.transfer",
  "gpb.bonds",
  "govFund.own",
  "govFund.bonds",
  "soe",
  "specialAccount",
  "business",
  "operating",
  "superior",
  "affiliated",
  "other",
  "businessFund",
  "carryover.gpb",
  "carryover.govFund",
  "carryover.soe",
  "carryover.specialAccount",
  "carryover.unitFunds",
] as const satisfies readonly Fund[];

/**
 * A fund source a ledger line names: see {@link LEDGER_FUNDS}.
 *
 * @example
 * ```ts
 * import type { LedgerFund } from "yusuan/ledger";
 * const f: LedgerFund = "govFund.own";
 * ```
 */
export type LedgerFund = (typeof LEDGER_FUNDS)[number];

/**
 * The natures a ledger line names: `basic` (its 人员 / 公用 part follows from the economic code:
 * 301 and 303 are 人员经费; 302, 310 and the other 类 of the departmental catalog (307, 309, 311,
 * 312, 313, 399) 公用经费), or a project class.
 *
 * @example
 * ```ts
 * import type { LedgerNature } from "yusuan/ledger";
 * const n: LedgerNature = "project.specific"; // 特定目标类
 * ```
 */
export type LedgerNature = Extract<
  Nature,
  "basic" | "basic.personnel" | "basic.public" | "project.operating" | "project.specific"
>;

/**
 * A budget line item: which unit spends it, from which fund, on which function and economic
 * code, of which nature (and project), for this year or last year, and how much (a decimal
 * string in the ledger's unit, with at most its decimals).
 *
 * @example
 * ```ts
 * import type { LedgerLine } from "yusuan/ledger";
 * const line: LedgerLine = {
 *   unit: "116001", fund: "gpb.grant", functional: "2013101", econ: "30201", gov: "50201",
 *   nature: "basic", amount: "8.02",
 * };
 * ```
 */
export interface LedgerLine {
  readonly kind?: "spending";
  /** The unit's code (one of the meta's units). */
  readonly unit: string;
  readonly fund: LedgerFund;
  /** 支出功能分类 项 (7 digits; printed forms such as `201 31 01` are accepted). */
  readonly functional: string;
  /** 部门预算支出经济分类 款 (5 digits). */
  readonly econ: string;
  /** 政府预算支出经济分类 款 (5 digits), where the tables print it. */
  readonly gov?: string;
  readonly nature: LedgerNature;
  /** The project of a project line (项目支出); its name is unique in the ledger. */
  readonly project?: { readonly name: string; readonly code?: string };
  /** `prior` for last year's figures (for growth); absent for the ledger's year. */
  readonly period?: "prior";
  readonly amount: string;
}

/**
 * Money a unit carries forward to next year (年终结转结余), by the fund it was received from.
 *
 * @example
 * ```ts
 * import type { CarryForward } from "yusuan/ledger";
 * const cf: CarryForward = { kind: "carryforward", unit: "116001", fund: "gpb.grant", amount: "0.00" };
 * ```
 */
export interface CarryForward {
  readonly kind: "carryforward";
  readonly unit: string;
  readonly fund: LedgerFund;
  readonly period?: "prior";
  readonly amount: string;
}

/**
 * An entry of a ledger: a spending line or a carry-forward.
 *
 * @example
 * ```ts
 * import type { LedgerEntry } from "yusuan/ledger";
 * const isLine = (e: LedgerEntry) => e.kind !== "carryforward";
 * ```
 */
export type LedgerEntry = LedgerLine | CarryForward;

/**
 * Who the ledger is about: a disclosure's meta without its template (units need codes: lines
 * name them).
 *
 * @example
 * ```ts
 * import type { LedgerMeta } from "yusuan/ledger";
 * const meta: LedgerMeta = {
 *   year: 2024, documentKind: "部门", department: { code: "116", name: "某部门" },
 *   units: [{ code: "116001", name: "某部门机关", unitType: "行政" }],
 * };
 * ```
 */
export type LedgerMeta = Omit<DisclosureMeta, "template">;

/**
 * The unit and precision of a ledger's amounts: every amount is an integer count of
 * `10^-decimals` of `unit` (万元 with 2 decimals is Henan's 0.01 万元; 元 with 2 decimals is 分).
 *
 * @example
 * ```ts
 * import type { LedgerScale } from "yusuan/ledger";
 * const scale: LedgerScale = { unit: "元", decimals: 2 };
 * ```
 */
export interface LedgerScale {
  readonly unit: Unit;
  readonly decimals: number;
}

/**
 * Why an entry cannot go into a ledger. A union discriminated on `code`, with the `path` of the
 * entry's field (`["entries", 3, "econ"]`); render it with `formatLedgerProblem`.
 *
 * - `unknown-unit`: the unit code is not one of the meta's units (or a unit has no code).
 * - `malformed-code`: a classification code that does not parse, or is not at the level a line
 *   needs (`expected`: 项 for functional, 款 for economic).
 * - `malformed-amount`: not an amount (`reason`), or more decimals than the ledger keeps, or
 *   beyond ±9×10¹⁵ units of its precision; `blank` where it states no figure (`""`, `null`, a
 *   dash or a slash: `parseAmount`'s "no value", which is not 0), an entry `readLedgerJson` leaves
 *   out of the ledger with a note.
 * - `nature-econ`: basic spending on a code of no 类 of 基本支出 (`reason` `not-basic`: 人员经费 is
 *   301 and 303, 公用经费 302, 307, 309, 310, 311, 312, 313 and 399, every 类 of the 2024
 *   departmental catalog; 304 of the pre-2018 catalog is neither), 人员 / 公用 that contradicts the
 *   code's 类 (`contradicts`), or a nature that is no ledger nature (`unknown-nature`).
 * - `project`: a project line without a project, a basic line with one, or a project name used
 *   with another unit, code or project class (`reason`).
 * - `fund`: not a ledger fund, or a carry-forward from a carried-over fund.
 *
 * @example
 * ```ts
 * import type { LedgerProblem } from "yusuan/ledger";
 * const p: LedgerProblem = { code: "unknown-unit", path: ["entries", 0, "unit"], input: "999" };
 * const blank: LedgerProblem = { code: "malformed-amount", path: ["entries", 1, "amount"], input: "—", reason: "blank" };
 * ```
 */
export type LedgerProblem =
  | { readonly code: "unknown-unit"; readonly path: LedgerPath; readonly input: string }
  | {
      readonly code: "malformed-code";
      readonly path: LedgerPath;
      readonly input: string;
      readonly expected: "项" | "款";
    }
  | {
      readonly code: "malformed-amount";
      readonly path: LedgerPath;
      readonly input: string;
      readonly reason: "not-an-amount" | "blank" | "too-precise" | "too-large";
    }
  | {
      readonly code: "nature-econ";
      readonly path: LedgerPath;
      readonly nature: string;
      readonly econ: string;
      readonly reason: "not-basic" | "contradicts" | "unknown-nature";
    }
  | {
      readonly code: "project";
      readonly path: LedgerPath;
      readonly reason: "missing" | "unexpected" | "conflict";
      readonly name?: string;
    }
  | { readonly code: "fund"; readonly path: LedgerPath; readonly input: string };

/**
 * Where a ledger problem is: `["entries", index, field]`, or `["meta", "units", index]`.
 *
 * @example
 * ```ts
 * import type { LedgerPath } from "yusuan/ledger";
 * const path: LedgerPath = ["entries", 0, "amount"];
 * ```
 */
export type LedgerPath = readonly (string | number)[];
