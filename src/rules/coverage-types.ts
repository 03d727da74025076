import type { OtherPeriod } from "../disclosure";

/**
 * Why printed cells were not understood, discriminated on `code`. These are gaps of the reading
 * (or of the template), not problems of the document, except `malformed-amount` (printed text
 * that is no amount), which is also a `cell.unreadable` finding.
 *
 * - `unknown-table`: the template has no table kind `table`; every cell of it.
 * - `repeated-table`: a second (third …) table of a kind the disclosure already binds (`first`,
 *   the first one's place among the disclosure's tables, from 0): set aside, every cell of it
 *   (the check reads the first table of a kind only; `tables.repeated` reports it). No `first`
 *   where none of the kind is read: each is a unit's own, none the department's.
 * - `unplaced-row`: a row the reader could not place (`label` as printed: a code it cannot read,
 *   a line label the template does not know).
 * - `unreadable-code`: a row whose key code does not parse (`row` as given).
 * - `unknown-line`: a line id the table kind does not have.
 * - `ambiguous-line`: a line whose place decides what it states, printed where its place cannot
 *   be told (用事业基金弥补收支差额 in a 收支总表 without a 本年收入合计 line): it states nothing, and
 *   the table's sums are incomplete.
 * - `unknown-column`: a column key the table kind does not have (`column`), all rows together.
 * - `other-period-column`: a column the reader placed as another period's (`Table.otherPeriods`,
 *   `period`: last year's figures `prior` as `上年预算数` / `2023年预算数`, a change `change` as
 *   `增减额`, a 决算's budget `budget` as `年初预算数/…`), all rows together: read apart on purpose,
 *   no figure of this year and compared with nothing (so not checked), not a column the reader
 *   failed to place.
 * - `unknown-value`: an attribute cell (项目类别 …) whose text is not in the template's
 *   vocabulary (`raw`).
 * - `text-in-amount`: an amount cell of an indicator row (a performance table's text line).
 * - `malformed-amount`: an amount cell that is no amount (`raw`).
 * - `unit-not-taken`: an amount cell printing a well-formed figure with a money unit the library
 *   does not read or convert (`raw`, `unit` as printed: `11.00百万元`, `1100千元`, `0.11亿元` in a
 *   table in 万元): kept as printed, never rescaled, no fault of the document.
 * - `unstated-amount`: an amount cell of a line printing a well-formed figure (`raw`) where the
 *   line states no fact the checker compares (a targets form's `其中：财政拨款`, `其他资金`): read,
 *   compared with nothing, no fault of the document.
 * - `unknown-unit`: the amount cells of a table whose unit is none of 元 / 万元 / 亿元 (`unit`, e.g.
 *   `千元` cast from a spreadsheet): no amount is read in a unit the library cannot convert; or
 *   of a table whose printed unit line names no known unit (`Table.unknownUnit`, `unit` the line
 *   as printed: `单位：千元`, `单位：元（万元）`): its amounts are summed within the table only,
 *   never compared with another table's or the narrative's figures.
 * - `wrong-type`: values of a table given from plain JavaScript with another type than the one
 *   they must have (a boolean cell, rows that are no list); number cells are read, not counted.
 *
 * `cells` counts the non-blank printed cells concerned.
 *
 * @example
 * ```ts
 * import type { CoverageGap } from "yusuan/check";
 * const g: CoverageGap = { code: "unknown-column", table: "expenditure", column: "extra:备注", cells: 3 };
 * ```
 */
export type CoverageGap =
  | { readonly code: "unknown-table"; readonly table: string; readonly cells: number }
  | {
      readonly code: "repeated-table";
      readonly table: string;
      readonly first?: number;
      readonly cells: number;
    }
  | {
      readonly code: "unplaced-row" | "unreadable-code" | "unknown-line" | "ambiguous-line";
      readonly table: string;
      readonly row: string;
      readonly cells: number;
    }
  | {
      readonly code: "unknown-column" | "text-in-amount";
      readonly table: string;
      readonly column: string;
      readonly cells: number;
    }
  | {
      readonly code: "other-period-column";
      readonly table: string;
      readonly column: string;
      readonly period: OtherPeriod;
      readonly cells: number;
    }
  | {
      readonly code: "unknown-unit";
      readonly table: string;
      readonly unit: string;
      readonly cells: number;
    }
  | { readonly code: "wrong-type"; readonly table: string; readonly cells: number }
  | {
      readonly code: "unknown-value" | "malformed-amount" | "unstated-amount";
      readonly table: string;
      readonly row: string;
      readonly column: string;
      readonly raw: string;
      readonly cells: number;
    }
  | {
      readonly code: "unit-not-taken";
      readonly table: string;
      readonly row: string;
      readonly column: string;
      readonly raw: string;
      readonly unit: string;
      readonly cells: number;
    };

/**
 * How much of one table the library understood: non-blank cells `printed`, `placed` (each a
 * fact, or text under a known column), `notUnderstood` (printed − placed), and why (`gaps`).
 *
 * @example
 * ```ts
 * import type { TableCoverage } from "yusuan/check";
 * const complete = (t: TableCoverage) => t.notUnderstood === 0;
 * ```
 */
export interface TableCoverage {
  readonly table: string;
  readonly printed: number;
  readonly placed: number;
  readonly notUnderstood: number;
  readonly gaps: readonly CoverageGap[];
}

/**
 * A figure of a text section the narrative reader could not place on a fact (`reason`, the
 * number as printed, its sentence, offsets into the section's body), or placed on one that no
 * table of the disclosure gives (`reason` `not-compared`: a 机关运行经费 or 政府采购 figure, read but
 * checked against nothing — coverage, never a finding).
 *
 * @example
 * ```ts
 * import type { TextGap } from "yusuan/check";
 * const g: TextGap = { reason: "no-subject", text: "12", sentence: "另有12个…", start: 40, end: 42 };
 * ```
 */
export interface TextGap {
  readonly reason: string;
  readonly text: string;
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
}

/**
 * How much of one text section (情况说明) the narrative reader understood: the numeric
 * statements it found, how many it placed on a fact the tables give, and the figures it could
 * not place or compare (`notUnderstood`, one gap each).
 *
 * @example
 * ```ts
 * import type { TextCoverage } from "yusuan/check";
 * const all = (t: TextCoverage) => t.notUnderstood === 0;
 * ```
 */
export interface TextCoverage {
  readonly section: string;
  readonly figures: number;
  readonly placed: number;
  readonly notUnderstood: number;
  readonly gaps: readonly TextGap[];
}

/**
 * What the library understood of a disclosure's tables (and, when the narrative rules run, of
 * its texts), apart from the findings about the document: totals over every table, each table's
 * {@link TableCoverage}, and each text section's {@link TextCoverage}. What was not understood is
 * a gap of the library (or of the template), never a warning about the document.
 *
 * @example
 * ```ts
 * import type { Coverage } from "yusuan/check";
 * const share = (c: Coverage) => (c.printed === 0 ? 1 : c.placed / c.printed);
 * ```
 */
export interface Coverage {
  readonly printed: number;
  readonly placed: number;
  readonly notUnderstood: number;
  readonly tables: readonly TableCoverage[];
  /** The text sections a rule read (the narrative rules), empty when none did. */
  readonly texts: readonly TextCoverage[];
}
