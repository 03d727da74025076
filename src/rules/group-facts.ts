import type { LoweredTable } from "../disclosure";
import type { Decomposition } from "../facts";
import type { FactIds } from "../facts/intern";
import { decomposeState, decomposeWith } from "./decompose";
import type { AnyFact, DerivedFact } from "./derive";
import { type RollUps, rollUps } from "./rollup";

/**
 * A check's facts grouped by identity (small integer ids of one {@link FactIds}). A roll-up that
 * is the only statement of its identity (most are: nothing compares them) is made a fact only
 * when something reads it: until then its group is an empty list in `byId` and `members` (one
 * list shared by all of them, never written), and {@link Grouping.make} puts a list of its fact
 * in its place in both. @internal
 */
export interface Grouping {
  /** Each identity's group by id (`undefined` for an id no fact has). */
  readonly byId: readonly (AnyFact[] | undefined)[];
  /**
   * The groups in the order their identities are first met: printed facts, then each table's
   * roll-ups and decompositions. A group lists its printed facts first.
   */
  readonly members: readonly AnyFact[][];
  /** Makes the roll-up of a group still empty (its only fact); the group. */
  make(id: number): AnyFact[] | undefined;
  /** Makes every roll-up not made yet. */
  makeAll(): void;
  /** Every derived fact, table by table (its roll-ups, then its decompositions); makes all. */
  derived(): DerivedFact[];
}

interface TableDerivations {
  readonly rolled: RollUps;
  /** Each roll-up's id, then its fact once made. */
  readonly rolledIds: number[];
  readonly rolledFacts: (DerivedFact | undefined)[];
  readonly decomposed: { readonly facts: readonly DerivedFact[]; readonly ids: readonly number[] };
}

/**
 * The group of every roll-up waiting to be made: one empty list, never written (made, a roll-up
 * gets a list of its own, of one fact: a list grown from empty by push reserves 17 slots, and a
 * check may make thousands).
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
    // the end, a list would turn into a slow dictionary).
    derivations.push({
      rolled,
      rolledIds: new Array(rolled.size),
      rolledFacts: new Array(rolled.size),
      decomposed,
    });
  }
  const values: (string | undefined)[] = new Array(10);
  for (let t = 0; t < derivations.length; t++) {
    const { rolled, rolledIds } = derivations[t] as TableDerivations;
    for (let i = 0; i < rolled.size; i++) rolledIds[i] = rolled.idOf(i, ids, values);
  }
  // How many facts state each identity: a roll-up alone in its group waits to be read.
  const count: number[] = new Array(ids.size).fill(0);
  const countAll = (known: readonly number[]) => {
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
  // A group of several facts is made at its size (`count`) and filled in place: one grown by push
  // from one fact reserves 17 slots (a large table has tens of thousands of pairs). Its `count`
  // then holds minus the places still to fill (never 1, which marks a lone roll-up below).
  const addAs = (f: AnyFact | undefined, id: number) => {
    const g = byId[id];
    if (g === undefined) {
      const size = count[id] as number;
      let made: AnyFact[];
      if (f === undefined || size === 1) made = f === undefined ? WAITING : [f];
      else {
        made = new Array(size);
        made[0] = f;
        count[id] = 1 - size;
      }
      byId[id] = made;
      members[groups++] = made;
    } else if (f !== undefined) {
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
  // The roll-ups waiting to be made, in order: each one's table, place and place in `members`.
  // A waiting roll-up's `count` (1 once grouping is done, as every group's is) becomes -2 - its
  // number here: lists of the waiting ones only, not three more lists of every id.
  // Made at their size (counted first): grown by push, they would be copied again and again.
  let waiting = 0;
  for (let t = 0; t < derivations.length; t++) {
    const { rolledIds } = derivations[t] as TableDerivations;
    for (let i = 0; i < rolledIds.length; i++) if (count[rolledIds[i] as number] === 1) waiting++;
  }
  const waitingTable: number[] = new Array(waiting);
  const waitingAt: number[] = new Array(waiting);
  const waitingMember: number[] = new Array(waiting);
  waiting = 0;
  for (let t = 0; t < derivations.length; t++) {
    const { rolled, rolledIds, rolledFacts, decomposed } = derivations[t] as TableDerivations;
    for (let i = 0; i < rolledIds.length; i++) {
      const id = rolledIds[i] as number;
      if (count[id] === 1) {
        waitingTable[waiting] = t;
        waitingAt[waiting] = i;
        waitingMember[waiting] = groups;
        addAs(undefined, id);
        count[id] = -2 - waiting++;
      } else {
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
  // How many waiting roll-ups are not made yet.
  let unmade = waiting;
  const make = (id: number): AnyFact[] | undefined => {
    const g = byId[id];
    // Only a waiting roll-up's group is empty.
    if (g === undefined || g.length > 0) return g;
    const w = -2 - (count[id] as number);
    const d = derivations[waitingTable[w] as number] as TableDerivations;
    const at = waitingAt[w] as number;
    const f = d.rolled.factOf(at);
    d.rolledFacts[at] = f;
    const made = [f];
    byId[id] = made;
    members[waitingMember[w] as number] = made;
    unmade--;
    return made;
  };
  const makeAll = () => {
    if (unmade === 0) return;
    for (let t = 0; t < derivations.length; t++) {
      const d = derivations[t] as TableDerivations;
      for (let i = 0; i < d.rolledIds.length; i++)
        if (d.rolledFacts[i] === undefined) make(d.rolledIds[i] as number);
    }
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
