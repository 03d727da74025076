import type { LoweredTable } from "../disclosure";
import type { Decomposition } from "../facts";
import type { FactIds } from "../facts/intern";
import { decomposeState, decomposeWith } from "./decompose";
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
  /** Makes the list of a group still empty (of its only fact: a roll-up is made); the group. */
  make(id: number): AnyFact[] | undefined;
  /** Makes every group not made yet. */
  makeAll(): void;
  /** Every derived fact, table by table (its roll-ups, then its decompositions); makes all. */
  derived(): DerivedFact[];
}

interface TableDerivations {
  readonly rolled: RollUps;
  /** Each roll-up's id, then its fact once made. */
  readonly rolledIds: Int32Array;
  readonly rolledFacts: (DerivedFact | undefined)[];
  readonly decomposed: { readonly facts: readonly DerivedFact[]; readonly ids: readonly number[] };
}

/**
 * The group of every group of one fact waiting to be read: one empty list, never written (made,
 * it gets a list of its own, of its fact: a list grown from empty by push reserves 17 slots, and
 * a check may make thousands).
 */
const WAITING: AnyFact[] = [];

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
      decomposed: { facts: decomposed.facts, ids: decomposed.ids },
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
  // The groups of one fact, waiting to be read, in order: each one's fact (a printed or
  // decomposed fact; none for a roll-up, made when read), the roll-up's table and place, and the
  // group's place in `members`. A waiting group's `count` becomes -2 - its number here. Made at
  // their size (counted first): grown by push, they would be copied again and again.
  let waiting = 0;
  for (let id = 0; id < count.length; id++) if (count[id] === 1) waiting++;
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
    for (let i = 0; i < decomposed.facts.length; i++)
      addAs(decomposed.facts[i] as DerivedFact, decomposed.ids[i] as number);
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
          for (let i = 0; i < decomposed.facts.length; i++)
            derived.push(decomposed.facts[i] as DerivedFact);
        }
      }
      return derived;
    },
  };
}
