import type { LoweredTable } from "../disclosure";
import type { Decomposition, Fact, SourceCell } from "../facts";
import type { FactIds } from "../facts/intern";
import { decomposeWith } from "./decompose";
import { decomposeState } from "./decompose-state";
import type { Decomposed } from "./decomposed";
import type { AnyFact, DerivedFact } from "./derive";
import { type RollUps, rollUps } from "./rollup";

/**
 * A check's facts grouped by identity (small integer ids of one {@link FactIds}). A group of one
 * fact (most groups: nothing compares a roll-up nothing else states, nor a printed cell or a
 * decomposition alone in its identity) waits to be read: until then it is an empty list in
 * `byId` and `members` (one list shared by all of them, never written), and
 * {@link Grouping.make} puts a list of its fact in its place in both (a roll-up is made a fact
 * only then). Rules that compare read only groups of several facts, so on a 10⁴-row 支出表
 * ≈ 78,000 lists of one fact (≈ 4 MB of the ≈ 57 MB a check keeps alive) are never made.
 * Likewise a group of a printed fact and a decomposition of its own table that only confirms it
 * (see {@link Decomposed}), nothing else stating the identity: a pair, whose comparison is known
 * to agree, and whose derived fact waits to be read with its group (≈ 29,000 on 10⁴ rows).
 * @internal
 */
export interface Grouping {
  /** Each identity's group by id (`undefined` for an id no fact has). */
  readonly byId: readonly (AnyFact[] | undefined)[];
  /**
   * The groups in the order their identities are first met: printed facts, then each table's
   * roll-ups and decompositions. A group lists its printed facts first.
   */
  readonly members: readonly AnyFact[][];
  /**
   * Makes the list of a group still empty (of its only fact, a roll-up made; or of a pair's
   * printed fact and its sum, made); the group.
   */
  make(id: number): AnyFact[] | undefined;
  /** Makes every group not made yet. */
  makeAll(): void;
  /** Every derived fact, table by table (its roll-ups, then its decompositions); makes all. */
  derived(): DerivedFact[];
  /** The pairs waiting (a printed fact and the sum confirming it), by number. */
  readonly pairs: Pairs;
}

/** A check's waiting pairs (see {@link Grouping}), by number, in the order of their groups. */
export interface Pairs {
  readonly count: number;
  /** Pair `k`'s place in `members` (ascending in `k`). */
  member(k: number): number;
  /** Pair `k`'s identity. */
  id(k: number): number;
  /** Pair `k`'s printed fact. */
  printed(k: number): Fact;
  /** The id of the decomposition that derived pair `k`'s sum. */
  decomposition(k: number): string;
  /** Pair `k`'s derived fact's source cells (its `sources`), visited without making it. */
  visitSources(k: number, visit: (s: SourceCell) => void): void;
  /** Pair `k`'s group (made if waiting): its printed fact, then its derived fact. */
  group(k: number): readonly AnyFact[];
}

interface TableDerivations {
  readonly rolled: RollUps;
  /** Each roll-up's id, then its fact once made. */
  readonly rolledIds: Int32Array;
  readonly rolledFacts: (DerivedFact | undefined)[];
  readonly decomposed: Decomposed;
}

/**
 * The group of every group of one fact waiting to be read: one empty list, never written (made,
 * it gets a list of its own, of its fact: a list grown from empty by push reserves 17 slots, and
 * a check may make thousands).
 */
const WAITING: AnyFact[] = [];

/** The `count` of a pair's identity before its group is made: PAIR + the pair's number. */
const PAIR = 1 << 30;

/** Derives (roll-ups and decompositions) and groups the facts of a check's tables. @internal */
export function groupFacts(
  tables: readonly LoweredTable[],
  decompositions: readonly Decomposition[],
  ids: FactIds,
): Grouping {
  // Decomposing looks up each printed fact's id and gives each fact it derives one.
  const state = decomposeState(ids);
  const printedIds: (readonly number[])[] = [];
  const derivations: TableDerivations[] = [];
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t] as LoweredTable;
    const decomposed = decomposeWith(table, decompositions, state);
    // A subtotal printed blank beside its parts' figures is not zero in a roll-up either.
    const rolled = rollUps(table, decomposed.blankWholes);
    printedIds.push(decomposed.printedIds);
    // Made at their size: facts are set at scattered places as they are made (written past
    // the end, a list would turn into a slow dictionary). Only the decompositions' facts and
    // ids are kept (the grouping outlives this function: the printed ids are not needed then).
    derivations.push({
      rolled,
      rolledIds: new Int32Array(rolled.size),
      rolledFacts: new Array(rolled.size),
      decomposed: decomposed.decomposed,
    });
  }
  const values: (string | undefined)[] = new Array(10);
  for (let t = 0; t < derivations.length; t++) {
    const { rolled, rolledIds } = derivations[t] as TableDerivations;
    for (let i = 0; i < rolled.size; i++) rolledIds[i] = rolled.idOf(i, ids, values);
  }
  // How many facts state each identity: a fact alone in its group waits to be read. Integers in
  // a typed array (kept while the context lives: the collector does not scan it).
  const count = new Int32Array(ids.size);
  const countAll = (known: ArrayLike<number>) => {
    for (let i = 0; i < known.length; i++) {
      const k = known[i] as number;
      count[k] = (count[k] as number) + 1;
    }
  };
  for (let t = 0; t < derivations.length; t++) {
    const d = derivations[t] as TableDerivations;
    countAll(printedIds[t] as readonly number[]);
    countAll(d.rolledIds);
    countAll(d.decomposed.ids);
  }
  const byId: (AnyFact[] | undefined)[] = new Array(ids.size);
  // At most one group per id, so made at that size and cut to the groups made at the end (a
  // list grown by push to thousands of groups copies itself again and again).
  const members: AnyFact[][] = new Array(ids.size);
  let groups = 0;
  // The pairs: a sum waiting in its decompositions (it confirms its table's printed figure) whose
  // identity only that figure and it state. Each one's `count` becomes PAIR + its number here,
  // which its printed fact, met first, reads (its table, and its place among the waiting sums).
  let paired = 0;
  for (let t = 0; t < derivations.length; t++) {
    const { waitingAt: at, ids: known } = (derivations[t] as TableDerivations).decomposed;
    for (let k = 0; k < at.length; k++) if (count[known[at[k] as number] as number] === 2) paired++;
  }
  const pairTable = new Int32Array(paired);
  const pairSum = new Int32Array(paired);
  paired = 0;
  for (let t = 0; t < derivations.length; t++) {
    const { waitingAt: at, ids: known } = (derivations[t] as TableDerivations).decomposed;
    for (let k = 0; k < at.length; k++) {
      const id = known[at[k] as number] as number;
      if (count[id] !== 2) continue;
      pairTable[paired] = t;
      pairSum[paired] = k;
      count[id] = PAIR + paired++;
    }
  }
  // The groups waiting to be read, in order: each one's fact (a printed or decomposed fact, a
  // pair's printed fact; none for a roll-up, made when read), the roll-up's or the pair's table
  // and place (-1 for a lone fact), and the group's place in `members`. A waiting group's `count`
  // becomes -2 - its number here. Made at their size (counted first): grown by push, they would
  // be copied again and again. The pairs are numbered apart too, in the order of their groups.
  let waiting = paired;
  for (let id = 0; id < count.length; id++) if (count[id] === 1) waiting++;
  const pairWaiting = new Int32Array(paired);
  const pairId = new Int32Array(paired);
  let pairs = 0;
  const waitingFact: (AnyFact | undefined)[] = new Array(waiting);
  const waitingTable = new Int32Array(waiting);
  const waitingAt = new Int32Array(waiting);
  const waitingMember = new Int32Array(waiting);
  waiting = 0;
  const wait = (f: AnyFact | undefined, id: number, table: number, at: number) => {
    waitingFact[waiting] = f;
    waitingTable[waiting] = table;
    waitingAt[waiting] = at;
    waitingMember[waiting] = groups;
    byId[id] = WAITING;
    members[groups++] = WAITING;
    count[id] = -2 - waiting++;
  };
  // A group of several facts is made at its size (`count`) and filled in place: one grown by push
  // from one fact reserves 17 slots (a large table has tens of thousands of pairs). Its `count`
  // then holds minus the places still to fill.
  const addAs = (f: AnyFact, id: number) => {
    const g = byId[id];
    if (g === undefined) {
      const size = count[id] as number;
      if (size === 1) {
        wait(f, id, -1, -1);
        return;
      }
      if (size >= PAIR) {
        const p = size - PAIR;
        pairWaiting[pairs] = waiting;
        pairId[pairs++] = id;
        wait(f, id, pairTable[p] as number, pairSum[p] as number);
        return;
      }
      const made: AnyFact[] = new Array(size);
      made[0] = f;
      count[id] = 1 - size;
      byId[id] = made;
      members[groups++] = made;
    } else {
      const left = -(count[id] as number);
      g[g.length - left] = f;
      count[id] = 1 - left;
    }
  };
  // Every printed fact is added before any derived one, so a group lists its printed facts first
  // (rules may stop at the first derived one).
  for (let t = 0; t < tables.length; t++) {
    const known = printedIds[t] as readonly number[];
    const rows = (tables[t] as LoweredTable).rows;
    let at = 0;
    for (let i = 0; i < rows.length; i++) {
      const facts = (rows[i] as LoweredTable["rows"][number]).facts;
      for (let j = 0; j < facts.length; j++) addAs(facts[j] as AnyFact, known[at++] as number);
    }
  }
  for (let t = 0; t < derivations.length; t++) {
    const { rolled, rolledIds, rolledFacts, decomposed } = derivations[t] as TableDerivations;
    for (let i = 0; i < rolledIds.length; i++) {
      const id = rolledIds[i] as number;
      // A roll-up alone in its group is not made until read.
      if (count[id] === 1) wait(undefined, id, t, i);
      else {
        const f = rolled.factOf(i);
        rolledFacts[i] = f;
        addAs(f, id);
      }
    }
    // A waiting sum is made here unless its pair waits (the places of the waiting ones ascend).
    const { facts, ids: known, waitingAt: at } = decomposed;
    let k = 0;
    for (let i = 0; i < facts.length; i++) {
      const id = known[i] as number;
      if (at[k] !== i) addAs(facts[i] as DerivedFact, id);
      else if (byId[id] !== WAITING) addAs(decomposed.make(k), id);
      if (at[k] === i) k++;
    }
  }
  // An id may state no fact (a parent claimed by a decomposition that then found no children).
  members.length = groups;
  // How many waiting groups are not made yet.
  let unmade = waiting;
  const make = (id: number): AnyFact[] | undefined => {
    const g = byId[id];
    // Only a waiting group is empty.
    if (g === undefined || g.length > 0) return g;
    const w = -2 - (count[id] as number);
    let f = waitingFact[w];
    if (f !== undefined && (waitingAt[w] as number) >= 0) return makePair(id, w, f);
    if (f === undefined) {
      const d = derivations[waitingTable[w] as number] as TableDerivations;
      const at = waitingAt[w] as number;
      const rolledUp = d.rolled.factOf(at);
      d.rolledFacts[at] = rolledUp;
      f = rolledUp;
    }
    const made = [f];
    byId[id] = made;
    members[waitingMember[w] as number] = made;
    unmade--;
    return made;
  };
  const makePair = (id: number, w: number, printed: AnyFact): AnyFact[] => {
    const d = derivations[waitingTable[w] as number] as TableDerivations;
    const made = [printed, d.decomposed.make(waitingAt[w] as number)];
    byId[id] = made;
    members[waitingMember[w] as number] = made;
    unmade--;
    return made;
  };
  const makeAll = () => {
    if (unmade === 0) return;
    // The roll-ups first, table by table (as they were always made), then the lone facts.
    for (let t = 0; t < derivations.length; t++) {
      const d = derivations[t] as TableDerivations;
      for (let i = 0; i < d.rolledIds.length; i++)
        if (d.rolledFacts[i] === undefined) make(d.rolledIds[i] as number);
    }
    for (let id = 0; id < byId.length && unmade > 0; id++) if (byId[id] === WAITING) make(id);
  };
  let derived: DerivedFact[] | undefined;
  return {
    byId,
    members,
    make,
    makeAll,
    derived() {
      if (derived === undefined) {
        makeAll();
        derived = [];
        for (let t = 0; t < derivations.length; t++) {
          const { rolledFacts, decomposed } = derivations[t] as TableDerivations;
          for (let i = 0; i < rolledFacts.length; i++) derived.push(rolledFacts[i] as DerivedFact);
          decomposed.makeAll();
          for (let i = 0; i < decomposed.facts.length; i++)
            derived.push(decomposed.facts[i] as DerivedFact);
        }
      }
      return derived;
    },
    pairs: {
      count: paired,
      member: (k) => waitingMember[pairWaiting[k] as number] as number,
      id: (k) => pairId[k] as number,
      printed: (k) => waitingFact[pairWaiting[k] as number] as Fact,
      decomposition: (k) => {
        const w = pairWaiting[k] as number;
        const d = derivations[waitingTable[w] as number] as TableDerivations;
        const via = d.decomposed.via(waitingAt[w] as number);
        return via.kind === "decomposition" ? via.id : "";
      },
      visitSources: (k, visit) => {
        const w = pairWaiting[k] as number;
        const d = derivations[waitingTable[w] as number] as TableDerivations;
        d.decomposed.visitSources(waitingAt[w] as number, visit);
      },
      group: (k) => make(pairId[k] as number) as AnyFact[],
    },
  };
}
