import type { Row, RowKey } from "./types";

/**
 * A row key as a stable string, used in source cells and finding paths:
 * `total`, `org:116001`, `functional:2013101`, `economic:30107/50501`, `project:2024年机关运行经费`,
 * `line:revenue.gpb`, `single`, `indicator:3`, `unplaced:7 11 02`.
 *
 * @example
 * ```ts
 * import { rowKeyId } from "yusuan";
 * rowKeyId({ kind: "economic", econ: "30107", gov: "50501" }); // "economic:30107/50501"
 * ```
 */
export function rowKeyId(key: RowKey): string {
  switch (key.kind) {
    case "total":
    case "single":
      return key.kind;
    case "org":
    case "functional":
      return `${key.kind}:${key.code}`;
    case "economic":
      return key.gov === undefined ? `economic:${key.econ}` : `economic:${key.econ}/${key.gov}`;
    case "project":
      return `project:${key.name}`;
    case "line":
      return `line:${key.line}`;
    case "indicator":
      return `indicator:${key.index}`;
    case "unplaced":
      return `unplaced:${key.label}`;
  }
}

/**
 * Follows a table's rows in printed order and tells, of each, whether it is a unit's row printed
 * again to close its own rows (`org:301002`, its rows, then `org:301002` again: the unit's 小计).
 * Such a row repeats no row (no duplicate) and states the unit's figures a second time (compared
 * with the first, summed once). A unit's row printed twice with nothing of its own between them,
 * or after another unit's rows, closes nothing. Rows the reader could not place change nothing.
 * @internal
 */
export function unitCloser(): (key: RowKey) => boolean {
  let unit: string | undefined;
  let rows = false;
  return (key) => {
    switch (key.kind) {
      case "org": {
        const closes = rows && key.code === unit;
        unit = key.code;
        rows = false;
        return closes;
      }
      case "functional":
      case "economic":
      case "project":
        rows = true;
        return false;
      case "unplaced":
        return false;
      default:
        unit = undefined;
        rows = false;
        return false;
    }
  };
}

/**
 * Whether a row is a unit's row that prints no cell at all: the mark a reader puts before rows
 * naming their unit in a column of their own (`单位名称` beside the 科目), where the unit changes.
 * Printed again where units alternate (rows sorted by 科目), it repeats no row. @internal
 */
export function isUnitMark(row: Pick<Row, "key" | "cells">): boolean {
  if (row.key.kind !== "org") return false;
  for (const k in row.cells) if (Object.hasOwn(row.cells, k)) return false;
  return true;
}
