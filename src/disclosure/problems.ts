import type { AmountError } from "../amount";
import type { CodeError } from "../codes";
import type { RowKind } from "../templates";

/**
 * Where a problem is: the property path into the built value, e.g.
 * `["tables", 2, "rows", 3, "cells", "basic"]` is `value.tables[2].rows[3].cells.basic`. Paths of
 * a table built on its own start at the table (`["rows", 3, "cells", "basic"]`).
 *
 * @example
 * ```ts
 * import type { BuildPath } from "yusuan";
 * const path: BuildPath = ["rows", 0, "key", "code"];
 * ```
 */
export type BuildPath = readonly (string | number)[];

/**
 * A problem found while building (or validating) a table or a disclosure against a template. A
 * union discriminated on a stable `code`; `severity` is fixed per code. The value is always built
 * anyway and keeps everything that was given: a problem never drops data.
 *
 * Problems about a row also carry `table` (the kind id), `row` (its 0-based index) and `rowKey`
 * (its key as text, see `rowKeyId`).
 *
 * Errors:
 * - `wrong-type`: a value of another type than `expected` (`text`, `object`, `array`,
 *   `integer`), from plain JavaScript; `actual` names what it is. Numbers are not wrong where
 *   text belongs: a number cell (`{ total: 6.5 }`, as spreadsheet readers give) is taken as its
 *   exact decimal text (`"6.5"`, so say `"6.50"` to keep the printed precision), and `null` or
 *   `undefined` as a blank cell.
 * - `invalid-value`: text that is none of the `expected` values: a unit other than 元 / 万元 /
 *   亿元 (`千元`; the table's amounts are then not read), a row-key kind; `suggestions` holds
 *   the nearest.
 * - `reserved-key`: a cell (or table text) keyed `__proto__`, which JSON documents cannot carry
 *   either (see `parseDisclosure`); it is kept in the value.
 * - `unknown-table-kind`: the template has no table kind `table`; `suggestions` are the kind ids
 *   it may mean (`sangong` → `sanGong`, or a kind titled so).
 * - `template-mismatch`: the meta names template `template`, the builder was given `expected`.
 * - `row-kind-not-allowed`: the row key's kind is not among the table kind's `allowed` ones.
 * - `unknown-line`: a `line` row whose id is not a line of the table kind; `suggestions` are
 *   the line ids it may mean (by spelling, or a line labelled so).
 * - `duplicate-row`: a row key seen before (`first`) in the same unit group: the rows after an
 *   `org` row up to the next `org` row (so two units may list the same functional code); a
 *   warning unless both rows state figures, and other figures: one printed blank, or with zeros
 *   only (a former name's row left beside the current one, `（九）医疗卫生与计划生育支出` 0.00), is
 *   template residue, which the checker leaves out too; the total printed twice with the same
 *   figures (a 合计 at the top and again at the foot) is one statement printed twice.
 * - `unknown-column`: a cell under a column key the table kind lacks (the cell is kept);
 *   `suggestions` are the keys it may mean (`Reception` → `reception`, `公务接待费` → `reception`).
 * - `malformed-amount`: an amount cell that is not an amount (`error`); blank and `-` are fine.
 * - `malformed-code`: a classification code in the row key (no `column`) or in a code cell
 *   (`column`) that does not parse (`error`); it is kept as printed.
 *
 * Warnings:
 * - `duplicate-table`: another table of kind `table`; `first` is the index of the one read (the
 *   first bound, or in a 部门预算 naming its units' codes, the only one listing every unit): a
 *   unit's own 单位预算 table bound beside the department's, which the checker sets aside too
 *   (`tables.repeated`). No `first` where none of the kind is read: each is a unit's own (a 部门
 *   document printing its units' 单位整体绩效目标表 and no 部门整体 one).
 * - `misprinted-code`: a key code `printed` with a dropped leading zero (`301 2`), read as the
 *   code it `denotes` (30102); kept as printed, the checker reports it as `code.misprint`.
 * - `unplaced-row`: a row the printed-table reader could not place (`label` as printed); kept,
 *   it states no fact and the checker counts it in its coverage.
 * - `unknown-attribute-value`: an attribute cell (e.g. 项目类型) whose text is not one of the
 *   column's `known` values.
 * - `empty-table-without-note`: a table without rows and without a note, of a kind that must be
 *   printed with a note when empty (财预〔2016〕143号).
 *
 * Render it with {@link formatBuildProblem}.
 *
 * @example
 * ```ts
 * import { tableBuilder } from "yusuan";
 * import { henan2024 } from "yusuan/templates";
 * const r = tableBuilder(henan2024, "sanGong").single({ total: "6.5O" }).build();
 * r.problems[0]?.code; // "malformed-amount"
 * r.problems[0]?.path; // ["rows", 0, "cells", "total"]
 * ```
 */
export type BuildProblem =
  | {
      readonly code: "wrong-type";
      readonly severity: "error";
      readonly path: BuildPath;
      readonly expected: "text" | "object" | "array" | "integer";
      readonly actual: string;
    }
  | {
      readonly code: "invalid-value";
      readonly severity: "error";
      readonly path: BuildPath;
      readonly input: string;
      readonly expected: readonly string[];
      readonly suggestions: readonly string[];
    }
  | {
      readonly code: "reserved-key";
      readonly severity: "error";
      readonly path: BuildPath;
      readonly table: string;
      readonly key: string;
    }
  | {
      readonly code: "unknown-table-kind";
      readonly severity: "error";
      readonly path: BuildPath;
      readonly table: string;
      readonly template: string;
      readonly suggestions: readonly string[];
    }
  | {
      readonly code: "duplicate-table";
      readonly severity: "warning";
      readonly path: BuildPath;
      readonly table: string;
      readonly first?: number;
    }
  | {
      readonly code: "template-mismatch";
      readonly severity: "error";
      readonly path: BuildPath;
      readonly template: string;
      readonly expected: string;
    }
  | {
      readonly code: "empty-table-without-note";
      readonly severity: "warning";
      readonly path: BuildPath;
      readonly table: string;
    }
  | {
      readonly code: "row-kind-not-allowed";
      readonly severity: "error";
      readonly path: BuildPath;
      readonly table: string;
      readonly row: number;
      readonly rowKey: string;
      readonly rowKind: RowKind;
      readonly allowed: readonly RowKind[];
    }
  | {
      readonly code: "unknown-line";
      readonly severity: "error";
      readonly path: BuildPath;
      readonly table: string;
      readonly row: number;
      readonly rowKey: string;
      readonly line: string;
      readonly suggestions: readonly string[];
    }
  | {
      readonly code: "duplicate-row";
      readonly severity: "error" | "warning";
      readonly path: BuildPath;
      readonly table: string;
      readonly row: number;
      readonly rowKey: string;
      readonly first: number;
    }
  | {
      readonly code: "unknown-column";
      readonly severity: "error";
      readonly path: BuildPath;
      readonly table: string;
      readonly row: number;
      readonly rowKey: string;
      readonly column: string;
      readonly input: string;
      readonly suggestions: readonly string[];
    }
  | {
      readonly code: "malformed-amount";
      readonly severity: "error";
      readonly path: BuildPath;
      readonly table: string;
      readonly row: number;
      readonly rowKey: string;
      readonly column: string;
      readonly error: AmountError;
    }
  | {
      readonly code: "malformed-code";
      readonly severity: "error";
      readonly path: BuildPath;
      readonly table: string;
      readonly row: number;
      readonly rowKey: string;
      /** The code cell's column; absent when the code is in the row key. */
      readonly column?: string;
      readonly error: CodeError;
    }
  | {
      readonly code: "misprinted-code";
      readonly severity: "warning";
      readonly path: BuildPath;
      readonly table: string;
      readonly row: number;
      readonly rowKey: string;
      readonly printed: string;
      readonly denotes: string;
    }
  | {
      readonly code: "unplaced-row";
      readonly severity: "warning";
      readonly path: BuildPath;
      readonly table: string;
      readonly row: number;
      readonly rowKey: string;
      readonly label: string;
    }
  | {
      readonly code: "unknown-attribute-value";
      readonly severity: "warning";
      readonly path: BuildPath;
      readonly table: string;
      readonly row: number;
      readonly rowKey: string;
      readonly column: string;
      readonly input: string;
      readonly known: readonly string[];
    };

/**
 * The `code` of a {@link BuildProblem}.
 *
 * @example
 * ```ts
 * import type { BuildProblemCode } from "yusuan";
 * const code: BuildProblemCode = "duplicate-row";
 * ```
 */
export type BuildProblemCode = BuildProblem["code"];

/**
 * What `build()` returns: the built value, always (frozen, with everything that was given kept),
 * the problems found, and `ok`: whether none of them is an error.
 *
 * @example
 * ```ts
 * import { tableBuilder } from "yusuan";
 * import { henan2024 } from "yusuan/templates";
 * const r = tableBuilder(henan2024, "sanGong").single({ total: "6.50", reception: "2.50" }).build();
 * r.ok; // true
 * r.value.rows[0]?.cells.reception; // "2.50"
 * ```
 */
export interface BuildResult<T> {
  /** `true` when no problem has severity `error`. */
  readonly ok: boolean;
  readonly value: T;
  readonly problems: readonly BuildProblem[];
}
