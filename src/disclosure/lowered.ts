import type { Coordinates, Fact } from "../facts";
import type { TableKind } from "../templates";
import type { LoweringProblem } from "./lower-problems";
import type { Row, Table } from "./types";

/**
 * A row after lowering: the coordinates its key and attribute cells give (before the table's
 * fixed coordinates and each column's own), and the facts of its amount cells.
 *
 * @example
 * ```ts
 * import type { LoweredRow } from "yusuan";
 * const r: LoweredRow = { index: 0, id: "total", row: { key: { kind: "total" }, cells: {} }, coords: {}, facts: [] };
 * ```
 */
export interface LoweredRow {
  readonly index: number;
  /** The row's id in source cells: its key, prefixed by its unit's when printed under one. */
  readonly id: string;
  readonly row: Row;
  /** Row coordinates, or `undefined` for a line of a line table (its coordinates are the line's). */
  readonly coords: Coordinates | undefined;
  readonly facts: readonly Fact[];
}

/**
 * A table lowered to facts, with its kind and per-row structure (used by roll-ups).
 *
 * @example
 * ```ts
 * import { lowerTable } from "yusuan";
 * import { henan2024 } from "yusuan/templates";
 * const lt = lowerTable(
 *   { kind: "sanGong", unit: "万元", rows: [{ key: { kind: "single" }, cells: { total: "6.50" } }] },
 *   henan2024,
 * );
 * lt.rows[0]?.facts[0]?.concept; // "sanGong"
 * ```
 */
export interface LoweredTable {
  /** The table as lowered: the one given, or its shaped copy when it held other than text. */
  readonly table: Table;
  readonly kind: TableKind | undefined;
  readonly rows: readonly LoweredRow[];
  readonly problems: readonly LoweringProblem[];
  /**
   * The columns whose cells state other coordinates than their kind gives them, in this table
   * (本年拨款 beside a carry-over the table prints: see `ColumnSpec.thisYear`), by key.
   */
  readonly columnCoords?: ReadonlyMap<string, Coordinates>;
}
