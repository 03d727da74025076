import type { SourceCell } from "../facts";
import { type AnyFact, isDerived } from "./derive";
import type { Pairs } from "./group-facts";
import type { Comparisons, Mismatch } from "./types";

/**
 * The comparisons one rule owns, as a check builds them: each comparison's two facts in
 * `checked` (the one compared, then the reference), where a waiting pair (a printed figure and
 * the sum of its table that only confirms it, see `Grouping`) stands as its number until
 * `checked` is read, which makes its derived fact. The rules of the check read the cells compared
 * with {@link visitCompared}, which makes none. @internal
 */
export class Compared implements Comparisons {
  count = 0;
  readonly mismatches: Mismatch[] = [];
  /**
   * The facts compared (an own, enumerable property, as on a plain comparisons object: a copy or
   * `JSON.stringify` of it reads it, and so makes the waiting sums).
   */
  declare readonly checked: readonly AnyFact[];
  /** Pairs of facts, or a waiting pair's number (its sum, then its printed fact). */
  readonly #entries: (AnyFact | number)[] = [];
  #checked: AnyFact[] | undefined;
  readonly #pairs: Pairs;

  constructor(pairs: Pairs) {
    this.#pairs = pairs;
    Object.defineProperty(this, "checked", { enumerable: true, get: () => this.#expand() });
  }

  /** Records a comparison of `fact` with `reference`. */
  compared(fact: AnyFact, reference: AnyFact): void {
    this.count++;
    this.#entries.push(fact, reference);
  }

  /** Records the comparison of waiting pair `k` (its sum agrees with its printed figure). */
  paired(k: number): void {
    this.count++;
    this.#entries.push(k);
  }

  #expand(): readonly AnyFact[] {
    if (this.#checked === undefined) {
      const out: AnyFact[] = [];
      for (const e of this.#entries)
        if (typeof e !== "number") out.push(e);
        else {
          const [printed, sum] = this.#pairs.group(e) as [AnyFact, AnyFact];
          out.push(sum, printed);
        }
      this.#checked = out;
    }
    return this.#checked;
  }

  /** Visits the cells of every fact compared (each fact's `sources`, in `checked` order). */
  visit(visit: (s: SourceCell) => void): void {
    const entries = this.#entries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i] as AnyFact | number;
      if (typeof e === "number") {
        this.#pairs.visitSources(e, visit);
        visit(this.#pairs.printed(e).source);
      } else visitSources(e, visit);
    }
  }
}

function visitSources(f: AnyFact, visit: (s: SourceCell) => void): void {
  if (!isDerived(f)) {
    visit(f.source);
    return;
  }
  const sources = f.sources;
  for (let j = 0; j < sources.length; j++) visit(sources[j] as SourceCell);
}

/**
 * Visits the cells behind every fact `c` compared (`c.checked`'s sources, in order), without
 * making the derived facts a check's own comparisons keep waiting. @internal
 */
export function visitCompared(c: Comparisons, visit: (s: SourceCell) => void): void {
  if (c instanceof Compared) {
    c.visit(visit);
    return;
  }
  const checked = c.checked;
  for (let i = 0; i < checked.length; i++) visitSources(checked[i] as AnyFact, visit);
}

/** The cells behind every fact `c` compared, in order (see {@link visitCompared}). @internal */
export function comparedCells(c: Comparisons): SourceCell[] {
  const out: SourceCell[] = [];
  visitCompared(c, (s) => {
    out.push(s);
  });
  return out;
}
