/**
 * A problem (see `ReadProblem`) of a printed table's header or column, discriminated on `code`:
 * how a header was (or was not) placed on a column of the table kind.
 *
 * - `unknown-header` (warning): no column of the kind has this header; its cells are kept under
 *   the cell key `key` (`extra:<header>`), which lowering reports as an unknown column.
 * - `duplicate-header` (warning): the header names a column another header already took; kept
 *   under `key` like an unknown header.
 * - `ambiguous-header` (warning): the header could be several columns of the kind (`candidates`,
 *   their keys) and the table's other headers do not tell which (`一般公共预算` alone, where the
 *   table prints both `本年收入/…` and `上年结转结余/…` columns and neither of its two is taken;
 *   a bare `合计` beside a balance whose figures are neither the year's total nor the grand total
 *   on every row printing a balance, or where no row prints one: see `ColumnSpec.beside`): kept
 *   under `key` like an unknown header, never placed by a guess.
 * - `merged-header` (info): the header repeats the header of the column beside it (`into`), and
 *   this column is blank on every row (a merged header cell a table extractor gave twice): read
 *   as a column without a header, so the header names the column printing the cells.
 * - `code-column` (info): a column without a header of its own (unheaded, or under the header of
 *   the name column right of it: a merged cell given twice) that prints nothing but codes, read
 *   as the kind's column of whole codes (`column`, its key), the only one of its system the
 *   table does not print.
 * - `remark-column` (info): a column of remarks (`备注`, `说明`, `附注`) that prints no figure in
 *   any row: text about the rows, no part of them; read as a blank column without a header, its
 *   printed cells kept in `cells`, one per row given (layout and blank rows too), in order.
 * - `blank-column` (info): a column with no header text (at any level) that prints nothing in any
 *   row, as table extractors add between or beside the printed ones: nothing to read, kept as
 *   printed (blank cells under `extra:#<index>`). A blank-headed column printing something in any
 *   row is an `unknown-header` (warning).
 * - `label-column` (info): a column labelling a targets table's indicator columns (the national
 *   申报表's `绩效指标` cell merged down over its 一级 / 二级 / 三级 rows) that prints nothing but that
 *   label: read as a blank column without a header, its printed cells kept in `cells`.
 * - `number-column` (info): a column numbering the rows (`序号`, `行次`, `栏次`: `1`, `2.1`, `（一）`),
 *   the layout's: read as a blank column without a header, its printed cells kept in `cells`.
 * - `other-period-header` (info when `period` is `prior`, `change` or `budget`, warning otherwise): the
 *   header is of another period than this year's (`上年预算数`, `2023年预算数` in a 2024 table:
 *   `prior`; a later year: `later`; several years printed and the document's year unknown:
 *   `undecided`), of a change between years (`增减额`, `比上年增减`: `change`), or, in a table of
 *   the outcome (a 决算), of the budget (`年初预算数/…`, `全年预算数/…`: `budget`, info) and the
 *   kind has no column for it; kept under `key`, never read as this year's figure.
 * - `missing-column` (info): a column of the kind that the printed table does not have.
 * - `share-column` (info): a header the kind has no column for, heading percentages (`占比（%）`,
 *   `比重(%)`, `占总支出比例`: each row's share of a total): no amount, no part of any sum; read as a
 *   blank column without a header, its printed cells kept in `cells`.
 *
 * @example
 * ```ts
 * import type { HeaderProblem } from "yusuan/printed";
 * const p: HeaderProblem = {
 *   code: "unknown-header", severity: "warning", path: { header: 4, text: "备注" }, key: "extra:备注",
 * };
 * ```
 */
export type HeaderProblem =
  | {
      readonly code: "unknown-header" | "duplicate-header";
      readonly severity: "warning";
      readonly path: { readonly header: number; readonly text: string };
      readonly key: string;
    }
  | {
      readonly code: "ambiguous-header";
      readonly severity: "warning";
      readonly path: { readonly header: number; readonly text: string };
      readonly key: string;
      /** The keys of the columns it could be, equally. */
      readonly candidates: readonly string[];
    }
  | {
      readonly code: "merged-header";
      readonly severity: "info";
      readonly path: { readonly header: number; readonly text: string };
      /** The printed column beside it, which the header names. */
      readonly into: number;
    }
  | {
      readonly code: "code-column";
      readonly severity: "info";
      readonly path: { readonly header: number; readonly text: string };
      /** The key of the kind's code column it is read as. */
      readonly column: string;
    }
  | {
      readonly code: "remark-column";
      readonly severity: "info";
      readonly path: { readonly header: number; readonly text: string };
      /** The column's printed cells, one per row given (layout and blank rows too), in order. */
      readonly cells: readonly string[];
    }
  | {
      readonly code: "blank-column";
      readonly severity: "info";
      readonly path: { readonly header: number; readonly text: string };
    }
  | {
      readonly code: "label-column";
      readonly severity: "info";
      readonly path: { readonly header: number; readonly text: string };
      /** The column's printed cells, one per row given, in order. */
      readonly cells: readonly string[];
    }
  | {
      readonly code: "number-column";
      readonly severity: "info";
      readonly path: { readonly header: number; readonly text: string };
      /** The column's printed cells, one per row given, in order. */
      readonly cells: readonly string[];
    }
  | {
      readonly code: "other-period-header";
      readonly severity: "info" | "warning";
      readonly path: { readonly header: number; readonly text: string };
      readonly key: string;
      readonly period: "prior" | "later" | "undecided" | "change" | "budget";
    }
  | {
      readonly code: "share-column";
      readonly severity: "info";
      readonly path: { readonly header: number; readonly text: string };
      /** The column's printed cells, one per row given, in order. */
      readonly cells: readonly string[];
    }
  | {
      readonly code: "missing-column";
      readonly severity: "info";
      readonly path: { readonly title: string };
      readonly column: string;
      readonly header: string;
    };
