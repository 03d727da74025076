import type { Catalog } from "../catalog";
import type { Table } from "../disclosure";
import type { IndicatorFramework } from "../performance/framework/types";
import type { Template } from "../templates";
import type { ColumnMatch } from "./headers";
import type { ReadProblem } from "./problems";

/**
 * Options of {@link readPrintedTable}: the template whose table kinds to recognise, a functional
 * catalog to resolve 类 labels of line tables by name (`十、卫生健康` → 210) and to tell a 科目's
 * name wrapped onto the next printed row from a row of its own below a whole name (an economic
 * catalog does the latter for economic 科目), a kind id to force
 * instead of recognising the title, the department's code (a unit code starting with it is
 * always a unit row, even where an economic code could be printed) and name (`departmentName`),
 * the document's year
 * (a column headed with another year, or 上年, is not read as this year's: see `matchHeaders`),
 * the disclosure's units (`units`), and, page by page, what the page before was: its kind
 * (`continues`, for a page titled `续表` alone) and its table (`previous`, for a 类 printed once
 * and cut at the page break). Passing the page before for every page is safe: each is read only
 * where the page continues it.
 *
 * @example
 * ```ts
 * import { henan2024 } from "yusuan/templates";
 * import type { ReadOptions } from "yusuan/printed";
 * const options: ReadOptions = {
 *   template: henan2024,
 *   departmentCode: "116",
 *   departmentName: "中国共产党洛阳市涧西区委员会办公室",
 * };
 * // reading page 2 of a document: the kind and the table read from page 1
 * const next = (kind: string, previous: import("yusuan").Table): ReadOptions => ({
 *   ...options,
 *   continues: kind,
 *   previous,
 * });
 * ```
 */
export interface ReadOptions {
  readonly template: Template;
  readonly catalog?: Catalog;
  readonly kind?: string;
  readonly departmentCode?: string;
  /**
   * The department's name (`meta.department.name`): a caption printing it under a unit's label
   * at a table's top (`单位名称：上海市普陀区财政局`) is read as the table's caption, not as a
   * heading over a unit's rows, where no other row of the table heads a unit (a second
   * `单位名称：…`, or another unit's name). Names are compared as label keys (spaces, full-width
   * forms). Without it such a row is read as before: the reader never guesses which is which.
   */
  readonly departmentName?: string;
  /** The document's year (`meta.year`); the year the title prints when absent. */
  readonly year?: number;
  /**
   * The disclosure's units (`meta.units`, and the department), each with its code: a unit's row
   * printed by its name alone (no code) is read as that unit's. A row naming a unit not listed
   * here, over a unit's 科目 rows, leaves them unplaced (`unplaced-row` with `under`).
   */
  readonly units?: readonly { readonly code?: string; readonly name: string }[];
  /**
   * The kind id of the table printed before this page, when the page may continue it: a page
   * titled by a continuation mark alone (`续表`, `续表1`, `（续表）`, `续上表`) is read as that
   * kind, and keeps its title, so a disclosure reads it as the rest of that table. Without it
   * such a page is `continued-title`.
   */
  readonly continues?: string;
  /**
   * The table read from the page before, when this page may continue it: a code printed once
   * over the rows below it (a 类 over its 款 and 项) and cut at the page break is read on the
   * next page's first rows from that table's last code row. Read only when of this page's kind;
   * a page whose first row prints its leading code cells reads nothing of it.
   */
  readonly previous?: Table;
  /**
   * The indicator trees a table of targets prints by: an 一级 / 二级 name its cell's wrap cut
   * onto two rows (`服务对象满` / `意度指标`) is joined in their names. The trees the library
   * knows when absent (see `PROJECT_FRAMEWORKS`, `HENAN_DEPARTMENT_FRAMEWORK` in
   * `yusuan/performance`).
   */
  readonly frameworks?: readonly IndicatorFramework[];
}

/**
 * The outcome of {@link readPrintedTable}: the typed table (absent when no kind was found), the
 * kind id, how each printed column was placed, the problems, and for each row of the table the
 * index of the printed row it came from (a two-sided printed row gives up to two rows).
 * `ok` is true when there is a table and no problem of severity `error`.
 *
 * @example
 * ```ts
 * import type { ReadResult } from "yusuan/printed";
 * const errors = (r: ReadResult) => r.problems.filter((p) => p.severity === "error").length;
 * ```
 */
export interface ReadResult {
  readonly ok: boolean;
  readonly table: Table | undefined;
  readonly kind: string | undefined;
  readonly columns: readonly ColumnMatch[];
  readonly problems: readonly ReadProblem[];
  readonly rowSources: readonly number[];
  /**
   * Printed rows read together into one table row, where a layout folds several into one (a
   * one-row kind printed one item a row: every item row, the first being the row's source; the
   * row is left out where all its cells are blank), or where a row prints the rest of the row
   * above (a long name wrapped onto a second line: `wrapped-row`). Absent when no row was folded.
   */
  readonly folded?: readonly number[];
}
