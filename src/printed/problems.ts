import type { AmountError, Unit } from "../amount";
import type { CodeError, CodeSystem } from "../codes";
import type { HeaderProblem } from "./header-problems";
import type { ReadProblemPath } from "./problem-path";

export type { HeaderProblem } from "./header-problems";
export type { ReadProblemPath, ReadSeverity } from "./problem-path";
export { rowWidthProblems } from "./row-width";

/**
 * Something {@link readPrintedTable} could not place, discriminated on `code`. Every problem
 * has a `severity` and a `path` into the printed table. Render it with {@link formatReadProblem}.
 *
 * Most problems are gaps of the reading (the library did not understand something the document
 * prints): they keep what was printed and the checker reports them as coverage, never as
 * findings about the document. The document's own faults are `malformed-amount`, `cell-unit`,
 * `misprinted-code` and `duplicate-row`.
 *
 * - `invalid-input` (error): from plain JavaScript, a value that is not of the shape of a
 *   {@link PrintedTable} (no list of headers or rows, a cell that cannot be text: a boolean, an
 *   object); nothing is read, each such field or cell is reported. Number cells (a spreadsheet's)
 *   are read as their exact decimal text and `null` cells as blank, as the JSON reader does.
 * - `unknown-title` (error): no table kind of the template has this title; no table is built.
 * - `unread-table` (info): no table kind of the template has this title, but it names a table
 *   disclosures publish that the library knows of and does not read (`table`: its id in
 *   `UNREAD_TABLES` in `yusuan/templates`: a 决算's `项目支出绩效自评表`, a 部门预算's `政府购买服务预算表`): a gap of
 *   the library (coverage), no fault of the document; no table is built.
 * - `continued-title` (error): the title is a continuation mark alone (`续表`, `续表1`,
 *   `（续表）`) and the options name no kind it continues (`continues`: the kind of the table
 *   printed before it); no table is built.
 * - `ambiguous-title` (error): the title names several kinds equally well (`candidates`); no
 *   table is built (pass `options.kind` to choose).
 * - `unknown-kind` (error): the kind forced through the options is not in the template.
 * - `unknown-unit` (error): the printed unit line names no single unit of 元 / 万元 / 亿元 the
 *   reader makes out (`单位：千元`, `单位：元（万元）`, `单位：万元 表1`), or, where no line and no
 *   title prints one, the amount headers name two (`合计（元）`, `基本支出（万元）`; `unit` lists
 *   them) or one it does not take (`合计（千元）`), or a line table's money lines print a unit with
 *   their labels (`年度资金总额（元）`, a heading `项目资金（元）`, a header `内容（元）`) that differs from
 *   the one the table states elsewhere or from another label's (`unit` lists them); the kind's default is used,
 *   and the table keeps the printed line as `unknownUnit` (its amounts are of no known unit: the
 *   checker compares them within the table only).
 * - the problems of a header or column (`unknown-header`, `duplicate-header`, `ambiguous-header`,
 *   `merged-header`, `code-column`, `remark-column`, `blank-column`, `label-column`,
 *   `number-column`, `other-period-header`, `missing-column`): see {@link HeaderProblem}.
 * - `form-field` (info): a project form printed as one grid (label / value pairs above its indicator
 *   grid) prints a field the kind does not read (`项目属性`, `项目期限`, `项目负责人`, a label no form is
 *   known to print): kept with its `label` and `value`, a gap of the reading.
 * - `row-width` (warning; info when the surplus cells are all blank, or a short row ends in a
 *   printed cell: an extractor's trailing blanks, added or left out): a row with more or fewer
 *   cells than headers (missing cells read as blank, surplus cells kept under `extra:#<index>`).
 * - `malformed-amount` (error): a printed amount cell that is no amount (`12.3.4`, `6.5O`, `4,00`);
 *   `column` is its column key, `error` says why. The cell is kept as printed.
 * - `malformed-code` (warning): a printed code that does not parse and is no known misprint
 *   (`7 11 02`); the row is kept as an `unplaced` row (its printed cells in `cells` too). A blank
 *   segment between filled ones (`201 | | 01`) is a `bad-segment` error on the blank segment.
 * - `other-system-code` (info): a code of the other economic classification (`printed`: a
 *   政府预算支出经济分类 `501` under a 部门预算 code column, `system`): a sound code the kind does not
 *   read there; the row is kept unplaced (`unplaced-row`), no `malformed-code`.
 * - `misprinted-code` (warning): a code printed without a leading zero (`301 2`), read as the
 *   code it `denotes` (30102); the row key keeps the print so the checker reports it.
 * - `unplaced-row` (warning): a row that carries nothing the kind accepts as a row key (no code,
 *   unit, project, line label or total label); kept as an `unplaced` row, its cells in `cells`.
 *   With `under`: a row printed under such a row that heads a unit's rows (a unit printed by its
 *   name alone, not among `ReadOptions.units`): whose figures it prints is not guessed.
 * - `cross-classified` (warning): the rows are by two classifications (each economic 科目 under
 *   each functional one, the other's codes in `column`, a column the kind does not have) and the
 *   kind reads one: the same code printed twice with different codes beside it; or, with `by:
 *   "text"`, by something else named in such a column (a unit's name beside each 科目 in a kind
 *   holding no units, a 资金性质). Its `rows` rows keyed by a code are kept unplaced, never one
 *   fact stated twice.
 * - `unknown-line-label` (warning) / `ambiguous-line` (warning): a label of a line table that
 *   matches no line / several lines (`candidates`); that side of the row is kept as `unplaced`.
 *   A bare `收入合计` / `支出合计` above the carry-over lines that the table does not tell the
 *   year's total or the grand total (`本年收入合计` printed on its side too, or no `总计` below) is
 *   `ambiguous-line` with both (`revenue.total`, `revenue`).
 * - `functional-by-ordinal` (info): a 类 label the catalog does not name, resolved from its
 *   ordinal because the labels it does name prove the ordinal is code − 200 (a later label is its
 *   own code − 200, none before is not). An ordinal that is not proved so (no catalog, or a form
 *   that numbers by position, as the 决算 form does) places nothing: `unknown-line-label`.
 * - `class-subtotal` (info): a `小计` closing a 类's (or 款's) block of code rows where the class
 *   prints no row of its own (广东 exports): read as the class's row (`class`), so it is compared
 *   with the rows it closes and counted once.
 * - `duplicate-row` (info when one of the two rows is blank, or they are the total printed twice
 *   with the same figures, warning otherwise): two rows with the same key in the same unit (`rows` holds both printed
 *   indexes); both are kept.
 * - `repeated-header` (info): a row that repeats the headers (a page break printed them again):
 *   every printed cell a header word, one at least in an amount column; skipped like a blank row.
 * - `wrapped-row` (info): a row that prints the rest of the row above (`into`), a line lower: a
 *   name too long for its cell wrapped onto a second printed row, with or without the figures,
 *   or in a table of targets a text of the row above (an indicator's name or value, its 说明, a
 *   goal, a task's content, a project's name beside a further indicator line); read into that
 *   row (its name joined, its cells filled or their texts joined). See `ReadResult.folded`.
 * - `note-mark` (info): a figure or code printed with a flag or a pointer to a note after it
 *   (`12.00*`, `12.00（注1）`, `2013101※`, `12.00①`); read without it, the marks kept in `marks`.
 * - `dressed-amount` (info): a figure printed dressed: a currency sign before it (`￥1,100.00`),
 *   spaces grouping its thousands (`1 100.00`) or beside its commas (`1, 100.00`), the table's unit after it (`1,100.00万元`) or a
 *   remark in brackets after it (`1,100.00（含结转）`), or no zero before its point (`.50`); read
 *   as the figure, the cell kept in `raw`.
 * - `merged-cell` (info): a row number and a figure an extractor merged into one cell (`1 307.82`
 *   under 决算数 beside a blank 行次, or under 行次 beside a blank 决算数), where the 行次 column's
 *   numbering gives that number there (the row above numbered one less or the row below one more):
 *   read as the two cells (`cells`), never as the figure `1,307.82` grouped by a space.
 * - `cell-unit` (error): a figure printed with a unit other than the table's (`1,100.00元` in a
 *   table in 万元): the document's two units disagree; the cell is kept as printed, never rescaled.
 * - `unit-not-taken` (info): a well-formed figure printed with a money unit the library does not
 *   take (`11.00百万元`, `1100千元`: `unit` as printed): a gap of the reading, not a fault of the
 *   document; the cell is kept as printed, never rescaled, and is not `malformed-amount`.
 * - `layout-row` (info): a row that prints the table's layout, not its data (`what`): a page
 *   break's `续表` (`continued`), the unit line or the preparer (`unit`: `单位：万元` naming the
 *   table's unit), the title or its number again (`title`), the column numbers (`栏次 1 2 3`),
 *   a page number (`page`: `第2页`, `- 2 -`, `2/25`), the running header naming the document
 *   (`running-header`: `某局2024年部门预算`), the form's sign-off (`sign-off`: `单位负责人：`,
 *   `制表人：张三`, `编制日期：2024年1月`), a unit's own table's one heading naming its unit over all its rows
 *   and restating its total (`unit-heading`; the department's row restating the 合计 over a row
 *   per unit, its code not given, too), a unit's or the department's name alone at the
 *   table's top, printing no figure (`caption`), a class's `小计` repeating the figures of the
 *   class's row that opens its block (`class-subtotal`), group headings of the kind's vocabulary
 *   (`一、货物类`) whose figures add up to the total (`group-heading`); skipped like a blank row.
 *
 * @example
 * ```ts
 * import type { ReadProblem } from "yusuan/printed";
 * const p: ReadProblem = {
 *   code: "unknown-header", severity: "warning", path: { header: 4, text: "备注" }, key: "extra:备注",
 * };
 * ```
 */
export type ReadProblem =
  | HeaderProblem
  | {
      readonly code: "unknown-title" | "continued-title";
      readonly severity: "error";
      readonly path: { readonly title: string };
    }
  | {
      readonly code: "unread-table";
      readonly severity: "info";
      readonly path: { readonly title: string };
      readonly table: string;
    }
  | {
      readonly code: "ambiguous-title";
      readonly severity: "error";
      readonly path: { readonly title: string };
      readonly candidates: readonly string[];
    }
  | {
      readonly code: "unknown-kind";
      readonly severity: "error";
      readonly path: { readonly title: string };
      readonly kind: string;
    }
  | {
      readonly code: "unknown-unit";
      readonly severity: "error";
      readonly path: { readonly title: string };
      readonly unit: string;
      readonly used: string;
    }
  | {
      readonly code: "form-field";
      readonly severity: "info";
      readonly path: { readonly row: number; readonly cell: number };
      /** The field's label as printed. */
      readonly label: string;
      /** What the form prints after the label (`""`: nothing). */
      readonly value: string;
    }
  | {
      readonly code: "row-width";
      readonly severity: "warning" | "info";
      readonly path: { readonly row: number };
      readonly expected: number;
      readonly actual: number;
    }
  | {
      readonly code: "note-mark";
      readonly severity: "info";
      readonly path: { readonly row: number; readonly cell: number };
      /** The cell as printed. */
      readonly raw: string;
      /** The marks after its figure or code, as printed (`*`, `（注1）`, `①`). */
      readonly marks: string;
    }
  | {
      readonly code: "merged-cell";
      readonly severity: "info";
      readonly path: { readonly row: number; readonly cell: number };
      /** The cell as printed. */
      readonly raw: string;
      /** The two cells it is read as: the row number and the figure. */
      readonly cells: readonly [string, string];
    }
  | {
      readonly code: "dressed-amount";
      readonly severity: "info";
      readonly path: { readonly row: number; readonly cell: number };
      /** The cell as printed. */
      readonly raw: string;
    }
  | {
      readonly code: "cell-unit";
      readonly severity: "error";
      readonly path: { readonly row: number; readonly cell: number };
      readonly raw: string;
      /** The unit the cell prints after its figure. */
      readonly unit: Unit;
      /** The table's unit. */
      readonly tableUnit: Unit;
    }
  | {
      readonly code: "unit-not-taken";
      readonly severity: "info";
      readonly path: { readonly row: number; readonly cell: number };
      readonly raw: string;
      /** The money unit the cell prints after its figure, as printed (`百万元`). */
      readonly unit: string;
    }
  | {
      readonly code: "malformed-amount";
      readonly severity: "error";
      readonly path: { readonly row: number; readonly cell: number };
      readonly column: string;
      readonly raw: string;
      readonly error: AmountError;
    }
  | {
      readonly code: "malformed-code";
      readonly severity: "warning";
      readonly path: { readonly row: number; readonly cell: number };
      readonly system: CodeSystem;
      readonly error: CodeError;
      readonly cells: readonly string[];
    }
  | {
      readonly code: "other-system-code";
      readonly severity: "info";
      readonly path: { readonly row: number; readonly cell: number };
      /** The classification of the column. */
      readonly system: CodeSystem;
      /** The classification the printed code is of. */
      readonly printed: CodeSystem;
    }
  | {
      readonly code: "misprinted-code";
      readonly severity: "warning";
      readonly path: { readonly row: number; readonly cell: number };
      readonly system: CodeSystem;
      readonly printed: string;
      readonly denotes: string;
    }
  | {
      readonly code: "cross-classified";
      readonly severity: "warning";
      readonly path: { readonly row: number };
      /** The header of the column printing the other classification's codes. */
      readonly column: string;
      /** How many rows keyed by a code were kept unplaced. */
      readonly rows: number;
      /**
       * `text` where the column prints no classification's codes but other text telling the rows
       * apart (a unit's name, a 资金性质); absent for another classification's codes.
       */
      readonly by?: "text";
    }
  | {
      readonly code: "unplaced-row";
      /**
       * `info` for a group heading naming a value of an attribute column (`其他运转类`), and for a
       * line table's side printing only zeros beside no label (`| | 0.00 |`: coverage).
       */
      readonly severity: "warning" | "info";
      readonly path: { readonly row: number };
      readonly cells: readonly string[];
      /** The printed row of the unit heading the row is under, a unit the reader could not place. */
      readonly under?: number;
    }
  | {
      readonly code: "unknown-line-label" | "ambiguous-line";
      readonly severity: "warning";
      readonly path: { readonly row: number; readonly cell: number };
      readonly label: string;
      readonly candidates: readonly string[];
    }
  | {
      readonly code: "class-subtotal";
      readonly severity: "info";
      readonly path: { readonly row: number };
      /** The class (类 or 款) code the 小计 is read as. */
      readonly class: string;
    }
  | {
      readonly code: "functional-by-ordinal";
      readonly severity: "info" | "warning";
      readonly path: { readonly row: number; readonly cell: number };
      readonly label: string;
      readonly functional: string;
    }
  | {
      readonly code: "repeated-header";
      readonly severity: "info";
      readonly path: { readonly row: number };
    }
  | {
      readonly code: "wrapped-row";
      readonly severity: "info";
      readonly path: { readonly row: number };
      /** The printed row it is read into. */
      readonly into: number;
    }
  | {
      readonly code: "layout-row";
      readonly severity: "info";
      readonly path: { readonly row: number };
      readonly what:
        | "continued"
        | "unit"
        | "title"
        | "column-numbers"
        | "page"
        | "running-header"
        | "sign-off"
        | "unit-heading"
        | "caption"
        | "class-subtotal"
        | "group-heading";
    }
  | {
      readonly code: "invalid-input";
      readonly severity: "error";
      readonly path: ReadProblemPath;
      /** What the field or cell must be: a table (an object), text, or a list. */
      readonly expected: "table" | "text" | "list";
      /** What it is (`number`, `null`, `array`, `object` …). */
      readonly found: string;
    }
  | {
      readonly code: "duplicate-row";
      readonly severity: "info" | "warning";
      readonly path: { readonly row: number };
      readonly key: string;
      readonly rows: readonly [number, number];
    };
