import type { LoweredTable } from "../disclosure";
import type { Coordinates, Fact } from "../facts";

/**
 * A coarser row of a roll-up, for one row shape: its merged values (DIMENSIONS order), the rows
 * that add into it (in order, as a chain of links of its {@link Sums}) and its columns in
 * first-seen order. @internal
 */
export interface Bucket {
  readonly values: readonly (string | undefined)[];
  /** Its coordinates, made when a first fact of it is (its columns' facts share them). */
  coords: Coordinates | undefined;
  /**
   * The first and the last link of its rows (-1: none yet). Links, not a list per bucket: most
   * buckets take one or two rows, and a list grown from empty reserves 17 slots.
   */
  firstLink: number;
  lastLink: number;
  /** The columns of its sums; shared with a row signature's list until another signature adds some. */
  columns: readonly string[];
  /** The signature of every row added so far (-1: none yet, -2: several). */
  sig: number;
  /** Whether it splits by an attribute some rows leave unknown (its sums may lack them). */
  readonly partial: boolean;
}

/**
 * A table's roll-up sums, numbered in the order they are first met: one per bucket and column.
 * A sum keeps no list of its facts: the rows of its bucket hold them, and {@link Sums.factsOf}
 * picks them out when its fact is made (most roll-ups never are). Rows are told apart by their
 * signature, their facts' columns in order: most rows of a table share one, so a row that adds
 * into a bucket of its own signature adds no sum, and its facts' columns are read once.
 * @internal
 */
export class Sums {
  readonly #rows: readonly LoweredTable["rows"][number][];
  /** Each row's signature (-1 until read). */
  readonly #rowSig: number[];
  readonly #sigColumns: (readonly string[])[] = [];
  /** Whether a signature names each column once. */
  readonly #sigDistinct: boolean[] = [];
  readonly #scratch: string[] = [];
  readonly #facts: Fact[] = [];
  /** Each link's row and the next link of its bucket (-1: its last). */
  readonly #linkRow: number[] = [];
  readonly #linkNext: number[] = [];
  /** Each sum's bucket, column and first fact. */
  readonly bucket: Bucket[] = [];
  readonly column: string[] = [];
  readonly first: Fact[] = [];

  constructor(rows: readonly LoweredTable["rows"][number][]) {
    this.#rows = rows;
    this.#rowSig = new Array(rows.length).fill(-1);
  }

  /** A row's signature, read once. */
  #sigOf(i: number): number {
    const known = this.#rowSig[i] as number;
    if (known >= 0) return known;
    const facts = (this.#rows[i] as LoweredTable["rows"][number]).facts;
    const n = facts.length;
    const cols = this.#scratch;
    for (let j = 0; j < n; j++) cols[j] = (facts[j] as Fact).source.column;
    let sig = -1;
    for (let s = 0; s < this.#sigColumns.length && sig < 0; s++) {
      const c = this.#sigColumns[s] as readonly string[];
      if (c.length !== n) continue;
      let j = 0;
      while (j < n && c[j] === cols[j]) j++;
      if (j === n) sig = s;
    }
    if (sig < 0) {
      sig = this.#sigColumns.length;
      const own = cols.slice(0, n);
      this.#sigColumns.push(own);
      this.#sigDistinct.push(own.every((c, j) => own.indexOf(c) === j));
    }
    this.#rowSig[i] = sig;
    return sig;
  }

  /** Adds row `i`'s facts into a bucket: a sum for each of its columns new to the bucket. */
  add(b: Bucket, i: number): void {
    const sig = this.#sigOf(i);
    const link = this.#linkRow.length;
    this.#linkRow.push(i);
    this.#linkNext.push(-1);
    if (b.lastLink < 0) b.firstLink = link;
    else this.#linkNext[b.lastLink] = link;
    b.lastLink = link;
    if (b.sig === sig) return;
    const cols = this.#sigColumns[sig] as readonly string[];
    const facts = (this.#rows[i] as LoweredTable["rows"][number]).facts;
    if (b.sig === -1 && this.#sigDistinct[sig] === true) {
      b.columns = cols;
      for (let j = 0; j < cols.length; j++) this.#sum(b, cols[j] as string, facts[j] as Fact);
    } else {
      let columns: string[] | undefined;
      for (let j = 0; j < cols.length; j++) {
        const c = cols[j] as string;
        if (b.columns.includes(c) || columns?.includes(c) === true) continue;
        columns ??= [];
        columns.push(c);
        this.#sum(b, c, facts[j] as Fact);
      }
      if (columns !== undefined) b.columns = [...b.columns, ...columns];
    }
    b.sig = b.sig === -1 ? sig : -2;
  }

  #sum(b: Bucket, column: string, first: Fact): void {
    this.bucket.push(b);
    this.column.push(column);
    this.first.push(first);
  }

  /** The facts a sum adds up, in the order of their rows and, within a row, of its facts. */
  factsOf(sum: number): Fact[] {
    const b = this.bucket[sum] as Bucket;
    const column = this.column[sum] as string;
    // Scratch, never shortened (setting a list's length to 0 drops its storage).
    const out = this.#facts;
    let size = 0;
    let lastSig = -1;
    // The column's place in the last signature met (-2: a signature naming it more than once).
    let at = -1;
    for (let link = b.firstLink; link >= 0; link = this.#linkNext[link] as number) {
      const i = this.#linkRow[link] as number;
      const sig = this.#rowSig[i] as number;
      const cols = this.#sigColumns[sig] as readonly string[];
      if (sig !== lastSig) {
        lastSig = sig;
        at = this.#sigDistinct[sig] === true ? cols.indexOf(column) : -2;
      }
      const facts = (this.#rows[i] as LoweredTable["rows"][number]).facts;
      if (at >= 0) out[size++] = facts[at] as Fact;
      else if (at === -2)
        for (let j = 0; j < cols.length; j++)
          if (cols[j] === column) out[size++] = facts[j] as Fact;
    }
    return out.slice(0, size);
  }
}
