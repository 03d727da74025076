import type { Amount } from "../amount";
import type { Fact, SourceCell } from "../facts";
import { type AnyFact, type DerivedFact, flatSources, isDerived, sumOf } from "./derived";

/**
 * The facts one table's decompositions derived, in order, with the ids of their identities. A
 * sum that only confirms the figure its own table prints for the same identity (the same
 * coordinates object, a value compared equal: `合计 = 基本 + 项目` on a row that adds up) waits to
 * be read: its place holds that printed fact (the decompositions after it read only its concept
 * and coordinates, which are the same), and its parts are kept in one list shared by the table,
 * so neither the derived fact, nor its list of parts, nor its list of source cells is made (≈ 230
 * bytes a sum; ≈ 29,000 of the ≈ 50,000 sums of a 10⁴-row 支出表). {@link Decomposed.make} makes
 * it, the same fact it would have been (its sum is taken again from the same parts). @internal
 */
export class Decomposed {
  /** Each derived fact, or at a waiting place the printed fact it confirms. */
  readonly facts: AnyFact[] = [];
  /** The id of each fact's identity. */
  readonly ids: number[] = [];
  /** The places of the waiting facts, ascending (waiting fact `k` is at `waitingAt[k]`). */
  readonly waitingAt: number[] = [];
  /** Waiting fact `k`'s parts are `#parts[#start[k]]` up to the next one's start. */
  readonly #parts: AnyFact[] = [];
  readonly #start: number[] = [];
  readonly #via: DerivedFact["via"][] = [];
  /** The waiting facts that may lack figures the reader could not place. */
  #incomplete: Set<number> | undefined;

  constructor(
    readonly table: string,
    readonly unit: Amount["unit"],
  ) {}

  /** Adds a derived fact. */
  add(f: DerivedFact, id: number): void {
    this.facts.push(f);
    this.ids.push(id);
  }

  /** Adds a sum that confirms `printed` (its identity's printed fact): it waits to be read. */
  addWaiting(
    printed: Fact,
    id: number,
    via: DerivedFact["via"],
    parts: readonly AnyFact[],
    count: number,
    incomplete: boolean,
  ): void {
    const k = this.waitingAt.length;
    this.waitingAt.push(this.facts.length);
    this.facts.push(printed);
    this.ids.push(id);
    this.#start.push(this.#parts.length);
    for (let i = 0; i < count; i++) this.#parts.push(parts[i] as AnyFact);
    this.#via.push(via);
    if (incomplete) {
      this.#incomplete ??= new Set();
      this.#incomplete.add(k);
    }
  }

  /** Whether the fact at place `i` waits to be read. */
  waits(i: number): boolean {
    return !isDerived(this.facts[i] as AnyFact);
  }

  /** The decomposition of waiting fact `k`. */
  via(k: number): DerivedFact["via"] {
    return this.#via[k] as DerivedFact["via"];
  }

  /** Waiting fact `k`'s source cells (its parts' cells, as its `sources` lists them), visited. */
  visitSources(k: number, visit: (s: SourceCell) => void): void {
    const end = k + 1 < this.#start.length ? (this.#start[k + 1] as number) : this.#parts.length;
    for (let i = this.#start[k] as number; i < end; i++) {
      const p = this.#parts[i] as AnyFact;
      if (isDerived(p))
        for (let j = 0; j < p.sources.length; j++) visit(p.sources[j] as SourceCell);
      else visit(p.source);
    }
  }

  /** Makes waiting fact `k` (once; it then stands at its place) and gives it. */
  make(k: number): DerivedFact {
    const at = this.waitingAt[k] as number;
    const f = this.facts[at] as AnyFact;
    if (isDerived(f)) return f;
    const end = k + 1 < this.#start.length ? (this.#start[k + 1] as number) : this.#parts.length;
    const parts = this.#parts.slice(this.#start[k] as number, end);
    const value = sumOf(parts, this.unit, f.value);
    const { concept, coords } = f;
    const { table } = this;
    const via = this.#via[k] as DerivedFact["via"];
    const sources = flatSources(parts);
    const made: DerivedFact =
      this.#incomplete?.has(k) === true
        ? { concept, coords, value, table, via, parts, sources, incomplete: true }
        : { concept, coords, value, table, via, parts, sources };
    this.facts[at] = made;
    return made;
  }

  /** Makes every waiting fact. */
  makeAll(): void {
    for (let k = 0; k < this.waitingAt.length; k++) this.make(k);
  }
}
