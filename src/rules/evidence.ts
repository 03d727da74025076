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

/**
 * A set of source cells by {@link cellId}, without building an id per addition: the same cell
 * object is met many times (every sum citing it), so cells are kept by identity and their ids
 * are built once per distinct object, only when a cell not held as an object is looked up (a
 * rule may describe one cell with a new object). @internal
 */
export class CellSet {
  readonly #objects = new Set<SourceCell>();
  #ids: Set<string> | undefined;

  add(s: SourceCell): void {
    const objects = this.#objects;
    const before = objects.size;
    objects.add(s);
    if (this.#ids !== undefined && objects.size !== before) this.#ids.add(cellId(s));
  }

  has(s: SourceCell): boolean {
    if (this.#objects.has(s)) return true;
    if (this.#ids === undefined) {
      this.#ids = new Set();
      for (const o of this.#objects) this.#ids.add(cellId(o));
    }
    return this.#ids.has(cellId(s));
  }
}
