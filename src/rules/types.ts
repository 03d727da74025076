import type { Unit } from "../amount";
import type { CatalogSet } from "../catalog";
import type { Disclosure, LoweredTable } from "../disclosure";
import type { Concept, Coordinates, Decomposition, SourceCell } from "../facts";
import type { Locale, Localized } from "../locale";
import type { MeasureSet } from "../measures";
import type { Template } from "../templates";
import type { Coverage, TextCoverage } from "./coverage";
import type { AnyFact, DerivedFact } from "./derive";
import type { MessageLabels } from "./labels";

/**
 * How serious a finding is.
 *
 * @example
 * ```ts
 * import type { Severity } from "yusuan/check";
 * const s: Severity = "warning";
 * ```
 */
export type Severity = "error" | "warning" | "info";

/**
 * A rule's outcome on a disclosure. `insufficient-data` means the tables needed were not there:
 * "not checked" is never reported as "pass".
 *
 * @example
 * ```ts
 * import type { Outcome } from "yusuan/check";
 * const o: Outcome = "insufficient-data";
 * ```
 */
export type Outcome = "pass" | "fail" | "insufficient-data" | "not-applicable";

/**
 * A fact cited by a finding: what it states and where it was printed (derived facts cite every
 * printed cell behind them).
 *
 * @example
 * ```ts
 * import type { Evidence } from "yusuan/check";
 * const e: Evidence = { concept: "spending", coords: {}, value: "969.06", unit: "万元", derived: false,
 *   sources: [{ table: "expenditure", row: "total", column: "total", raw: "969.06" }] };
 * ```
 */
export interface Evidence {
  readonly concept: Concept;
  readonly coords: Coordinates;
  readonly value: string | null;
  readonly unit: Unit | null;
  readonly derived: boolean;
  readonly sources: readonly SourceCell[];
}

/**
 * A finding: data, never only a message. Its params are values, codes, names and ids (no text in
 * any locale); the cells it is about are in `path` and `evidence`. Render it with `renderFinding`,
 * which names the cells and tables from a template at render time.
 *
 * @example
 * ```ts
 * import type { Finding } from "yusuan/check";
 * const isError = (f: Finding) => f.severity === "error";
 * ```
 */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly outcome: "fail" | "insufficient-data";
  /**
   * Typed data the messages are rendered from: amounts as printed, codes, names, ids and kinds
   * (`status`, `kind`, `via`, `relation`, …), never locale-specific text.
   */
  readonly params: Readonly<Record<string, string | number>>;
  /**
   * The facts cited. A comparison cites the statement it is about first (the one at `path`), then
   * the figure it is compared with (whose cells a message names as where that figure comes from).
   */
  readonly evidence: readonly Evidence[];
  /** The primary cell (table, row, column) the finding is about, when there is one. */
  readonly path?: SourceCell;
  readonly expected?: string;
  readonly actual?: string;
  readonly difference?: string;
  readonly unit?: Unit;
}

/**
 * Everything a rule may read: the disclosure, its lowered tables, printed and derived facts, facts
 * grouped by identity, the catalog and the profile's definitions.
 *
 * @example
 * ```ts
 * import type { RuleContext } from "yusuan/check";
 * const tableIds = (ctx: RuleContext) => ctx.tables.map((t) => t.table.kind);
 * ```
 */
export interface RuleContext {
  readonly disclosure: Disclosure;
  readonly template: Template;
  readonly tables: readonly LoweredTable[];
  readonly derived: readonly DerivedFact[];
  /** Printed and derived facts by fact key. */
  readonly groups: ReadonlyMap<string, readonly AnyFact[]>;
  readonly catalog: CatalogSet | undefined;
  readonly definitions: Definitions;
  /** Per rule id, the comparisons of equal facts it owns (see {@link Comparisons}). */
  readonly comparisons: ReadonlyMap<string, Comparisons>;
  /**
   * Tables set aside: a second (third …) table of a kind the document already binds (a unit's
   * own 单位预算 table bound inside a 部门预算), not among `tables`: only the first of a kind is
   * checked. Absent or empty when every kind is bound once.
   */
  readonly repeated?: readonly RepeatedTable[];
}

/**
 * A table of a kind the disclosure binds more than once, after the first: its place among the
 * disclosure's tables (`index`, from 0), the first one's (`first`), and the table as lowered.
 * No `first` where none of the kind is read: each is a unit's own, none the department's (a 部门
 * document printing its units' 单位整体绩效目标表 and no 部门整体 one).
 *
 * @example
 * ```ts
 * import type { RepeatedTable } from "yusuan/check";
 * const where = (r: RepeatedTable) =>
 *   `${r.table.table.kind} #${r.index + 1}` + (r.first === undefined ? "" : ` (first #${r.first + 1})`);
 * ```
 */
export interface RepeatedTable {
  readonly index: number;
  readonly first?: number;
  readonly table: LoweredTable;
}

/**
 * One disagreement between two statements of the same fact: `expected` (computed, or the first
 * printed statement) and `actual` (printed). `rounding`: printed precisions explain it;
 * `truncated`: only truncation explains it; `differ`: a real difference; `incomplete`: one side
 * is a sum that may lack figures the reader could not place, so nothing can be concluded.
 *
 * @example
 * ```ts
 * import type { Mismatch } from "yusuan/check";
 * const real = (m: Mismatch) => m.status === "differ";
 * ```
 */
export interface Mismatch {
  readonly rule: string;
  readonly status: "rounding" | "truncated" | "differ" | "incomplete";
  readonly expected: AnyFact;
  readonly actual: AnyFact;
}

/**
 * The comparisons of equal facts one rule owns: how many were made, which facts they read and
 * which disagreed.
 *
 * @example
 * ```ts
 * import type { Comparisons } from "yusuan/check";
 * const failed = (c: Comparisons) => c.mismatches.length > 0;
 * ```
 */
export interface Comparisons {
  readonly count: number;
  readonly mismatches: readonly Mismatch[];
  readonly checked: readonly AnyFact[];
}

/**
 * What a rule returns: its outcome, its findings, and the printed cells it checked (so the
 * checker can list cells no rule reaches).
 *
 * @example
 * ```ts
 * import type { RuleResult } from "yusuan/check";
 * const pass: RuleResult = { outcome: "pass", findings: [], checked: [] };
 * ```
 */
export interface RuleResult {
  readonly outcome: Outcome;
  readonly findings: readonly Finding[];
  readonly checked: readonly SourceCell[];
  /** What the rule understood of the text sections it read, for the report's coverage. */
  readonly texts?: readonly TextCoverage[];
}

/**
 * A rule as data: a stable id, a default severity, what it reads, its title and message in every
 * locale, and a function from facts to findings. Rules never throw on data. The message renders
 * each finding of the rule (fail or insufficient-data) from its data, naming cells with the
 * {@link MessageLabels} it is given.
 *
 * @example
 * ```ts
 * import type { Rule } from "yusuan/check";
 * const noop: Rule = {
 *   id: "custom.noop", severity: "info", reads: [], domain: "custom",
 *   title: { "zh-CN": "示例", en: "Example" },
 *   message: (f, labels) =>
 *     f.path === undefined ? { "zh-CN": "示例", en: "Example" } : labels.cell(f.path),
 *   check: () => ({ outcome: "pass", findings: [], checked: [] }),
 * };
 * ```
 */
export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** Which identity of DOMAIN §4 (I1–I16) or which family it implements. */
  readonly domain: string;
  /** What it reads (concepts, table kinds), for the rule reference. */
  readonly reads: readonly string[];
  readonly title: Localized;
  /** The message of one finding, rendered from its data with labels for its cells and tables. */
  readonly message: (finding: Finding, labels: MessageLabels) => Localized;
  readonly check: (ctx: RuleContext, severity: Severity) => RuleResult;
  /**
   * Whether its findings compare a figure with a sum of printed figures (a total against its
   * parts). Where a table's note or the document declares rounding differences (尾差:
   * `因四舍五入原因，表中合计数与分项之和可能存在尾差`), such a finding whose gap is within the rounding
   * of the declared figures (each ± half its printed step) is reported at info, with the params
   * `rounding: "declared"`, `roundingSlack`, `roundingUnit` and `declaredBy` (`note` or
   * `document`); a larger gap is reported as the rule says. Absent: never so explained.
   */
  readonly sums?: boolean;
}

/**
 * What a profile's rules measure the tables against: the 三公 and 机构运转经费 / 机关运行经费
 * measures (definitions as data, from `yusuan/measures`, or a user's own) and the decompositions
 * (summation relationships) to apply.
 *
 * @example
 * ```ts
 * import type { Definitions } from "yusuan/check";
 * import { henan2024Measures } from "yusuan/measures";
 * import { DECOMPOSITIONS } from "yusuan";
 * const d: Definitions = { ...henan2024Measures, decompositions: DECOMPOSITIONS };
 * ```
 */
export interface Definitions extends MeasureSet {
  /** Decompositions (summation relationships) to apply. */
  readonly decompositions: readonly Decomposition[];
}

/**
 * A profile: which rules run, at which severity (or off), and the definitions they use.
 *
 * @example
 * ```ts
 * import { henan2024Profile } from "yusuan/check";
 * henan2024Profile.id; // "henan2024"
 * ```
 */
export interface Profile {
  readonly id: string;
  readonly rules: readonly Rule[];
  readonly severities?: Readonly<Record<string, Severity | "off">>;
  readonly definitions: Definitions;
}

/**
 * Options of `checkDisclosure`.
 *
 * @example
 * ```ts
 * import { type CheckOptions, henan2024Profile } from "yusuan/check";
 * import { henan2024 } from "yusuan/templates";
 * const o: CheckOptions = { profile: henan2024Profile, template: henan2024, locale: "en" };
 * ```
 */
export interface CheckOptions {
  readonly profile: Profile;
  readonly template: Template;
  readonly catalog?: CatalogSet;
  readonly locale?: Locale;
}

/**
 * One rule's line in a report.
 *
 * @example
 * ```ts
 * import type { RuleOutcome } from "yusuan/check";
 * const r: RuleOutcome = { ruleId: "I1", severity: "error", outcome: "pass", findings: 0 };
 * ```
 */
export interface RuleOutcome {
  readonly ruleId: string;
  readonly severity: Severity | "off";
  readonly outcome: Outcome;
  readonly findings: number;
}

/**
 * The result of checking a disclosure: every rule's outcome (pass included), the findings about
 * the document, the printed cells no rule reached, the `coverage` of the reading (what the
 * library understood of the tables: cells it could not place are counted there, never reported
 * as findings), and the locale to pass to `renderFinding` (with the template checked against).
 *
 * @example
 * ```ts
 * import type { CheckReport } from "yusuan/check";
 * const errors = (r: CheckReport) => r.findings.filter((f) => f.severity === "error").length;
 * ```
 */
export interface CheckReport {
  readonly outcomes: readonly RuleOutcome[];
  readonly findings: readonly Finding[];
  readonly unconstrained: readonly SourceCell[];
  readonly coverage: Coverage;
  readonly locale: Locale;
}
