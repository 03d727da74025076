import type { SourceCell } from "../facts";
import { type AnyFact, isDerived, sourcesOf } from "./derive";
import type { Evidence } from "./types";

/** Evidence for a fact (value as printed-canonical string). @internal */
export function evidenceOf(f: AnyFact): Evidence {
  return {
    concept: f.concept,
    coords: f.coords,
    value: f.value?.value ?? null,
    unit: f.value?.unit ?? null,
    derived: isDerived(f),
    sources: sourcesOf(f),
  };
}

/** A stable id of a source cell. @internal */
export function cellId(s: SourceCell): string {
  return `${s.table}|${s.row}|${s.column}`;
}

/** Whether a cell's table, row or column holds `|` (its id may then equal another cell's). */
const piped = (s: SourceCell): boolean =>
  s.table.includes("|") || s.row.includes("|") || s.column.includes("|");

/**
 * A set of source cells by {@link cellId}, without building an id per addition: the same cell
 * object is met many times (every sum citing it), so cells are kept by identity, and only when a
 * cell not held as an object is looked up (a rule may describe one cell with a new object) are
 * they indexed by table, row and column in nested maps. Two cells without `|` in those have the
 * same id exactly when they are equal, so no id string is built unless one has. @internal
 */
export class CellSet {
  readonly #objects = new Set<SourceCell>();
  #byTable: Map<string, Map<string, Set<string>>> | undefined;
  /** Whether a cell held has `|` in its table, row or column (once indexed). */
  #piped = false;
  #ids: Set<string> | undefined;

  add(s: SourceCell): void {
    const objects = this.#objects;
    const before = objects.size;
    objects.add(s);
    if (objects.size === before) return;
    if (this.#byTable !== undefined) {
      index(this.#byTable, s);
      if (piped(s)) this.#piped = true;
    }
    this.#ids?.add(cellId(s));
  }

  has(s: SourceCell): boolean {
    if (this.#objects.has(s)) return true;
    let byTable = this.#byTable;
    if (byTable === undefined) {
      byTable = new Map();
      for (const o of this.#objects) {
        index(byTable, o);
        if (piped(o)) this.#piped = true;
      }
      this.#byTable = byTable;
    }
    // No cell held has `|`: their ids have two, so a cell with one (a longer id) equals none of
    // them, and the nested maps answer for every cell without looking at its strings.
    if (!this.#piped) return byTable.get(s.table)?.get(s.row)?.has(s.column) === true;
    if (this.#ids === undefined) {
      this.#ids = new Set();
      for (const o of this.#objects) this.#ids.add(cellId(o));
    }
    return this.#ids.has(cellId(s));
  }
}
function index(byTable: Map<string, Map<string, Set<string>>>, s: SourceCell): void {
  let byRow = byTable.get(s.table);
  if (byRow === undefined) {
    byRow = new Map();
    byTable.set(s.table, byRow);
  }
  let columns = byRow.get(s.row);
  if (columns === undefined) {
    columns = new Set();
    byRow.set(s.row, columns);
  }
  columns.add(s.column);
}
